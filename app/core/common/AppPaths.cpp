#include "common/AppPaths.h"

#include "common/Platform.h"

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

QString AppPaths::localPortsFile()
{
    return dataDir() + QStringLiteral("/local-ports.json");
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

bool AppPaths::isPrivateDirOfOurs(const QString& path)
{
    return platform::isPrivateDirOfOurs(path);
}

QString AppPaths::privateRuntimeDir()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString base;
    if (!xdg.isEmpty() && isPrivateDirOfOurs(xdg))
        base = xdg + QStringLiteral("/colab-tunnel");
    else
        base = platform::fallbackRuntimeDir();
    return platform::makePrivateDir(base) ? base : QString();
}

} // namespace colab
