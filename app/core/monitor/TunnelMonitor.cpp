#include "monitor/TunnelMonitor.h"

#include "common/Logging.h"
#include "common/Platform.h"
#include "secrets/SecretMemory.h"
#include "ssh/LibsshThread.h"

#include <QRandomGenerator>
#include <QThread>

namespace colab {

namespace {
using State = ProbeResult::State;
// Background probes (and the cloudflared they start, which inherits it) must never take CPU from
// the GUI thread: lower this worker thread's scheduling priority once.
void lowerWorkerPriority()
{
    static thread_local bool lowered = false;
    if (!lowered) {
        platform::lowerCurrentThreadPriority();
        lowered = true;
    }
}

// Probes whose outcome must not be repeated on their own (an alarm, a refused or missing password).
bool waitsForUser(State state)
{
    return ProbeResult::needsUser(state);
}

// Outcomes that a different password can change.
bool aboutThePassword(State state)
{
    return state == State::AuthFailed || state == State::PasswordNeeded;
}

bool tunnelUp(NamedTunnelStatus::State state)
{
    return state == NamedTunnelStatus::State::Healthy || state == NamedTunnelStatus::State::Degraded;
}
} // namespace

TunnelMonitor::TunnelMonitor(const Config& config, ProbeFunction probe, QObject* parent)
    : QObject(parent), m_config(config), m_probe(std::move(probe))
{
    qRegisterMetaType<colab::ProbeResult>();
    m_pool.setMaxThreadCount(qMax(1, config.maxConcurrent));
    m_pool.setExpiryTimeout(-1); // workers, once made, stay: making a thread stalls the others a moment
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TunnelMonitor::runDue);
    m_clock.start();
    if (m_config.passwordOnDemand)
        m_passwordGate = std::make_shared<PasswordGate>([this] {
            // On a worker thread; the monitor outlives its workers (shutdown() waits for them).
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_shutDown)
                        emit passwordWanted();
                },
                Qt::QueuedConnection);
        });
}

TunnelMonitor::~TunnelMonitor()
{
    shutdown();
    wipeSecret(m_password);
}

void TunnelMonitor::shutdown()
{
    m_shutDown = true;
    m_timer.stop();
    m_pool.clear(); // probes not started yet
    for (const Entry& entry : std::as_const(m_entries))
        if (entry.cancel)
            entry.cancel->cancel();
    const QList<LiveSession*> sessions = findChildren<LiveSession*>(QString(), Qt::FindDirectChildrenOnly);
    for (LiveSession* live : sessions)
        live->stop(); // all at once: each ends its proxy in parallel
    for (LiveSession* live : sessions)
        live->wait();
    m_pool.waitForDone(); // cancelled probes return at once
}

int TunnelMonitor::liveSessionCount() const
{
    int count = 0;
    for (const Entry& entry : m_entries)
        count += entry.live ? 1 : 0;
    return count;
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
    // Probes of removed or re-pointed tunnels would only hold a worker; their results are dropped.
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const auto kept = next.constFind(it.key());
        if (it->cancel && (kept == next.cend() || kept->generation != it->generation))
            it->cancel->cancel();
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const auto kept = next.constFind(it.key());
        if (kept == next.cend() || kept->generation != it->generation)
            m_history.remove(it.key());
    }
    m_entries = next;
    reschedule();
}

void TunnelMonitor::setPassword(const QString& password)
{
    if (password == m_password) {
        passwordLookupFinished();
        return;
    }
    // Each probe got its own copy (start()), so the old bytes can go now.
    wipeSecret(m_password);
    m_password = copySecret(password);
    ++m_passwordVersion; // a probe still using the old one is repeated if it is refused (finished())
    passwordLookupFinished();
    retryPassword();
}

void TunnelMonitor::passwordLookupFinished()
{
    if (!m_passwordGate)
        return;
    for (Entry& entry : m_entries)
        if (entry.inFlight && entry.passwordOnDemand)
            entry.passwordVersion = m_passwordVersion; // what they get from the gate now
    m_passwordGate->open(m_password);
    // Later probes get m_password directly; the probes waiting now hold the gate, and its copy of
    // the password is wiped when the last of them ends.
    m_passwordGate.reset();
}

