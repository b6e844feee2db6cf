#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTableView;

namespace colab {

class TunnelTableModel;

// The dashboard. Shows the tunnel list (or how to get the first one) and offers the actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TunnelTableModel* model, QWidget* parent = nullptr);

    // When a tray icon exists, closing the window keeps the app running in the tray.
    void setHidesToTray(bool hides) { m_hidesToTray = hides; }

signals:
    void addRequested();
    void wizardRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createEmptyState();
    void updateEmptyState();

    TunnelTableModel* m_model;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    bool m_hidesToTray = false;
};

} // namespace colab
