#include "service/CloudflareAccount.h"

#include "cloudflare/CloudflareApi.h"
#include "cloudflare/NamedTunnelStatus.h"
#include "cloudflare/OriginCert.h"
#include "cloudflare/SlotManager.h"
#include "secrets/SecretMemory.h"
#include "ssh/SlotHostKey.h"

#include <utility>

namespace colab {

CloudflareAccount::CloudflareAccount(SecretStore& secrets, QObject* parent) : QObject(parent), m_secrets(secrets) {}

CloudflareAccount::~CloudflareAccount()
{
    cancelDomainCheck();
    if (m_login)
        m_login->cancel();
}

std::unique_ptr<CloudflareApi> CloudflareAccount::makeApi(const CloudflareCredentials& credentials)
{
    auto api = std::make_unique<CloudflareApi>(credentials.apiToken, credentials.endpoint);
    connect(api.get(), &CloudflareApi::waiting, this, [this](int, const QString& reason) { emit waiting(reason); });
    return api;
}

void CloudflareAccount::loadCredentials(const CloudflareCredentials::Callback& done)
{
    const QPointer<CloudflareAccount> self(this);
    CloudflareCredentials::load(m_secrets,
                                [self, done](const CloudflareCredentials& credentials, const QString& error) {
                                    if (!self)
                                        return;
                                    self->m_credentials = credentials;
                                    self->m_credentialsError = error;
                                    done(credentials, error);
                                });
}

QString CloudflareAccount::apiTokenShapeError(const QString& token)
{
    if (token.isEmpty())
        return tr("no API token was given.");
    if (token.size() > 1024 || token.contains(QLatin1Char(' ')))
        return tr("that is not an API token (at most 1024 characters, no spaces).");
    return {};
}

void CloudflareAccount::keepApiToken(QString token, const Done& done)
{
    if (const QString shape = apiTokenShapeError(token); !shape.isEmpty()) {
        wipeSecret(token);
        return done(false, shape);
    }
    // The API object holds its own copy (wiped with it); ours goes once the keychain has it.
    auto* api = new CloudflareApi(token, {}, this);
    const QPointer<CloudflareAccount> self(this);
    api->verifyToken({}, [self, api, done, token = copySecret(token)](const ApiReply& verified) mutable {
        api->deleteLater();
        if (!self) {
            wipeSecret(token);
            return;
        }
        if (!verified.ok()) {
            wipeSecret(token);
            return done(false, tr("Cloudflare refused the API token: %1").arg(verified.errorText()));
        }
        self->m_secrets.write(
            QLatin1String(SecretStore::kCloudflareTokenKey), token, [done](const SecretStore::Result& stored) {
                if (!stored.ok())
                    return done(false, tr("The API token is valid but could not be kept: %1").arg(stored.message));
                done(true, tr("The Cloudflare API token is valid and stored in the system keychain."));
            });
        wipeSecret(token);
    });
    wipeSecret(token);
}

void CloudflareAccount::startLogin(const QString& cloudflaredPath, int timeoutMs)
{
    m_login = std::make_unique<LoginRunner>();
    m_login->setTimeoutMs(timeoutMs);
    connect(m_login.get(), &LoginRunner::loginUrl, this, &CloudflareAccount::loginUrl);
    connect(m_login.get(), &LoginRunner::progress, this, &CloudflareAccount::loginProgress);
    connect(m_login.get(), &LoginRunner::finished, this,
            [this](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                // A new or existing certificate: read the credentials again before saying so.
                if (outcome != LoginRunner::Outcome::LoggedIn && outcome != LoginRunner::Outcome::ExistingCertificate)
                    return emit loginFinished(outcome, message, certPath);
                loadCredentials([this, outcome, message, certPath](const CloudflareCredentials&, const QString&) {
                    emit loginFinished(outcome, message, certPath);
                });
            });
    m_login->start(cloudflaredPath);
}

void CloudflareAccount::cancelLogin()
{
    if (m_login)
        m_login->cancel();
}

bool CloudflareAccount::loginRunning() const
{
    return m_login && m_login->isRunning();
}

QString CloudflareAccount::certificatePath()
{
    return LoginRunner::expectedCertPath();
}

bool CloudflareAccount::moveCertificateAside(QString* movedTo, QString* error)
{
    return LoginRunner::moveAside(certificatePath(), movedTo, error);
}

bool CloudflareAccount::certificateAccount(const QString& certPath, QString* account, QString* error)
{
    OriginCert cert;
    if (!OriginCert::load(certPath, &cert, error))
        return false;
    wipeSecret(cert.apiToken);
    *account = cert.accountId.isEmpty() ? tr("unknown") : cert.accountId;
    return true;
}

void CloudflareAccount::checkDomain(const QString& domain)
{
    cancelDomainCheck();
    const int check = m_domainCheck;
    loadCredentials([this, domain, check](const CloudflareCredentials& credentials, const QString&) {
        if (check != m_domainCheck)
            return;
        m_dnsCheck = new DnsChecker(this);
        if (credentials.ok())
            m_dnsApi = makeApi(credentials);
        connect(m_dnsCheck, &DnsChecker::finished, this, [this](const DnsCheck& result) {
            m_dnsCheck->deleteLater();
            m_dnsCheck = nullptr;
            emit domainChecked(result);
        });
        m_dnsCheck->check(domain, m_dnsApi.get());
    });
}

void CloudflareAccount::cancelDomainCheck()
{
    ++m_domainCheck;
    // The API goes first: its pending callbacks point into the check.
    m_dnsApi.reset();
    delete m_dnsCheck.data();
}

void CloudflareAccount::colabSecret(const Tunnel& slot, const SlotSetup::SecretDone& done)
{
    SlotSetup::colabSecret(m_secrets, slot, done);
}

void CloudflareAccount::removeSlot(const Tunnel& slot)
{
    if (slot.tunnelId.isEmpty() || slot.accountId.isEmpty() || slot.zoneId.isEmpty())
        return emit slotRemoved(false, tr("%1 is not a tunnel slot of this app.").arg(slot.name));
    loadCredentials([this, slot](const CloudflareCredentials& credentials, const QString& error) {
        if (!credentials.ok())
            return emit slotRemoved(
                false, error.isEmpty() ? tr("Not logged in to Cloudflare. Run colab-tunnel login first.") : error);
        std::shared_ptr<CloudflareApi> api = makeApi(credentials);
        auto* manager = new SlotManager(api.get(), this);
        connect(manager, &SlotManager::progress, this, &CloudflareAccount::slotProgress);
        connect(manager, &SlotManager::finished, this,
                [this, api, manager, name = slot.name](bool ok, const QString& message, const SlotManager::Slot&) {
                    manager->deleteLater();
                    if (!ok)
                        return emit slotRemoved(false, message);
                    // Without its tunnel the slot's run token and host key serve nothing: they go too.
                    auto pending = std::make_shared<int>(2);
                    auto problems = std::make_shared<QStringList>();
                    for (const QString& key : {SlotManager::runTokenKey(name), SlotHostKey::keychainKey(name)})
                        m_secrets.remove(key, [this, pending, problems, message](const SecretStore::Result& dropped) {
                            if (!dropped.ok() && dropped.status != SecretStore::Status::NotFound)
                                *problems << dropped.message;
                            if (--*pending == 0)
                                emit slotRemoved(true, (QStringList{message} + *problems).join(QLatin1Char('\n')));
                        });
                });
        SlotManager::Slot which;
        which.name = slot.name;
        which.hostname = slot.hostname;
        which.tunnelId = slot.tunnelId;
        which.accountId = slot.accountId;
        which.zoneId = slot.zoneId;
        manager->remove(which);
    });
}

void CloudflareAccount::readTunnelStatus(const QList<Tunnel>& tunnels, const StatusDone& done)
{
    QStringList accounts;
    for (const Tunnel& tunnel : tunnels)
        if (!tunnel.tunnelId.isEmpty() && !accounts.contains(tunnel.accountId))
            accounts << tunnel.accountId;
    if (accounts.isEmpty())
        return done({}, {});
    loadCredentials([this, accounts, done](const CloudflareCredentials& credentials, const QString& error) {
        if (!credentials.ok())
            return done({}, error.isEmpty() ? tr("not logged in to Cloudflare") : error);
        std::shared_ptr<CloudflareApi> api = makeApi(credentials);
        api->setMaxAttempts(1); // a listing answers now or says why; it does not wait out retries
        auto* status = new NamedTunnelStatus(api.get(), this);
        status->setAccounts(accounts);
        auto answered = std::make_shared<bool>(false);
        const auto answer = [api, status, done, answered](const QString& failure) {
            if (std::exchange(*answered, true))
                return;
            QHash<QString, QJsonObject> byTunnelId;
            const NamedTunnelStatus::Snapshot& snapshot = status->snapshot();
            for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it)
                byTunnelId.insert(it.key(), it.value().toJson());
            status->deleteLater();
            done(byTunnelId, failure);
        };
        connect(status, &NamedTunnelStatus::updated, this, [answer] { answer({}); });
        connect(status, &NamedTunnelStatus::failed, this, answer);
        status->pollNow();
    });
}

} // namespace colab
