#include "CatchQt.h"
#include "TestEnv.h"
#include "providers/CloudflareProvider.h"
#include "providers/RuntimeProvider.h"

#include <QDateTime>
#include <QDir>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
Tunnel runtimeAt(const char* hostname)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = QString::fromLatin1(hostname);
    return Tunnel{QStringLiteral("gpu"), host, Tunnel::kindForHostname(host), now, now};
}
} // namespace

TEST_CASE("quick and named tunnels are reached through this computer's cloudflared", "[providers]")
{
    const QString cloudflared = test::fakeCloudflared();
    for (const char* hostname : {"calm-river.trycloudflare.com", "gpu.example.com"}) {
        INFO(hostname);
        const Tunnel tunnel = runtimeAt(hostname);
        CHECK(RuntimeProviders::of(tunnel).programName() == QStringLiteral("cloudflared"));
        const SshRoute route = RuntimeProviders::route(tunnel, {cloudflared});
        REQUIRE(route.ok());
        // What the probe, the live session, the app's local port and the alias's ProxyCommand run.
        CHECK(route.proxyCommand == QStringList{cloudflared, QStringLiteral("access"), QStringLiteral("ssh"),
                                                QStringLiteral("--hostname"), tunnel.hostname});
        // PyCharm's own listener when the app forwards no port.
        CHECK(route.portForwardCommand == QStringList{cloudflared, QStringLiteral("access"), QStringLiteral("tcp"),
                                                      QStringLiteral("--hostname"), tunnel.hostname,
                                                      QStringLiteral("--url"), QStringLiteral("127.0.0.1:%port")});
    }
}

TEST_CASE("a runtime whose program is missing has no route and says what to install", "[providers]")
{
    const SshRoute route = RuntimeProviders::route(runtimeAt("calm-river.trycloudflare.com"),
                                                   {QDir::tempPath() + QStringLiteral("/no-such-dir/cloudflared")});
    CHECK_FALSE(route.ok());
    CHECK(route.proxyCommand.isEmpty());
    CHECK(route.error.contains(QStringLiteral("cloudflared")));
}
