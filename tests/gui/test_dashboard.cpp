#include "CatchQt.h"
#include "MainWindow.h"
#include "RuntimeDetailsPane.h"
#include "Samples.h"
#include "StateStyle.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "TunnelTableModel.h"
#include "UiResources.h"
#include "common/Version.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

using namespace colab;
using State = ProbeResult::State;

// The dashboard as someone who keeps it open all day meets it: readable states, columns that stay
// put, the keyboard, safe defaults, and the selected runtime in full.
namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Text, Qt::white);
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

QString labelText(const QWidget* pane, const char* objectName)
{
    auto* label = pane->findChild<QLabel*>(QString::fromLatin1(objectName));
    REQUIRE(label);
    return label->text();
}

// A dashboard on screen with one runtime, "gpu" (selected).
std::unique_ptr<MainWindow> dashboardWithGpu(TunnelTableModel& model, const QSize& size)
{
    auto window = std::make_unique<MainWindow>(&model);
    window->resize(size);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    model.setTunnels({test::sampleRuntime(QStringLiteral("gpu"), QStringLiteral("a-b.trycloudflare.com"))});
    return window;
}

RuntimeFacts factsAt(int gpuPct, qint64 ramFreeMib)
{
    RuntimeFacts facts;
    facts.gpu = QStringLiteral("Tesla T4");
    facts.gpuMemoryTotalMib = 15360;
    facts.gpuMemoryUsedMib = 4000;
    facts.gpuUtilizationPct = gpuPct;
    facts.ramTotalMib = 12979;
    facts.ramAvailableMib = ramFreeMib;
    return facts;
}
} // namespace

TEST_CASE("state colours meet WCAG AA on light and dark palettes and never stand alone", "[gui][dashboard]")
{
    using Kind = StateStyle::Kind;
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        for (const Kind kind : {Kind::Good, Kind::Waiting, Kind::Warning, Kind::Problem}) {
            const QColor colour = StateStyle::color(kind, palette);
            INFO("kind " << int(kind) << " on " << palette.color(QPalette::Base).name().toStdString() << ": "
                         << colour.name().toStdString());
            CHECK(StateStyle::contrast(colour, palette.color(QPalette::Base)) >= 4.5);
            CHECK(StateStyle::contrast(colour, palette.color(QPalette::AlternateBase)) >= 4.5);
            CHECK_FALSE(StateStyle::icon(kind).isNull());
        }
    }
    // The status cell says the state in words and with an icon, not only in colour.
    TunnelTableModel model;
    model.setTunnels({test::sampleRuntime(QStringLiteral("gpu"), QStringLiteral("a-b.trycloudflare.com"))});
    model.setState(QStringLiteral("gpu"), test::sampleState(State::Offline));
    const QModelIndex status = model.index(0, TunnelTableModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("Offline"));
    CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("columns keep their widths as states change and a long hostname gives way", "[gui][dashboard]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.resize(1000, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString longHost = QStringLiteral("a-very-long-random-hostname-with-many-many-words-1234.trycloudflare.com");
    model.setTunnels({test::sampleRuntime(QStringLiteral("gpu"), longHost),
                      test::sampleRuntime(QStringLiteral("b"), QStringLiteral("b.x.com"))});
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    REQUIRE(table);
    QHeaderView* header = table->horizontalHeader();
    QList<int> before;
    for (int column = 0; column < TunnelTableModel::ColumnCount; ++column)
        before << header->sectionSize(column);

    ProbeResult online = test::sampleState(State::Online);
    online.latencyMs = 123456;
    RuntimeFacts facts;
    facts.gpu = QStringLiteral("NVIDIA A100-SXM4-80GB with a very long name indeed");
    facts.ramTotalMib = 85000;
    facts.ramAvailableMib = 80000;
    online.runtime = facts;
    model.setState(QStringLiteral("gpu"), online);
    model.setState(QStringLiteral("b"),
                   test::sampleState(State::HostKeyChanged, QStringLiteral("a long message ") + longHost));
    QApplication::processEvents();
    for (int column = 0; column < TunnelTableModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK(header->sectionSize(column) == before.at(column));
    }
    // The hostname is what is shortened first, in the middle.
    CHECK(table->textElideMode() == Qt::ElideMiddle);
    CHECK(header->sectionSize(TunnelTableModel::HostnameColumn) < table->fontMetrics().horizontalAdvance(longHost));
}

