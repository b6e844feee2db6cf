#include "cloudflare/CloudflaredVersion.h"

#include "common/Text.h"

#include <QProcess>
#include <QRegularExpression>

namespace colab {

QString CloudflaredVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(year).arg(month).arg(patch);
}

bool CloudflaredVersion::isTooOld(const QDate& today) const
{
    return isValid() && releaseMonth().addYears(1) < today;
}

CloudflaredVersion CloudflaredVersion::parse(const QString& versionOutput)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\s)(\\d{4})\\.(\\d{1,2})\\.(\\d+)(?:\\s|$|-)"));
    const QRegularExpressionMatch match = pattern.match(versionOutput.trimmed());
    CloudflaredVersion version;
    if (!match.hasMatch())
        return version;
    version.year = match.captured(1).toInt();
    version.month = match.captured(2).toInt();
    version.patch = match.captured(3).toInt();
    if (!version.isValid())
        return {};
    return version;
}

CloudflaredVersion CloudflaredVersion::query(const QString& cloudflaredPath, QString* error)
{
    QProcess process;
    process.start(cloudflaredPath, {QStringLiteral("--version")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        *error = tr("%1 --version did not answer.").arg(cloudflaredPath);
        return {};
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    const CloudflaredVersion version = parse(output);
    if (!version.isValid())
        *error = tr("%1 --version printed no version we know (%2).").arg(cloudflaredPath, inertNetworkText(output, 80));
    return version;
}

QString CloudflaredVersion::updateHint()
{
#if defined(Q_OS_WIN)
    return tr("Update it with: winget upgrade --id Cloudflare.cloudflared");
#elif defined(Q_OS_MACOS)
    return tr("Update it with: brew upgrade cloudflared");
#else
    return tr("Update it with your package manager (sudo apt-get install --only-upgrade cloudflared, or "
              "sudo dnf upgrade cloudflared from Cloudflare's repository), or replace it with the latest "
              "cloudflared-linux-amd64 (or -arm64) release binary.");
#endif
}

} // namespace colab
