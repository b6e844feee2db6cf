#pragma once

#include "monitor/SampleHistory.h"
#include "ssh/ProbeResult.h"
#include "tunnels/Tunnel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace colab {

// The dashboard's rows: one per tunnel, with its live state from TunnelMonitor.
class TunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        HostnameColumn,
        GpuColumn,
        ActivityColumn,
        MemoryColumn,
        LatencyColumn,
        ColumnCount
    };
    // ActivityColumn: the live graph's points, each in [0, 1], oldest first.
    // SortRole: what the column sorts by (numbers as numbers, states by how much they need the user).
    enum Role { GraphRole = Qt::UserRole + 1, SortRole };
    struct Graph
    {
        QList<double> utilization; // GPU busy (CPU on a runtime without a GPU)
        QList<double> memory;      // GPU memory used (empty without a GPU)
    };

    explicit TunnelTableModel(QObject* parent = nullptr);

    void setTunnels(const QList<Tunnel>& tunnels);
    void setState(const QString& name, const ProbeResult& result);
    // Where the live samples are kept (the service's); the activity column reads it.
    void setHistory(const SampleHistory* history) { m_history = history; }
    void sampleArrived(const QString& name);
    // A check of `name` ended without changing its state: it was last checked now.
    void markChecked(const QString& name);
    const Tunnel* tunnelAt(int row) const;
    ProbeResult stateOf(const QString& name) const { return m_states.value(name); }

    static QString stateLabel(ProbeResult::State state);
    // The state's one line; online, with the GPU figures as the latest sample has them (the probe's
    // own line keeps those of its moment).
    static QString messageOf(const ProbeResult& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Graph graphOf(const QString& name) const;
    // When the latest state of `name` arrived (the details pane's "last checked").
    QDateTime lastUpdate(const QString& name) const { return m_updated.value(name); }

private:
    QString activityText(const QString& name) const;
    QString activityToolTip(const QString& name) const;

    const SampleHistory* m_history = nullptr;
    QList<Tunnel> m_tunnels;
    QHash<QString, ProbeResult> m_states;
    QHash<QString, QDateTime> m_updated;
};

} // namespace colab

Q_DECLARE_METATYPE(colab::TunnelTableModel::Graph)
