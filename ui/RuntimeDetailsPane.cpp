#include "RuntimeDetailsPane.h"

#include "Formatting.h"
#include "SparklineDelegate.h"
#include "StateStyle.h"
#include "UiResources.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace colab {

namespace {
constexpr int kRecentProblems = 5;
constexpr int kCheckingTimeoutMs = 30000;

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return RuntimeDetailsPane::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return RuntimeDetailsPane::tr("%1 min").arg(seconds / 60);
}

// Plain text: a runtime's message and facts may quote the network (ssh, cloudflared, nvidia-smi).
QLabel* wrapping(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

// The last ten minutes of GPU use (line) and GPU memory (area), CPU on a runtime without a GPU.
class ActivityGraph : public QWidget
{
public:
    ActivityGraph()
    {
        setObjectName(QStringLiteral("detailsGraph"));
        setMinimumSize(160, 48);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setGraph(const TunnelTableModel::Graph& graph, const QString& text)
    {
        m_graph = graph;
        setAccessibleName(RuntimeDetailsPane::tr("Activity"));
        setAccessibleDescription(text);
        setToolTip(plainToolTip(text));
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(area);
        SparklineDelegate::drawGraph(&painter, area.adjusted(2, 2, -2, -2), m_graph, palette(), false);
    }

private:
    TunnelTableModel::Graph m_graph;
};

RuntimeDetailsPane::RuntimeDetailsPane(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_state(new QLabel), m_message(wrapping(QStringLiteral("detailsMessage"))),
      m_when(wrapping(QStringLiteral("detailsNextCheck"))), m_facts(wrapping(QStringLiteral("detailsFacts"))),
      m_graph(new ActivityGraph), m_legend(new QLabel), m_recent(wrapping(QStringLiteral("detailsRecent"))),
      m_check(new QPushButton(themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Check &now"))),
      m_diagnose(new QPushButton(themedIcon({}, QStringLiteral("diagnose")), tr("&Diagnose"))),
      m_copyReport(
          new QPushButton(themedIcon(QStringLiteral("edit-copy"), QStringLiteral("copy")), tr("Copy &report"))),
      m_steps(new QListWidget), m_diagnosisStatus(wrapping(QStringLiteral("detailsDiagnosisStatus")))
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Runtime details"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_state->setObjectName(QStringLiteral("detailsState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setObjectName(QStringLiteral("detailsCheck"));
    m_diagnose->setObjectName(QStringLiteral("detailsDiagnose"));
    m_diagnose->setToolTip(tr("Check each link from this computer to the runtime, in order, and say what is broken"));
    m_copyReport->setObjectName(QStringLiteral("detailsCopyReport"));
    m_copyReport->setToolTip(tr("Copy the doctor's findings (no passwords or tokens)"));
    m_copyReport->setEnabled(false);
    m_steps->setObjectName(QStringLiteral("detailsSteps"));
    m_steps->setAccessibleName(tr("Diagnosis steps"));
    m_steps->setWordWrap(true);
    m_steps->setMinimumHeight(60);
    m_steps->hide(); // until there are steps: the status below says what Diagnose does
    m_legend->setObjectName(QStringLiteral("detailsGraphLegend"));
    m_legend->setTextFormat(Qt::RichText); // our own words, escaped; the swatches are coloured

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch();
    header->addWidget(m_check);
    header->addWidget(m_diagnose);
    header->addWidget(m_copyReport);

    auto* left = new QVBoxLayout;
    left->addWidget(m_message);
    left->addWidget(m_when);
    left->addWidget(m_facts);
    left->addWidget(m_graph);
    left->addWidget(m_legend);
    left->addWidget(m_recent);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_steps, 1);
    right->addWidget(m_diagnosisStatus);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(columns, 1);

    connect(m_check, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty())
            emit checkRequested(m_name);
    });
    connect(m_diagnose, &QPushButton::clicked, this, [this] {
        if (m_name.isEmpty())
            return;
        if (m_diagnosing.contains(m_name))
            emit cancelDiagnosisRequested(m_name); // the button says Cancel while the doctor runs
        else
            emit diagnoseRequested(m_name);
    });
    connect(m_copyReport, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty())
            emit copyReportRequested(m_name);
    });
    m_checkingTimeout.setSingleShot(true);
    m_checkingTimeout.setInterval(kCheckingTimeoutMs);
    connect(&m_checkingTimeout, &QTimer::timeout, this, [this] { m_checking.clear(); });
    display(nullptr, {}, {}, {});
}

