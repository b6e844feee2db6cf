#include "monitor/TunnelMonitor.h"

#include "common/Logging.h"
#include "ssh/ProbeSetup.h"

#include <QRandomGenerator>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace colab {

namespace {
using State = ProbeResult::State;
// Background probes (and the cloudflared they start, which inherits it) must never take CPU from
// the GUI thread: lower this worker thread's scheduling priority once.
void lowerWorkerPriority()
{
    static thread_local bool lowered = false;
    if (!lowered) {
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
        lowered = true;
    }
}

// Probes whose outcome must not be repeated on their own (an alarm, a refused password).
bool waitsForUser(State state)
{
    return state == State::AuthFailed || state == State::HostKeyChanged;
}
} // namespace

TunnelMonitor::TunnelMonitor(QObject* parent) : TunnelMonitor(Config{}, parent) {}

TunnelMonitor::TunnelMonitor(const Config& config, QObject* parent) : QObject(parent), m_config(config)
{
    qRegisterMetaType<colab::ProbeResult>();
    m_pool.setMaxThreadCount(qMax(1, config.maxConcurrent));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TunnelMonitor::runDue);
    m_clock.start();
}

TunnelMonitor::~TunnelMonitor()
{
    shutdown();
}

void TunnelMonitor::shutdown()
{
    m_shutDown = true;
    m_timer.stop();
    m_pool.clear();       // probes not started yet
    m_pool.waitForDone(); // the running ones end within their timeouts
}

ProbeResult TunnelMonitor::state(const QString& name) const
{
    return m_entries.value(name).last;
}

void TunnelMonitor::setTunnels(const QList<Tunnel>& tunnels)
{
    QHash<QString, Entry> next;
    for (const Tunnel& tunnel : tunnels) {
        auto it = m_entries.find(tunnel.name);
        if (it != m_entries.end() && it->tunnel.hostname == tunnel.hostname) {
            next.insert(tunnel.name, *it);
            continue;
        }
        // New, or a new runtime under the same name: start over and probe now.
        Entry entry;
        entry.tunnel = tunnel;
        entry.generation = ++m_generation;
        entry.last.name = tunnel.name;
        entry.last.state = State::Starting;
        entry.last.message = tr("Checking…");
        entry.dueAtMs = m_clock.elapsed();
        next.insert(tunnel.name, entry);
        emit stateChanged(tunnel.name, entry.last);
    }
    m_entries = next; // removed tunnels are gone; their in-flight results will be dropped
    reschedule();
}

void TunnelMonitor::setPassword(const QString& password)
{
    if (password == m_password)
        return;
    m_password = password;
    for (Entry& entry : m_entries) {
        if (entry.last.state == State::AuthFailed) {
            entry.fullRequested = true;
            entry.dueAtMs = m_clock.elapsed();
        }
    }
    reschedule();
}

void TunnelMonitor::setWindowVisible(bool visible)
{
    m_visible = visible;
    if (visible) {
        // Coming back into view: refresh what is stale soon.
        for (Entry& entry : m_entries)
            if (!waitsForUser(entry.last.state) && entry.dueAtMs > m_clock.elapsed() + 2000)
                entry.dueAtMs = m_clock.elapsed() + 2000;
    }
    reschedule();
}

void TunnelMonitor::probeNow(const QString& name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    it->fullRequested = true;
    it->dueAtMs = m_clock.elapsed();
    reschedule();
}

qint64 TunnelMonitor::delayFor(ProbeResult::State state, int failures, bool windowVisible, const Config& config,
                               double unitRandom)
{
    qint64 base;
    if (state == State::Online) {
        base = config.onlineIntervalMs;
    } else {
        base = config.offlineMinBackoffMs;
        for (int i = 1; i < failures && base < config.offlineMaxBackoffMs; ++i)
            base *= 2;
        base = qMin<qint64>(base, config.offlineMaxBackoffMs);
    }
    if (!windowVisible)
        base *= config.hiddenFactor;
    // Jitter spreads probes of many tunnels so they do not all fire together.
    const double factor = 1.0 + config.jitter * (unitRandom * 2.0 - 1.0);
    return qMax<qint64>(50, qint64(double(base) * factor));
}

