#pragma once

#include "ssh/ProbeResult.h"
#include "tunnels/Tunnel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace colab {

// The dashboard's rows: one per tunnel, with its live state from TunnelMonitor.
class TunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, HostnameColumn, GpuColumn, MemoryColumn, LatencyColumn, ColumnCount };

    explicit TunnelTableModel(QObject* parent = nullptr);

    void setTunnels(const QList<Tunnel>& tunnels);
    void setState(const QString& name, const ProbeResult& result);
    const Tunnel* tunnelAt(int row) const;
    ProbeResult stateOf(const QString& name) const { return m_states.value(name); }

    static QString stateLabel(ProbeResult::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Tunnel> m_tunnels;
    QHash<QString, ProbeResult> m_states;
};

} // namespace colab
