#include "CatchQt.h"
#include "TestEnv.h"
#include "ssh/ProxyProcess.h"
#include "sshconfig/ManagedBlockEditor.h"
#include "sshconfig/SshConfigBlock.h"
#include "sshconfig/SshConfigFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <utility>

using namespace colab;

namespace {

const QByteArray kBom = "\xEF\xBB\xBF";
// The marker texts, spelled out here so that the tests do not lean on the code under test.
const QByteArray kBeginText = "# >>> colab-tunnel managed block >>>";
const QByteArray kEndText = "# <<< colab-tunnel managed block <<<";

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

// The Cloudflare provider's ProxyCommand (providers/CloudflareProvider) with cloudflared at `path`.
std::function<QStringList(const Tunnel&)> viaCloudflared(const QString& path)
{
    return [path](const Tunnel& tunnel) {
        return ProxyProcess::cloudflaredSsh(path, tunnel.hostname);
    };
}

SshConfigBlock::Settings unixSettings()
{
    SshConfigBlock::Settings s;
    s.proxyCommandFor = viaCloudflared(QStringLiteral("/usr/local/bin/cloudflared"));
    s.knownHostsDir = QStringLiteral("/home/ana/.local/share/colab-tunnel/known_hosts");
    s.identityFile = QStringLiteral("/home/ana/.local/share/colab-tunnel/id_ed25519");
    return s;
}

// A function, not a global: the markers are statics of another translation unit.
QStringList smallBlock()
{
    return {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-gpu"),
            QStringLiteral("    HostName a.trycloudflare.com"), QStringLiteral("Host *"), SshConfigBlock::kEndMarker};
}

QByteArray added(const QByteArray& original, const QStringList& block = smallBlock())
{
    const auto result = ManagedBlockEditor::apply(original, block);
    INFO("error: " << result.error.toStdString());
    REQUIRE(result.ok());
    return result.content;
}

QByteArray removed(const QByteArray& withBlock)
{
    const auto result = ManagedBlockEditor::apply(withBlock, {});
    INFO("error: " << result.error.toStdString());
    REQUIRE(result.ok());
    return result.content;
}

// Where our block sits: from the begin marker's first byte to after the end marker's line ending.
std::pair<int, int> blockSpan(const QByteArray& file)
{
    const int begin = int(file.indexOf(kBeginText));
    if (begin < 0)
        return {-1, -1};
    const int endMarker = int(file.indexOf(kEndText, begin));
    REQUIRE(endMarker > begin);
    const int nl = int(file.indexOf('\n', endMarker));
    return {begin, nl < 0 ? int(file.size()) : nl + 1};
}

QByteArray outsideBlock(const QByteArray& file)
{
    const auto [begin, end] = blockSpan(file);
    return begin < 0 ? file : file.left(begin) + file.mid(end);
}

// The bytes version 0.1 wrote for one tunnel (block before the first Host line, no scope reset).
QByteArray oldBlock(const QByteArray& eol, const QByteArray& endSuffix = {})
{
    const QList<QByteArray> lines = {
        "# >>> colab-tunnel managed block >>> (written by Colab Tunnel; edits inside are replaced)",
        "Host colab-gpu",
        "    HostName a-b-c.trycloudflare.com",
        "    User root",
        "    Port 22",
        "    ProxyCommand /usr/local/bin/cloudflared access ssh --hostname a-b-c.trycloudflare.com",
        "    UserKnownHostsFile \"/home/ana/.local/share/colab-tunnel/known_hosts/gpu\"",
        "    StrictHostKeyChecking accept-new",
        "    ServerAliveInterval 30",
        "    ServerAliveCountMax 4",
        "    IdentityFile \"/home/ana/.local/share/colab-tunnel/id_ed25519\"",
        "    IdentitiesOnly yes",
        "# <<< colab-tunnel managed block <<<" + endSuffix,
    };
    QByteArray bytes;
    for (const QByteArray& line : lines)
        bytes += line + eol;
    return bytes;
}

// The bytes the previous version wrote for the same tunnel: the block first, closed by `Match all`.
QByteArray matchAllBlock(const QByteArray& eol)
{
    QByteArray bytes = oldBlock(eol);
    bytes.insert(int(bytes.indexOf(kEndText)), "Match all" + eol);
    return bytes;
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
                       QStringLiteral("Host *"),
                       SshConfigBlock::kEndMarker,
                   });
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("%h")));
    CHECK(SshConfigBlock::kBeginMarker.toUtf8().startsWith(kBeginText));
    CHECK(SshConfigBlock::kEndMarker.toUtf8().startsWith(kEndText));
}

