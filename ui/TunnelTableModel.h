#pragma once

#include "tunnels/Tunnel.h"

#include <QAbstractTableModel>
#include <QList>

namespace colab {

// The dashboard's rows: one per tunnel.
class TunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, HostnameColumn, KindColumn, StatusColumn, ColumnCount };

    explicit TunnelTableModel(QObject* parent = nullptr);

    void setTunnels(const QList<Tunnel>& tunnels);
    const Tunnel* tunnelAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Tunnel> m_tunnels;
};

} // namespace colab
