#include "themecolors.h"

#include <QWidget>

#include <cmath>

namespace imprint::ThemeColors {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x54, 0x00);
    case Tone::Ok:
        return dark ? QColor(0x8b, 0xd4, 0x8f) : QColor(0x1b, 0x6e, 0x20);
    }
    return palette.color(QPalette::WindowText);
}

QColor fill(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xe5, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb3, 0x00) : QColor(0xe6, 0x9b, 0x00);
    case Tone::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    }
    return palette.color(QPalette::Highlight);
}

QColor textOnFill(Tone tone, const QPalette &palette)
{
    // Whichever of black and white stands out more from the fill.
    const QColor background = fill(tone, palette);
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

QColor banner(Tone tone, const QPalette &palette)
{
    return mix(fill(tone, palette), palette.color(QPalette::Window), isDark(palette) ? 0.22 : 0.14);
}

QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.68);
}

QColor product(Product product, const QPalette &palette)
{
    QColor color;
    switch (product) {
    case Product::Lighthouse:
        color = QColor(0x00, 0x6e, 0xff);
        break;
    case Product::Cvm:
        color = QColor(0x00, 0x98, 0x9a);
        break;
    case Product::UHost:
        color = QColor(0x7b, 0x4f, 0xc9);
        break;
    case Product::Ecs:
        color = QColor(0xe0, 0x5d, 0x00);
        break;
    }
    return isDark(palette) ? color.lighter(135) : color;
}

namespace {

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        palette.setColor(role, color);
    widget->setPalette(palette);
}

} // namespace

void setTextTone(QWidget *widget, Tone tone)
{
    setTextColor(widget, text(tone, widget->palette()));
}

void setMutedText(QWidget *widget)
{
    setTextColor(widget, muted(widget->palette()));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString css(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace imprint::ThemeColors
