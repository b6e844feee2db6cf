#include "SshdFixture.h"
#include "TestEnv.h"
#include "ssh/SshSession.h"

#include <catch2/catch.hpp>

using namespace colab;

namespace {
const QString kPassword = QStringLiteral("fixture-pass-42");
}

TEST_CASE("libssh logs in to the sshd fixture as root by password and runs a command", "[sshd][libssh]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    test::writeFile(sshd.rootHome() + QStringLiteral("/marker"), "private-root");

    SshSession session;
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = sshd.port();
    REQUIRE(session.connect(endpoint));
    CHECK(session.serverBanner().startsWith(QStringLiteral("SSH-2.0-OpenSSH")));
    CHECK(session.hostKeySha256().startsWith(QStringLiteral("SHA256:")));
    REQUIRE(session.authenticateWithPassword(kPassword) == SshSession::AuthResult::Success);
    const ExecResult result = session.exec(QStringLiteral("id -u; cat /root/marker"), 10000);
    REQUIRE(result.ok);
    CHECK(result.exitStatus == 0);
    // /root inside the fixture is the test's own folder, never the machine's root home.
    CHECK(result.out == "0\nprivate-root");
}

TEST_CASE("a wrong password is denied by the fixture", "[sshd][libssh]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    SshSession session;
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = sshd.port();
    REQUIRE(session.connect(endpoint));
    CHECK(session.authenticateWithPassword(QStringLiteral("wrong")) == SshSession::AuthResult::Denied);
}

TEST_CASE("real OpenSSH logs in through the cloudflared stand-in", "[sshd][cloudflared]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(QStringLiteral("tiny-rabbit-jumps.trycloudflare.com"));
    const QString knownHosts = test::makeScratchDir(QStringLiteral("kh")) + QStringLiteral("/known_hosts");
    const QStringList sshArgs{QStringLiteral("-e"),
                              QStringLiteral("ssh"),
                              QStringLiteral("-F"),
                              QStringLiteral("/dev/null"),
                              QStringLiteral("-o"),
                              QStringLiteral("UserKnownHostsFile=") + knownHosts,
                              QStringLiteral("-o"),
                              QStringLiteral("StrictHostKeyChecking=accept-new"),
                              QStringLiteral("-o"),
                              QStringLiteral("ProxyCommand=%1 access ssh --hostname %h").arg(test::fakeCloudflared()),
                              QStringLiteral("root@tiny-rabbit-jumps.trycloudflare.com"),
                              QStringLiteral("echo through-the-tunnel")};
    const auto ok =
        test::runProcess(QStringLiteral("sshpass"), sshArgs, {}, 30000, {QStringLiteral("SSHPASS=") + kPassword});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.trimmed() == "through-the-tunnel");

    QStringList unknown = sshArgs;
    unknown[10] = QStringLiteral("root@stopped-runtime.trycloudflare.com");
    const auto down =
        test::runProcess(QStringLiteral("sshpass"), unknown, {}, 30000, {QStringLiteral("SSHPASS=") + kPassword});
    CHECK(down.exitCode != 0);
    CHECK(down.err.contains("websocket: bad handshake"));
}

TEST_CASE("the cloudflared stand-in reports its version like cloudflared", "[cloudflared]")
{
    const auto result = test::runProcess(test::fakeCloudflared(), {QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith("cloudflared version 2026."));
}
