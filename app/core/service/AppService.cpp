#include "service/AppService.h"

#include "cloudflare/CloudflaredLocator.h"
#include "colab/GitIdentity.h"
#include "colab/ShaCrypt.h"
#include "common/AppPaths.h"
#include "common/Logging.h"
#include "secrets/SecretMemory.h"
#include "service/ProbeSetup.h"
#include "service/SlotFinder.h"
#include "service/SlotKeys.h"
#include "ssh/AppKey.h"
#include "ssh/LibsshThread.h"
#include "ssh/ProxyProcess.h"
#include "tunnels/PasteParser.h"
#include "tunnels/TunnelStore.h"
#include "tunnels/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace colab {

namespace {
using State = ProbeResult::State;
const QString kKeychainProblem = QStringLiteral("keychain");
const QString kPasswordProblem = QStringLiteral("password");

QString hostKeyProblem(const QString& name)
{
    return QStringLiteral("hostkey:") + name;
}

// Logins wait for the keychain's answer, asked for only when the app's key is refused.
TunnelMonitor::Config withPasswordOnDemand(TunnelMonitor::Config config)
{
    config.passwordOnDemand = true;
    return config;
}

} // namespace

AppService::AppService(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_monitor(withPasswordOnDemand(m_options.monitor), m_options.probe ? m_options.probe : &ProbeSetup::run),
      m_namedWatch(m_options.namedStatus)
{
    qRegisterMetaType<ServiceMessage>();
    setCloudflaredPath(m_options.cloudflaredPath);
    m_passwordRecheck.setInterval(m_options.passwordRecheckMs);
    connect(&m_passwordRecheck, &QTimer::timeout, this, [this] { readPassword({}); });

    connect(&m_registry, &TunnelRegistry::tunnelsChanged, this, [this] {
        if (m_checksStarted) {
            m_monitor.setTunnels(m_registry.tunnels());
            m_namedWatch.setTunnels(m_registry.tunnels());
        }
        for (const QString& key : m_problems.keys()) {
            const ServiceMessage& problem = m_problems.value(key);
            if (!problem.tunnelName.isEmpty() && !m_registry.find(problem.tunnelName))
                resolveProblem(key);
        }
        updatePasswordProblem();
        updateForwards();
        emit tunnelsChanged();
    });
    connect(&m_registry, &TunnelRegistry::localPortsChanged, this, &AppService::updateForwards);
    connect(&m_registry, &TunnelRegistry::changeFinished, this,
            [this](bool ok, const QString& text, const Tunnel& tunnel) {
                // Added, re-pointed or removed now: its next first contact is news again.
                if (ok)
                    m_knownAtStart.remove(tunnel.name);
                if (m_pinAfterAdd.remove(tunnel.name) && ok)
                    SlotKeys::pinKept(m_secrets, tunnel.name, tunnel.hostname,
                                      TunnelRepository::knownHostsFile(tunnel.name), [](bool) {});
                emit changeFinished(ok, text, tunnel);
            });
    connect(&m_monitor, &TunnelMonitor::stateChanged, this, &AppService::onStateChanged);
    connect(&m_monitor, &TunnelMonitor::stateChanged, this, [this](const QString& name) { updateForward(name); });
    connect(&m_monitor, &TunnelMonitor::sampleArrived, this, &AppService::sampleArrived);
    connect(&m_monitor, &TunnelMonitor::passwordWanted, this, [this] { readPassword({}); });
    connect(&m_monitor, &TunnelMonitor::nextCheckChanged, this, &AppService::nextCheckChanged);
    connect(&m_namedWatch, &NamedTunnelWatch::updated, this, [this](const NamedTunnelWatch::Statuses& statuses) {
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            m_monitor.setTunnelStatus(it.key(), it.value());
    });
}

AppService::~AppService()
{
    shutdown();
    wipeSecret(m_password);
}

void AppService::start()
{
    load();
    startChecks();
}

void AppService::load()
{
    QString error;
    if (!m_registry.reload(&error))
        raiseProblem(
            {ServiceMessage::Severity::ActionNeeded, error, QStringLiteral("store"), ServiceMessage::Action::None, {}});
    bool portsMissing = false;
    for (const Tunnel& tunnel : m_registry.tunnels()) {
        m_knownAtStart.insert(tunnel.name);
        portsMissing = portsMissing || !m_registry.localPort(tunnel.name);
    }
    if (portsMissing)
        m_registry.assignLocalPorts(); // runtimes added before local ports existed
    if (const QString problem = cloudflaredProblem(); !problem.isEmpty())
        raiseProblem({ServiceMessage::Severity::ActionNeeded,
                      problem,
                      QStringLiteral("cloudflared"),
                      ServiceMessage::Action::InstallCloudflared,
                      {}});
}

void AppService::startChecks()
{
    // The keychain is read when a login first needs the password (TunnelMonitor::passwordWanted).
    m_checksStarted = true;
    m_monitor.setTunnels(m_registry.tunnels());
    m_namedWatch.setTunnels(m_registry.tunnels());
}

void AppService::shutdown()
{
    for (Doctor* doctor : std::as_const(m_doctors))
        doctor->cancel();
    m_passwordRecheck.stop();
    m_namedWatch.stop();
    m_monitor.shutdown();
    m_forwardsStopped = true; // a store change after this opens no port again
    for (LocalForward* forward : std::as_const(m_forwards))
        forward->close();
    m_workers.waitForDone();
}

void AppService::applyPreferences(const AppSettings::Preferences& preferences)
{
    m_monitor.setIntervals(preferences.onlineCheckSeconds * 1000, preferences.liveSampleSeconds * 1000);
    m_notifications = preferences.notifications;
}

void AppService::setCloudflaredPath(const QString& path)
{
    const bool changed = path != m_options.cloudflaredPath;
    m_options.cloudflaredPath = path;
    m_registry.setCloudflaredPath(path);
    m_monitor.setCloudflaredPath(path);
    // The ProxyCommand lines name the program: IDEs and ssh use the new one too.
    if (changed && !m_registry.tunnels().isEmpty())
        m_registry.syncSshConfig();
    if (changed)
        updateForwards(); // the local ports' next connections too
}

void AppService::setWindowVisible(bool visible)
{
    m_monitor.setWindowVisible(visible);
    m_namedWatch.setWindowVisible(visible);
}

ProbeResult AppService::state(const QString& name) const
{
    return m_monitor.state(name);
}

QString AppService::cloudflaredProblem() const
{
    const auto located = CloudflaredLocator::locate(m_options.cloudflaredPath);
    return located.ok() ? QString() : located.error;
}

AppService::AddPreview AppService::previewAdd(const QString& text, const QString& name) const
{
    AddPreview preview;
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok()) {
        preview.text = parsed.error;
        return preview;
    }
    QString wanted = parsed.name;
    if (!name.trimmed().isEmpty()) {
        const Validated valid = validateTunnelName(name.trimmed());
        if (!valid.ok()) {
            preview.text = valid.error;
            return preview;
        }
        wanted = valid.value;
    }
    const TunnelStore::Change change = TunnelStore::planUpsert(m_registry.tunnels(), parsed.hostname, wanted);
    preview.name = change.tunnel.name;
    preview.hostname = parsed.hostname;
    if (change.created) {
        preview.kind = AddPreview::Kind::New;
        preview.text = tr("New runtime %1 → ssh %2").arg(parsed.hostname, change.tunnel.alias());
    } else if (change.hostnameChanged) {
        preview.kind = AddPreview::Kind::Repoint;
        preview.previousHostname = change.previousHostname;
        preview.text = tr("%1: %2 → %3 (the alias %4 stays; the old host key is forgotten)")
                           .arg(change.tunnel.name, change.previousHostname, parsed.hostname, change.tunnel.alias());
    } else {
        preview.kind = AddPreview::Kind::Unchanged;
        preview.text = tr("Already added as %1.").arg(change.tunnel.name);
    }
    if (preview.canAdd()) {
        if (const QString problem = cloudflaredProblem(); !problem.isEmpty()) {
            preview.kind = AddPreview::Kind::Invalid;
            preview.text = problem;
        }
    }
    return preview;
}

