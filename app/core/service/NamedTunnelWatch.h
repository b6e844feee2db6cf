#pragma once

#include "cloudflare/NamedTunnelStatus.h"
#include "secrets/SecretStore.h"
#include "tunnels/Tunnel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace colab {

class CloudflareApi;
class CloudflareCredentials;

// Watches the named tunnels of the store at Cloudflare while there are any: credentials from the
// keychain or cert.pem (read without blocking), then one list call per account per round
// (NamedTunnelStatus), every minute while the window is visible and every three minutes while it
// is hidden. Without credentials, or after a failed round, it tries again at the next interval
// with credentials read afresh (a login or a new token is picked up). Stops when no named tunnel
// remains; the token is wiped with the client. After its first good round it moves each slot an
// earlier version routed to port 22 to the cell's own sshd port (SlotIngress), once per slot.
class NamedTunnelWatch : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int visibleIntervalMs = 60000;
        int hiddenIntervalMs = 180000;
    };
    // By tunnel name; state Unknown for a tunnel the round did not find, or when the round failed.
    using Statuses = NamedTunnelStatus::Snapshot;

    explicit NamedTunnelWatch(Config config, QObject* parent = nullptr);
    ~NamedTunnelWatch() override;

    // The store's tunnels; only named ones with a tunnel and an account id are watched.
    void setTunnels(const QList<Tunnel>& tunnels);
    void setWindowVisible(bool visible);
    // A round now, e.g. when a named runtime just went offline: is it the tunnel or its sshd?
    void pollNow();
    void stop();

    bool watching() const { return !m_tunnels.isEmpty(); }
    // The interval of the running poller; -1 while there is none (no credentials yet, stopped).
    int pollIntervalMs() const;
    const Statuses& statuses() const { return m_statuses; }

signals:
    // After every round, for every watched tunnel.
    void updated(const colab::NamedTunnelWatch::Statuses& statuses);

private:
    void loadCredentials();
    void onCredentials(const CloudflareCredentials& credentials, const QString& error);
    void onSnapshot(const NamedTunnelStatus::Snapshot& snapshot);
    void onFailed(const QString& message);
    void updateIngress();
    void dropClient();
    void retryLater();
    QStringList accounts() const;
    int intervalMs() const { return m_visible ? m_config.visibleIntervalMs : m_config.hiddenIntervalMs; }

    Config m_config;
    SecretStore m_secrets; // its own: a read still under way ends with this object
    QList<Tunnel> m_tunnels;
    CloudflareApi* m_api = nullptr;        // a child; holds the token
    NamedTunnelStatus* m_status = nullptr; // a child of m_api
    QTimer m_retry;                        // no credentials, or the last round failed
    QElapsedTimer m_lastRound;
    Statuses m_statuses;
    QSet<QString> m_ingressDone; // tunnel ids whose ingress is current (or not ours to change)
    QSet<QString> m_ingressAsked;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    bool m_visible = true;
};

} // namespace colab