TEST_CASE("paths are quoted for macOS and Windows", "[sshconfig]")
{
    SshConfigBlock::Settings mac;
    mac.proxyCommandFor = viaCloudflared(QStringLiteral("/Users/ana/My Tools/cloudflared"));
    mac.knownHostsDir = QStringLiteral("/Users/ana/Library/Application Support/colab-tunnel/known_hosts");
    const QStringList macLines = renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, mac);
    CHECK(macLines.contains(QStringLiteral(
        "    ProxyCommand '/Users/ana/My Tools/cloudflared' access ssh --hostname a.trycloudflare.com")));
    CHECK(macLines.contains(QStringLiteral(
        "    UserKnownHostsFile \"/Users/ana/Library/Application Support/colab-tunnel/known_hosts/gpu\"")));

    SshConfigBlock::Settings win;
    win.platform = SshConfigBlock::Platform::Windows;
    win.proxyCommandFor = viaCloudflared(QStringLiteral("C:\\Program Files (x86)\\cloudflared\\cloudflared.exe"));
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
    s.proxyCommandFor = viaCloudflared(QStringLiteral("/opt/\"x\"/cloudflared"));
    QStringList lines;
    QString error;
    CHECK_FALSE(SshConfigBlock::render({tunnel("gpu", "a.trycloudflare.com")}, s, &lines, &error));
    CHECK(error.contains(QStringLiteral("double quote")));
}

// Defect: a backslash, a single quote or a control character in a path was written into a config
// that OpenSSH then reads differently (or refuses), instead of being refused with a clear message.
TEST_CASE("paths that OpenSSH cannot read back are refused with a message while spaces are fine", "[sshconfig]")
{
    const struct
    {
        const char* path;
        const char* what;
    } bad[] = {
        {"/opt/a\\b/cloudflared", "a backslash"},         {"/opt/it's/cloudflared", "a single quote"},
        {"/opt/\"x\"/cloudflared", "a double quote"},     {"/opt/x\ny/cloudflared", "a control character"},
        {"/opt/x\ty/cloudflared", "a control character"}, {"/opt/x\x7fy/cloudflared", "a control character"},
    };
    for (const auto& c : bad) {
        for (int field = 0; field < 3; ++field) {
            INFO("path " << c.path << " in field " << field);
            SshConfigBlock::Settings s = unixSettings();
            QString program = QStringLiteral("/usr/local/bin/cloudflared");
            QString* target = field == 0 ? &program : field == 1 ? &s.knownHostsDir : &s.identityFile;
            *target = QString::fromUtf8(c.path);
            s.proxyCommandFor = viaCloudflared(program);
            QStringList lines = {QStringLiteral("stale")};
            QString error;
            CHECK_FALSE(SshConfigBlock::render({tunnel("gpu", "a.trycloudflare.com")}, s, &lines, &error));
            CHECK(error.contains(QString::fromLatin1(c.what)));
            CHECK(error.contains(QStringLiteral("spaces are fine")));
            CHECK_FALSE(error.contains(QLatin1Char('\n')));
            CHECK(lines.isEmpty());
        }
    }
    SshConfigBlock::Settings spaced = unixSettings();
    spaced.proxyCommandFor = viaCloudflared(QStringLiteral("/opt/my tools/cloud flared"));
    spaced.knownHostsDir = QStringLiteral("/home/ana/my data/known_hosts");
    CHECK(renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, spaced)
              .contains(QStringLiteral("    ProxyCommand '/opt/my tools/cloud flared' access ssh --hostname "
                                       "a.trycloudflare.com")));
    // On Windows the backslash is the separator and a single quote needs no quoting inside "...".
    SshConfigBlock::Settings win;
    win.platform = SshConfigBlock::Platform::Windows;
    win.proxyCommandFor = viaCloudflared(QStringLiteral("C:\\Users\\O'Neil\\cloudflared.exe"));
    win.knownHostsDir = QStringLiteral("C:\\Users\\O'Neil\\known_hosts");
    CHECK(renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, win)
              .contains(QStringLiteral("    UserKnownHostsFile \"C:/Users/O'Neil/known_hosts/gpu\"")));
}

