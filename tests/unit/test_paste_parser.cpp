#include "TestEnv.h"
#include "tunnels/PasteParser.h"

#include <catch2/catch.hpp>

using namespace colab;

namespace {
QString sample(const char* name)
{
    return QString::fromUtf8(test::readFile(QStringLiteral(COLAB_TEST_DATA_DIR "/paste/") + QLatin1String(name)));
}
} // namespace

TEST_CASE("the runtime is found in every form users paste", "[parser]")
{
    struct Case
    {
        QString text;
        QString host;
        QString name;
    };
    const QList<Case> cases = {
        {QStringLiteral("some-random-words.trycloudflare.com"),
         QStringLiteral("some-random-words.trycloudflare.com"),
         {}},
        {QStringLiteral("  Some-Random-Words.TryCloudflare.com\n"),
         QStringLiteral("some-random-words.trycloudflare.com"),
         {}},
        {QStringLiteral("https://quiet-fox.trycloudflare.com/"), QStringLiteral("quiet-fox.trycloudflare.com"), {}},
        {QStringLiteral("ssh root@quiet-fox.trycloudflare.com"), QStringLiteral("quiet-fox.trycloudflare.com"), {}},
        {QStringLiteral("ssh -p 22 quiet-fox.trycloudflare.com"), QStringLiteral("quiet-fox.trycloudflare.com"), {}},
        {QStringLiteral("colab-tunnel://add?host=quiet-fox.trycloudflare.com&name=gpu"),
         QStringLiteral("quiet-fox.trycloudflare.com"), QStringLiteral("gpu")},
        {QStringLiteral("colab-1.example.com"), QStringLiteral("colab-1.example.com"), {}},
        {QStringLiteral("ssh root@colab-1.example.com"), QStringLiteral("colab-1.example.com"), {}},
        {sample("colab_ssh_terminal.txt"), QStringLiteral("some-random-words.trycloudflare.com"), {}},
        {sample("colab_ssh_html_copy.txt"), QStringLiteral("happy-lake-tiger-moon.trycloudflare.com"), {}},
        {sample("colab_tunnel_cell.txt"), QStringLiteral("calm-river-stone.trycloudflare.com"), QStringLiteral("gpu")},
        {sample("init_git_cloudflared.txt"), QStringLiteral("bright-owl-sings.trycloudflare.com"), {}},
    };
    for (const Case& c : cases) {
        INFO("text: " << c.text.left(200).toStdString());
        const ParsedRuntime parsed = PasteParser::parse(c.text);
        CHECK(parsed.error.toStdString() == "");
        CHECK(parsed.hostname == c.host);
        CHECK(parsed.name == c.name);
    }
}

TEST_CASE("documentation links and the wildcard are never the runtime", "[parser]")
{
    const ParsedRuntime parsed = PasteParser::parse(
        QStringLiteral("Host *.trycloudflare.com\nsee https://developers.cloudflare.com/cloudflare-one/ and "
                       "https://github.com/WassimBenzarti/colab-ssh\nlogs: ./cloudflared.log\nversion 2026.8.2\n"));
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.error.contains(QStringLiteral("No runtime hostname")));
    CHECK_FALSE(PasteParser::parse(QStringLiteral("*.trycloudflare.com")).ok());
    CHECK_FALSE(PasteParser::parse(QStringLiteral("developers.cloudflare.com")).ok());
}

TEST_CASE("several runtimes in one text are named in the error", "[parser]")
{
    const ParsedRuntime parsed = PasteParser::parse(sample("two_runtimes.txt"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.candidates == QStringList({QStringLiteral("first-runtime-one.trycloudflare.com"),
                                            QStringLiteral("second-runtime-two.trycloudflare.com")}));
    CHECK(parsed.error.contains(QStringLiteral("first-runtime-one.trycloudflare.com")));
    CHECK(parsed.error.contains(QStringLiteral("second-runtime-two.trycloudflare.com")));
}

TEST_CASE("hostile or malformed input is rejected with a reason", "[parser]")
{
    const QStringList bad = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("a b.trycloudflare.com"),
        QStringLiteral("\"quiet-fox.trycloudflare.com"),
        QStringLiteral("quiet-fox.trycloudflare.com;reboot"),
        QStringLiteral("$(reboot).trycloudflare.com"),
        QStringLiteral("`id`.trycloudflare.com"),
        QStringLiteral("%h.trycloudflare.com"),
        QString::fromUtf8("quiet-fox.trycloudflare.com\0x", 29),
        QString::fromUtf8("qu\xd1\x96"
                          "et-fox.trycloudflare.com"), // Cyrillic i
        QStringLiteral("127.0.0.1"),
        QStringLiteral("ssh root@10.0.0.5"),
        QStringLiteral("[::1]"),
        QStringLiteral("colab-tunnel://add?host=evil.com%3Breboot"),
        QStringLiteral("colab-tunnel://add?host=ok.trycloudflare.com&name=Bad%20Name"),
        QStringLiteral("colab-tunnel://delete?host=ok.trycloudflare.com"),
        QStringLiteral("ssh quiet-fox.trycloudflare.com$(id)"),
    };
    for (const QString& text : bad) {
        INFO("text: " << text.toStdString());
        const ParsedRuntime parsed = PasteParser::parse(text);
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.hostname.isEmpty());
        CHECK_FALSE(parsed.error.isEmpty());
    }
}

TEST_CASE("config lines around a hostname never travel with it", "[parser]")
{
    // Only the validated hostname is taken from multi-line text; the rest is never copied anywhere.
    const ParsedRuntime parsed =
        PasteParser::parse(QStringLiteral("quiet-fox.trycloudflare.com\nHost *\n  ProxyCommand evil"));
    CHECK(parsed.hostname == QStringLiteral("quiet-fox.trycloudflare.com"));
}

TEST_CASE("the clipboard watcher only reacts to likely runtime text", "[parser]")
{
    CHECK(PasteParser::mightContainRuntime(sample("colab_ssh_terminal.txt")));
    CHECK(PasteParser::mightContainRuntime(QStringLiteral("colab-tunnel://add?host=a.example.com")));
    CHECK_FALSE(PasteParser::mightContainRuntime(QStringLiteral("just some text I copied")));
}

TEST_CASE("a link may name the folder IDEs open, validated like --folder", "[parser]")
{
    const ParsedRuntime parsed = PasteParser::parse(
        QStringLiteral("colab-tunnel://add?host=a-b.trycloudflare.com&name=gpu&folder=%2Fcontent%2Fthesis-models"));
    INFO(parsed.error.toStdString());
    CHECK(parsed.folder == QStringLiteral("/content/thesis-models"));
    CHECK(PasteParser::parse(QStringLiteral("colab-tunnel://add?host=a-b.trycloudflare.com")).folder.isEmpty());
    for (const char* bad : {"content", "%2Fcontent%2F%24(id)", "%2Fcontent%0A", "%2Fcontent%2F..%2Fetc", ""}) {
        INFO(bad);
        const ParsedRuntime refused = PasteParser::parse(
            QStringLiteral("colab-tunnel://add?host=a-b.trycloudflare.com&folder=") + QString::fromLatin1(bad));
        CHECK_FALSE(refused.ok());
        CHECK(refused.hostname.isEmpty());
    }
}
