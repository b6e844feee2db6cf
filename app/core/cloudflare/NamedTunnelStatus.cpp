#include "cloudflare/NamedTunnelStatus.h"

#include "cloudflare/CloudflareApi.h"
#include "common/Text.h"

#include <QJsonArray>

namespace colab {

QJsonObject NamedTunnelStatus::Entry::toJson() const
{
    return QJsonObject{{QStringLiteral("tunnel_id"), tunnelId},
                       {QStringLiteral("tunnel_name"), name},
                       {QStringLiteral("status"), stateName(state)},
                       {QStringLiteral("colos"), QJsonArray::fromStringList(colos)}};
}

NamedTunnelStatus::NamedTunnelStatus(CloudflareApi* api, QObject* parent) : QObject(parent), m_api(api)
{
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, &NamedTunnelStatus::pollNow);
}

void NamedTunnelStatus::setAccounts(const QStringList& accountIds)
{
    m_accounts = accountIds;
    m_accounts.removeDuplicates();
    m_accounts.removeAll(QString());
}

void NamedTunnelStatus::setInterval(int ms)
{
    m_timer.setInterval(qMax(5000, ms));
}

void NamedTunnelStatus::start()
{
    m_timer.start();
    pollNow();
}

void NamedTunnelStatus::stop()
{
    m_timer.stop();
}

void NamedTunnelStatus::pollNow()
{
    if (m_polling || m_accounts.isEmpty())
        return;
    m_polling = true;
    pollAccount(0, {});
}

void NamedTunnelStatus::pollAccount(int index, Snapshot collected)
{
    if (index >= m_accounts.size()) {
        m_polling = false;
        m_snapshot = collected;
        emit updated(m_snapshot);
        return;
    }
    m_api->listTunnels(m_accounts.at(index), {}, [this, index, collected](const ApiReply& reply) mutable {
        if (!reply.ok()) {
            m_polling = false;
            emit failed(tr("Cannot read the named tunnels' status from Cloudflare: %1").arg(reply.errorText()));
            return;
        }
        collected.insert(parseList(reply.result.toArray()));
        pollAccount(index + 1, collected);
    });
}

NamedTunnelStatus::State NamedTunnelStatus::stateFromApi(const QString& status)
{
    if (status == QLatin1String("inactive"))
        return State::Inactive;
    if (status == QLatin1String("healthy"))
        return State::Healthy;
    if (status == QLatin1String("degraded"))
        return State::Degraded;
    if (status == QLatin1String("down"))
        return State::Down;
    return State::Unknown;
}

QString NamedTunnelStatus::stateName(State state)
{
    switch (state) {
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Healthy:
        return QStringLiteral("healthy");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Down:
        return QStringLiteral("down");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

NamedTunnelStatus::Snapshot NamedTunnelStatus::parseList(const QJsonArray& tunnels)
{
    Snapshot snapshot;
    for (const QJsonValue& value : tunnels) {
        const QJsonObject tunnel = value.toObject();
        Entry entry;
        entry.tunnelId = tunnel.value(QStringLiteral("id")).toString();
        entry.name = inertNetworkText(tunnel.value(QStringLiteral("name")).toString(), 100);
        entry.state = stateFromApi(tunnel.value(QStringLiteral("status")).toString());
        // The list's `connections` (deprecated for the per-tunnel call, still in the list) name the
        // colos: no extra call per tunnel.
        for (const QJsonValue& connection : tunnel.value(QStringLiteral("connections")).toArray()) {
            const QString colo =
                inertNetworkText(connection.toObject().value(QStringLiteral("colo_name")).toString(), 40);
            if (!colo.isEmpty() && !entry.colos.contains(colo))
                entry.colos << colo;
        }
        if (!entry.tunnelId.isEmpty())
            snapshot.insert(entry.tunnelId, entry);
    }
    return snapshot;
}

} // namespace colab
