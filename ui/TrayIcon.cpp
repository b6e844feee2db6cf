#include "TrayIcon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace colab {

TrayIcon::TrayIcon(QObject* parent) : QObject(parent), m_icon(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_icon->setIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));
    m_icon->setToolTip(tr("Colab Tunnel"));

    QAction* showAction = m_menu->addAction(tr("Show Colab Tunnel"));
    showAction->setObjectName(QStringLiteral("trayShowAction"));
    connect(showAction, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    QAction* addAction = m_menu->addAction(tr("Add runtime…"));
    addAction->setObjectName(QStringLiteral("trayAddAction"));
    connect(addAction, &QAction::triggered, this, &TrayIcon::addRequested);
    m_tunnelsSeparator = m_menu->addSeparator();
    m_menu->addSeparator();
    QAction* settingsAction = m_menu->addAction(tr("Settings…"));
    settingsAction->setObjectName(QStringLiteral("traySettingsAction"));
    connect(settingsAction, &QAction::triggered, this, &TrayIcon::settingsRequested);
    QAction* quitAction = m_menu->addAction(tr("Quit"));
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
    m_icon->showMessage(notification.title, notification.text, icon,
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
    for (QMenu* menu : std::as_const(m_tunnelMenus))
        delete menu;
    m_tunnelMenus.clear();
    QAction* before = m_menu->actions().at(m_menu->actions().indexOf(m_tunnelsSeparator) + 1);
    using Ide = IdePlanner::Ide;
    for (const Tunnel& tunnel : tunnels) {
        auto* sub = new QMenu(tunnel.alias(), m_menu);
        sub->setObjectName(QStringLiteral("trayTunnel-") + tunnel.name);
        const QString name = tunnel.name;
        connect(sub->addAction(tr("Open in VS Code")), &QAction::triggered, this,
                [this, name] { emit openRequested(name, Ide::VsCode); });
        connect(sub->addAction(tr("Open in PyCharm")), &QAction::triggered, this,
                [this, name] { emit openRequested(name, Ide::PyCharm); });
        connect(sub->addAction(tr("Terminal")), &QAction::triggered, this,
                [this, name] { emit openRequested(name, Ide::Terminal); });
        connect(sub->addAction(tr("Copy ssh command")), &QAction::triggered, this,
                [this, name] { emit copySshRequested(name); });
        m_menu->insertMenu(before, sub);
        m_tunnelMenus << sub;
    }
}

} // namespace colab
