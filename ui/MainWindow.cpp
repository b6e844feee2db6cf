#include "MainWindow.h"

#include "PlainToolTipDelegate.h"
#include "RuntimeDetailsPane.h"
#include "SparklineDelegate.h"
#include "TunnelTableModel.h"
#include "UiResources.h"
#include "common/Version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    resize(1100, 640);

    auto* addAction =
        new QAction(themedIcon(QStringLiteral("list-add"), QStringLiteral("add")), tr("&Add runtime…"), this);
    addAction->setObjectName(QStringLiteral("addRuntimeAction"));
    addAction->setShortcut(QKeySequence::New);
    addAction->setToolTip(tr("Add a runtime from a hostname, a link or the Colab cell's output (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(addAction, &QAction::triggered, this, [this] { emit addRequested({}); });

    auto* wizardAction =
        new QAction(themedIcon(QStringLiteral("tools-wizard"), QStringLiteral("wizard")), tr("&Setup wizard…"), this);
    wizardAction->setObjectName(QStringLiteral("wizardAction"));
    connect(wizardAction, &QAction::triggered, this, &MainWindow::wizardRequested);

    auto* settingsAction = new QAction(themedIcon(QStringLiteral("preferences-system"), QStringLiteral("settings")),
                                       tr("Se&ttings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Preferences has no binding on most Linux desktops: Ctrl+, is what users there expect.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    auto* quitAction =
        new QAction(themedIcon(QStringLiteral("application-exit"), QStringLiteral("quit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    using Ide = IdePlanner::Ide;
    QAction* vscode = makeTunnelAction(tr("Open in &VS Code"), QStringLiteral("vscode"),
                                       QStringLiteral("openVsCodeAction"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                       [this](const QString& n) { emit openRequested(n, Ide::VsCode); });
    QAction* pycharm = makeTunnelAction(tr("Open in &PyCharm"), QStringLiteral("pycharm"),
                                        QStringLiteral("openPyCharmAction"), QKeySequence(Qt::CTRL | Qt::Key_P),
                                        [this](const QString& n) { emit openRequested(n, Ide::PyCharm); });
    QAction* pycharmSetup = makeTunnelAction(
        tr("Use in P&yCharm…"), QStringLiteral("pycharm"), QStringLiteral("pycharmSetupAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this](const QString& n) { emit pycharmSetupRequested(n); });
    QAction* terminal = makeTunnelAction(tr("Open &Terminal"), QStringLiteral("terminal"),
                                         QStringLiteral("openTerminalAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                                         [this](const QString& n) { emit openRequested(n, Ide::Terminal); });
    QAction* copy = makeTunnelAction(tr("&Copy ssh command"), QStringLiteral("copy"), QStringLiteral("copySshAction"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                     [this](const QString& n) { emit copySshRequested(n); });
    QAction* check = makeTunnelAction(tr("Check &now"), QStringLiteral("refresh"), QStringLiteral("checkAction"),
                                      QKeySequence::Refresh, [this](const QString& n) { requestCheck(n); });
    QAction* remove = makeTunnelAction(tr("&Remove…"), QStringLiteral("remove"), QStringLiteral("removeAction"),
                                       QKeySequence::Delete, [this](const QString& n) { confirmRemove(n); });

    auto* passwordAction = new QAction(themedIcon(QStringLiteral("dialog-password"), QStringLiteral("password")),
                                       tr("SSH &password…"), this);
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
    runtimeMenu->addActions({vscode, pycharm, pycharmSetup, terminal});
    runtimeMenu->addSeparator();
    runtimeMenu->addActions({check, copy, remove});
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(themedIcon(QStringLiteral("help-about"), QStringLiteral("about")),
                                         tr("&About Colab Tunnel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(addAction);
    toolbar->addSeparator();
    toolbar->addActions({vscode, pycharm, terminal});
    toolbar->addSeparator();
    toolbar->addAction(check);
    toolbar->addAction(settingsAction);

    // Sorted by any column (name by default), through a proxy: the model keeps the store's order.
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TunnelTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tunnelTable"));
    m_table->setAccessibleName(tr("Runtimes"));
    m_table->setModel(m_sorted);
    // A runtime's message may quote the network: its tooltip is shown as plain text.
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TunnelTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Long hostnames lose their middle, not the part that tells them apart.
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Stable widths: a state change or a new sample never moves the columns. The hostname takes
    // what is left, so at the minimum width it is the one that gives way.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TunnelTableModel::HostnameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 32;
    };
    header->resizeSection(TunnelTableModel::NameColumn, width(QStringLiteral("gpu-runtime-1")));
    header->resizeSection(TunnelTableModel::StatusColumn, width(tr("Host key changed")) + 20);
    header->resizeSection(TunnelTableModel::GpuColumn, width(QStringLiteral("Tesla T4 · 12.6/15.0 GiB · 61 %")));
    header->resizeSection(TunnelTableModel::MemoryColumn,
                          width(tr("%1 free of %2").arg(QStringLiteral("10.5 GiB"), QStringLiteral("12.7 GiB"))));
    header->resizeSection(TunnelTableModel::LatencyColumn, width(tr("%1 ms").arg(1234)));
    header->setMinimumSectionSize(60);
    auto* sparklines = new SparklineDelegate(m_table);
    m_table->setItemDelegateForColumn(TunnelTableModel::ActivityColumn, sparklines);
    header->setSectionResizeMode(TunnelTableModel::ActivityColumn, QHeaderView::Fixed);
    header->resizeSection(TunnelTableModel::ActivityColumn,
                          sparklines->sizeHint(QStyleOptionViewItem(), QModelIndex()).width());
    // No figure ever scrolls away: a narrow window shows fewer columns instead (fitColumns), down to
    // name, state and GPU. The rest is in the details pane below.
    for (int column = 0; column < TunnelTableModel::ColumnCount; ++column)
        m_columnWidths.at(column) = header->sectionSize(column);
    m_columnWidths.at(TunnelTableModel::HostnameColumn) = width(QStringLiteral("abc…xyz.com"));
    m_tableChrome = 2 * m_table->frameWidth() + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int essential = m_tableChrome;
    for (const int column : {TunnelTableModel::NameColumn, TunnelTableModel::StatusColumn, TunnelTableModel::GpuColumn})
        essential += m_columnWidths.at(column);
    m_table->setMinimumWidth(essential);
    m_table->installEventFilter(this);
    // The context menu: right click, the Menu key or Shift+F10, at the selected row for the keys.
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("runtimeContextMenu"));
    m_contextMenu->addActions({vscode, pycharm, pycharmSetup, terminal});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({check, copy, remove});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showContextMenu(m_table->viewport()->mapToGlobal(pos)); });
    for (const QKeySequence& keys : {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}) {
        auto* shortcut = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            const QModelIndex current = m_table->currentIndex();
            const QRect row = m_table->visualRect(current.siblingAtColumn(TunnelTableModel::NameColumn));
            showContextMenu(m_table->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint(0, 0)));
        });
    }
    // activated: a double-click, or Enter on the selected row.
    connect(m_table, &QTableView::activated, this, [this] {
        if (!selectedTunnel().isEmpty())
            emit openRequested(selectedTunnel(), m_defaultIde);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    // The selected runtime in full below the list: state, facts, graph, problems, the doctor.
    m_details = new RuntimeDetailsPane;
    connect(m_details, &RuntimeDetailsPane::checkRequested, this, &MainWindow::requestCheck);
    connect(m_details, &RuntimeDetailsPane::diagnoseRequested, this, &MainWindow::diagnoseRequested);
    connect(m_details, &RuntimeDetailsPane::cancelDiagnosisRequested, this, &MainWindow::cancelDiagnosisRequested);
    connect(m_details, &RuntimeDetailsPane::copyReportRequested, this, &MainWindow::copyReportRequested);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("runtimeSplit"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_stack = new QStackedWidget;
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(split);
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
    // The IDEs' own marks come from the app: a theme's "code" icon may be any editor.
    static const QHash<QString, QString> themeNames = {
        {QStringLiteral("terminal"), QStringLiteral("utilities-terminal")},
        {QStringLiteral("copy"), QStringLiteral("edit-copy")},
        {QStringLiteral("refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("remove"), QStringLiteral("list-remove")}};
    auto* action = new QAction(
        themeNames.contains(icon) ? themedIcon(themeNames.value(icon), icon) : themedIcon(QString(), icon), text, this);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                     shortcut.toString(QKeySequence::NativeText)));
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

    auto* title = new QLabel(tr("No runtimes yet"));
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
    m_bannerText->setTextFormat(Qt::RichText); // the hostname in it is escaped
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
    label->setTextFormat(Qt::PlainText); // the problem may quote the network
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
            requestCheck(name);
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
    const Tunnel* tunnel = rows.isEmpty() ? nullptr : m_model->tunnelAt(m_sorted->mapToSource(rows.first()).row());
    return tunnel ? tunnel->name : QString();
}

void MainWindow::selectTunnel(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->tunnelAt(row)->name == name) {
            m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
            return;
        }
    }
}

void MainWindow::confirmRemove(const QString& name)
{
    QMessageBox box(QMessageBox::Question, tr("Remove runtime"),
                    tr("Remove %1? Its entry leaves ~/.ssh/config; the runtime itself keeps running.").arg(name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeQuestion"));
    QPushButton* removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // Enter must not delete: the safe answer is the default.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == removeButton)
        emit removeRequested(name);
}

void MainWindow::requestCheck(const QString& name)
{
    m_details->setChecking(name);
    emit checkRequested(name);
}

void MainWindow::updateDetails()
{
    const QString name = selectedTunnel();
    const Tunnel* tunnel = nullptr;
    for (int row = 0; row < m_model->rowCount() && !tunnel; ++row)
        if (m_model->tunnelAt(row)->name == name)
            tunnel = m_model->tunnelAt(row);
    m_details->display(tunnel, m_model->stateOf(name), m_model->graphOf(name), m_model->lastUpdate(name));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitColumns()
{
    int used = m_tableChrome;
    for (const int column : {TunnelTableModel::NameColumn, TunnelTableModel::StatusColumn, TunnelTableModel::GpuColumn})
        used += m_columnWidths.at(column);
    // Most wanted first; once one does not fit, neither do the ones after it (a steady order).
    bool fits = true;
    for (const int column : {TunnelTableModel::MemoryColumn, TunnelTableModel::ActivityColumn,
                             TunnelTableModel::LatencyColumn, TunnelTableModel::HostnameColumn}) {
        fits = fits && used + m_columnWidths.at(column) <= m_table->width();
        if (fits)
            used += m_columnWidths.at(column);
        if (m_table->isColumnHidden(column) == fits)
            m_table->setColumnHidden(column, !fits);
    }
}

void MainWindow::showContextMenu(const QPoint& globalPos)
{
    if (!selectedTunnel().isEmpty())
        m_contextMenu->popup(globalPos);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Colab Tunnel"), {}, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")).pixmap(64, 64));
    box.setText(tr("<h3>Colab Tunnel %1</h3><p>Work on a Google Colab GPU runtime from VS Code or PyCharm over SSH "
                   "through a Cloudflare tunnel.</p><p>Passwords and tokens stay in your system keychain. Colab "
                   "allows SSH on paid runtimes only.</p><p>Built with Qt %2, libssh and QtKeychain.</p>")
                    .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
    box.exec();
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
    const QString message = TunnelTableModel::messageOf(state);
    if (hasSelection && !message.isEmpty()) {
        // The host key trusted on first contact stays visible, so it can be compared with the runtime's.
        const QString key = state.hostKeySha256.isEmpty() ? QString() : tr(" · host key %1").arg(state.hostKeySha256);
        statusBar()->showMessage(QStringLiteral("%1: %2%3").arg(selected, message, key));
    }
    for (QAction* action : std::as_const(m_tunnelActions))
        action->setEnabled(hasSelection);
    updateDetails();
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
