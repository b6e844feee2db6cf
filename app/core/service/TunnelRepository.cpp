#include "service/TunnelRepository.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "ide/StablePorts.h"
#include "providers/RuntimeProvider.h"
#include "sshconfig/ManagedBlockEditor.h"
#include "sshconfig/SshConfigFile.h"
#include "tunnels/PasteParser.h"
#include "tunnels/Validation.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace colab {

namespace {
constexpr int kStoreLockTimeoutMs = 15000;
using Status = TunnelRepository::Result::Status;

TunnelRepository::Result rejected(const QString& message)
{
    return {Status::Rejected, message, {}};
}

TunnelRepository::Result failed(const QString& message)
{
    return {Status::Failed, message, {}};
}

// Under the repository lock: the names without a port get one, saved before the store so that
// whoever sees a runtime in the store also finds its port.
bool assignPorts(const QStringList& names, QString* error)
{
    StablePorts ports(AppPaths::localPortsFile());
    if (!ports.load(error))
        return false;
    bool changed = false;
    for (const QString& name : names) {
        if (ports.port(name))
            continue;
        if (!ports.assign(name, &StablePorts::isFreeOnLoopback)) {
            *error = QObject::tr("No local port is left for %1 between %2 and %3.")
                         .arg(name)
                         .arg(StablePorts::kFirstPort)
                         .arg(StablePorts::kLastPort);
            return false;
        }
        changed = true;
    }
    return !changed || ports.save(error);
}

// Serialises read-modify-write of the store and ~/.ssh/config across app processes.
class RepositoryLock
{
public:
    RepositoryLock() : m_lock(AppPaths::dataDir() + QStringLiteral("/.lock"))
    {
        AppPaths::ensurePrivateDir(AppPaths::dataDir());
        m_lock.setStaleLockTime(60000);
        m_locked = m_lock.tryLock(kStoreLockTimeoutMs);
    }
    bool locked() const { return m_locked; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};
} // namespace

TunnelRepository::TunnelRepository(QString cloudflaredPath) : m_cloudflaredPath(std::move(cloudflaredPath)) {}

bool TunnelRepository::blockSettings(const QList<Tunnel>& tunnels, SshConfigBlock::Settings* settings,
                                     QString* error) const
{
    // Each runtime's route from its provider; a missing program is an error before anything is written.
    const ProgramChoices programs{m_cloudflaredPath};
    for (const Tunnel& tunnel : tunnels) {
        if (const SshRoute route = RuntimeProviders::route(tunnel, programs); !route.ok()) {
            *error = route.error;
            return false;
        }
    }
    settings->proxyCommandFor = [programs](const Tunnel& tunnel) {
        QStringList argv = RuntimeProviders::route(tunnel, programs).proxyCommand;
        if (!argv.isEmpty())
            argv.first() = QDir::toNativeSeparators(argv.first());
        return argv;
    };
    settings->knownHostsDir = QDir::toNativeSeparators(AppPaths::knownHostsDir());
    settings->identityFile =
        QFile::exists(AppPaths::privateKeyFile()) ? QDir::toNativeSeparators(AppPaths::privateKeyFile()) : QString();
    settings->platform = SshConfigBlock::hostPlatform();
    return true;
}

QString TunnelRepository::programProblem(const QString& hostname) const
{
    Tunnel tunnel;
    tunnel.hostname = hostname;
    tunnel.kind = Tunnel::kindForHostname(hostname);
    return RuntimeProviders::route(tunnel, {m_cloudflaredPath}).error;
}

QString TunnelRepository::knownHostsFile(const QString& tunnelName)
{
    return AppPaths::knownHostsDir() + QLatin1Char('/') + tunnelName;
}

bool TunnelRepository::load(QList<Tunnel>* tunnels, QString* error)
{
    TunnelStore store(AppPaths::tunnelStoreFile());
    if (!store.load(error))
        return false;
    if (!store.renamed().isEmpty()) {
        RepositoryLock lock;
        if (lock.locked() && store.load(error))
            saveRenamed(store);
    }
    *tunnels = store.tunnels();
    return true;
}

TunnelRepository::Result TunnelRepository::saveRenamed(const TunnelStore& store)
{
    if (store.renamed().isEmpty())
        return {};
    // Every trace of the old name moves with it: the ssh config's alias, the pinned host key,
    // the local port. Until the store and the ssh config can be written, the file keeps the old
    // names (renamed in memory at each load).
    Result written = writeConfig(store.tunnels());
    if (QString error; written.ok() && !store.save(&error))
        written = failed(error);
    if (!written.ok()) {
        qCWarning(lcTunnels) << "runtimes whose names start with '-' are not renamed yet:" << written.message;
        return written;
    }
    StablePorts ports(AppPaths::localPortsFile());
    QString error;
    const bool portsOk = ports.load(&error);
    bool portsMoved = false;
    for (const auto& [from, to] : store.renamed()) {
        qCInfo(lcTunnels) << "renamed the runtime" << from << "to" << to << "(a name cannot start with '-')";
        QFile::rename(knownHostsFile(from), knownHostsFile(to));
        portsMoved = (portsOk && ports.rename(from, to)) || portsMoved;
    }
    if (portsMoved && !ports.save(&error))
        qCWarning(lcTunnels) << error;
    return {};
}

TunnelRepository::Result TunnelRepository::writeConfig(const QList<Tunnel>& tunnels)
{
    QStringList lines;
    QString error;
    if (!tunnels.isEmpty()) {
        SshConfigBlock::Settings settings;
        if (!blockSettings(tunnels, &settings, &error) || !SshConfigBlock::render(tunnels, settings, &lines, &error))
            return failed(error);
        AppPaths::ensurePrivateDir(AppPaths::knownHostsDir());
    }
    SshConfigFile config(AppPaths::sshConfigFile());
    if (!config.writeBlock(lines, &error))
        return failed(error);
    return {};
}

TunnelRepository::Result TunnelRepository::add(const QString& text, const QString& name, const CloudflareIds& ids)
{
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok())
        return rejected(parsed.error);
    QString finalName = parsed.name;
    if (!name.isEmpty()) {
        const Validated valid = validateTunnelName(name);
        if (!valid.ok())
            return rejected(valid.error);
        finalName = valid.value;
    }
    if (const QString problem = programProblem(parsed.hostname); !problem.isEmpty())
        return failed(problem); // before anything is written
    QString error;