void AppService::addTunnel(const QString& text, const QString& name)
{
    // A hostname of the account's own domain may be a slot added again: it gets its slot back.
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok() || Tunnel::kindForHostname(parsed.hostname) != Tunnel::Kind::Named)
        return m_registry.add(text, name);
    const QPointer<AppService> self(this);
    SlotFinder::find(m_secrets, parsed.hostname, [self, text, name](bool found, const SlotManager::Slot& slot) {
        if (!self)
            return;
        if (!found)
            return self->m_registry.add(text, name);
        self->m_pinAfterAdd.insert(slot.name);
        self->m_registry.add(text, slot.name, {slot.tunnelId, slot.accountId, slot.zoneId});
    });
}

void AppService::addNamedSlot(const QString& hostname, const QString& name, const TunnelRepository::CloudflareIds& ids)
{
    m_registry.add(hostname, name, ids);
}

void AppService::makeCell(CellOptions options, const std::function<void(const GeneratedCell&)>& done)
{
    if (m_password.isEmpty()) {
        done({{}, tr("No SSH password is set yet, and the cell sets root's password from it.")});
        return;
    }
    // The hash is slow on purpose (many rounds): it is made on the worker too.
    const QPointer<AppService> self(this);
    const QString cloudflared = m_options.cloudflaredPath;
    m_workers.start([self, options, cloudflared, done, utf8 = m_password.toUtf8()]() mutable {
        const LibsshThreadScope libssh; // the app's key may be made here
        options.passwordHash = ShaCrypt::hash(utf8);
        wipeSecret(utf8);
        const GitIdentity identity = GitIdentity::local(); // runs git: on the worker too
        options.gitName = identity.name;
        options.gitEmail = identity.email;
        QString error;
        GeneratedCell cell;
        if (ProbeSetup::ensureAppKey(cloudflared, &error)) {
            options.publicKey = AppKey(AppPaths::privateKeyFile()).publicKeyLine();
            cell = ColabCell::generate(options);
        } else {
            cell.error = tr("The app's SSH key is not available: %1").arg(error);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, cell, done] {
                if (self)
                    done(cell);
            },
            Qt::QueuedConnection);
    });
}

