// Real OpenSSH (`ssh -G`) reading the config the app writes: our aliases get our values whatever
// the user's top-level options and Includes say, and the user's own hosts resolve exactly as they
// did before our block was added. Beside it paramiko (tests/fixtures/paramiko-hosts.py), a reader
// that is not OpenSSH: it must list and resolve the whole file too (a block closed by `Match all`
// made its get_hostnames() raise).
#include "CatchQt.h"
#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

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

// Debian's python3-paramiko (scripts/deps.sh test) is installed for /usr/bin/python3, which need
// not be the first python3 on PATH (pyenv, a virtualenv).
QString pythonWithParamiko()
{
    static const QString found = [] {
        for (const QString& python :
             {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
            if (!python.isEmpty() &&
                test::runProcess(python, {QStringLiteral("-c"), QStringLiteral("import paramiko")}).exitCode == 0)
                return python;
        }
        return QString();
    }();
    return found;
}

// What paramiko makes of ~/.ssh/config: SSHConfig.from_path, get_hostnames(), lookup(host) for each
// of `hosts` (the report of tests/fixtures/paramiko-hosts.py). The file must parse; a lookup may
// fail on the user's own `Match exec` (it needs python3-invoke, only recommended by paramiko).
QJsonObject paramikoRead(const QStringList& hosts)
{
    const QString python = pythonWithParamiko();
    INFO("no python3 can import paramiko: install python3-paramiko (scripts/deps.sh test)");
    REQUIRE_FALSE(python.isEmpty());
    const auto result = test::runProcess(
        python, QStringList{test::fixturesDir() + QStringLiteral("/paramiko-hosts.py"), sshConfig()} + hosts);
    INFO("paramiko-hosts.py: " << result.err.toStdString() << result.out.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument report = QJsonDocument::fromJson(result.out);
    REQUIRE(report.isObject());
    CHECK(report.object().value(QStringLiteral("parse_error")).isNull());
    return report.object();
}

// get_hostnames() as a set; empty when it raised (then `hostnames_error` says why).
QSet<QString> paramikoHostnames(const QJsonObject& report)
{
    QSet<QString> names;
    for (const QJsonValue& name : report.value(QStringLiteral("hostnames")).toArray())
        names.insert(name.toString());
    return names;
}

QString paramikoHostnamesError(const QJsonObject& report)
{
    return report.value(QStringLiteral("hostnames_error")).toString();
}

QString paramikoLookupError(const QJsonObject& report, const QString& host)
{
    return report.value(QStringLiteral("lookup_errors")).toObject().value(host).toString();
}

QJsonObject paramikoLookup(const QJsonObject& report, const QString& host)
{
    return report.value(QStringLiteral("lookup")).toObject().value(host).toObject();
}

QString paramikoValue(const QJsonObject& report, const QString& host, const QString& key)
{
    const QJsonValue value = paramikoLookup(report, host).value(key);
    return value.isArray() ? value.toArray().at(0).toString() : value.toString();
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
        {"Include, top-level options, Host and Host *, no Match",
         joined(QList<QByteArray>{include} + topLevel + sections.mid(0, 6) + sections.mid(10), "\n", true)},
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
    CHECK(now.endsWith("Host *\n# <<< colab-tunnel managed block <<<\n" + user + "Host work\n  User worker\n"));
    CHECK(value(sshG(QStringLiteral("colab-gpu")), "user") == QStringLiteral("root"));
    CHECK(value(sshG(QStringLiteral("colab-gpu")), "stricthostkeychecking") == QStringLiteral("accept-new"));
    CHECK(sshG(QStringLiteral("work")) == work);
}

// Property with a second real parser: paramiko reads the same files as `ssh -G` above. Its
// get_hostnames() raised on any `Match` section, so a block closed by `Match all` broke every file it
// was in; `Host *` does not. (A `Match` the user wrote still makes it raise: that is paramiko's limit
// with the user's own file, the same before our block as after it.)
TEST_CASE("paramiko lists our aliases and the user's hosts and resolves both as written",
          "[sshconfig][paramiko][precedence]")
{
    const QStringList aliases = {QStringLiteral("colab-gpu"), QStringLiteral("colab-cpu")};
    for (const UserConfig& config : userConfigs()) {
        DYNAMIC_SECTION(config.label)
        {
            freshHarnessHome();
            writeIncludedFile();
            test::writeFile(sshConfig(), config.bytes);
            test::writeFile(AppPaths::privateKeyFile(), "not a real key\n");
            const QJsonObject before = paramikoRead(kUserHosts);

            REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                         QStringLiteral("calm-river.trycloudflare.com")})
                        .exitCode == 0);
            REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("cpu"),
                         QStringLiteral("quiet-lake.trycloudflare.com")})
                        .exitCode == 0);
            INFO(test::readFile(sshConfig()).toStdString());
            const QJsonObject after = paramikoRead(kUserHosts + aliases);

            const bool userMatch = config.bytes.contains("\nMatch ") || config.bytes.startsWith("Match ");
            if (userMatch) {
                CHECK(paramikoHostnamesError(before).startsWith(QStringLiteral("KeyError")));
            } else {
                CHECK(paramikoHostnamesError(before) == QString());
                CHECK(paramikoHostnamesError(after) == QString());
                const QSet<QString> names = paramikoHostnames(after);
                CHECK(names.contains(QStringLiteral("colab-gpu")));
                CHECK(names.contains(QStringLiteral("colab-cpu")));
                CHECK(names == (paramikoHostnames(before) | QSet<QString>{aliases.begin(), aliases.end()}));
                if (config.bytes.contains("Host work"))
                    CHECK(names.contains(QStringLiteral("work")));
            }

            // The user's hosts keep the user's values (whichever paramiko saw before, top-level ones first).
            for (const QString& host : kUserHosts) {
                INFO("host " << host.toStdString());
                CHECK(paramikoLookupError(after, host) == paramikoLookupError(before, host));
                CHECK(paramikoLookup(after, host) == paramikoLookup(before, host));
            }

            const struct
            {
                const char* alias;
                const char* name;
                const char* hostname;
            } ours[] = {{"colab-gpu", "gpu", "calm-river.trycloudflare.com"},
                        {"colab-cpu", "cpu", "quiet-lake.trycloudflare.com"}};
            for (const auto& tunnel : ours) {
                const QString alias = QString::fromLatin1(tunnel.alias);
                const QString hostname = QString::fromLatin1(tunnel.hostname);
                INFO("alias " << tunnel.alias);
                CHECK(paramikoLookupError(after, alias) == QString());
                CHECK(paramikoValue(after, alias, QStringLiteral("hostname")) == hostname);
                CHECK(paramikoValue(after, alias, QStringLiteral("proxycommand")) ==
                      test::fakeCloudflared() + QStringLiteral(" access ssh --hostname ") + hostname);
                CHECK(paramikoValue(after, alias, QStringLiteral("user")) == QStringLiteral("root"));
                CHECK(paramikoValue(after, alias, QStringLiteral("port")) == QStringLiteral("22"));
                CHECK(paramikoValue(after, alias, QStringLiteral("userknownhostsfile")) ==
                      AppPaths::knownHostsDir() + QLatin1Char('/') + QString::fromLatin1(tunnel.name));
                CHECK(paramikoValue(after, alias, QStringLiteral("stricthostkeychecking")) ==
                      QStringLiteral("accept-new"));
                CHECK(paramikoValue(after, alias, QStringLiteral("identityfile")) == AppPaths::privateKeyFile());
            }
        }
    }
}

