#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace imprint {

// Paints a quota-use cell as a bar: the filled share is QuotaCostModel::QuotaUseRole (0..1),
// its colour follows QuotaLevelRole (ThemeColors: fine below 80 %, warning from 80 %, error
// when full). The cell's text ("85%") is drawn over it, so the level never rests on colour.
class QuotaBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QuotaBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The bar colour of a QuotaCostModel::QuotaLevel on `palette` (charts use the same ones),
    // and the text colour that reads on it.
    static QColor levelColor(int level, const QPalette &palette);
    static QColor levelTextColor(int level, const QPalette &palette);
};

} // namespace imprint
