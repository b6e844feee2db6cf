#pragma once

#include "ide/IdePlanner.h"

#include <QHash>
#include <QObject>

namespace colab {

class LaunchRunner;
class TunnelRegistry;

// What the window and the tray do with one tunnel: open it in an IDE or a terminal, copy its ssh
// command. The decisions and the processes are core's; this object owns the running launches
// (PyCharm's local port) and stops them on quit.
class TunnelActions : public QObject
{
    Q_OBJECT
public:
    explicit TunnelActions(const TunnelRegistry* registry, QObject* parent = nullptr);
    ~TunnelActions() override;

    void open(const QString& name, IdePlanner::Ide ide);
    void copySshCommand(const QString& name);
    void setCloudflaredPath(const QString& path) { m_cloudflaredPath = path; }

signals:
    void message(const QString& text, bool isError);

private:
    const TunnelRegistry* m_registry;
    QString m_cloudflaredPath;
    QHash<QString, LaunchRunner*> m_portForwards; // by tunnel name
};

} // namespace colab
