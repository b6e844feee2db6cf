#pragma once

#include "ssh/ProbeResult.h"
#include "ssh/Prober.h"
#include "tunnels/Tunnel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>

namespace colab {

// Keeps every tunnel's state fresh without waste. Probes on add, on demand, and periodically:
// a light banner-only check while online, full facts when a tunnel comes online or on request;
// backoff with jitter while offline; slower while the window is hidden; bounded concurrency on
// worker threads; one coalesced timer. A wrong password or a changed host key is not retried on
// its own. Results for removed tunnels are dropped; shutdown waits for in-flight probes, which
// all have timeouts.
class TunnelMonitor : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int onlineIntervalMs = 60000;
        int offlineMinBackoffMs = 10000;
        int offlineMaxBackoffMs = 300000;
        int hiddenFactor = 3;
        int maxConcurrent = 4;
        double jitter = 0.2;
        int connectTimeoutMs = 20000;
        int commandTimeoutMs = 15000;
    };

    explicit TunnelMonitor(QObject* parent = nullptr);
    TunnelMonitor(const Config& config, QObject* parent = nullptr);
    ~TunnelMonitor() override;

    void setTunnels(const QList<Tunnel>& tunnels);
    void setPassword(const QString& password); // from the keychain; re-enables auth after auth_failed
    void setCloudflaredPath(const QString& path) { m_cloudflaredPath = path; }
    void setWindowVisible(bool visible);
    void probeNow(const QString& name); // full probe, also after an alarm
    void shutdown();

    ProbeResult state(const QString& name) const;

    // When the next check of a tunnel is due: the online interval, or an offline backoff that
    // doubles per failure up to the maximum; times hiddenFactor while the window is hidden; spread
    // by ±jitter. `unitRandom` in [0, 1) picks the point in the jitter range.
    static qint64 delayFor(ProbeResult::State state, int failures, bool windowVisible, const Config& config,
                           double unitRandom);
    int inFlight() const { return m_inFlight; }      // queued or running
    int running() const { return m_running.load(); } // on a worker thread right now

signals:
    void stateChanged(const QString& name, const colab::ProbeResult& result);

private:
    struct Entry
    {
        Tunnel tunnel;
        ProbeResult last;
        qint64 dueAtMs = 0; // on m_clock; -1 = not scheduled
        int failures = 0;
        bool inFlight = false;
        bool fullRequested = true;
        quint64 generation = 0;
    };

    void reschedule();
    void runDue();
    void start(Entry& entry);
    void finished(const QString& name, quint64 generation, bool full, const ProbeResult& result);

    Config m_config;
    QHash<QString, Entry> m_entries;
    QString m_password;
    QString m_cloudflaredPath;
    QTimer m_timer;
    QThreadPool m_pool;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    std::atomic<int> m_running{0};
    bool m_visible = true;
    bool m_shutDown = false;
};

} // namespace colab
