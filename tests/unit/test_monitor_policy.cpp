#include "TestEnv.h"
#include "monitor/TunnelMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;
using Depth = Prober::Depth;

namespace {

// Runtimes as the real Prober meets them, scripted by the test: reachable or not, a root password,
// a host key (trusted on first use per hostname, as the per-tunnel known-hosts file does), and
// how long answering takes. Probes run on the monitor's worker threads, take time, honour the
// cancel token like the real one (state Unknown), and are recorded for the test to inspect.
class FakeRuntimes
{
public:
    struct Runtime
    {
        bool up = true;
        QString password = QStringLiteral("right");
        QString hostKey = QStringLiteral("SHA256:first");
        int bannerMs = 20;
        int fullMs = 40;
        bool hangs = false; // until cancelled (a dying runtime; nvidia-smi that never returns)
    };
    struct Call
    {
        QString tunnel;
        QString hostname;
        Depth depth;
        QString password;
        qint64 startedMs;
        bool onWorkerThread;
        bool cancelled = false;
    };

    FakeRuntimes() { m_clock.start(); }

    void set(const QString& hostname, const Runtime& runtime)
    {
        QMutexLocker lock(&m_mutex);
        m_runtimes.insert(hostname, runtime);
    }
    template <typename Change> void change(const QString& hostname, Change change)
    {
        QMutexLocker lock(&m_mutex);
        change(m_runtimes[hostname]);
    }
    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    int callCount() const { return int(calls().size()); }
    int running() const { return m_running.load(); }
    int peak() const { return m_peak.load(); }
    qint64 now() const { return m_clock.elapsed(); }

    TunnelMonitor::ProbeFunction function()
    {
        return [this](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request) {
            return probe(tunnel, request);
        };
    }

private:
    ProbeResult probe(const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request)
    {
        const int running = ++m_running;
        for (int peak = m_peak.load(); running > peak && !m_peak.compare_exchange_weak(peak, running);) {
        }
        Runtime runtime;
        qsizetype index;
        {
            QMutexLocker lock(&m_mutex);
            runtime = m_runtimes.value(tunnel.hostname);
            index = m_calls.size();
            m_calls.append(
                {tunnel.name, tunnel.hostname, request.depth,
                 QString(request.password.constData(), request.password.size()) /* a copy, as over the wire */,
                 m_clock.elapsed(), QThread::currentThread() != QCoreApplication::instance()->thread()});
        }
        QElapsedTimer timer;
        timer.start();
        // As the real Prober: the app's key is refused here, so a login with no password asks for
        // one when it may (it waits for the answer), without holding up the other probes.
        QString password = request.password;
        if (runtime.up && !runtime.hangs && request.depth == Depth::Full && password.isEmpty() &&
            request.passwordOnDemand) {
            password = request.passwordOnDemand();
            QMutexLocker lock(&m_mutex);
            m_calls[index].password = QString(password.constData(), password.size());
        }
        const int takes = runtime.hangs ? 60000 : request.depth == Depth::Banner ? runtime.bannerMs : runtime.fullMs;
        while (timer.elapsed() < takes && !request.cancel->isCancelled())
            QThread::msleep(2);

        ProbeResult result;
        result.name = tunnel.name;
        if (request.cancel->isCancelled()) {
            QMutexLocker lock(&m_mutex);
            m_calls[index].cancelled = true;
            result.message = QStringLiteral("The check was cancelled.");
        } else if (!runtime.up) {
            result.message = Prober::explainConnectFailure("ERR websocket: bad handshake", QStringLiteral("closed"),
                                                           true, &result.state);
        } else {
            result.hostKeySha256 = runtime.hostKey;
            QMutexLocker lock(&m_mutex);
            const QString trusted = m_knownHosts.value(tunnel.hostname);
            if (!trusted.isEmpty() && trusted != runtime.hostKey) {
                result.state = State::HostKeyChanged;
                result.message = QStringLiteral("The host key changed; nothing was sent.");
            } else {
                m_knownHosts.insert(tunnel.hostname, runtime.hostKey);
                if (request.depth == Depth::Banner) {
                    result.state = State::Online;
                    result.message = QStringLiteral("The runtime answers (SSH-2.0-OpenSSH_9.2p1).");
                } else if (password.isEmpty()) {
                    result.state = State::PasswordNeeded;
                    result.message = QStringLiteral("The first login needs the password.");
                } else if (password != runtime.password) {
                    result.state = State::AuthFailed;
                    result.message = QStringLiteral("The runtime refused the password.");
                } else {
                    result.state = State::Online;
                    result.passwordWasUsed = true;
                    RuntimeFacts facts;
                    facts.gpu = QStringLiteral("Tesla T4");
                    facts.ramTotalMib = 12000;
                    result.runtime = facts;
                    result.message = QStringLiteral("Online · Tesla T4");
                }
            }
            result.latencyMs = timer.elapsed();
        }
        --m_running;
        return result;
    }

