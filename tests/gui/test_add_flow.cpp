#include "AddTunnelDialog.h"
#include "ClipboardWatcher.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "TunnelTableModel.h"
#include "service/AppService.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
AppService::Options quietOptions()
{
    AppService::Options options;
    // Cloudflare cannot be reached here: every runtime answers like a stopped quick tunnel.
    options.probe = [](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest&) {
        ProbeResult result;
        result.name = tunnel.name;
        result.state = ProbeResult::State::Offline;
        result.message = QStringLiteral("websocket: bad handshake");
        return result;
    };
    return options;
}
} // namespace

TEST_CASE("the add dialog shows what it found and only then allows adding", "[gui][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    AppService service(quietOptions());
    AddTunnelDialog dialog(&service);
    dialog.show();
    auto* paste = dialog.findChild<QPlainTextEdit*>(QStringLiteral("pasteEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("previewLabel"));
    REQUIRE(paste);
    REQUIRE(name);
    CHECK_FALSE(dialog.canAdd());

    QTest::keyClicks(paste, QStringLiteral("ssh root@calm-river.trycloudflare.com"));
    CHECK(dialog.canAdd());
    CHECK(preview->text().contains(QStringLiteral("calm-river.trycloudflare.com")));
    CHECK(preview->text().contains(QStringLiteral("colab-calm-river")));

    QTest::keyClicks(name, QStringLiteral("My GPU"));
    CHECK_FALSE(dialog.canAdd());
    CHECK(preview->text().contains(QStringLiteral("lower-case")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("gpu"));
    CHECK(dialog.canAdd());
    CHECK(preview->text().contains(QStringLiteral("colab-gpu")));

    paste->setPlainText(QStringLiteral("x.trycloudflare.com;reboot"));
    CHECK_FALSE(dialog.canAdd());
    CHECK(preview->text().contains(QStringLiteral("';'")));
}

TEST_CASE("Enter in the link confirmation presses Add instead of typing a new line", "[gui][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    AppService service(quietOptions());
    AddTunnelDialog dialog(&service);
    const QString link = QStringLiteral("colab-tunnel://add?host=bright-owl.trycloudflare.com&name=owl");
    dialog.setText(link);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* paste = dialog.findChild<QPlainTextEdit*>(QStringLiteral("pasteEdit"));
    paste->setFocus();
    paste->moveCursor(QTextCursor::End);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(paste, Qt::Key_Return);
    CHECK(accepted.size() == 1);
    CHECK(dialog.text() == link); // no new line typed into it

    // Nothing to add yet: Enter neither accepts nor breaks the line.
    AddTunnelDialog empty(&service);
    empty.show();
    auto* emptyPaste = empty.findChild<QPlainTextEdit*>(QStringLiteral("pasteEdit"));
    emptyPaste->setFocus();
    QTest::keyClicks(emptyPaste, QStringLiteral("not-yet"));
    QSignalSpy emptyAccepted(&empty, &QDialog::accepted);
    QTest::keyClick(emptyPaste, Qt::Key_Return);
    CHECK(emptyAccepted.isEmpty());
    CHECK(empty.text() == QStringLiteral("not-yet"));
}

TEST_CASE("a colab-tunnel link is confirmed in the dialog, then stored and written to ssh config", "[gui][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    AppService service(quietOptions());
    TunnelTableModel model;
    QObject::connect(&service, &AppService::tunnelsChanged, &model, [&] { model.setTunnels(service.tunnels()); });
    AddTunnelDialog dialog(&service);
    dialog.setText(QStringLiteral("colab-tunnel://add?host=bright-owl.trycloudflare.com&name=owl"));
    REQUIRE(dialog.canAdd());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->placeholderText() == QStringLiteral("owl"));

    QSignalSpy finished(&service, &AppService::changeFinished);
    service.addTunnel(dialog.text(), dialog.name());
    REQUIRE(finished.wait(15000));
    CHECK(finished.first().at(0).toBool());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.tunnelAt(0)->name == QStringLiteral("owl"));
    CHECK(test::readFile(QDir::homePath() + QStringLiteral("/.ssh/config")).contains("Host colab-owl\n"));
}

TEST_CASE("copying Colab output offers to add the runtime once", "[gui][clipboard]")
{
    test::resetAppFilesWithFakeCloudflared();
    AppService service(quietOptions());
    ClipboardWatcher watcher(&service);
    QSignalSpy offered(&watcher, &ClipboardWatcher::runtimeOffered);
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(test::readFile(QStringLiteral(COLAB_TEST_DATA_DIR "/paste/colab_ssh_terminal.txt"))));
    REQUIRE(test::waitUntil([&] { return offered.count() == 1; }, 5000));
    CHECK(offered.first().at(1).toString() == QStringLiteral("some-random-words.trycloudflare.com"));
    watcher.consider(QGuiApplication::clipboard()->text()); // the same runtime again: no second offer
    watcher.consider(QStringLiteral("a shopping list"));
    CHECK(offered.count() == 1);

    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    window.offerClipboardRuntime(offered.first().at(0).toString(), offered.first().at(1).toString());
    auto* banner = window.findChild<QWidget*>(QStringLiteral("clipboardBanner"));
    REQUIRE(banner->isVisible());
    QSignalSpy add(&window, &MainWindow::addRequested);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("clipboardAddButton")), Qt::LeftButton);
    REQUIRE(add.count() == 1);
    CHECK(add.first().at(0).toString().contains(QStringLiteral("some-random-words.trycloudflare.com")));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("runtime actions act on the selected tunnel, from menus and the keyboard", "[gui][actions]")
{
    TunnelTableModel model;
    MainWindow window(&model);
    window.show();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setTunnels(
        {Tunnel{QStringLiteral("gpu"), QStringLiteral("a.trycloudflare.com"), Tunnel::Kind::Quick, now, now},
         Tunnel{QStringLiteral("tpu"), QStringLiteral("b.trycloudflare.com"), Tunnel::Kind::Quick, now, now}});
    window.selectTunnel(QStringLiteral("tpu"));
    QSignalSpy open(&window, &MainWindow::openRequested);
    QSignalSpy copy(&window, &MainWindow::copySshRequested);
    window.findChild<QAction*>(QStringLiteral("openPyCharmAction"))->trigger();
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("tpu"));
    CHECK(open.first().at(1).value<IdePlanner::Ide>() == IdePlanner::Ide::PyCharm);

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(open.count() == 2);
    CHECK(open.at(1).at(1).value<IdePlanner::Ide>() == IdePlanner::Ide::VsCode);
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(copy.count() == 1);
}
