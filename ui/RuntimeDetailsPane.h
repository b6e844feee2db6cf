#pragma once

#include "TunnelTableModel.h"
#include "diagnose/StepResult.h"
#include "ssh/ProbeResult.h"
#include "tunnels/Tunnel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace colab {

class ActivityGraph;

// Everything about the selected runtime, in full: its state and what it means, when it was last
// checked, its host key, facts and live graph, its recent problems, and the doctor's steps as they
// complete. It renders what it is given and asks for work by its signals.
class RuntimeDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RuntimeDetailsPane(QWidget* parent = nullptr);

    // `tunnel` null: nothing selected.
    void display(const Tunnel* tunnel, const ProbeResult& state, const TunnelTableModel::Graph& graph,
                 const QDateTime& lastUpdate);
    QString runtimeName() const { return m_name; }
    // Check now was asked for `name`: "Checking…" until its next result (or 30 s).
    void setChecking(const QString& name);
    // When the monitor looks at `name` next (invalid: no timed check, e.g. a live session).
    void setNextCheck(const QString& name, const QDateTime& at);
    void clearDiagnosis(const QString& name);
    void addDiagnosisStep(const QString& name, const StepResult& step);
    void diagnosisFinished(const QString& name, bool ok);

signals:
    void checkRequested(const QString& name);
    void diagnoseRequested(const QString& name);
    void cancelDiagnosisRequested(const QString& name);
    void copyReportRequested(const QString& name);

private:
    void remember(const QString& name, const ProbeResult& state);
    void updateDiagnoseButton();
    void showWhen();
    void showDiagnosis();
    void showDiagnosisStatus();
    QString firstFailure(const QString& name) const;

    QString m_name;
    QString m_checking;
    QDateTime m_checkingSince;
    QTimer m_checkingTimeout;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_message;
    QLabel* m_when; // last checked, next check
    QLabel* m_facts;
    ActivityGraph* m_graph;
    QLabel* m_legend;
    QLabel* m_recent;
    QPushButton* m_check;
    QPushButton* m_diagnose;
    QPushButton* m_copyReport;
    QListWidget* m_steps;
    QLabel* m_diagnosisStatus;
    QHash<QString, QStringList> m_problems; // recent problem messages per runtime, newest first
    QHash<QString, QList<StepResult>> m_diagnoses;
    QHash<QString, QDateTime> m_diagnosedAt; // when each finished diagnosis ended
    QHash<QString, bool> m_diagnosisOk;
    QDateTime m_lastUpdate;     // of the shown runtime
    bool m_online = false;      // the shown runtime
    QSet<QString> m_diagnosing; // runtimes whose diagnosis is running
    QHash<QString, QDateTime> m_nextChecks;
};

} // namespace colab
