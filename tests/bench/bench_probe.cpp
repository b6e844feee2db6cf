// Probe and live-session benchmark (a command, not a test): run through scripts/bench.sh, which
// provides root, a throw-away HOME and the cloudflared stand-in. Every byte through the stand-in
// waits for a round trip (--rtt, default 100 ms, as to Cloudflare's edge). Prints a table of medians
// (or one JSON object with --json); compares with OpenSSH doing the same work through the same
// stand-in to the same sshd in the same run.
#include "SshdFixture.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "monitor/TunnelMonitor.h"
#include "service/ProbeSetup.h"
#include "ssh/AppKey.h"
#include "ssh/Prober.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace colab;

namespace {

const QString kPassword = QStringLiteral("bench-pass-2026");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0);
}

// A 1 ms timer on this (the GUI) thread: how late it fires at worst while it runs.
class TimerLateness
{
public:
    TimerLateness()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
            m_worstMs = qMax(m_worstMs, m_tick.nsecsElapsed() / 1e6 - 1.0);
            m_tick.restart();
        });
    }
    void start()
    {
        m_tick.start();
        m_heartbeat.start(1);
    }
    double worstMs() const { return m_worstMs; }

private:
    QElapsedTimer m_tick;
    QTimer m_heartbeat;
    double m_worstMs = 0;
};

// Wall time for `count` tunnels probed at once by the monitor, and the worst lateness of a 1 ms
// timer on this (the GUI) thread meanwhile.
struct Burst
{
    double wallMs = 0;
    double worstLatenessMs = 0;
    double machineCpuS = 0; // every process on the machine (sshd, stand-ins, this one)
    double appCpuS = 0;     // this process only
};

double machineBusySeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    double busy = 0;
    for (int i : {1, 2, 3, 6, 7}) // user nice system irq softirq
        busy += fields.value(i).toDouble();
    return busy / double(sysconf(_SC_CLK_TCK));
}

double cpuSeconds();

Burst probeBurst(const QList<Tunnel>& tunnels)
{
    TunnelMonitor::Config config; // the app's own settings
    config.liveSessions = false;  // first contact only: the sessions close after the probe
    TunnelMonitor monitor(config, &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    monitor.setPassword(kPassword);
    QSet<QString> online;
    QElapsedTimer wall;
    QEventLoop loop;
    QObject::connect(&monitor, &TunnelMonitor::stateChanged, [&](const QString& name, const ProbeResult& result) {
        if (result.state == ProbeResult::State::Online && result.runtime)
            online.insert(name);
        if (online.size() == tunnels.size())
            loop.quit();
    });
    Burst burst;
    TimerLateness lateness;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const double machineBefore = machineBusySeconds();
    const double appBefore = cpuSeconds();
    wall.start();
    lateness.start();
    monitor.setTunnels(tunnels);
    loop.exec();
    burst.wallMs = wall.nsecsElapsed() / 1e6;
    burst.worstLatenessMs = lateness.worstMs();
    burst.machineCpuS = machineBusySeconds() - machineBefore;
    burst.appCpuS = cpuSeconds() - appBefore;
    if (online.size() != tunnels.size())
        std::fprintf(stderr, "warning: only %d of %d tunnels came online\n", int(online.size()), int(tunnels.size()));
    return burst;
}

// The same 1 ms timer with nothing else going on: the machine's own scheduling noise.
double idleLatenessMs(int durationMs)
{
    TimerLateness lateness;
    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    lateness.start();
    loop.exec();
    return lateness.worstMs();
}

// The reference for (2): OpenSSH's ssh doing the same first contacts, `hosts` at once, started by
// one shell so this process only waits; the 1 ms timer runs meanwhile (the app is idle), which
// shows what the machine alone does to the GUI thread's timer.
Burst opensshBurst(const QStringList& hosts, const QString& scratch)
{
    QString script =
        QStringLiteral("for h in \"$@\"; do rm -f \"$KH.$h\"; ssh -F /dev/null -i \"$KEY\" -o IdentitiesOnly=yes "
                       "-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=\"$KH.$h\" "
                       "-o \"ProxyCommand=$CF access ssh --hostname %h\" \"root@$h\" \"$CMD\" >/dev/null & done; wait");
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEY"), AppPaths::privateKeyFile());
    env.insert(QStringLiteral("KH"), scratch + QStringLiteral("/known_hosts"));
    env.insert(QStringLiteral("CF"), test::fakeCloudflared());
    env.insert(QStringLiteral("CMD"), RuntimeFacts::command());
    shell.setProcessEnvironment(env);
    Burst burst;
    TimerLateness lateness;
    QEventLoop loop;
    QObject::connect(&shell, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    shell.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral("bash")} + hosts);
    lateness.start();
    loop.exec();
    burst.worstLatenessMs = lateness.worstMs();
    burst.wallMs = wall.nsecsElapsed() / 1e6;
    return burst;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage); // this process's threads only: not the stand-ins, not sshd
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// All tunnels live (the app's monitor, 2 s samples) for `durationMs`, measured once every session
// streams: the process's CPU time, the samples that arrived, the GUI-thread timer's worst lateness.
struct LiveRun
{
    double cpuSecondsPerMinute = 0;
    double samplesPct = 0;
    double worstLatenessMs = 0;
};

