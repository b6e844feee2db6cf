#include "TunnelTableModel.h"

namespace colab {

TunnelTableModel::TunnelTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TunnelTableModel::setTunnels(const QList<Tunnel>& tunnels)
{
    beginResetModel();
    m_tunnels = tunnels;
    endResetModel();
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
    if (!tunnel || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole ? tr("ssh %1").arg(tunnel->alias()) : tunnel->name;
    case HostnameColumn:
        return tunnel->hostname;
    case KindColumn:
        return tunnel->kind == Tunnel::Kind::Quick ? tr("Quick tunnel") : tr("Own domain");
    case StatusColumn:
        return tr("Not checked yet");
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
    case HostnameColumn:
        return tr("Hostname");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace colab
