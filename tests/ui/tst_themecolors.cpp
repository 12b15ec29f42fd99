#include "themecolors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <memory>

using namespace imprint;
using ThemeColors::Tone;

namespace {

// A dark palette as desktop dark themes (Breeze Dark, Adwaita-dark) set it.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

} // namespace

class TestThemeColors : public QObject
{
    Q_OBJECT

private slots:
    void readable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QTest::newRow("Fusion light") << fusion->standardPalette() << false;
        QTest::newRow("white") << QPalette(Qt::black, Qt::white, Qt::white, Qt::gray, Qt::gray,
                                           Qt::black, Qt::white)
                               << false;
        QTest::newRow("Breeze-like dark") << darkPalette() << true;
        QTest::newRow("black") << QPalette(Qt::white, Qt::black, Qt::black, Qt::gray, Qt::gray,
                                           Qt::white, Qt::black)
                               << true;
    }

    void readable()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(ThemeColors::isDark(palette), dark);
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Ok}) {
            const QColor text = ThemeColors::text(tone, palette);
            QVERIFY2(ThemeColors::contrast(text, window) >= 4.5, qPrintable(text.name()));
            QVERIFY2(ThemeColors::contrast(text, base) >= 4.5, qPrintable(text.name()));
            const QColor fill = ThemeColors::fill(tone, palette);
            QVERIFY2(ThemeColors::contrast(ThemeColors::textOnFill(tone, palette), fill) >= 4.5,
                     qPrintable(fill.name()));
            // A banner keeps the window's own text readable.
            QVERIFY(ThemeColors::contrast(palette.color(QPalette::WindowText),
                                          ThemeColors::banner(tone, palette)) >= 4.5);
        }
        const QColor muted = ThemeColors::muted(palette);
        QVERIFY2(ThemeColors::contrast(muted, window) >= 4.5, qPrintable(muted.name()));
        // Quieter than the normal text, though.
        QVERIFY(ThemeColors::contrast(muted, window) <
                ThemeColors::contrast(palette.color(QPalette::WindowText), window));
        // Chart series stand out from the chart's background (3:1 for graphics).
        for (Product product : {Product::Lighthouse, Product::Cvm, Product::UHost, Product::Ecs})
            QVERIFY(ThemeColors::contrast(ThemeColors::product(product, palette), base) >= 3.0);
    }

    void contrastIsTheWcagRatio()
    {
        QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ThemeColors::contrast(Qt::red, Qt::red), 1.0);
        QVERIFY(qAbs(ThemeColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