    mutable QMutex m_mutex;
    QHash<QString, Runtime> m_runtimes;
    QHash<QString, QString> m_knownHosts;
    QList<Call> m_calls;
    std::atomic<int> m_running{0};
    std::atomic<int> m_peak{0};
    QElapsedTimer m_clock;
};

TunnelMonitor::Config quickConfig()
{
    TunnelMonitor::Config config;
    config.onlineIntervalMs = 150;
    config.offlineMinBackoffMs = 150;
    config.offlineMaxBackoffMs = 300;
    config.jitter = 0;
    config.maxConcurrent = 2;
    return config;
}

// As the app's service runs it: a login that needs the password asks for it and waits.
TunnelMonitor::Config passwordOnDemandConfig()
{
    TunnelMonitor::Config config = quickConfig();
    config.passwordOnDemand = true;
    return config;
}

QList<ProbeResult> emitted(const QSignalSpy& spy, const QString& name)
{
    QList<ProbeResult> results;
    for (const QList<QVariant>& change : spy)
        if (change.at(0).toString() == name)
            results << change.at(1).value<ProbeResult>();
    return results;
}

State lastState(const QSignalSpy& spy, const QString& name)
{
    const QList<ProbeResult> results = emitted(spy, name);
    return results.isEmpty() ? State::Unknown : results.last().state;
}

bool waitForState(const QSignalSpy& spy, const QString& name, State state, int timeoutMs = 5000)
{
    return test::waitUntil([&] { return lastState(spy, name) == state; }, timeoutMs);
}

QList<Depth> depths(const QList<FakeRuntimes::Call>& calls, qsizetype from = 0)
{
    QList<Depth> result;
    for (qsizetype i = from; i < calls.size(); ++i)
        result << calls.at(i).depth;
    return result;
}

const QString kHost = QStringLiteral("gentle-wind-blows.trycloudflare.com");
const QString kName = QStringLiteral("gpu");

} // namespace

TEST_CASE("light checks while online and a full probe on add or request or when a light check finds it back",
          "[monitor][policy]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    CHECK(lastState(changes, kName) == State::Starting);

    REQUIRE(waitForState(changes, kName, State::Online));
    REQUIRE(emitted(changes, kName).last().runtime.has_value());
    REQUIRE(test::waitUntil([&] { return fake.callCount() >= 4; }));
    QList<FakeRuntimes::Call> calls = fake.calls();
    CHECK(calls.first().depth == Depth::Full);
    CHECK(calls.first().password == QStringLiteral("right"));
    CHECK(depths(calls, 1) == QList<Depth>(calls.size() - 1, Depth::Banner));
    for (const FakeRuntimes::Call& call : calls)
        CHECK(call.onWorkerThread);
    CHECK(monitor.state(kName).runtime.has_value()); // facts stay from the full probe

    qsizetype before = fake.callCount();
    monitor.probeNow(kName);
    REQUIRE(test::waitUntil([&] { return depths(fake.calls(), before).contains(Depth::Full); }));

    // Gone: light checks notice it, and keep being light while it is away.
    fake.change(kHost, [](FakeRuntimes::Runtime& r) { r.up = false; });
    REQUIRE(waitForState(changes, kName, State::Offline));
    CHECK(monitor.state(kName).message.contains(QStringLiteral("still starting")));
    before = fake.callCount();
    REQUIRE(test::waitUntil([&] { return fake.callCount() >= before + 2; }));
    CHECK_FALSE(depths(fake.calls(), before).contains(Depth::Full));

    // Back: the light check that finds it is followed at once by a full probe, which reports.
    const qsizetype offlineCalls = fake.callCount();
    const qsizetype offlineChanges = changes.count();
    fake.change(kHost, [](FakeRuntimes::Runtime& r) { r.up = true; });
    REQUIRE(waitForState(changes, kName, State::Online));
    const QList<Depth> back = depths(fake.calls(), offlineCalls);
    REQUIRE(back.indexOf(Depth::Full) >= 1);
    CHECK(back.at(back.indexOf(Depth::Full) - 1) == Depth::Banner);
    CHECK(emitted(changes, kName).last().runtime.has_value());
    for (qsizetype i = offlineChanges; i < changes.count() - 1; ++i)
        CHECK(changes.at(int(i)).at(1).value<ProbeResult>().state != State::Online);
}

