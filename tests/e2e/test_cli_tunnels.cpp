#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

QString sshConfig()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

test::ProcessResult app(const QStringList& args, const QByteArray& input = {})
{
    return test::runApp(args, input, test::appEnv());
}

void resetHome()
{
    test::resetAppFiles();
}

QString sshG(const QString& alias, const QString& key)
{
    const auto result =
        test::runProcess(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), sshConfig(), alias});
    for (const QByteArray& line : result.out.split('\n'))
        if (line.startsWith(key.toUtf8() + ' '))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}

} // namespace

TEST_CASE("add, list and remove through the command line", "[cli][tunnels]")
{
    resetHome();
    auto added = app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"), QStringLiteral("-")},
                     test::readFile(QStringLiteral(COLAB_TEST_DATA_DIR "/paste/colab_ssh_terminal.txt")));
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("ssh colab-gpu"));

    const auto listed = app({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray tunnels = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("tunnels")).toArray();
    REQUIRE(tunnels.size() == 1);
    const QJsonObject gpu = tunnels.first().toObject();
    CHECK(gpu.value(QStringLiteral("name")).toString() == QStringLiteral("gpu"));
    CHECK(gpu.value(QStringLiteral("alias")).toString() == QStringLiteral("colab-gpu"));
    CHECK(gpu.value(QStringLiteral("hostname")).toString() == QStringLiteral("some-random-words.trycloudflare.com"));
    CHECK(gpu.value(QStringLiteral("kind")).toString() == QStringLiteral("quick"));
    CHECK_FALSE(gpu.value(QStringLiteral("added_at")).toString().isEmpty());
    CHECK_FALSE(gpu.value(QStringLiteral("updated_at")).toString().isEmpty());
    // The PyCharm interpreter's port, the one the app forwards and the dialog shows.
    const int port = gpu.value(QStringLiteral("local_port")).toInt();
    CHECK(port >= StablePorts::kFirstPort);
    CHECK(port <= StablePorts::kLastPort);
    StablePorts saved(AppPaths::localPortsFile());
    QString error;
    REQUIRE(saved.load(&error));
    CHECK(saved.port(QStringLiteral("gpu")) == port);

    CHECK(QFileInfo(sshConfig()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK((QFileInfo(QDir::homePath() + QStringLiteral("/.ssh")).permissions() & 0077) == 0);
    const auto printed = app({QStringLiteral("ssh-config")});
    CHECK(printed.out.contains("Host colab-gpu\n    HostName some-random-words.trycloudflare.com\n"));

    const auto removed = app({QStringLiteral("remove"), QStringLiteral("gpu")});
    CHECK(removed.exitCode == 0);
    CHECK(app({QStringLiteral("list"), QStringLiteral("--json")}).out.contains("\"tunnels\": [\n    ]"));
    CHECK_FALSE(QFile::exists(sshConfig())); // it did not exist before the first add
    CHECK(app({QStringLiteral("remove"), QStringLiteral("gpu")}).exitCode == 2);
}

TEST_CASE("a new runtime under the same name keeps the alias and forgets the old host key", "[cli][tunnels]")
{
    resetHome();
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("old-one.trycloudflare.com")})
                .exitCode == 0);
    const QString knownHosts = AppPaths::knownHostsDir() + QStringLiteral("/gpu");
    test::writeFile(knownHosts, "old-one.trycloudflare.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOld\n");
    const auto updated = app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                              QStringLiteral("colab-tunnel://add?host=new-one.trycloudflare.com")});
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.out.contains("old-one.trycloudflare.com -> new-one.trycloudflare.com"));
    CHECK_FALSE(QFile::exists(knownHosts));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("hostname")) == QStringLiteral("new-one.trycloudflare.com"));
    const QByteArray config = test::readFile(sshConfig());
    CHECK(config.count("Host colab-gpu") == 1);
    CHECK_FALSE(config.contains("old-one"));
}

