#pragma once

#include <QStyledItemDelegate>

namespace imprint {

// Draws a cell's text as a link and reports a click on it, for per-row actions in a table
// ("Create instance") without a widget per row: 100 000 rows stay cheap.
class LinkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void linkActivated(const QModelIndex &index);
};

} // namespace imprint