TEST_CASE("a refused password is not tried again until a different one is set", "[monitor][policy]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("wrong"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    REQUIRE(waitForState(changes, kName, State::AuthFailed));

    QTest::qWait(800); // several intervals and backoffs
    monitor.setWindowVisible(false);
    monitor.setWindowVisible(true);
    monitor.setPassword(QStringLiteral("wrong")); // the same one again is no news
    QTest::qWait(400);
    REQUIRE(fake.callCount() == 1);

    monitor.setPassword(QStringLiteral("right"));
    REQUIRE(waitForState(changes, kName, State::Online));
    const QList<FakeRuntimes::Call> calls = fake.calls();
    REQUIRE(calls.size() >= 2);
    CHECK(calls.at(1).depth == Depth::Full);
    CHECK(calls.at(1).password == QStringLiteral("right"));
}

TEST_CASE("a password set while a probe with the old one runs is tried as soon as the old one is refused",
          "[monitor][policy]")
{
    FakeRuntimes fake;
    FakeRuntimes::Runtime slow;
    slow.fullMs = 300;
    fake.set(kHost, slow);
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("wrong"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    REQUIRE(test::waitUntil([&] { return fake.running() == 1; }));
    monitor.setPassword(QStringLiteral("right"));

    REQUIRE(waitForState(changes, kName, State::Online));
    const QList<FakeRuntimes::Call> calls = fake.calls();
    REQUIRE(calls.size() >= 2);
    CHECK(calls.at(0).password == QStringLiteral("wrong"));
    CHECK(calls.at(1).password == QStringLiteral("right"));
    CHECK(calls.at(1).depth == Depth::Full);
    for (const ProbeResult& result : emitted(changes, kName))
        CHECK(result.state != State::AuthFailed); // the refusal was about a password no longer in use
}

TEST_CASE("a changed host key waits for the user", "[monitor][policy]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    REQUIRE(waitForState(changes, kName, State::Online));

    fake.change(kHost, [](FakeRuntimes::Runtime& r) { r.hostKey = QStringLiteral("SHA256:impostor"); });
    REQUIRE(waitForState(changes, kName, State::HostKeyChanged));
    const int calls = fake.callCount();
    QTest::qWait(800);
    monitor.setPassword(QStringLiteral("another"));
    monitor.setWindowVisible(false);
    monitor.setWindowVisible(true);
    monitor.setTunnels({test::quickTunnel(kName, kHost)}); // the same runtime again changes nothing
    QTest::qWait(400);
    CHECK(fake.callCount() == calls);

    const int alarms = int(emitted(changes, kName).size());
    monitor.probeNow(kName);
    REQUIRE(test::waitUntil([&] { return emitted(changes, kName).size() > alarms; }));
    CHECK(fake.callCount() == calls + 1);
    CHECK(fake.calls().last().depth == Depth::Full);
    CHECK(lastState(changes, kName) == State::HostKeyChanged);
}

TEST_CASE("a check asked for during a light check follows it at once and one during a full probe is that probe",
          "[monitor][policy]")
{
    FakeRuntimes fake;
    FakeRuntimes::Runtime runtime;
    runtime.fullMs = 300;
    runtime.bannerMs = 400;
    fake.set(kHost, runtime);
    TunnelMonitor::Config config = quickConfig();
    config.onlineIntervalMs = 1000;
    TunnelMonitor monitor(config, fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});

    REQUIRE(test::waitUntil([&] { return fake.running() == 1; }));
    monitor.probeNow(kName); // the first full probe is under way
    REQUIRE(waitForState(changes, kName, State::Online));
    QTest::qWait(300);
    CHECK(fake.callCount() == 1);

    REQUIRE(test::waitUntil([&] { return fake.callCount() == 2 && fake.running() == 1; }, 3000));
    REQUIRE(fake.calls().at(1).depth == Depth::Banner);
    const qint64 askedAt = fake.now();
    monitor.probeNow(kName);
    REQUIRE(test::waitUntil([&] { return fake.callCount() == 3; }, 3000));
    CHECK(fake.calls().at(2).depth == Depth::Full);
    CHECK(fake.calls().at(2).startedMs - askedAt < 900); // not an interval later
}

