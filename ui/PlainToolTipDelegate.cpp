#include "PlainToolTipDelegate.h"

#include "Formatting.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace colab {

bool PlainToolTipDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    // Empty hides the tooltip, as Qt's own delegate does.
    QToolTip::showText(event->globalPos(), plainToolTip(text), view->viewport(),
                       index.isValid() ? view->visualRect(index) : QRect());
    event->setAccepted(!text.isEmpty());
    return event->isAccepted();
}

} // namespace colab
