#include "service/SetupAssistant.h"

#include "service/SlotKeys.h"

#include "cloudflare/CloudflareApi.h"
#include "cloudflare/CloudflaredLocator.h"
#include "common/AppSettings.h"
#include "secrets/SecretMemory.h"
#include "service/AppService.h"
#include "tunnels/PasteParser.h"
#include "tunnels/Validation.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace colab {

SetupAssistant::SetupAssistant(AppService* service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(&m_cloudflaredChecker, &CloudflaredChecker::checked, this, [this](const CloudflaredCheck& state) {
        m_cloudflared = state;
        emit cloudflaredChecked(state);
    });
    connect(service, &AppService::stateChanged, this, [this](const QString& name, const ProbeResult& result) {
        if (!m_awaited.isEmpty() && name == m_awaited)
            emit runtimeState(name, result);
    });
    connect(service, &AppService::changeFinished, this, [this](bool ok, const QString& message, const Tunnel& tunnel) {
        if (!m_slotName.isEmpty() && tunnel.name == m_slotName) {
            m_slotName.clear();
            if (!ok)
                return emit slotFinished(false, message, tunnel.hostname);
            // After the store: the slot's own host key, pinned before any runtime of it exists.
            const QPointer<SetupAssistant> self(this);
            emit slotProgress(tr("Pinning the slot's own host key…"));
            SlotKeys::ensure(m_secrets, tunnel.name, tunnel.hostname, TunnelRepository::knownHostsFile(tunnel.name),
                             [self, message, hostname = tunnel.hostname](const SlotKeys::Pinned& pinned) {
                                 if (!self)
                                     return;
                                 if (pinned.ok)
                                     emit self->slotProgress(pinned.message);
                                 emit self->slotFinished(pinned.ok, pinned.ok ? message : pinned.message, hostname);
                             });
            return;
        }
        if (!m_awaited.isEmpty() && tunnel.name == m_awaited && m_adding) {
            m_adding = false;
            if (ok)
                emit runtimeAdded(tunnel.name, tunnel.hostname);
            else
                emit runtimeAddFailed(tunnel.name, message);
        }
    });
}

SetupAssistant::~SetupAssistant()
{
    cancelSlot();
    cancelDomainCheck();
    if (m_login)
        m_login->cancel();
}

void SetupAssistant::checkCloudflared(const QString& explicitPath)
{
    m_cloudflaredChecker.check(explicitPath.isEmpty() ? m_service->cloudflaredPath() : explicitPath);
}

void SetupAssistant::chooseCloudflared(const QString& path)
{
    if (CloudflaredLocator::locate(path).ok()) {
        AppSettings::setCloudflaredPath(path);
        m_service->setCloudflaredPath(path); // the ssh config and every probe use it from now on
    }
    checkCloudflared(path);
}

void SetupAssistant::withCredentials(std::function<void()> then)
{
    const QPointer<SetupAssistant> self(this);
    CloudflareCredentials::load(m_secrets,
                                [self, then](const CloudflareCredentials& credentials, const QString& error) {
                                    if (!self)
                                        return;
                                    self->m_credentials = credentials;
                                    emit self->loginChecked(credentials.ok(), credentials.source, error);
                                    if (then)
                                        then();
                                });
}

void SetupAssistant::checkLogin()
{
    withCredentials({});
}

std::unique_ptr<CloudflareApi> SetupAssistant::makeApi()
{
    auto api = std::make_unique<CloudflareApi>(m_credentials.apiToken, m_credentials.endpoint);
    connect(api.get(), &CloudflareApi::waiting, this, [this](int, const QString& reason) { emit waiting(reason); });
    return api;
}

void SetupAssistant::checkDomain(const QString& domain)
{
    cancelDomainCheck();
    const int check = ++m_domainCheck;
    // Credentials read afresh: a login since the last check also shows the zone's status.
    withCredentials([this, domain, check] {
        if (check != m_domainCheck)
            return;
        m_dnsCheck = new DnsCheck(this);
        if (m_credentials.ok())
            m_dnsApi = makeApi();
        connect(m_dnsCheck, &DnsCheck::finished, this, [this](const DnsCheck::Result& result) {
            m_dnsCheck->deleteLater();
            m_dnsCheck = nullptr;
            emit domainChecked(result);
        });
        m_dnsCheck->check(domain, m_dnsApi.get());
    });
}