void TunnelMonitor::retryPassword()
{
    for (Entry& entry : m_entries) {
        if (aboutThePassword(entry.last.state) && !entry.inFlight) {
            entry.fullRequested = true;
            entry.dueAtMs = m_clock.elapsed();
        }
    }
    reschedule();
}

void TunnelMonitor::setWindowVisible(bool visible)
{
    m_visible = visible;
    for (Entry& entry : m_entries)
        if (entry.live)
            entry.live->setIntervalMs(liveIntervalMs());
    if (visible) {
        // Coming back into view: refresh what is stale soon.
        for (Entry& entry : m_entries)
            if (!waitsForUser(entry.last.state) && entry.dueAtMs > m_clock.elapsed() + 2000)
                entry.dueAtMs = m_clock.elapsed() + 2000;
    }
    reschedule();
}

void TunnelMonitor::setIntervals(int onlineMs, int liveMs)
{
    m_config.onlineIntervalMs = onlineMs;
    m_config.liveIntervalMs = liveMs;
    m_config.liveHiddenIntervalMs = qMax(m_config.liveHiddenIntervalMs, liveMs); // hidden is never faster
    const qint64 now = m_clock.elapsed();
    for (Entry& entry : m_entries) {
        if (entry.live) {
            entry.live->setIntervalMs(liveIntervalMs());
        } else if (entry.last.state == State::Online && !entry.inFlight && entry.dueAtMs >= 0) {
            const qint64 due =
                now + delayFor(State::Online, 0, m_visible, m_config, QRandomGenerator::global()->generateDouble());
            entry.dueAtMs = qMin(entry.dueAtMs, due);
        }
    }
    reschedule();
}

void TunnelMonitor::probeNow(const QString& name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    if (it->inFlight && it->inFlightFull)
        return; // the full probe under way is the answer
    if (it->live) {
        emit stateChanged(name, it->last); // the live session answered within the last seconds
        return;
    }
    it->fullRequested = true;
    if (!it->inFlight)
        it->dueAtMs = m_clock.elapsed(); // else right after the light check under way
    // Asked for by the user: also without a network (the system may be wrong about it).
    if (!m_networkOnline && !it->inFlight && !m_shutDown)
        start(*it);
    reschedule();
}

void TunnelMonitor::setNetworkOnline(bool online)
{
    if (online == m_networkOnline || m_shutDown)
        return;
    m_networkOnline = online;
    qCInfo(lcMonitor) << (online ? "the network is back: checking every runtime now"
                                 : "no network: checks are paused until it is back");
    if (online)
        recheckAll();
    else
        reschedule(); // stops the timer; every next check shows as none timed
}

void TunnelMonitor::recheckAll()
{
    if (m_shutDown)
        return;
    const qint64 now = m_clock.elapsed();
    for (Entry& entry : m_entries) {
        if (entry.inFlight || entry.live || waitsForUser(entry.last.state))
            continue;
        entry.failures = 0;
        entry.dueAtMs = now;
    }
    reschedule();
}

void TunnelMonitor::setTunnelStatus(const QString& name, const NamedTunnelStatus::Entry& status)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || m_shutDown)
        return;
    Entry& entry = *it;
    const bool wasUp = tunnelUp(entry.tunnelStatus.state);
    const QString text = entry.last.tunnelStatus;
    const QString message = entry.last.message;
    entry.tunnelStatus = status;
    entry.last.tunnelStatus = tunnelStatusText(status);
    explainOffline(entry);
    // cloudflared is connected again (the Colab cell runs): the runtime is probably back, so check
    // now rather than after the offline backoff (the light check, then the full probe).
    const State state = entry.last.state;
    if (tunnelUp(status.state) && !wasUp && !entry.inFlight && !entry.live &&
        (state == State::Offline || state == State::Unknown || state == State::Error)) {
        entry.dueAtMs = m_clock.elapsed();
        reschedule();
    }
    if (entry.last.tunnelStatus != text || entry.last.message != message)
        emit stateChanged(name, entry.last);
}

QString TunnelMonitor::tunnelStatusText(const NamedTunnelStatus::Entry& status)
{
    if (status.state == NamedTunnelStatus::State::Unknown)
        return {};
    QString text = NamedTunnelStatus::stateName(status.state);
    if (!status.colos.isEmpty())
        text += QStringLiteral(" · ") + status.colos.join(QStringLiteral(", "));
    return text;
}

