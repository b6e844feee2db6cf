#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <sys/stat.h>
#include <unistd.h>

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

bool AppPaths::isPrivateDirOfOurs(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::getuid() && (info.st_mode & 077) == 0;
}

QString AppPaths::privateRuntimeDir()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString base;
    if (!xdg.isEmpty() && isPrivateDirOfOurs(xdg))
        base = xdg + QStringLiteral("/colab-tunnel");
    else
        base = QStringLiteral("/tmp/colab-tunnel-%1").arg(::getuid());
    // mkdir is atomic: either we create it 0700 now, or we check who made it.
    ::mkdir(QFile::encodeName(base).constData(), 0700);
    return isPrivateDirOfOurs(base) ? base : QString();
}

} // namespace colab
