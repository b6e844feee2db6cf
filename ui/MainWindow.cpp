#include "MainWindow.h"

#include "SparklineDelegate.h"
#include "TunnelTableModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace colab {

MainWindow::MainWindow(TunnelTableModel* model, QWidget* parent) : QMainWindow(parent), m_model(model)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Colab Tunnel"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));
    resize(860, 500);

    auto* addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add runtime…"), this);
    addAction->setObjectName(QStringLiteral("addRuntimeAction"));
    addAction->setShortcut(QKeySequence::New);
    addAction->setToolTip(tr("Add a runtime from a hostname, a link or the Colab cell's output (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(addAction, &QAction::triggered, this, [this] { emit addRequested({}); });

    auto* wizardAction = new QAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), tr("&Setup wizard…"), this);
    wizardAction->setObjectName(QStringLiteral("wizardAction"));
    connect(wizardAction, &QAction::triggered, this, &MainWindow::wizardRequested);

    auto* settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Se&ttings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Preferences has no binding on most Linux desktops: Ctrl+, is what users there expect.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    auto* quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    using Ide = IdePlanner::Ide;
    QAction* vscode = makeTunnelAction(tr("Open in &VS Code"), QStringLiteral("code"),
                                       QStringLiteral("openVsCodeAction"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                       [this](const QString& n) { emit openRequested(n, Ide::VsCode); });
    QAction* pycharm = makeTunnelAction(tr("Open in &PyCharm"), QStringLiteral("pycharm"),
                                        QStringLiteral("openPyCharmAction"), QKeySequence(Qt::CTRL | Qt::Key_P),
                                        [this](const QString& n) { emit openRequested(n, Ide::PyCharm); });
    QAction* terminal = makeTunnelAction(tr("Open &Terminal"), QStringLiteral("utilities-terminal"),
                                         QStringLiteral("openTerminalAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                                         [this](const QString& n) { emit openRequested(n, Ide::Terminal); });
    QAction* copy = makeTunnelAction(tr("&Copy ssh command"), QStringLiteral("edit-copy"),
                                     QStringLiteral("copySshAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                     [this](const QString& n) { emit copySshRequested(n); });
    QAction* check = makeTunnelAction(tr("Check &now"), QStringLiteral("view-refresh"), QStringLiteral("checkAction"),
                                      QKeySequence::Refresh, [this](const QString& n) { emit checkRequested(n); });
    QAction* remove = makeTunnelAction(tr("&Remove…"), QStringLiteral("list-remove"), QStringLiteral("removeAction"),
                                       QKeySequence::Delete, [this](const QString& n) { confirmRemove(n); });

    auto* passwordAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-password")), tr("SSH &password…"), this);
    passwordAction->setObjectName(QStringLiteral("passwordAction"));
    connect(passwordAction, &QAction::triggered, this, &MainWindow::passwordRequested);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(addAction);
    fileMenu->addAction(wizardAction);
    fileMenu->addAction(passwordAction);
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu* runtimeMenu = menuBar()->addMenu(tr("&Runtime"));
    runtimeMenu->addActions({vscode, pycharm, terminal});
    runtimeMenu->addSeparator();
    runtimeMenu->addActions({check, copy, remove});

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(addAction);
    toolbar->addSeparator();
    toolbar->addActions({vscode, pycharm, terminal});

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tunnelTable"));
    m_table->setAccessibleName(tr("Runtimes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({vscode, pycharm, terminal, check, copy, remove});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TunnelTableModel::HostnameColumn, QHeaderView::Stretch);
    auto* sparklines = new SparklineDelegate(m_table);
    m_table->setItemDelegateForColumn(TunnelTableModel::ActivityColumn, sparklines);
    // A fixed width: the graph must not make the columns jump with every sample.
    m_table->horizontalHeader()->setSectionResizeMode(TunnelTableModel::ActivityColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(TunnelTableModel::ActivityColumn,
                                               sparklines->sizeHint(QStyleOptionViewItem(), QModelIndex()).width());
    // activated: a double-click, or Enter on the selected row.
    connect(m_table, &QTableView::activated, this, [this] {
        if (!selectedTunnel().isEmpty())
            emit openRequested(selectedTunnel(), m_defaultIde);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    m_stack = new QStackedWidget;
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_table);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problemArea = new QWidget;
    m_problemArea->setObjectName(QStringLiteral("problemArea"));
    auto* problems = new QVBoxLayout(m_problemArea);
    problems->setContentsMargins(0, 0, 0, 0);
    problems->setSpacing(0);
    layout->addWidget(m_problemArea);
    layout->addWidget(createClipboardBanner());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    updateEmptyState();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Ready"));
}

QAction* MainWindow::makeTunnelAction(const QString& text, const QString& icon, const QString& objectName,
                                      const QKeySequence& shortcut, const std::function<void(const QString&)>& handler)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, handler] {
        const QString name = selectedTunnel();
        if (!name.isEmpty())
            handler(name);
    });
    m_tunnelActions << action;
    return action;
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();

    auto* title = new QLabel(tr("No tunnels yet"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Run the setup wizard to prepare the Colab cell, or paste what your Colab "
                               "notebook printed (a <i>trycloudflare.com</i> hostname, a colab-tunnel:// link "
                               "or colab_ssh's output)."));
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(540);
    // An aligned widget loses height-for-width in a layout; centre it with stretches instead.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();

    auto* wizardButton = new QPushButton(tr("Run the &setup wizard"));
    wizardButton->setObjectName(QStringLiteral("emptyWizardButton"));
    wizardButton->setDefault(true);
    connect(wizardButton, &QPushButton::clicked, this, &MainWindow::wizardRequested);
    auto* pasteButton = new QPushButton(tr("&Paste Colab output…"));
    pasteButton->setObjectName(QStringLiteral("emptyPasteButton"));
    connect(pasteButton, &QPushButton::clicked, this, [this] { emit addRequested({}); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(wizardButton);
    buttons->addWidget(pasteButton);
    buttons->addStretch();

    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::createClipboardBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("clipboardBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#clipboardBanner { background: #fef7e0; border-bottom: 1px solid #f9ab00; }"));
    auto* layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("clipboardBannerText"));
    auto* add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("clipboardAddButton"));
    auto* dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("clipboardDismissButton"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(add);
    layout->addWidget(dismiss);
    connect(add, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        emit addRequested(m_bannerPaste);
    });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
    return m_banner;
}

void MainWindow::offerClipboardRuntime(const QString& text, const QString& hostname)
{
    m_bannerPaste = text;
    m_bannerHostname = hostname;
    m_bannerText->setText(tr("The clipboard holds a Colab runtime: <b>%1</b>").arg(hostname.toHtmlEscaped()));
    m_banner->show();
}

void MainWindow::showMessage(const QString& text, bool isError)
{
    statusBar()->showMessage(text, isError ? 0 : 8000);
    if (isError)
        showProblem({ServiceMessage::Severity::Error, text, QStringLiteral("error"), ServiceMessage::Action::None, {}});
}

QWidget* MainWindow::createBanner(const QString& key, const QString& text, const QString& actionText,
                                  const std::function<void()>& action, bool dismissable)
{
    auto* banner = new QFrame;
    banner->setObjectName(QStringLiteral("problemBanner"));
    banner->setProperty("problemKey", key);
    banner->setStyleSheet(QStringLiteral("#problemBanner { background: #fce8e6; border-bottom: 1px solid #d93025; }"));
    auto* layout = new QHBoxLayout(banner);
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("problemText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 1);
    if (action) {
        auto* button = new QPushButton(actionText);
        button->setObjectName(QStringLiteral("problemActionButton"));
        connect(button, &QPushButton::clicked, this, action);
        layout->addWidget(button);
    }
    // A problem that needs the user stays until it is solved; other errors can be put away.
    if (dismissable) {
        auto* dismiss = new QPushButton(tr("Dismiss"));
        dismiss->setObjectName(QStringLiteral("problemDismissButton"));
        dismiss->setAccessibleName(tr("Dismiss this message"));
        connect(dismiss, &QPushButton::clicked, this, [this, key] { resolveProblem(key); });
        layout->addWidget(dismiss);
    }
    return banner;
}

void MainWindow::showProblem(const ServiceMessage& problem)
{
    if (problem.key.isEmpty()) {
        statusBar()->showMessage(problem.text, problem.severity == ServiceMessage::Severity::Info ? 8000 : 0);
        return;
    }
    resolveProblem(problem.key);
    QString actionText;
    std::function<void()> action;
    const QString name = problem.tunnelName;
    switch (problem.action) {
    case ServiceMessage::Action::SetPassword:
        actionText = tr("Set &password…");
        action = [this] {
            emit passwordRequested();
        };
        break;
    case ServiceMessage::Action::CheckNow:
        actionText = tr("Check &now");
        action = [this, name] {
            emit checkRequested(name);
        };
        break;
    case ServiceMessage::Action::RemoveAndReAdd:
        actionText = tr("&Remove…");
        action = [this, name] {
            confirmRemove(name);
        };
        break;
    case ServiceMessage::Action::InstallCloudflared:
    case ServiceMessage::Action::None:
        break;
    }
    QWidget* banner = createBanner(problem.key, problem.text, actionText, action,
                                   problem.severity != ServiceMessage::Severity::ActionNeeded);
    m_problemBanners.insert(problem.key, banner);
    m_problemArea->layout()->addWidget(banner);
    banner->show();
    statusBar()->showMessage(problem.text);
}

void MainWindow::resolveProblem(const QString& key)
{
    if (QWidget* banner = m_problemBanners.take(key)) {
        banner->hide();
        banner->deleteLater();
    }
}

QString MainWindow::selectedTunnel() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Tunnel* tunnel = rows.isEmpty() ? nullptr : m_model->tunnelAt(rows.first().row());
    return tunnel ? tunnel->name : QString();
}

void MainWindow::selectTunnel(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->tunnelAt(row)->name == name) {
            m_table->selectRow(row);
            return;
        }
    }
}

void MainWindow::confirmRemove(const QString& name)
{
    const auto answer = QMessageBox::question(
        this, tr("Remove runtime"),
        tr("Remove %1? Its entry leaves ~/.ssh/config; the runtime itself keeps running.").arg(name));
    if (answer == QMessageBox::Yes)
        emit removeRequested(name);
}

void MainWindow::updateEmptyState()
{
    // An offer for a runtime that has been added meanwhile (by a link, the CLI) is stale.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_banner->isVisibleTo(this) && m_model->tunnelAt(row)->hostname == m_bannerHostname)
            m_banner->hide();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0 && selectedTunnel().isEmpty())
        m_table->selectRow(0);
    updateActions();
}

void MainWindow::updateActions()
{
    const QString selected = selectedTunnel();
    const bool hasSelection = !selected.isEmpty();
    // The selected runtime's last word (why it is offline, and the fix) is always in view.
    const ProbeResult state = m_model->stateOf(selected);
    if (hasSelection && !state.message.isEmpty()) {
        // The host key trusted on first contact stays visible, so it can be compared with the runtime's.
        const QString key = state.hostKeySha256.isEmpty() ? QString() : tr(" · host key %1").arg(state.hostKeySha256);
        statusBar()->showMessage(QStringLiteral("%1: %2%3").arg(selected, state.message, key));
    }
    for (QAction* action : std::as_const(m_tunnelActions))
        action->setEnabled(hasSelection);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    emit visibilityChanged(true);
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    emit visibilityChanged(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_hidesToTray && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    // Not kept in the tray: closing the window ends the app (with the tray icon, and at once).
    if (event->isAccepted() && !m_quitting)
        emit quitRequested();
}

} // namespace colab
