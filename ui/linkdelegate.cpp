#include "linkdelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace imprint {

void LinkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem link = option;
    initStyleOption(&link, index);
    if (!link.text.isEmpty()) {
        link.font.setUnderline(true);
        const QPalette::ColorRole role =
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Link;
        link.palette.setColor(QPalette::Text, option.palette.color(role));
    }
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &link, painter, link.widget);
}

bool LinkDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
        !index.data(Qt::DisplayRole).toString().isEmpty()) {
        emit linkActivated(index);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace imprint