void AppService::removeTunnel(const QString& name)
{
    m_registry.remove(name);
}

void AppService::probeNow(const QString& name)
{
    if (const Tunnel* tunnel = find(name); tunnel && tunnel->kind == Tunnel::Kind::Named)
        m_namedWatch.pollNow(); // the tunnel's status at Cloudflare is part of the answer
    readPassword([this, name] { m_monitor.probeNow(name); });
}

void AppService::lookUpPassword()
{
    if (m_keychainAnswered || m_lookupAsked)
        return;
    m_lookupAsked = true;
    readPassword({});
}

void AppService::readPassword(const std::function<void()>& then)
{
    m_secrets.read(QLatin1String(SecretStore::kSshPasswordKey), [this, then](const SecretStore::Result& result) {
        if (result.ok() || result.status == SecretStore::Status::NotFound) {
            resolveProblem(kKeychainProblem);
            if (result.ok() || !m_secrets.sessionOnlyFallbackAllowed())
                applyPassword(result.value);
        } else {
            raiseProblem({ServiceMessage::Severity::ActionNeeded,
                          result.message,
                          kKeychainProblem,
                          ServiceMessage::Action::SetPassword,
                          {}});
        }
        m_monitor.passwordLookupFinished(); // logins waiting for it go on, with or without one
        SecretStore::Result spent = result;
        wipeSecret(spent.value);
        const bool first = !m_keychainAnswered;
        m_keychainAnswered = true;
        if (first)
            emit keychainReady();
        if (then)
            then();
    });
}

void AppService::applyPassword(const QString& password)
{
    if (password == m_password)
        return;
    wipeSecret(m_password);
    m_password = copySecret(password);
    m_monitor.setPassword(password); // it keeps a copy of its own
}