// Defect: top-level options and Includes before our block overrode our aliases (OpenSSH takes the
// first value it meets); the block now goes first and closes with a scope reset, `Host *` (not
// `Match all`, which readers other than OpenSSH refuse).
TEST_CASE("the block goes first in the file and ends with the Host wildcard in the file's line endings", "[sshconfig]")
{
    const QByteArray crlf =
        "\xEF\xBB\xBFInclude ~/.ssh/conf.d/*\r\n# mine\r\n\tServerAliveInterval 5\r\nhost *\r\n  User bob";
    const QByteArray withBlock = added(crlf);
    CHECK(withBlock == "\xEF\xBB\xBF"
                       "# >>> colab-tunnel managed block >>> (written by Colab Tunnel; edits inside are replaced)\r\n"
                       "Host colab-gpu\r\n"
                       "    HostName a.trycloudflare.com\r\n"
                       "Host *\r\n"
                       "# <<< colab-tunnel managed block <<<\r\n"
                       "Include ~/.ssh/conf.d/*\r\n# mine\r\n\tServerAliveInterval 5\r\nhost *\r\n  User bob");
    CHECK(removed(withBlock) == crlf);

    CHECK(added("User alice\nHost *\n  Port 2222\n").startsWith(kBeginText));
    CHECK(added("User alice\nHost *\n  Port 2222\n")
              .endsWith("Host *\n" + kEndText + "\nUser alice\nHost *\n  Port 2222\n"));

    // A first line without a newline after it stays exactly as it was: the block goes before it.
    const QByteArray noNewline = "ServerAliveInterval 5";
    CHECK(added(noNewline).endsWith(kEndText + "\nServerAliveInterval 5"));
    CHECK(removed(added(noNewline)) == noNewline);

    CHECK(removed(QByteArray()).isEmpty());
    CHECK(added(QByteArray()).startsWith(kBeginText));
    CHECK(added(QByteArray()).endsWith(kEndText + "\n"));
    CHECK(removed(added(QByteArray())).isEmpty());
    CHECK(added(kBom).startsWith(kBom + kBeginText));
    CHECK(removed(added(kBom)) == kBom);
    CHECK(removed(added("\r\n")) == "\r\n");
    CHECK(added("\r\n").contains("Host *\r\n"));

    // A block given without the scope reset still gets one: the placement depends on it.
    const QStringList bare = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-x"), SshConfigBlock::kEndMarker};
    CHECK(added("User alice\n", bare).contains("Host colab-x\nHost *\n" + kEndText + "\nUser alice\n"));
}

TEST_CASE("re-applying the block replaces it instead of adding another", "[sshconfig]")
{
    const QByteArray user = "Host *\n  User bob\n";
    QStringList first = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-a"), SshConfigBlock::kEndMarker};
    QStringList second = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-b"), SshConfigBlock::kEndMarker};
    const QByteArray once = added(user, first);
    const QByteArray twice = added(once, second);
    CHECK(twice.count("colab-tunnel managed block >>>") == 1);
    CHECK(ManagedBlockEditor::extractBlock(twice).count(QStringLiteral("Host *")) == 1);
    CHECK(twice.contains("Host colab-b"));
    CHECK_FALSE(twice.contains("Host colab-a"));
    CHECK(added(twice, second) == twice);
    CHECK(removed(twice) == user);
}

