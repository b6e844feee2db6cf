#include <QCoreApplication>

namespace colab::test {
int runCatch(int argc, char** argv);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("colab-tunnel"));
    return colab::test::runCatch(argc, argv);
}
