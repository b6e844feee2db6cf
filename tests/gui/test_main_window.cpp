#include "MainWindow.h"
#include "TunnelTableModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("with no tunnels the window says how to get the first one", "[gui]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("emptyState"));
    auto* wizard = window.findChild<QPushButton*>(QStringLiteral("emptyWizardButton"));
    auto* paste = window.findChild<QPushButton*>(QStringLiteral("emptyPasteButton"));
    REQUIRE(wizard);
    REQUIRE(paste);
    CHECK(wizard->isVisible());

    QSignalSpy wizardSpy(&window, &MainWindow::wizardRequested);
    QSignalSpy addSpy(&window, &MainWindow::addRequested);
    QTest::mouseClick(wizard, Qt::LeftButton);
    QTest::mouseClick(paste, Qt::LeftButton);
    CHECK(wizardSpy.count() == 1);
    CHECK(addSpy.count() == 1);
    // Keyboard: Ctrl+N adds a runtime.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(addSpy.count() == 2);
}

TEST_CASE("tunnels replace the empty state with the table", "[gui]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels({Tunnel{QStringLiteral("gpu"), QStringLiteral("a-b-c.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    auto* stack = window.findChild<QStackedWidget*>();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("tunnelTable"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    CHECK(table->model()->data(table->model()->index(0, TunnelTableModel::HostnameColumn)).toString() ==
          QStringLiteral("a-b-c.trycloudflare.com"));
    model.setTunnels({});
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("emptyState"));
}
