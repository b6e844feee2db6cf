#include "GuiApp.h"

#include "AddTunnelDialog.h"
#include "ClipboardWatcher.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "RuntimeDetailsPane.h"
#include "SetupWizard.h"
#include "TrayIcon.h"
#include "TunnelActions.h"
#include "TunnelTableModel.h"
#include "UiResources.h"
#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/Version.h"
#include "service/Desktop.h"
#include "service/PasswordService.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QWindow>
#include <functional>
#include <utility>

namespace colab {

namespace {
// Runs `then` once `window` has been exposed and drawn, or after a second if it never is (a
// desktop that maps it minimised).
class AfterFirstExpose final : public QObject
{
public:
    AfterFirstExpose(QWindow* window, QObject* context, std::function<void()> then)
        : QObject(context), m_window(window), m_then(std::move(then))
    {
        QTimer::singleShot(kFallbackMs, this, &AfterFirstExpose::fire);
        if (!m_window || m_window->isExposed()) // exposed already (a platform may do it within show())
            QMetaObject::invokeMethod(this, &AfterFirstExpose::fire, Qt::QueuedConnection);
        else
            m_window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Expose)
            QMetaObject::invokeMethod(this, &AfterFirstExpose::fire, Qt::QueuedConnection); // after it is drawn
        return false;
    }

private:
    static constexpr int kFallbackMs = 1000;

    void fire()
    {
        if (!m_then)
            return;
        if (m_window)
            m_window->removeEventFilter(this);
        const std::function<void()> then = std::exchange(m_then, nullptr);
        deleteLater();
        then();
    }

    QPointer<QWindow> m_window;
    std::function<void()> m_then;
};

void raise(QWidget* window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}
} // namespace

GuiApp::GuiApp(AppService::Options options, QObject* parent)
    : QObject(parent), m_service(std::move(options)), m_model(std::make_unique<TunnelTableModel>()),
      m_window(std::make_unique<MainWindow>(m_model.get())), m_actions(std::make_unique<TunnelActions>(&m_service)),
      m_clipboard(std::make_unique<ClipboardWatcher>(&m_service))
{
    m_actions->setDialogParent(m_window.get());

    connect(&m_service, &AppService::tunnelsChanged, this, [this] {
        m_model->setTunnels(m_service.tunnels());
        if (m_tray)
            m_tray->setTunnels(m_service.tunnels());
        if (m_addDialog)
            m_addDialog->updatePreview(); // what Add would do may have changed
    });
    m_model->setHistory(&m_service.history());
    connect(&m_service, &AppService::stateChanged, m_model.get(), &TunnelTableModel::setState);
    connect(&m_service, &AppService::checked, m_model.get(), &TunnelTableModel::markChecked);
    connect(&m_service, &AppService::nextCheckChanged, m_window->detailsPane(), &RuntimeDetailsPane::setNextCheck);
    connect(&m_service, &AppService::sampleArrived, this, [this](const QString& name) {
        m_model->setState(name, m_service.state(name)); // its facts follow the samples
        if (!m_trayToolTipDue.isActive())               // not start() again: a steady stream would postpone it for ever
            m_trayToolTipDue.start();
    });
    m_trayToolTipDue.setSingleShot(true);
    m_trayToolTipDue.setInterval(500);
    connect(&m_trayToolTipDue, &QTimer::timeout, this, &GuiApp::updateTrayToolTip);
    connect(&m_service, &AppService::stateChanged, this, &GuiApp::updateTrayToolTip);
    connect(&m_service, &AppService::tunnelsChanged, this, &GuiApp::updateTrayToolTip);
    connect(&m_service, &AppService::message, m_window.get(), &MainWindow::showProblem);
    connect(&m_service, &AppService::problemResolved, m_window.get(), &MainWindow::resolveProblem);
    connect(&m_service, &AppService::changeFinished, this,
            [this](bool ok, const QString& message, const Tunnel& tunnel) {
                m_window->showMessage(message, !ok);
                if (ok)
                    m_window->selectTunnel(tunnel.name);
            });

    connect(m_window.get(), &MainWindow::checkRequested, &m_service, &AppService::probeNow);
    connect(m_window.get(), &MainWindow::diagnoseRequested, this, [this](const QString& name) {
        m_window->detailsPane()->clearDiagnosis(name);
        m_service.diagnose(name);
    });
    connect(&m_service, &AppService::diagnosisStarted, m_window->detailsPane(), &RuntimeDetailsPane::clearDiagnosis);
    connect(m_window.get(), &MainWindow::cancelDiagnosisRequested, &m_service, &AppService::cancelDiagnosis);
    connect(&m_service, &AppService::diagnosisStep, m_window->detailsPane(), &RuntimeDetailsPane::addDiagnosisStep);
    connect(&m_service, &AppService::diagnosisFinished, m_window->detailsPane(),
            &RuntimeDetailsPane::diagnosisFinished);
    connect(m_window.get(), &MainWindow::copyReportRequested, this, [this](const QString& name) {
        if (const Doctor* doctor = m_service.diagnosis(name)) {
            QGuiApplication::clipboard()->setText(doctor->report());
            m_window->showMessage(tr("The report is on the clipboard (it holds no password or token)."), false);
        }
    });
    connect(m_window.get(), &MainWindow::visibilityChanged, &m_service, &AppService::setWindowVisible);
    connect(m_window.get(), &MainWindow::passwordRequested, this, &GuiApp::askPassword);
    connect(m_window.get(), &MainWindow::addRequested, this, &GuiApp::showAddDialog);
    connect(m_window.get(), &MainWindow::quitRequested, this, &GuiApp::quit);
    connect(m_window.get(), &MainWindow::wizardRequested, this, &GuiApp::showWizard);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &GuiApp::showSettings);
    connect(m_window.get(), &MainWindow::openRequested, m_actions.get(), &TunnelActions::open);
    connect(m_window.get(), &MainWindow::pycharmSetupRequested, this, &GuiApp::showPyCharmSetup);
    connect(m_window.get(), &MainWindow::copySshRequested, m_actions.get(), &TunnelActions::copySshCommand);
    connect(m_window.get(), &MainWindow::removeRequested, &m_service, &AppService::removeTunnel);
    connect(m_actions.get(), &TunnelActions::message, m_window.get(), &MainWindow::showMessage);
    connect(m_clipboard.get(), &ClipboardWatcher::runtimeOffered, this,
            [this](const QString& text, const QString& host) {
                if (m_wizard && m_wizard->offerRuntime(text))
                    return; // the runtime the wizard waits for: it takes it
                m_window->offerClipboardRuntime(text, host);
            });
    connect(m_clipboard.get(), &ClipboardWatcher::runtimeKnown, m_window.get(),
            [this](const QString& text) { m_window->showMessage(text, false); });

    m_preferences = AppSettings::load();
    applyPreferences(m_preferences);
}