// Defect: markers that do not pair made the editor pair the wrong lines and delete the user's
// lines between them. Now: one error naming the line, and nothing is written.
TEST_CASE("markers that do not pair are refused with the line number and never repaired", "[sshconfig][markers]")
{
    const QByteArray begin = kBeginText + " (written by Colab Tunnel; edits inside are replaced)";
    const QByteArray end = kEndText;
    const QString fix = QStringLiteral("Remove the marker lines (or the whole block) by hand, then try again.");
    const struct
    {
        QByteArray file;
        QString error;
    } cases[] = {
        {"Host a\n  User me\n" + begin + "\nHost colab-gpu\n  HostName x\nHost b\n  User you\n",
         QStringLiteral("~/.ssh/config line 3: a Colab Tunnel begin marker without its end marker. ") + fix},
        {"Host a\n  User me\n" + end + "\nHost b\n",
         QStringLiteral("~/.ssh/config line 3: a Colab Tunnel end marker without its begin marker. ") + fix},
        {begin + "\nHost colab-a\n" + begin + "\nHost colab-b\n" + end + "\nHost mine\n  User me\n" + end + "\n",
         QStringLiteral("~/.ssh/config line 3: a second Colab Tunnel begin marker inside the block that begins on "
                        "line 1. ") +
             fix},
        {begin + "\nHost colab-a\n" + end + "\nHost mine\n  User me\n" + begin + "\nHost colab-b\n" + end + "\n",
         QStringLiteral("~/.ssh/config line 6: a second Colab Tunnel block (the first one begins on line 1). Remove "
                        "one of them by hand, then try again.")},
        {begin + "\r\nHost colab-a\r\n" + end + "\r\n" + end + "\r\nHost mine\r\n",
         QStringLiteral("~/.ssh/config line 4: a Colab Tunnel end marker without its begin marker. ") + fix},
        // Inside a user's Match section, with the end marker lost.
        {"\xEF\xBB\xBF# mine\nMatch host *.corp\n  User corp\n  " + begin + "\n  Host colab-a\n  User keep\n",
         QStringLiteral("~/.ssh/config line 4: a Colab Tunnel begin marker without its end marker. ") + fix},
        // An indented end marker still counts as one.
        {"Host a\n\t" + end + "\n", QStringLiteral("~/.ssh/config line 2: a Colab Tunnel end marker without its "
                                                   "begin marker. ") +
                                        fix},
    };
    for (const auto& c : cases) {
        INFO(c.file.toStdString());
        for (const QStringList& block : {smallBlock(), QStringList()}) {
            const auto result = ManagedBlockEditor::apply(c.file, block);
            CHECK_FALSE(result.ok());
            CHECK(result.error == c.error);
            CHECK_FALSE(result.deleteFile);
        }
    }
}

// Moving a cleanly paired block to the top is safe: nothing but our own lines is removed.
TEST_CASE("a paired block found inside a user's Host or Match section moves to the top", "[sshconfig][markers]")
{
    const QByteArray user1 = "Host work\n  User me\n";
    const QByteArray user2 = "  Port 2222\nMatch host *.corp\n  User corp\n";
    const QByteArray inside = user1 + oldBlock("\n") + user2;
    const QByteArray moved = added(inside);
    CHECK(moved.startsWith(kBeginText));
    CHECK(outsideBlock(moved) == user1 + user2);
    CHECK(removed(inside) == user1 + user2);

    const QByteArray indented =
        "Match host x\n  User x\n  " + kBeginText + "\n  Host colab-a\n  " + kEndText + "\n  Port 1\n";
    CHECK(removed(indented) == "Match host x\n  User x\n  Port 1\n");
}

// Defect (issue): a file without a final newline and without Host lines got the block appended
// after a newline the old version added; once the user wrote `Host work` after the block, the next
// add removed that newline too and glued `ServerAliveInterval 60Host work`, which OpenSSH refuses.
TEST_CASE("files written by the previous version migrate: old block removed and user bytes intact",
          "[sshconfig][migration]")
{
    const QByteArray eolBlock = oldBlock("\n", " (a newline was added before this block)");

    SECTION("block appended to a file without a final newline, untouched since")
    {
        const QByteArray file = "ServerAliveInterval 60\n" + eolBlock;
        CHECK(removed(file) == "ServerAliveInterval 60");
        const QByteArray now = added(file);
        CHECK(now.startsWith(kBeginText));
        CHECK(now.endsWith(kEndText + "\nServerAliveInterval 60"));
        CHECK(outsideBlock(now) == "ServerAliveInterval 60");
        CHECK(removed(now) == "ServerAliveInterval 60");
    }
    SECTION("the user appended a Host after that block")
    {
        const QByteArray file = "ServerAliveInterval 60\n" + eolBlock + "Host work\n  HostName work.example.com\n";
        const QByteArray user = "ServerAliveInterval 60\nHost work\n  HostName work.example.com\n";
        CHECK(removed(file) == user);
        const QByteArray now = added(file);
        CHECK_FALSE(now.contains("60Host"));
        CHECK(outsideBlock(now) == user);
        CHECK(removed(added(now)) == user);
    }
    SECTION("block before the first Host line, CRLF and BOM")
    {
        const QByteArray head = "\xEF\xBB\xBFInclude ~/.ssh/conf.d/*\r\n# mine\r\n";
        const QByteArray tail = "host *\r\n  User bob";
        const QByteArray file = head + oldBlock("\r\n") + tail;
        CHECK(removed(file) == head + tail);
        const QByteArray now = added(file);
        CHECK(now.startsWith(kBom + kBeginText));
        CHECK(outsideBlock(now) == head + tail);
        CHECK(now.contains("Host *\r\n" + kEndText + "\r\nInclude"));
    }
    SECTION("a file that held only the old block")
    {
        const auto result = ManagedBlockEditor::apply(oldBlock("\n"), {});
        REQUIRE(result.ok());
        CHECK(result.content.isEmpty());
        CHECK_FALSE(result.deleteFile); // the old version did not record who created the file
    }
}

