#include "AddTunnelDialog.h"
#include "ClipboardWatcher.h"
#include "FakeRuntime.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "TestEnv.h"
#include "TunnelTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace colab;
using State = ProbeResult::State;

namespace {
const QString kLinkA = QStringLiteral("colab-tunnel://add?host=first-owl.trycloudflare.com&name=owl");
const QString kLinkB = QStringLiteral("colab-tunnel://add?host=evil-twin.trycloudflare.com&name=owl");

AppService::Options optionsFor(test::FakeRuntime& runtime)
{
    AppService::Options options;
    options.probe = runtime.probe();
    options.passwordRecheckMs = 300;
    options.monitor.offlineMinBackoffMs = 200;
    options.monitor.offlineMaxBackoffMs = 400;
    options.monitor.jitter = 0;
    return options;
}

QStringList visibleProblems(MainWindow& window)
{
    QStringList texts;
    for (QLabel* label : window.findChildren<QLabel*>(QStringLiteral("problemText")))
        if (label->isVisibleTo(&window))
            texts << label->text();
    return texts;
}

// The app with one runtime, "gpu", whose Colab cell has stopped: offline after its first check.
std::unique_ptr<GuiApp> startWithStoppedGpu(test::FakeRuntime& runtime)
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    runtime.setRunning(false);
    auto gui = std::make_unique<GuiApp>(optionsFor(runtime));
    gui->start();
    REQUIRE(
        test::waitUntil([&] { return gui->service().state(QStringLiteral("gpu")).state == State::Offline; }, 10000));
    return gui;
}

// Runs `answer` on the modal box or dialog that opens next, from inside its own event loop.
void whenModalOpens(const std::function<void(QWidget*)>& answer)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start(20);
}
} // namespace

TEST_CASE("a link that arrives while the add dialog is open never changes what the user sees", "[gui][app][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    test::FakeRuntime runtime;
    GuiApp gui(optionsFor(runtime));
    gui.start();
    gui.handleArguments({kLinkA});
    AddTunnelDialog* first = gui.addDialog();
    REQUIRE(first);
    CHECK(first->text() == kLinkA);

    gui.handleArguments({kLinkB}); // e.g. a second link clicked, or one sent by someone else
    CHECK(gui.addDialog() == first);
    CHECK(first->text() == kLinkA);
    CHECK(gui.waitingLinks() == 1);
    auto* waiting = first->findChild<QLabel*>(QStringLiteral("waitingLinksLabel"));
    REQUIRE(waiting);
    CHECK(waiting->isVisibleTo(first));

    first->reject();
    // The waiting link gets a confirmation of its own.
    REQUIRE(test::waitUntil([&] { return gui.addDialog() && gui.addDialog() != first; }, 3000));
    CHECK(gui.addDialog()->text() == kLinkB);
    CHECK(gui.waitingLinks() == 0);
    CHECK(gui.service().tunnels().isEmpty()); // nothing was added without a click
}

TEST_CASE("re-pointing a name shows the old and the new host before the click", "[gui][app][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("owl"), QStringLiteral("first-owl.trycloudflare.com")));
    test::FakeRuntime runtime;
    GuiApp gui(optionsFor(runtime));
    gui.start();
    gui.handleArguments({kLinkB});
    REQUIRE(gui.addDialog());
    const QString preview = gui.addDialog()->findChild<QLabel*>(QStringLiteral("previewLabel"))->text();
    CHECK(preview.contains(QStringLiteral("owl: first-owl.trycloudflare.com → evil-twin.trycloudflare.com")));
    CHECK(gui.addDialog()->findChild<QPushButton*>(QStringLiteral("addButton"))->text() ==
          QStringLiteral("&Update runtime"));
}

TEST_CASE("without cloudflared the add dialog keeps the text and says what to install", "[gui][app][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    test::FakeRuntime runtime;
    AppService::Options options = optionsFor(runtime);
    options.cloudflaredPath = QDir::tempPath() + QStringLiteral("/no-such-dir/cloudflared");
    GuiApp gui(options);
    gui.start();
    gui.handleArguments({kLinkA});
    AddTunnelDialog* dialog = gui.addDialog();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->canAdd());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("previewLabel"))->text().contains(QStringLiteral("cloudflared")));
    CHECK(dialog->text() == kLinkA);
    CHECK(dialog->isVisible());
}

TEST_CASE("the clipboard offers only new runtimes and names the known ones", "[gui][app][clipboard]")
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("t4"), QStringLiteral("some-random-words.trycloudflare.com")));
    test::FakeRuntime runtime;
    GuiApp gui(optionsFor(runtime));
    gui.start();
    QSignalSpy offered(&gui.clipboard(), &ClipboardWatcher::runtimeOffered);
    QSignalSpy known(&gui.clipboard(), &ClipboardWatcher::runtimeKnown);
    gui.clipboard().consider(
        QString::fromUtf8(test::readFile(QStringLiteral(COLAB_TEST_DATA_DIR "/paste/colab_ssh_terminal.txt"))));
    CHECK(offered.isEmpty());
    REQUIRE(known.count() == 1);
    CHECK(known.first().at(0).toString().contains(QStringLiteral("already added as t4")));
    CHECK_FALSE(gui.window().findChild<QWidget*>(QStringLiteral("clipboardBanner"))->isVisibleTo(&gui.window()));
}