TEST_CASE("the window fits a half screen and a narrow one shows fewer columns, none cut off", "[gui][dashboard]")
{
    TunnelTableModel model;
    const auto shown = dashboardWithGpu(model, {1300, 600});
    MainWindow& window = *shown;
    ProbeResult online = test::sampleState(State::Online);
    online.latencyMs = 48;
    online.runtime = factsAt(61, 10450);
    model.setState(QStringLiteral("gpu"), online);
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    QHeaderView* header = table->horizontalHeader();
    QApplication::processEvents();
    for (int column = 0; column < TunnelTableModel::ColumnCount; ++column)
        CHECK_FALSE(table->isColumnHidden(column)); // wide: everything

    INFO("narrowest: " << window.minimumSizeHint().width());
    CHECK(window.minimumSizeHint().width() <= 720);
    for (const int width : {900, 800, window.minimumSizeHint().width()}) {
        window.resize(width, 600);
        QApplication::processEvents();
        INFO("at " << window.width() << " px");
        for (const int column :
             {TunnelTableModel::NameColumn, TunnelTableModel::StatusColumn, TunnelTableModel::GpuColumn})
            CHECK_FALSE(table->isColumnHidden(column));
        for (int column = 0; column < TunnelTableModel::ColumnCount; ++column) {
            if (table->isColumnHidden(column))
                continue;
            INFO("column " << column);
            CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= table->viewport()->width());
        }
    }
}

TEST_CASE("runtimes sort by the clicked column", "[gui][dashboard]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    model.setTunnels({test::sampleRuntime(QStringLiteral("zeta"), QStringLiteral("z.trycloudflare.com")),
                      test::sampleRuntime(QStringLiteral("alpha"), QStringLiteral("a.trycloudflare.com"))});
    model.setState(QStringLiteral("zeta"), test::sampleState(State::Online));
    model.setState(QStringLiteral("alpha"), test::sampleState(State::AuthFailed, QStringLiteral("refused")));
    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    const auto firstName = [&] {
        return table->model()->index(0, TunnelTableModel::NameColumn).data().toString();
    };
    CHECK(firstName() == QStringLiteral("alpha")); // by name at first
    table->sortByColumn(TunnelTableModel::NameColumn, Qt::DescendingOrder);
    CHECK(firstName() == QStringLiteral("zeta"));
    table->sortByColumn(TunnelTableModel::StatusColumn, Qt::DescendingOrder);
    CHECK(firstName() == QStringLiteral("alpha")); // the one that needs the user first
    // The selection follows the runtime, not the row.
    window.selectTunnel(QStringLiteral("zeta"));
    CHECK(window.selectedTunnel() == QStringLiteral("zeta"));
}

TEST_CASE("Remove defaults to Cancel and the context menu opens from the keyboard", "[gui][dashboard]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    model.setTunnels({test::sampleRuntime(QStringLiteral("gpu"), QStringLiteral("a.trycloudflare.com"))});
    QSignalSpy removed(&window, &MainWindow::removeRequested);
    bool cancelWasDefault = false;
    QTimer::singleShot(200, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("removeQuestion"));
        REQUIRE(box);
        cancelWasDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        QTest::keyClick(box, Qt::Key_Return); // Enter takes the default
    });
    window.findChild<QAction*>(QStringLiteral("removeAction"))->trigger();
    CHECK(cancelWasDefault);
    CHECK(removed.isEmpty());

    auto* table = window.findChild<QTableView*>(QStringLiteral("tunnelTable"));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("runtimeContextMenu"));
    REQUIRE(menu);
    window.activateWindow(); // shortcuts reach the active window only
    REQUIRE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
    REQUIRE(test::waitUntil([&] { return menu->isVisible(); }, 3000));
    // At the selected row, not at the mouse.
    const QRect row = table->visualRect(table->currentIndex());
    CHECK(std::abs(menu->pos().y() - table->viewport()->mapToGlobal(row.bottomLeft()).y()) < 40);
    menu->hide();
    QTest::keyClick(table, Qt::Key_Menu);
    CHECK(test::waitUntil([&] { return menu->isVisible(); }, 3000));
    menu->hide();
}