void SetupAssistant::cancelDomainCheck()
{
    ++m_domainCheck;
    // The API goes first: its pending callbacks point into the check.
    m_dnsApi.reset();
    delete m_dnsCheck.data();
}

void SetupAssistant::startLogin()
{
    m_login = std::make_unique<LoginRunner>();
    m_login->setTimeoutMs(m_loginTimeoutMs);
    connect(m_login.get(), &LoginRunner::loginUrl, this, &SetupAssistant::loginUrl);
    connect(m_login.get(), &LoginRunner::progress, this, &SetupAssistant::loginProgress);
    connect(m_login.get(), &LoginRunner::finished, this,
            [this](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                // A new or existing certificate: read the credentials again before saying so.
                if (outcome == LoginRunner::Outcome::LoggedIn || outcome == LoginRunner::Outcome::ExistingCertificate)
                    withCredentials(
                        [this, outcome, message, certPath] { emit loginFinished(outcome, message, certPath); });
                else
                    emit loginFinished(outcome, message, certPath);
            });
    m_login->start(m_cloudflared.path);
}

void SetupAssistant::cancelLogin()
{
    if (m_login)
        m_login->cancel();
}

bool SetupAssistant::loginRunning() const
{
    return m_login && m_login->isRunning();
}

bool SetupAssistant::moveCertificateAside(const QString& certPath, QString* movedTo, QString* error)
{
    return LoginRunner::moveAside(certPath, movedTo, error);
}

void SetupAssistant::createSlot(const QString& name, const QString& domain)
{
    cancelSlot();
    const Validated validName = validateTunnelName(name);
    const Validated hostname = validateHostname(name + QLatin1Char('.') + domain);
    QString refusal;
    if (!validName.ok())
        refusal = validName.error;
    else if (!hostname.ok())
        refusal = hostname.error;
    else if (const Tunnel* known = m_service->find(validName.value); known && known->hostname != hostname.value)
        refusal = tr("The name %1 is already used for %2; choose another name or remove that runtime first.")
                      .arg(validName.value, known->hostname);
    else if (!m_credentials.ok())
        refusal = tr("Not logged in to Cloudflare: authorise first.");
    if (!refusal.isEmpty()) {
        emit slotFinished(false, refusal, {});
        return;
    }
    m_slotApi = makeApi();
    m_slotManager = new SlotManager(m_slotApi.get(), this);
    connect(m_slotManager, &SlotManager::progress, this, &SetupAssistant::slotProgress);
    connect(m_slotManager, &SlotManager::finished, this, &SetupAssistant::onSlotFinished);
    const Tunnel* known = m_service->find(validName.value);
    m_slotManager->add(validName.value, domain, m_credentials.accountId, known ? known->tunnelId : QString());
}

void SetupAssistant::onSlotFinished(bool ok, const QString& message, const SlotManager::Slot& slot)
{
    m_slotManager->deleteLater();
    m_slotManager = nullptr;
    if (!ok) {
        emit slotFinished(false, message, {});
        return;
    }
    // The run token lives only in the keychain, for the Colab secret the cell reads.
    const QString token = copySecret(slot.runToken);
    m_secrets.write(SlotManager::runTokenKey(slot.name), token, [](const SecretStore::Result&) {
        // Not kept (no keychain): readRunToken fetches it again from Cloudflare when needed.
    });
    QString spent = token;
    wipeSecret(spent);
    emit slotProgress(tr("Adding %1 to Colab Tunnel…").arg(slot.hostname));
    m_slotName = slot.name;
    m_service->addNamedSlot(slot.hostname, slot.name, {slot.tunnelId, slot.accountId, slot.zoneId});
}

void SetupAssistant::cancelSlot()
{
    m_slotName.clear();
    // The API goes first: its pending callbacks point into the manager.
    m_slotApi.reset();
    delete m_slotManager;
    m_slotManager = nullptr;
}

void SetupAssistant::readColabSecret(const QString& name,
                                     std::function<void(const QString&, const QString&, const QString&)> done)
{
    const QPointer<SetupAssistant> self(this);
    readRunToken(name, [self, name, done](const QString& token, const QString& error) {
        if (!self || token.isEmpty())
            return done({}, error, {});
        SlotKeys::colabSecret(self->m_secrets, name, token, [done](const QString& secret, const QString& warning) {
            done(secret, {}, warning);
        });
    });
}

