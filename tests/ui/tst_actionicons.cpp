#include "actionicons.h"
#include "palettesvgiconengine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>
#include <QtTest>

using namespace imprint;

namespace {

const QList<ActionIcon> AllIcons{ActionIcon::CreateImage, ActionIcon::Launch,  ActionIcon::Copy,
                                 ActionIcon::Edit,        ActionIcon::Delete,  ActionIcon::Start,
                                 ActionIcon::Stop,        ActionIcon::Refresh, ActionIcon::Connect,
                                 ActionIcon::TopUp};

QImage render(const QIcon &icon, int side, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(side, side), mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Mean lightness (0..255) and count of the clearly drawn pixels.
std::pair<double, int> inkLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    return {count ? sum / count : 0, count};
}

int maxAlpha(const QImage &image)
{
    int alpha = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            alpha = qMax(alpha, image.pixelColor(x, y).alpha());
    return alpha;
}

QPalette paletteWithText(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(127, 127, 127));
    return palette;
}

} // namespace

class TestActionIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No desktop theme: the bundled icons are what is drawn.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString());
    }

    void everyIconIsBundledAndDrawn()
    {
        for (ActionIcon which : AllIcons) {
            QVERIFY2(QFile::exists(actionIconResource(which)),
                     qPrintable(actionIconResource(which)));
            const QIcon icon = actionIcon(which);
            QVERIFY(!icon.isNull());
            for (int side : {16, 24, 48}) {
                const QImage image = render(icon, side);
                QCOMPARE(image.size(), QSize(side, side));
                QVERIFY2(inkLightness(image).second > side / 2,
                         qPrintable(actionIconResource(which)));
            }
        }
    }

    void iconsAreDistinct()
    {
        // Launch and Start used to share one bitmap; every action now has its own drawing.
        QList<QImage> images;
        for (ActionIcon which : AllIcons)
            images << render(bundledActionIcon(which), 24);
        for (int i = 0; i < images.size(); ++i)
            for (int j = i + 1; j < images.size(); ++j)
                QVERIFY2(images[i] != images[j],
                         qPrintable(actionIconResource(AllIcons[i]) + QLatin1Char(' ') +
                                    actionIconResource(AllIcons[j])));
    }

    void strokesFollowThePalette()
    {
        const QPalette original = QGuiApplication::palette();
        QApplication::setPalette(paletteWithText(Qt::white, QColor(0x23, 0x26, 0x29)));
        const double onLight =
            inkLightness(render(bundledActionIcon(ActionIcon::Refresh), 48)).first;
        QApplication::setPalette(
            paletteWithText(QColor(0x2a, 0x2e, 0x32), QColor(0xef, 0xf0, 0xf1)));
        const double onDark =
            inkLightness(render(bundledActionIcon(ActionIcon::Refresh), 48)).first;
        QApplication::setPalette(original);
        QVERIFY2(onLight < 80, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
    }

    void disabledIconsFade()
    {
        const QIcon icon = bundledActionIcon(ActionIcon::Start);
        QVERIFY(maxAlpha(render(icon, 24, QIcon::Disabled)) < maxAlpha(render(icon, 24)) * 0.6);
    }

    void sharpOnHighDpiScreens()
    {
        const QPixmap pixmap = bundledActionIcon(ActionIcon::Copy).pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }

    void desktopThemeWinsWhereItHasTheIcon()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString theme = dir.filePath(QStringLiteral("testtheme"));
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/24x24/actions")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=testtheme\nDirectories=24x24/actions\n\n"
                    "[24x24/actions]\nSize=24\nType=Fixed\n");
        index.close();
        QImage red(24, 24, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + QStringLiteral("/24x24/actions/edit-copy.png")));

        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(QStringLiteral("testtheme"));
        const QImage copy = render(actionIcon(ActionIcon::Copy), 24);
        const QImage topUp = render(actionIcon(ActionIcon::TopUp), 24);
        QIcon::setThemeName(QString());
        QIcon::setThemeSearchPaths({});

        QCOMPARE(copy.pixelColor(12, 12), QColor(Qt::red));
        QCOMPARE(topUp, render(bundledActionIcon(ActionIcon::TopUp), 24));
    }
};

QTEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
