#include "CatchQt.h"
#include "FakeCloudflareApi.h"
#include "InertText.h"
#include "TestEnv.h"
#include "cloudflare/DnsCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <optional>

using namespace colab;

// What public DNS answers reaches the user word for word (the wizard's domain page, `colab-tunnel
// dns-check`): a hostile resolver must not put markup or terminal escapes there.
namespace {

DnsCheck::Result checkDomain(const QString& domain, const QString& dohUrl)
{
    qputenv("COLAB_TUNNEL_DOH_URL", dohUrl.toUtf8());
    DnsCheck check;
    std::optional<DnsCheck::Result> result;
    QObject::connect(&check, &DnsCheck::finished, [&](const DnsCheck::Result& finished) { result = finished; });
    check.check(domain, nullptr); // not logged in: public DNS only
    const bool answered = test::waitUntil([&] { return result.has_value(); }, 20000);
    qunsetenv("COLAB_TUNNEL_DOH_URL");
    REQUIRE(answered);
    return *result;
}

// Every string of the result a user can be shown: what `dns-check --json` prints.
QStringList shownTexts(const DnsCheck::Result& result)
{
    QStringList texts = result.nameServers + result.problems + result.assignedNameServers;
    texts << result.domain << result.zoneStatus << result.zoneId;
    return texts;
}

const QString kHostileDomain = QStringLiteral("hostile.example.com");

// NS records a hostile resolver could send: an HTML link, an OSC 8 terminal hyperlink, a
// clear-screen with a right-to-left override, a one-byte CSI (C1).
QJsonArray hostileNameServers()
{
    return QJsonArray{QStringLiteral("<a href=\"https://evil.example\">click</a>.ns.cloudflare.com"),
                      QStringLiteral("\x1b]8;;https://evil.example\x1b\\ada\x1b]8;;\x1b\\.ns.cloudflare.com"),
                      QStringLiteral("\x1b[2J") + QChar(0x202e) + QStringLiteral("moc.elpmaxe.bob.ns.cloudflare.com"),
                      QChar(0x9b) + QStringLiteral("31mcarl.ns.cloudflare.com")};
}

} // namespace

TEST_CASE("a hostile DNS answer reaches the user without markup or terminal escapes", "[cloudflare][dns][network]")
{
    test::FakeCloudflareApi api(QJsonObject{
        {QStringLiteral("dns"), QJsonObject{{kHostileDomain, hostileNameServers()}}},
    });
    REQUIRE(api.running());

    const DnsCheck::Result result = checkDomain(kHostileDomain, api.root() + QStringLiteral("/dns-query"));
    REQUIRE(result.dnsAnswered);
    REQUIRE(result.nameServers.size() == 4);
    for (const QString& text : shownTexts(result)) {
        INFO(text.toStdString());
        CHECK(test::activeCharacters(text).isEmpty());
        CHECK_FALSE(text.contains(QLatin1Char('<')));
        CHECK_FALSE(text.contains(QLatin1Char('>')));
    }
    // Not one of them is taken for Cloudflare's, and the user is told the domain is not there yet.
    CHECK_FALSE(result.onCloudflare);
    CHECK_FALSE(result.ready);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QLatin1String("not by Cloudflare")));
    // Still exactly what the resolver said, in DNS presentation format ('<' is \060).
    CHECK(result.nameServers.contains(
        QStringLiteral("\\060a\\032href\\061\\034https\\058\\047\\047evil.example\\034\\062click\\060\\047a\\062"
                       ".ns.cloudflare.com")));

    // The terminal gets the same: `colab-tunnel dns-check`, in words and as JSON.
    const QStringList env = test::appEnv(api.env());
    const test::ProcessResult words = test::runApp({QStringLiteral("dns-check"), kHostileDomain}, {}, env);
    INFO(words.out.toStdString() << words.err.toStdString());
    CHECK(words.exitCode == 1);
    CHECK(words.out.contains("not by Cloudflare"));
    CHECK(test::activeCharacters(QString::fromUtf8(words.out).remove(QLatin1Char('\n'))).isEmpty());
    CHECK(test::activeCharacters(QString::fromUtf8(words.err).remove(QLatin1Char('\n'))).isEmpty());
    CHECK_FALSE(words.out.contains("<a"));

    const test::ProcessResult json =
        test::runApp({QStringLiteral("dns-check"), kHostileDomain, QStringLiteral("--json")}, {}, env);
    const QJsonObject printed = QJsonDocument::fromJson(json.out).object();
    REQUIRE(printed.value(QStringLiteral("name_servers")).toArray().size() == 4);
    for (const QJsonValue& name : printed.value(QStringLiteral("name_servers")).toArray()) {
        CHECK(test::activeCharacters(name.toString()).isEmpty());
        CHECK_FALSE(name.toString().contains(QLatin1Char('<')));
    }
}