void SetupAssistant::readRunToken(const QString& name, std::function<void(const QString&, const QString&)> done)
{
    const QPointer<SetupAssistant> self(this);
    m_secrets.read(SlotManager::runTokenKey(name), [self, name, done](const SecretStore::Result& kept) {
        if (!self)
            return;
        if (kept.ok()) {
            done(kept.value, {});
            SecretStore::Result spent = kept;
            wipeSecret(spent.value);
            return;
        }
        const Tunnel* tunnel = self->m_service->find(name);
        if (!tunnel || tunnel->tunnelId.isEmpty()) {
            done({}, tr("%1 is not a tunnel slot of this app.").arg(name));
            return;
        }
        const QString accountId = tunnel->accountId;
        const QString tunnelId = tunnel->tunnelId;
        self->withCredentials([self, name, accountId, tunnelId, done] {
            if (!self->m_credentials.ok()) {
                done({}, tr("Not logged in to Cloudflare, so the run token cannot be fetched again."));
                return;
            }
            auto* api = self->makeApi().release();
            api->setParent(self);
            api->tunnelToken(accountId, tunnelId, [self, api, name, done](const ApiReply& reply) {
                api->deleteLater();
                if (!reply.ok() || !reply.result.isString()) {
                    done({}, tr("Cannot fetch the run token of %1: %2").arg(name, reply.errorText()));
                    return;
                }
                QString token = copySecret(reply.result.toString());
                self->m_secrets.write(SlotManager::runTokenKey(name), token, [](const SecretStore::Result&) {});
                done(token, {});
                wipeSecret(token);
            });
        });
    });
}

void SetupAssistant::makeCell(const CellOptions& options)
{
    const QPointer<SetupAssistant> self(this);
    const int generation = ++m_cellGeneration;
    m_service->makeCell(options, [self, generation](const GeneratedCell& cell) {
        if (self && generation == self->m_cellGeneration) // an older cell never replaces a newer one
            emit self->cellReady(cell);
    });
}

Validated SetupAssistant::requestCell(const CellRequest& request)
{
    const Validated name = validateTunnelName(request.name.trimmed());
    if (!name.ok())
        return name;
    CellOptions options;
    options.name = name.value;
    options.mountDrive = request.mountDrive;
    options.repoUrl = request.repoUrl.trimmed();
    if (request.ownDomain) {
        options.mode = CellOptions::Mode::Named;
        if (const Tunnel* tunnel = m_service->find(name.value))
            options.hostname = tunnel->hostname;
    }
    if (const QString error = ColabCell::optionsError(options); !error.isEmpty())
        return Validated{{}, error};
    waitForRuntime(name.value);
    makeCell(options);
    return name;
}

void SetupAssistant::waitForRuntime(const QString& name)
{
    m_awaited = name;
    m_offer = {};
    m_adding = false;
}

bool SetupAssistant::offerRuntime(const QString& text)
{
    if (m_awaited.isEmpty())
        return false;
    const ParsedRuntime parsed = PasteParser::parse(text);
    // Only the runtime the cell was made for: its link and card carry its name.
    if (!parsed.ok() || parsed.name != m_awaited)
        return false;
    const Tunnel* known = m_service->find(m_awaited);
    // A slot of the user's domain keeps its own hostname: a link never re-points it.
    if (known && !known->tunnelId.isEmpty())
        return known->hostname == parsed.hostname;
    if (known && known->hostname == parsed.hostname)
        return true; // already added (the link and the clipboard both brought it)
    // The user confirms a new host before any password is sent to it: offered, not added.
    if (m_offer.hostname != parsed.hostname) {
        m_offer = {parsed.hostname, text};
        emit runtimeOffered(m_awaited, parsed.hostname, known ? known->hostname : QString());
    }
    return true;
}

void SetupAssistant::acceptOffer()
{
    if (m_offer.hostname.isEmpty() || m_awaited.isEmpty())
        return;
    m_adding = true;
    m_service->addTunnel(m_offer.text, m_awaited);
    m_offer = {};
}

} // namespace colab
