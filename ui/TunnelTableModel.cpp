#include "TunnelTableModel.h"

#include "Formatting.h"
#include "StateStyle.h"

#include <QGuiApplication>
#include <limits>

namespace colab {

TunnelTableModel::TunnelTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString TunnelTableModel::stateLabel(ProbeResult::State state)
{
    return ProbeResult::stateLabel(state);
}

QString TunnelTableModel::messageOf(const ProbeResult& state)
{
    if (state.state == ProbeResult::State::Online && state.runtime && !state.runtime->gpu.isEmpty())
        return tr("Online · %1").arg(state.runtime->gpuSummary());
    return state.message;
}

void TunnelTableModel::setTunnels(const QList<Tunnel>& tunnels)
{
    beginResetModel();
    m_tunnels = tunnels;
    endResetModel();
}

void TunnelTableModel::setState(const QString& name, const ProbeResult& result)
{
    m_states.insert(name, result);
    m_updated.insert(name, QDateTime::currentDateTime());
    for (int row = 0; row < m_tunnels.size(); ++row)
        if (m_tunnels.at(row).name == name)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TunnelTableModel::markChecked(const QString& name)
{
    m_updated.insert(name, QDateTime::currentDateTime());
    for (int row = 0; row < m_tunnels.size(); ++row)
        if (m_tunnels.at(row).name == name)
            emit dataChanged(index(row, NameColumn), index(row, NameColumn));
}

void TunnelTableModel::sampleArrived(const QString& name)
{
    for (int row = 0; row < m_tunnels.size(); ++row)
        if (m_tunnels.at(row).name == name)
            emit dataChanged(index(row, GpuColumn), index(row, MemoryColumn));
}

TunnelTableModel::Graph TunnelTableModel::graphOf(const QString& name) const
{
    Graph graph;
    if (!m_history)
        return graph;
    const QList<RuntimeSample> samples = m_history->samples(name);
    const bool hasGpu = !samples.isEmpty() && !samples.last().gpus.isEmpty();
    // At most one point per pixel of the small graph.
    const qsizetype step = qMax<qsizetype>(1, (samples.size() + 95) / 96);
    // Ends on the newest sample, whatever the step.
    for (qsizetype i = (samples.size() - 1) % step; i < samples.size(); i += step) {
        const RuntimeSample& sample = samples.at(i);
        if (hasGpu) {
            graph.utilization << sample.gpuUtilization().value_or(0.0);
            graph.memory << sample.gpuMemoryFraction().value_or(0.0);
        } else {
            graph.utilization << sample.cpuPct.value_or(0.0) / 100.0;
        }
    }
    return graph;
}

QString TunnelTableModel::activityText(const QString& name) const
{
    const RuntimeSample* latest = m_history ? m_history->latest(name) : nullptr;
    if (!latest)
        return {};
    if (latest->gpus.isEmpty())
        return latest->cpuPct ? tr("CPU %1 %").arg(*latest->cpuPct, 0, 'f', 0) : QString();
    return tr("%1 % · %2 %")
        .arg(qRound(latest->gpuUtilization().value_or(0.0) * 100))
        .arg(qRound(latest->gpuMemoryFraction().value_or(0.0) * 100));
}

QString TunnelTableModel::activityToolTip(const QString& name) const
{
    const RuntimeSample* latest = m_history ? m_history->latest(name) : nullptr;
    if (!latest)
        return tr("Live figures appear once the runtime is online.");
    const QString graph = latest->gpus.isEmpty()
                              ? tr("The line is CPU use over the last 10 minutes.")
                              : tr("The line is GPU use, the shaded area GPU memory, over the last 10 minutes.");
    return latest->summary() + QLatin1Char('\n') + graph;
}

const Tunnel* TunnelTableModel::tunnelAt(int row) const
{
    return row >= 0 && row < m_tunnels.size() ? &m_tunnels.at(row) : nullptr;
}

int TunnelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tunnels.size());
}

int TunnelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunnelTableModel::data(const QModelIndex& index, int role) const
{
    const Tunnel* tunnel = tunnelAt(index.row());
    if (!tunnel)
        return {};
    const ProbeResult state = m_states.value(tunnel->name);
    const std::optional<RuntimeFacts>& facts = state.runtime;
    const bool online = state.state == ProbeResult::State::Online;
    if (index.column() == ActivityColumn) {
        if (role == GraphRole)
            return online ? QVariant::fromValue(graphOf(tunnel->name)) : QVariant::fromValue(Graph{});
        if (role == Qt::DisplayRole)
            return online ? activityText(tunnel->name) : QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return online ? activityToolTip(tunnel->name) : QString();
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const QString message = messageOf(state);
        QString tip = message.isEmpty() ? tr("ssh %1").arg(tunnel->alias()) : message;
        if (!state.hostKeySha256.isEmpty())
            tip += QLatin1Char('\n') + tr("Host key: %1").arg(state.hostKeySha256);
        if (!state.tunnelStatus.isEmpty())
            tip += QLatin1Char('\n') + tr("Tunnel at Cloudflare: %1").arg(state.tunnelStatus);
        return tip;
    }
    if (index.column() == StatusColumn) {
        const StateStyle::Kind kind = StateStyle::kindOf(state.state);
        if (role == Qt::ForegroundRole)
            return StateStyle::color(kind, QGuiApplication::palette());
        if (role == Qt::DecorationRole)
            return StateStyle::icon(kind);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            return int(StateStyle::kindOf(state.state)) * 100 + int(state.state);
        case LatencyColumn:
            return online ? state.latencyMs : std::numeric_limits<qint64>::max();
        case MemoryColumn:
            return online && facts && facts->ramAvailableMib ? *facts->ramAvailableMib : -1;
        case ActivityColumn:
            return {};
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return tunnel->name;
    case StatusColumn:
        return stateLabel(state.state);
    case HostnameColumn:
        return tunnel->hostname;
    case GpuColumn:
        return facts && online ? facts->gpuSummary() : QString();
    case MemoryColumn: // offline, the last figures are no longer true
        if (online && facts && facts->ramTotalMib && facts->ramAvailableMib)
            return tr("%1 free of %2")
                .arg(formatMebibytes(*facts->ramAvailableMib), formatMebibytes(*facts->ramTotalMib));
        return {};
    case LatencyColumn:
        return state.latencyMs >= 0 && online ? tr("%1 ms").arg(state.latencyMs) : QString();
    default:
        return {};
    }
}

QVariant TunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case HostnameColumn:
        return tr("Hostname");
    case GpuColumn:
        return tr("GPU");
    case ActivityColumn:
        return tr("Activity");
    case MemoryColumn:
        return tr("RAM");
    case LatencyColumn:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace colab
