#pragma once

#include "cloudflare/NamedTunnelStatus.h"
#include "monitor/LiveSession.h"
#include "monitor/PasswordGate.h"
#include "monitor/SampleHistory.h"
#include "ssh/ProbeResult.h"
#include "ssh/Prober.h"
#include "tunnels/Tunnel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace colab {

// Keeps every tunnel's state fresh without waste. A full probe (login, facts) on add, on probeNow
// and as soon as a light banner-only check finds an offline runtime back; a full probe that ends
// online keeps its session open as a LiveSession (samples every 2 s, 10 s while the window is
// hidden; a lost session is offline at once). Offline runtimes get light checks with a short
// backoff (back within 30 s), and a quick tunnel offline for 15 minutes has ended. Bounded
// concurrency on worker threads for probes; live sessions have their own threads; one coalesced
// timer.
// A refused or missing password waits for a new one, a changed host key for the user (probeNow, or a new
// hostname). Results for removed or re-pointed tunnels are dropped and their probes cancelled;
// shutdown cancels the probes in flight, so quitting does not wait for network timeouts.
class TunnelMonitor : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int onlineIntervalMs = 60000; // light checks of an online runtime without a live session
        int offlineMinBackoffMs = 5000;
        int offlineMaxBackoffMs = 20000;
        int hiddenFactor = 3; // online checks only: an offline runtime is back within 30 s either way
        // Probes mostly wait on the network (a round trip to Cloudflare's edge), so many at once.
        int maxConcurrent = 32;
        // Probes due together start this far apart: 32 cloudflared processes started in the same
        // millisecond on a 2-core machine make the GUI thread wait for a CPU.
        int startSpacingMs = 5;
        bool liveSessions = true;
        int liveIntervalMs = 2000;
        int liveHiddenIntervalMs = 10000;
        int reconnectDelayMs = 1000; // first check after a live session was lost
        qint64 quickTunnelEndsAfterMs = 15 * 60 * 1000;
        double jitter = 0.2;
        int connectTimeoutMs = 20000;
        int commandTimeoutMs = 15000;
        // Until setPassword() or passwordLookupFinished(), a login that needs the password asks for
        // it (passwordWanted) and waits up to this long, instead of being told none is set.
        bool passwordOnDemand = false;
        int passwordWaitMs = 60000;
    };

    // What one probe is asked to do.
    struct ProbeRequest
    {
        Prober::Depth depth = Prober::Depth::Full;
        QString password; // empty = key only, unless passwordOnDemand gives one
        // Set while no password has been given yet (Config::passwordOnDemand): blocks until the
        // lookup passwordWanted asked for has finished, and returns the password or empty.
        std::function<QString()> passwordOnDemand;
        QString cloudflaredPath; // the user's choice; empty = locate it
        int connectTimeoutMs = 20000;
        int commandTimeoutMs = 15000;
        // Cancelled when the monitor shuts down or the tunnel is removed or re-pointed: the probe
        // must then return promptly (its result is dropped).
        std::shared_ptr<CancelToken> cancel;
        // Non-null on full probes when live sessions are on: a probe that ends online leaves its
        // logged-in session here (ProbeSetup::run does; a stand-in may leave it empty).
        std::shared_ptr<std::unique_ptr<SshSession>> keptSession;
        // The runtime was offline at the last check: the probe may first ask Cloudflare's edge,
        // which costs no cloudflared start while the runtime stays away.
        bool wasOffline = false;
    };
    // Runs on a worker thread and blocks; called from several threads at once.
    using ProbeFunction = std::function<ProbeResult(const Tunnel&, const ProbeRequest&)>;

    // `probe` does the work on worker threads (the app's: ProbeSetup::run; tests: a stand-in).
    TunnelMonitor(const Config& config, ProbeFunction probe, QObject* parent = nullptr);
    ~TunnelMonitor() override;

    void setTunnels(const QList<Tunnel>& tunnels);
    // From the keychain; a different one re-enables auth after auth_failed / password_needed.
    void setPassword(const QString& password);
    // The password lookup passwordWanted asked for found none (or failed): waiting logins go on
    // without one.
    void passwordLookupFinished();
    // The user confirmed the password (perhaps the same one): runtimes that refused or wanted it
    // are tried again now.
    void retryPassword();
    void setCloudflaredPath(const QString& path) { m_cloudflaredPath = path; }
    void setWindowVisible(bool visible);
    // The user changed the intervals: live sessions sample at the new rate within a second, and an
    // online runtime's next light check is due no later than the new interval from now.
    void setIntervals(int onlineMs, int liveMs);
    const Config& config() const { return m_config; }
    void probeNow(const QString& name); // full probe, also after an alarm
    // The computer has no network: no check starts (they could only fail, and an offline runtime's
    // check would start cloudflared at each backoff step) until it is back; then every runtime is
    // checked at once (recheckAll). Probes already running finish.
    void setNetworkOnline(bool online);
    bool networkOnline() const { return m_networkOnline; }
    // After the network came back or the computer woke up: every runtime that is not live and
    // does not wait for the user is checked now, its offline backoff started over.
    void recheckAll();
    // A named tunnel's status at Cloudflare (NamedTunnelWatch). Shown in state(name).tunnelStatus; an
    // offline runtime's message then says whether the tunnel is down (no cloudflared connected) or
    // up while the runtime's sshd does not answer; a tunnel that becomes healthy again while its
    // runtime is offline is checked at once instead of after the backoff.
    void setTunnelStatus(const QString& name, const NamedTunnelStatus::Entry& status);
    // Cancels the probes in flight and waits for their threads (promptly); nothing is emitted after.
    void shutdown();

    ProbeResult state(const QString& name) const;
    const SampleHistory& history() const { return m_history; }
    int liveSessionCount() const;

    // When the next check of a tunnel is due: the online interval, or an offline backoff that
    // doubles per failure up to the maximum; times hiddenFactor while the window is hidden; spread
    // by ±jitter. `unitRandom` in [0, 1) picks the point in the jitter range.
    static qint64 delayFor(ProbeResult::State state, int failures, bool windowVisible, const Config& config,
                           double unitRandom);
    // "healthy · fra06, ams01"; empty while unknown.
    static QString tunnelStatusText(const NamedTunnelStatus::Entry& status);
    int inFlight() const { return m_inFlight; }      // queued or running
    int running() const { return m_running.load(); } // on a worker thread right now