TEST_CASE("the GUI notices a tunnel added from the command line before its data folder existed", "[gui][app]")
{
    test::resetAppFilesWithFakeCloudflared();
    test::FakeRuntime runtime;
    GuiApp gui(optionsFor(runtime));
    gui.start();
    REQUIRE(gui.model().rowCount() == 0);
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    CHECK(test::waitUntil([&] { return gui.model().rowCount() == 1; }, 5000));
}

TEST_CASE("a runtime added before any password says password needed, with the fix at hand", "[gui][app][password]")
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime(QStringLiteral("s3cret-pass"));
    GuiApp gui(optionsFor(runtime));
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::PasswordNeeded; },
                            10000));
    CHECK(gui.model().data(gui.model().index(0, TunnelTableModel::StatusColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("Password needed"));
    REQUIRE(test::waitUntil([&] { return !visibleProblems(gui.window()).filter(QStringLiteral("needs")).isEmpty(); }));
    const QStringList problems = visibleProblems(gui.window());
    CHECK_FALSE(problems.join(QLatin1Char(' ')).contains(QStringLiteral("refused")));

    // Its button asks for the password; with no keychain here, the user keeps it for this session.
    QPushButton* fix = nullptr;
    for (QPushButton* button : gui.window().findChildren<QPushButton*>(QStringLiteral("problemActionButton")))
        if (button->isVisibleTo(&gui.window()) && button->text().contains(QStringLiteral("password")))
            fix = button;
    REQUIRE(fix);
    bool askedSessionOnly = false;
    whenModalOpens([&askedSessionOnly](QWidget* modal) {
        auto* dialog = qobject_cast<PasswordDialog*>(modal);
        REQUIRE(dialog);
        // The wizard's editor: it can show what was typed and says what the password is for.
        CHECK(dialog->findChild<QAction*>(QStringLiteral("passwordShow")));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("passwordDialogText"))
                  ->text()
                  .contains(QStringLiteral("every runtime")));
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        CHECK(edit->echoMode() == QLineEdit::Password);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("s3cret-pass"));
        CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("passwordStrength"))->text().isEmpty());
        QTest::keyClick(edit, Qt::Key_Return); // OK is the default
        whenModalOpens([&askedSessionOnly](QWidget* next) {
            auto* question = qobject_cast<QMessageBox*>(next);
            REQUIRE(question);
            askedSessionOnly = question->objectName() == QStringLiteral("sessionOnlyQuestion");
            question->button(QMessageBox::Yes)->click();
        });
    });
    fix->click();
    CHECK(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }, 15000));
    CHECK(askedSessionOnly);
    // The runtime got exactly what was typed (no wiped or stale copy on the way).
    CHECK(runtime.passwordsTried().contains(QStringLiteral("s3cret-pass")));
    for (const QString& tried : runtime.passwordsTried())
        CHECK((tried.isEmpty() || tried == QStringLiteral("s3cret-pass")));
    // Check now reads the password again from the session memory and still has it.
    const int before = int(runtime.passwordsTried().size());
    gui.service().probeNow(QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return runtime.passwordsTried().size() > before; }, 10000));
    CHECK(runtime.passwordsTried().last() == QStringLiteral("s3cret-pass"));
    CHECK(test::waitUntil([&] { return visibleProblems(gui.window()).filter(QStringLiteral("password")).isEmpty(); }));
}

TEST_CASE("an error that arrives after the action is a banner, never a modal box", "[gui][app]")
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime(QStringLiteral("pw"));
    GuiApp gui(optionsFor(runtime));
    gui.service().keepPasswordForSession(QStringLiteral("pw"));
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }, 10000));
    // No JetBrains Gateway installed: xdg-open refuses its link a moment after the click, as it does.
    const QString bin = test::makeScratchDir(QStringLiteral("bin"));
    test::writeExecutable(bin + QStringLiteral("/xdg-open"),
                          "#!/bin/sh\nsleep 0.3\necho \"gio: $1: No application is registered as handling this "
                          "file\" >&2\nexit 4\n");
    qputenv("PATH", (bin + QStringLiteral(":/usr/bin:/bin")).toUtf8());
    gui.window().selectTunnel(QStringLiteral("gpu"));
    gui.window().findChild<QAction*>(QStringLiteral("openPyCharmAction"))->trigger();
    REQUIRE(test::waitUntil(
        [&] { return !visibleProblems(gui.window()).filter(QStringLiteral("No application is registered")).isEmpty(); },
        10000));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("opening a runtime that is not online asks first and offers a check", "[gui][app]")
{
    test::FakeRuntime runtime;
    const auto app = startWithStoppedGpu(runtime);
    GuiApp& gui = *app;
    QString asked;
    whenModalOpens([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        asked = box->text();
        box->findChild<QPushButton*>(QStringLiteral("offlineCheckNowButton"))->click();
    });
    QSignalSpy opened(&gui.window(), &MainWindow::openRequested);
    gui.window().selectTunnel(QStringLiteral("gpu"));
    gui.window().findChild<QAction*>(QStringLiteral("openVsCodeAction"))->trigger();
    CHECK(asked.contains(QStringLiteral("not online")));
    CHECK(asked.contains(QStringLiteral("bad handshake")));
    // Nothing was launched: no "Opening …" message, no banner about a launcher.
    CHECK_FALSE(gui.window().statusBar()->currentMessage().startsWith(QStringLiteral("Opening")));
}

