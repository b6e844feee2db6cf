#pragma once

#include "cloudflare/CloudflareCredentials.h"
#include "cloudflare/DnsChecker.h"
#include "cloudflare/LoginRunner.h"
#include "secrets/SecretStore.h"
#include "service/SlotSetup.h"
#include "tunnels/Tunnel.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace colab {

class CloudflareApi;

// The user's Cloudflare account, for both front ends (the wizard through SetupAssistant, and the
// command line's login, dns-check, slot and `list --json`): its credentials, logging in (in the
// browser through cloudflared, or with an API token kept in the keychain), whether a domain is ready
// for tunnels, a slot's Colab secret, removing a slot, and the live status of the account's tunnels.
// Widget-free and asynchronous; every answer arrives on the caller's thread. Tokens never reach a
// message or a log.
class CloudflareAccount : public QObject
{
    Q_OBJECT
public:
    // `secrets` is borrowed and outlives this object.
    explicit CloudflareAccount(SecretStore& secrets, QObject* parent = nullptr);
    ~CloudflareAccount() override;

    // Read afresh each time (a login since the last call counts): a keychain API token, else cert.pem.
    // `error` is empty when there simply are none.
    void loadCredentials(const CloudflareCredentials::Callback& done);
    const CloudflareCredentials& credentials() const { return m_credentials; }
    // Why the last read found none usable (a malformed cert.pem); empty when there simply were none.
    const QString& credentialsError() const { return m_credentialsError; }

    // The token's shape (at most 1024 characters, no spaces); empty when it may be one.
    static QString apiTokenShapeError(const QString& token);
    // Asks Cloudflare whether the token is usable, then keeps it in the keychain. `token` is wiped.
    using Done = std::function<void(bool ok, const QString& message)>;
    void keepApiToken(QString token, const Done& done);

    // `cloudflared tunnel login`; loginFinished follows (credentials read again after a certificate).
    void startLogin(const QString& cloudflaredPath, int timeoutMs);
    void cancelLogin();
    bool loginRunning() const;
    // Where the login writes its certificate, and making room for a new one (renamed, never deleted).
    static QString certificatePath();
    static bool moveCertificateAside(QString* movedTo, QString* error);
    // The account a certificate belongs to ("unknown" when it does not say), or why it is unusable.
    static bool certificateAccount(const QString& certPath, QString* account, QString* error);

    // The domain's name servers, and its zone when logged in; domainChecked follows. A newer check
    // replaces an older one.
    void checkDomain(const QString& domain);
    void cancelDomainCheck();

    // The value of a slot's Colab secret (see SlotSetup::colabSecret).
    void colabSecret(const Tunnel& slot, const SlotSetup::SecretDone& done);

    // Deletes exactly that slot's tunnel and DNS record at Cloudflare, then its run token and host
    // key from the keychain; slotRemoved follows. The runtime itself is the caller's to forget.
    void removeSlot(const Tunnel& slot);

    // Each slot's status at Cloudflare once, by tunnel id, as `list --json` shows it; `error` says
    // why there is none (not logged in, the API failed).
    using StatusDone = std::function<void(const QHash<QString, QJsonObject>& byTunnelId, const QString& error)>;
    void readTunnelStatus(const QList<Tunnel>& tunnels, const StatusDone& done);

signals:
    void loginUrl(const QString& url);
    void loginProgress(int elapsedSeconds);
    void loginFinished(colab::LoginRunner::Outcome outcome, const QString& message, const QString& certPath);
    void domainChecked(const colab::DnsCheck& result);
    void slotProgress(const QString& step);
    void slotRemoved(bool ok, const QString& message);
    // Cloudflare asked us to wait (429) or a request is retried.
    void waiting(const QString& reason);

private:
    std::unique_ptr<CloudflareApi> makeApi(const CloudflareCredentials& credentials);

    SecretStore& m_secrets;
    CloudflareCredentials m_credentials;
    QString m_credentialsError;
    std::unique_ptr<LoginRunner> m_login;
    QPointer<DnsChecker> m_dnsCheck;
    std::unique_ptr<CloudflareApi> m_dnsApi;
    int m_domainCheck = 0; // the newest check wins
};

} // namespace colab
