#pragma once

#include "ide/IdePlanner.h"
#include "service/Notifier.h"
#include "tunnels/Tunnel.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace colab {

// The notification-area icon and its menu: one submenu per runtime with the quick actions.
// Created only when a system tray exists.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    bool isVisible() const;
    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    void setTunnels(const QList<Tunnel>& tunnels);
    // One line per runtime under the app's name ("gpu: Online · GPU 37 %").
    void setRuntimeLines(const QStringList& lines);
    void notify(const Notifier::Notification& notification);
    // Closing the window keeps the app here: said once, the first time it happens.
    void explainHiddenWindow();

signals:
    void showWindowRequested();
    void addRequested();
    void settingsRequested();
    void quitRequested();
    void openRequested(const QString& name, colab::IdePlanner::Ide ide);
    void copySshRequested(const QString& name);

private:
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
    QAction* m_tunnelsSeparator;
    QList<QMenu*> m_tunnelMenus;
    bool m_explainedHiddenWindow = false;
};

} // namespace colab