// Defect: the previous version closed the block with `Match all`, which Go's ssh_config parser
// (whole file rejected), paramiko's get_hostnames() (raises) and VS Code Remote-SSH (no Includes
// followed after it) do not accept. Such a block is still ours (found, shown, removed exactly), and
// the next write replaces it whole, now closed by `Host *`; the user's bytes around it stay as they
// were, their own `Match all` line included.
TEST_CASE("a block closed by Match all as the previous version wrote it gets the Host wildcard on the next apply",
          "[sshconfig][migration]")
{
    const QStringList block = renderOrFail({tunnel("gpu", "a-b-c.trycloudflare.com")}, unixSettings());
    for (const QByteArray& eol : {QByteArray("\n"), QByteArray("\r\n")}) {
        INFO("line endings: " << (eol == "\n" ? "LF" : "CRLF"));
        const QByteArray user = "Include ~/.ssh/conf.d/*" + eol + "User alice" + eol + "Match all" + eol +
                                "  Port 2222" + eol + "Host *" + eol + "\tServerAliveInterval 5";
        const QByteArray file = kBom + matchAllBlock(eol) + user;

        CHECK(ManagedBlockEditor::containsBlock(file));
        const QStringList shown = ManagedBlockEditor::extractBlock(file);
        REQUIRE(shown.size() == block.size());
        CHECK(shown.at(shown.size() - 2) == QStringLiteral("Match all"));
        CHECK(shown.last().toUtf8() == kEndText);
        CHECK(removed(file) == kBom + user);

        const QByteArray now = added(file, block);
        QByteArray expected = matchAllBlock(eol);
        expected.replace("Match all" + eol, "Host *" + eol);
        CHECK(now == kBom + expected + user);
        CHECK(outsideBlock(now) == kBom + user);
        CHECK(ManagedBlockEditor::extractBlock(now) == block);
        CHECK(now.count("Match all") == 1); // the user's own line
        CHECK(added(now, block) == now);
        CHECK(removed(now) == kBom + user);
    }
}

// Defect: removing the block deleted any file that held only our block, also an existing empty
// config the user had made. Only a file we created is deleted, and the marker carries that fact
// from one process to the next.
TEST_CASE("only a file created by Colab Tunnel is deleted when its block goes", "[sshconfig][file]")
{
    using FileState = ManagedBlockEditor::FileState;
    const auto fresh = ManagedBlockEditor::apply({}, smallBlock(), FileState::Missing);
    REQUIRE(fresh.ok());
    CHECK(fresh.content.startsWith(SshConfigBlock::kBeginMarker.toUtf8() + ManagedBlockEditor::kCreatedNote.toUtf8() +
                                   "\n"));
    CHECK(ManagedBlockEditor::apply(fresh.content, smallBlock()).content == fresh.content); // the note stays
    CHECK(ManagedBlockEditor::apply(fresh.content, {}).deleteFile);
    const QByteArray withUserLines = fresh.content + "Host mine\n";
    const auto kept = ManagedBlockEditor::apply(withUserLines, {});
    CHECK_FALSE(kept.deleteFile);
    CHECK(kept.content == "Host mine\n");

    const auto existing = ManagedBlockEditor::apply({}, smallBlock(), FileState::Exists);
    REQUIRE(existing.ok());
    CHECK_FALSE(existing.content.contains(ManagedBlockEditor::kCreatedNote.toUtf8()));
    const auto emptied = ManagedBlockEditor::apply(existing.content, {});
    CHECK(emptied.content.isEmpty());
    CHECK_FALSE(emptied.deleteFile);

    const QString dir = test::makeScratchDir(QStringLiteral("created"));
    const QString emptyPath = dir + QStringLiteral("/existing-empty");
    test::writeFile(emptyPath, {});
    REQUIRE(QFile::exists(emptyPath));
    QString error;
    REQUIRE(SshConfigFile(emptyPath).writeBlock(smallBlock(), &error));
    REQUIRE(SshConfigFile(emptyPath).writeBlock({}, &error));
    CHECK(QFile::exists(emptyPath));
    CHECK(test::readFile(emptyPath).isEmpty());

    const QString newPath = dir + QStringLiteral("/new");
    REQUIRE(SshConfigFile(newPath).writeBlock(smallBlock(), &error));
    REQUIRE(
        SshConfigFile(newPath).writeBlock(renderOrFail({tunnel("b", "b.trycloudflare.com")}, unixSettings()), &error));
    REQUIRE(QFile::exists(newPath));
    REQUIRE(SshConfigFile(newPath).writeBlock({}, &error));
    CHECK_FALSE(QFile::exists(newPath));
}

