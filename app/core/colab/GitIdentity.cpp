#include "colab/GitIdentity.h"

#include <QProcess>
#include <QRegularExpression>

namespace colab {

namespace {

QString gitConfigValue(const QString& key)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--get"), key});
    if (!git.waitForFinished(5000)) {
        git.kill();
        git.waitForFinished(1000);
        return {};
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return {};
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

} // namespace

GitIdentity GitIdentity::local()
{
    // Only what the cell accepts (ColabCell::optionsError): a setting it would refuse is left out, so
    // an odd git config never stops the cell from being made.
    static const QRegularExpression name(QStringLiteral("^[^<>\\x00-\\x1f\\x7f]{1,200}$"));
    static const QRegularExpression email(QStringLiteral("^[^\\s<>@]{1,128}@[^\\s<>@]{1,125}$"));
    GitIdentity identity{gitConfigValue(QStringLiteral("user.name")), gitConfigValue(QStringLiteral("user.email"))};
    if (!name.match(identity.name).hasMatch())
        identity.name.clear();
    if (!email.match(identity.email).hasMatch())
        identity.email.clear();
    return identity;
}

} // namespace colab
