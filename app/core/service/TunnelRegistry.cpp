#include "service/TunnelRegistry.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "ide/StablePorts.h"
#include "tunnels/TunnelStore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThreadPool>

namespace colab {

TunnelRegistry::TunnelRegistry(QObject* parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    m_pool.setMaxThreadCount(1);
    // Created now, so that its first file (written later by the command line, say) is seen.
    AppPaths::ensurePrivateDir(AppPaths::dataDir());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { reload(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        reload();
        watchStore(); // an atomic rename replaces the watched file
    });
    watchStore();
}

void TunnelRegistry::watchStore()
{
    const QString dir = AppPaths::dataDir();
    if (QFileInfo::exists(dir) && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    const QString file = AppPaths::tunnelStoreFile();
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
}

bool TunnelRegistry::reload(QString* error)
{
    TunnelStore store(AppPaths::tunnelStoreFile());
    QString why;
    if (!store.load(&why)) {
        qCWarning(lcTunnels) << why;
        if (error)
            *error = why;
        return false;
    }
    // Names that start with '-' are renamed on load; the worker saves that (once a session: when
    // it cannot, say without cloudflared, they stay renamed in memory and the file keeps them).
    if (!store.renamed().isEmpty() && !m_renameSaved) {
        m_renameSaved = true;
        syncSshConfig();
    }
    // Ports are written before the store (TunnelRepository): a runtime seen here has its port.
    StablePorts ports(AppPaths::localPortsFile());
    if (QString portError; !ports.load(&portError))
        qCWarning(lcTunnels) << portError;
    const bool portsChanged = ports.ports() != m_localPorts;
    m_localPorts = ports.ports();
    if (store.tunnels() != m_tunnels) {
        m_tunnels = store.tunnels();
        emit tunnelsChanged();
    }
    if (portsChanged)
        emit localPortsChanged();
    return true;
}

const Tunnel* TunnelRegistry::find(const QString& name) const
{
    for (const Tunnel& tunnel : m_tunnels)
        if (tunnel.name == name)
            return &tunnel;
    return nullptr;
}

void TunnelRegistry::deliver(const TunnelRepository::Result& result, bool adding)
{
    reload();
    watchStore();
    if (!result.ok()) {
        emit changeFinished(false, result.message, result.change.tunnel);
        return;
    }
    const Tunnel& tunnel = result.change.tunnel;
    QString message;
    if (!adding)
        message = tr("Removed %1.").arg(tunnel.name);
    else if (result.change.created)
        message = tr("Added %1 (%2). Connect with ssh %3.").arg(tunnel.name, tunnel.hostname, tunnel.alias());
    else if (result.change.hostnameChanged)
        message = tr("%1 now points at %2.").arg(tunnel.name, tunnel.hostname);
    else
        message = tr("%1 already points at %2.").arg(tunnel.name, tunnel.hostname);
    emit changeFinished(true, message, tunnel);
}

TunnelRegistry::~TunnelRegistry()
{
    m_pool.waitForDone(); // tasks deliver to `this`; never let one outlive it
}

void TunnelRegistry::add(const QString& text, const QString& name, const TunnelRepository::CloudflareIds& ids)
{
    const QString cloudflared = m_cloudflaredPath;
    m_pool.start([this, text, name, ids, cloudflared] {
        auto result = TunnelRepository(cloudflared).add(text, name, ids);
        if (!result.ok() && result.change.tunnel.name.isEmpty())
            result.change.tunnel.name = name; // a refusal still says which runtime it was about
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result, true); }, Qt::QueuedConnection);
    });
}

void TunnelRegistry::assignLocalPorts()
{
    m_pool.start([this] {
        QString error;
        if (!TunnelRepository().assignLocalPorts(&error))
            qCWarning(lcTunnels) << "local ports were not assigned:" << error;
        QMetaObject::invokeMethod(
            this, [this] { reload(); }, Qt::QueuedConnection);
    });
}

void TunnelRegistry::syncSshConfig()
{
    const QString cloudflared = m_cloudflaredPath;
    m_pool.start([cloudflared] {
        const auto result = TunnelRepository(cloudflared).syncSshConfig();
        if (!result.ok())
            qCWarning(lcTunnels) << "the ssh config was not updated:" << result.message;
    });
}

void TunnelRegistry::remove(const QString& name)
{
    const QString cloudflared = m_cloudflaredPath;
    m_pool.start([this, name, cloudflared] {
        const auto result = TunnelRepository(cloudflared).remove(name);
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result, false); }, Qt::QueuedConnection);
    });
}

} // namespace colab