TEST_CASE("unpaired markers leave the file and its backup untouched", "[sshconfig][file][markers]")
{
    // Only ever under the harness's throw-away HOME.
    const QString scratch = qEnvironmentVariable("COLAB_TEST_SCRATCH");
    REQUIRE_FALSE(scratch.isEmpty());
    REQUIRE(QDir::homePath().startsWith(scratch + QLatin1Char('/')));
    const QString path = QDir::homePath() + QStringLiteral("/.ssh/config");
    const QByteArray file = "Host a\n  User me\n" + kBeginText + "\nHost colab-a\nHost b\n  User you\n";
    test::writeFile(path, file);
    SshConfigFile config(path);
    for (const QStringList& block : {smallBlock(), QStringList()}) {
        QString error;
        CHECK_FALSE(config.writeBlock(block, &error));
        CHECK(error == QStringLiteral("~/.ssh/config line 3: a Colab Tunnel begin marker without its end marker. "
                                      "Remove the marker lines (or the whole block) by hand, then try again."));
        CHECK(test::readFile(path) == file);
        CHECK_FALSE(QFile::exists(config.backupPath()));
    }
}

// Property (defect: user lines written around our block were glued or lost by a later add or
// remove): random sequences of our add / update / remove, with the user editing the file anywhere
// outside the block in between. The user's bytes are modelled independently of the editor; after
// every step the bytes outside the block must equal the model exactly.
TEST_CASE("property: user edits around the block survive every later add or update or remove", "[sshconfig][property]")
{
    QRandomGenerator rng(20261130);
    const QList<QByteArray> pieces = {
        "Host *",
        "host example",
        "HOST=foo",
        "Host work",
        "  ServerAliveInterval 60",
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
        "# <<< colab-tunnel managed",
        "  Port 2222",
    };
    const QList<QStringList> blocks = {
        renderOrFail({tunnel("gpu", "a.trycloudflare.com")}, unixSettings()),
        renderOrFail({tunnel("gpu", "b.trycloudflare.com"), tunnel("cpu", "c.trycloudflare.com")}, unixSettings()),
        smallBlock(),
    };
    const auto eol = [&] {
        return rng.bounded(3) == 0 ? QByteArray("\r\n") : QByteArray("\n");
    };
    const auto randomLines = [&](int maxLines, bool mayEndOpen) {
        QByteArray text;
        const int n = 1 + int(rng.bounded(maxLines));
        for (int l = 0; l < n; ++l) {
            text += pieces.at(int(rng.bounded(int(pieces.size()))));
            if (l < n - 1 || !mayEndOpen || rng.bounded(3) != 0)
                text += eol();
        }
        return text;
    };

    for (int run = 0; run < 400; ++run) {
        QByteArray file;
        bool exists = rng.bounded(5) != 0;
        if (exists) {
            if (rng.bounded(4) == 0)
                file += kBom;
            if (rng.bounded(6) != 0)
                file += randomLines(10, true);
        }
        QByteArray model = file; // the user's bytes, as the user wrote them
        bool createdByUs = false;
        std::string history = "start: " + file.toStdString();

        for (int step = 0; step < 14; ++step) {
            const auto [begin, end] = blockSpan(file);
            const bool hasBlock = begin >= 0;
            REQUIRE(outsideBlock(file) == model);
            const auto toModel = [&, b = begin, e = end](int pos) {
                return hasBlock && pos >= e ? pos - (e - b) : pos;
            };

            if (step % 2 == 0) {
                // The user edits, only outside our block, at line starts.
                const int userStart = file.startsWith(kBom) ? int(kBom.size()) : 0;
                QList<int> starts; // line starts outside the block, and the end of the file
                for (int p = userStart; p <= file.size(); ++p) {
                    const bool lineStart = p == userStart || file.at(p - 1) == '\n' || p == file.size();
                    const bool inBlock = hasBlock && p > begin && p < end;
                    if (lineStart && !inBlock && !starts.contains(p))
                        starts << p;
                }
                const int kind = int(rng.bounded(6));
                const int at = starts.at(int(rng.bounded(int(starts.size()))));
                if (kind <= 1) { // insert lines
                    const QByteArray text = randomLines(3, at == file.size());
                    file.insert(at, text);
                    model.insert(toModel(at), text);
                    history += "\ninsert at " + std::to_string(at) + ": " + text.toStdString();
                } else if (kind == 2 && at < file.size() && !(hasBlock && at == begin)) { // delete a line
                    int next = int(file.indexOf('\n', at));
                    next = next < 0 ? int(file.size()) : next + 1;
                    if (hasBlock && at < begin)
                        next = std::min(next, begin);
                    const int modelAt = toModel(at);
                    model.remove(modelAt, next - at);
                    file.remove(at, next - at);
                    history += "\ndelete line at " + std::to_string(at);
                } else if (kind == 3 && !(hasBlock && end == file.size())) { // toggle the final newline
                    if (file.endsWith("\r\n")) {
                        file.chop(2);
                        model.chop(2);
                    } else if (file.endsWith('\n')) {
                        file.chop(1);
                        model.chop(1);
                    } else {
                        const QByteArray e = eol();
                        file += e;
                        model += e;
                    }
                    history += "\ntoggle final newline";
                } else if (kind == 4) { // toggle the BOM
                    if (file.startsWith(kBom)) {
                        file.remove(0, kBom.size());
                        model.remove(0, kBom.size());
                    } else {
                        file.prepend(kBom);
                        model.prepend(kBom);
                    }
                    history += "\ntoggle BOM";
                } else { // append at the very end, maybe to an open last line
                    const QByteArray text = randomLines(4, true);
                    file += text;
                    model += text;
                    history += "\nappend: " + text.toStdString();
                }
                if (!exists && !file.isEmpty())
                    exists = true;
                REQUIRE(outsideBlock(file) == model);
                continue;
            }

            // Our turn: add or update (same call), or remove.
            const bool remove = rng.bounded(3) == 0;
            const QStringList& block = blocks.at(int(rng.bounded(int(blocks.size()))));
            const auto state = exists ? ManagedBlockEditor::FileState::Exists : ManagedBlockEditor::FileState::Missing;
            history += remove ? "\nremove" : "\nadd";
            INFO("run #" << run << "\n" << history << "\nfile now: " << file.toStdString());
            const auto result = ManagedBlockEditor::apply(file, remove ? QStringList() : block, state);
            REQUIRE(result.ok());
            if (remove) {
                REQUIRE(result.content == model);
                REQUIRE(result.deleteFile == (hasBlock && createdByUs && model.isEmpty()));
                file = result.deleteFile ? QByteArray() : result.content;
                exists = exists && !result.deleteFile;
                createdByUs = false;
                continue;
            }
            createdByUs = createdByUs || !exists;
            exists = true;
            file = result.content;
            const auto [newBegin, newEnd] = blockSpan(file);
            REQUIRE(newBegin == (model.startsWith(kBom) ? int(kBom.size()) : 0));
            REQUIRE(file.left(newBegin) + file.mid(newEnd) == model);
            QStringList expected = block;
            if (createdByUs)
                expected.first() += ManagedBlockEditor::kCreatedNote;
            REQUIRE(ManagedBlockEditor::extractBlock(file) == expected);
            const int nl = int(model.indexOf('\n'));
            const bool crlf = nl > 0 && model.at(nl - 1) == '\r';
            REQUIRE(file.mid(newBegin, newEnd - newBegin).count("\r\n") == (crlf ? expected.size() : 0));
            REQUIRE(ManagedBlockEditor::apply(file, block).content == file); // stable
        }
    }
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
    for (int i = 0; i < 1500; ++i) {
        const bool crlf = rng.bounded(2) == 1;
        const bool mixed = rng.bounded(8) == 0;
        QByteArray config;
        if (rng.bounded(4) == 0)
            config += kBom;
        const int lines = int(rng.bounded(12));
        for (int l = 0; l < lines; ++l) {
            config += pieces.at(int(rng.bounded(int(pieces.size()))));
            const bool last = l == lines - 1;
            if (!last || rng.bounded(3) != 0)
                config += (crlf || (mixed && rng.bounded(2))) ? "\r\n" : "\n";
        }
        INFO("config #" << i << ": " << config.toStdString());
        const QByteArray withBlock = added(config);
        REQUIRE(ManagedBlockEditor::containsBlock(withBlock));
        REQUIRE(removed(withBlock) == config);
        REQUIRE(blockSpan(withBlock).first == (config.startsWith(kBom) ? int(kBom.size()) : 0));
        REQUIRE(outsideBlock(withBlock) == config);
        REQUIRE(added(withBlock) == withBlock);
    }
}

