#pragma once

#include "ide/IdePlanner.h"
#include "ide/LaunchPlan.h"

#include <QHash>
#include <QObject>

namespace colab {

class LaunchRunner;

// Plans how an IDE opens a runtime, carries the plan out without blocking, and keeps what outlives
// a launch: PyCharm Gateway's port forward, one per runtime, until a fresh launch of the same
// runtime replaces it or this object goes. Widget-free; the window, the tray and `colab-tunnel
// open` report what it says.
class IdeLaunches : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~IdeLaunches() override; // the runners are children: their forwards end with them

    // The plan for `tunnel`: its folder is `folder`, else the one its cell cloned, else the saved
    // one; `forwardedPort` is the app's forward of the runtime (0: none, PyCharm gets its own port).
    static IdePlanner::Result plan(IdePlanner::Ide ide, const Tunnel& tunnel, const QString& cloudflaredPath,
                                   const QString& folder = {}, int forwardedPort = 0);
    // Whether the kept port forward of runtime `name` is running.
    bool forwarding(const QString& name) const;

    // `keepPortForward` (PyCharm): the port forward stays once the launcher has started, and the
    // runtime's previous one stops (without blocking) for a fresh session.
    void start(const QString& name, const LaunchPlan& plan, bool keepPortForward);

signals:
    // The launcher started (or why not), in words for the user.
    void finished(const QString& name, bool ok, const QString& message);
    // A kept port forward ended on its own.
    void portForwardStopped(const QString& name, const QString& reason);

private:
    QHash<QString, LaunchRunner*> m_portForwards; // by tunnel name
};

} // namespace colab