void AppService::setPassword(const QString& password)
{
    const QString copy = copySecret(password);
    m_secrets.write(QLatin1String(SecretStore::kSshPasswordKey), copy, [this, copy](const SecretStore::Result& result) {
        if (result.ok()) {
            resolveProblem(kKeychainProblem);
            applyPassword(copy);
            // The user typed it again: runtimes that refused it are tried once more, even if it
            // is the same (the Colab cell may have set it only since).
            m_monitor.retryPassword();
            emit passwordStored();
            emit message({ServiceMessage::Severity::Info,
                          m_secrets.sessionOnlyFallbackAllowed()
                              ? tr("The SSH password is kept in memory until Colab Tunnel quits.")
                              : tr("The SSH password is stored in the keychain."),
                          {},
                          ServiceMessage::Action::None,
                          {}});
        } else {
            emit keychainRefused(result.message);
        }
        QString spent = copy;
        wipeSecret(spent);
    });
}

void AppService::keepPasswordForSession(const QString& password)
{
    m_secrets.allowSessionOnlyFallback(true);
    resolveProblem(kKeychainProblem);
    // Kept by the store's session memory too, so that reading it again (Check now) finds it.
    m_secrets.write(QLatin1String(SecretStore::kSshPasswordKey), password, {});
    applyPassword(password);
    m_monitor.retryPassword();
    emit message({ServiceMessage::Severity::Warning,
                  tr("The SSH password is kept in memory until Colab Tunnel quits; it is never written to disk."),
                  {},
                  ServiceMessage::Action::None,
                  {}});
}

void AppService::clearPassword()
{
    m_secrets.remove(QLatin1String(SecretStore::kSshPasswordKey), [this](const SecretStore::Result& result) {
        if (result.ok() || result.status == SecretStore::Status::NotFound)
            applyPassword({});
        emit message({result.ok() ? ServiceMessage::Severity::Info : ServiceMessage::Severity::Error,
                      result.ok() ? tr("The SSH password was removed from the keychain.") : result.message,
                      {},
                      ServiceMessage::Action::None,
                      {}});
    });
}

AppService::OpenPlan AppService::planOpen(const QString& name, IdePlanner::Ide ide) const
{
    OpenPlan open;
    const Tunnel* tunnel = find(name);
    if (!tunnel) {
        open.planned.error = tr("There is no runtime called %1.").arg(name);
        return open;
    }
    IdePlanner::Environment environment = IdePlanner::Environment::forApp(m_options.cloudflaredPath);
    if (!tunnel->remoteFolder.isEmpty())
        environment.remoteFolder = tunnel->remoteFolder;
    // While the app forwards the runtime's stable port, Gateway gets that one: the same port every
    // session, so the host key JetBrains trusted stays valid. Else a port of its own, for this session.
    if (isForwarding(name))
        environment.forwardedPort = localPort(name);
    open.planned = IdePlanner::plan(ide, *tunnel, environment);
    const ProbeResult now = state(name);
    if (now.state != State::Online) {
        open.offline = true;
        open.offlineText =
            now.message.isEmpty()
                ? tr("%1 has not answered yet.").arg(tunnel->alias())
                : tr("%1 is not online (%2): %3").arg(tunnel->alias(), ProbeResult::stateLabel(now.state), now.message);
    }
    return open;
}

QString AppService::linkError(const QString& link)
{
    return PasteParser::parse(link).error;
}

AppService::ClipboardOffer AppService::clipboardOffer(const QString& text) const
{
    ClipboardOffer offer;
    if (!PasteParser::mightContainRuntime(text))
        return offer;
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok())
        return offer;
    offer.hostname = parsed.hostname;
    for (const Tunnel& tunnel : m_registry.tunnels()) {
        if (tunnel.hostname == parsed.hostname) {
            offer.knownAs = tunnel.name;
            offer.text = tr("The copied runtime %1 is already added as %2.").arg(parsed.hostname, tunnel.name);
            return offer;
        }
    }
    offer.text = tr("The clipboard holds a Colab runtime: %1").arg(parsed.hostname);
    return offer;
}

