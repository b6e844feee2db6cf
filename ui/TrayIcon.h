#pragma once

#include "ide/IdePlanner.h"
#include "service/Notifier.h"
#include "ssh/ProbeResult.h"
#include "tunnels/Tunnel.h"

#include <QHash>
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
    void setState(const QString& name, const colab::ProbeResult& result);
    // What the icon shows: no runtime online, some online, or one that needs the user.
    enum class Overall { None, Online, Problem };
    Overall overall() const;
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
    void checkRequested(const QString& name);
    void showRuntimeRequested(const QString& name);

private:
    void rebuild();

    QSystemTrayIcon* m_icon;
    QList<Tunnel> m_tunnels;
    QHash<QString, ProbeResult> m_states;
    Overall m_shownOverall = Overall::None;
    QMenu* m_menu;
    QAction* m_tunnelsSeparator;
    QList<QMenu*> m_tunnelMenus;
    bool m_explainedHiddenWindow = false;
};

} // namespace colab
