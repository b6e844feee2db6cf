#pragma once

#include "ide/LaunchPlan.h"

#include <QHash>
#include <QObject>

namespace colab {

class LaunchRunner;

// Carries out launch plans (AppService::planOpen) without blocking, and keeps what outlives a
// launch: PyCharm Gateway's port forward, one per runtime, until a fresh launch of the same runtime
// replaces it or this object goes. Widget-free; the window and the tray report what it says.
class IdeLaunches : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~IdeLaunches() override; // the runners are children: their forwards end with them

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