TEST_CASE("a refused link that reaches the open window says why and opens nothing", "[gui][app][add]")
{
    test::resetAppFilesWithFakeCloudflared();
    test::FakeRuntime runtime;
    GuiApp gui(optionsFor(runtime));
    gui.start();
    gui.handleArguments({QStringLiteral("colab-tunnel://remove?name=gpu")});
    CHECK_FALSE(gui.addDialog());
    const QStringList problems = visibleProblems(gui.window());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("refused")));
    CHECK(problems.first().contains(QStringLiteral("colab-tunnel://add")));
}

TEST_CASE("typing the same password again retries a runtime that refused it", "[gui][app][password]")
{
    test::resetAppFilesWithFakeCloudflared();
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime(QStringLiteral("not-yet-set"));
    GuiApp gui(optionsFor(runtime));
    gui.service().keepPasswordForSession(QStringLiteral("cell-password"));
    gui.start();
    REQUIRE(
        test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::AuthFailed; }, 10000));
    // The Colab cell sets the password only now; the user confirms the same one.
    runtime.setPassword(QStringLiteral("cell-password"));
    gui.service().keepPasswordForSession(QStringLiteral("cell-password"));
    CHECK(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }, 10000));
}

namespace {
// Whether the window said it is opening `name` in an IDE (TunnelActions' word before the launch).
bool saidOpening(const QSignalSpy& messages)
{
    for (const QList<QVariant>& message : messages)
        if (message.at(0).toString().startsWith(QStringLiteral("Opening")))
            return true;
    return false;
}
} // namespace

TEST_CASE("a not-online question opens the IDE once the runtime is online, with or without Check now", "[gui][app]")
{
    test::FakeRuntime runtime(QStringLiteral("pw"));
    const auto app = startWithStoppedGpu(runtime);
    GuiApp& gui = *app;
    gui.service().keepPasswordForSession(QStringLiteral("pw"));
    QSignalSpy messages(gui.window().statusBar(), &QStatusBar::messageChanged);
    bool asked = false;
    SECTION("it comes online while the question is open: the question goes, the IDE opens")
    {
        whenModalOpens([&](QWidget* modal) {
            asked = modal->objectName() == QStringLiteral("offlineOpenQuestion");
            runtime.setRunning(true);
            gui.service().probeNow(QStringLiteral("gpu"));                 // the monitor's own look; no click
            QTimer::singleShot(15000, modal, [modal] { modal->close(); }); // the test never hangs
        });
    }
    SECTION("Check now: the IDE opens once the check finds it online")
    {
        whenModalOpens([&](QWidget* modal) {
            asked = modal->objectName() == QStringLiteral("offlineOpenQuestion");
            runtime.setRunning(true); // the user ran the Colab cell again
            modal->findChild<QPushButton*>(QStringLiteral("offlineCheckNowButton"))->click();
        });
    }
    gui.window().selectTunnel(QStringLiteral("gpu"));
    gui.window().findChild<QAction*>(QStringLiteral("openPyCharmAction"))->trigger();
    CHECK(asked);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(test::waitUntil([&] { return saidOpening(messages); }, 10000));
}

TEST_CASE("an offline runtime's Last checked moves with every check, also when nothing changed", "[gui][app]")
{
    test::FakeRuntime runtime;
    const auto app = startWithStoppedGpu(runtime);
    GuiApp& gui = *app;
    gui.window().selectTunnel(QStringLiteral("gpu"));
    auto* when = gui.window().findChild<QLabel*>(QStringLiteral("detailsNextCheck"));
    REQUIRE(when);
    const QString first = when->text().section(QStringLiteral("."), 0, 0);
    REQUIRE(first.startsWith(QStringLiteral("Last checked at")));
    CHECK(test::waitUntil([&] { return when->text().section(QStringLiteral("."), 0, 0) != first; }, 5000));
}
