#include "GuiApp.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "TunnelTableModel.h"
#include "common/Logging.h"
#include "common/SingleInstance.h"
#include "common/Version.h"
#include "tunnels/TunnelRegistry.h"

#include <QApplication>
#include <QMessageBox>
#include <QSystemTrayIcon>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace colab {

namespace {
void raise(QWidget* window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}
} // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationName(QLatin1String(kAppName));
    QApplication::setApplicationDisplayName(QLatin1String(kDisplayName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("colab-tunnel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));

    SingleInstance instance;
    if (!instance.claimOrForward(app.arguments().mid(1)))
        return 0;

    TunnelRegistry registry;
    TunnelTableModel model;
    QObject::connect(&registry, &TunnelRegistry::tunnelsChanged, &model,
                     [&] { model.setTunnels(registry.tunnels()); });
    QString loadError;
    registry.reload(&loadError);

    MainWindow window(&model);
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QApplication::quit);

    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<TrayIcon>();
        QObject::connect(tray.get(), &TrayIcon::showWindowRequested, &window, [&] { raise(&window); });
        QObject::connect(tray.get(), &TrayIcon::quitRequested, &app, &QApplication::quit);
        tray->show();
        window.setHidesToTray(true);
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        qCInfo(lcApp) << "no system tray: running with the window only";
    }

    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, [&](const QStringList&) {
        registry.reload();
        raise(&window);
    });

    window.show();
    if (!loadError.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Colab Tunnel"), loadError);
    return app.exec();
}

} // namespace colab
