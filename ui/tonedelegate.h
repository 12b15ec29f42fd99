#pragma once

#include "itemroles.h"
#include "themecolors.h"

#include <QStyledItemDelegate>

namespace imprint {

// Draws a cell's text in the colour of the tone its model reports (ItemRoles::ToneRole), picked
// by ThemeColors for the palette in use, so a model never names a colour and the text reads on
// light and dark themes alike. Cells without a tone are drawn as usual.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ToneDelegate(QObject *parent = nullptr);

    // The ThemeColors tone of a model's cell tone.
    static ThemeColors::Tone themeTone(ItemRoles::CellTone tone);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace imprint
