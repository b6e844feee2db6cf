// PyCharm's SSH interpreter through the app: a stable local port per runtime name, forwarded to the
// runtime's sshd through the cloudflared stand-in while it answers. Proved with real OpenSSH as
// PyCharm would use it (127.0.0.1, that port, root, the app's key), across a runtime re-added with a
// new hostname and across a restart of the service.
#include "CatchQt.h"
#include "SshdFixture.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"
#include "service/AppService.h"
#include "ssh/AppKey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <memory>

using namespace colab;

namespace {
const QString kPassword = QStringLiteral("pycharm-pass-12");

// The runtime answers, as far as the monitor is concerned: what is tested here is the forward,
// which goes through the real cloudflared stand-in to a real sshd.
AppService::Options reachableOptions()
{
    AppService::Options options;
    options.cloudflaredPath = test::fakeCloudflared();
    options.probe = [](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest&) {
        ProbeResult result;
        result.name = tunnel.name;
        result.state = ProbeResult::State::Online;
        return result;
    };
    return options;
}

// The app's key, authorised on the runtime as the first login with the password would do it.
void authoriseAppKey(const test::SshdFixture& sshd)
{
    AppKey key(AppPaths::privateKeyFile());
    QString error;
    REQUIRE(key.ensure(&error));
    const QString dir = sshd.rootHome() + QStringLiteral("/.ssh");
    REQUIRE(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    test::writeFile(dir + QStringLiteral("/authorized_keys"), key.publicKeyLine().toUtf8() + '\n');
    QFile::setPermissions(dir + QStringLiteral("/authorized_keys"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// What PyCharm's SSH interpreter does, with real OpenSSH: 127.0.0.1, the port, root, the app's key.
// Run without blocking the event loop, which the forward in this process needs.
test::ProcessResult sshThroughPort(int port, const QString& command)
{
    QProcess ssh;
    ssh.start(QStringLiteral("/usr/bin/ssh"),
              {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"), QString::number(port),
               QStringLiteral("-i"), AppPaths::privateKeyFile(), QStringLiteral("-o"),
               QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
               QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
               QStringLiteral("ConnectTimeout=20"), QStringLiteral("root@127.0.0.1"), command});
    test::ProcessResult result;
    if (!test::waitUntil([&] { return ssh.state() == QProcess::NotRunning; }, 40000)) {
        ssh.kill();
        ssh.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
    result.out = ssh.readAllStandardOutput();
    result.err = ssh.readAllStandardError();
    return result;
}

bool portAcceptsConnections(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    bool decided = false;
    bool connected = false;
    QObject::connect(&socket, &QTcpSocket::connected, [&] { decided = connected = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { decided = true; });
    test::waitUntil([&] { return decided; }, 5000);
    socket.abort();
    return connected;
}

bool inRange(int port)
{
    return port >= StablePorts::kFirstPort && port <= StablePorts::kLastPort;
}
} // namespace

TEST_CASE("the PyCharm port reaches the runtime with real ssh and keeps its number for a re-added runtime",
          "[pycharm][sshd]")
{
    test::resetAppFiles();
    test::SshdFixture first(kPassword);
    test::SshdFixture second(kPassword);
    QString error;
    REQUIRE(first.start(&error));
    REQUIRE(second.start(&error));
    const QString oldHost = QStringLiteral("first-session.trycloudflare.com");
    const QString newHost = QStringLiteral("next-session.trycloudflare.com");
    first.mapHostname(oldHost);
    second.mapHostname(newHost);
    authoriseAppKey(first);
    authoriseAppKey(second);
    test::writeFile(first.rootHome() + QStringLiteral("/which"), "first\n");
    test::writeFile(second.rootHome() + QStringLiteral("/which"), "second\n");

    AppService service(reachableOptions());
    service.start();
    service.addTunnel(oldHost, QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return service.isForwarding(QStringLiteral("gpu")); }, 20000));
    const int port = service.localPort(QStringLiteral("gpu"));
    REQUIRE(inRange(port));
    const AppService::PyCharmSetup setup = service.pycharmSetup(QStringLiteral("gpu"));
    CHECK(setup.port == port);
    CHECK(setup.host == QStringLiteral("127.0.0.1"));
    CHECK(setup.keyFile == AppPaths::privateKeyFile());
    CHECK(setup.forwarding);
    CHECK(setup.status.contains(QString::number(port)));

    auto ssh = sshThroughPort(port, QStringLiteral("echo ok; cat /root/which"));
    INFO(ssh.err.toStdString());
    CHECK(ssh.exitCode == 0);
    CHECK(ssh.out == "ok\nfirst\n");
    // The interpreter PyCharm is told to use answers through the same port.
    const auto python = sshThroughPort(port, QStringLiteral("/usr/bin/python3 -c 'print(6*7)'"));
    CHECK(python.exitCode == 0);
    CHECK(python.out == "42\n");

    // Removed: the port closes.
    service.removeTunnel(QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return !service.find(QStringLiteral("gpu")); }, 10000));
    CHECK_FALSE(service.isForwarding(QStringLiteral("gpu")));
    CHECK_FALSE(portAcceptsConnections(port));

    // The next Colab session: the same name with a new hostname, the same port, the new runtime.
    service.addTunnel(newHost, QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return service.isForwarding(QStringLiteral("gpu")); }, 20000));
    CHECK(service.localPort(QStringLiteral("gpu")) == port);
    ssh = sshThroughPort(port, QStringLiteral("echo ok; cat /root/which"));
    INFO(ssh.err.toStdString());
    CHECK(ssh.exitCode == 0);
    CHECK(ssh.out == "ok\nsecond\n");

