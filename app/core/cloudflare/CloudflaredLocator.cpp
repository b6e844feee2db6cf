#include "cloudflare/CloudflaredLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QSysInfo>

namespace colab {

namespace {
bool isExecutableFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QStringList CloudflaredLocator::usualLocations()
{
#if defined(Q_OS_WIN)
    return {QStringLiteral("C:/Program Files/cloudflared/cloudflared.exe"),
            QStringLiteral("C:/Program Files (x86)/cloudflared/cloudflared.exe"),
            QDir::homePath() + QStringLiteral("/AppData/Local/Microsoft/WinGet/Links/cloudflared.exe")};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("/opt/homebrew/bin/cloudflared"), QStringLiteral("/usr/local/bin/cloudflared")};
#else
    return {QStringLiteral("/usr/local/bin/cloudflared"), QStringLiteral("/usr/bin/cloudflared"),
            QDir::homePath() + QStringLiteral("/.local/bin/cloudflared"), QStringLiteral("/snap/bin/cloudflared")};
#endif
}

QString CloudflaredLocator::installHint()
{
#if defined(Q_OS_WIN)
    return CloudflaredLocator::tr("Install it with: winget install --id Cloudflare.cloudflared");
#elif defined(Q_OS_MACOS)
    return CloudflaredLocator::tr("Install it with: brew install cloudflared");
#else
    return CloudflaredLocator::tr(
        "Install it from Cloudflare's apt/rpm repository, or download the "
        "cloudflared-linux-amd64 (or -arm64) release binary, make it executable and put it in "
        "~/.local/bin.");
#endif
}

QString CloudflaredLocator::installCommand()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("winget install --id Cloudflare.cloudflared");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("brew install cloudflared");
#else
    const QString cpu = QSysInfo::currentCpuArchitecture();
    const QString arch = cpu.startsWith(QLatin1String("arm64")) || cpu.startsWith(QLatin1String("aarch64"))
                             ? QStringLiteral("arm64")
                             : QStringLiteral("amd64");
    return QStringLiteral("mkdir -p ~/.local/bin && curl -fL -o ~/.local/bin/cloudflared "
                          "https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-linux-%1 "
                          "&& chmod +x ~/.local/bin/cloudflared")
        .arg(arch);
#endif
}

CloudflaredLocator::Result CloudflaredLocator::locate(const QString& explicitPath)
{
    const QString chosen = !explicitPath.isEmpty() ? explicitPath : qEnvironmentVariable("COLAB_TUNNEL_CLOUDFLARED");
    if (!chosen.isEmpty()) {
        const QString absolute = QFileInfo(chosen).absoluteFilePath();
        if (isExecutableFile(absolute))
            return {absolute, {}};
        return {{},
                CloudflaredLocator::tr("The chosen cloudflared (%1) does not exist or is not executable.").arg(chosen)};
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("cloudflared"));
    if (!onPath.isEmpty())
        return {QFileInfo(onPath).absoluteFilePath(), {}};
    for (const QString& candidate : usualLocations())
        if (isExecutableFile(candidate))
            return {candidate, {}};
    return {{}, CloudflaredLocator::tr("cloudflared was not found. %1").arg(installHint())};
}

} // namespace colab
