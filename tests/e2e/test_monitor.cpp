#include "SshdFixture.h"
#include "TestEnv.h"
#include "monitor/TunnelMonitor.h"
#include "service/ProbeSetup.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
const QString kMonitorPassword = QStringLiteral("monitor-pass-31");

TunnelMonitor::Config fastConfig()
{
    TunnelMonitor::Config config;
    config.onlineIntervalMs = 300;
    config.offlineMinBackoffMs = 200;
    config.offlineMaxBackoffMs = 1000;
    config.connectTimeoutMs = 5000;
    config.commandTimeoutMs = 5000;
    config.maxConcurrent = 2;
    return config;
}

ProbeResult::State lastState(const QSignalSpy& spy, const QString& name)
{
    for (int i = int(spy.count()) - 1; i >= 0; --i)
        if (spy.at(i).at(0).toString() == name)
            return spy.at(i).at(1).value<ProbeResult>().state;
    return ProbeResult::State::Unknown;
}
} // namespace

TEST_CASE("the monitor brings a new tunnel online with facts and notices when it goes away", "[monitor][sshd]")
{
    test::resetAppFiles();
    test::SshdFixture sshd(kMonitorPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(QStringLiteral("mon-one.trycloudflare.com"));

    TunnelMonitor monitor(fastConfig(), &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    monitor.setPassword(kMonitorPassword);
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(QStringLiteral("one"), QStringLiteral("mon-one.trycloudflare.com"))});
    REQUIRE(changes.count() >= 1);
    CHECK(changes.first().at(1).value<ProbeResult>().state == ProbeResult::State::Starting);

    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("one")) == ProbeResult::State::Online; },
                            15000));
    const ProbeResult online = monitor.state(QStringLiteral("one"));
    REQUIRE(online.runtime.has_value());
    CHECK(online.runtime->ramTotalMib.value_or(0) > 0);

    // Periodic checks are light: no new logins while it stays online.
    const int logins = int(sshd.log().count(QStringLiteral("Accepted")));
    QTest::qWait(1200);
    CHECK(sshd.log().count(QStringLiteral("Accepted")) == logins);

    sshd.stop();
    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("one")) == ProbeResult::State::Offline; },
                            15000));
    // A check racing the shutdown may see the connection drop; the next ones get cloudflared's word.
    CHECK(test::waitUntil(
        [&] { return monitor.state(QStringLiteral("one")).message.contains(QStringLiteral("still starting")); },
        10000));
}

// Checking an offline runtime asks Cloudflare's edge (here its stand-in) instead of starting
// cloudflared every backoff step; a runtime that returns is still online within the backoff.
TEST_CASE("an offline runtime is checked without starting cloudflared and is back within the backoff",
          "[monitor][sshd][edge]")
{
    test::resetAppFiles();
    REQUIRE(!qEnvironmentVariable("COLAB_TUNNEL_EDGE").isEmpty()); // the harness starts the edge stand-in
    const QString argvLog = test::makeScratchDir(QStringLiteral("edge")) + QStringLiteral("/argv.log");
    qputenv("FAKE_CLOUDFLARED_ARGV_LOG", argvLog.toUtf8());
    const auto cloudflaredStarts = [&] {
        return int(QString::fromUtf8(test::readFile(argvLog)).count(QStringLiteral("access ssh")));
    };
    test::SshdFixture sshd(kMonitorPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    const QString hostname = QStringLiteral("mon-back.trycloudflare.com"); // not mapped yet: no connector

    TunnelMonitor monitor(fastConfig(), &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    monitor.setPassword(kMonitorPassword);
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    QSignalSpy nextChecks(&monitor, &TunnelMonitor::nextCheckChanged);
    monitor.setTunnels({test::quickTunnel(QStringLiteral("back"), hostname)});
    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("back")) == ProbeResult::State::Offline; },
                            15000));
    const int startsWhileOffline = cloudflaredStarts();
    const int checksBefore = int(nextChecks.count());
    QTest::qWait(3000); // several backoff steps of 0.2–1 s
    CHECK(nextChecks.count() >= checksBefore + 3);
    CHECK(cloudflaredStarts() == startsWhileOffline);
    CHECK(monitor.state(QStringLiteral("back")).message.contains(QStringLiteral("still starting")));
    QDateTime next; // the last timed check (one in flight reports none)
    for (int i = int(nextChecks.count()) - 1; i >= 0 && !next.isValid(); --i)
        next = nextChecks.at(i).at(1).toDateTime();
    REQUIRE(next.isValid());
    CHECK(next <= QDateTime::currentDateTime().addMSecs(1300)); // the maximum backoff plus its jitter

    sshd.mapHostname(hostname); // the runtime's cloudflared connects again
    QElapsedTimer back;
    back.start();
    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("back")) == ProbeResult::State::Online; },
                            15000));
    CHECK(back.elapsed() < 1300 + 5000); // one backoff step, then the probe itself
    CHECK(cloudflaredStarts() > startsWhileOffline);
}

