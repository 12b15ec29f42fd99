#include "themecolors.h"
#include "tonedelegate.h"

#include <QApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <algorithm>
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

// Opens initStyleOption() to the test: what the delegate hands the style to draw.
class ProbedToneDelegate : public ToneDelegate
{
public:
    QColor textColor(const QModelIndex &index, const QPalette &palette) const
    {
        QStyleOptionViewItem option;
        option.palette = palette;
        initStyleOption(&option, index);
        return option.palette.color(QPalette::Text);
    }
};

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

    // A model reports a tone (ItemRoles::ToneRole); the delegate draws it in ThemeColors' colour
    // for the palette in use, light or dark, and leaves other cells alone.
    void toneDelegateColoursByThePalette()
    {
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), QStringLiteral("6"));
        model.setData(model.index(0, 0), int(ItemRoles::CellTone::Error), ItemRoles::ToneRole);
        model.setData(model.index(0, 1), QStringLiteral("0"));
        const ProbedToneDelegate delegate;
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const QPalette &palette : {fusion->standardPalette(), darkPalette()}) {
            QCOMPARE(delegate.textColor(model.index(0, 0), palette),
                     ThemeColors::text(Tone::Error, palette));
            QCOMPARE(delegate.textColor(model.index(0, 1), palette), palette.color(QPalette::Text));
        }
        QCOMPARE(ToneDelegate::themeTone(ItemRoles::CellTone::Warning), Tone::Warning);
        QCOMPARE(ToneDelegate::themeTone(ItemRoles::CellTone::Ok), Tone::Ok);
    }

    // Colours come from ThemeColors (or palette roles), never from a literal in the ui or the
    // models: a literal is right on one palette and unreadable on another.
    void noHardCodedColoursOutsideThemeColors()
    {
        static const QRegularExpression literalColour(QStringLiteral(
            "QColor\\(\\s*(0x|\\d|\"|Qt::)|QColor::from(Rgb|Hsv|Hsl|String)|"
            "Qt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|"
            "darkMagenta|yellow|darkYellow|gray|darkGray|lightGray)\\b|"
            "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\b|\\brgba?\\("));
        // The one exception: the neutral stroke colour the bundled SVG files are drawn with,
        // which PaletteSvgIconEngine replaces by the palette's text colour (it is never shown).
        const QStringList allowed{QStringLiteral("NeutralColor = \"#232629\"")};
        QStringList found;
        int scanned = 0;
        for (const char *folder : {"ui", "models"}) {
            QDirIterator it(QStringLiteral(IMPRINT_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).baseName() == QLatin1String("themecolors"))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
                ++scanned;
                const QStringList lines =
                    QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    const QString &line = lines.at(i);
                    if (!literalColour.match(line).hasMatch())
                        continue;
                    if (std::any_of(allowed.begin(), allowed.end(),
                                    [&](const QString &a) { return line.contains(a); }))
                        continue;
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(i + 1)
                                 .arg(line.trimmed());
                }
            }
        }
        QVERIFY(scanned > 20);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("Pick colours in ui/themecolors (models report a "
                                           "tone, ItemRoles::ToneRole):\n") +
                            found.join(QLatin1Char('\n'))));
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
