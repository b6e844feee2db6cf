#pragma once

#include "common/AppSettings.h"
#include "service/CloudflaredLookup.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;

namespace colab {

// The user's preferences. Shows what is saved (and whether the app starts at login), and on OK
// saves through AppSettings and the login start (service/Desktop); a value they refuse keeps the dialog open with the
// reason and saves nothing. Applying the result is the caller's (on accepted()).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `trayAvailable`: closing to the tray (and notifications) only exist with a tray.
    explicit SettingsDialog(bool trayAvailable, QWidget* parent = nullptr);

    // What the fields say now.
    AppSettings::Preferences preferences() const;
    QString errorText() const; // empty unless OK was refused
    QString cloudflaredStatus() const;

    void accept() override;

signals:
    void cloudflaredChecked(); // the found path and version are shown (tests wait for it)

private:
    QWidget* createOpeningGroup();
    QWidget* createCloudflaredGroup();
    QWidget* createChecksGroup();
    QWidget* createDesktopGroup(bool trayAvailable);
    QLayout* createLanguageRow();
    void showPreferences(const AppSettings::Preferences& preferences);
    void browseCloudflared();
    void checkCloudflared(); // off the GUI thread: `--version` may take up to 10 s
    void showError(const QString& text);

    QComboBox* m_ide = nullptr;
    QLineEdit* m_remoteFolder = nullptr;
    QLineEdit* m_cloudflared = nullptr;
    QLabel* m_cloudflaredStatus = nullptr;
    QSpinBox* m_onlineInterval = nullptr;
    QSpinBox* m_liveInterval = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QCheckBox* m_clipboard = nullptr;
    QCheckBox* m_notifications = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr; // the language changes at the next start
    QString m_shownLanguage;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer m_cloudflaredDue; // typing a path checks it once the typing pauses
    CloudflaredLookup m_cloudflaredLookup;
};

} // namespace colab
