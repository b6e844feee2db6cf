#include "sshconfig/ManagedBlockEditor.h"
#include "sshconfig/SshConfigBlock.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

Tunnel tunnel(const char* name, const char* host)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Tunnel{QString::fromLatin1(name), QString::fromLatin1(host), Tunnel::Kind::Quick, now, now};
}

QStringList renderOrFail(const QList<Tunnel>& tunnels, const SshConfigBlock::Settings& settings)
{
    QStringList lines;
    QString error;
    REQUIRE(SshConfigBlock::render(tunnels, settings, &lines, &error));
    return lines;
}

SshConfigBlock::Settings unixSettings()
{
    SshConfigBlock::Settings s;
    s.cloudflaredPath = QStringLiteral("/usr/local/bin/cloudflared");
    s.knownHostsDir = QStringLiteral("/home/ana/.local/share/colab-tunnel/known_hosts");
    s.identityFile = QStringLiteral("/home/ana/.local/share/colab-tunnel/id_ed25519");
    return s;
}

} // namespace

TEST_CASE("the block has one complete Host entry per tunnel, literal hostname and no %h", "[sshconfig]")
{
    const QStringList lines = renderOrFail({tunnel("gpu", "a-b-c.trycloudflare.com")}, unixSettings());
    CHECK(lines == QStringList{
                       SshConfigBlock::kBeginMarker,
                       QStringLiteral("Host colab-gpu"),
                       QStringLiteral("    HostName a-b-c.trycloudflare.com"),
                       QStringLiteral("    User root"),
                       QStringLiteral("    Port 22"),
                       QStringLiteral(
                           "    ProxyCommand /usr/local/bin/cloudflared access ssh --hostname a-b-c.trycloudflare.com"),
                       QStringLiteral("    UserKnownHostsFile \"/home/ana/.local/share/colab-tunnel/known_hosts/gpu\""),
                       QStringLiteral("    StrictHostKeyChecking accept-new"),
                       QStringLiteral("    ServerAliveInterval 30"),
                       QStringLiteral("    ServerAliveCountMax 4"),
                       QStringLiteral("    IdentityFile \"/home/ana/.local/share/colab-tunnel/id_ed25519\""),
                       QStringLiteral("    IdentitiesOnly yes"),
                       SshConfigBlock::kEndMarker,
                   });
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("%h")));
}

TEST_CASE("paths are quoted for macOS and Windows", "[sshconfig]")
{
    SshConfigBlock::Settings mac;
    mac.cloudflaredPath = QStringLiteral("/Users/ana/My Tools/cloudflared");
    mac.knownHostsDir = QStringLiteral("/Users/ana/Library/Application Support/colab-tunnel/known_hosts");
    const QStringList macLines = renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, mac);
    CHECK(macLines.contains(QStringLiteral(
        "    ProxyCommand '/Users/ana/My Tools/cloudflared' access ssh --hostname a.trycloudflare.com")));
    CHECK(macLines.contains(QStringLiteral(
        "    UserKnownHostsFile \"/Users/ana/Library/Application Support/colab-tunnel/known_hosts/gpu\"")));

    SshConfigBlock::Settings win;
    win.platform = SshConfigBlock::Platform::Windows;
    win.cloudflaredPath = QStringLiteral("C:\\Program Files (x86)\\cloudflared\\cloudflared.exe");
    win.knownHostsDir = QStringLiteral("C:\\Users\\Ana Lee\\AppData\\Roaming\\colab-tunnel\\known_hosts");
    win.identityFile = QStringLiteral("C:\\Users\\Ana Lee\\AppData\\Roaming\\colab-tunnel\\id_ed25519");
    const QStringList winLines = renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, win);
    CHECK(winLines.contains(QStringLiteral("    ProxyCommand \"C:\\Program Files (x86)\\cloudflared\\cloudflared.exe\" "
                                           "access ssh --hostname a.trycloudflare.com")));
    CHECK(winLines.contains(
        QStringLiteral("    UserKnownHostsFile \"C:/Users/Ana Lee/AppData/Roaming/colab-tunnel/known_hosts/gpu\"")));
    CHECK(winLines.contains(
        QStringLiteral("    IdentityFile \"C:/Users/Ana Lee/AppData/Roaming/colab-tunnel/id_ed25519\"")));
}

