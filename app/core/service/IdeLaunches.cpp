#include "service/IdeLaunches.h"

#include "ide/LaunchRunner.h"
#include "providers/RuntimeProvider.h"

namespace colab {

IdeLaunches::~IdeLaunches() = default;

IdePlanner::Result IdeLaunches::plan(IdePlanner::Ide ide, const Tunnel& tunnel, const QString& cloudflaredPath,
                                     const QString& folder, int forwardedPort)
{
    IdePlanner::Environment environment = IdePlanner::Environment::forApp();
    const SshRoute route = RuntimeProviders::route(tunnel, {cloudflaredPath});
    environment.portForwardCommand = route.portForwardCommand;
    environment.portForwardProblem = route.error;
    if (!tunnel.remoteFolder.isEmpty())
        environment.remoteFolder = tunnel.remoteFolder; // the repository the cell cloned
    if (!folder.isEmpty())
        environment.remoteFolder = folder;
    environment.forwardedPort = forwardedPort;
    return IdePlanner::plan(ide, tunnel, environment);
}

bool IdeLaunches::forwarding(const QString& name) const
{
    const LaunchRunner* runner = m_portForwards.value(name);
    return runner && runner->portForwardRunning();
}

void IdeLaunches::start(const QString& name, const LaunchPlan& plan, bool keepPortForward)
{
    if (keepPortForward && m_portForwards.contains(name)) {
        // A fresh port for a fresh Gateway session; the old forward stops without blocking us.
        LaunchRunner* previous = m_portForwards.take(name);
        previous->stopPortForward();
        previous->deleteLater();
    }
    auto* runner = new LaunchRunner(this);
    if (keepPortForward)
        m_portForwards.insert(name, runner);
    connect(runner, &LaunchRunner::finished, this, [this, runner, name, keepPortForward](bool ok, const QString& text) {
        emit finished(name, ok, text);
        if (!ok || !keepPortForward) {
            if (m_portForwards.value(name) == runner)
                m_portForwards.remove(name);
            runner->deleteLater();
        }
    });
    connect(runner, &LaunchRunner::portForwardStopped, this,
            [this, name](const QString& reason) { emit portForwardStopped(name, reason); });
    runner->start(plan);
}

} // namespace colab
