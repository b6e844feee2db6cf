#pragma once

#include "TunnelTableModel.h"
#include "ide/IdePlanner.h"
#include "service/ServiceMessage.h"

#include <QHash>
#include <QMainWindow>
#include <array>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace colab {

class RuntimeDetailsPane;
class TunnelTableModel;

// The dashboard. Shows the tunnel list (or how to get the first one) and offers the actions; it
// renders state and forwards requests, and does no work itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TunnelTableModel* model, QWidget* parent = nullptr);

    // When a tray icon exists, closing the window keeps the app running in the tray; otherwise
    // closing it asks to quit (quitRequested).
    void setHidesToTray(bool hides) { m_hidesToTray = hides; }
    bool hidesToTray() const { return m_hidesToTray; }
    // What double-click and Enter on a runtime open (the user's setting).
    void setDefaultIde(IdePlanner::Ide ide) { m_defaultIde = ide; }
    // Never modal: errors stay in a banner until dismissed, news passes in the status bar.
    void showMessage(const QString& text, bool isError);
    // A problem that needs the user (no keychain, password refused, host key changed) stays in a
    // banner with its fix until the service resolves it.
    void showProblem(const colab::ServiceMessage& problem);
    void resolveProblem(const QString& key);
    // Quit was chosen: closing must end the app, not hide it in the tray.
    void setQuitting() { m_quitting = true; }
    // A banner offering to add a runtime found on the clipboard.
    void offerClipboardRuntime(const QString& text, const QString& hostname);
    QString selectedTunnel() const;
    RuntimeDetailsPane* detailsPane() const { return m_details; }
    void selectTunnel(const QString& name);

signals:
    void addRequested(const QString& prefill);
    void wizardRequested();
    void settingsRequested();
    void quitRequested();
    void openRequested(const QString& name, colab::IdePlanner::Ide ide);
    void pycharmSetupRequested(const QString& name); // "Use in PyCharm…" (SSH interpreter)
    void copySshRequested(const QString& name);
    void removeRequested(const QString& name);
    void checkRequested(const QString& name);
    void diagnoseRequested(const QString& name);
    void cancelDiagnosisRequested(const QString& name);
    void copyReportRequested(const QString& name);
    void passwordRequested();
    void visibilityChanged(bool visible);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createEmptyState();
    QWidget* createClipboardBanner();
    QWidget* createBanner(const QString& key, const QString& text, const QString& actionText,
                          const std::function<void()>& action, bool dismissable);
    QAction* makeTunnelAction(const QString& text, const QString& icon, const QString& objectName,
                              const QKeySequence& shortcut, const std::function<void(const QString&)>& handler);
    void updateEmptyState();
    void updateActions();
    void confirmRemove(const QString& name);
    void showContextMenu(const QPoint& globalPos);
    void requestCheck(const QString& name);
    void updateDetails();
    void showAbout();
    void fitColumns();

    TunnelTableModel* m_model;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    std::array<int, TunnelTableModel::ColumnCount> m_columnWidths = {}; // each column's width when shown
    int m_tableChrome = 0;                                              // frame and scroll bar
    QMenu* m_contextMenu = nullptr;
    RuntimeDetailsPane* m_details = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QString m_bannerPaste;
    QString m_bannerHostname;
    QList<QAction*> m_tunnelActions;
    bool m_hidesToTray = false;
    IdePlanner::Ide m_defaultIde = IdePlanner::Ide::VsCode;
    bool m_quitting = false;
    QWidget* m_problemArea = nullptr;
    QHash<QString, QWidget*> m_problemBanners; // by problem key
};

} // namespace colab
