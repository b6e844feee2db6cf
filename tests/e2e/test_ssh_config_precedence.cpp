// Real OpenSSH (`ssh -G`) reading the config the app writes: our aliases get our values whatever
// the user's top-level options and Includes say, and the user's own hosts resolve exactly as they
// did before our block was added.
#include "CatchQt.h"
#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QDir>
#include <QFile>

using namespace colab;

namespace {

QString sshConfig()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

// These tests write ~/.ssh/config: only ever under the harness's throw-away HOME.
void freshHarnessHome()
{
    const QString scratch = qEnvironmentVariable("COLAB_TEST_SCRATCH");
    REQUIRE_FALSE(scratch.isEmpty());
    REQUIRE(QDir::homePath().startsWith(scratch + QLatin1Char('/')));
    test::resetAppFiles();
}

test::ProcessResult app(const QStringList& args, const QStringList& extraEnv = {})
{
    return test::runApp(args, {}, test::appEnv(extraEnv));
}

QByteArray sshG(const QString& host)
{
    const auto result =
        test::runProcess(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), sshConfig(), host});
    INFO("ssh -G " << host.toStdString() << ": " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
}

QStringList values(const QByteArray& out, const QByteArray& key)
{
    QStringList found;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith(key + ' '))
            found << QString::fromUtf8(line.mid(key.size() + 1));
    return found;
}

QString value(const QByteArray& out, const QByteArray& key)
{
    const QStringList found = values(out, key);
    return found.isEmpty() ? QString() : found.first();
}

// Options that, read before our block, would take over our aliases (OpenSSH keeps the first value).
const QByteArray kHostileOptions[] = {
    "User alice", "StrictHostKeyChecking no", "UserKnownHostsFile /dev/null", "ProxyCommand none",
    "Port 2222",  "IdentitiesOnly no",        "HostName evil.example.com",
};

QByteArray joined(const QList<QByteArray>& lines, const QByteArray& eol, bool finalNewline)
{
    QByteArray text;
    for (int i = 0; i < lines.size(); ++i) {
        text += lines.at(i);
        if (i < lines.size() - 1 || finalNewline)
            text += eol;
    }
    return text;
}

struct UserConfig
{
    const char* label;
    QByteArray bytes;
};

QString includedFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/hostile.conf");
}

void writeIncludedFile()
{
    QList<QByteArray> lines = {"Host *"};
    for (const QByteArray& option : kHostileOptions)
        lines << "  " + option;
    test::writeFile(includedFile(), joined(lines, "\n", true));
}

QList<UserConfig> userConfigs()
{
    const QByteArray include = "Include " + includedFile().toUtf8();

    QList<QByteArray> topLevel;
    for (const QByteArray& option : kHostileOptions)
        topLevel << option;
    topLevel << "IdentityFile ~/.ssh/alice_key"
             << "Compression yes"
             << "# the user's comment";
    const QList<QByteArray> sections = {
        "",
        "Host work",
        "  HostName work.example.com",
        "  User worker",
        "  Port 2200",
        "  ForwardAgent yes",
        "",
        "Match host *.corp exec \"true\"",
        "  User corp",
        "  ProxyJump bastion.corp",
        "",
        "Host *",
        "  ServerAliveCountMax 9",
        "  LogLevel VERBOSE",
        "  ConnectTimeout 17",
    };
    QList<QByteArray> everything = QList<QByteArray>{include} + topLevel + sections;
    return {
        {"Include at the top, top-level options, Host, Match, Host *", joined(everything, "\n", true)},
        {"the same with CRLF and no final newline", joined(everything, "\r\n", false)},
        {"top-level options only, no final newline", joined(topLevel, "\n", false)},
        {"only an Include of a hostile Host *", joined({include}, "\n", false)},
        {"top-level options and Host work, no Host *", joined(topLevel + sections.mid(0, 6), "\n", true)},
        {"an empty file", QByteArray()},
    };
}

