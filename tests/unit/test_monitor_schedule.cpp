#include "monitor/TunnelMonitor.h"

#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;

TEST_CASE("online runtimes are re-checked at the interval, slower while the window is hidden", "[monitor][schedule]")
{
    TunnelMonitor::Config config;
    config.onlineIntervalMs = 60000;
    config.hiddenFactor = 3;
    config.jitter = 0.2;
    CHECK(TunnelMonitor::delayFor(State::Online, 0, true, config, 0.5) == 60000);
    CHECK(TunnelMonitor::delayFor(State::Online, 0, false, config, 0.5) == 180000);
}

TEST_CASE("offline runtimes back off exponentially up to the maximum", "[monitor][schedule]")
{
    TunnelMonitor::Config config;
    config.offlineMinBackoffMs = 10000;
    config.offlineMaxBackoffMs = 300000;
    QList<qint64> delays;
    for (int failures = 1; failures <= 8; ++failures)
        delays << TunnelMonitor::delayFor(State::Offline, failures, true, config, 0.5);
    CHECK(delays == QList<qint64>{10000, 20000, 40000, 80000, 160000, 300000, 300000, 300000});
}

TEST_CASE("jitter spreads checks by at most the configured fraction", "[monitor][schedule]")
{
    TunnelMonitor::Config config;
    config.onlineIntervalMs = 60000;
    config.jitter = 0.2;
    CHECK(TunnelMonitor::delayFor(State::Online, 0, true, config, 0.0) == 48000);
    CHECK(TunnelMonitor::delayFor(State::Online, 0, true, config, 0.999) >= 71000);
    CHECK(TunnelMonitor::delayFor(State::Online, 0, true, config, 0.999) <= 72000);
}

TEST_CASE("with the app's defaults an offline runtime is checked at least every 24 s, visible or hidden",
          "[monitor][schedule]")
{
    // So a runtime that returns is online within 30 s (a check plus the full probe after it).
    const TunnelMonitor::Config config;
    for (int failures = 1; failures <= 50; ++failures) {
        for (const bool visible : {true, false}) {
            CHECK(TunnelMonitor::delayFor(State::Offline, failures, visible, config, 0.999) <= 24000);
            CHECK(TunnelMonitor::delayFor(State::Offline, failures, visible, config, 0.0) >= 4000);
        }
    }
    CHECK(config.quickTunnelEndsAfterMs == 15 * 60 * 1000);
    CHECK(config.liveIntervalMs == 2000);
    CHECK(config.liveHiddenIntervalMs == 10000);
}
