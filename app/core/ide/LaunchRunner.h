#pragma once

#include "common/Platform.h"
#include "ide/LaunchPlan.h"

#include <QObject>
#include <QProcess>

class QTimer;

namespace colab {

// Carries out a LaunchPlan without blocking: starts the port forward (and waits until its port
// accepts connections), then the program or the URL opener. A launcher that exits at once with an
// error is reported with what it printed. The port forward belongs to this object and stops with it.
class LaunchRunner : public QObject
{
    Q_OBJECT
public:
    explicit LaunchRunner(QObject* parent = nullptr);
    ~LaunchRunner() override;

    void start(const LaunchPlan& plan);
    void stopPortForward();
    bool portForwardRunning() const;
    // How long a launcher must survive (or exit with 0) to count as started.
    void setEarlyExitWindowMs(int ms) { m_earlyExitWindowMs = ms; }

signals:
    void finished(bool ok, const QString& message);
    void portForwardStopped(const QString& reason);

private:
    void pollWith(void (LaunchRunner::*step)());
    void waitForPort();
    void launchMain();
    void spawn(const QStringList& argv, const QString& what);
    void pollChild();
    void fail(const QString& message);

    LaunchPlan m_plan;
    QProcess* m_forward = nullptr;
    QTimer* m_poll = nullptr;
    int m_waitedMs = 0;
    int m_earlyExitWindowMs = 1500;
    std::unique_ptr<platform::DetachedChild> m_child;
    QString m_childWhat;
    bool m_done = false;
};

} // namespace colab
