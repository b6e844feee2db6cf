#include "common/AppSettings.h"

#include "common/AppPaths.h"
#include "common/RemoteFolder.h"

#include <QObject>
#include <QSettings>

namespace colab {

namespace {
QString settingsFile()
{
    return AppPaths::configDir() + QStringLiteral("/settings.ini");
}
const QString kDefaultFolder = QStringLiteral("/content");
} // namespace

QString AppSettings::remoteFolder()
{
    const QString folder = QSettings(settingsFile(), QSettings::IniFormat)
                               .value(QStringLiteral("ide/remoteFolder"), kDefaultFolder)
                               .toString();
    return isValidRemoteFolder(folder) ? folder : kDefaultFolder;
}

bool AppSettings::setRemoteFolder(const QString& folder, QString* error)
{
    if (!isValidRemoteFolder(folder)) {
        *error =
            AppSettings::tr("The remote folder must be an absolute path of letters, digits, '.', '_', '-' and '/'.");
        return false;
    }
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("ide/remoteFolder"), folder);
    return true;
}

QString AppSettings::cloudflaredPath()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("cloudflared/path")).toString();
}

void AppSettings::setCloudflaredPath(const QString& path)
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("cloudflared/path"), path);
}

} // namespace colab