signals:
    void stateChanged(const QString& name, const colab::ProbeResult& result);
    // When the runtime is checked next; invalid while none is timed (a live session watches it, or
    // it waits for the user).
    void nextCheckChanged(const QString& name, const QDateTime& at);
    // A check of `name` ended, also one that found what the last one did (no stateChanged then).
    void checked(const QString& name);
    // A live sample; state(name).runtime already reflects it.
    void sampleArrived(const QString& name, const colab::RuntimeSample& sample);
    // A login needs the password and none was given yet: look it up, then setPassword() or
    // passwordLookupFinished(). Emitted once.
    void passwordWanted();

private:
    struct Entry
    {
        Tunnel tunnel;
        ProbeResult last;
        qint64 dueAtMs = 0;          // on m_clock; -1 = not scheduled
        qint64 reportedDueAtMs = -2; // what nextCheckChanged last said
        int failures = 0;
        bool inFlight = false;
        bool inFlightFull = false;
        bool fullRequested = true; // the next probe is a full one (as soon as none is in flight)
        quint64 generation = 0;
        quint64 passwordVersion = 0;         // of the password the probe in flight was given
        bool passwordOnDemand = false;       // the probe in flight may wait at the password gate
        std::shared_ptr<CancelToken> cancel; // of the probe in flight, then of the live session
        LiveSession* live = nullptr;
        bool liveUnavailable = false; // the sampler ended on its own this online period
        qint64 offlineSinceMs = -1;   // on m_clock: the first failed check of this offline period
        // At Cloudflare (Unknown for quick tunnels), and what the last check said before
        // explainOffline() put it in those terms.
        NamedTunnelStatus::Entry tunnelStatus;
        QString probeMessage;
    };
    using KeptSession = std::shared_ptr<std::unique_ptr<SshSession>>;

    void reschedule();
    void runDue();
    void start(Entry& entry);
    void finished(const QString& name, quint64 generation, bool full, const ProbeResult& result, KeptSession kept);
    void goLive(Entry& entry, const KeptSession& kept);
    void onSample(const QString& name, quint64 generation, const RuntimeSample& sample);
    void onLiveLost(const QString& name, quint64 generation, const QString& reason, bool connectionLost);
    void dispose(const KeptSession& kept);
    void explainOffline(Entry& entry) const;
    int liveIntervalMs() const { return m_visible ? m_config.liveIntervalMs : m_config.liveHiddenIntervalMs; }

    Config m_config;
    ProbeFunction m_probe;
    QHash<QString, Entry> m_entries;
    SampleHistory m_history;
    QString m_password;
    quint64 m_passwordVersion = 0;
    std::shared_ptr<PasswordGate> m_passwordGate;
    QString m_cloudflaredPath;
    QTimer m_timer;
    QThreadPool m_pool;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    qint64 m_nextStartMs = 0; // on m_clock: the earliest time the next probe may start
    int m_inFlight = 0;
    std::atomic<int> m_running{0};
    bool m_visible = true;
    bool m_networkOnline = true;
    bool m_shutDown = false;
};

} // namespace colab
