#include "TunnelActions.h"

#include "ide/LaunchRunner.h"
#include "service/TunnelRegistry.h"

#include <QClipboard>
#include <QGuiApplication>

namespace colab {

TunnelActions::TunnelActions(const TunnelRegistry* registry, QObject* parent) : QObject(parent), m_registry(registry) {}

TunnelActions::~TunnelActions()
{
    for (LaunchRunner* runner : std::as_const(m_portForwards))
        runner->stopPortForward();
}

void TunnelActions::open(const QString& name, IdePlanner::Ide ide)
{
    const Tunnel* tunnel = m_registry->find(name);
    if (!tunnel) {
        emit message(tr("There is no tunnel called %1.").arg(name), true);
        return;
    }
    const IdePlanner::Environment env = IdePlanner::Environment::forApp(m_cloudflaredPath);
    const bool pycharm = ide == IdePlanner::Ide::PyCharm;
    if (pycharm && m_portForwards.contains(name))
        delete m_portForwards.take(name); // a fresh port for a fresh Gateway session
    const auto planned = IdePlanner::plan(ide, *tunnel, env);
    if (!planned.ok()) {
        emit message(planned.error, true);
        return;
    }
    auto* runner = new LaunchRunner(this);
    if (pycharm)
        m_portForwards.insert(name, runner);
    connect(runner, &LaunchRunner::finished, this, [this, runner, name, pycharm](bool ok, const QString& text) {
        emit message(text, !ok);
        if (!ok || !pycharm) {
            if (m_portForwards.value(name) == runner)
                m_portForwards.remove(name);
            runner->deleteLater();
        }
    });
    connect(runner, &LaunchRunner::portForwardStopped, this,
            [this](const QString& reason) { emit message(reason, true); });
    emit message(tr("Opening %1…").arg(planned.plan.description), false);
    runner->start(planned.plan);
}

void TunnelActions::copySshCommand(const QString& name)
{
    const Tunnel* tunnel = m_registry->find(name);
    if (!tunnel)
        return;
    QGuiApplication::clipboard()->setText(QStringLiteral("ssh %1").arg(tunnel->alias()));
    emit message(tr("Copied: ssh %1").arg(tunnel->alias()), false);
}

} // namespace colab
