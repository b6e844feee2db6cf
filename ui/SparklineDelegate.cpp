#include "SparklineDelegate.h"

#include "TunnelTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace colab {

namespace {
constexpr int kGraphWidth = 96;

QPainterPath pathOf(const QList<double>& values, const QRectF& area, bool closed)
{
    QPainterPath path;
    if (values.isEmpty())
        return path;
    const double step = values.size() > 1 ? area.width() / double(values.size() - 1) : 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF point(area.left() + step * double(i),
                            area.bottom() - qBound(0.0, values.at(i), 1.0) * area.height());
        if (i == 0) {
            if (closed)
                path.moveTo(area.left(), area.bottom());
            closed ? path.lineTo(point) : path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    if (closed) {
        path.lineTo(area.left() + step * double(values.size() - 1), area.bottom());
        path.closeSubpath();
    }
    return path;
}
} // namespace

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const TunnelTableModel::Graph graph = index.data(TunnelTableModel::GraphRole).value<TunnelTableModel::Graph>();
    if (graph.utilization.isEmpty() && graph.memory.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(option.rect).adjusted(4, 4, 0, -4);
    const QRectF plot(area.left(), area.top(), qMin<qreal>(kGraphWidth, area.width() * 0.6), area.height());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    drawGraph(painter, plot, graph, palette, selected);
    painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
    const QRectF label(plot.right() + 6, option.rect.top(), option.rect.right() - plot.right() - 6,
                       option.rect.height());
    painter->drawText(label, Qt::AlignVCenter | Qt::AlignLeft, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

void SparklineDelegate::drawGraph(QPainter* painter, const QRectF& plot, const TunnelTableModel::Graph& graph,
                                  const QPalette& palette, bool selected)
{
    QColor memory = selected ? palette.highlightedText().color() : palette.link().color();
    memory.setAlphaF(0.25);
    painter->fillPath(pathOf(graph.memory, plot, true), memory);
    painter->setPen(QPen(selected ? palette.highlightedText().color() : palette.link().color(), 1.5));
    painter->drawPath(pathOf(graph.utilization, plot, false));
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {kGraphWidth + 12 + option.fontMetrics.horizontalAdvance(QStringLiteral("100 % · 100 %")), text.height()};
}

} // namespace colab