TEST_CASE("rejected input exits 2 with one line and writes nothing", "[cli][tunnels]")
{
    resetHome();
    test::writeFile(sshConfig(), "Host *\n  User bob\n");
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("keep"),
                 QStringLiteral("keep-me.trycloudflare.com")})
                .exitCode == 0);
    const auto before = test::snapshotTree(QDir::homePath());
    const QList<QStringList> bad = {
        {QStringLiteral("add"), QStringLiteral("a b.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("x.trycloudflare.com;id")},
        {QStringLiteral("add"), QStringLiteral("$(id).trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("`id`.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("%h.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("\"x.trycloudflare.com\"")},
        {QStringLiteral("add"), QString::fromUtf8("\xd1\x85.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("192.168.0.7")},
        {QStringLiteral("add"), QStringLiteral("nothing useful here\nat all")},
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bad Name"),
         QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("--name"), QString(33, QLatin1Char('a')),
         QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("add")},
        {QStringLiteral("add"), QStringLiteral("--bogus"), QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("remove"), QStringLiteral("no-such")},
        {QStringLiteral("remove"), QStringLiteral("../etc")},
        {QStringLiteral("open"), QStringLiteral("keep"), QStringLiteral("--ide"), QStringLiteral("emacs")},
        // Unknown commands and options never start the GUI silently.
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("-help")},
        {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("colab-tunnel://add?name=gpu")},
        {QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("--name"), QString(), QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("--name="), QStringLiteral("ok.trycloudflare.com")},
        {QStringLiteral("add"), QStringLiteral("--yes"), QStringLiteral("ok.trycloudflare.com")},
        // Links the URL handler may receive: refused at once, before any window.
        {QStringLiteral("colab-tunnel://remove?name=keep")},
        {QStringLiteral("colab-tunnel://add?host=bad%20host.trycloudflare.com")},
        {QStringLiteral("colab-tunnel://add?host=ok.trycloudflare.com&name=Bad%20Name")},
        {QStringLiteral("colab-tunnel://add?name=gpu")},
    };
    for (const QStringList& args : bad) {
        INFO("args: " << args.join(QLatin1Char(' ')).toStdString());
        const auto result = app(args);
        CHECK(result.exitCode == 2);
        CHECK(result.err.trimmed().count('\n') == 0);
        CHECK(result.err.startsWith("colab-tunnel: "));
        CHECK(result.out.isEmpty());
    }
    // NUL and newline-laden input through stdin too.
    CHECK(app({QStringLiteral("add"), QStringLiteral("-")}, QByteArray("x.trycloudflare.com\0evil", 24)).exitCode == 2);
    CHECK(test::snapshotTree(QDir::homePath()) == before);
}

TEST_CASE("the user's ssh config bytes survive add and remove exactly", "[cli][tunnels][sshconfig]")
{
    resetHome();
    const QByteArray original = "\xEF\xBB\xBF# my config\r\nInclude ~/.ssh/work/*\r\n\tCompression yes\r\n"
                                "Match host *.corp exec \"true\"\r\n  User corp\r\nHost *\r\n  User bob";
    test::writeFile(sshConfig(), original);
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("a"),
                 QStringLiteral("aa-bb.trycloudflare.com")})
                .exitCode == 0);
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("b"),
                 QStringLiteral("cc-dd.trycloudflare.com")})
                .exitCode == 0);
    const QByteArray withBlock = test::readFile(sshConfig());
    CHECK(withBlock.contains("\r\nHost colab-a\r\n"));
    CHECK(withBlock.indexOf("Host colab-a") < withBlock.indexOf("Match host *.corp"));
    CHECK(withBlock.contains("Host *\r\n# <<< colab-tunnel managed block <<<\r\n# my config\r\n"));
    // The backup holds the bytes before the last write: our block (a only) first, then the user's.
    const QByteArray backup = test::readFile(sshConfig() + QStringLiteral(".colab-tunnel.bak"));
    CHECK(backup.startsWith("\xEF\xBB\xBF# >>> colab-tunnel managed block >>>"));
    CHECK_FALSE(backup.contains("Host colab-b"));
    CHECK(backup.endsWith(original.mid(3)));
    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("a")}).exitCode == 0);
    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("b")}).exitCode == 0);
    CHECK(test::readFile(sshConfig()) == original);
}