TEST_CASE("shell-special and %-token characters in paths are neutralised", "[sshconfig]")
{
    CHECK(SshConfigBlock::quoteProxyProgram(QStringLiteral("/opt/it's/cloudflared"), SshConfigBlock::Platform::Unix) ==
          QStringLiteral("'/opt/it'\\''s/cloudflared'"));
    CHECK(SshConfigBlock::quoteProxyProgram(QStringLiteral("/opt/100%/cloudflared"), SshConfigBlock::Platform::Unix) ==
          QStringLiteral("'/opt/100%%/cloudflared'"));
    SshConfigBlock::Settings s = unixSettings();
    s.cloudflaredPath = QStringLiteral("/opt/\"x\"/cloudflared");
    QStringList lines;
    QString error;
    CHECK_FALSE(SshConfigBlock::render({tunnel("gpu", "a.trycloudflare.com")}, s, &lines, &error));
    CHECK(error.contains(QStringLiteral("double quote")));
}

TEST_CASE("the block goes before the first Host or Match line and keeps the file's line endings", "[sshconfig]")
{
    const QStringList block = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-gpu"),
                               QStringLiteral("    HostName a.trycloudflare.com"), SshConfigBlock::kEndMarker};
    const QByteArray crlf =
        "\xEF\xBB\xBFInclude ~/.ssh/conf.d/*\r\n# mine\r\n\tServerAliveInterval 5\r\nhost *\r\n  User bob";
    const QByteArray added = ManagedBlockEditor::apply(crlf, block);
    CHECK(added.startsWith(
        "\xEF\xBB\xBFInclude ~/.ssh/conf.d/*\r\n# mine\r\n\tServerAliveInterval 5\r\n# >>> colab-tunnel"));
    CHECK(added.endsWith("# <<< colab-tunnel managed block <<<\r\nhost *\r\n  User bob"));
    CHECK(ManagedBlockEditor::apply(added, {}) == crlf);

    const QByteArray matchFirst = "Match host foo exec \"true\"\n  User x\n";
    CHECK(ManagedBlockEditor::apply(matchFirst, block).startsWith("# >>> colab-tunnel"));

    const QByteArray noNewline = "ServerAliveInterval 5";
    const QByteArray appended = ManagedBlockEditor::apply(noNewline, block);
    CHECK(appended.startsWith("ServerAliveInterval 5\n# >>> colab-tunnel"));
    CHECK(ManagedBlockEditor::apply(appended, {}) == noNewline);

    CHECK(ManagedBlockEditor::apply(QByteArray(), {}).isEmpty());
    CHECK(ManagedBlockEditor::apply(ManagedBlockEditor::apply(QByteArray(), block), {}).isEmpty());
    CHECK(ManagedBlockEditor::apply(ManagedBlockEditor::apply("\xEF\xBB\xBF", block), {}) == "\xEF\xBB\xBF");
}

TEST_CASE("re-applying the block replaces it instead of adding another", "[sshconfig]")
{
    const QByteArray user = "Host *\n  User bob\n";
    QStringList first = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-a"), SshConfigBlock::kEndMarker};
    QStringList second = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-b"), SshConfigBlock::kEndMarker};
    const QByteArray once = ManagedBlockEditor::apply(user, first);
    const QByteArray twice = ManagedBlockEditor::apply(once, second);
    CHECK(twice.count("colab-tunnel managed block >>>") == 1);
    CHECK(twice.contains("Host colab-b"));
    CHECK_FALSE(twice.contains("Host colab-a"));
    CHECK(ManagedBlockEditor::apply(twice, {}) == user);
}

