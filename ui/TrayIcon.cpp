#include "TrayIcon.h"

#include "Formatting.h"
#include "StateStyle.h"
#include "UiResources.h"

#include <QFontMetrics>
#include <QMenu>
#include <QSystemTrayIcon>

namespace colab {

TrayIcon::TrayIcon(QObject* parent) : QObject(parent), m_icon(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    ensureUiResources();
    m_icon->setIcon(QIcon(QStringLiteral(":/icons/tray-idle.svg")));
    m_icon->setToolTip(tr("Colab Tunnel"));

    QAction* showAction = m_menu->addAction(tr("Show Colab Tunnel"));
    showAction->setObjectName(QStringLiteral("trayShowAction"));
    connect(showAction, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    QAction* addAction =
        m_menu->addAction(themedIcon(QStringLiteral("list-add"), QStringLiteral("add")), tr("Add runtime…"));
    addAction->setObjectName(QStringLiteral("trayAddAction"));
    connect(addAction, &QAction::triggered, this, &TrayIcon::addRequested);
    m_tunnelsSeparator = m_menu->addSeparator();
    m_menu->addSeparator();
    QAction* settingsAction = m_menu->addAction(
        themedIcon(QStringLiteral("preferences-system"), QStringLiteral("settings")), tr("Settings…"));
    settingsAction->setObjectName(QStringLiteral("traySettingsAction"));
    connect(settingsAction, &QAction::triggered, this, &TrayIcon::settingsRequested);
    QAction* quitAction =
        m_menu->addAction(themedIcon(QStringLiteral("application-exit"), QStringLiteral("quit")), tr("Quit"));
    quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);

    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setRuntimeLines(const QStringList& lines)
{
    m_icon->setToolTip((QStringList{tr("Colab Tunnel")} + lines).join(QLatin1Char('\n')));
}

void TrayIcon::show()
{
    m_icon->show();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::notify(const Notifier::Notification& notification)
{
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.severity == Notifier::Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (notification.severity == Notifier::Severity::Critical)
        icon = QSystemTrayIcon::Critical;
    // The text may quote the network (why a runtime went offline): never markup in a notification.
    m_icon->showMessage(notificationText(notification.title), notificationText(notification.text), icon,
                        notification.severity == Notifier::Severity::Critical ? 0 : 6000);
}

void TrayIcon::explainHiddenWindow()
{
    if (m_explainedHiddenWindow)
        return;
    m_explainedHiddenWindow = true;
    m_icon->showMessage(tr("Colab Tunnel keeps running"),
                        tr("It keeps watching your runtimes here. Quit from this icon's menu or with Ctrl+Q."),
                        QSystemTrayIcon::Information, 6000);
}

void TrayIcon::setTunnels(const QList<Tunnel>& tunnels)
{
    m_tunnels = inNameOrder(tunnels); // as the dashboard lists them
    rebuild();
}

void TrayIcon::setState(const QString& name, const ProbeResult& result)
{
    const ProbeResult before = m_states.value(name);
    m_states.insert(name, result);
    // The menu changes with the state only; latency and facts do not rebuild it.
    if (before.state != result.state || before.message != result.message)
        rebuild();
}

TrayIcon::Overall TrayIcon::overall() const
{
    Overall overall = Overall::None;
    for (const Tunnel& tunnel : std::as_const(m_tunnels)) {
        const ProbeResult::State state = m_states.value(tunnel.name).state;
        if (StateStyle::kindOf(state) == StateStyle::Kind::Problem)
            return Overall::Problem;
        if (state == ProbeResult::State::Online)
            overall = Overall::Online;
    }
    return overall;
}

void TrayIcon::rebuild()
{
    for (QMenu* menu : std::as_const(m_tunnelMenus))
        delete menu;
    m_tunnelMenus.clear();
    QAction* before = m_menu->actions().at(m_menu->actions().indexOf(m_tunnelsSeparator) + 1);
    using Ide = IdePlanner::Ide;
    for (const Tunnel& tunnel : std::as_const(m_tunnels)) {
        const ProbeResult state = m_states.value(tunnel.name);
        const QString name = tunnel.name;
        auto* sub = new QMenu(tr("%1 — %2").arg(tunnel.alias(), ProbeResult::stateLabel(state.state)), m_menu);
        sub->setObjectName(QStringLiteral("trayTunnel-") + tunnel.name);
        sub->setIcon(StateStyle::icon(StateStyle::kindOf(state.state)));
        if (state.state == ProbeResult::State::Online) {
            // Quick connect only where it can work.
            connect(sub->addAction(themedIcon({}, QStringLiteral("vscode")), tr("Open in VS Code")),
                    &QAction::triggered, this, [this, name] { emit openRequested(name, Ide::VsCode); });
            connect(sub->addAction(themedIcon({}, QStringLiteral("pycharm")), tr("Open in PyCharm")),
                    &QAction::triggered, this, [this, name] { emit openRequested(name, Ide::PyCharm); });
            connect(sub->addAction(themedIcon(QStringLiteral("utilities-terminal"), QStringLiteral("terminal")),
                                   tr("Terminal")),
                    &QAction::triggered, this, [this, name] { emit openRequested(name, Ide::Terminal); });
            connect(
                sub->addAction(themedIcon(QStringLiteral("edit-copy"), QStringLiteral("copy")), tr("Copy ssh command")),
                &QAction::triggered, this, [this, name] { emit copySshRequested(name); });
        } else {
            if (!state.message.isEmpty()) {
                // '&' would mark a shortcut in a menu entry: doubled, the message reads as it is.
                const QString elided = QFontMetrics(sub->font()).elidedText(state.message, Qt::ElideRight, 420);
                QAction* why = sub->addAction(QString(elided).replace(QLatin1Char('&'), QStringLiteral("&&")));
                why->setObjectName(QStringLiteral("trayReason"));
                why->setToolTip(plainToolTip(state.message)); // may quote the network
                why->setEnabled(false);
            }
            connect(
                sub->addAction(themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Check now")),
                &QAction::triggered, this, [this, name] { emit checkRequested(name); });
            connect(sub->addAction(tr("Show in the window…")), &QAction::triggered, this,
                    [this, name] { emit showRuntimeRequested(name); });
        }
        m_menu->insertMenu(before, sub);
        m_tunnelMenus << sub;
    }
    static const char* const icons[] = {":/icons/tray-idle.svg", ":/icons/tray-online.svg", ":/icons/tray-problem.svg"};
    const Overall now = overall();
    if (now != m_shownOverall || m_icon->icon().isNull()) {
        m_shownOverall = now;
        m_icon->setIcon(QIcon(QString::fromLatin1(icons[int(now)])));
    }
}

} // namespace colab
