#include "MainWindow.h"
#include "TunnelTableModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("runtimeSplit"));
    CHECK(stack->currentWidget()->findChild<QTableView*>(QStringLiteral("tunnelTable")));
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

TEST_CASE("a slot's row tooltip says how its tunnel is at Cloudflare", "[gui][dashboard]")
{
    TunnelTableModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("gpu.example.com"), Tunnel::Kind::Named, now, now},
         Tunnel{QStringLiteral("t4"), QStringLiteral("a-b-c.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    ProbeResult slot;
    slot.name = QStringLiteral("gpu");
    slot.state = ProbeResult::State::Offline;
    slot.message = QStringLiteral("No cloudflared is connected to tunnel colab-gpu");
    slot.tunnelStatus = QStringLiteral("down");
    model.setState(QStringLiteral("gpu"), slot);
    ProbeResult quick;
    quick.name = QStringLiteral("t4");
    quick.state = ProbeResult::State::Offline;
    quick.message = QStringLiteral("The runtime is not reachable");
    model.setState(QStringLiteral("t4"), quick);
    const QString slotTip = model.data(model.index(0, TunnelTableModel::StatusColumn), Qt::ToolTipRole).toString();
    CHECK(slotTip.startsWith(QStringLiteral("No cloudflared is connected to tunnel colab-gpu")));
    CHECK(slotTip.endsWith(QStringLiteral("\nTunnel at Cloudflare: down")));
    CHECK_FALSE(model.data(model.index(1, TunnelTableModel::StatusColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Cloudflare")));
}

#include "Samples.h"

#include <QImage>
#include <QJsonDocument>

TEST_CASE("the activity column draws the last minutes of GPU use and memory and says the figures in words", "[gui]")
{
    TunnelTableModel model;
    SampleHistory history;
    model.setHistory(&history);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    ProbeResult online;
    online.state = ProbeResult::State::Online;
    model.setState(QStringLiteral("gpu"), online);
    // 12 minutes of samples every 2 s: only the last 10 minutes are kept.
    for (int i = 0; i < 360; ++i)
        history.add(QStringLiteral("gpu"), test::sampleAt(now.addSecs(-720 + 2 * i), i % 100, 1500 * (i % 10)));
    history.add(QStringLiteral("gpu"), test::sampleAt(now, 37, 1500));
    CHECK(history.samples(QStringLiteral("gpu")).size() == 301);
    model.sampleArrived(QStringLiteral("gpu"));

    const QModelIndex cell = model.index(0, TunnelTableModel::ActivityColumn);
    const auto graph = cell.data(TunnelTableModel::GraphRole).value<TunnelTableModel::Graph>();
    CHECK(graph.utilization.size() <= 96);
    CHECK(graph.utilization.size() >= 64);
    CHECK(graph.utilization.last() == Approx(0.37));
    CHECK(graph.memory.last() == Approx(0.1));
    CHECK(cell.data(Qt::DisplayRole).toString() == QStringLiteral("37 % · 10 %"));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("GPU0 Tesla T4 37 %")));
    CHECK(cell.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("last 10 minutes")));

    // Drawn: the cell holds the graph's line, not only the background.
    MainWindow window(&model);
    window.resize(1100, 300);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    REQUIRE(table);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect rect = table->visualRect(qobject_cast<QSortFilterProxyModel*>(table->model())->mapFromSource(cell));
    REQUIRE(rect.width() >= 150);
    const QImage image = table->viewport()->grab(rect).toImage();
    const QColor background = image.pixelColor(1, 1);
    int drawn = 0;
    for (int x = 4; x < 96; ++x)
        for (int y = 2; y < image.height() - 2; ++y)
            drawn += image.pixelColor(x, y) != background ? 1 : 0;
    CHECK(drawn > 50);

    // Offline: no graph, no figures.
    ProbeResult offline;
    offline.state = ProbeResult::State::Offline;
    model.setState(QStringLiteral("gpu"), offline);
    CHECK(cell.data(TunnelTableModel::GraphRole).value<TunnelTableModel::Graph>().utilization.isEmpty());
    CHECK(cell.data(Qt::DisplayRole).toString().isEmpty());
}

#include "Formatting.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

// A runtime's message may quote the network (an SSH banner, cloudflared, nvidia-smi): wherever the
// window shows it, it is the text it is, not markup with a link to click.
namespace {

// `text` laid out as a label or tooltip in `format` lays it out.
std::unique_ptr<QTextDocument> layOutAs(const QString& text, Qt::TextFormat format)
{
    auto document = std::make_unique<QTextDocument>();
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        document->setHtml(text);
    else
        document->setPlainText(text);
    return document;
}

bool anyLink(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            if (fragment.fragment().charFormat().isAnchor())
                return true;
    return false;
}

} // namespace

TEST_CASE("a runtime's message that looks like markup is shown as text, never as a link", "[gui][network]")
{
    const QString link = QStringLiteral("<a href=\"https://evil.example\">log in again</a>");
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a-b-c.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    ProbeResult offline;
    offline.name = QStringLiteral("gpu");
    offline.state = ProbeResult::State::Offline;
    offline.message = QStringLiteral("The SSH server greeted (%1), but the connection failed after it.").arg(link);
    model.setState(QStringLiteral("gpu"), offline);
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    REQUIRE(table);
    table->selectRow(0);

    auto* message = window.findChild<QLabel*>(QStringLiteral("detailsMessage"));
    REQUIRE(message);
    const auto shown = layOutAs(message->text(), message->textFormat());
    CHECK_FALSE(anyLink(*shown));
    CHECK(shown->toPlainText().contains(link));

    // Hovering the runtime's state: the tooltip says the message as it is.
    const QRect cell = table->visualRect(table->model()->index(0, TunnelTableModel::StatusColumn));
    QHelpEvent hover(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &hover);
    REQUIRE(QToolTip::isVisible());
    const auto tip = layOutAs(QToolTip::text(), Qt::AutoText); // as QToolTip decides
    INFO(QToolTip::text().toStdString());
    CHECK_FALSE(anyLink(*tip));
    CHECK(tip->toPlainText().contains(link));
    QToolTip::hideText();

    // A desktop notification about it carries no markup either (Linux servers read markup there).
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString notified = notificationText(offline.message);
    CHECK_FALSE(notified.contains(QLatin1Char('<')));
    CHECK(notified.contains(QStringLiteral("log in again")));
#endif
}