const QStringList kUserHosts = {QStringLiteral("work"), QStringLiteral("db.corp"), QStringLiteral("plain.example"),
                                QStringLiteral("10.1.2.3")};

} // namespace

TEST_CASE("OpenSSH resolves our aliases to our values under hostile top-level options and Includes",
          "[sshconfig][openssh][precedence]")
{
    for (const UserConfig& config : userConfigs()) {
        DYNAMIC_SECTION(config.label)
        {
            freshHarnessHome();
            writeIncludedFile();
            test::writeFile(sshConfig(), config.bytes);
            test::writeFile(AppPaths::privateKeyFile(), "not a real key\n");
            REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                         QStringLiteral("calm-river.trycloudflare.com")})
                        .exitCode == 0);
            const QByteArray out = sshG(QStringLiteral("colab-gpu"));
            INFO(test::readFile(sshConfig()).toStdString());
            CHECK(value(out, "user") == QStringLiteral("root"));
            CHECK(value(out, "hostname") == QStringLiteral("calm-river.trycloudflare.com"));
            CHECK(value(out, "port") == QStringLiteral("22"));
            CHECK(value(out, "proxycommand") ==
                  test::fakeCloudflared() + QStringLiteral(" access ssh --hostname calm-river.trycloudflare.com"));
            CHECK(value(out, "userknownhostsfile") == AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
            CHECK(value(out, "stricthostkeychecking") == QStringLiteral("accept-new"));
            CHECK(value(out, "identitiesonly") == QStringLiteral("yes"));
            CHECK(values(out, "identityfile").value(0) == AppPaths::privateKeyFile());
            CHECK(value(out, "serveraliveinterval") == QStringLiteral("30"));
        }
    }
}

TEST_CASE("the user's own hosts resolve byte for byte as before our block was added and after it went",
          "[sshconfig][openssh][precedence]")
{
    for (const UserConfig& config : userConfigs()) {
        DYNAMIC_SECTION(config.label)
        {
            freshHarnessHome();
            writeIncludedFile();
            test::writeFile(sshConfig(), config.bytes);
            QMap<QString, QByteArray> before;
            for (const QString& host : kUserHosts)
                before.insert(host, sshG(host));

            REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                         QStringLiteral("calm-river.trycloudflare.com")})
                        .exitCode == 0);
            REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("cpu"),
                         QStringLiteral("quiet-lake.trycloudflare.com")})
                        .exitCode == 0);
            const QByteArray withBlock = test::readFile(sshConfig());
            INFO(withBlock.toStdString());
            REQUIRE(withBlock.startsWith("# >>> colab-tunnel managed block >>>"));
            for (const QString& host : kUserHosts) {
                INFO("host " << host.toStdString());
                CHECK(sshG(host) == before.value(host));
            }

            REQUIRE(app({QStringLiteral("remove"), QStringLiteral("gpu")}).exitCode == 0);
            REQUIRE(app({QStringLiteral("remove"), QStringLiteral("cpu")}).exitCode == 0);
            CHECK(test::readFile(sshConfig()) == config.bytes);
            CHECK(QFile::exists(sshConfig())); // it existed before, even when empty
            for (const QString& host : kUserHosts)
                CHECK(sshG(host) == before.value(host));
        }
    }
}

