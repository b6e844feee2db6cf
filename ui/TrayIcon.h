#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace colab {

// The notification-area icon and its menu. Created only when a system tray exists.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    bool isVisible() const;
    QSystemTrayIcon* icon() const { return m_icon; }

signals:
    void showWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
};

} // namespace colab
