#pragma once

#include "cloudflare/ApiEnvelope.h"

#include <QObject>
#include <QString>

namespace colab {

class CloudflareApi;

// A named tunnel slot: the remotely managed tunnel `colab-NAME`, its ingress
// `NAME.DOMAIN → ssh://localhost:22` (then http_status:404) and the proxied CNAME to
// `<id>.cfargotunnel.com`. add() reuses what already exists and is ours, refuses any record of that
// name that is not ours (and never changes it), and undoes what it created when a later step fails,
// so a retry starts clean or resumes. remove() deletes exactly the slot's CNAME and tunnel.
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
        QString runToken; // a secret: the caller keeps it in the keychain and wipes this copy
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
    void add(const QString& name, const QString& domain, const QString& accountHint);
    void remove(const Slot& slot);

signals:
    void progress(const QString& step);
    void finished(bool ok, const QString& message, const colab::SlotManager::Slot& slot);

private:
    void findRecords();
    void findTunnel(const QString& existingTarget);
    void configure();
    void addCname(bool needed);
    void fetchToken();
    void fail(const QString& message, const ApiReply& reply);
    void rollBack(const QString& reason);
    void succeed(const QString& message);

    CloudflareApi* m_api;
    Slot m_slot;
};

} // namespace colab
