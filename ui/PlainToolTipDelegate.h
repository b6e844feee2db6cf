#pragma once

#include <QStyledItemDelegate>

namespace colab {

// An item delegate whose tooltips show the model's Qt::ToolTipRole as plain text: a runtime's
// message may quote the network (an SSH banner, cloudflared, a GPU name), and Qt would render one
// that looks like markup as rich text, links and all.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace colab
