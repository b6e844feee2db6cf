#pragma once

#include "AddTunnelDialog.h"
#include "PyCharmDialog.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "common/AppSettings.h"
#include "service/AppService.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace colab {

class ClipboardWatcher;
class MainWindow;

class TrayIcon;
class TunnelActions;
class TunnelTableModel;

// The assembled desktop app: the service plus its windows, and the wires between them. Policy is
// the service's; this class only connects what the user does to the use cases and shows what the
// service reports.
class GuiApp : public QObject
{
    Q_OBJECT
public:
    explicit GuiApp(AppService::Options options, QObject* parent = nullptr);
    ~GuiApp() override;

    // `showWindow` false: only the tray icon (a start at login), when there is a tray.
    void start(bool showWindow = true);
    // Arguments from our own command line or from a later launch (a colab-tunnel:// link).
    void handleArguments(const QStringList& arguments);
    void quit();

    AppService& service() { return m_service; }
    MainWindow& window() { return *m_window; }
    TunnelTableModel& model() { return *m_model; }
    TrayIcon* tray() { return m_tray.get(); }
    AddTunnelDialog* addDialog() { return m_addDialog; }
    SetupWizard* wizard() { return m_wizard; }
    SettingsDialog* settingsDialog() { return m_settingsDialog; }
    void showSettings();
    // "Use in PyCharm…" for one runtime (one dialog at a time; another runtime replaces it).
    void showPyCharmSetup(const QString& name);
    PyCharmDialog* pycharmDialog() { return m_pycharmDialog; }
    // The saved preferences (intervals included, over Options::monitor) go to the service, the
    // window, the clipboard watcher and the tray at once; called at construction and after OK.
    void applyPreferences(const AppSettings::Preferences& preferences);
    const AppSettings::Preferences& preferences() const { return m_preferences; }
    ClipboardWatcher& clipboard() { return *m_clipboard; }
    int waitingLinks() const { return int(m_waitingLinks.size()); }

signals:
    void passwordDialogShown(); // tests wait for it
    void preferencesApplied();

private:
    void createTray(); // once: after the window's first picture, or at once when starting hidden
    void updateTrayToolTip();
    void showAddDialog(const QString& prefill);
    void askPassword();
    void offerSessionOnlyPassword(const QString& password, const QString& why);
    void showWizard();

    AppService m_service;
    std::unique_ptr<TunnelTableModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TunnelActions> m_actions;
    std::unique_ptr<ClipboardWatcher> m_clipboard;
    std::unique_ptr<TrayIcon> m_tray;
    bool m_trayLookedFor = false;
    QTimer m_trayToolTipDue; // samples of many runtimes make one tooltip update, not one each
    QPointer<AddTunnelDialog> m_addDialog;
    QPointer<SetupWizard> m_wizard;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<PyCharmDialog> m_pycharmDialog;
    AppSettings::Preferences m_preferences;
    QStringList m_waitingLinks;
};

// Starts the GUI (or hands the arguments to the running one) and runs the event loop.
// `cloudflaredPath`: from --cloudflared PATH; empty = the saved choice, or locate it.
// `hidden`: start in the tray without the window (--hidden, a start at login).
int runGui(int argc, char** argv, const QString& cloudflaredPath = {}, bool hidden = false);

} // namespace colab
