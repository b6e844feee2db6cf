#include "service/NamedTunnelWatch.h"

#include "cloudflare/CloudflareApi.h"
#include "cloudflare/CloudflareCredentials.h"
#include "cloudflare/SlotIngress.h"
#include "common/Logging.h"

namespace colab {

NamedTunnelWatch::NamedTunnelWatch(Config config, QObject* parent) : QObject(parent), m_config(config)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NamedTunnelWatch::loadCredentials);
}

NamedTunnelWatch::~NamedTunnelWatch()
{
    stop();
}

void NamedTunnelWatch::setTunnels(const QList<Tunnel>& tunnels)
{
    QList<Tunnel> named;
    for (const Tunnel& tunnel : tunnels)
        if (tunnel.kind == Tunnel::Kind::Named && !tunnel.tunnelId.isEmpty() && !tunnel.accountId.isEmpty())
            named << tunnel;
    if (named == m_tunnels)
        return;
    const QStringList accountsBefore = accounts();
    QStringList idsBefore;
    for (const Tunnel& tunnel : std::as_const(m_tunnels))
        idsBefore << tunnel.tunnelId;
    m_tunnels = named;
    if (m_tunnels.isEmpty()) {
        stop();
        return;
    }
    if (m_status) {
        if (accounts() != accountsBefore)
            m_status->setAccounts(accounts());
        for (const Tunnel& tunnel : std::as_const(m_tunnels))
            if (!idsBefore.contains(tunnel.tunnelId)) {
                m_status->pollNow(); // a new slot's status now, not in a minute
                break;
            }
    } else if (!m_loading && !m_retry.isActive()) {
        loadCredentials();
    }
}

void NamedTunnelWatch::setWindowVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    if (m_status)
        m_status->setInterval(intervalMs());
    // Back in view after a long hidden pause: refresh now rather than a minute later.
    if (visible && m_status && m_lastRound.isValid() && m_lastRound.elapsed() > m_config.visibleIntervalMs)
        m_status->pollNow();
}

void NamedTunnelWatch::pollNow()
{
    if (m_status)
        m_status->pollNow();
}

void NamedTunnelWatch::stop()
{
    ++m_loadGeneration; // a keychain answer still under way is ignored
    m_loading = false;
    m_retry.stop();
    dropClient();
    m_statuses.clear();
    m_ingressAsked.clear();
}

int NamedTunnelWatch::pollIntervalMs() const
{
    return m_status ? m_status->interval() : -1;
}

QStringList NamedTunnelWatch::accounts() const
{
    QStringList ids;
    for (const Tunnel& tunnel : m_tunnels)
        if (!ids.contains(tunnel.accountId))
            ids << tunnel.accountId;
    return ids;
}

void NamedTunnelWatch::loadCredentials()
{
    if (m_tunnels.isEmpty() || m_loading)
        return;
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    CloudflareCredentials::load(m_secrets,
                                [this, generation](const CloudflareCredentials& credentials, const QString& error) {
                                    if (generation != m_loadGeneration)
                                        return; // stopped meanwhile
                                    m_loading = false;
                                    onCredentials(credentials, error);
                                });
}

void NamedTunnelWatch::onCredentials(const CloudflareCredentials& credentials, const QString& error)
{
    if (m_tunnels.isEmpty())
        return;
    if (!credentials.ok()) {
        qCInfo(lcCloudflare) << "named tunnels' status not polled:"
                             << (error.isEmpty() ? QStringLiteral("not logged in to Cloudflare") : error);
        retryLater();
        return;
    }
    dropClient();
    m_api = new CloudflareApi(credentials.apiToken, credentials.endpoint, this); // its own copy, wiped when it goes
    m_api->setMaxAttempts(2);
    m_status = new NamedTunnelStatus(m_api, m_api);
    m_status->setAccounts(accounts());
    m_status->setInterval(intervalMs());
    connect(m_status, &NamedTunnelStatus::updated, this, &NamedTunnelWatch::onSnapshot);
    connect(m_status, &NamedTunnelStatus::failed, this, &NamedTunnelWatch::onFailed);
    m_status->start();
}

void NamedTunnelWatch::onSnapshot(const NamedTunnelStatus::Snapshot& snapshot)
{
    m_lastRound.start();
    Statuses statuses;
    for (const Tunnel& tunnel : std::as_const(m_tunnels)) {
        NamedTunnelStatus::Entry entry = snapshot.value(tunnel.tunnelId);
        entry.tunnelId = tunnel.tunnelId; // also when the account no longer has it (state Unknown)
        statuses.insert(tunnel.name, entry);
    }
    m_statuses = statuses;
    updateIngress();
    emit updated(m_statuses);
}

void NamedTunnelWatch::updateIngress()
{
    for (const Tunnel& tunnel : std::as_const(m_tunnels)) {
        if (m_ingressDone.contains(tunnel.tunnelId) || m_ingressAsked.contains(tunnel.tunnelId))
            continue;
        m_ingressAsked.insert(tunnel.tunnelId);
        const QString id = tunnel.tunnelId;
        const QString name = tunnel.name;
        // m_api is a child of this object: its answers never outlive it.
        SlotIngress::update(
            m_api, tunnel.accountId, id, tunnel.hostname, [this, id, name](SlotIngress::Outcome outcome) {
                m_ingressAsked.remove(id);
                if (outcome == SlotIngress::Outcome::Failed)
                    return; // the next round asks again
                m_ingressDone.insert(id);
                if (outcome == SlotIngress::Outcome::Moved)
                    qCInfo(lcCloudflare) << "slot" << name << "now routes to the Colab cell's own sshd port";
            });
    }
}

void NamedTunnelWatch::onFailed(const QString& message)
{
    qCWarning(lcCloudflare) << message; // the API's words; never the token
    Statuses statuses;
    for (const Tunnel& tunnel : std::as_const(m_tunnels)) {
        NamedTunnelStatus::Entry entry;
        entry.tunnelId = tunnel.tunnelId;
        statuses.insert(tunnel.name, entry);
    }
    m_statuses = statuses;
    // A revoked token or a new login: read the credentials again for the next round. This runs
    // inside the client's own callback, so it goes later.
    dropClient();
    retryLater();
    emit updated(m_statuses);
}

void NamedTunnelWatch::retryLater()
{
    m_retry.start(intervalMs());
}

void NamedTunnelWatch::dropClient()
{
    if (!m_api)
        return;
    m_status->stop();
    disconnect(m_status, nullptr, this, nullptr);
    m_api->deleteLater(); // takes m_status with it
    m_api = nullptr;
    m_status = nullptr;
}

} // namespace colab