    // Re-pointed without a remove (adding a new hostname under the same name): the port stays, and
    // the next connection goes to the new hostname.
    service.addTunnel(oldHost, QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] {
        return service.find(QStringLiteral("gpu")) && service.find(QStringLiteral("gpu"))->hostname == oldHost;
    }));
    REQUIRE(test::waitUntil([&] { return service.isForwarding(QStringLiteral("gpu")); }, 20000));
    CHECK(service.localPort(QStringLiteral("gpu")) == port);
    ssh = sshThroughPort(port, QStringLiteral("cat /root/which"));
    INFO(ssh.err.toStdString());
    CHECK(ssh.out == "first\n");

    // Quitting closes the port.
    service.shutdown();
    CHECK_FALSE(portAcceptsConnections(port));
}

TEST_CASE("two runtimes and one added from the command line get different ports that survive a restart",
          "[pycharm][sshd]")
{
    test::resetAppFiles();
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    const QStringList hosts{QStringLiteral("owl-one.trycloudflare.com"), QStringLiteral("owl-two.trycloudflare.com"),
                            QStringLiteral("owl-cli.trycloudflare.com")};
    for (const QString& host : hosts)
        sshd.mapHostname(host);
    authoriseAppKey(sshd);

    QHash<QString, int> ports;
    {
        AppService service(reachableOptions());
        service.start();
        service.addTunnel(hosts.at(0), QStringLiteral("one"));
        service.addTunnel(hosts.at(1), QStringLiteral("two"));
        REQUIRE(test::waitUntil([&] {
            return service.isForwarding(QStringLiteral("one")) && service.isForwarding(QStringLiteral("two"));
        }));
        // Another process (the command line) adds a runtime while the app runs: it gets a port of
        // its own, and the app forwards it too.
        REQUIRE(test::addTunnelWithCli(QStringLiteral("cli"), hosts.at(2)));
        REQUIRE(test::waitUntil([&] { return service.isForwarding(QStringLiteral("cli")); }, 20000));
        for (const QString& name : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("cli")})
            ports.insert(name, service.localPort(name));
        const auto ssh = sshThroughPort(ports.value(QStringLiteral("cli")), QStringLiteral("echo ok"));
        INFO(ssh.err.toStdString());
        CHECK(ssh.out == "ok\n");
    }
    const QList<int> numbers = ports.values();
    CHECK(QSet<int>(numbers.begin(), numbers.end()).size() == 3);
    for (const int port : numbers)
        CHECK(inRange(port));

    AppService restarted(reachableOptions());
    restarted.start();
    REQUIRE(test::waitUntil([&] {
        return restarted.isForwarding(QStringLiteral("one")) && restarted.isForwarding(QStringLiteral("two")) &&
               restarted.isForwarding(QStringLiteral("cli"));
    }));
    for (auto it = ports.cbegin(); it != ports.cend(); ++it)
        CHECK(restarted.localPort(it.key()) == it.value());
    const auto ssh = sshThroughPort(ports.value(QStringLiteral("two")), QStringLiteral("echo ok"));
    INFO(ssh.err.toStdString());
    CHECK(ssh.out == "ok\n");
}

TEST_CASE("a runtime stored before local ports existed gets one when the app starts", "[pycharm][sshd]")
{
    test::resetAppFiles();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("old"), QStringLiteral("old-owl.trycloudflare.com")));
    REQUIRE(QFile::remove(AppPaths::localPortsFile()));
    AppService service(reachableOptions());
    service.start();
    REQUIRE(test::waitUntil([&] { return service.isForwarding(QStringLiteral("old")); }));
    CHECK(inRange(service.localPort(QStringLiteral("old"))));
}
