#include "GuiApp.h"

#include "AddTunnelDialog.h"
#include "ClipboardWatcher.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "TunnelActions.h"
#include "TunnelTableModel.h"
#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/SingleInstance.h"
#include "common/Version.h"
#include "monitor/TunnelMonitor.h"
#include "secrets/SecretStore.h"
#include "service/TunnelRegistry.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSystemTrayIcon>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace colab {

namespace {

void raise(QWidget* window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

// Holds the GUI's parts and the few wires between them.
class GuiSession : public QObject
{
public:
    GuiSession() : m_actions(&m_registry), m_clipboard(&m_registry), m_window(&m_model)
    {
        const QString cloudflared = AppSettings::cloudflaredPath();
        m_registry.setCloudflaredPath(cloudflared);
        m_actions.setCloudflaredPath(cloudflared);
        m_monitor.setCloudflaredPath(cloudflared);

        connect(&m_registry, &TunnelRegistry::tunnelsChanged, this, [this] {
            m_model.setTunnels(m_registry.tunnels());
            if (m_tray)
                m_tray->setTunnels(m_registry.tunnels());
            if (m_keychainAnswered)
                m_monitor.setTunnels(m_registry.tunnels());
        });
        connect(&m_monitor, &TunnelMonitor::stateChanged, this, &GuiSession::onStateChanged);
        connect(&m_window, &MainWindow::checkRequested, &m_monitor, &TunnelMonitor::probeNow);
        connect(&m_window, &MainWindow::visibilityChanged, &m_monitor, &TunnelMonitor::setWindowVisible);
        connect(&m_window, &MainWindow::passwordRequested, this, &GuiSession::askPassword);
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_monitor.shutdown(); });
        connect(&m_registry, &TunnelRegistry::changeFinished, this,
                [this](bool ok, const QString& message, const Tunnel& tunnel) {
                    m_window.showMessage(message, !ok);
                    if (ok)
                        m_window.selectTunnel(tunnel.name);
                });
        connect(&m_window, &MainWindow::addRequested, this, &GuiSession::showAddDialog);
        connect(&m_window, &MainWindow::quitRequested, qApp, &QApplication::quit);
        connect(&m_window, &MainWindow::wizardRequested, this, &GuiSession::showWizardPlaceholder);
        connect(&m_window, &MainWindow::openRequested, &m_actions, &TunnelActions::open);
        connect(&m_window, &MainWindow::copySshRequested, &m_actions, &TunnelActions::copySshCommand);
        connect(&m_window, &MainWindow::removeRequested, &m_registry, &TunnelRegistry::remove);
        connect(&m_actions, &TunnelActions::message, &m_window, &MainWindow::showMessage);
        connect(&m_clipboard, &ClipboardWatcher::runtimeOffered, &m_window, &MainWindow::offerClipboardRuntime);

        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = std::make_unique<TrayIcon>();
            connect(m_tray.get(), &TrayIcon::showWindowRequested, this, [this] { raise(&m_window); });
            connect(m_tray.get(), &TrayIcon::addRequested, this, [this] { showAddDialog({}); });
            connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QApplication::quit);
            connect(m_tray.get(), &TrayIcon::openRequested, &m_actions, &TunnelActions::open);
            connect(m_tray.get(), &TrayIcon::copySshRequested, &m_actions, &TunnelActions::copySshCommand);
            m_tray->show();
            m_window.setHidesToTray(true);
            QApplication::setQuitOnLastWindowClosed(false);
        } else {
            qCInfo(lcApp) << "no system tray: running with the window only";
        }

        QString loadError;
        m_registry.reload(&loadError);
        m_model.setTunnels(m_registry.tunnels());
        if (m_tray)
            m_tray->setTunnels(m_registry.tunnels());
        // Probing starts once the keychain has answered, so the first login can use the password.
        m_secrets.read(QLatin1String(SecretStore::kSshPasswordKey), [this](const SecretStore::Result& result) {
            if (result.ok())
                m_monitor.setPassword(result.value);
            else if (result.status != SecretStore::Status::NotFound)
                m_window.showMessage(result.message, false);
            m_keychainAnswered = true;
            m_monitor.setTunnels(m_registry.tunnels());
        });
        m_window.show();
        if (!loadError.isEmpty())
            m_window.showMessage(loadError, true);
    }

    // Arguments from our own command line or from a later launch (a colab-tunnel:// link).
    void handleArguments(const QStringList& arguments)
    {
        raise(&m_window);
        for (const QString& argument : arguments)
            if (argument.startsWith(QLatin1String("colab-tunnel:"), Qt::CaseInsensitive))
                showAddDialog(argument); // the user confirms before anything is stored
    }

