#include "ClipboardWatcher.h"
#include "FakeRuntime.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestEnv.h"
#include "TunnelTableModel.h"
#include "common/AppPaths.h"
#include "common/Autostart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;

namespace {
// The app started on a fresh HOME (no settings, no autostart entry) with a stand-in runtime.
std::unique_ptr<GuiApp> startApp(test::FakeRuntime& runtime)
{
    test::resetAppFiles();
    QFile::remove(Autostart::entryPath());
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    AppService::Options options;
    options.probe = runtime.probe();
    auto gui = std::make_unique<GuiApp>(options);
    gui->start();
    return gui;
}

QSettings savedSettings()
{
    return QSettings(AppPaths::configDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
}

// The dialog as the user opens it: the window's action (Ctrl+, on Linux).
SettingsDialog* openSettings(GuiApp& gui)
{
    auto* action = gui.window().findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(action);
    action->trigger();
    SettingsDialog* dialog = gui.settingsDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

template <typename T> T* field(QWidget* dialog, const char* objectName)
{
    T* widget = dialog->findChild<T*>(QLatin1String(objectName));
    REQUIRE(widget);
    return widget;
}

void press(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    field<QDialogButtonBox>(dialog, "settingsButtons")->button(which)->click();
}

// Edits that must not survive Cancel or a refused OK.
void changeSeveral(QWidget* dialog)
{
    field<QSpinBox>(dialog, "onlineIntervalSpin")->setValue(600);
    field<QCheckBox>(dialog, "clipboardCheck")->setChecked(false);
    field<QCheckBox>(dialog, "startAtLoginCheck")->setChecked(true);
}

void checkNothingChanged(GuiApp& gui)
{
    CHECK_FALSE(QFile::exists(AppPaths::configDir() + QStringLiteral("/settings.ini")));
    CHECK_FALSE(QFile::exists(Autostart::entryPath()));
    CHECK(gui.service().monitor().config().onlineIntervalMs == 60000);
    CHECK(gui.clipboard().isEnabled());
}
} // namespace

TEST_CASE("Ctrl+comma opens the settings dialog from the File menu", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    auto* action = gui.window().findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(action);
    CHECK(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    CHECK(action->text().contains(QLatin1Char('&')));
    SettingsDialog* dialog = openSettings(gui);
    // Every control is named for assistive technology and explains itself.
    for (const char* name :
         {"ideCombo", "remoteFolderEdit", "cloudflaredEdit", "cloudflaredBrowseButton", "onlineIntervalSpin",
          "liveIntervalSpin", "startAtLoginCheck", "closeToTrayCheck", "clipboardCheck", "notificationsCheck"}) {
        auto* widget = field<QWidget>(dialog, name);
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK_FALSE(widget->toolTip().isEmpty());
    }
    CHECK(field<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->isDefault());
    // A fresh install shows the defaults.
    CHECK(field<QComboBox>(dialog, "ideCombo")->currentData().toString() == QStringLiteral("vscode"));
    CHECK(field<QLineEdit>(dialog, "remoteFolderEdit")->text() == QStringLiteral("/content"));
    CHECK(field<QLineEdit>(dialog, "cloudflaredEdit")->text().isEmpty());
    CHECK(field<QSpinBox>(dialog, "onlineIntervalSpin")->value() == 60);
    CHECK(field<QSpinBox>(dialog, "liveIntervalSpin")->value() == 2);
    CHECK_FALSE(field<QCheckBox>(dialog, "startAtLoginCheck")->isChecked());
    CHECK(field<QCheckBox>(dialog, "clipboardCheck")->isChecked());
    // No tray here: closing to it cannot be chosen.
    CHECK_FALSE(field<QCheckBox>(dialog, "closeToTrayCheck")->isEnabled());
    // cloudflared is looked up (off the GUI thread) and shown with its version.
    CHECK(test::waitUntil([&] { return dialog->cloudflaredStatus().contains(QStringLiteral("version")); }, 15000));
    CHECK(dialog->cloudflaredStatus().contains(test::fakeCloudflared()));
    // Triggered again, the open dialog comes forward instead of a second one.
    gui.window().findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    CHECK(gui.window().findChildren<SettingsDialog*>().size() == 1);
}

TEST_CASE("settings saved with OK are in the settings file and take effect without a restart", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    REQUIRE(gui.service().monitor().config().onlineIntervalMs == 60000);

    SettingsDialog* dialog = openSettings(gui);
    auto* ide = field<QComboBox>(dialog, "ideCombo");
    ide->setCurrentIndex(ide->findData(QStringLiteral("pycharm")));
    field<QLineEdit>(dialog, "remoteFolderEdit")->setText(QStringLiteral("/content/drive/MyDrive"));
    field<QLineEdit>(dialog, "cloudflaredEdit")->setText(test::fakeCloudflared());
    field<QSpinBox>(dialog, "onlineIntervalSpin")->setValue(30);
    field<QSpinBox>(dialog, "liveIntervalSpin")->setValue(5);
    field<QCheckBox>(dialog, "clipboardCheck")->setChecked(false);
    QSignalSpy applied(&gui, &GuiApp::preferencesApplied);
    press(dialog, QDialogButtonBox::Ok);
    CHECK(applied.count() == 1);
    CHECK(dialog->result() == QDialog::Accepted);

    const QSettings saved = savedSettings();
    CHECK(saved.value(QStringLiteral("ide/default")).toString() == QStringLiteral("pycharm"));
    CHECK(saved.value(QStringLiteral("ide/remoteFolder")).toString() == QStringLiteral("/content/drive/MyDrive"));
    CHECK(saved.value(QStringLiteral("cloudflared/path")).toString() == test::fakeCloudflared());
    CHECK(saved.value(QStringLiteral("monitor/onlineCheckSeconds")).toInt() == 30);
    CHECK(saved.value(QStringLiteral("monitor/liveSampleSeconds")).toInt() == 5);
    CHECK(saved.value(QStringLiteral("clipboard/watch")).toBool() == false);
    // Nothing secret, ever.
    for (const QString& key : saved.allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));

    // Live at once: the monitor's intervals, the chosen cloudflared, the remote folder for IDEs...
    CHECK(gui.service().monitor().config().onlineIntervalMs == 30000);
    CHECK(gui.service().monitor().config().liveIntervalMs == 5000);
    CHECK(gui.service().cloudflaredPath() == test::fakeCloudflared());
    CHECK(AppSettings::remoteFolder() == QStringLiteral("/content/drive/MyDrive"));
    // ...the clipboard is not looked at...
    QSignalSpy offered(&gui.clipboard(), &ClipboardWatcher::runtimeOffered);
    gui.clipboard().consider(QStringLiteral("ssh root@brand-new-owl.trycloudflare.com"));
    CHECK(offered.isEmpty());
    // ...and Enter on a runtime opens the default IDE.
    QObject::disconnect(&gui.window(), &MainWindow::openRequested, nullptr, nullptr); // no real launch here
    QSignalSpy opened(&gui.window(), &MainWindow::openRequested);
    REQUIRE(test::waitUntil([&] { return gui.model().rowCount() == 1; }, 5000));
    gui.window().selectTunnel(QStringLiteral("gpu"));
    QTest::keyClick(gui.window().findChild<QTableView*>(QStringLiteral("tunnelTable")), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("gpu"));
    CHECK(opened.first().at(1).value<IdePlanner::Ide>() == IdePlanner::Ide::PyCharm);

    // A new dialog shows what was saved.
    REQUIRE(test::waitUntil([&] { return !gui.settingsDialog(); }, 2000)); // the old one deleted itself
    SettingsDialog* again = openSettings(gui);
    CHECK(field<QComboBox>(again, "ideCombo")->currentData().toString() == QStringLiteral("pycharm"));
    CHECK(field<QLineEdit>(again, "remoteFolderEdit")->text() == QStringLiteral("/content/drive/MyDrive"));
    CHECK(field<QLineEdit>(again, "cloudflaredEdit")->text() == test::fakeCloudflared());
    CHECK(field<QSpinBox>(again, "onlineIntervalSpin")->value() == 30);
    CHECK(field<QSpinBox>(again, "liveIntervalSpin")->value() == 5);
    CHECK_FALSE(field<QCheckBox>(again, "clipboardCheck")->isChecked());
    press(again, QDialogButtonBox::Cancel);

    // And a restart starts with them too.
    GuiApp next(AppService::Options{});
    CHECK(next.service().monitor().config().onlineIntervalMs == 30000);
    CHECK_FALSE(next.clipboard().isEnabled());
}

TEST_CASE("Cancel in the settings dialog changes nothing", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    SettingsDialog* dialog = openSettings(gui);
    changeSeveral(dialog);
    press(dialog, QDialogButtonBox::Cancel);
    CHECK(dialog->result() == QDialog::Rejected);
    checkNothingChanged(gui);
}

TEST_CASE("an invalid remote folder is explained in the dialog and saves nothing", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    SettingsDialog* dialog = openSettings(gui);
    auto* error = field<QLabel>(dialog, "settingsError");
    CHECK_FALSE(error->isVisibleTo(dialog));
    field<QLineEdit>(dialog, "remoteFolderEdit")->setText(QStringLiteral("content; rm -rf ~"));
    changeSeveral(dialog);
    press(dialog, QDialogButtonBox::Ok);

    CHECK(dialog->isVisible()); // still open, with one clear reason
    CHECK(error->isVisibleTo(dialog));
    CHECK(dialog->errorText().contains(QStringLiteral("absolute path")));
    CHECK(dialog->focusWidget() == field<QLineEdit>(dialog, "remoteFolderEdit"));
    checkNothingChanged(gui);

    // Typing again puts the reason away; a valid folder is then saved.
    field<QLineEdit>(dialog, "remoteFolderEdit")->setText(QStringLiteral("/content/work"));
    CHECK(dialog->errorText().isEmpty());
    press(dialog, QDialogButtonBox::Ok);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(AppSettings::remoteFolder() == QStringLiteral("/content/work"));
    CHECK(gui.service().monitor().config().onlineIntervalMs == 600000);
}

TEST_CASE("a login entry the system refuses is explained and no other setting is saved", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    // The autostart folder cannot be made: a file has its name.
    const QString folder = QFileInfo(Autostart::entryPath()).absolutePath();
    REQUIRE(QDir().mkpath(QFileInfo(folder).absolutePath()));
    QFile blocker(folder);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    SettingsDialog* dialog = openSettings(gui);
    changeSeveral(dialog); // start at login among them
    press(dialog, QDialogButtonBox::Ok);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorText().isEmpty());
    CHECK(dialog->focusWidget() == field<QCheckBox>(dialog, "startAtLoginCheck"));
    CHECK_FALSE(QFile::exists(AppPaths::configDir() + QStringLiteral("/settings.ini")));
    CHECK(gui.service().monitor().config().onlineIntervalMs == 60000);
    CHECK(gui.clipboard().isEnabled());
    REQUIRE(QFile::remove(folder));
}

TEST_CASE("start at login writes an XDG autostart entry that starts this program hidden", "[gui][settings]")
{
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    const QString expectedPath =
        qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/autostart/colab-tunnel.desktop");
    REQUIRE(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(QDir::homePath())); // the harness's private one
    CHECK(Autostart::entryPath() == expectedPath);

    SettingsDialog* dialog = openSettings(gui);
    field<QCheckBox>(dialog, "startAtLoginCheck")->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);
    REQUIRE(QFile::exists(expectedPath));
    const QString entry = QString::fromUtf8(test::readFile(expectedPath));
    CHECK(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
    CHECK(entry.contains(QStringLiteral("\nType=Application\n")));
    CHECK(entry.contains(QStringLiteral("\nName=Colab Tunnel\n")));
    CHECK(entry.contains(QStringLiteral("\nX-GNOME-Autostart-enabled=true\n")));
    const QString program = QCoreApplication::applicationFilePath();
    REQUIRE(QDir::isAbsolutePath(program));
    CHECK(entry.contains(QStringLiteral("\nExec=\"%1\" \"--hidden\"\n").arg(program)));
    CHECK(Autostart().isEnabled());
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (!validator.isEmpty()) {
        const test::ProcessResult validated = test::runProcess(validator, {expectedPath});
        INFO(validated.out.toStdString() << validated.err.toStdString());
        CHECK(validated.exitCode == 0);
    }
    // An entry that starts some other program is not ours.
    CHECK_FALSE(Autostart(QStringLiteral("/usr/bin/other")).isEnabled());

    REQUIRE(test::waitUntil([&] { return !gui.settingsDialog(); }, 2000));
    SettingsDialog* again = openSettings(gui);
    CHECK(field<QCheckBox>(again, "startAtLoginCheck")->isChecked());
    field<QCheckBox>(again, "startAtLoginCheck")->setChecked(false);
    press(again, QDialogButtonBox::Ok);
    CHECK_FALSE(QFile::exists(expectedPath));
    CHECK_FALSE(Autostart().isEnabled());
}

TEST_CASE("the autostart Exec line quotes the program as the desktop entry spec asks", "[gui][settings]")
{
    CHECK(Autostart::desktopExec(QStringLiteral("/opt/colab/colab-tunnel"), {QStringLiteral("--hidden")}) ==
          QStringLiteral("\"/opt/colab/colab-tunnel\" \"--hidden\""));
    // Inside quotes: \" \` \$ \\ ; then the string escape doubles every backslash; % is doubled.
    CHECK(Autostart::desktopExec(QStringLiteral("/my apps/a\"b`c$d\\e%f"), {}) ==
          QStringLiteral("\"/my apps/a\\\\\"b\\\\`c\\\\$d\\\\\\\\e%%f\""));
}

TEST_CASE("with notifications off the service announces no news", "[gui][settings]")
{
    test::FakeRuntime runtime(QStringLiteral("s3cret"));
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    gui.service().keepPasswordForSession(QStringLiteral("s3cret"));
    AppSettings::Preferences preferences = AppSettings::load();
    preferences.notifications = false;
    gui.applyPreferences(preferences);
    QSignalSpy news(&gui.service(), &AppService::notification);
    gui.service().addTunnel(QStringLiteral("calm-river.trycloudflare.com"), QStringLiteral("gpu"));
    REQUIRE(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }));
    QTest::qWait(100);
    CHECK(news.isEmpty()); // "gpu is online" would be news for a runtime added now

    // On again: the next news is shown.
    preferences.notifications = true;
    gui.applyPreferences(preferences);
    runtime.setRunning(false);
    gui.service().probeNow(QStringLiteral("gpu"));
    CHECK(test::waitUntil([&] { return !news.isEmpty(); }));
}

TEST_CASE("a screenshot of the settings dialog", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    test::FakeRuntime runtime;
    const auto app = startApp(runtime);
    GuiApp& gui = *app;
    SettingsDialog* dialog = openSettings(gui);
    test::waitUntil([&] { return dialog->cloudflaredStatus().contains(QStringLiteral("version")); }, 15000);
    dialog->adjustSize();
    QTest::qWait(100);
    QDir().mkpath(dir);
    CHECK(dialog->grab().save(dir + QStringLiteral("/settings-dialog.png")));
}