TEST_CASE("the desktop's icon theme is used where it has the icon and the app's own icons elsewhere",
          "[gui][dashboard]")
{
    // A desktop theme with one action icon, as GNOME's Adwaita or KDE's Breeze have them all.
    QTemporaryDir themes;
    REQUIRE(QDir().mkpath(themes.filePath(QStringLiteral("Desk/scalable/actions"))));
    QFile index(themes.filePath(QStringLiteral("Desk/index.theme")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Desk\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n");
    index.close();
    QFile svg(themes.filePath(QStringLiteral("Desk/scalable/actions/list-add.svg")));
    REQUIRE(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16"/></svg>)");
    svg.close();
    const QStringList searchPaths = QIcon::themeSearchPaths();
    const QString themeBefore = QIcon::themeName();
    QIcon::setThemeSearchPaths(QStringList{themes.path()} + searchPaths);

    QIcon::setThemeName(QStringLiteral("Desk"));
    CHECK(themedIcon(QStringLiteral("list-add"), QStringLiteral("add")).name() == QStringLiteral("list-add"));
    const QIcon missing = themedIcon(QStringLiteral("tools-wizard"), QStringLiteral("wizard"));
    CHECK(missing.name().isEmpty());
    CHECK_FALSE(missing.pixmap(16, 16).isNull()); // the app's own SVG

    // No desktop theme (hicolor, which has no action icons): the app's own icons, drawn.
    QIcon::setThemeName(QStringLiteral("hicolor"));
    const QIcon own = themedIcon(QStringLiteral("list-add"), QStringLiteral("add"));
    CHECK(own.name().isEmpty());
    CHECK_FALSE(own.pixmap(16, 16).isNull());

    QIcon::setThemeName(themeBefore);
    QIcon::setThemeSearchPaths(searchPaths);
}

TEST_CASE("Help About names the version", "[gui][dashboard]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    QString text;
    QTimer::singleShot(200, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        REQUIRE(box);
        text = box->text();
        box->accept();
    });
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    CHECK(text.contains(QString::fromLatin1(kVersion)));
}

TEST_CASE("the details pane shows the selected runtime in full and Checking while F5 runs", "[gui][dashboard]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.resize(900, 600);
    window.show();
    model.setTunnels({test::sampleRuntime(QStringLiteral("gpu"), QStringLiteral("a-b.trycloudflare.com"))});
    const QString longMessage =
        QStringLiteral("The runtime's host key changed since the first contact. If you started a new runtime, "
                       "remove gpu and add it again; otherwise someone may be in the middle, so do not connect.");
    ProbeResult changed = test::sampleState(State::HostKeyChanged, longMessage);
    changed.hostKeySha256 = QStringLiteral("SHA256:abcdefghijklmnop");
    model.setState(QStringLiteral("gpu"), changed);
    RuntimeDetailsPane* pane = window.detailsPane();
    REQUIRE(pane);
    CHECK(pane->runtimeName() == QStringLiteral("gpu"));
    CHECK(pane->findChild<QLabel*>(QStringLiteral("detailsMessage"))->text().contains(longMessage)); // in full
    CHECK(pane->findChild<QLabel*>(QStringLiteral("detailsFacts"))->text().contains(QStringLiteral("SHA256:abcdef")));
    CHECK(pane->findChild<QLabel*>(QStringLiteral("detailsRecent"))->text().contains(longMessage));
    // When the monitor looks again, for the selected runtime only; nothing while none is timed.
    const QDateTime next = QDateTime::currentDateTime().addSecs(20);
    pane->setNextCheck(QStringLiteral("other"), next.addSecs(100));
    pane->setNextCheck(QStringLiteral("gpu"), next);
    auto* nextCheck = pane->findChild<QLabel*>(QStringLiteral("detailsNextCheck"));
    CHECK(nextCheck->text().contains(next.time().toString(QStringLiteral("HH:mm:ss"))));
    pane->setNextCheck(QStringLiteral("gpu"), QDateTime());
    CHECK_FALSE(nextCheck->text().contains(QStringLiteral("Next check")));

    QSignalSpy checks(&window, &MainWindow::checkRequested);
    window.activateWindow(); // shortcuts reach the active window only
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(checks.size() == 1);
    auto* state = pane->findChild<QLabel*>(QStringLiteral("detailsState"));
    CHECK(state->text().contains(QStringLiteral("Checking")));
    QTest::qWait(20);
    model.setState(QStringLiteral("gpu"), test::sampleState(State::Online)); // the answer
    CHECK_FALSE(state->text().contains(QStringLiteral("Checking")));
    CHECK(state->text().contains(QStringLiteral("Online")));

    // The doctor's steps as they come, then Copy report.
    QSignalSpy diagnose(&window, &MainWindow::diagnoseRequested);
    pane->findChild<QPushButton*>(QStringLiteral("detailsDiagnose"))->click();
    REQUIRE(diagnose.size() == 1);
    pane->clearDiagnosis(QStringLiteral("gpu"));
    StepResult step;
    step.id = QString::fromLatin1(StepResult::kReachable);
    step.outcome = StepResult::Outcome::Failed;
    step.title = QStringLiteral("The tunnel is reachable");
    step.detail = QStringLiteral("Cloudflare answered 530");
    step.fix = QStringLiteral("Run the Colab cell again");
    auto* diagnoseButton = pane->findChild<QPushButton*>(QStringLiteral("detailsDiagnose"));
    CHECK(diagnoseButton->text().contains(QStringLiteral("Cancel"))); // while it runs, the button stops it
    QSignalSpy cancel(&window, &MainWindow::cancelDiagnosisRequested);
    diagnoseButton->click();
    CHECK(cancel.size() == 1);
    CHECK(diagnose.size() == 1);
    pane->addDiagnosisStep(QStringLiteral("gpu"), step);
    pane->diagnosisFinished(QStringLiteral("gpu"), false);
    CHECK_FALSE(diagnoseButton->text().contains(QStringLiteral("Cancel")));
    auto* steps = pane->findChild<QListWidget*>(QStringLiteral("detailsSteps"));
    REQUIRE(steps->count() == 1);
    CHECK(steps->item(0)->text().contains(QStringLiteral("530")));
    CHECK(pane->findChild<QPushButton*>(QStringLiteral("detailsCopyReport"))->isEnabled());
}

TEST_CASE("the details pane says only what is true now, one sentence at a time", "[gui][dashboard]")
{
    TunnelTableModel model;
    SampleHistory history;
    model.setHistory(&history);
    const auto window = dashboardWithGpu(model, {900, 700});
    RuntimeDetailsPane* pane = window->detailsPane();

    // Checking is no problem: nothing under "Recent problems".
    model.setState(QStringLiteral("gpu"), test::sampleState(State::Starting, QStringLiteral("Checking…")));
    CHECK(labelText(pane, "detailsRecent").isEmpty());

    // The probe's line names the GPU figure of its moment; the samples move on.
    ProbeResult online = test::sampleState(State::Online, QStringLiteral("Online · Tesla T4 · 3.9/15.0 GiB · 7 %"));
    online.runtime = factsAt(7, 9000);
    model.setState(QStringLiteral("gpu"), online);
    online.runtime = factsAt(93, 8000); // as the monitor keeps the facts after a sample
    model.setState(QStringLiteral("gpu"), online);
    CHECK(labelText(pane, "detailsRecent").isEmpty());
    const QString message = labelText(pane, "detailsMessage");
    CHECK_FALSE(message.contains(QStringLiteral("7 %")));
    CHECK_FALSE(message.contains(QStringLiteral("Last checked"))); // not run into the message
    CHECK(labelText(pane, "detailsFacts").contains(QStringLiteral("93 %")));
    CHECK(labelText(pane, "detailsNextCheck").startsWith(QStringLiteral("Last checked at ")));
    auto* table = window->findChild<QTableView*>(QStringLiteral("tunnelTable"));
    CHECK(table->model()
              ->index(0, TunnelTableModel::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("93 %")));

    // The graph says what its line and area are.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 20; ++i)
        history.add(QStringLiteral("gpu"), test::sampleAt(now.addSecs(-40 + 2 * i), 50, 4000));
    model.setState(QStringLiteral("gpu"), online);
    auto* legend = pane->findChild<QLabel*>(QStringLiteral("detailsGraphLegend"));
    REQUIRE(legend);
    CHECK(legend->isVisibleTo(pane));
    CHECK(legend->text().contains(QStringLiteral("GPU use")));
    CHECK(legend->text().contains(QStringLiteral("GPU memory")));

    // Offline, the last figures are gone from the row and the pane; so are the graph and its legend.
    ProbeResult offline = test::sampleState(State::Offline, QStringLiteral("The runtime did not answer."));
    offline.runtime = factsAt(93, 8000); // kept by the monitor when a live session is lost
    model.setState(QStringLiteral("gpu"), offline);
    CHECK(table->model()->index(0, TunnelTableModel::MemoryColumn).data().toString().isEmpty());
    CHECK(table->model()->index(0, TunnelTableModel::GpuColumn).data().toString().isEmpty());
    CHECK_FALSE(labelText(pane, "detailsFacts").contains(QStringLiteral("RAM")));
    CHECK_FALSE(legend->isVisibleTo(pane));
    CHECK(labelText(pane, "detailsMessage") == QStringLiteral("The runtime did not answer."));

    // A check that finds the same again still moves "Last checked".
    const QString before = labelText(pane, "detailsNextCheck");
    QTest::qWait(1100);
    model.markChecked(QStringLiteral("gpu"));
    CHECK(labelText(pane, "detailsNextCheck") != before);
}

TEST_CASE("Diagnose says what it does, shows the broken link with its fix, and marks an old report", "[gui][dashboard]")
{
    TunnelTableModel model;
    const auto window = dashboardWithGpu(model, {900, 560});
    model.setState(QStringLiteral("gpu"), test::sampleState(State::Offline, QStringLiteral("Offline.")));
    RuntimeDetailsPane* pane = window->detailsPane();
    // Before it is used: what it will do, no empty box.
    CHECK(labelText(pane, "detailsDiagnosisStatus").contains(QStringLiteral("each link")));
    auto* steps = pane->findChild<QListWidget*>(QStringLiteral("detailsSteps"));
    CHECK_FALSE(steps->isVisibleTo(pane));

    pane->clearDiagnosis(QStringLiteral("gpu"));
    CHECK(labelText(pane, "detailsDiagnosisStatus").contains(QStringLiteral("Diagnosing")));
    const QString fix = QStringLiteral("The tunnel is not running on the runtime: run the Colab cell again.");
    for (int i = 0; i < 14; ++i) {
        StepResult step;
        step.id = QStringLiteral("step%1").arg(i);
        step.title = QStringLiteral("Link %1").arg(i);
        step.outcome = i < 3    ? StepResult::Outcome::Passed
                       : i == 3 ? StepResult::Outcome::Failed
                                : StepResult::Outcome::Skipped;
        if (i == 3)
            step.fix = fix;
        pane->addDiagnosisStep(QStringLiteral("gpu"), step);
    }
    pane->diagnosisFinished(QStringLiteral("gpu"), false);
    QTest::qWait(50);
    REQUIRE(steps->isVisibleTo(pane));
    const QRect failed = steps->visualItemRect(steps->item(3));
    INFO("failed step at " << failed.top() << ".." << failed.bottom() << " of " << steps->viewport()->height());
    CHECK(steps->viewport()->rect().contains(failed));
    CHECK(labelText(pane, "detailsDiagnosisStatus").contains(fix));

    // The user applied the fix and the runtime answers: the report is marked as old.
    QTest::qWait(20);
    model.setState(QStringLiteral("gpu"), test::sampleState(State::Online));
    CHECK(labelText(pane, "detailsDiagnosisStatus").contains(QStringLiteral("Diagnose again")));
    CHECK_FALSE(steps->isEnabled());
}

// scripts/screenshots.sh: the dashboard with runtimes in every kind of state, the details pane with a
// live graph and the doctor's findings, the tray menu, and the same in a dark palette.
TEST_CASE("screenshots of the dashboard", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // QT_SCALE_FACTOR=2 with COLAB_SCREENSHOT_SUFFIX=@2x: the same at 200 %.
    const QString suffix = qEnvironmentVariable("COLAB_SCREENSHOT_SUFFIX");
    TunnelTableModel model;
    SampleHistory history;
    model.setHistory(&history);
    MainWindow window(&model);
    window.resize(1100, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(150);
    CHECK(window.grab().save(dir + QStringLiteral("/dashboard-empty%1.png").arg(suffix)));
    test::fillScreenshotDashboard(model, history);
    window.selectTunnel(QStringLiteral("gpu"));
    QTest::qWait(150);
    CHECK(window.grab().save(dir + QStringLiteral("/dashboard%1.png").arg(suffix)));

    window.selectTunnel(QStringLiteral("old"));
    RuntimeDetailsPane* pane = window.detailsPane();
    pane->clearDiagnosis(QStringLiteral("old"));
    const auto step = [&](const char* id, StepResult::Outcome outcome, const QString& detail, const QString& fix) {
        StepResult result;
        result.id = QString::fromLatin1(id);
        result.outcome = outcome;
        result.title = StepResult::titleFor(result.id);
        result.detail = detail;
        result.fix = fix;
        pane->addDiagnosisStep(QStringLiteral("old"), result);
    };
    using Outcome = StepResult::Outcome;
    step(StepResult::kCloudflared, Outcome::Passed, QStringLiteral("cloudflared 2026.8.2"), {});
    step(StepResult::kReachable, Outcome::Failed, QStringLiteral("Cloudflare answered 530 (error 1033)."),
         QStringLiteral("The tunnel is not running on the runtime: run the Colab cell again."));
    step(StepResult::kBanner, Outcome::Skipped, {}, {});
    pane->diagnosisFinished(QStringLiteral("old"), false);
    QTest::qWait(150);
    CHECK(window.grab().save(dir + QStringLiteral("/details-doctor%1.png").arg(suffix)));

    TrayIcon tray;
    tray.setTunnels(model.rowCount()
                        ? QList<Tunnel>{*model.tunnelAt(0), *model.tunnelAt(1), *model.tunnelAt(2), *model.tunnelAt(3)}
                        : QList<Tunnel>{});
    for (int row = 0; row < model.rowCount(); ++row)
        tray.setState(model.tunnelAt(row)->name, model.stateOf(model.tunnelAt(row)->name));
    tray.menu()->popup(QPoint(0, 0));
    QTest::qWait(150);
    CHECK(tray.menu()->grab().save(dir + QStringLiteral("/tray-menu%1.png").arg(suffix)));
    tray.menu()->hide();

    const QPalette before = QApplication::palette();
    QPalette dark = darkPalette();
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(dark);
    window.selectTunnel(QStringLiteral("gpu"));
    QTest::qWait(150);
    CHECK(window.grab().save(dir + QStringLiteral("/dashboard-dark%1.png").arg(suffix)));
    QApplication::setPalette(before);
}
