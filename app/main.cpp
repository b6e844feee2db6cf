#include "GuiApp.h"
#include "cli/Cli.h"
#include "common/AppSettings.h"
#include "common/SingleInstance.h"
#include "common/Translations.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    using Launch = colab::Cli::Launch;
    const Launch launch = colab::Cli::classify(arguments);
    if (launch == Launch::Gui || launch == Launch::GuiWithLink)
        return colab::runGui(argc, argv, colab::Cli::cloudflaredOption(arguments), colab::Cli::hiddenOption(arguments));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(colab::kAppName));
    QCoreApplication::setApplicationVersion(QLatin1String(colab::kVersion));
    colab::Translations::install(colab::AppSettings::language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (launch == Launch::BadLink) {
        // Refused at once; a window that is already open says why as well.
        err << "colab-tunnel: " << colab::Cli::linkError(arguments) << Qt::endl;
        colab::SingleInstance().forwardToRunning(arguments.mid(1));
        return colab::Cli::Usage;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    return colab::Cli(out, err, &in).run(arguments);
}
