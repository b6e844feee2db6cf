#include "GuiApp.h"
#include "cli/Cli.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (colab::Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QLatin1String(colab::kAppName));
        QCoreApplication::setApplicationVersion(QLatin1String(colab::kVersion));
        QTextStream out(stdout);
        QTextStream err(stderr);
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        return colab::Cli(out, err, &in).run(arguments);
    }
    return colab::runGui(argc, argv);
}