TEST_CASE("intervals changed at runtime apply to the check already scheduled and the ones after", "[monitor][policy]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor::Config config = quickConfig();
    config.onlineIntervalMs = 60000; // the app's default: no light check within this test unless changed
    TunnelMonitor monitor(config, fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    REQUIRE(waitForState(changes, kName, State::Online));
    QTest::qWait(200);
    REQUIRE(fake.callCount() == 1);

    const qint64 changedAt = fake.now();
    monitor.setIntervals(300, 5000);
    CHECK(monitor.config().onlineIntervalMs == 300);
    CHECK(monitor.config().liveIntervalMs == 5000);
    CHECK(monitor.config().liveHiddenIntervalMs >= 5000); // hidden is never faster than visible
    REQUIRE(test::waitUntil([&] { return fake.callCount() >= 3; }, 3000));
    const QList<FakeRuntimes::Call> calls = fake.calls();
    CHECK(calls.at(1).depth == Depth::Banner);
    CHECK(calls.at(1).startedMs - changedAt < 1000);
    CHECK(calls.at(2).startedMs - calls.at(1).startedMs < 1000);
}

TEST_CASE("results for removed or re-pointed tunnels are dropped and their probes cancelled", "[monitor][policy]")
{
    FakeRuntimes fake;
    const QString oldHost = QStringLiteral("old-runtime-words.trycloudflare.com");
    const QString newHost = QStringLiteral("new-runtime-words.trycloudflare.com");
    FakeRuntimes::Runtime slow;
    slow.fullMs = 400;
    slow.hostKey = QStringLiteral("SHA256:old");
    fake.set(oldHost, slow);
    FakeRuntimes::Runtime fresh;
    fresh.hostKey = QStringLiteral("SHA256:new");
    fake.set(newHost, fresh);
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);

    monitor.setTunnels({test::quickTunnel(kName, oldHost)});
    REQUIRE(test::waitUntil([&] { return fake.running() == 1; }));
    monitor.setTunnels({test::quickTunnel(kName, newHost)}); // a new runtime under the same name
    REQUIRE(waitForState(changes, kName, State::Online));
    QTest::qWait(500); // past the moment the old probe would have answered
    CHECK(fake.calls().first().cancelled);
    for (const ProbeResult& result : emitted(changes, kName))
        CHECK((result.state == State::Starting || result.hostKeySha256 == QStringLiteral("SHA256:new")));
    CHECK(monitor.state(kName).hostKeySha256 == QStringLiteral("SHA256:new"));

    // Removed while a probe runs: nothing more about it.
    fake.change(newHost, [](FakeRuntimes::Runtime& r) { r.bannerMs = 400; });
    const qsizetype before = fake.callCount();
    REQUIRE(test::waitUntil([&] { return fake.callCount() > before && fake.running() == 1; }));
    changes.clear();
    monitor.setTunnels({});
    QTest::qWait(600);
    CHECK(changes.isEmpty());
    CHECK(fake.calls().last().cancelled);
    CHECK(monitor.state(kName).state == State::Unknown);
    CHECK(monitor.inFlight() == 0);
}