private:
    void onStateChanged(const QString& name, const ProbeResult& result)
    {
        const ProbeResult::State before = m_model.stateOf(name).state;
        m_model.setState(name, result);
        const Tunnel* tunnel = m_registry.find(name);
        if (!m_tray || !tunnel || before == result.state)
            return;
        if (result.state == ProbeResult::State::Online && before != ProbeResult::State::Starting &&
            before != ProbeResult::State::Unknown)
            m_tray->notify(tr("%1 is back").arg(tunnel->alias()), result.message);
        else if (result.state == ProbeResult::State::Online)
            m_tray->notify(tr("%1 is online").arg(tunnel->alias()), result.message);
        else if (before == ProbeResult::State::Online || result.state == ProbeResult::State::HostKeyChanged)
            m_tray->notify(tr("%1: %2").arg(tunnel->alias(), TunnelTableModel::stateLabel(result.state)),
                           result.message);
    }

    // The SSH password goes to the keychain; only if there is none may it live in memory for now.
    void askPassword()
    {
        bool ok = false;
        const QString password =
            QInputDialog::getText(&m_window, tr("SSH password"),
                                  tr("The password your Colab cell sets for root. It is kept in the system keychain."),
                                  QLineEdit::Password, {}, &ok);
        if (!ok || password.isEmpty())
            return;
        m_secrets.write(QLatin1String(SecretStore::kSshPasswordKey), password,
                        [this, password](const SecretStore::Result& result) {
                            if (result.ok()) {
                                m_monitor.setPassword(password);
                                m_window.showMessage(tr("The SSH password is stored in the keychain."), false);
                                return;
                            }
                            const auto answer = QMessageBox::question(
                                &m_window, tr("No keychain"),
                                result.message + QStringLiteral("\n\n") +
                                    tr("Keep the password in memory until Colab Tunnel quits? It is never written "
                                       "to disk."));
                            if (answer == QMessageBox::Yes) {
                                m_secrets.allowSessionOnlyFallback(true);
                                m_monitor.setPassword(password);
                            }
                        });
    }

    // The guided wizard is not built yet; until it is, say so and give the manual route.
    void showWizardPlaceholder()
    {
        QMessageBox box(QMessageBox::Information, QObject::tr("Set up a runtime"),
                        QObject::tr("The guided setup wizard is coming. Until then, start the tunnel from your "
                                    "Colab notebook (a paid runtime) with colab_ssh, then paste what it prints:"),
                        QMessageBox::Ok, &m_window);
        box.setObjectName(QStringLiteral("wizardPlaceholder"));
        box.setInformativeText(QStringLiteral("!pip install colab_ssh --upgrade\n"
                                              "from colab_ssh import launch_ssh_cloudflared\n"
                                              "launch_ssh_cloudflared(password=\"choose-a-password\")"));
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPushButton* paste = box.addButton(QObject::tr("&Paste Colab output…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == paste)
            showAddDialog({});
    }

    void showAddDialog(const QString& prefill)
    {
        if (m_addDialog) {
            if (!prefill.isEmpty())
                m_addDialog->setText(prefill);
            raise(m_addDialog);
            return;
        }
        m_addDialog = new AddTunnelDialog(&m_registry, &m_window);
        m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_addDialog->setText(prefill);
        connect(m_addDialog, &QDialog::accepted, this,
                [this, dialog = m_addDialog] { m_registry.add(dialog->text(), dialog->name()); });
        m_addDialog->open();
    }

    TunnelRegistry m_registry;
    TunnelTableModel m_model;
    TunnelActions m_actions;
    TunnelMonitor m_monitor;
    SecretStore m_secrets;
    bool m_keychainAnswered = false;
    ClipboardWatcher m_clipboard;
    MainWindow m_window;
    std::unique_ptr<TrayIcon> m_tray;
    QPointer<AddTunnelDialog> m_addDialog;
};

} // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationName(QLatin1String(kAppName));
    QApplication::setApplicationDisplayName(QLatin1String(kDisplayName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("colab-tunnel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));

    SingleInstance instance;
    const QStringList arguments = app.arguments().mid(1);
    if (!instance.claimOrForward(arguments))
        return 0;

    GuiSession session;
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &session,
                     [&session](const QStringList& forwarded) { session.handleArguments(forwarded); });
    session.handleArguments(arguments);
    return app.exec();
}

} // namespace colab