// The previous version closed the block with `Match all`: paramiko's get_hostnames() raised on the
// whole file (and Go's ssh_config refused it). The next write replaces the block whole, closed by
// `Host *`; the user's lines after it are kept and still resolve as before in both parsers.
TEST_CASE("a block closed by Match all by the previous version is rewritten with the Host wildcard",
          "[sshconfig][openssh][paramiko][precedence]")
{
    freshHarnessHome();
    writeIncludedFile();
    const QByteArray user = "Include " + includedFile().toUtf8() + "\nUser alice\nHost work\n  User worker\n";
    const QByteArray previous = "# >>> colab-tunnel managed block >>> (written by Colab Tunnel; edits inside are "
                                "replaced)\nHost colab-old\n    HostName old.trycloudflare.com\n    User root\n"
                                "Match all\n# <<< colab-tunnel managed block <<<\n";
    test::writeFile(sshConfig(), previous + user);
    const QByteArray work = sshG(QStringLiteral("work"));
    const QJsonObject before = paramikoRead({QStringLiteral("work")});
    CHECK(paramikoHostnamesError(before).startsWith(QStringLiteral("KeyError"))); // the defect

    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("calm-river.trycloudflare.com")})
                .exitCode == 0);
    const QByteArray now = test::readFile(sshConfig());
    INFO(now.toStdString());
    CHECK(now.startsWith("# >>> colab-tunnel managed block >>>"));
    CHECK(now.count("# >>> colab-tunnel managed block >>>") == 1);
    CHECK_FALSE(now.contains("Match all"));
    CHECK(now.endsWith("Host *\n# <<< colab-tunnel managed block <<<\n" + user));
    CHECK(sshG(QStringLiteral("work")) == work);
    CHECK(value(sshG(QStringLiteral("colab-gpu")), "user") == QStringLiteral("root"));

    const QJsonObject after = paramikoRead({QStringLiteral("work"), QStringLiteral("colab-gpu")});
    CHECK(paramikoHostnamesError(after) == QString());
    CHECK(paramikoHostnames(after) ==
          QSet<QString>{QStringLiteral("*"), QStringLiteral("colab-gpu"), QStringLiteral("work")});
    CHECK(paramikoLookup(after, QStringLiteral("work")) == paramikoLookup(before, QStringLiteral("work")));
    CHECK(paramikoValue(after, QStringLiteral("colab-gpu"), QStringLiteral("hostname")) ==
          QStringLiteral("calm-river.trycloudflare.com"));
    CHECK(paramikoValue(after, QStringLiteral("colab-gpu"), QStringLiteral("user")) == QStringLiteral("root"));
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
    const QJsonObject parsed = paramikoRead({QStringLiteral("colab-gpu")});
    CHECK(paramikoValue(parsed, QStringLiteral("colab-gpu"), QStringLiteral("proxycommand")) ==
          QLatin1Char('\'') + cloudflared + QStringLiteral("' access ssh --hostname calm-river.trycloudflare.com"));
    CHECK(paramikoValue(parsed, QStringLiteral("colab-gpu"), QStringLiteral("userknownhostsfile")) ==
          AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
    CHECK(paramikoValue(parsed, QStringLiteral("colab-gpu"), QStringLiteral("identityfile")) ==
          AppPaths::privateKeyFile());
    qputenv("XDG_DATA_HOME", previousDataHome);
}