TEST_CASE("real OpenSSH resolves the alias as intended even under a user's Host *", "[cli][openssh]")
{
    resetHome();
    test::writeFile(sshConfig(), "Host *\n  User bob\n  HostName wrong.example.com\n  ProxyCommand none\n"
                                 "  UserKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n");
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                 QStringLiteral("calm-river.trycloudflare.com")})
                .exitCode == 0);
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("hostname")) ==
          QStringLiteral("calm-river.trycloudflare.com"));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("user")) == QStringLiteral("root"));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("proxycommand")) ==
          test::fakeCloudflared() + QStringLiteral(" access ssh --hostname calm-river.trycloudflare.com"));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("userknownhostsfile")) ==
          AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("stricthostkeychecking")) == QStringLiteral("accept-new"));
    CHECK(sshG(QStringLiteral("colab-gpu"), QStringLiteral("serveraliveinterval")) == QStringLiteral("30"));
    // Other hosts still get the user's settings.
    CHECK(sshG(QStringLiteral("elsewhere"), QStringLiteral("user")) == QStringLiteral("bob"));
}

TEST_CASE("a symlinked ssh config is updated at its target", "[cli][sshconfig]")
{
    resetHome();
    const QString dotfiles = QDir::homePath() + QStringLiteral("/dotfiles/ssh_config");
    test::writeFile(dotfiles, "Host old\n  User me\n");
    QDir().mkpath(QDir::homePath() + QStringLiteral("/.ssh"));
    REQUIRE(QFile::link(dotfiles, sshConfig()));
    REQUIRE(app({QStringLiteral("add"), QStringLiteral("x-y.trycloudflare.com")}).exitCode == 0);
    CHECK(QFileInfo(sshConfig()).isSymLink());
    CHECK(test::readFile(dotfiles).contains("Host colab-x-y"));
}

TEST_CASE("two processes adding at once lose nothing", "[cli][tunnels][concurrency]")
{
    resetHome();
    QList<QProcess*> processes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLAB_TUNNEL_CLOUDFLARED"), test::fakeCloudflared());
    for (int i = 0; i < 8; ++i) {
        auto* p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(COLAB_APP_BINARY),
                 {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("n%1").arg(i),
                  QStringLiteral("host-%1.trycloudflare.com").arg(i)});
        processes << p;
    }
    for (QProcess* p : processes) {
        REQUIRE(p->waitForFinished(60000));
        CHECK(p->exitCode() == 0);
        delete p;
    }
    const QByteArray config = test::readFile(sshConfig());
    const auto listed = app({QStringLiteral("list"), QStringLiteral("--json")});
    for (int i = 0; i < 8; ++i) {
        CHECK(config.contains(QStringLiteral("Host colab-n%1\n").arg(i).toUtf8()));
        CHECK(listed.out.contains(QStringLiteral("host-%1.trycloudflare.com").arg(i).toUtf8()));
    }
    CHECK(config.count("# >>> colab-tunnel managed block") == 1);
}

TEST_CASE("without cloudflared, add explains how to install it and writes nothing", "[cli][tunnels]")
{
    resetHome();
    const auto before = test::snapshotTree(QDir::homePath());
    const auto result = test::runApp({QStringLiteral("add"), QStringLiteral("a-b.trycloudflare.com")}, {},
                                     {QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=/nonexistent/cloudflared")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("cloudflared"));
    CHECK(test::snapshotTree(QDir::homePath()) == before);
}
