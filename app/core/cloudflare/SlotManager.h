#pragma once

#include "cloudflare/ApiEnvelope.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace colab {

class CloudflareApi;

// A named tunnel slot: the remotely managed tunnel `colab-NAME`, its ingress
// `NAME.DOMAIN → ssh://localhost:22022` (runtimeSshService(); then "*" → http_status:404) and the proxied CNAME to
// `<id>.cfargotunnel.com`. add() reuses what already exists and is ours, refuses what is not (a
// record or a tunnel of that name someone else made is never changed, and a foreign tunnel's run
// token is never read), and undoes what it created when a later step fails, so a retry starts
// clean or resumes.
//
// "Ours": the API lets nothing be written on a tunnel but its name and configuration, so a tunnel
// called colab-NAME is ours when the app's store knows its id for NAME, when the hostname's CNAME
// points at it, or when its configuration routes exactly NAME.DOMAIN to ssh://localhost (what
// configure() writes). A record is ours when it carries recordComment() or points at our tunnel.
// Creates are idempotent: an HTTP client may send a POST again after a dropped connection, so a
// failed create looks before it reports, and the rollback finds what to delete by lookup, not by
// what this run remembers. remove() deletes exactly the slot's CNAME and tunnel.
class SlotManager : public QObject
{
    Q_OBJECT
public:
    struct Slot
    {
        QString name;
        QString domain;
        QString hostname;   // NAME.DOMAIN
        QString tunnelName; // colab-NAME
        QString tunnelId;
        QString accountId;
        QString zoneId;
        QString zoneStatus;
        QString recordId;
        bool createdTunnel = false;
        bool createdRecord = false;
        QString recordComment; // of the record found for the hostname
        QString runToken;      // a secret: the caller keeps it in the keychain and wipes this copy
    };

    // `api` is borrowed and must outlive this object.
    explicit SlotManager(CloudflareApi* api, QObject* parent = nullptr);
    ~SlotManager() override;

    // The keychain key of a slot's run token (SecretStore; the token is kept nowhere else).
    static QString runTokenKey(const QString& slotName)
    {
        return QStringLiteral("cloudflare-tunnel-token:") + slotName;
    }

    // `accountHint`: the account of cert.pem, when known; otherwise the zone's account is used.
    // `knownTunnelId`: the tunnel the app's store has for this slot, when it has one.
    void add(const QString& name, const QString& domain, const QString& accountHint, const QString& knownTunnelId = {});
    void remove(const Slot& slot);
    // Which slot `hostname` is, when it is one of this account's: its zone, the CNAME to a tunnel
    // called colab-NAME (NAME the hostname's first label), and that tunnel. Changes nothing.
    void recognise(const QString& hostname);

signals:
    // `found` false (and `slot` empty but for its names) when the hostname is not a slot here.
    void recognised(bool found, const colab::SlotManager::Slot& slot);
    void progress(const QString& step);
    void finished(bool ok, const QString& message, const colab::SlotManager::Slot& slot);

private:
    void findRecords();
    void findTunnel(const QString& existingTarget);
    void checkOwnership(const QString& existingTarget, const QJsonObject& tunnel);
    void dropOrphanRecord(const QString& existingTarget);
    void createTunnel();
    void configure();
    void addCname(bool needed);
    void createCname();
    void fetchToken();
    void fail(const QString& message, const ApiReply& reply);
    void rollBack(const QString& reason);
    void succeed(const QString& message);

    CloudflareApi* m_api;
    Slot m_slot;
    QString m_knownTunnelId;
    bool m_triedTunnel = false; // a create was sent: the tunnel may exist whatever its answer said
    bool m_triedRecord = false;
};

} // namespace colab
