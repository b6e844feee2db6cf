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
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a-b-c.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    auto* stack = window.findChild<QStackedWidget*>();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("tunnelTable"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    CHECK(table->model()->data(table->model()->index(0, TunnelTableModel::HostnameColumn)).toString() ==
          QStringLiteral("a-b-c.trycloudflare.com"));
    model.setTunnels({});
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("emptyState"));
}

TEST_CASE("the table shows each runtime's live state, facts and host key", "[gui][dashboard]")
{
    TunnelTableModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a-b-c.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    ProbeResult result;
    result.name = QStringLiteral("gpu");
    result.state = ProbeResult::State::Online;
    result.latencyMs = 182;
    result.hostKeySha256 = QStringLiteral("SHA256:abc");
    result.message = QStringLiteral("Online · Tesla T4");
    result.runtime = RuntimeFacts::parse("@gpu\nTesla T4, 15360, 2048, 50\n@mem\nMemTotal: 13000000 kB\n"
                                         "MemAvailable: 10000000 kB\n@end\n");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setState(QStringLiteral("gpu"), result);
    CHECK(changed.count() == 1);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role).toString();
    };
    CHECK(cell(TunnelTableModel::StatusColumn).endsWith(QStringLiteral("Online")));
    CHECK(cell(TunnelTableModel::GpuColumn) == QStringLiteral("Tesla T4 · 2.0/15.0 GiB · 50 %"));
    CHECK(cell(TunnelTableModel::MemoryColumn) == QStringLiteral("9.5 GiB free of 12.4 GiB"));
    CHECK(cell(TunnelTableModel::LatencyColumn) == QStringLiteral("182 ms"));
    CHECK(cell(TunnelTableModel::StatusColumn, Qt::ToolTipRole).contains(QStringLiteral("SHA256:abc")));

    result.state = ProbeResult::State::HostKeyChanged;
    model.setState(QStringLiteral("gpu"), result);
    CHECK(cell(TunnelTableModel::StatusColumn).endsWith(QStringLiteral("Host key changed!")));
    CHECK(cell(TunnelTableModel::GpuColumn).isEmpty());
}
