#include "TestEnv.h"
#include "ide/LaunchRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <csignal>

using namespace colab;

namespace {

// A folder of fake launchers that record their argv, one argument per line, then "--".
struct FakeBin
{
    QString dir = test::makeScratchDir(QStringLiteral("bin"));
    QString log = dir + QStringLiteral("/argv.log");

    void add(const QString& name, int exitCode = 0, const QByteArray& stderrText = {})
    {
        test::writeExecutable(dir + QLatin1Char('/') + name,
                              "#!/bin/sh\n{ printf '%s\\n' \"$(basename \"$0\")\" \"$@\"; echo --; } >> '" +
                                  log.toUtf8() + "'\n" +
                                  (stderrText.isEmpty() ? QByteArray() : "echo '" + stderrText + "' >&2\n") + "exit " +
                                  QByteArray::number(exitCode) + "\n");
    }
    QStringList recorded() const
    {
        QStringList lines = QString::fromUtf8(test::readFile(log)).split(QLatin1Char('\n'));
        lines.removeAll(QString());
        return lines;
    }
    // PATH with only the fakes and the basics the app needs (no real IDE can leak in).
    QString path() const { return dir + QStringLiteral(":/usr/bin:/bin"); }
};

test::ProcessResult open(const FakeBin& bin, const QStringList& args)
{
    return test::runApp(QStringList{QStringLiteral("open")} + args, {},
                        test::appEnv({QStringLiteral("PATH=") + bin.path()}));
}

void addGpu()
{
    test::resetAppFiles();
    const auto added = test::runApp({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                                     QStringLiteral("calm-river.trycloudflare.com")},
                                    {}, test::appEnv());
    REQUIRE(added.exitCode == 0);
}

} // namespace

TEST_CASE("VS Code is started with the alias and the remote folder", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    bin.add(QStringLiteral("codium"));
    bin.add(QStringLiteral("code"));
    const auto dry = open(
        bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == (bin.dir + QStringLiteral("/code --remote ssh-remote+colab-gpu /content\n")).toUtf8());
    CHECK(bin.recorded().isEmpty()); // a dry run runs nothing
    const auto folder = open(bin, {QStringLiteral("gpu"), QStringLiteral("--folder"),
                                   QStringLiteral("/content/drive/MyDrive"), QStringLiteral("--dry-run")});
    CHECK(folder.out.endsWith(" /content/drive/MyDrive\n"));
    CHECK(open(bin, {QStringLiteral("gpu"), QStringLiteral("--folder"), QStringLiteral("/content/$(id)"),
                     QStringLiteral("--dry-run")})
              .exitCode == 2);

    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode")});
    CHECK(result.exitCode == 0);
    CHECK(bin.recorded() ==
          QStringList({QStringLiteral("code"), QStringLiteral("--remote"), QStringLiteral("ssh-remote+colab-gpu"),
                       QStringLiteral("/content"), QStringLiteral("--")}));
}

TEST_CASE("without VS Code its vscode:// link goes to the URL opener", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    bin.add(QStringLiteral("xdg-open"));
    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode")});
    CHECK(result.exitCode == 0);
    CHECK(bin.recorded() ==
          QStringList({QStringLiteral("xdg-open"),
                       QStringLiteral("vscode://vscode-remote/ssh-remote+colab-gpu/content"), QStringLiteral("--")}));
}

TEST_CASE("a launcher that fails at once is reported with what it said", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    bin.add(QStringLiteral("code"), 3, "Remote-SSH extension is not installed");
    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("code exited at once (status 3): Remote-SSH extension is not installed"));

    FakeBin empty;
    const auto none = open(empty, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("terminal")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("No terminal emulator was found"));
}

TEST_CASE("the terminal runs ssh with the alias", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    bin.add(QStringLiteral("xterm"));
    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("terminal")});
    CHECK(result.exitCode == 0);
    CHECK(bin.recorded() == QStringList({QStringLiteral("xterm"), QStringLiteral("-e"), QStringLiteral("ssh"),
                                         QStringLiteral("colab-gpu"), QStringLiteral("--")}));
}

