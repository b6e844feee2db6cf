#pragma once

#include "service/TunnelRepository.h"
#include "tunnels/Tunnel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

class QFileSystemWatcher;

namespace colab {

// The GUI's live view of the tunnel list. Changes go through TunnelRepository on a worker thread
// (file locks and writes never block the GUI); edits made elsewhere (the CLI) are picked up by
// watching the store.
class TunnelRegistry : public QObject
{
    Q_OBJECT
public:
    explicit TunnelRegistry(QObject* parent = nullptr);
    ~TunnelRegistry() override;

    // Re-reads the store; emits tunnelsChanged when the list differs. Returns false with error.
    bool reload(QString* error = nullptr);
    const QList<Tunnel>& tunnels() const { return m_tunnels; }
    const Tunnel* find(const QString& name) const;
    // The runtime's stable local port for IDEs (ide/StablePorts); 0 while it has none.
    int localPort(const QString& name) const { return m_localPorts.value(name, 0); }
    // Gives the runtimes added before local ports existed theirs (on the worker).
    void assignLocalPorts();

    void add(const QString& text, const QString& name, const TunnelRepository::CloudflareIds& ids = {});
    void remove(const QString& name);
    void setCloudflaredPath(const QString& path) { m_cloudflaredPath = path; }
    // Re-writes the ssh config block from the store (on the worker), e.g. after the path changed.
    void syncSshConfig();

signals:
    void tunnelsChanged();
    void localPortsChanged();
    // The outcome of add/remove: ok, or a plain-words message.
    void changeFinished(bool ok, const QString& message, const colab::Tunnel& tunnel);

private:
    void watchStore();
    void deliver(const TunnelRepository::Result& result, bool adding);

    QList<Tunnel> m_tunnels;
    QHash<QString, int> m_localPorts;
    QString m_cloudflaredPath;
    QFileSystemWatcher* m_watcher;
    QThreadPool m_pool; // one change at a time, in order
    bool m_renameSaved = false;
};

} // namespace colab