void AppService::onStateChanged(const QString& name, const ProbeResult& result)
{
    const Tunnel* tunnel = find(name);
    if (!tunnel)
        return;
    const State before = m_lastStates.value(name, State::Unknown);
    m_lastStates.insert(name, result.state);
    emit stateChanged(name, result);
    // Gone from a named tunnel: ask Cloudflare now whether the tunnel went down or only its sshd,
    // instead of explaining it with a status up to a minute old.
    if (tunnel->kind == Tunnel::Kind::Named && before == State::Online && result.state == State::Offline)
        m_namedWatch.pollNow();

    if (const auto news = Notifier::decide(tunnel->alias(), before, result, !m_knownAtStart.contains(name));
        news && m_notifications)
        emit notification(*news);

    if (result.state == State::HostKeyChanged)
        raiseProblem(
            {ServiceMessage::Severity::ActionNeeded,
             tr("%1: the host key changed. %2").arg(tunnel->alias(), result.message), hostKeyProblem(name),
             // A slot is fixed by its cell, not by forgetting it (that would lose the slot).
             tunnel->tunnelId.isEmpty() ? ServiceMessage::Action::RemoveAndReAdd : ServiceMessage::Action::CheckNow,
             name});
    else if (result.state != State::Starting)
        resolveProblem(hostKeyProblem(name));
    if (result.state == State::AuthFailed && before != State::AuthFailed)
        readPassword({}); // changed elsewhere (the CLI, another instance)? then it is tried at once
    updatePasswordProblem();
}

void AppService::updatePasswordProblem()
{
    QStringList refused;
    QStringList needed;
    for (const Tunnel& tunnel : m_registry.tunnels()) {
        const State state = m_lastStates.value(tunnel.name, State::Unknown);
        if (state == State::AuthFailed)
            refused << tunnel.alias();
        else if (state == State::PasswordNeeded)
            needed << tunnel.alias();
    }
    if (refused.isEmpty() && needed.isEmpty()) {
        m_passwordRecheck.stop();
        resolveProblem(kPasswordProblem);
        return;
    }
    QString text;
    if (!refused.isEmpty())
        text = tr("%1 refused the SSH password. Set the password your Colab cell used.")
                   .arg(refused.join(QStringLiteral(", ")));
    else
        text = tr("%1 needs the SSH password your Colab cell set (first login; after it the app's key is used).")
                   .arg(needed.join(QStringLiteral(", ")));
    raiseProblem(
        {ServiceMessage::Severity::ActionNeeded, text, kPasswordProblem, ServiceMessage::Action::SetPassword, {}});
    if (!m_passwordRecheck.isActive())
        m_passwordRecheck.start();
}

void AppService::raiseProblem(const ServiceMessage& problem)
{
    const auto existing = m_problems.constFind(problem.key);
    if (existing != m_problems.constEnd() && existing->text == problem.text)
        return;
    m_problems.insert(problem.key, problem);
    emit message(problem);
}

void AppService::resolveProblem(const QString& key)
{
    if (m_problems.remove(key) > 0)
        emit problemResolved(key);
}

Doctor::Config AppService::diagnosisConfig(const QList<Tunnel>& tunnels, const QString& cloudflaredPath,
                                           const QString& password)
{
    Doctor::Config config;
    config.cloudflaredPath = cloudflaredPath;
    for (const Tunnel& tunnel : tunnels) {
        // The monitor's probe options (known hosts, the app's key); cloudflared is the doctor's own link.
        const ProbeSetup setup = ProbeSetup::forTunnel(tunnel, cloudflaredPath, password, Prober::Depth::Full);
        Doctor::Runtime runtime;
        runtime.tunnel = tunnel;
        runtime.probe = setup.options;
        if (runtime.probe.knownHostsFile.isEmpty()) // cloudflared missing: the doctor stops before SSH anyway
            runtime.probe.knownHostsFile = TunnelRepository(cloudflaredPath).knownHostsFile(tunnel.name);
        runtime.probe.password = password;
        config.runtimes.append(runtime);
    }
    return config;
}

bool AppService::diagnose(const QString& name)
{
    const Tunnel* found = find(name);
    if (!found)
        return false;
    Doctor*& doctor = m_doctors[name];
    if (!doctor) {
        doctor = new Doctor(this);
        connect(doctor, &Doctor::stepFinished, this,
                [this, name](const StepResult& step) { emit diagnosisStep(name, step); });
        connect(doctor, &Doctor::finished, this, [this, name](bool ok) { emit diagnosisFinished(name, ok); });
    }
    const Tunnel tunnel = *found;
    readPassword([this, name, tunnel] {
        Doctor* current = m_doctors.value(name);
        if (!current)
            return;
        if (current->isRunning()) {
            // The run it replaces ends quietly: its skipped steps are not news for the new one.
            const QSignalBlocker quiet(current);
            current->cancel();
        }
        emit diagnosisStarted(name);
        current->start(diagnosisConfig({tunnel}, m_options.cloudflaredPath, m_password));
    });
    return true;
}

