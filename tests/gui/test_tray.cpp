#include "FakeRuntime.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "TunnelTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("the tray icon appears in a real system tray", "[tray]")
{
    // trayer takes a moment to claim the tray selection after the harness starts it.
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    TrayIcon tray;
    tray.show();
    CHECK(tray.isVisible());
    // Embedded icons get a real on-screen geometry from the tray host.
    CHECK(test::waitUntil([&] { return tray.icon()->geometry().isValid() && !tray.icon()->geometry().isEmpty(); },
                          10000));
    REQUIRE(tray.icon()->contextMenu());
    QStringList actions;
    for (QAction* action : tray.icon()->contextMenu()->actions())
        actions << action->objectName();
    CHECK(actions.contains(QStringLiteral("trayShowAction")));
    CHECK(actions.contains(QStringLiteral("trayQuitAction")));
}

TEST_CASE("the tray menu shows each runtime's state and offers quick connect only where it can work", "[tray]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    TrayIcon tray;
    tray.show();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    tray.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a.trycloudflare.com"), Tunnel::Kind::Quick, now, now},
         Tunnel{QStringLiteral("tpu"), QStringLiteral("b.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    CHECK(tray.overall() == TrayIcon::Overall::None);
    ProbeResult online;
    online.state = ProbeResult::State::Online;
    tray.setState(QStringLiteral("gpu"), online);
    CHECK(tray.overall() == TrayIcon::Overall::Online);
    auto* gpu = tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-gpu"));
    REQUIRE(gpu);
    CHECK(gpu->title() == QStringLiteral("colab-gpu — Online"));
    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy copy(&tray, &TrayIcon::copySshRequested);
    gpu->actions().at(1)->trigger(); // Open in PyCharm
    gpu->actions().at(3)->trigger(); // Copy ssh command
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("gpu"));
    CHECK(open.first().at(1).value<IdePlanner::Ide>() == IdePlanner::Ide::PyCharm);
    CHECK(copy.count() == 1);

    // A changed host key: no quick connect, the reason and the way to the fix instead.
    ProbeResult changed;
    changed.state = ProbeResult::State::HostKeyChanged;
    changed.message = QStringLiteral("The host key of tpu changed: remove and re-add it if you started a new runtime.");
    tray.setState(QStringLiteral("tpu"), changed);
    CHECK(tray.overall() == TrayIcon::Overall::Problem);
    auto* tpu = tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-tpu"));
    REQUIRE(tpu);
    CHECK(tpu->title() == QStringLiteral("colab-tpu — Host key changed!"));
    QStringList texts;
    for (QAction* action : tpu->actions())
        texts << action->text();
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK_FALSE(texts.contains(QStringLiteral("Open in VS Code")));
    CHECK_FALSE(texts.contains(QStringLiteral("Open in PyCharm")));
    CHECK(texts.contains(QStringLiteral("Check now")));
    CHECK(tpu->findChild<QAction*>(QStringLiteral("trayReason")));
    QSignalSpy check(&tray, &TrayIcon::checkRequested);
    for (QAction* action : tpu->actions())
        if (action->text() == QStringLiteral("Check now"))
            action->trigger();
    CHECK(check.count() == 1);

    // Rebuilding for a shorter list leaves no stale entries behind.
    tray.setTunnels(
        {Tunnel{QStringLiteral("tpu"), QStringLiteral("b.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    CHECK_FALSE(tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-gpu")));
    CHECK(tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-tpu")));
}

TEST_CASE("the tray lists the runtimes in the dashboard's order, not the order they were added", "[tray]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Tunnel> added;
    for (const char* name : {"tpu", "A100", "gpu", "b-team"})
        added << Tunnel{QString::fromLatin1(name), QString::fromLatin1(name) + QStringLiteral(".example.com"),
                        Tunnel::Kind::Named, now, now};
    TunnelTableModel model;
    MainWindow window(&model);
    model.setTunnels(added);
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    REQUIRE(table);
    QStringList dashboard;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        dashboard << table->model()->index(row, TunnelTableModel::NameColumn).data().toString();
    CHECK(dashboard ==
          QStringList{QStringLiteral("A100"), QStringLiteral("b-team"), QStringLiteral("gpu"), QStringLiteral("tpu")});

    TrayIcon tray;
    tray.setTunnels(added);
    QStringList menu;
    for (QAction* action : tray.menu()->actions())
        if (action->menu())
            menu << action->menu()->objectName().remove(QStringLiteral("trayTunnel-"));
    CHECK(menu == dashboard);
}

TEST_CASE("Quit ends the app at once, also when the window hides to the tray and probes are in flight", "[tray][app]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime;
    runtime.setHangs(true); // a runtime that never answers: its probe is still in flight at Quit
    AppService::Options options;
    options.probe = runtime.probe();
    for (const char* via : {"window", "tray"}) {
        INFO("quit from the " << via);
        GuiApp gui(options);
        gui.start();
        REQUIRE(test::waitUntil([&] { return gui.tray() != nullptr; }, 5000)); // after the first picture
        gui.window().hide();                                                   // closed to the tray earlier ...
        gui.handleArguments({}); // ... and raised again by a second launch
        REQUIRE(test::waitUntil([&] { return gui.service().monitor().running() == 1; }, 5000));
        QElapsedTimer timer;
        QTimer::singleShot(100, &gui, [&] {
            timer.start();
            if (QByteArray(via) == "window")
                gui.window().findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
            else
                gui.tray()->menu()->findChild<QAction*>(QStringLiteral("trayQuitAction"))->trigger();
        });
        QTimer::singleShot(5000, &gui, [] { QCoreApplication::exit(99); });
        CHECK(QCoreApplication::exec() == 0);
        CHECK(timer.elapsed() < 1000);
    }
}

TEST_CASE("closing the window hides it in the tray until the user turns that off in the settings", "[tray][settings]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    test::FakeRuntime runtime;
    AppService::Options options;
    options.probe = runtime.probe();
    GuiApp gui(options);
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.tray() != nullptr; }, 5000)); // after the first picture
    REQUIRE(gui.window().isVisible());
    QSignalSpy quit(&gui.window(), &MainWindow::quitRequested);
    CHECK_FALSE(gui.window().close()); // refused: the app keeps running in the tray
    CHECK_FALSE(gui.window().isVisible());
    CHECK(quit.isEmpty());

    gui.tray()->menu()->findChild<QAction*>(QStringLiteral("traySettingsAction"))->trigger();
    SettingsDialog* dialog = gui.settingsDialog();
    REQUIRE(dialog);
    auto* closeToTray = dialog->findChild<QCheckBox*>(QStringLiteral("closeToTrayCheck"));
    REQUIRE(closeToTray);
    CHECK(closeToTray->isEnabled());
    CHECK(closeToTray->isChecked()); // the default where a tray exists
    closeToTray->setChecked(false);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
    REQUIRE(test::waitUntil([&] { return !gui.settingsDialog(); }, 2000));

    gui.window().show();
    CHECK(gui.window().close()); // closing the window is quitting now
    CHECK(quit.count() == 1);
}

