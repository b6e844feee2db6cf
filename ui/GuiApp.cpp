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
#include "tunnels/TunnelRegistry.h"

#include <QApplication>
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

        connect(&m_registry, &TunnelRegistry::tunnelsChanged, this, [this] {
            m_model.setTunnels(m_registry.tunnels());
            if (m_tray)
                m_tray->setTunnels(m_registry.tunnels());
        });
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