// Property: for many generated configs mixing every byte-level feature, adding the block never
// changes a byte outside it, and removing it restores the exact original.
TEST_CASE("property: add then remove is byte-identical for 1000+ generated configs", "[sshconfig][property]")
{
    QRandomGenerator rng(20261130);
    const QList<QByteArray> pieces = {
        "Host *",
        "host example",
        "HOST=foo",
        "Match all",
        "match host x exec \"test 1\"",
        "Include ~/.ssh/config.d/*",
        "# comment",
        "#",
        "",
        "\tUser bob",
        "  IdentityFile ~/.ssh/id_rsa",
        "ServerAliveInterval 5",
        "Hostname=x.example.com",
        "   ",
        "\t\t# indented comment",
        "ProxyJump bastion",
        "Hosts are fun",
        "Matching nothing",
        "# >>> not our marker",
        "  Port 2222",
    };
    const QStringList block = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-gpu"),
                               QStringLiteral("    HostName a.trycloudflare.com"), SshConfigBlock::kEndMarker};
    for (int i = 0; i < 1500; ++i) {
        const bool crlf = rng.bounded(2) == 1;
        const bool mixed = rng.bounded(8) == 0;
        QByteArray config;
        if (rng.bounded(4) == 0)
            config += "\xEF\xBB\xBF";
        const int lines = int(rng.bounded(12));
        for (int l = 0; l < lines; ++l) {
            config += pieces.at(int(rng.bounded(int(pieces.size()))));
            const bool last = l == lines - 1;
            if (!last || rng.bounded(3) != 0)
                config += (crlf || (mixed && rng.bounded(2))) ? "\r\n" : "\n";
        }
        INFO("config #" << i << ": " << config.toStdString());
        const QByteArray added = ManagedBlockEditor::apply(config, block);
        REQUIRE(ManagedBlockEditor::containsBlock(added));
        REQUIRE(ManagedBlockEditor::apply(added, {}) == config);
        // Outside the block, nothing changed: what precedes and follows it are the original's ends.
        const int begin = int(added.indexOf("# >>> colab-tunnel managed block"));
        const int endMarker = int(added.indexOf("# <<< colab-tunnel managed block <<<"));
        const int end = int(added.indexOf('\n', endMarker)) + 1;
        QByteArray prefix = added.left(begin);
        const QByteArray suffix = added.mid(end);
        if (added.mid(endMarker, end - endMarker).contains("newline was added")) {
            prefix.chop(prefix.endsWith("\r\n") ? 2 : 1);
        }
        REQUIRE(prefix + suffix == config);
        // Re-applying is stable.
        REQUIRE(ManagedBlockEditor::apply(added, block) == added);
    }
}

#include "TestEnv.h"
#include "sshconfig/SshConfigFile.h"

TEST_CASE("a save by another editor while we write is kept, never overwritten by a stale copy", "[sshconfig][file]")
{
    const QString path = colab::test::makeScratchDir(QStringLiteral("cfg")) + QStringLiteral("/config");
    colab::test::writeFile(path, "Host a\n  User me\n");
    SshConfigFile file(path);
    int saves = 0;
    file.setBetweenReadAndWrite([&] {
        if (saves++ == 0)
            colab::test::writeFile(path, "Host a\n  User me\nHost b\n  User you\n"); // the other editor
    });
    const QStringList block = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-x"),
                               SshConfigBlock::kEndMarker};
    QString error;
    REQUIRE(file.writeBlock(block, &error));
    const QByteArray result = colab::test::readFile(path);
    CHECK(result.contains("Host b\n  User you\n"));
    CHECK(result.contains("Host colab-x"));
    CHECK(saves == 2);
    CHECK(ManagedBlockEditor::apply(result, {}) == "Host a\n  User me\nHost b\n  User you\n");
    CHECK(colab::test::readFile(file.backupPath()) == "Host a\n  User me\nHost b\n  User you\n");
}