GuiApp::~GuiApp()
{
    m_service.shutdown();
}

void GuiApp::updateTrayToolTip()
{
    if (!m_tray)
        return;
    QStringList lines;
    for (const Tunnel& tunnel : inNameOrder(m_service.tunnels())) {
        const ProbeResult state = m_service.state(tunnel.name);
        QString line = tr("%1: %2").arg(tunnel.name, ProbeResult::stateLabel(state.state));
        const RuntimeSample* latest = m_service.history().latest(tunnel.name);
        if (state.state == ProbeResult::State::Online && latest) {
            if (const auto busy = latest->gpuUtilization())
                line += tr(" · GPU %1 %").arg(qRound(*busy * 100));
            else
                line += tr(" · no GPU");
        }
        lines << line;
    }
    m_tray->setRuntimeLines(lines);
}

// Asking whether a tray exists goes to the session bus (a StatusNotifier host): a few ms that the
// window does not wait for. Only a start at login, hidden in the tray, needs the answer at once.
void GuiApp::createTray()
{
    if (m_trayLookedFor)
        return;
    m_trayLookedFor = true;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>();
        connect(m_tray.get(), &TrayIcon::showWindowRequested, this, [this] { raise(m_window.get()); });
        connect(m_tray.get(), &TrayIcon::addRequested, this, [this] { showAddDialog({}); });
        connect(m_tray.get(), &TrayIcon::settingsRequested, this, &GuiApp::showSettings);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &GuiApp::quit);
        connect(m_tray.get(), &TrayIcon::openRequested, m_actions.get(), &TunnelActions::open);
        connect(m_tray.get(), &TrayIcon::copySshRequested, m_actions.get(), &TunnelActions::copySshCommand);
        connect(m_tray.get(), &TrayIcon::checkRequested, &m_service, &AppService::probeNow);
        connect(m_tray.get(), &TrayIcon::showRuntimeRequested, this, [this](const QString& name) {
            raise(m_window.get());
            m_window->selectTunnel(name);
        });
        connect(&m_service, &AppService::stateChanged, m_tray.get(), &TrayIcon::setState);
        connect(&m_service, &AppService::notification, m_tray.get(), &TrayIcon::notify);
        connect(m_window.get(), &MainWindow::visibilityChanged, m_tray.get(), [this](bool visible) {
            if (!visible && !QCoreApplication::closingDown())
                m_tray->explainHiddenWindow();
        });
        // Also with closing to the tray turned off: a dialog opened from the tray (the window never
        // shown after --hidden) must not end the app when it closes. Closing the window quits.
        QApplication::setQuitOnLastWindowClosed(false);
        m_tray->setTunnels(m_service.tunnels());
        m_tray->show();
        m_window->setHidesToTray(m_preferences.closeToTray);
        updateTrayToolTip();
    } else {
        qCInfo(lcApp) << "no system tray: running with the window only";
    }
}