void RuntimeDetailsPane::remember(const QString& name, const ProbeResult& state)
{
    // Waiting (not checked yet, checking) is no problem, nor is being online.
    const StateStyle::Kind kind = StateStyle::kindOf(state.state);
    if (state.message.isEmpty() || kind == StateStyle::Kind::Good || kind == StateStyle::Kind::Waiting)
        return;
    QStringList& recent = m_problems[name];
    const QString line = tr("%1 — %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), state.message);
    if (!recent.isEmpty() && recent.first().endsWith(state.message))
        return;
    recent.prepend(line);
    while (recent.size() > kRecentProblems)
        recent.removeLast();
}

void RuntimeDetailsPane::setNextCheck(const QString& name, const QDateTime& at)
{
    m_nextChecks.insert(name, at);
    if (name == m_name)
        showWhen();
}

void RuntimeDetailsPane::showWhen()
{
    QStringList when;
    if (m_lastUpdate.isValid())
        when << tr("Last checked at %1.").arg(m_lastUpdate.time().toString(QStringLiteral("HH:mm:ss")));
    if (const QDateTime at = m_nextChecks.value(m_name); at.isValid())
        when << tr("Next check at %1.").arg(at.time().toString(QStringLiteral("HH:mm:ss")));
    m_when->setText(when.join(QLatin1Char(' ')));
}

void RuntimeDetailsPane::display(const Tunnel* tunnel, const ProbeResult& state, const TunnelTableModel::Graph& graph,
                                 const QDateTime& lastUpdate)
{
    const bool any = tunnel != nullptr;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_check, m_diagnose, m_graph})
        widget->setEnabled(any);
    if (!any) {
        m_name.clear();
        m_title->setText(tr("No runtime selected"));
        m_state->clear();
        m_message->clear();
        m_when->clear();
        m_lastUpdate = {};
        m_facts->clear();
        m_legend->clear();
        m_recent->clear();
        m_steps->clear();
        m_steps->hide();
        m_diagnosisStatus->clear();
        m_copyReport->setEnabled(false);
        return;
    }
    const bool switched = m_name != tunnel->name;
    m_name = tunnel->name;
    if (m_checking == m_name && lastUpdate.isValid() && lastUpdate > m_checkingSince)
        m_checking.clear(); // the answer to Check now arrived
    remember(m_name, state);

    m_title->setText(tunnel->alias());
    const StateStyle::Kind kind = StateStyle::kindOf(state.state);
    const QString label = m_checking == m_name ? tr("Checking…") : ProbeResult::stateLabel(state.state);
    m_state->setText(QStringLiteral("<img src=\"%1\" width=16 height=16> <span style=\"color:%2\">%3</span>")
                         .arg(kind == StateStyle::Kind::Good      ? QStringLiteral(":/icons/state-online.svg")
                              : kind == StateStyle::Kind::Warning ? QStringLiteral(":/icons/state-offline.svg")
                              : kind == StateStyle::Kind::Problem ? QStringLiteral(":/icons/state-problem.svg")
                                                                  : QStringLiteral(":/icons/state-waiting.svg"),
                              StateStyle::color(kind, palette()).name(), label.toHtmlEscaped()));
    m_state->setAccessibleName(label);

    // Online, the figures are in the facts below (they follow the live samples); the probe's own
    // words would repeat the GPU figure of its moment.
    const bool online = state.state == ProbeResult::State::Online;
    m_message->setText(online || state.message.isEmpty() ? tr("Connect with ssh %1.").arg(tunnel->alias())
                                                         : state.message);
    m_lastUpdate = lastUpdate;
    showWhen();

    QStringList facts;
    facts << tr("Hostname: %1").arg(tunnel->hostname);
    if (!state.tunnelStatus.isEmpty())
        facts << tr("At Cloudflare: %1").arg(state.tunnelStatus);
    if (state.latencyMs >= 0 && state.state == ProbeResult::State::Online)
        facts << tr("Latency: %1 ms").arg(state.latencyMs);
    if (!state.hostKeySha256.isEmpty())
        facts << tr("Host key: %1").arg(state.hostKeySha256);
    // An offline runtime's last figures are no longer true: none are shown.
    if (const auto& runtime = state.runtime; runtime && online) {
        if (!runtime->gpu.isEmpty())
            facts << tr("GPU: %1").arg(runtime->gpuSummary());
        if (runtime->ramTotalMib && runtime->ramAvailableMib)
            facts << tr("RAM: %1 free of %2")
                         .arg(formatMebibytes(*runtime->ramAvailableMib), formatMebibytes(*runtime->ramTotalMib));
        if (runtime->diskFreeMib)
            facts << tr("Disk: %1 free").arg(formatMebibytes(*runtime->diskFreeMib));
        if (!runtime->python.isEmpty())
            facts << tr("Python: %1").arg(runtime->python);
        if (runtime->uptimeSeconds)
            facts << tr("Up for %1").arg(duration(*runtime->uptimeSeconds));
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_graph->setVisible(online);
    m_graph->setGraph(graph, facts.join(QStringLiteral("; ")));
    m_legend->setVisible(online);
    const QColor line = palette().color(QPalette::Link);
    QColor area = line;
    area.setAlphaF(0.35);
    const QString swatch = QStringLiteral("<span style=\"color:%1\">%2</span> ");
    m_legend->setText(
        graph.memory.isEmpty()
            ? swatch.arg(line.name(), QStringLiteral("━")) + tr("CPU use, last 10 minutes").toHtmlEscaped()
            : swatch.arg(line.name(), QStringLiteral("━")) + tr("GPU use").toHtmlEscaped() +
                  QStringLiteral(" &nbsp; ") + swatch.arg(area.name(QColor::HexArgb), QStringLiteral("■")) +
                  tr("GPU memory, last 10 minutes").toHtmlEscaped());

    const QStringList recent = m_problems.value(m_name);
    m_recent->setText(recent.isEmpty() ? QString()
                                       : tr("Recent problems:") + QLatin1Char('\n') + recent.join(QLatin1Char('\n')));

    m_online = online;
    if (switched) {
        updateDiagnoseButton();
        showDiagnosis();
    }
    showDiagnosisStatus();
}

