#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// The user's preferences (QSettings under the app's config folder). No secrets here, ever.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static QString remoteFolder(); // the folder IDEs open on the runtime, default /content
    static bool setRemoteFolder(const QString& folder, QString* error);
    static QString cloudflaredPath(); // the user's explicit choice, or empty
    static void setCloudflaredPath(const QString& path);

    // Everything the Settings dialog edits, with the defaults a fresh install has.
    struct Preferences
    {
        QString defaultIde = QStringLiteral("vscode"); // one of ideChoices(): what double-click / Enter opens
        QString remoteFolder = QStringLiteral("/content");
        QString cloudflaredPath = {}; // empty = locate it
        int onlineCheckSeconds = 60;  // light checks of an online runtime without a live session
        int liveSampleSeconds = 2;    // live samples while the window is visible
        bool closeToTray = true;      // only where a tray exists
        bool watchClipboard = true;
        bool notifications = true;
        QString language = {}; // empty = the system's; else one of Translations::languages()
    };
    static constexpr int kMinOnlineCheckSeconds = 10;
    static constexpr int kMaxOnlineCheckSeconds = 3600;
    static constexpr int kMinLiveSampleSeconds = 1;
    static constexpr int kMaxLiveSampleSeconds = 30;
    // The words IdePlanner::parseIde understands, in the order the dialog offers them.
    static QStringList ideChoices();
    // The language chosen in Settings, or empty for the system's (read before any window exists).
    static QString language();

    // What is saved; anything missing or out of range reads as its default.
    static Preferences load();
    // Checks everything first and writes nothing when a value is refused (`error` says which and why).
    static bool save(const Preferences& preferences, QString* error);
};

} // namespace colab
