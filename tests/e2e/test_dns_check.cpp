#include "CatchQt.h"
#include "FakeCloudflareApi.h"
#include "InertText.h"
#include "TestEnv.h"
#include "cloudflare/DnsChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using namespace colab;

// What public DNS answers reaches the user word for word (the wizard's domain page, `colab-tunnel
// dns-check`): a hostile resolver must not put markup or terminal escapes there, and a resolver
// that fails must not be taken for a domain that does not exist.
namespace {

DnsCheck checkDomain(const QString& domain, const QString& dohUrl)
{
    qputenv("COLAB_TUNNEL_DOH_URL", dohUrl.toUtf8());
    DnsChecker check;
    std::optional<DnsCheck> result;
    QObject::connect(&check, &DnsChecker::finished, [&](const DnsCheck& finished) { result = finished; });
    check.check(domain, nullptr); // not logged in: public DNS only
    const bool answered = test::waitUntil([&] { return result.has_value(); }, 20000);
    qunsetenv("COLAB_TUNNEL_DOH_URL");
    REQUIRE(answered);
    return *result;
}

// Every string of the result a user can be shown: what `dns-check --json` prints.
QStringList shownTexts(const DnsCheck& result)
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

// A DNS-over-HTTPS resolver of our own that answers every question with `json` (the stand-in
// knows NOERROR and NXDOMAIN only; this one can fail as real resolvers do).
class OwnDohResolver
{
public:
    explicit OwnDohResolver(QByteArray json) : m_json(std::move(json))
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    *request += socket->readAll();
                    if (!request->contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/dns-json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(m_json.size()) + "\r\n\r\n" + m_json);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/dns-query").arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
    QByteArray m_json;
};

} // namespace

TEST_CASE("a hostile DNS answer reaches the user without markup or terminal escapes", "[cloudflare][dns][network]")
{
    test::FakeCloudflareApi api(QJsonObject{
        {QStringLiteral("dns"), QJsonObject{{kHostileDomain, hostileNameServers()}}},
    });
    REQUIRE(api.running());

    const DnsCheck result = checkDomain(kHostileDomain, api.root() + QStringLiteral("/dns-query"));
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

TEST_CASE("a resolver that fails is not taken for a domain that does not exist", "[cloudflare][dns]")
{
    struct Case
    {
        int status;
        const char* code;
    };
    const Case failing = GENERATE(Case{2, "SERVFAIL"}, Case{5, "REFUSED"}, Case{4, "DNS error code 4"});
    OwnDohResolver resolver(QStringLiteral(R"({"Status":%1,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,
        "Question":[{"name":"example.com.","type":2}]})")
                                .arg(failing.status)
                                .toUtf8());
    const DnsCheck result = checkDomain(QStringLiteral("example.com"), resolver.url());
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(result.dnsAnswered);
    CHECK_FALSE(result.ready);
    // What `dns-check --json` prints: the resolver failed, with its code; nothing about registering.
    const QJsonArray problems = result.toJson().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    const QString problem = problems.first().toString();
    CHECK(problem.contains(QLatin1String(failing.code)));
    CHECK(problem.contains(resolver.url()));
    CHECK(problem.contains(QLatin1String("says nothing")));
    CHECK_FALSE(problem.contains(QLatin1String("registered")));
    CHECK_FALSE(problem.contains(QLatin1String("does not exist")));
    if (failing.status == 2) // SERVFAIL for a domain that exists: most often a DS record at the registrar
        CHECK(problem.contains(QLatin1String("DNSSEC")));
}

TEST_CASE("a domain that does not exist and one without name servers are told apart", "[cloudflare][dns]")
{
    // The stand-in answers NXDOMAIN for a name it does not know.
    test::FakeCloudflareApi api(QJsonObject{{QStringLiteral("dns"), QJsonObject{}}});
    REQUIRE(api.running());
    const DnsCheck missing =
        checkDomain(QStringLiteral("nxdomain.example.com"), api.root() + QStringLiteral("/dns-query"));
    CHECK(missing.dnsAnswered);
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems.first().contains(QLatin1String("does not exist")));
    CHECK(missing.problems.first().contains(QLatin1String("NXDOMAIN")));

    // NOERROR without NS records: the name exists (a name below the registered domain, say).
    OwnDohResolver noNs(R"({"Status":0,"Question":[{"name":"gpu.example.com.","type":2}],
        "Authority":[{"name":"example.com.","type":6,"TTL":300,"data":"ada.ns.cloudflare.com. dns.cloudflare.com. 1 2 3 4 5"}]})");
    const DnsCheck below = checkDomain(QStringLiteral("gpu.example.com"), noNs.url());
    CHECK(below.dnsAnswered);
    REQUIRE(below.problems.size() == 1);
    CHECK(below.problems.first().contains(QLatin1String("exists in public DNS but has no name servers")));
    CHECK_FALSE(below.problems.first().contains(QLatin1String("does not exist")));
}
