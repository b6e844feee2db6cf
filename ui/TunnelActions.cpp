#include "TunnelActions.h"

#include "ide/LaunchRunner.h"
#include "service/AppService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace colab {

TunnelActions::TunnelActions(AppService* service, QObject* parent) : QObject(parent), m_service(service) {}

TunnelActions::~TunnelActions() = default; // the runners are children: their forwards end with them

bool TunnelActions::confirmOpenWhileOffline(const QString& name, const QString& why)
{
    QMessageBox box(QMessageBox::Warning, tr("Runtime not online"), why, QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("offlineOpenQuestion"));
    box.setTextFormat(Qt::PlainText); // why it is offline may quote the network
    box.setInformativeText(tr("The IDE would not get through until the runtime answers."));
    QPushButton* check = box.addButton(tr("Check &now"), QMessageBox::ActionRole);
    check->setObjectName(QStringLiteral("offlineCheckNowButton"));
    QPushButton* anyway = box.addButton(tr("Open &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("offlineOpenAnywayButton"));
    box.setDefaultButton(check);
    box.exec();
    if (box.clickedButton() == check)
        m_service->probeNow(name);
    return box.clickedButton() == anyway;
}

void TunnelActions::open(const QString& name, IdePlanner::Ide ide)
{
    const AppService::OpenPlan open = m_service->planOpen(name, ide);
    if (open.offline && !confirmOpenWhileOffline(name, open.offlineText))
        return;
    if (!open.planned.ok()) {
        emit message(open.planned.error, true);
        return;
    }
    launch(name, ide, open.planned);
}

void TunnelActions::launch(const QString& name, IdePlanner::Ide ide, const IdePlanner::Result& planned)
{
    const bool pycharm = ide == IdePlanner::Ide::PyCharm;
    if (pycharm && m_portForwards.contains(name)) {
        // A fresh port for a fresh Gateway session; the old forward stops without blocking us.
        LaunchRunner* previous = m_portForwards.take(name);
        previous->stopPortForward();
        previous->deleteLater();
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
    const Tunnel* tunnel = m_service->find(name);
    if (!tunnel)
        return;
    QGuiApplication::clipboard()->setText(QStringLiteral("ssh %1").arg(tunnel->alias()));
    emit message(tr("Copied: ssh %1").arg(tunnel->alias()), false);
}

} // namespace colab
