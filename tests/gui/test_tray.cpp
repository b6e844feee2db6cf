#include "TestEnv.h"
#include "TrayIcon.h"

#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
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

TEST_CASE("the tray menu offers quick actions for every runtime", "[tray]")
{
    REQUIRE(test::waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000));
    TrayIcon tray;
    tray.show();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    tray.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a.trycloudflare.com"), Tunnel::Kind::Quick, now, now},
         Tunnel{QStringLiteral("tpu"), QStringLiteral("b.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    auto* gpu = tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-gpu"));
    REQUIRE(gpu);
    CHECK(gpu->title() == QStringLiteral("colab-gpu"));
    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy copy(&tray, &TrayIcon::copySshRequested);
    gpu->actions().at(1)->trigger(); // Open in PyCharm
    gpu->actions().at(3)->trigger(); // Copy ssh command
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("gpu"));
    CHECK(open.first().at(1).value<IdePlanner::Ide>() == IdePlanner::Ide::PyCharm);
    CHECK(copy.count() == 1);

    // Rebuilding for a shorter list leaves no stale entries behind.
    tray.setTunnels(
        {Tunnel{QStringLiteral("tpu"), QStringLiteral("b.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    CHECK_FALSE(tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-gpu")));
    CHECK(tray.menu()->findChild<QMenu*>(QStringLiteral("trayTunnel-tpu")));
}
