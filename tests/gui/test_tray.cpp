#include "TestEnv.h"
#include "TrayIcon.h"

#include <QMenu>
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