void GuiApp::start(bool showWindow)
{
    m_service.load();
    m_model->setTunnels(m_service.tunnels());
    if (!showWindow)
        createTray();
    if (!showWindow && m_tray) {
        m_service.setWindowVisible(false); // never shown, so never hidden: slower checks from the start
        m_service.startChecks();
        return;
    }
    m_window->show();
    // The tray (a session-bus question) and the first checks wait until the window has been drawn:
    // they would delay the first picture by several ms.
    new AfterFirstExpose(m_window->windowHandle(), this, [this] {
        createTray();
        m_service.startChecks();
    });
}

void GuiApp::showSettings()
{
    if (m_settingsDialog) {
        raise(m_settingsDialog);
        return;
    }
    m_settingsDialog = new SettingsDialog(m_tray != nullptr, m_window.get());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog has saved them; what is saved is what the app runs with.
    connect(m_settingsDialog, &QDialog::accepted, this, [this] { applyPreferences(AppSettings::load()); });
    m_settingsDialog->open();
}

void GuiApp::showPyCharmSetup(const QString& name)
{
    if (m_pycharmDialog && m_pycharmDialog->runtimeName() == name) {
        raise(m_pycharmDialog);
        return;
    }
    if (m_pycharmDialog)
        m_pycharmDialog->close();
    m_pycharmDialog = new PyCharmDialog(&m_service, name, m_window.get());
    m_pycharmDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pycharmDialog, &PyCharmDialog::gatewayRequested, m_actions.get(),
            [this](const QString& runtime) { m_actions->open(runtime, IdePlanner::Ide::PyCharm); });
    m_pycharmDialog->show();
}

void GuiApp::applyPreferences(const AppSettings::Preferences& preferences)
{
    // Only a new choice replaces the path the app started with (perhaps from --cloudflared).
    if (preferences.cloudflaredPath != m_preferences.cloudflaredPath)
        m_service.setCloudflaredPath(preferences.cloudflaredPath);
    m_preferences = preferences;
    m_service.applyPreferences(preferences);
    IdePlanner::Ide ide = IdePlanner::Ide::VsCode;
    IdePlanner::parseIde(preferences.defaultIde, &ide);
    m_window->setDefaultIde(ide);
    m_window->setHidesToTray(m_tray && preferences.closeToTray);
    m_clipboard->setEnabled(preferences.watchClipboard);
    if (m_wizard)
        m_wizard->setWatchesClipboard(preferences.watchClipboard);
    emit preferencesApplied();
}

void GuiApp::quit()
{
    // Ends the app every time: no window may veto it by hiding itself in the tray, and probes in
    // flight are aborted rather than waited for.
    m_window->setQuitting();
    m_service.shutdown();
    QCoreApplication::exit(0);
}

void GuiApp::handleArguments(const QStringList& arguments)
{
    raise(m_window.get());
    for (const QString& argument : arguments) {
        if (!argument.startsWith(QLatin1String("colab-tunnel:"), Qt::CaseInsensitive))
            continue;
        const QString refused = AppService::linkError(argument);
        if (!refused.isEmpty()) {
            m_window->showMessage(tr("A colab-tunnel link was refused: %1").arg(refused), true);
            continue;
        }
        if (m_wizard && m_wizard->offerRuntime(argument)) {
            raise(m_wizard); // the link of the cell the wizard made: the wizard waits for exactly it
            continue;
        }
        showAddDialog(argument); // the user confirms before anything is stored
    }
}

