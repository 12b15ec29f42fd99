#pragma once

#include "product.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace imprint {

// The one place that picks colours Imprint adds to the palette: state colours (error, warning,
// fine), secondary text and one colour per product for charts. Each reads on the palette it is
// given, light or dark (WCAG contrast 4.5:1 for text); everything else uses palette roles.
// A state is never told by one of these colours alone: the text says it too.
namespace ThemeColors {

enum class Tone { Error, Warning, Ok };

// A dark palette: the window is darker than its text.
bool isDark(const QPalette &palette);
// Text in that state, on the window or view background.
QColor text(Tone tone, const QPalette &palette);
// A filled bar or badge in that state, and the text drawn on it.
QColor fill(Tone tone, const QPalette &palette);
QColor textOnFill(Tone tone, const QPalette &palette);
// A banner's background tinted with the state; WindowText reads on it.
QColor banner(Tone tone, const QPalette &palette);
// Secondary text (hints, field names): quieter than WindowText, still readable.
QColor muted(const QPalette &palette);
// A chart series per product; lighter on a dark palette.
QColor product(Product product, const QPalette &palette);

// Gives a label (or any widget) text in that state's colour, or the muted colour, through its
// palette instead of a style sheet.
void setTextTone(QWidget *widget, Tone tone);
void setMutedText(QWidget *widget);

// The WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);
// "color: #rrggbb" for a style sheet or HTML span.
QString css(const QColor &color);

} // namespace ThemeColors
} // namespace imprint
