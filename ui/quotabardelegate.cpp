#include "quotabardelegate.h"

#include "quotacostmodel.h"
#include "themecolors.h"

#include <QApplication>
#include <QPainter>

namespace imprint {

QuotaBarDelegate::QuotaBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

namespace {

ThemeColors::Tone toneOf(int level)
{
    switch (level) {
    case QuotaCostModel::QuotaFull:
        return ThemeColors::Tone::Error;
    case QuotaCostModel::QuotaWarning:
        return ThemeColors::Tone::Warning;
    default:
        return ThemeColors::Tone::Ok;
    }
}

} // namespace

QColor QuotaBarDelegate::levelColor(int level, const QPalette &palette)
{
    return ThemeColors::fill(toneOf(level), palette);
}

QColor QuotaBarDelegate::levelTextColor(int level, const QPalette &palette)
{
    return ThemeColors::textOnFill(toneOf(level), palette);
}

void QuotaBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant use = index.data(QuotaCostModel::QuotaUseRole);
    if (!use.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection background first, so the bar sits on the row like the other cells.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRect track = option.rect.adjusted(3, 4, -3, -4);
    if (track.width() <= 0 || track.height() <= 0)
        return;
    const double share = qBound(0.0, use.toDouble(), 1.0);
    const int level = index.data(QuotaCostModel::QuotaLevelRole).toInt();
    const QColor color = levelColor(level, option.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QColor trackColor = option.palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->fillRect(track, trackColor);
    QRect filled = track;
    filled.setWidth(qRound(track.width() * share));
    painter->fillRect(filled, color);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawRect(track.adjusted(0, 0, -1, -1));

    // The text in the colour that reads on most of what is under it.
    const bool onBar = share >= 0.5;
    painter->setPen(onBar ? levelTextColor(level, option.palette)
                          : option.palette.color(QPalette::Text));
    painter->drawText(track, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace imprint