void TunnelMonitor::explainOffline(Entry& entry) const
{
    // "Tunnel down" (no cloudflared connected at Cloudflare) and "SSH offline" (the tunnel is up but
    // the runtime's sshd does not answer) need different fixes, so they get different words.
    if (entry.last.state != State::Offline)
        return;
    const NamedTunnelStatus::Entry& status = entry.tunnelStatus;
    const QString tunnel = status.name.isEmpty() ? entry.tunnel.alias() : status.name;
    switch (status.state) {
    case NamedTunnelStatus::State::Down:
        entry.last.message =
            tr("No cloudflared is connected to tunnel %1 (Cloudflare says it is down): the Colab cell stopped; "
               "re-run it.")
                .arg(tunnel);
        break;
    case NamedTunnelStatus::State::Inactive:
        entry.last.message = tr("No cloudflared is connected to tunnel %1 (Cloudflare says it never ran): the Colab "
                                "cell has not run with this slot's token yet; run it (colab-tunnel slot token %2).")
                                 .arg(tunnel, entry.tunnel.name);
        break;
    case NamedTunnelStatus::State::Healthy:
    case NamedTunnelStatus::State::Degraded:
        entry.last.message = tr("Tunnel %1 is up at Cloudflare (%2), but the runtime's SSH server does not answer: "
                                "sshd is not running in the runtime. Re-run the Colab cell if it does not come back.")
                                 .arg(tunnel, tunnelStatusText(status));
        break;
    case NamedTunnelStatus::State::Unknown:
        if (!entry.probeMessage.isEmpty())
            entry.last.message = entry.probeMessage;
        break;
    }
}

qint64 TunnelMonitor::delayFor(ProbeResult::State state, int failures, bool windowVisible, const Config& config,
                               double unitRandom)
{
    qint64 base;
    if (state == State::Online) {
        base = config.onlineIntervalMs;
        if (!windowVisible)
            base *= config.hiddenFactor;
    } else {
        // Not slowed while hidden: a runtime that returns must be seen within 30 s.
        base = config.offlineMinBackoffMs;
        for (int i = 1; i < failures && base < config.offlineMaxBackoffMs; ++i)
            base *= 2;
        base = qMin<qint64>(base, config.offlineMaxBackoffMs);
    }
    // Jitter spreads probes of many tunnels so they do not all fire together.
    const double factor = 1.0 + config.jitter * (unitRandom * 2.0 - 1.0);
    return qMax<qint64>(50, qint64(double(base) * factor));
}

void TunnelMonitor::reschedule()
{
    if (m_shutDown)
        return;
    // Every change of a due time passes through here: report the ones that moved.
    const qint64 now = m_clock.elapsed();
    QList<QPair<QString, QDateTime>> moved;
    qint64 earliest = -1;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry& entry = it.value();
        const qint64 due = entry.inFlight || !m_networkOnline ? -1 : entry.dueAtMs;
        if (due >= 0 && (earliest < 0 || due < earliest))
            earliest = due;
        if (due == entry.reportedDueAtMs)
            continue;
        entry.reportedDueAtMs = due;
        moved.append({it.key(), due < 0 ? QDateTime() : QDateTime::currentDateTime().addMSecs(due - now)});
    }
    if (earliest < 0)
        m_timer.stop();
    else
        m_timer.start(int(qBound<qint64>(0, earliest - now, qint64(24) * 3600 * 1000)));
    for (const auto& [name, at] : std::as_const(moved)) // after the loop: a slot may reschedule again
        emit nextCheckChanged(name, at);
}

