#include "palettesvgiconengine.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

namespace imprint {

PaletteSvgIconEngine::PaletteSvgIconEngine(QString resourcePath)
    : m_path(std::move(resourcePath))
{}

QColor PaletteSvgIconEngine::strokeColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QPixmap PaletteSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                           qreal scale)
{
    Q_UNUSED(state)
    // QIcon asks for `size` in device pixels already; `scale` only labels the result.
    const QSize pixels = size;
    if (pixels.isEmpty())
        return {};
    const QColor stroke = strokeColor(mode);
    const QString cacheKey = QStringLiteral("imprint-icon:%1:%2x%3:%4:%5")
                                 .arg(m_path)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(stroke.name(QColor::HexArgb))
                                 .arg(int(mode));
    QPixmap cached;
    if (!QPixmapCache::find(cacheKey, &cached)) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray svg = file.readAll();
        svg.replace(NeutralColor, stroke.name(QColor::HexRgb).toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(pixels);
        QImage image = reader.read();
        if (image.isNull())
            return {};
        // Disabled actions fade as a whole, accents included, as the desktop's own icons do.
        if (mode == QIcon::Disabled) {
            QImage faded(image.size(), QImage::Format_ARGB32_Premultiplied);
            faded.fill(Qt::transparent);
            QPainter painter(&faded);
            painter.setOpacity(0.45);
            painter.drawImage(0, 0, image);
            painter.end();
            image = faded;
        }
        cached = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, cached);
    }
    cached.setDevicePixelRatio(scale);
    return cached;
}

QPixmap PaletteSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

void PaletteSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                 QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
}

QSize PaletteSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // Scalable and square: as large as fits.
    const int side = qMin(size.width(), size.height());
    return {side, side};
}

QIconEngine *PaletteSvgIconEngine::clone() const
{
    return new PaletteSvgIconEngine(m_path);
}

QString PaletteSvgIconEngine::key() const
{
    return QStringLiteral("imprint-palette-svg");
}

bool PaletteSvgIconEngine::isNull()
{
    return !QFile::exists(m_path);
}

} // namespace imprint