TEST_CASE("a save by another editor while we write is kept, never overwritten by a stale copy", "[sshconfig][file]")
{
    const QString path = test::makeScratchDir(QStringLiteral("cfg")) + QStringLiteral("/config");
    test::writeFile(path, "Host a\n  User me\n");
    SshConfigFile file(path);
    int saves = 0;
    file.setBetweenReadAndWrite([&] {
        if (saves++ == 0)
            test::writeFile(path, "Host a\n  User me\nHost b\n  User you\n"); // the other editor
    });
    const QStringList block = {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-x"),
                               SshConfigBlock::kEndMarker};
    QString error;
    REQUIRE(file.writeBlock(block, &error));
    const QByteArray result = test::readFile(path);
    CHECK(result.contains("Host b\n  User you\n"));
    CHECK(result.contains("Host colab-x"));
    CHECK(saves == 2);
    CHECK(removed(result) == "Host a\n  User me\nHost b\n  User you\n");
    CHECK(test::readFile(file.backupPath()) == "Host a\n  User me\nHost b\n  User you\n");
}

TEST_CASE("an editor saving every 50 ms while the app writes loses no save", "[sshconfig][file][race]")
{
    const QString path = test::makeScratchDir(QStringLiteral("cfg")) + QStringLiteral("/config");
    test::writeFile(path, "Host a\n  User me\n");
    // Reads the file, adds its line, saves through a temporary file and a rename (as vim does),
    // like an editor that reloads a file changed on disk before it saves.
    const QByteArray editor = "import os, sys, time\n"
                              "path, saves = sys.argv[1], int(sys.argv[2])\n"
                              "for k in range(1, saves + 1):\n"
                              "    data = open(path, 'rb').read()\n"
                              "    open(path + '.editor', 'wb').write(data + b'# editor save %d\\n' % k)\n"
                              "    os.replace(path + '.editor', path)\n"
                              "    time.sleep(0.05)\n";
    constexpr int kEditorSaves = 150;
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"), QString::fromLatin1(editor), path, QString::number(kEditorSaves)});
    REQUIRE(process.waitForStarted());
    SshConfigFile file(path);
    int writes = 0;
    int failures = 0;
    while (!process.waitForFinished(0)) {
        const QString host =
            QStringLiteral("Host colab-%1").arg(writes % 2 ? QStringLiteral("a") : QStringLiteral("b"));
        QString error;
        (file.writeBlock({SshConfigBlock::kBeginMarker, host, SshConfigBlock::kEndMarker}, &error) ? writes
                                                                                                   : failures)++;
    }
    REQUIRE(process.exitCode() == 0);
    QString error;
    REQUIRE(file.writeBlock(
        {SshConfigBlock::kBeginMarker, QStringLiteral("Host colab-last"), SshConfigBlock::kEndMarker}, &error));
    const QByteArray result = test::readFile(path);
    int lost = 0;
    for (int k = 1; k <= kEditorSaves; ++k)
        lost += result.contains("# editor save " + QByteArray::number(k) + '\n') ? 0 : 1;
    std::printf("editor saves: %d, lost: %d; app writes: %d, refused as busy: %d\n", kEditorSaves, lost, writes,
                failures);
    CHECK(writes > 100);
    CHECK(lost == 0);
    CHECK(result.contains("Host colab-last"));
    CHECK(result.startsWith(kBeginText)); // the block is still first, once
    CHECK(result.count(kBeginText) == 1);
}
