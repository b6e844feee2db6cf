// "Use in PyCharm…": the dialog shows what PyCharm's SSH interpreter needs for this runtime (the
// stable port, the app's key file, …), copies each value, follows the forward and closes with Esc.
#include "FakeRuntime.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "PyCharmDialog.h"
#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

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
