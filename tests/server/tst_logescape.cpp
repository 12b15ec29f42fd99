// Log injection (issue 16, defect 7): what a client controls cannot forge, colour or shift a
// line of imprint-sim's log.

#include "logescape.h"

#include <QTest>

using namespace imprint;

class TestLogEscape : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersBecomeVisible()
    {
        QCOMPARE(escapedForLog(u"DescribeImages"), QStringLiteral("DescribeImages"));
        QCOMPARE(escapedForLog(u"a\r\nb"), QStringLiteral("a\\x0d\\x0ab"));
        QCOMPARE(escapedForLog(u"\x1b[31mred"), QStringLiteral("\\x1b[31mred"));
        QCOMPARE(escapedForLog(u"two words"), QStringLiteral("two\\x20words"));
        QCOMPARE(escapedForLog(u"back\\slash"), QStringLiteral("back\\x5cslash"));
        QCOMPARE(escapedForLog(u"\x7f"), QStringLiteral("\\x7f"));
        // Readable scripts stay readable; invisible format characters do not hide.
        QCOMPARE(escapedForLog(u"广州"), QStringLiteral("广州"));
        QCOMPARE(escapedForLog(u"a\u202eb"), QStringLiteral("a\\u{202e}b"));
        QCOMPARE(escapedForLog(u"a\u2028b"), QStringLiteral("a\\u{2028}b"));
    }

    void nothingUnsafeSurvives()
    {
        QString all;
        for (char16_t c = 0; c < 0x100; ++c)
            all += QChar(c);
        const QString out = escapedForLog(all, 1000);
        for (QChar c : out)
            QVERIFY2(c.unicode() > 0x20 && c.unicode() != 0x7f &&
                         !(c.unicode() >= 0x80 && c.unicode() < 0xa0),
                     qPrintable(QString::number(c.unicode(), 16)));
    }

    void longTextIsCut()
    {
        QCOMPARE(escapedForLog(QString(500, QLatin1Char('a')), 10),
                 QString(10, QLatin1Char('a')) + QStringLiteral("..."));
    }

    // The appending form writes what the escaping form gives, plain field or not, after what
    // the line already holds.
    void appendingGivesTheSameBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::newRow("plain") << QStringLiteral("DescribeImages") << 128;
        QTest::newRow("control") << QStringLiteral("a\r\nb") << 128;
        QTest::newRow("space") << QStringLiteral("two words") << 128;
        QTest::newRow("backslash") << QStringLiteral("back\\slash") << 128;
        QTest::newRow("script") << QStringLiteral("广州") << 128;
        QTest::newRow("plain but long") << QString(20, QLatin1Char('a')) << 10;
        QTest::newRow("plain at the limit") << QString(10, QLatin1Char('a')) << 10;
    }

    void appendingGivesTheSameBytes()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QByteArray line = "2026-01-01T00:00:00.000Z";
        appendEscapedForLog(line, text, maxLength);
        QCOMPARE(line, "2026-01-01T00:00:00.000Z" + escapedForLog(text, maxLength).toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestLogEscape)
#include "tst_logescape.moc"