TEST_CASE("PyCharm gets a live local port through cloudflared and the Gateway link", "[ide][cli]")
{
    addGpu();
    // Stand in for the runtime's sshd: a server that greets like one.
    QTcpServer runtime;
    REQUIRE(runtime.listen(QHostAddress::LocalHost));
    QObject::connect(&runtime, &QTcpServer::newConnection, [&] {
        QTcpSocket* s = runtime.nextPendingConnection();
        s->write("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    });
    const QString map = test::makeScratchDir(QStringLiteral("map")) + QStringLiteral("/map");
    test::writeFile(map, QStringLiteral("calm-river.trycloudflare.com %1\n").arg(runtime.serverPort()).toUtf8());

    FakeBin bin;
    bin.add(QStringLiteral("xdg-open"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLAB_TUNNEL_CLOUDFLARED"), test::fakeCloudflared());
    env.insert(QStringLiteral("FAKE_CLOUDFLARED_MAP"), map);
    env.insert(QStringLiteral("PATH"), bin.path());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(COLAB_APP_BINARY),
              {QStringLiteral("open"), QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("pycharm")});
    REQUIRE(test::waitUntil([&] { return bin.recorded().size() >= 3; }, 20000));
    const QStringList recorded = bin.recorded();
    CHECK(recorded.at(0) == QStringLiteral("xdg-open"));
    const QString url = recorded.at(1);
    CHECK(url.startsWith(QStringLiteral("jetbrains-gateway://connect#type=ssh&deploy=false&host=127.0.0.1&port=")));
    CHECK(url.endsWith(QStringLiteral("&user=root&projectPath=%2Fcontent")));
    const int port = url.section(QStringLiteral("port="), 1).section(QLatin1Char('&'), 0, 0).toInt();
    REQUIRE(port > 0);

    // The port reaches the runtime while the command runs ...
    QTcpSocket ide;
    ide.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    REQUIRE(ide.waitForConnected(5000));
    REQUIRE(test::waitUntil([&] { return ide.canReadLine(); }, 5000));
    CHECK(ide.readLine().startsWith("SSH-2.0-OpenSSH"));
    ide.close();
    CHECK(cli.state() == QProcess::Running);

    // ... and closes with it.
    cli.terminate();
    REQUIRE(cli.waitForFinished(5000));
    CHECK(test::waitUntil(
        [&] {
            QTcpSocket again;
            again.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
            return !again.waitForConnected(200);
        },
        5000));
}

TEST_CASE("a long-running launcher writing to stderr later is not killed by SIGPIPE", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    const QString alive = bin.dir + QStringLiteral("/still-alive");
    // Like a terminal or IDE that logs long after the launch window: it must survive our exit.
    test::writeExecutable(bin.dir + QStringLiteral("/xterm"),
                          "#!/bin/sh\nsleep 2.5\nfor i in 1 2 3 4 5; do echo 'a late warning' >&2; done\n"
                          "touch '" +
                              alive.toUtf8() + "'\n");
    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("terminal")});
    REQUIRE(result.exitCode == 0); // the CLI is gone once the launch window passed
    CHECK(test::waitUntil([&] { return QFile::exists(alive); }, 8000));
}

TEST_CASE("with nothing to open a link, open prints it for the user to open by hand", "[ide][cli]")
{
    addGpu();
    FakeBin empty; // no code, no xdg-open: not even the system's (the package test installs xdg-utils)
    const auto openWithEmptyPath = [&empty](const QStringList& args) {
        return test::runApp(QStringList{QStringLiteral("open")} + args, {},
                            test::appEnv({QStringLiteral("PATH=") + empty.dir}));
    };
    const auto result = openWithEmptyPath({QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode")});
    CHECK(result.exitCode == 1);
    CHECK(result.out == "vscode://vscode-remote/ssh-remote+colab-gpu/content\n");
    CHECK(result.err.count('\n') == 1);
    CHECK(result.err.contains("by hand"));
    const auto dry = openWithEmptyPath(
        {QStringLiteral("gpu"), QStringLiteral("--ide"), QStringLiteral("vscode"), QStringLiteral("--dry-run")});
    CHECK(dry.out == "vscode://vscode-remote/ssh-remote+colab-gpu/content\n");
}

TEST_CASE("a remote folder with a trailing newline is refused", "[ide][cli]")
{
    addGpu();
    FakeBin bin;
    bin.add(QStringLiteral("code"));
    const auto result = open(bin, {QStringLiteral("gpu"), QStringLiteral("--folder"), QStringLiteral("/content\n"),
                                   QStringLiteral("--dry-run")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(bin.recorded().isEmpty());
}

TEST_CASE("replacing PyCharm's port forward does not wait for the old one to exit", "[ide][pycharm]")
{
    // A forward that shrugs off SIGTERM (as a cloudflared busy closing its connection may): the
    // caller must not wait for it; it is killed a little later instead.
    const QString dir = test::makeScratchDir(QStringLiteral("slow-forward"));
    const QString pidFile = dir + QStringLiteral("/pid");
    test::writeExecutable(dir + QStringLiteral("/forward"),
                          "#!/usr/bin/env python3\nimport os, signal, socket, sys, time\n"
                          "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                          "open(sys.argv[1], 'w').write(str(os.getpid()))\n"
                          "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                          "s.bind(('127.0.0.1', int(sys.argv[2]))); s.listen(4)\n"
                          "while True: time.sleep(1)\n");
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    LaunchPlan plan;
    plan.portForward = {dir + QStringLiteral("/forward"), pidFile, QString::number(port)};
    plan.localPort = port;
    plan.argv = {QStringLiteral("/bin/true")};
    LaunchRunner runner;
    bool launched = false;
    QObject::connect(&runner, &LaunchRunner::finished, [&](bool ok, const QString&) { launched = ok; });
    runner.start(plan);
    REQUIRE(test::waitUntil([&] { return launched; }, 10000));
    REQUIRE(runner.portForwardRunning());
    const pid_t pid = test::readFile(pidFile).toInt();
    REQUIRE(pid > 0);

    QElapsedTimer timer;
    timer.start();
    runner.stopPortForward();
    CHECK(timer.elapsed() < 100);
    CHECK(::kill(pid, 0) == 0);                                        // still there right after: nobody waited for it
    CHECK(test::waitUntil([&] { return ::kill(pid, 0) != 0; }, 5000)); // gone within the grace period
}

TEST_CASE("a runtime added from a link with a folder opens there unless --folder says otherwise", "[ide][cli]")
{
    test::resetAppFiles();
    REQUIRE(test::runApp({QStringLiteral("add"), QStringLiteral("colab-tunnel://add?host=calm-river.trycloudflare.com"
                                                                "&name=gpu&folder=%2Fcontent%2Fthesis-models")},
                         {}, test::appEnv())
                .exitCode == 0);
    FakeBin bin;
    bin.add(QStringLiteral("code"));
    const auto dry = open(bin, {QStringLiteral("gpu"), QStringLiteral("--dry-run")});
    CHECK(dry.out ==
          (bin.dir + QStringLiteral("/code --remote ssh-remote+colab-gpu /content/thesis-models\n")).toUtf8());
    const auto chosen = open(bin, {QStringLiteral("gpu"), QStringLiteral("--folder"), QStringLiteral("/content"),
                                   QStringLiteral("--dry-run")});
    CHECK(chosen.out.endsWith(" /content\n"));
    const auto listed = test::runApp({QStringLiteral("list"), QStringLiteral("--json")}, {}, test::appEnv());
    CHECK(listed.out.contains("\"folder\": \"/content/thesis-models\""));
}