TEST_CASE("a refused password is not retried on its own but a new password is", "[monitor][sshd]")
{
    test::resetAppFiles();
    test::SshdFixture sshd(kMonitorPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(QStringLiteral("mon-two.trycloudflare.com"));

    TunnelMonitor monitor(fastConfig(), &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    monitor.setPassword(QStringLiteral("wrong-one"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(QStringLiteral("two"), QStringLiteral("mon-two.trycloudflare.com"))});
    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("two")) == ProbeResult::State::AuthFailed; },
                            15000));
    QTest::qWait(1500);
    CHECK(sshd.log().count(QStringLiteral("Failed password")) == 1);

    monitor.setPassword(kMonitorPassword);
    REQUIRE(test::waitUntil([&] { return lastState(changes, QStringLiteral("two")) == ProbeResult::State::Online; },
                            15000));
}

TEST_CASE("concurrency is bounded and removed tunnels report nothing more", "[monitor][sshd]")
{
    test::resetAppFiles();
    test::SshdFixture sshd(kMonitorPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    QList<Tunnel> tunnels;
    for (int i = 0; i < 6; ++i) {
        const QString host = QStringLiteral("mon-many-%1.trycloudflare.com").arg(i);
        sshd.mapHostname(host);
        tunnels << test::quickTunnel(QStringLiteral("t%1").arg(i), host);
    }
    TunnelMonitor monitor(fastConfig(), &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    monitor.setPassword(kMonitorPassword);
    int peak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, monitor.running()); });
    sampler.start(5);
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels(tunnels);
    REQUIRE(test::waitUntil(
        [&] {
            for (const Tunnel& t : tunnels)
                if (lastState(changes, t.name) != ProbeResult::State::Online)
                    return false;
            return true;
        },
        30000));
    CHECK(peak <= 2);
    CHECK(peak >= 1);

    monitor.setTunnels({tunnels.first()});
    changes.clear();
    QTest::qWait(1000);
    for (const QList<QVariant>& change : std::as_const(changes))
        CHECK(change.at(0).toString() == QStringLiteral("t0"));
}

#include "service/ProbeSetup.h"

#include <QDir>

TEST_CASE("probing again and again leaks no file descriptors or processes", "[monitor][sshd][resources]")
{
    test::resetAppFiles();
    test::SshdFixture sshd(kMonitorPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    const Tunnel t = test::quickTunnel(QStringLiteral("fd"), QStringLiteral("mon-fd.trycloudflare.com"));
    sshd.mapHostname(t.hostname);
    const Tunnel gone = test::quickTunnel(QStringLiteral("gone"), QStringLiteral("mon-gone.trycloudflare.com"));
    auto openFds = [] {
        return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
    };
    auto children = [] {
        int count = 0;
        for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs))
            if (test::readFile(QStringLiteral("/proc/%1/stat").arg(pid)).split(' ').value(3) ==
                QByteArray::number(QCoreApplication::applicationPid()))
                ++count;
        return count;
    };
    const auto runProbes = [&] {
        for (const Tunnel& each : {t, gone}) {
            ProbeSetup setup =
                ProbeSetup::forTunnel(each, test::fakeCloudflared(), kMonitorPassword, Prober::Depth::Full);
            Prober::probe(each, setup.options);
        }
    };
    runProbes(); // first use: key files, known hosts, libssh's one-time set-up
    const qsizetype fdsBefore = openFds();
    for (int i = 0; i < 10; ++i)
        runProbes();
    CHECK(openFds() == fdsBefore);
    CHECK(children() == 0);
}

#include <QElapsedTimer>
#include <memory>

TEST_CASE("quitting with a probe in flight takes under a second", "[monitor][sshd][shutdown]")
{
    test::resetAppFiles();
    // nvidia-smi never returns: the full probe stays in its facts command.
    test::SshdFixture sshd(kMonitorPassword, QStringLiteral("#!/bin/sh\nsleep 60\n"));
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(QStringLiteral("mon-hang.trycloudflare.com"));

    TunnelMonitor::Config config = fastConfig();
    config.commandTimeoutMs = 60000;
    auto monitor = std::make_unique<TunnelMonitor>(config, &ProbeSetup::run);
    monitor->setCloudflaredPath(test::fakeCloudflared());
    monitor->setPassword(kMonitorPassword);
    monitor->setTunnels({test::quickTunnel(QStringLiteral("hang"), QStringLiteral("mon-hang.trycloudflare.com"))});
    REQUIRE(test::waitUntil([&] { return sshd.log().contains(QStringLiteral("Accepted")); }, 15000));
    QTest::qWait(500); // on to the facts command
    REQUIRE(monitor->running() == 1);

    QElapsedTimer timer;
    timer.start();
    monitor->shutdown();
    CHECK(timer.elapsed() < 1000);
    CHECK(monitor->running() == 0);
    monitor.reset();
    // The cloudflared stand-in went with it.
    int children = 0;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs))
        if (test::readFile(QStringLiteral("/proc/%1/stat").arg(pid)).split(' ').value(3) ==
            QByteArray::number(QCoreApplication::applicationPid()))
            ++children;
    CHECK(children == 0);
}
