#include "tunnels/TunnelRegistry.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "tunnels/TunnelStore.h"

namespace colab {

TunnelRegistry::TunnelRegistry(QObject* parent) : QObject(parent) {}

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
    if (store.tunnels() != m_tunnels) {
        m_tunnels = store.tunnels();
        emit tunnelsChanged();
    }
    return true;
}

} // namespace colab
