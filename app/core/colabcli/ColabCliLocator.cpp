#include "colabcli/ColabCliLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace colab {

namespace {
bool isExecutableFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString pipxBinary()
{
#if defined(Q_OS_WIN)
    return QDir::homePath() + QStringLiteral("/.local/bin/colab.exe");
#else
    return QDir::homePath() + QStringLiteral("/.local/bin/colab");
#endif
}
} // namespace

QString ColabCliLocator::installHint()
{
    // google-colab-cli has no login command: its first command that reaches Google runs the OAuth
    // flow (colab_cli/auth.py), so "sign in" means running one in a terminal.
    return ColabCliLocator::tr("Install Google's Colab CLI with: pipx install google-colab-cli (or: uv tool install "
                               "google-colab-cli), then sign in once in a terminal by running: colab sessions");
}

ColabCliLocator::Result ColabCliLocator::locate(const QString& commandLinePath, const QString& savedPath)
{
    const QString fromEnvironment = qEnvironmentVariable("COLAB_TUNNEL_COLAB");
    for (const QString& chosen : {commandLinePath, fromEnvironment, savedPath}) {
        if (chosen.isEmpty())
            continue;
        const QString absolute = QFileInfo(chosen).absoluteFilePath();
        if (isExecutableFile(absolute))
            return {absolute, {}};
        return {{}, ColabCliLocator::tr("The chosen colab CLI (%1) does not exist or is not executable.").arg(chosen)};
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("colab"));
    if (!onPath.isEmpty())
        return {QFileInfo(onPath).absoluteFilePath(), {}};
    if (isExecutableFile(pipxBinary()))
        return {pipxBinary(), {}};
    return {{}, ColabCliLocator::tr("Google's colab CLI was not found. %1").arg(installHint())};
}

} // namespace colab
