// fastStringHash keys the models' hot indexes (std::unordered_map<QString, T, FastStringHash>),
// so strings that compare equal must hash equal, however they are stored.

#include "stringhash.h"

#include <QtTest>

#include <unordered_map>

using namespace imprint;

class TestStringHash : public QObject
{
    Q_OBJECT

private slots:
    // QString() == QString(""), so both are one key. The null string's view has no data:
    // hashing it once passed memcpy a null source (UBSan, in the IMPRINT_SANITIZE build).
    void nullAndEmptyStringsAreOneKey()
    {
        QCOMPARE(fastStringHash(QString()), fastStringHash(QStringLiteral("")));
        std::unordered_map<QString, int, FastStringHash> index;
        index[QString()] = 1;
        index[QStringLiteral("")] = 2;
        QCOMPARE(index.size(), size_t(1));
        QCOMPARE(index.at(QString()), 2);
    }

    // Every length around the 8-byte words and their tail (0..3 UTF-16 units left over).
    void equalTextHashesEquallyWhereverItIsStored()
    {
        const QString source = QStringLiteral("ins-0123456789abcdef-region");
        for (qsizetype length = 0; length <= 20; ++length) {
            const QStringView view = QStringView(source).mid(4, length);
            const QString copy = view.toString();
            QCOMPARE(fastStringHash(view), fastStringHash(copy));
            QCOMPARE(FastStringHash{}(copy), size_t(fastStringHash(view)));
        }
    }

    void oneUnitChangesTheHash()
    {
        const QString id = QStringLiteral("img-9f2c41ab");
        for (qsizetype i = 0; i < id.size(); ++i) {
            QString changed = id;
            changed[i] = QChar(changed.at(i).unicode() ^ 1);
            QVERIFY2(fastStringHash(changed) != fastStringHash(id), qPrintable(changed));
        }
        QVERIFY(fastStringHash(id) != fastStringHash(id.left(id.size() - 1)));
    }
};

QTEST_APPLESS_MAIN(TestStringHash)
#include "tst_stringhash.moc"
