#pragma once

#include <QIconEngine>

namespace imprint {

// Draws one of Imprint's bundled SVG icons with its neutral strokes in the palette's text
// colour, so a single icon set reads on light and dark themes and follows a theme switch.
// Coloured accents (a green plus, a red stop square) stay as drawn. Needs only the SVG
// image-format plug-in at run time (libqt6svg6), not the Qt SVG module.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    // The colour the bundled files use for neutral strokes; replaced when drawn.
    static constexpr const char *NeutralColor = "#232629";

    explicit PaletteSvgIconEngine(QString resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // The colour neutral strokes get in this mode under the application palette.
    static QColor strokeColor(QIcon::Mode mode);

private:
    QString m_path;
};

} // namespace imprint