    RepositoryLock lock;
    if (!lock.locked())
        return failed(QObject::tr("Another Colab Tunnel process is busy updating tunnels; try again."));
    TunnelStore store(AppPaths::tunnelStoreFile());
    if (!store.load(&error))
        return failed(error);
    saveRenamed(store);
    const QList<Tunnel> before = store.tunnels();
    TunnelStore::Change change = store.upsert(parsed.hostname, finalName, QDateTime::currentDateTimeUtc());
    // The cell's link names the repository it cloned: IDEs open that folder on this runtime.
    if (!parsed.folder.isEmpty() && store.setRemoteFolder(change.tunnel.name, parsed.folder))
        change.tunnel.remoteFolder = parsed.folder;
    if (!ids.isEmpty() && store.setCloudflareIds(change.tunnel.name, ids.tunnelId, ids.accountId, ids.zoneId)) {
        change.tunnel.tunnelId = ids.tunnelId;
        change.tunnel.accountId = ids.accountId;
        change.tunnel.zoneId = ids.zoneId;
    }
    // The runtime's local port for IDEs; a runtime without one still works everywhere else.
    if (QString portError; !assignPorts({change.tunnel.name}, &portError))
        qCWarning(lcTunnels) << portError;
    if (store.tunnels() == before)
        return {Status::Ok, {}, change};

    Result written = writeConfig(store.tunnels());
    if (!written.ok())
        return written;
    if (!store.save(&error)) {
        writeConfig(before); // keep ssh config and store in step
        return failed(error);
    }
    if (change.hostnameChanged) {
        // A new runtime has a new host key: the old one must not raise a false alarm.
        QFile::remove(knownHostsFile(change.tunnel.name));
        qCInfo(lcTunnels) << change.tunnel.name << "now points at" << change.tunnel.hostname;
    }
    return {Status::Ok, {}, change};
}

TunnelRepository::Result TunnelRepository::remove(const QString& name)
{
    Validated valid = validateTunnelName(name);
    // The old name of a runtime that was renamed because it started with '-' still finds it.
    const bool oldName = !valid.ok() && name.startsWith(QLatin1Char('-'));
    if (!valid.ok() && !oldName)
        return rejected(valid.error);
    RepositoryLock lock;
    if (!lock.locked())
        return failed(QObject::tr("Another Colab Tunnel process is busy updating tunnels; try again."));
    TunnelStore store(AppPaths::tunnelStoreFile());
    QString error;
    if (!store.load(&error))
        return failed(error);
    const auto renamed = std::find_if(store.renamed().cbegin(), store.renamed().cend(),
                                      [&](const auto& change) { return change.first == name; });
    if (oldName && renamed == store.renamed().cend())
        return rejected(valid.error);
    if (oldName)
        valid = {renamed->second, {}};
    saveRenamed(store);
    const auto existing = store.find(valid.value);
    if (!existing)
        return rejected(QObject::tr("There is no tunnel called \"%1\".").arg(valid.value));
    store.remove(valid.value);
    // Removing needs no cloudflared: with no tunnels left the block simply goes away.
    Result written = writeConfig(store.tunnels());
    if (!written.ok())
        return written;
    if (!store.save(&error))
        return failed(error);
    QFile::remove(knownHostsFile(valid.value));
    Result result;
    result.change.tunnel = *existing;
    return result;
}

bool TunnelRepository::assignLocalPorts(QString* error)
{
    RepositoryLock lock;
    if (!lock.locked()) {
        *error = QObject::tr("Another Colab Tunnel process is busy updating tunnels; try again.");
        return false;
    }
    TunnelStore store(AppPaths::tunnelStoreFile());
    if (!store.load(error))
        return false;
    saveRenamed(store);
    QStringList names;
    for (const Tunnel& tunnel : store.tunnels())
        names << tunnel.name;
    return assignPorts(names, error);
}

TunnelRepository::Result TunnelRepository::syncSshConfig()
{
    RepositoryLock lock;
    if (!lock.locked())
        return failed(QObject::tr("Another Colab Tunnel process is busy updating tunnels; try again."));
    TunnelStore store(AppPaths::tunnelStoreFile());
    QString error;
    if (!store.load(&error))
        return failed(error);
    if (!store.renamed().isEmpty())
        return saveRenamed(store);
    return writeConfig(store.tunnels());
}

bool TunnelRepository::localPorts(QHash<QString, int>* portsByName, const QList<Tunnel>& tunnels, QString* error)
{
    StablePorts ports(AppPaths::localPortsFile());
    if (!ports.load(error))
        return false;
    for (const Tunnel& tunnel : tunnels)
        if (const int port = ports.port(tunnel.name))
            portsByName->insert(tunnel.name, port);
    return true;
}

QString TunnelRepository::sshConfigFile()
{
    return AppPaths::sshConfigFile();
}

QStringList TunnelRepository::managedBlock()
{
    QFile file(sshConfigFile());
    QByteArray content;
    if (file.open(QIODevice::ReadOnly))
        content = file.readAll();
    return ManagedBlockEditor::extractBlock(content);
}

} // namespace colab
