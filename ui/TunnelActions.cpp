#include "TunnelActions.h"

#include "service/AppService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace colab {

TunnelActions::TunnelActions(AppService* service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(&m_launches, &IdeLaunches::finished, this,
            [this](const QString&, bool ok, const QString& text) { emit message(text, !ok); });
    connect(&m_launches, &IdeLaunches::portForwardStopped, this,
            [this](const QString&, const QString& reason) { emit message(reason, true); });
}

TunnelActions::~TunnelActions() = default; // the launches' port forwards end with m_launches

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
    emit message(tr("Opening %1…").arg(planned.plan.description), false);
    m_launches.start(name, planned.plan, ide == IdePlanner::Ide::PyCharm);
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