void TunnelMonitor::runDue()
{
    if (!m_networkOnline)
        return;
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
    ProbeRequest request;
    request.depth = banner ? Prober::Depth::Banner : Prober::Depth::Full;
    request.password = copySecret(m_password); // this probe's own copy
    request.cloudflaredPath = m_cloudflaredPath;
    request.connectTimeoutMs = m_config.connectTimeoutMs;
    request.commandTimeoutMs = m_config.commandTimeoutMs;
    request.cancel = std::make_shared<CancelToken>();
    entry.passwordOnDemand = m_passwordGate != nullptr;
    if (entry.passwordOnDemand)
        request.passwordOnDemand = [gate = m_passwordGate, cancel = request.cancel, waitMs = m_config.passwordWaitMs] {
            return gate->await(*cancel, waitMs);
        };
    request.wasOffline = entry.last.state == State::Offline;
    if (!banner && m_config.liveSessions)
        request.keptSession = std::make_shared<std::unique_ptr<SshSession>>();
    entry.inFlight = true;
    entry.inFlightFull = !banner;
    entry.fullRequested = false;
    entry.dueAtMs = -1;
    entry.passwordVersion = m_passwordVersion;
    entry.cancel = request.cancel;
    ++m_inFlight;
    const qint64 now = m_clock.elapsed();
    m_nextStartMs = qMax(m_nextStartMs, now);
    const qint64 startDelayMs = m_nextStartMs - now;
    m_nextStartMs += m_config.startSpacingMs;
    m_pool.start(
        [this, probe = m_probe, tunnel = entry.tunnel, generation = entry.generation, request, startDelayMs]() mutable {
            const LibsshThreadScope libssh;
            ++m_running;
            lowerWorkerPriority();
            for (qint64 waited = 0; waited < startDelayMs && !request.cancel->isCancelled(); waited += 5)
                QThread::msleep(5);
            ProbeResult result = probe(tunnel, request);
            wipeSecret(request.password);
            result.name = tunnel.name;
            --m_running;
            const bool full = request.depth == Prober::Depth::Full;
            KeptSession kept = request.keptSession && *request.keptSession ? request.keptSession : KeptSession();
            QMetaObject::invokeMethod(
                this,
                [this, name = tunnel.name, generation, full, result, kept] {
                    finished(name, generation, full, result, kept);
                },
                Qt::QueuedConnection);
        });
}

void TunnelMonitor::dispose(const KeptSession& kept)
{
    // Closing a session ends its proxy, which may take a moment: never on this (the GUI) thread.
    if (kept && *kept && !m_shutDown)
        m_pool.start([kept] {
            const LibsshThreadScope libssh;
            kept->reset();
        });
}

void TunnelMonitor::finished(const QString& name, quint64 generation, bool full, const ProbeResult& result,
                             KeptSession kept)
{
    --m_inFlight;
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->generation != generation || m_shutDown) {
        dispose(kept);
        return; // removed, replaced by a new runtime, or quitting
    }
    Entry& entry = *it;
    entry.inFlight = false;
    std::shared_ptr<CancelToken> token = std::move(entry.cancel);
    entry.cancel.reset();
    const qint64 now = m_clock.elapsed();

    if (kept && (result.state != State::Online || entry.liveUnavailable || entry.live)) {
        dispose(kept);
        kept.reset();
    }
    // About a password that was replaced meanwhile, or "none given" from a probe that stopped
    // waiting for the keychain before it answered: says nothing about the password there is now.
    if (aboutThePassword(result.state) && (entry.passwordVersion != m_passwordVersion ||
                                           (result.state == State::PasswordNeeded && !m_password.isEmpty()))) {
        entry.fullRequested = true;
        entry.dueAtMs = now;
        reschedule();
        return;
    }
    const State before = entry.last.state;
    entry.failures = result.state == State::Online ? 0 : entry.failures + 1;
    if (!full && result.state == State::Online && before != State::Online) {
        // It answers again: get the facts now.
        entry.fullRequested = true;
        entry.dueAtMs = now;
        reschedule();
        return;
    }
    if (!full && result.state == State::Online) {
        entry.last.latencyMs = result.latencyMs; // still online; facts stay from the last full probe
    } else {
        entry.last = result;
        entry.last.tunnelStatus = tunnelStatusText(entry.tunnelStatus);
        entry.probeMessage = result.message;
    }
    if (result.state == State::Online) {
        entry.offlineSinceMs = -1;
    } else if (result.state == State::Offline) {
        entry.liveUnavailable = false;
        if (entry.offlineSinceMs < 0)
            entry.offlineSinceMs = now;
        if (entry.tunnel.kind == Tunnel::Kind::Quick && now - entry.offlineSinceMs >= m_config.quickTunnelEndsAfterMs) {
            entry.last.state = State::Ended;
            entry.last.message =
                tr("This quick tunnel has ended: it has been offline for %1 minutes, and its hostname does not come "
                   "back once its cloudflared has stopped. Re-run the Colab cell and add the new hostname (or check "
                   "it again).")
                    .arg((now - entry.offlineSinceMs) / 60000);
        }
    }
    explainOffline(entry);
    if (kept) {
        entry.cancel = token; // the live session's: removing or re-pointing the tunnel ends it
        goLive(entry, kept);
    }
    if (entry.live)
        entry.dueAtMs = -1; // the live session notices a loss by itself
    else if (entry.fullRequested)
        entry.dueAtMs = now; // probeNow during a light check
    else if (waitsForUser(entry.last.state))
        entry.dueAtMs = -1;
    else
        entry.dueAtMs = now + delayFor(entry.last.state, entry.failures, m_visible, m_config,
                                       QRandomGenerator::global()->generateDouble());
    if (full || entry.last.state != before) {
        qCDebug(lcMonitor) << name << ProbeResult::stateName(before) << "->"
                           << ProbeResult::stateName(entry.last.state);
        emit stateChanged(name, entry.last);
    }
    emit checked(name);
    emit nextCheckChanged(name,
                          entry.dueAtMs < 0 ? QDateTime() : QDateTime::currentDateTime().addMSecs(entry.dueAtMs - now));
    reschedule();
}