TEST_CASE("a start at login with --hidden shows only the tray icon and checks at once", "[tray][app]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime;
    runtime.setRunning(false);
    AppService::Options options;
    options.probe = runtime.probe();
    GuiApp gui(options);
    gui.start(false);
    REQUIRE(gui.tray()); // decided at once: without a tray the window would have to show
    CHECK(gui.tray()->isVisible());
    CHECK(gui.service().checksStarted());
    CHECK_FALSE(gui.window().isVisible());
    REQUIRE(test::waitUntil(
        [&] { return gui.service().state(QStringLiteral("gpu")).state == ProbeResult::State::Offline; }, 5000));
    auto* gpu = gui.tray()->menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-gpu"));
    REQUIRE(gpu);
    CHECK(gpu->title().endsWith(QLatin1String("Offline")));
}

// scripts/screenshots.sh: the notification a host key change raises, as the tray shows it where no
// notification service runs (Qt's own balloon), in English and at the current scale.
TEST_CASE("screenshot of a notification", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    TrayIcon tray;
    tray.show();
    REQUIRE(test::waitUntil([&] { return tray.icon()->geometry().isValid(); }, 10000));
    ProbeResult changed;
    changed.name = QStringLiteral("gpu");
    changed.state = ProbeResult::State::HostKeyChanged;
    changed.message = QStringLiteral("The host key of gpu changed since the first contact.");
    const auto notification = Notifier::decide(QStringLiteral("colab-gpu"), ProbeResult::State::Online, changed, false);
    REQUIRE(notification.has_value());
    tray.notify(*notification);
    QWidget* balloon = nullptr;
    REQUIRE(test::waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (widget->inherits("QBalloonTip") && widget->isVisible())
                    balloon = widget;
            return balloon != nullptr;
        },
        5000));
    QTest::qWait(300);
    CHECK(balloon->grab().save(
        dir + QStringLiteral("/notification%1.png").arg(qEnvironmentVariable("COLAB_SCREENSHOT_SUFFIX"))));
}