TEST_CASE("no more probes run at once than configured, each on a worker thread", "[monitor][policy]")
{
    FakeRuntimes fake;
    QList<Tunnel> tunnels;
    for (int i = 0; i < 6; ++i) {
        const QString host = QStringLiteral("many-%1.trycloudflare.com").arg(i);
        FakeRuntimes::Runtime runtime;
        runtime.fullMs = 100;
        fake.set(host, runtime);
        tunnels << test::quickTunnel(QStringLiteral("t%1").arg(i), host);
    }
    TunnelMonitor monitor(quickConfig(), fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels(tunnels);
    REQUIRE(test::waitUntil([&] {
        for (const Tunnel& t : tunnels)
            if (lastState(changes, t.name) != State::Online)
                return false;
        return true;
    }));
    CHECK(fake.peak() == 2);
    for (const FakeRuntimes::Call& call : fake.calls())
        CHECK(call.onWorkerThread);
}

TEST_CASE("shutdown cancels the probes in flight and returns at once", "[monitor][policy][shutdown]")
{
    FakeRuntimes fake;
    QList<Tunnel> tunnels;
    for (int i = 0; i < 3; ++i) {
        const QString host = QStringLiteral("hang-%1.trycloudflare.com").arg(i);
        FakeRuntimes::Runtime runtime;
        runtime.hangs = true;
        fake.set(host, runtime);
        tunnels << test::quickTunnel(QStringLiteral("h%1").arg(i), host);
    }
    TunnelMonitor monitor(quickConfig(), fake.function());
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    monitor.setTunnels(tunnels);
    REQUIRE(test::waitUntil([&] { return fake.running() == 2; }));
    changes.clear();

    QElapsedTimer timer;
    timer.start();
    monitor.shutdown();
    CHECK(timer.elapsed() < 1000);
    CHECK(fake.running() == 0);
    QTest::qWait(200);
    REQUIRE(fake.callCount() == 2); // the queued third one never started
    for (const FakeRuntimes::Call& call : fake.calls())
        CHECK(call.cancelled);
    CHECK(changes.isEmpty());
}

TEST_CASE("a quick tunnel offline for the configured time has ended and is no longer checked until asked",
          "[monitor][policy][ended]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor::Config config = quickConfig();
    config.quickTunnelEndsAfterMs = 1200; // 15 minutes in the app
    TunnelMonitor monitor(config, fake.function());
    monitor.setPassword(QStringLiteral("right"));
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    const Tunnel named{QStringLiteral("own"), QStringLiteral("gpu.example.com"), Tunnel::Kind::Named,
                       QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()};
    fake.set(named.hostname, {});
    monitor.setTunnels({test::quickTunnel(kName, kHost), named});
    REQUIRE(waitForState(changes, kName, State::Online));
    REQUIRE(waitForState(changes, named.name, State::Online));

    fake.change(kHost, [](FakeRuntimes::Runtime& r) { r.up = false; });
    fake.change(named.hostname, [](FakeRuntimes::Runtime& r) { r.up = false; });
    REQUIRE(waitForState(changes, kName, State::Offline));
    REQUIRE(waitForState(changes, kName, State::Ended, 5000));
    CHECK(monitor.state(kName).message.contains(QStringLiteral("Re-run the Colab cell")));
    CHECK(ProbeResult::stateName(State::Ended) == QStringLiteral("ended"));

    // Ended: nothing more is sent its way, while the named tunnel (its hostname comes back) is
    // still checked.
    auto callsTo = [&](const QString& name) {
        int count = 0;
        for (const FakeRuntimes::Call& call : fake.calls())
            count += call.tunnel == name ? 1 : 0;
        return count;
    };
    const int quickCalls = callsTo(kName);
    const int namedCalls = callsTo(named.name);
    QTest::qWait(1500);
    CHECK(callsTo(kName) == quickCalls);
    CHECK(callsTo(named.name) > namedCalls);
    CHECK(monitor.state(named.name).state == State::Offline);

    // The user checks it: it is probed, and still ended while it does not answer...
    const qsizetype reported = emitted(changes, kName).size();
    monitor.probeNow(kName);
    REQUIRE(test::waitUntil([&] { return emitted(changes, kName).size() > reported; }));
    CHECK(callsTo(kName) == quickCalls + 1);
    CHECK(lastState(changes, kName) == State::Ended);
    // ...and online again if it does (the same cloudflared was only unreachable).
    fake.change(kHost, [](FakeRuntimes::Runtime& r) { r.up = true; });
    monitor.probeNow(kName);
    REQUIRE(waitForState(changes, kName, State::Online));
}

TEST_CASE("with the password on demand only a login that needs it asks for it and waits in the same probe",
          "[monitor][policy][password]")
{
    const QString offlineHost = QStringLiteral("long-gone-runtime.trycloudflare.com");
    FakeRuntimes fake;
    fake.set(kHost, {});
    FakeRuntimes::Runtime gone;
    gone.up = false;
    fake.set(offlineHost, gone);
    TunnelMonitor monitor(passwordOnDemandConfig(), fake.function());
    QSignalSpy wanted(&monitor, &TunnelMonitor::passwordWanted);
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);

    // Offline runtimes never log in: nobody is asked for the password, however often they are checked.
    monitor.setTunnels({test::quickTunnel(QStringLiteral("old"), offlineHost)});
    REQUIRE(waitForState(changes, QStringLiteral("old"), State::Offline));
    REQUIRE(test::waitUntil([&] { return fake.callCount() >= 3; }));
    CHECK(wanted.isEmpty());

    // A runtime that needs it: the lookup is asked for once, and its login waits for the answer.
    monitor.setTunnels({test::quickTunnel(QStringLiteral("old"), offlineHost), test::quickTunnel(kName, kHost)});
    REQUIRE(test::waitUntil([&] { return wanted.count() == 1; }));
    QTest::qWait(400);
    CHECK(monitor.state(kName).state == State::Starting);
    CHECK(wanted.count() == 1);
    monitor.setPassword(QStringLiteral("right")); // the keychain answers
    REQUIRE(waitForState(changes, kName, State::Online));
    QList<State> seen;
    for (const ProbeResult& result : emitted(changes, kName))
        seen << result.state;
    CHECK_FALSE(seen.contains(State::PasswordNeeded)); // the first login itself used the answer
    CHECK_FALSE(seen.contains(State::AuthFailed));
    QList<FakeRuntimes::Call> full;
    for (const FakeRuntimes::Call& call : fake.calls())
        if (call.tunnel == kName && call.depth == Depth::Full)
            full << call;
    REQUIRE(!full.isEmpty());
    CHECK(full.first().password == QStringLiteral("right"));
    CHECK(wanted.count() == 1);
}

