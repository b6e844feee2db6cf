// The reference for start-up and memory: the least a Qt table window with a menu, a toolbar and a
// status bar costs, with the same 20 rows and 7 columns the dashboard shows in the benchmark.
#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal table"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Add"));
    auto* table = new QTableWidget(20, 7);
    for (int row = 0; row < 20; ++row)
        for (int column = 0; column < 7; ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("cell %1.%2").arg(row).arg(column)));
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 640);
    window.show();
    return app.exec();
}
