#pragma once

#include "cloudflare/ApiEnvelope.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace colab {

class CloudflareApi;

// Polls the live status of the account's named tunnels with ONE list call per account per round
// (not one per tunnel), well within the API's 1200 requests / 5 minutes. "Tunnel down" (no
// connector at Cloudflare) is a different explanation from "SSH offline" (the runtime's sshd).
class NamedTunnelStatus : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Inactive, Healthy, Degraded, Down };
    struct Entry
    {
        QString tunnelId;
        QString name;
        State state = State::Unknown;
        QStringList colos; // data centres of the active connections, e.g. "fra06"
        QJsonObject toJson() const;
    };
    using Snapshot = QHash<QString, Entry>; // by tunnel id

    // `api` is borrowed and must outlive this object.
    explicit NamedTunnelStatus(CloudflareApi* api, QObject* parent = nullptr);

    // The accounts whose tunnels are polled (the store's named tunnels name theirs).
    void setAccounts(const QStringList& accountIds);
    // The pause between rounds; the app passes a longer one while its window is hidden.
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    void start(); // polls at once, then every interval()
    void stop();
    void pollNow();
    const Snapshot& snapshot() const { return m_snapshot; }

    static State stateFromApi(const QString& status);
    static QString stateName(State state);
    // One entry per tunnel of a cfd_tunnel list result (array of tunnel objects).
    static Snapshot parseList(const QJsonArray& tunnels);

signals:
    void updated(const colab::NamedTunnelStatus::Snapshot& snapshot);
    // The round failed (network, token, rate limit); the previous snapshot stays.
    void failed(const QString& message);

private:
    void pollAccount(int index, Snapshot collected);

    CloudflareApi* m_api;
    QStringList m_accounts;
    QTimer m_timer;
    Snapshot m_snapshot;
    bool m_polling = false;
};

} // namespace colab
