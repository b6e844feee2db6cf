// "Use in PyCharm…": the dialog shows what PyCharm's SSH interpreter needs for this runtime (the
// stable port, the app's key file, …), copies each value, follows the forward and closes with Esc.
#include "FakeRuntime.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "PyCharmDialog.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace colab;
using State = ProbeResult::State;

namespace {
AppService::Options pycharmOptions(test::FakeRuntime& runtime)
{
    AppService::Options options;
    options.probe = runtime.probe();
    options.monitor.offlineMinBackoffMs = 200;
    options.monitor.offlineMaxBackoffMs = 400;
    options.monitor.jitter = 0;
    return options;
}

QString fieldText(QWidget* dialog, const QString& name)
{
    auto* edit = dialog->findChild<QLineEdit*>(name);
    REQUIRE(edit);
    CHECK(edit->isReadOnly());
    return edit->text();
}

QString stateLine(QWidget* dialog)
{
    return dialog->findChild<QLabel*>(QStringLiteral("forwardState"))->text();
}
} // namespace

TEST_CASE("the PyCharm dialog shows the runtime's port and key file and copies them", "[gui][pycharm]")
{
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::FakeRuntime runtime(QStringLiteral("pw-for-pycharm"));
    GuiApp gui(pycharmOptions(runtime));
    gui.service().keepPasswordForSession(QStringLiteral("pw-for-pycharm"));
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.service().isForwarding(QStringLiteral("gpu")); }, 10000));
    const int port = gui.service().localPort(QStringLiteral("gpu"));
    REQUIRE(port >= 22000);

    gui.window().selectTunnel(QStringLiteral("gpu"));
    QAction* action = gui.window().findChild<QAction*>(QStringLiteral("pycharmSetupAction"));
    REQUIRE(action);
    CHECK(QString(action->text()).remove(QLatin1Char('&')).startsWith(QStringLiteral("Use in PyCharm")));
    action->trigger();
    PyCharmDialog* dialog = gui.pycharmDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->runtimeName() == QStringLiteral("gpu"));

    CHECK(fieldText(dialog, QStringLiteral("pycharmHost")) == QStringLiteral("127.0.0.1"));
    CHECK(fieldText(dialog, QStringLiteral("pycharmPort")) == QString::number(port));
    CHECK(fieldText(dialog, QStringLiteral("pycharmUser")) == QStringLiteral("root"));
    CHECK(fieldText(dialog, QStringLiteral("pycharmKeyFile")) == AppPaths::privateKeyFile());
    CHECK(fieldText(dialog, QStringLiteral("pycharmInterpreter")) == QStringLiteral("/usr/bin/python3"));
    CHECK(fieldText(dialog, QStringLiteral("pycharmFolder")) == QStringLiteral("/content"));
    CHECK(stateLine(dialog).contains(QStringLiteral("Forwarding now")));
    CHECK(stateLine(dialog).contains(QString::number(port)));
    const QString steps = dialog->findChild<QLabel*>(QStringLiteral("pycharmSteps"))->text();
    CHECK(steps.contains(QStringLiteral("On SSH")));
    CHECK(steps.contains(QStringLiteral("Key pair")));
    if (const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR"); !dir.isEmpty()) // scripts/screenshots.sh
        CHECK(dialog->grab().save(dir + QStringLiteral("/pycharm-dialog.png")));

    // Copy puts exactly the value on the clipboard.
    auto* copyPort = dialog->findChild<QToolButton*>(QStringLiteral("copyPort"));
    REQUIRE(copyPort);
    CHECK(copyPort->accessibleName() == QStringLiteral("Copy port"));
    QTest::mouseClick(copyPort, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QString::number(port));
    QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("copyKeyFile")), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == AppPaths::privateKeyFile());

    // The password goes to the clipboard marked as a secret, never into the dialog.
    auto* copyPassword = dialog->findChild<QPushButton*>(QStringLiteral("copyPassword"));
    REQUIRE(copyPassword->isEnabled());
    QTest::mouseClick(copyPassword, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("pw-for-pycharm"));
    CHECK(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    for (QLabel* label : dialog->findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(QStringLiteral("pw-for-pycharm")));

    // Gateway ("Open in PyCharm") gets the same forwarded port, and starts no cloudflared of its own.
    const AppService::OpenPlan gateway = gui.service().planOpen(QStringLiteral("gpu"), IdePlanner::Ide::PyCharm);
    REQUIRE(gateway.planned.ok());
    CHECK(gateway.planned.plan.localPort == port);
    CHECK(gateway.planned.plan.portForward.isEmpty());
    CHECK(gateway.planned.plan.url.contains(QStringLiteral("port=%1").arg(port)));

    // The runtime stops: the dialog says the port is not forwarded now, and keeps its number.
    runtime.setRunning(false);
    gui.service().probeNow(QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return stateLine(dialog).contains(QStringLiteral("Not forwarding")); }, 10000));
    CHECK(fieldText(dialog, QStringLiteral("pycharmPort")) == QString::number(port));
    // Not forwarded: Gateway gets a port of its own with cloudflared, as before.
    const AppService::OpenPlan own = gui.service().planOpen(QStringLiteral("gpu"), IdePlanner::Ide::PyCharm);
    CHECK_FALSE(own.planned.plan.portForward.isEmpty());

    // Keyboard: Alt+P reaches the port, Esc closes the dialog.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == dialog->findChild<QLineEdit*>(QStringLiteral("pycharmPort")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(test::waitUntil([&] { return gui.pycharmDialog() == nullptr; }, 3000));
}

