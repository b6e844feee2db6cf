#include "service/SetupAssistant.h"

#include "cloudflare/CloudflaredLocator.h"
#include "common/AppSettings.h"
#include "secrets/SecretMemory.h"
#include "service/AppService.h"
#include "service/SlotKeys.h"
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
    // Each domain check and login reads the credentials again: the wizard shows what they found.
    connect(&m_account, &CloudflareAccount::domainChecked, this, [this](const DnsCheck& result) {
        m_credentials = m_account.credentials();
        emit loginChecked(m_credentials.ok(), m_credentials.source, {});
        emit domainChecked(result);
    });
    connect(&m_account, &CloudflareAccount::waiting, this, &SetupAssistant::waiting);
    connect(&m_account, &CloudflareAccount::loginUrl, this, &SetupAssistant::loginUrl);
    connect(&m_account, &CloudflareAccount::loginProgress, this, &SetupAssistant::loginProgress);
    connect(&m_account, &CloudflareAccount::loginFinished, this,
            [this](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                if (outcome == LoginRunner::Outcome::LoggedIn || outcome == LoginRunner::Outcome::ExistingCertificate) {
                    m_credentials = m_account.credentials();
                    emit loginChecked(m_credentials.ok(), m_credentials.source, {});
                }
                emit loginFinished(outcome, message, certPath);
            });
    connect(&m_slot, &SlotSetup::progress, this, &SetupAssistant::slotProgress);
    connect(&m_slot, &SlotSetup::waiting, this, &SetupAssistant::waiting);
    connect(&m_slot, &SlotSetup::finished, this, [this](bool ok, const QString& message, const QString& hostname) {
        m_slotName.clear();
        emit slotFinished(ok, message, hostname);
    });
    connect(service, &AppService::stateChanged, this, [this](const QString& name, const ProbeResult& result) {
        if (!m_awaited.isEmpty() && name == m_awaited)
            emit runtimeState(name, result);
    });
    connect(service, &AppService::changeFinished, this, [this](bool ok, const QString& message, const Tunnel& tunnel) {
        if (m_slotStored && tunnel.name == m_slotName) {
            const auto stored = std::move(m_slotStored);
            m_slotStored = nullptr;
            stored(ok, message);
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

void SetupAssistant::withCredentials(const std::function<void()>& then)
{
    const QPointer<SetupAssistant> self(this);
    m_account.loadCredentials([self, then](const CloudflareCredentials& credentials, const QString& error) {
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

void SetupAssistant::checkDomain(const QString& domain)
{
    // Credentials are read afresh: a login since the last check also shows the zone's status.
    m_account.checkDomain(domain);
}

void SetupAssistant::cancelDomainCheck()
{
    m_account.cancelDomainCheck();
}

void SetupAssistant::startLogin()
{
    m_account.startLogin(m_cloudflared.path, m_loginTimeoutMs);
}

void SetupAssistant::cancelLogin()
{
    m_account.cancelLogin();
}

bool SetupAssistant::loginRunning() const
{
    return m_account.loginRunning();
}

bool SetupAssistant::moveCertificateAside(const QString& certPath, QString* movedTo, QString* error)
{
    return LoginRunner::moveAside(certPath, movedTo, error);
}

void SetupAssistant::createSlot(const QString& name, const QString& domain)
{
    cancelSlot();
    const Validated validName = validateTunnelName(name);
    QString refusal = validName.ok() ? SlotSetup::refusal(m_service->find(validName.value), validName.value, domain)
                                     : validName.error;
    if (refusal.isEmpty() && !m_credentials.ok())
        refusal = tr("Not logged in to Cloudflare: authorise first.");
    if (!refusal.isEmpty()) {
        emit slotFinished(false, refusal, {});
        return;
    }
    const Tunnel* known = m_service->find(validName.value);
    m_slotName = validName.value;
    m_slot.add(m_credentials, validName.value, domain, known ? known->tunnelId : QString(),
               [this](const QString& slotHost, const QString& slotName, const TunnelRepository::CloudflareIds& ids,
                      std::function<void(bool, const QString&)> stored) {
                   // The service stores it on its worker; its changeFinished answers.
                   m_slotStored = std::move(stored);
                   m_service->addNamedSlot(slotHost, slotName, ids);
               });
}

void SetupAssistant::cancelSlot()
{
    m_slot.cancel();
    m_slotStored = nullptr;
    m_slotName.clear();
}

void SetupAssistant::readColabSecret(const QString& name, const SlotSetup::SecretDone& done)
{
    const Tunnel* tunnel = m_service->find(name);
    if (!tunnel || tunnel->tunnelId.isEmpty())
        return done({}, tr("%1 is not a tunnel slot of this app.").arg(name), {});
    m_account.colabSecret(*tunnel, done);
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
    Validated name = validateTunnelName(request.name.trimmed());
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
