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
    m_menu->addSeparator();
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

void TrayIcon::show()
{
    m_icon->show();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

} // namespace colab