TEST_CASE("a local port held by another user is said in the dashboard and the PyCharm dialog, and never replaced",
          "[gui][pycharm][ports]")
{
    if (::getuid() != 0) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL("this test listens as another user, which needs root");
        WARN("skipped: this test listens as another user, which needs root");
        return;
    }
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    StablePorts ports(AppPaths::localPortsFile());
    QString error;
    REQUIRE(ports.load(&error));
    const int port = ports.port(QStringLiteral("gpu"));
    REQUIRE(port >= StablePorts::kFirstPort);

    // Another local user (nobody) listens on the runtime's port before the app does.
    QProcess squatter;
    squatter.setWorkingDirectory(QStringLiteral("/"));
    squatter.start(QStringLiteral("setpriv"),
                   {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                    QStringLiteral("import socket, sys, time\n"
                                   "s = socket.socket()\n"
                                   "s.bind(('127.0.0.1', int(sys.argv[1])))\n"
                                   "s.listen()\n"
                                   "print('ready', flush=True)\n"
                                   "time.sleep(120)\n"),
                    QString::number(port)});
    REQUIRE(squatter.waitForReadyRead(10000));
    REQUIRE(squatter.readAll().startsWith("ready"));

    test::FakeRuntime runtime(QStringLiteral("pw-for-pycharm"));
    AppService::Options options = pycharmOptions(runtime);
    options.portRecheckMs = 300;
    GuiApp gui(options);
    gui.service().keepPasswordForSession(QStringLiteral("pw-for-pycharm"));
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }));
    const QString warning = QStringLiteral("Another user's program holds 127.0.0.1:%1").arg(port);
    const auto dashboardSays = [&] {
        for (QLabel* label : gui.window().findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(warning))
                return true;
        return false;
    };
    REQUIRE(test::waitUntil(dashboardSays, 5000));
    CHECK_FALSE(gui.service().isForwarding(QStringLiteral("gpu")));
    CHECK(gui.service().localPort(QStringLiteral("gpu")) == port); // no other port instead

    gui.window().selectTunnel(QStringLiteral("gpu"));
    gui.window().findChild<QAction*>(QStringLiteral("pycharmSetupAction"))->trigger();
    PyCharmDialog* dialog = gui.pycharmDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(stateLine(dialog).contains(warning));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("forwardState"))->property("warning").toBool());
    CHECK(fieldText(dialog, QStringLiteral("pycharmPort")) == QString::number(port));

    // That program ends: the port is the runtime's again, and the warnings go.
    squatter.kill();
    squatter.waitForFinished();
    REQUIRE(test::waitUntil([&] { return gui.service().isForwarding(QStringLiteral("gpu")); }, 5000));
    REQUIRE(test::waitUntil([&] { return stateLine(dialog).contains(QStringLiteral("Forwarding now")); }, 3000));
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("forwardState"))->property("warning").toBool());
    CHECK(test::waitUntil([&] { return !dashboardSays(); }, 3000));
}
