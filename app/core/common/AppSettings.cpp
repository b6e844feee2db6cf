#include "common/AppSettings.h"

#include "common/AppPaths.h"
#include "common/RemoteFolder.h"
#include "common/Translations.h"

#include <QObject>
#include <QSettings>

namespace colab {

namespace {
QString settingsFile()
{
    return AppPaths::configDir() + QStringLiteral("/settings.ini");
}
const QString kDefaultFolder = QStringLiteral("/content");
const QString kRemoteFolderKey = QStringLiteral("ide/remoteFolder");
const QString kDefaultIdeKey = QStringLiteral("ide/default");
const QString kCloudflaredKey = QStringLiteral("cloudflared/path");
const QString kOnlineCheckKey = QStringLiteral("monitor/onlineCheckSeconds");
const QString kLiveSampleKey = QStringLiteral("monitor/liveSampleSeconds");
const QString kCloseToTrayKey = QStringLiteral("window/closeToTray");
const QString kClipboardKey = QStringLiteral("clipboard/watch");
const QString kNotificationsKey = QStringLiteral("notifications/show");
const QString kLanguageKey = QStringLiteral("ui/language");

int boundedInt(const QSettings& settings, const QString& key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}
} // namespace

QString AppSettings::remoteFolder()
{
    const QString folder =
        QSettings(settingsFile(), QSettings::IniFormat).value(kRemoteFolderKey, kDefaultFolder).toString();
    return isValidRemoteFolder(folder) ? folder : kDefaultFolder;
}

bool AppSettings::setRemoteFolder(const QString& folder, QString* error)
{
    if (!isValidRemoteFolder(folder)) {
        *error =
            AppSettings::tr("The remote folder must be an absolute path of letters, digits, '.', '_', '-' and '/'.");
        return false;
    }
    QSettings(settingsFile(), QSettings::IniFormat).setValue(kRemoteFolderKey, folder);
    return true;
}

QString AppSettings::cloudflaredPath()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(kCloudflaredKey).toString();
}

void AppSettings::setCloudflaredPath(const QString& path)
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(kCloudflaredKey, path);
}

QStringList AppSettings::ideChoices()
{
    return {QStringLiteral("vscode"), QStringLiteral("pycharm"), QStringLiteral("terminal")};
}

QString AppSettings::language()
{
    const QString chosen = QSettings(settingsFile(), QSettings::IniFormat).value(kLanguageKey).toString();
    return Translations::languages().contains(chosen) ? chosen : QString();
}

AppSettings::Preferences AppSettings::load()
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    const Preferences defaults;
    Preferences loaded;
    loaded.defaultIde = settings.value(kDefaultIdeKey, defaults.defaultIde).toString();
    if (!ideChoices().contains(loaded.defaultIde))
        loaded.defaultIde = defaults.defaultIde;
    loaded.remoteFolder = remoteFolder();
    loaded.cloudflaredPath = cloudflaredPath();
    loaded.onlineCheckSeconds = boundedInt(settings, kOnlineCheckKey, defaults.onlineCheckSeconds,
                                           kMinOnlineCheckSeconds, kMaxOnlineCheckSeconds);
    loaded.liveSampleSeconds =
        boundedInt(settings, kLiveSampleKey, defaults.liveSampleSeconds, kMinLiveSampleSeconds, kMaxLiveSampleSeconds);
    loaded.closeToTray = settings.value(kCloseToTrayKey, defaults.closeToTray).toBool();
    loaded.watchClipboard = settings.value(kClipboardKey, defaults.watchClipboard).toBool();
    loaded.notifications = settings.value(kNotificationsKey, defaults.notifications).toBool();
    loaded.language = language();
    return loaded;
}

bool AppSettings::save(const Preferences& preferences, QString* error)
{
    if (!ideChoices().contains(preferences.defaultIde)) {
        *error = AppSettings::tr("Unknown IDE: %1.").arg(preferences.defaultIde);
        return false;
    }
    if (preferences.onlineCheckSeconds < kMinOnlineCheckSeconds ||
        preferences.onlineCheckSeconds > kMaxOnlineCheckSeconds ||
        preferences.liveSampleSeconds < kMinLiveSampleSeconds ||
        preferences.liveSampleSeconds > kMaxLiveSampleSeconds) {
        *error = AppSettings::tr("An interval is out of range.");
        return false;
    }
    if (!preferences.language.isEmpty() && !Translations::languages().contains(preferences.language)) {
        *error = AppSettings::tr("No translation for %1.").arg(preferences.language);
        return false;
    }
    // The only check that can refuse what a user typed, so it goes last of the checks and first
    // of the writes: a refusal leaves the file as it was.
    if (!setRemoteFolder(preferences.remoteFolder, error))
        return false;
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(kDefaultIdeKey, preferences.defaultIde);
    settings.setValue(kCloudflaredKey, preferences.cloudflaredPath);
    settings.setValue(kOnlineCheckKey, preferences.onlineCheckSeconds);
    settings.setValue(kLiveSampleKey, preferences.liveSampleSeconds);
    settings.setValue(kCloseToTrayKey, preferences.closeToTray);
    settings.setValue(kClipboardKey, preferences.watchClipboard);
    settings.setValue(kNotificationsKey, preferences.notifications);
    settings.setValue(kLanguageKey, preferences.language);
    return true;
}

} // namespace colab
