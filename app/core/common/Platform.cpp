// What PlatformPosix.cpp and PlatformWindows.cpp share.
#include "common/Platform.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace colab::platform {

QString proxyProgram(const QStringList& argv, QString* error)
{
    if (argv.isEmpty()) {
        *error = QStringLiteral("no proxy command");
        return {};
    }
    QString program = argv.first();
    bool hasFolder = program.contains(QLatin1Char('/'));
#ifdef Q_OS_WIN
    hasFolder = hasFolder || program.contains(QLatin1Char('\\'));
#endif
    if (!hasFolder)
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("%1 was not found or is not executable").arg(argv.first());
        return {};
    }
    return program;
}

} // namespace colab::platform
