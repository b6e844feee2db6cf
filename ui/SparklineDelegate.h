#pragma once

#include "PlainToolTipDelegate.h"
#include "TunnelTableModel.h"

namespace colab {

// Paints the activity column: GPU utilisation (a line) and GPU memory (a filled area) over the
// last minutes, from TunnelTableModel::GraphRole, with the current figures as text beside it (so
// the state is never told by colour alone). Its tooltip is plain text, like the other columns'.
class SparklineDelegate : public PlainToolTipDelegate
{
    Q_OBJECT
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The graph alone (also the details pane's larger one).
    static void drawGraph(QPainter* painter, const QRectF& plot, const TunnelTableModel::Graph& graph,
                          const QPalette& palette, bool selected);
};

} // namespace colab
