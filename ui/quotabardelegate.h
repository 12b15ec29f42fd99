#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace imprint {

// Paints a quota-use cell as a bar: the filled share is QuotaCostModel::QuotaUseRole (0..1),
// its colour follows QuotaLevelRole: the palette's highlight below 80 %, amber from 80 %, red
// when the quota is full. The cell's text ("85%") is drawn over it.
class QuotaBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QuotaBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The bar colour of a QuotaCostModel::QuotaLevel (charts use the same ones).
    static QColor levelColor(int level);
};

} // namespace imprint
