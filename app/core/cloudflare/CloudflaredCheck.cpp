#include "cloudflare/CloudflaredCheck.h"

#include "cloudflare/CloudflaredLocator.h"
#include "cloudflare/CloudflaredVersion.h"

#include <QDate>
#include <QDir>

namespace colab {

CloudflaredCheck CloudflaredCheck::run(const QString& chosen)
{
    CloudflaredCheck check;
    check.checked = true;
    check.installCommand = CloudflaredLocator::installCommand();
    check.updateHint = CloudflaredVersion::updateHint();
    const auto located = CloudflaredLocator::locate(chosen);
    if (!located.ok()) {
        check.problem = located.error;
        return check;
    }
    check.found = true;
    check.path = located.path;
    QString error;
    const CloudflaredVersion version = CloudflaredVersion::query(located.path, &error);
    if (!version.isValid()) {
        check.problem =
            tr("Found %1, but it did not say its version: %2").arg(QDir::toNativeSeparators(check.path), error);
        return check;
    }
    check.version = version.toString();
    check.tooOld = version.isTooOld(QDate::currentDate());
    return check;
}

QString CloudflaredCheck::summary() const
{
    if (!usable())
        return problem;
    const QString line = tr("Found %1, version %2.").arg(QDir::toNativeSeparators(path), version);
    return tooOld ? line + QLatin1Char(' ') +
                        tr("It is more than a year old; Cloudflare may refuse it. %1").arg(updateHint)
                  : line;
}

} // namespace colab