void TunnelMonitor::reschedule()
{
    if (m_shutDown)
        return;
    qint64 earliest = -1;
    for (const Entry& entry : std::as_const(m_entries))
        if (!entry.inFlight && entry.dueAtMs >= 0 && (earliest < 0 || entry.dueAtMs < earliest))
            earliest = entry.dueAtMs;
    if (earliest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, earliest - m_clock.elapsed(), qint64(24) * 3600 * 1000)));
}

void TunnelMonitor::runDue()
{
    const qint64 now = m_clock.elapsed();
    for (Entry& entry : m_entries)
        if (!entry.inFlight && entry.dueAtMs >= 0 && entry.dueAtMs <= now)
            start(entry);
    reschedule();
}

void TunnelMonitor::start(Entry& entry)
{
    // Offline or unknown runtimes get the light check first; a full probe follows once it answers.
    const bool banner =
        !entry.fullRequested && (entry.last.state == State::Online || entry.last.state == State::Offline);
    const Prober::Depth depth = banner ? Prober::Depth::Banner : Prober::Depth::Full;
    entry.inFlight = true;
    entry.fullRequested = false;
    entry.dueAtMs = -1;
    ++m_inFlight;
    const Tunnel tunnel = entry.tunnel;
    const quint64 generation = entry.generation;
    const QString password = m_password;
    const QString cloudflared = m_cloudflaredPath;
    const int connectTimeout = m_config.connectTimeoutMs;
    const int commandTimeout = m_config.commandTimeoutMs;
    m_pool.start([this, tunnel, generation, password, cloudflared, depth, connectTimeout, commandTimeout] {
        ++m_running;
        lowerWorkerPriority();
        ProbeResult result;
        QString error;
        if (depth == Prober::Depth::Full && !ProbeSetup::ensureAppKey(cloudflared, &error))
            qCWarning(lcMonitor) << "the app's key is not available:" << error;
        ProbeSetup setup = ProbeSetup::forTunnel(tunnel, cloudflared, password, depth);
        if (setup.ok()) {
            setup.options.connectTimeoutMs = connectTimeout;
            setup.options.commandTimeoutMs = commandTimeout;
            result = Prober::probe(tunnel, setup.options);
        } else {
            result.name = tunnel.name;
            result.state = State::Error;
            result.message = setup.error;
        }
        --m_running;
        const bool wasFull = depth == Prober::Depth::Full;
        QMetaObject::invokeMethod(
            this,
            [this, name = tunnel.name, generation, wasFull, result] { finished(name, generation, wasFull, result); },
            Qt::QueuedConnection);
    });
}

void TunnelMonitor::finished(const QString& name, quint64 generation, bool full, const ProbeResult& result)
{
    --m_inFlight;
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->generation != generation || m_shutDown)
        return; // removed, replaced by a new runtime, or quitting
    Entry& entry = *it;
    entry.inFlight = false;
    const State before = entry.last.state;
    entry.failures = result.state == State::Online ? 0 : entry.failures + 1;

    if (!full && result.state == State::Online && before != State::Online) {
        // It answers again: get the facts now.
        entry.fullRequested = true;
        entry.dueAtMs = m_clock.elapsed();
        reschedule();
        return;
    }
    if (!full && result.state == State::Online) {
        entry.last.latencyMs = result.latencyMs; // still online; facts stay from the last full probe
    } else {
        entry.last = result;
    }
    entry.dueAtMs = waitsForUser(entry.last.state)
                        ? -1
                        : m_clock.elapsed() + delayFor(entry.last.state, entry.failures, m_visible, m_config,
                                                       QRandomGenerator::global()->generateDouble());
    if (full || entry.last.state != before) {
        qCDebug(lcMonitor) << name << ProbeResult::stateName(before) << "->"
                           << ProbeResult::stateName(entry.last.state);
        emit stateChanged(name, entry.last);
    }
    reschedule();
}

} // namespace colab