namespace {
// One runtime whose first login waits for the password (asked for once); the keychain has not
// answered yet.
struct WaitingLogin
{
    FakeRuntimes fake;
    TunnelMonitor monitor{passwordOnDemandConfig(), fakeFor(fake)};
    QSignalSpy wanted{&monitor, &TunnelMonitor::passwordWanted};
    QSignalSpy changes{&monitor, &TunnelMonitor::stateChanged};

    WaitingLogin()
    {
        monitor.setTunnels({test::quickTunnel(kName, kHost)});
        REQUIRE(test::waitUntil([&] { return wanted.count() == 1; }));
    }
    static TunnelMonitor::ProbeFunction fakeFor(FakeRuntimes& runtimes)
    {
        runtimes.set(kHost, {});
        return runtimes.function();
    }
};
} // namespace

TEST_CASE("a password lookup that finds none lets the waiting login go on and say the password is needed",
          "[monitor][policy][password]")
{
    WaitingLogin login;
    auto& [fake, monitor, wanted, changes] = login;
    monitor.passwordLookupFinished(); // no password in the keychain (or no keychain)
    REQUIRE(waitForState(changes, kName, State::PasswordNeeded));

    // The user sets one: tried at once, without another lookup.
    monitor.setPassword(QStringLiteral("right"));
    REQUIRE(waitForState(changes, kName, State::Online));
    CHECK(wanted.count() == 1);
}

TEST_CASE("quitting while a login waits for the password returns at once", "[monitor][policy][password][shutdown]")
{
    FakeRuntimes fake;
    fake.set(kHost, {});
    TunnelMonitor monitor(passwordOnDemandConfig(), fake.function());
    QSignalSpy wanted(&monitor, &TunnelMonitor::passwordWanted);
    monitor.setTunnels({test::quickTunnel(kName, kHost)});
    REQUIRE(test::waitUntil([&] { return wanted.count() == 1; }));
    QElapsedTimer timer;
    timer.start();
    monitor.shutdown(); // the keychain never answers
    CHECK(timer.elapsed() < 1000);
    CHECK(monitor.running() == 0);
    QCoreApplication::processEvents();
    CHECK(wanted.count() == 1); // nothing more is asked after shutdown
}