void RuntimeDetailsPane::showDiagnosis()
{
    m_steps->clear();
    const QList<StepResult> steps = m_diagnoses.value(m_name);
    for (const StepResult& step : steps) {
        auto* item = new QListWidgetItem(step.toText());
        item->setToolTip(plainToolTip(step.fix.isEmpty() ? step.detail : step.fix)); // may quote the runtime
        m_steps->addItem(item);
    }
    m_steps->setVisible(!steps.isEmpty());
    m_copyReport->setEnabled(!steps.isEmpty() && !m_diagnosing.contains(m_name));
}

// The step that failed, and its fix, in view: the doctor stops after it, but the list may be long.
QString RuntimeDetailsPane::firstFailure(const QString& name) const
{
    const QList<StepResult> steps = m_diagnoses.value(name);
    for (int row = 0; row < steps.size(); ++row)
        if (steps.at(row).outcome == StepResult::Outcome::Failed)
            return steps.at(row).fix.isEmpty() ? steps.at(row).title : steps.at(row).fix;
    return {};
}

void RuntimeDetailsPane::showDiagnosisStatus()
{
    if (m_diagnosing.contains(m_name)) {
        m_diagnosisStatus->setText(tr("Diagnosing…"));
        return;
    }
    if (!m_diagnosedAt.contains(m_name)) {
        m_diagnosisStatus->setText(
            tr("Diagnose checks each link from this computer to the runtime in order — cloudflared, Cloudflare, "
               "the tunnel, the runtime's SSH server, the login — and says which one is broken and how to fix it."));
        return;
    }
    const QString failure = firstFailure(m_name);
    const QDateTime at = m_diagnosedAt.value(m_name);
    if (!failure.isEmpty() && m_online && m_lastUpdate > at) {
        m_steps->setEnabled(false);
        m_diagnosisStatus->setText(
            tr("This report is from %1; the runtime is online now. Diagnose again for a current one.")
                .arg(at.time().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    m_steps->setEnabled(true);
    if (!failure.isEmpty())
        m_diagnosisStatus->setText(tr("Fix: %1").arg(failure));
    else
        m_diagnosisStatus->setText(m_diagnosisOk.value(m_name)
                                       ? tr("Every link works.")
                                       : tr("The diagnosis ended before every link was checked."));
}

void RuntimeDetailsPane::setChecking(const QString& name)
{
    m_checking = name;
    m_checkingSince = QDateTime::currentDateTime();
    m_checkingTimeout.start();
    if (name == m_name)
        m_state->setText(tr("Checking…"));
}

void RuntimeDetailsPane::updateDiagnoseButton()
{
    const bool running = m_diagnosing.contains(m_name);
    m_diagnose->setText(running ? tr("Cancel &diagnosis") : tr("&Diagnose"));
}

void RuntimeDetailsPane::clearDiagnosis(const QString& name)
{
    m_diagnosing.insert(name);
    m_diagnoses.remove(name);
    m_diagnosedAt.remove(name);
    m_diagnosisOk.remove(name);
    updateDiagnoseButton();
    if (name != m_name)
        return;
    showDiagnosis();
    showDiagnosisStatus();
}

void RuntimeDetailsPane::addDiagnosisStep(const QString& name, const StepResult& step)
{
    m_diagnoses[name] << step;
    if (name != m_name)
        return;
    auto* item = new QListWidgetItem(step.toText());
    item->setToolTip(plainToolTip(step.fix.isEmpty() ? step.detail : step.fix)); // may quote the runtime
    m_steps->addItem(item);
    m_steps->show();
    m_steps->scrollToItem(item);
}

void RuntimeDetailsPane::diagnosisFinished(const QString& name, bool ok)
{
    m_diagnosing.remove(name);
    m_diagnosedAt.insert(name, QDateTime::currentDateTime());
    m_diagnosisOk.insert(name, ok);
    if (name != m_name)
        return;
    updateDiagnoseButton();
    m_copyReport->setEnabled(true);
    showDiagnosisStatus();
    // Later steps were skipped: the broken one, with its fix, goes to the top of the list.
    const QList<StepResult> steps = m_diagnoses.value(name);
    for (int row = 0; row < steps.size() && row < m_steps->count(); ++row) {
        if (steps.at(row).outcome == StepResult::Outcome::Failed) {
            m_steps->setCurrentRow(row);
            m_steps->scrollToItem(m_steps->item(row), QAbstractItemView::PositionAtTop);
            break;
        }
    }
}

} // namespace colab
