#include "MainWindow.h"

#include "TunnelTableModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
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
    resize(820, 480);

    auto* addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add runtime…"), this);
    addAction->setObjectName(QStringLiteral("addRuntimeAction"));
    addAction->setShortcut(QKeySequence::New);
    addAction->setToolTip(tr("Add a runtime from a hostname, a link or the Colab cell's output (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(addAction, &QAction::triggered, this, &MainWindow::addRequested);

    auto* wizardAction = new QAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), tr("&Setup wizard…"), this);
    wizardAction->setObjectName(QStringLiteral("wizardAction"));
    connect(wizardAction, &QAction::triggered, this, &MainWindow::wizardRequested);

    auto* quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(addAction);
    fileMenu->addAction(wizardAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(addAction);
    toolbar->addAction(wizardAction);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tunnelTable"));
    m_table->setAccessibleName(tr("Runtimes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(TunnelTableModel::HostnameColumn, QHeaderView::Stretch);

    m_stack = new QStackedWidget;
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_table);
    setCentralWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    updateEmptyState();
    statusBar()->showMessage(tr("Ready"));
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
    text->setMaximumWidth(520);

    auto* wizardButton = new QPushButton(tr("Run the &setup wizard"));
    wizardButton->setObjectName(QStringLiteral("emptyWizardButton"));
    wizardButton->setDefault(true);
    connect(wizardButton, &QPushButton::clicked, this, &MainWindow::wizardRequested);
    auto* pasteButton = new QPushButton(tr("&Paste Colab output…"));
    pasteButton->setObjectName(QStringLiteral("emptyPasteButton"));
    connect(pasteButton, &QPushButton::clicked, this, &MainWindow::addRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(wizardButton);
    buttons->addWidget(pasteButton);
    buttons->addStretch();

    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void MainWindow::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_hidesToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace colab