TEST_CASE("a wrong password from the keychain is tried by the waiting login once and not again",
          "[monitor][policy][password]")
{
    WaitingLogin login;
    auto& [fake, monitor, wanted, changes] = login;
    monitor.setPassword(QStringLiteral("wrong")); // what the keychain holds
    REQUIRE(waitForState(changes, kName, State::AuthFailed));
    QTest::qWait(600); // several backoff steps: a refused password waits for a new one
    int refusedLogins = 0;
    for (const FakeRuntimes::Call& call : fake.calls())
        refusedLogins += call.password == QLatin1String("wrong") ? 1 : 0;
    CHECK(refusedLogins == 1);
}

TEST_CASE("no check runs while the computer is offline, and every runtime is checked at once when the network is "
          "back or the computer wakes up",
          "[monitor][policy][network]")
{
    FakeRuntimes fake;
    TunnelMonitor::Config config = quickConfig();
    config.offlineMinBackoffMs = 5000; // far from "at once"
    config.offlineMaxBackoffMs = 20000;
    config.maxConcurrent = 4;
    TunnelMonitor monitor(config, fake.function());
    QSignalSpy changes(&monitor, &TunnelMonitor::stateChanged);
    QSignalSpy nextChecks(&monitor, &TunnelMonitor::nextCheckChanged);
    QList<Tunnel> tunnels;
    for (const char* name : {"gpu", "tpu", "cpu"}) {
        const QString host = QStringLiteral("%1-gone.trycloudflare.com").arg(QLatin1String(name));
        FakeRuntimes::Runtime runtime;
        runtime.up = false;
        fake.set(host, runtime);
        tunnels << test::quickTunnel(QString::fromLatin1(name), host);
    }
    monitor.setTunnels(tunnels);
    for (const Tunnel& tunnel : std::as_const(tunnels))
        REQUIRE(waitForState(changes, tunnel.name, State::Offline));
    REQUIRE(fake.callCount() == 3);

    const auto checkedAtOnce = [&](qsizetype from, qint64 since) {
        if (!test::waitUntil([&] { return fake.callCount() >= from + 3; }, 2000))
            return false;
        QSet<QString> names;
        for (const FakeRuntimes::Call& call : fake.calls().mid(from)) {
            names.insert(call.tunnel);
            CHECK(call.startedMs - since < 1000); // not after the 5 s backoff
        }
        return names.size() == 3;
    };

    // Offline: the next checks are no longer timed, and none runs, however long it lasts.
    nextChecks.clear();
    monitor.setNetworkOnline(false);
    CHECK_FALSE(monitor.networkOnline());
    QSet<QString> untimed;
    for (const QList<QVariant>& next : std::as_const(nextChecks))
        if (!next.at(1).toDateTime().isValid())
            untimed.insert(next.at(0).toString());
    CHECK(untimed.size() == 3);
    QTest::qWait(1500);
    CHECK(fake.callCount() == 3);

    // Back online: all three at once, not when their backoff says.
    qint64 since = fake.now();
    monitor.setNetworkOnline(true);
    CHECK(checkedAtOnce(3, since));
    REQUIRE(test::waitUntil([&] { return monitor.inFlight() == 0; }));

    // Woken up from sleep: all three at once again.
    const qsizetype before = fake.callCount();
    since = fake.now();
    monitor.recheckAll();
    CHECK(checkedAtOnce(before, since));
    REQUIRE(test::waitUntil([&] { return monitor.inFlight() == 0; }));

    // A check the user asks for runs also while offline (the system may be wrong about it).
    monitor.setNetworkOnline(false);
    const qsizetype asked = fake.callCount();
    monitor.probeNow(QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return fake.callCount() == asked + 1; }, 2000));
    CHECK(fake.calls().last().tunnel == QStringLiteral("gpu"));
    QTest::qWait(300);
    CHECK(fake.callCount() == asked + 1);
}
