#pragma once

#include "tunnels/Tunnel.h"

#include <QList>
#include <QObject>

namespace colab {

// The app's live view of the tunnel list, shared by the GUI parts.
class TunnelRegistry : public QObject
{
    Q_OBJECT
public:
    explicit TunnelRegistry(QObject* parent = nullptr);

    // Re-reads the store; emits tunnelsChanged when the list differs. Returns false with error.
    bool reload(QString* error = nullptr);
    const QList<Tunnel>& tunnels() const { return m_tunnels; }

signals:
    void tunnelsChanged();

private:
    QList<Tunnel> m_tunnels;
};

} // namespace colab