void AppService::cancelDiagnosis(const QString& name)
{
    if (Doctor* doctor = m_doctors.value(name))
        doctor->cancel();
}

void AppService::updateForwards()
{
    QSet<QString> names(m_forwards.keyBegin(), m_forwards.keyEnd());
    for (const Tunnel& tunnel : m_registry.tunnels())
        names.insert(tunnel.name);
    const auto cloudflared = CloudflaredLocator::locate(m_options.cloudflaredPath);
    for (const QString& name : std::as_const(names))
        updateForward(name, cloudflared);
}

void AppService::updateForward(const QString& name)
{
    updateForward(name, CloudflaredLocator::locate(m_options.cloudflaredPath));
}

// The port listens while the runtime's sshd answers (an IDE gets a clean refusal otherwise, not a
// hang), follows its current hostname, and goes away with it.
void AppService::updateForward(const QString& name, const CloudflaredLocator::Result& cloudflared)
{
    if (m_forwardsStopped)
        return;
    const Tunnel* tunnel = find(name);
    const int port = m_registry.localPort(name);
    LocalForward* forward = m_forwards.value(name);
    if (forward && (!tunnel || forward->port() != port)) {
        m_forwards.remove(name);
        forward->close();
        forward->deleteLater();
        forward = nullptr;
        emit localForwardChanged(name);
    }
    if (!tunnel || !port)
        return;
    if (!cloudflared.ok())
        return;
    if (!forward) {
        forward = new LocalForward(port, this);
        m_forwards.insert(name, forward);
        connect(forward, &LocalForward::listeningChanged, this, [this, name] { emit localForwardChanged(name); });
    }
    forward->setProxyCommand(ProxyProcess::cloudflaredSsh(cloudflared.path, tunnel->hostname));
    switch (state(name).state) {
    case State::Online:
    case State::PasswordNeeded:
    case State::AuthFailed:
        if (!forward->isListening() && !forward->listen())
            emit localForwardChanged(name); // the problem is news too
        break;
    case State::HostKeyChanged: // the app will not talk to that host: no path to it for the IDE either
    case State::Offline:
    case State::Ended:
    case State::Error:
        forward->stopListening();
        break;
    case State::Unknown:
    case State::Starting:
        break; // a check under way: keep what the last one decided
    }
}

bool AppService::isForwarding(const QString& name) const
{
    const LocalForward* forward = m_forwards.value(name);
    return forward && forward->isListening();
}

AppService::PyCharmSetup AppService::pycharmSetup(const QString& name) const
{
    PyCharmSetup setup;
    const Tunnel* tunnel = find(name);
    if (!tunnel) {
        setup.status = tr("There is no runtime called %1.").arg(name);
        return setup;
    }
    setup.port = localPort(name);
    setup.keyFile = QDir::toNativeSeparators(AppPaths::privateKeyFile());
    setup.keyExists = QFile::exists(AppPaths::privateKeyFile());
    setup.remoteFolder = tunnel->remoteFolder.isEmpty() ? AppSettings::remoteFolder() : tunnel->remoteFolder;
    setup.forwarding = isForwarding(name);
    const LocalForward* forward = m_forwards.value(name);
    if (setup.port == 0)
        setup.status = tr("%1 has no local port yet; it gets one in a moment.").arg(name);
    else if (setup.forwarding)
        setup.status = tr("Forwarding now: 127.0.0.1:%1 reaches %2.").arg(setup.port).arg(tunnel->hostname);
    else if (const QString problem = cloudflaredProblem(); !problem.isEmpty())
        setup.status = problem;
    else if (forward && !forward->errorString().isEmpty())
        setup.status = forward->errorString();
    else
        setup.status =
            tr("Not forwarding now: %1 is not online. Port %2 opens as soon as it is.").arg(name).arg(setup.port);
    return setup;
}

QString AppService::passwordCopy() const
{
    return copySecret(m_password);
}

} // namespace colab
