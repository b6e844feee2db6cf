#include "CatchQt.h"
#include "FakeRuntime.h"
#include "TestEnv.h"
#include "monitor/TunnelMonitor.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;
using CfState = NamedTunnelStatus::State;

namespace {

const QString kSlotName = QStringLiteral("gpu");
const QString kSlotHost = QStringLiteral("gpu.example.com");

Tunnel namedTunnel()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Tunnel tunnel{kSlotName, kSlotHost, Tunnel::Kind::Named, now, now};
    tunnel.tunnelId = QStringLiteral("5f1c0de0-0000-4000-8000-000000000001");
    tunnel.accountId = QStringLiteral("acct0001");
    tunnel.zoneId = QStringLiteral("zone0001");
    return tunnel;
}

NamedTunnelStatus::Entry cloudflare(CfState state, const QStringList& colos = {})
{
    NamedTunnelStatus::Entry entry;
    entry.tunnelId = namedTunnel().tunnelId;
    entry.name = QStringLiteral("colab-gpu");
    entry.state = state;
    entry.colos = colos;
    return entry;
}

// The offline backoff is far longer than these tests wait: a check they see was asked for by the
// tunnel status, not by the schedule.
TunnelMonitor::Config slowBackoff()
{
    TunnelMonitor::Config config;
    config.offlineMinBackoffMs = 60000;
    config.offlineMaxBackoffMs = 60000;
    config.jitter = 0;
    config.liveSessions = false;
    return config;
}

// FakeRuntime's answers, with the time of every check (on the monitor's worker threads).
class TimedRuntime
{
public:
    test::FakeRuntime runtime{QStringLiteral("right")};

    TimedRuntime() { m_clock.start(); }
    TunnelMonitor::ProbeFunction probe()
    {
        return [this, answer = runtime.probe()](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request) {
            {
                QMutexLocker lock(&m_mutex);
                m_startedMs << m_clock.elapsed();
            }
            return answer(tunnel, request);
        };
    }
    QList<qint64> started() const
    {
        QMutexLocker lock(&m_mutex);
        return m_startedMs;
    }
    qint64 now() const { return m_clock.elapsed(); }

private:
    mutable QMutex m_mutex;
    QList<qint64> m_startedMs;
    QElapsedTimer m_clock;
};

bool waitForOffline(TunnelMonitor& monitor)
{
    return test::waitUntil([&] { return monitor.state(kSlotName).state == State::Offline; }, 5000);
}

} // namespace

TEST_CASE("a named tunnel offline in its backoff is checked at once when Cloudflare reports it healthy",
          "[monitor][named]")
{
    TimedRuntime fake;
    fake.runtime.setRunning(false);
    TunnelMonitor monitor(slowBackoff(), fake.probe());
    monitor.setPassword(QStringLiteral("right"));
    monitor.setTunnels({namedTunnel()});
    REQUIRE(waitForOffline(monitor));
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Down));
    QTest::qWait(300);
    const qsizetype checks = fake.started().size();
    CHECK(checks == 1); // down at Cloudflare: nothing to check before the backoff

    fake.runtime.setRunning(true); // the Colab cell runs again
    const qint64 reported = fake.now();
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Healthy, {QStringLiteral("fra06")}));
    REQUIRE(test::waitUntil([&] { return monitor.state(kSlotName).state == State::Online; }, 3000));
    const QList<qint64> started = fake.started();
    REQUIRE(started.size() >= checks + 2); // the light check, then the full probe
    CHECK(started.at(checks) - reported < 1000);
    CHECK(fake.now() - reported < 1500);
    CHECK(monitor.state(kSlotName).tunnelStatus == QStringLiteral("healthy · fra06"));
    CHECK(monitor.state(kSlotName).toJson().value(QStringLiteral("tunnel_status")).toString() ==
          QStringLiteral("healthy · fra06"));

    // Healthy again (the next round): no extra check of a runtime that is online.
    const qsizetype online = fake.started().size();
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Healthy, {QStringLiteral("fra06")}));
    QTest::qWait(300);
    CHECK(fake.started().size() == online);
}

TEST_CASE("a named tunnel down or inactive at Cloudflare is explained as the tunnel being down", "[monitor][named]")
{
    TimedRuntime fake;
    fake.runtime.setRunning(false);
    TunnelMonitor monitor(slowBackoff(), fake.probe());
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({namedTunnel()});
    REQUIRE(waitForOffline(monitor));
    const QString sshLevel = monitor.state(kSlotName).message;
    CHECK(sshLevel.contains(QStringLiteral("not reachable")));
    CHECK(monitor.state(kSlotName).toJson().value(QStringLiteral("tunnel_status")).isNull());

    const qsizetype before = changes.size();
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Down));
    ProbeResult state = monitor.state(kSlotName);
    CHECK(state.state == State::Offline);
    CHECK(state.message.contains(QStringLiteral("No cloudflared is connected to tunnel colab-gpu")));
    CHECK(state.message.contains(QStringLiteral("re-run it")));
    CHECK(state.tunnelStatus == QStringLiteral("down"));
    CHECK(changes.size() == before + 1); // the dashboard hears of it

    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Inactive));
    state = monitor.state(kSlotName);
    CHECK(state.message.contains(QStringLiteral("No cloudflared is connected to tunnel colab-gpu")));
    CHECK(state.message.contains(QStringLiteral("never ran")));
    CHECK(state.tunnelStatus == QStringLiteral("inactive"));

    // Cloudflare could not be asked: back to what the check itself said.
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Unknown));
    CHECK(monitor.state(kSlotName).message == sshLevel);
    CHECK(monitor.state(kSlotName).tunnelStatus.isEmpty());
}

TEST_CASE("a named tunnel healthy at Cloudflare whose SSH fails is explained as the runtime's sshd", "[monitor][named]")
{
    TimedRuntime fake;
    fake.runtime.setRunning(false); // sshd gone, cloudflared still connected
    TunnelMonitor monitor(slowBackoff(), fake.probe());
    monitor.setTunnels({namedTunnel()});
    REQUIRE(waitForOffline(monitor));
    const qsizetype checks = fake.started().size();

    monitor.setTunnelStatus(kSlotName,
                            cloudflare(CfState::Healthy, {QStringLiteral("fra06"), QStringLiteral("ams01")}));
    // Checked at once, and still offline: the explanation survives the check's own message.
    REQUIRE(test::waitUntil([&] { return fake.started().size() > checks; }, 1000));
    QTest::qWait(200);
    const ProbeResult state = monitor.state(kSlotName);
    CHECK(state.state == State::Offline);
    CHECK(state.message.contains(QStringLiteral("Tunnel colab-gpu is up at Cloudflare (healthy · fra06, ams01)")));
    CHECK(state.message.contains(QStringLiteral("SSH server does not answer")));
    CHECK_FALSE(state.message.contains(QStringLiteral("No cloudflared")));
    CHECK(state.tunnelStatus == QStringLiteral("healthy · fra06, ams01"));

    // Degraded is up too; a status that stays up asks for no further check.
    monitor.setTunnelStatus(kSlotName, cloudflare(CfState::Degraded, {QStringLiteral("fra06")}));
    QTest::qWait(300);
    CHECK(fake.started().size() == checks + 1);
    CHECK(monitor.state(kSlotName).message.contains(QStringLiteral("is up at Cloudflare (degraded · fra06)")));
}
