#include <QApplication>

namespace colab::test {
int runCatch(int argc, char** argv);
}

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

int main(int argc, char** argv)
{
    // Widget tests run offscreen unless the harness gave them a real X display (tray tests).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("colab-tunnel"));
    initResources();
    return colab::test::runCatch(argc, argv);
}