LiveRun liveRun(const QList<Tunnel>& tunnels, int durationMs)
{
    TunnelMonitor monitor(TunnelMonitor::Config{}, &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    QHash<QString, int> samples;
    QObject::connect(&monitor, &TunnelMonitor::sampleArrived,
                     [&](const QString& name, const RuntimeSample&) { ++samples[name]; });
    monitor.setTunnels(tunnels);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (samples.size() == tunnels.size())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    if (samples.size() != tunnels.size())
        std::fprintf(stderr, "warning: only %d of %d runtimes streamed\n", int(samples.size()), int(tunnels.size()));

    // The CPU window runs without the lateness timer: its thousand wake-ups a second would be
    // counted as the app's. The lateness is measured in a window of its own right after.
    LiveRun run;
    samples.clear();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double minutes = wall.nsecsElapsed() / 60e9;
    run.cpuSecondsPerMinute = (cpuSeconds() - cpuBefore) / minutes;
    int total = 0;
    for (int count : std::as_const(samples))
        total += count;
    const double expected = double(tunnels.size()) * (wall.elapsed() / 2000.0);
    run.samplesPct = 100.0 * total / expected;

    TimerLateness lateness;
    lateness.start();
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    run.worstLatenessMs = lateness.worstMs();
    monitor.shutdown();
    return run;
}

// A live runtime whose runtime dies: how long until the monitor says offline.
double offlineDetectMs(test::SshdFixture& sshd, const Tunnel& tunnel)
{
    TunnelMonitor monitor(TunnelMonitor::Config{}, &ProbeSetup::run);
    monitor.setCloudflaredPath(test::fakeCloudflared());
    bool live = false;
    QObject::connect(&monitor, &TunnelMonitor::sampleArrived, [&] { live = true; });
    monitor.setTunnels({tunnel});
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer timer;
    bool waitingForOffline = false;
    double detectMs = -1;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!waitingForOffline && live) {
            waitingForOffline = true;
            timer.start();
            sshd.stop();
        } else if (waitingForOffline && monitor.state(tunnel.name).state == ProbeResult::State::Offline) {
            detectMs = timer.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    monitor.shutdown();
    QString error;
    if (!sshd.start(&error))
        std::fprintf(stderr, "cannot restart sshd: %s\n", qPrintable(error));
    sshd.mapHostname(tunnel.hostname);
    return detectMs;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("colab-tunnel"));
    int runs = 20;
    int rttMs = 100;
    bool json = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--json"))
            json = true;
        else if (args.at(i) == QLatin1String("--rtt"))
            rttMs = args.value(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.value(++i).toInt();
        else
            runs = args.at(i).toInt();
    }
    runs = qMax(3, runs);
    test::setRoundTripMs(rttMs);

    test::SshdFixture sshd(kPassword);
    QString error;
    if (!sshd.start(&error)) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(error));
        return 1;
    }
    const QString host = QStringLiteral("bench-main.trycloudflare.com");
    sshd.mapHostname(host);

    // Key auth for both sides: install the app's key with one password probe first.
    if (!ProbeSetup::ensureAppKey(test::fakeCloudflared(), &error)) {
        std::fprintf(stderr, "cannot create the key: %s\n", qPrintable(error));
        return 1;
    }
    const Tunnel main = test::quickTunnel(QStringLiteral("main"), host);
    ProbeSetup setup = ProbeSetup::forTunnel(main, test::fakeCloudflared(), kPassword, Prober::Depth::Full);
    const ProbeResult first = Prober::probe(main, setup.options);
    if (first.state != ProbeResult::State::Online) {
        std::fprintf(stderr, "first probe failed: %s\n", qPrintable(first.message));
        return 1;
    }
    setup.options.password.clear(); // from here on: the app's key, like OpenSSH below

    // 1. One probe vs OpenSSH doing the same through the same stand-in.
    QList<double> ours;
    QList<double> openssh;
    const QStringList sshArgs{QStringLiteral("-F"),
                              QStringLiteral("/dev/null"),
                              QStringLiteral("-i"),
                              AppPaths::privateKeyFile(),
                              QStringLiteral("-o"),
                              QStringLiteral("IdentitiesOnly=yes"),
                              QStringLiteral("-o"),
                              QStringLiteral("BatchMode=yes"),
                              QStringLiteral("-o"),
                              QStringLiteral("UserKnownHostsFile=") + setup.options.knownHostsFile,
                              QStringLiteral("-o"),
                              QStringLiteral("ProxyCommand=%1 access ssh --hostname %h").arg(test::fakeCloudflared()),
                              QStringLiteral("root@") + host,
                              RuntimeFacts::command()};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ProbeResult result = Prober::probe(main, setup.options);
        ours << timer.nsecsElapsed() / 1e6;
        if (result.state != ProbeResult::State::Online)
            std::fprintf(stderr, "probe %d: %s\n", i, qPrintable(result.message));
        timer.restart();
        const auto ssh = test::runProcess(QStringLiteral("ssh"), sshArgs);
        openssh << timer.nsecsElapsed() / 1e6;
        if (ssh.exitCode != 0)
            std::fprintf(stderr, "ssh %d failed: %s\n", i, ssh.err.constData());
    }

    // 2. 32 runtimes at first contact (fresh known hosts) vs one, through the app's monitor.
    QList<Tunnel> many;
    for (int i = 0; i < 32; ++i) {
        const QString h = QStringLiteral("bench-%1.trycloudflare.com").arg(i);
        sshd.mapHostname(h);
        many << test::quickTunnel(QStringLiteral("b%1").arg(i), h);
    }
    QList<double> oneWall;
    QList<double> manyWall;
    QList<double> lateness;
    QList<double> machineCpu;
    QList<double> appCpu;
    QList<double> sshOne;
    QList<double> sshMany;
    QList<double> sshLateness;
    QStringList hostnames;
    for (const Tunnel& t : std::as_const(many))
        hostnames << t.hostname;
    const QString scratch = test::makeScratchDir(QStringLiteral("bench-openssh"));
    const int bursts = qMax(3, runs / 4);
    for (int i = 0; i < bursts; ++i) {
        QDir(AppPaths::knownHostsDir()).removeRecursively();
        oneWall << probeBurst({many.first()}).wallMs;
        QDir(AppPaths::knownHostsDir()).removeRecursively();
        const Burst burst = probeBurst(many);
        manyWall << burst.wallMs;
        lateness << burst.worstLatenessMs;
        machineCpu << burst.machineCpuS;
        appCpu << burst.appCpuS;
        sshOne << opensshBurst(hostnames.mid(0, 1), scratch).wallMs;
        const Burst ssh = opensshBurst(hostnames, scratch);
        sshMany << ssh.wallMs;
        sshLateness << ssh.worstLatenessMs;
    }

    // 3. 32 runtimes live for a minute.
    const double burstLateness = *std::max_element(lateness.begin(), lateness.end());
    const LiveRun live = liveRun(many, 60000);
    lateness << live.worstLatenessMs;

    // 4. A runtime dies: time until the monitor says offline, 10 times.
    QList<double> detect;
    for (int i = 0; i < 10; ++i)
        detect << offlineDetectMs(sshd, main) / 1000.0;

    // 5. The GUI thread's worst lateness during (2) and (3), and on the idle machine for reference.
    const double worstLateness = *std::max_element(lateness.begin(), lateness.end());
    const double worstIdle = idleLatenessMs(5000);

    const double probeRatio = median(ours) / median(openssh);
    const double burstRatio = median(manyWall) / median(oneWall);
    if (json) {
        const QJsonObject figures{
            {QStringLiteral("rtt_ms"), rttMs},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("probe_ms"), median(ours)},
            {QStringLiteral("openssh_ms"), median(openssh)},
            {QStringLiteral("probe_vs_openssh"), probeRatio},
            {QStringLiteral("first_contact_one_ms"), median(oneWall)},
            {QStringLiteral("first_contact_32_ms"), median(manyWall)},
            {QStringLiteral("first_contact_32_ratio"), burstRatio},
            {QStringLiteral("first_contact_32_machine_cpu_s"), median(machineCpu)},
            {QStringLiteral("first_contact_32_app_cpu_s"), median(appCpu)},
            {QStringLiteral("openssh_first_contact_32_ratio"), median(sshMany) / median(sshOne)},
            {QStringLiteral("openssh_32_timer_lateness_ms"), *std::max_element(sshLateness.begin(), sshLateness.end())},
            {QStringLiteral("live_32_cpu_s_per_min"), live.cpuSecondsPerMinute},
            {QStringLiteral("live_32_samples_pct"), live.samplesPct},
            {QStringLiteral("offline_detect_s"), median(detect)},
            {QStringLiteral("offline_detect_max_s"), *std::max_element(detect.begin(), detect.end())},
            {QStringLiteral("gui_stall_ms"), worstLateness},
            {QStringLiteral("gui_stall_first_contact_ms"), burstLateness},
            {QStringLiteral("gui_stall_live_ms"), live.worstLatenessMs},
            {QStringLiteral("idle_timer_lateness_ms"), worstIdle},
        };
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("\nColab Tunnel benchmark: %d runs, %d ms round trip through the stand-in; medians\n", runs, rttMs);
    std::printf("| measure | Colab Tunnel | reference | ratio | target |\n|---|---|---|---|---|\n");
    std::printf("| 1. probe: connect + auth + one command | %.0f ms | OpenSSH ssh: %.0f ms | %.2f | <= 0.8 |\n",
                median(ours), median(openssh), probeRatio);
    std::printf("| 2. 32 runtimes first contact, all online | %.0f ms | one: %.0f ms | %.2f | <= 2 |\n",
                median(manyWall), median(oneWall), burstRatio);
    std::printf("| 2'. OpenSSH: 32 ssh at once, all done | %.0f ms | one: %.0f ms | %.2f | reference |\n",
                median(sshMany), median(sshOne), median(sshMany) / median(sshOne));
    std::printf(
        "| 2. CPU used meanwhile: the whole machine / this process | %.2f s / %.2f s | 2 cores x %.1f s | | |\n",
        median(machineCpu), median(appCpu), median(manyWall) / 1000.0);
    std::printf("| 3. 32 runtimes live, 2 s samples: app CPU | %.2f s/min | | | <= 0.6 s/min |\n",
                live.cpuSecondsPerMinute);
    std::printf("| 3. samples that arrived | %.1f %% | | | >= 95 %% |\n", live.samplesPct);
    std::printf("| 4. runtime killed -> offline (median of 10) | %.2f s (max %.2f) | | | <= 10 s |\n", median(detect),
                *std::max_element(detect.begin(), detect.end()));
    std::printf("| 5. GUI-thread 1 ms timer, worst lateness in 2 and 3 (2: %.1f, 3: %.1f) | %.1f ms | idle machine: "
                "%.1f ms; app idle during 2': %.1f ms | | <= 16 ms |\n",
                burstLateness, live.worstLatenessMs, worstLateness, worstIdle,
                *std::max_element(sshLateness.begin(), sshLateness.end()));
    return 0;
}
