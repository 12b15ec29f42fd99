#include "tonedelegate.h"

namespace imprint {

ToneDelegate::ToneDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ThemeColors::Tone ToneDelegate::themeTone(ItemRoles::CellTone tone)
{
    switch (tone) {
    case ItemRoles::CellTone::Error:
        return ThemeColors::Tone::Error;
    case ItemRoles::CellTone::Warning:
        return ThemeColors::Tone::Warning;
    case ItemRoles::CellTone::Ok:
        return ThemeColors::Tone::Ok;
    }
    return ThemeColors::Tone::Ok;
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(ItemRoles::ToneRole);
    if (!tone.isValid())
        return;
    // On the view's background only: a selected row keeps the highlight's own text colour.
    const QColor color =
        ThemeColors::text(themeTone(ItemRoles::CellTone(tone.toInt())), option->palette);
    option->palette.setColor(QPalette::Text, color);
}

} // namespace imprint