void TunnelMonitor::goLive(Entry& entry, const KeptSession& kept)
{
    auto* live = new LiveSession(entry.tunnel.name, std::move(*kept), entry.cancel, liveIntervalMs(), this);
    entry.live = live;
    const QString name = entry.tunnel.name;
    const quint64 generation = entry.generation;
    connect(live, &LiveSession::sampleArrived, this,
            [this, name, generation](const RuntimeSample& sample) { onSample(name, generation, sample); });
    connect(live, &LiveSession::lost, this, [this, name, generation](const QString& reason, bool connectionLost) {
        onLiveLost(name, generation, reason, connectionLost);
    });
    connect(live, &LiveSession::finished, live, [live] {
        live->wait();
        live->deleteLater();
    });
    live->start();
}

void TunnelMonitor::onSample(const QString& name, quint64 generation, const RuntimeSample& sample)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->generation != generation || !it->live || m_shutDown)
        return;
    RuntimeFacts& facts = it->last.runtime ? *it->last.runtime : it->last.runtime.emplace();
    if (!sample.gpus.isEmpty()) {
        const RuntimeSample::Gpu& gpu = sample.gpus.first();
        facts.gpu = gpu.name;
        facts.gpuUtilizationPct = gpu.utilizationPct;
        facts.gpuMemoryUsedMib = gpu.memoryUsedMib;
        facts.gpuMemoryTotalMib = gpu.memoryTotalMib;
    }
    if (sample.ramTotalMib && sample.ramUsedMib) {
        facts.ramTotalMib = sample.ramTotalMib;
        facts.ramAvailableMib = *sample.ramTotalMib - *sample.ramUsedMib;
    }
    if (sample.diskTotalMib && sample.diskUsedMib)
        facts.diskFreeMib = *sample.diskTotalMib - *sample.diskUsedMib;
    if (sample.uptimeSeconds)
        facts.uptimeSeconds = sample.uptimeSeconds;
    m_history.add(name, sample);
    emit sampleArrived(name, sample);
}

void TunnelMonitor::onLiveLost(const QString& name, quint64 generation, const QString& reason, bool connectionLost)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->generation != generation || m_shutDown)
        return;
    Entry& entry = *it;
    entry.live = nullptr; // it deletes itself once its thread has ended
    entry.cancel.reset();
    const qint64 now = m_clock.elapsed();
    if (!connectionLost) {
        // The runtime still answers; only the sampler stopped. Back to periodic checks until the
        // next online period rather than restarting it in a loop.
        qCWarning(lcMonitor) << name << reason;
        entry.liveUnavailable = true;
        entry.dueAtMs =
            now + delayFor(State::Online, 0, m_visible, m_config, QRandomGenerator::global()->generateDouble());
        reschedule();
        return;
    }
    entry.liveUnavailable = false;
    entry.last.state = State::Offline;
    entry.last.message = reason;
    entry.probeMessage = reason;
    entry.last.latencyMs = -1;
    entry.failures = 1;
    entry.offlineSinceMs = now;
    entry.dueAtMs = now + m_config.reconnectDelayMs;
    qCDebug(lcMonitor) << name << "online -> offline (live session lost)";
    emit stateChanged(name, entry.last);
    reschedule();
}

} // namespace colab
