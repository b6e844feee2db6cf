#include "TunnelActions.h"

#include "service/AppService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace colab {

namespace {
// How long Check now in the "not online" question waits for the runtime before it gives up.
constexpr int kOpenWhenOnlineMs = 30000;
} // namespace

TunnelActions::TunnelActions(AppService* service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(&m_launches, &IdeLaunches::finished, this,
            [this](const QString&, bool ok, const QString& text) { emit message(text, !ok); });
    connect(&m_launches, &IdeLaunches::portForwardStopped, this,
            [this](const QString&, const QString& reason) { emit message(reason, true); });
    connect(m_service, &AppService::stateChanged, this, &TunnelActions::onStateChanged);
}

TunnelActions::~TunnelActions() = default; // the launches' port forwards end with m_launches

// Asked while the runtime is not online (perhaps only not checked yet). Should it come online
// meanwhile, the question is void: it closes and the IDE opens.
void TunnelActions::askWhileOffline(const QString& name, IdePlanner::Ide ide, const QString& why)
{
    QMessageBox box(QMessageBox::Warning, tr("Runtime not online"), why, QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("offlineOpenQuestion"));
    box.setTextFormat(Qt::PlainText); // why it is offline may quote the network
    box.setInformativeText(
        tr("The IDE would not get through until the runtime answers. Check now opens it once it is online."));
    QPushButton* check = box.addButton(tr("Check &now"), QMessageBox::ActionRole);
    check->setObjectName(QStringLiteral("offlineCheckNowButton"));
    QPushButton* anyway = box.addButton(tr("Open &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("offlineOpenAnywayButton"));
    box.setDefaultButton(check);
    bool cameOnline = false;
    connect(m_service, &AppService::stateChanged, &box, [&](const QString& changed, const ProbeResult& result) {
        if (changed == name && result.state == ProbeResult::State::Online) {
            cameOnline = true;
            box.done(QMessageBox::Ok);
        }
    });
    box.exec();
    if (cameOnline) {
        open(name, ide);
    } else if (box.clickedButton() == check) {
        // Answers of checks already under way may still say offline: only the wait ends it.
        const quint64 request = ++m_openRequests;
        m_openWhenChecked.insert(name, {ide, request});
        emit message(tr("Checking %1; it opens as soon as it is online.").arg(name), false);
        m_service->probeNow(name);
        QTimer::singleShot(kOpenWhenOnlineMs, this, [this, name, request] {
            const auto waiting = m_openWhenChecked.constFind(name);
            if (waiting == m_openWhenChecked.constEnd() || waiting->request != request)
                return;
            m_openWhenChecked.erase(waiting);
            emit message(
                tr("%1 did not come online within %2 s; nothing was opened.").arg(name).arg(kOpenWhenOnlineMs / 1000),
                false);
        });
    } else if (box.clickedButton() == anyway) {
        const AppService::OpenPlan open = m_service->planOpen(name, ide);
        if (open.planned.ok())
            launch(name, ide, open.planned);
        else
            emit message(open.planned.error, true);
    }
}

void TunnelActions::onStateChanged(const QString& name, const ProbeResult& result)
{
    const auto waiting = m_openWhenChecked.constFind(name);
    if (waiting == m_openWhenChecked.constEnd() || result.state != ProbeResult::State::Online)
        return;
    const IdePlanner::Ide ide = waiting->ide;
    m_openWhenChecked.erase(waiting);
    open(name, ide);
}

void TunnelActions::open(const QString& name, IdePlanner::Ide ide)
{
    const AppService::OpenPlan open = m_service->planOpen(name, ide);
    if (open.offline) {
        askWhileOffline(name, ide, open.offlineText);
        return;
    }
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