// The old version wrote its block before the first Host line, after the user's top-level options:
// `User alice` there won over our `User root`. Upgrading moves the block to the top.
TEST_CASE("a block written by the previous version is moved to the top on the next write",
          "[sshconfig][openssh][precedence]")
{
    freshHarnessHome();
    const QByteArray user = "User alice\nStrictHostKeyChecking no\n";
    const QByteArray oldBlock = "# >>> colab-tunnel managed block >>> (written by Colab Tunnel; edits inside are "
                                "replaced)\nHost colab-old\n    HostName old.trycloudflare.com\n    User root\n"
                                "# <<< colab-tunnel managed block <<<\n";
    test::writeFile(sshConfig(), user + oldBlock + "Host work\n  User worker\n");
    const QByteArray work = sshG(QStringLiteral("work"));
    CHECK(value(sshG(QStringLiteral("colab-old")), "user") == QStringLiteral("alice")); // the defect
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("calm-river.trycloudflare.com")})
                .exitCode == 0);
    const QByteArray now = test::readFile(sshConfig());
    CHECK(now.count("# >>> colab-tunnel managed block >>>") == 1);
    CHECK(now.endsWith("Match all\n# <<< colab-tunnel managed block <<<\n" + user + "Host work\n  User worker\n"));
    CHECK(value(sshG(QStringLiteral("colab-gpu")), "user") == QStringLiteral("root"));
    CHECK(value(sshG(QStringLiteral("colab-gpu")), "stricthostkeychecking") == QStringLiteral("accept-new"));
    CHECK(sshG(QStringLiteral("work")) == work);
}

TEST_CASE("unpaired markers: the command fails with the line number and the file is not touched",
          "[sshconfig][precedence][markers]")
{
    freshHarnessHome();
    const QByteArray original = "Host work\n  User worker\n# >>> colab-tunnel managed block >>> (written by Colab "
                                "Tunnel; edits inside are replaced)\nHost colab-x\nHost mine\n  User me\n";
    test::writeFile(sshConfig(), original);
    const auto result = app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                             QStringLiteral("calm-river.trycloudflare.com")});
    CHECK(result.exitCode != 0);
    CHECK(result.err.contains("~/.ssh/config line 3: a Colab Tunnel begin marker without its end marker."));
    CHECK(test::readFile(sshConfig()) == original);
    CHECK_FALSE(QFile::exists(sshConfig() + QStringLiteral(".colab-tunnel.bak")));
}

TEST_CASE("an existing empty config stays an empty file after add and remove while one we created goes",
          "[sshconfig][precedence]")
{
    freshHarnessHome();
    test::writeFile(sshConfig(), {});
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("calm-river.trycloudflare.com")})
                .exitCode == 0);
    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("gpu")}).exitCode == 0);
    CHECK(QFile::exists(sshConfig()));
    CHECK(test::readFile(sshConfig()).isEmpty());

    QFile::remove(sshConfig());
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("calm-river.trycloudflare.com")})
                .exitCode == 0);
    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("gpu")}).exitCode == 0);
    CHECK_FALSE(QFile::exists(sshConfig()));
}

TEST_CASE("paths with spaces reach OpenSSH intact", "[sshconfig][openssh][precedence]")
{
    freshHarnessHome();
    const QString tools = QDir::homePath() + QStringLiteral("/my tools");
    QDir().mkpath(tools);
    const QString cloudflared = tools + QStringLiteral("/cloud flared");
    test::writeExecutable(cloudflared, test::readFile(test::fakeCloudflared()));
    const QString dataHome = QDir::homePath() + QStringLiteral("/my data");
    const QByteArray previousDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dataHome.toUtf8()); // for AppPaths here and in the app started below
    test::writeFile(AppPaths::privateKeyFile(), "not a real key\n");
    REQUIRE(AppPaths::knownHostsDir().startsWith(dataHome));

    const auto added = test::runApp({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                                     QStringLiteral("calm-river.trycloudflare.com")},
                                    {}, {QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=") + cloudflared});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    const QByteArray out = sshG(QStringLiteral("colab-gpu"));
    CHECK(value(out, "proxycommand") ==
          QLatin1Char('\'') + cloudflared + QStringLiteral("' access ssh --hostname calm-river.trycloudflare.com"));
    CHECK(value(out, "userknownhostsfile") == AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
    CHECK(values(out, "identityfile").value(0) == AppPaths::privateKeyFile());
    qputenv("XDG_DATA_HOME", previousDataHome);
}