void GuiApp::showAddDialog(const QString& prefill)
{
    if (m_addDialog) {
        // Never change what the user is looking at: a new link waits for its own confirmation.
        if (!prefill.isEmpty()) {
            m_waitingLinks << prefill;
            m_addDialog->setWaitingLinks(int(m_waitingLinks.size()));
        }
        raise(m_addDialog);
        return;
    }
    m_addDialog = new AddTunnelDialog(&m_service, m_window.get());
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog->setText(prefill);
    m_addDialog->setWaitingLinks(int(m_waitingLinks.size()));
    connect(m_addDialog, &QDialog::accepted, this,
            [this, dialog = m_addDialog] { m_service.addTunnel(dialog->text(), dialog->name()); });
    connect(m_addDialog, &QDialog::finished, this, [this] {
        if (m_waitingLinks.isEmpty())
            return;
        // After this dialog has gone, the next link gets a dialog of its own.
        QMetaObject::invokeMethod(
            this, [this] { showAddDialog(m_waitingLinks.takeFirst()); }, Qt::QueuedConnection);
    });
    m_addDialog->open();
}

// The SSH password goes to the keychain; only if there is none may it live in memory for now.
void GuiApp::askPassword()
{
    PasswordDialog dialog(m_window.get());
    QMetaObject::invokeMethod(this, &GuiApp::passwordDialogShown, Qt::QueuedConnection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Held (with a buffer of its own) until the keychain has answered: a refusal may want it for
    // this session only. Wiped once either answer came.
    auto held = std::make_shared<QString>(dialog.takePassword());
    if (held->isEmpty())
        return;
    auto refused = std::make_shared<QMetaObject::Connection>();
    auto stored = std::make_shared<QMetaObject::Connection>();
    *refused =
        connect(&m_service, &AppService::keychainRefused, this, [this, refused, stored, held](const QString& why) {
            disconnect(*refused);
            disconnect(*stored);
            offerSessionOnlyPassword(*held, why);
            PasswordService::wipe(*held);
        });
    *stored = connect(&m_service, &AppService::passwordStored, this, [refused, stored, held] {
        disconnect(*refused);
        disconnect(*stored);
        PasswordService::wipe(*held);
    });
    m_service.setPassword(*held);
}

void GuiApp::offerSessionOnlyPassword(const QString& password, const QString& why)
{
    // Asked right after the user's own click (the keychain answers within a moment), not later.
    QMessageBox box(QMessageBox::Question, tr("No keychain"),
                    why + QStringLiteral("\n\n") +
                        tr("Keep the password in memory until Colab Tunnel quits? It is never written to disk; "
                           "you will be asked again next time."),
                    QMessageBox::Yes | QMessageBox::No, m_window.get());
    box.setObjectName(QStringLiteral("sessionOnlyQuestion"));
    box.setTextFormat(Qt::PlainText); // the keychain's own words
    if (box.exec() == QMessageBox::Yes)
        m_service.keepPasswordForSession(password);
}

// One wizard at a time; asking again brings it to the front with what was typed.
void GuiApp::showWizard()
{
    if (m_wizard) {
        raise(m_wizard);
        return;
    }
    m_wizard = new SetupWizard(&m_service, m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWatchesClipboard(m_preferences.watchClipboard);
    connect(m_wizard, &SetupWizard::openRequested, m_actions.get(), &TunnelActions::open);
    connect(m_actions.get(), &TunnelActions::message, m_wizard, &SetupWizard::showOpenResult);
    connect(m_wizard, &QWizard::accepted, this, [this, wizard = m_wizard] {
        raise(m_window.get());
        m_window->selectTunnel(wizard->runtimeName()); // the new runtime, in the dashboard
    });
    raise(m_wizard);
}

int runGui(int argc, char** argv, const QString& cloudflaredPath, bool hidden)
{
    desktop::prepareProcess();
    QApplication app(argc, argv);
    ensureUiResources();
    QApplication::setApplicationName(QLatin1String(kAppName));
    QApplication::setApplicationDisplayName(QLatin1String(kDisplayName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("colab-tunnel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));
    desktop::installLanguage(AppSettings::language());

    AppInstance instance;
    const QStringList arguments = app.arguments().mid(1);
    if (!instance.claimOrForward(arguments))
        return 0;

    AppService::Options options;
    options.cloudflaredPath = cloudflaredPath;
    if (options.cloudflaredPath.isEmpty())
        options.cloudflaredPath = AppSettings::cloudflaredPath();
    GuiApp gui(options);
    QObject::connect(&instance, &AppInstance::argumentsReceived, &gui, &GuiApp::handleArguments);
    gui.start(!hidden);
    if (!hidden) // a start at login carries no links; handleArguments would show the window
        gui.handleArguments(arguments);
    return app.exec();
}

} // namespace colab
