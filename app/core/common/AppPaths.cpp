#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace colab {

QString AppPaths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppPaths::tunnelStoreFile()
{
    return dataDir() + QStringLiteral("/tunnels.json");
}

QString AppPaths::knownHostsDir()
{
    return dataDir() + QStringLiteral("/known_hosts");
}

QString AppPaths::privateKeyFile()
{
    return dataDir() + QStringLiteral("/id_ed25519");
}

QString AppPaths::sshDir()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

QString AppPaths::sshConfigFile()
{
    return sshDir() + QStringLiteral("/config");
}

bool AppPaths::ensurePrivateDir(const QString& path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace colab
