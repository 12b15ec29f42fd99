// JsonWriter against QJsonDocument: the same bytes for every character class and number kind,
// commas in nested structures, and ApiFields' two forms giving the same envelope.

#include "apienvelope.h"
#include "apifields.h"
#include "cvmapimapper.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace imprint;

namespace {

QByteArray writtenString(const QString &text)
{
    JsonWriter w;
    w.beginArray().string(text).endArray();
    return w.take();
}

QByteArray qtString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
}

QByteArray writtenValue(const QJsonValue &value)
{
    JsonWriter w;
    w.beginArray().value(value).endArray();
    return w.take();
}

QByteArray qtValue(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesLikeQt_data();
    void escapesLikeQt();
    void escapesExactly();
    void latin1StringsAreUtf8();
    void numbersLikeQt_data();
    void numbersLikeQt();
    void nestedCommas();
    void membersOfWrittenAndObjectForms();
    void apiFieldsFormsGiveTheSameEnvelope();
    void describeImagesBytesAreTheObjectsBytes();
};

void TestJsonWriter::escapesLikeQt_data()
{
    QTest::addColumn<QString>("text");
    QString ascii;
    for (char16_t c = 0; c < 0x80; ++c)
        ascii.append(QChar(c));
    QTest::newRow("every ASCII character") << ascii;
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" \ C:\path\)");
    QTest::newRow("two-byte UTF-8") << QStringLiteral("café ß ÿ ©");
    QTest::newRow("three-byte UTF-8") << QStringLiteral("镜像 広州 €");
    QTest::newRow("surrogate pair") << QString::fromUtf8("x \xF0\x9F\x98\x80 y");
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + u'b');
    QTest::newRow("lone low surrogate at the end") << (QStringLiteral("a") + QChar(0xde00));
    QTest::newRow("DEL and C1 controls") << (QString(QChar(0x7f)) + QChar(0x85) + QChar(0x9f));
    QTest::newRow("U+2028 and U+FFFF") << (QString(QChar(0x2028)) + QChar(0xffff));
}

void TestJsonWriter::escapesLikeQt()
{
    QFETCH(QString, text);
    QCOMPARE(writtenString(text), qtString(text));
    // And the text comes back.
    QCOMPARE(QJsonDocument::fromJson(writtenString(text)).array().at(0).toString(),
             QJsonDocument::fromJson(qtString(text)).array().at(0).toString());
}

void TestJsonWriter::escapesExactly()
{
    QCOMPARE(writtenString(QStringLiteral("a\"b\\c\nd\te\r\b\f") + QChar(1) + QChar(0x1f)),
             QByteArray(R"(["a\"b\\c\nd\te\r\b\f\u0001\u001f"])"));
    QCOMPARE(writtenString(QStringLiteral("é")), QByteArray("[\"\xC3\xA9\"]"));
    QCOMPARE(writtenString(QString(QChar(0xd800))), QByteArray(R"(["\ud800"])"));
}

void TestJsonWriter::latin1StringsAreUtf8()
{
    JsonWriter w;
    w.beginObject().key("k\"").string(QLatin1String("caf\xe9\n")).endObject();
    QCOMPARE(w.take(), QByteArray("{\"k\\\"\":\"caf\xC3\xA9\\n\"}"));
}

void TestJsonWriter::numbersLikeQt_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("negative int") << QJsonValue(-42);
    QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min());
    QTest::newRow("half") << QJsonValue(0.5);
    QTest::newRow("integral double") << QJsonValue(2.0);
    QTest::newRow("1e15 as double") << QJsonValue(1e15);
    QTest::newRow("1e300") << QJsonValue(1e300);
    QTest::newRow("tiny") << QJsonValue(-1.25e-7);
    QTest::newRow("third") << QJsonValue(1.0 / 3.0);
    QTest::newRow("NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity());
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("nested") << QJsonValue(
        QJsonObject{{QStringLiteral("b"), QJsonArray{1, 2.5, QStringLiteral("x"), QJsonObject()}},
                    {QStringLiteral("a"), QJsonArray()}});
}

void TestJsonWriter::numbersLikeQt()
{
    QFETCH(QJsonValue, value);
    QCOMPARE(writtenValue(value), qtValue(value));
}

void TestJsonWriter::nestedCommas()
{
    JsonWriter w;
    w.beginObject();
    w.key("a").beginArray().integer(1).beginObject().endObject().beginArray().endArray().null();
    w.endArray();
    w.key("b").beginObject().key("c").boolean(false).key("d").number(1.5).endObject();
    w.key(QStringLiteral("e")).string(QStringLiteral("f"));
    w.endObject();
    QCOMPARE(w.json(), QByteArray(R"({"a":[1,{},[],null],"b":{"c":false,"d":1.5},"e":"f"})"));
    QCOMPARE(w.take(), QByteArray(R"({"a":[1,{},[],null],"b":{"c":false,"d":1.5},"e":"f"})"));
    QVERIFY(w.json().isEmpty());
    w.beginArray().endArray(); // a taken writer starts afresh: no comma first
    QCOMPARE(w.take(), QByteArray("[]"));
}

void TestJsonWriter::membersOfWrittenAndObjectForms()
{
    const QJsonObject object{{QStringLiteral("x"), 1}, {QStringLiteral("w"), QStringLiteral("\"")}};
    JsonWriter w;
    w.beginObject().key("first").integer(0);
    w.members(QByteArrayView("{}"));
    w.members(QByteArrayView(R"({"m":[1,2],"n":"}"})"));
    w.members(object);
    w.members(QJsonObject());
    w.key("last").integer(9).endObject();
    QCOMPARE(w.take(), QByteArray(R"({"first":0,"m":[1,2],"n":"}","w":"\"","x":1,"last":9})"));

    JsonWriter leading;
    leading.beginObject().members(QByteArrayView(R"({"a":1})")).key("b").integer(2).endObject();
    QCOMPARE(leading.take(), QByteArray(R"({"a":1,"b":2})"));
}

void TestJsonWriter::apiFieldsFormsGiveTheSameEnvelope()
{
    const QJsonObject object{{QStringLiteral("TotalCount"), 2},
                             {QStringLiteral("ImageSet"), QJsonArray{QStringLiteral("a")}}};
    const ApiFields built(object);
    const ApiFields written =
        ApiFields::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QCOMPARE(built.toObject(), object);
    QCOMPARE(written.toObject(), object);
    const QString id = QStringLiteral("0c5f-\"id\"");
    const QByteArray expected = R"({"Response":{"ImageSet":["a"],"TotalCount":2,)"
                                R"("RequestId":"0c5f-\"id\""}})";
    QCOMPARE(ApiEnvelope::successJson(built, id), expected);
    QCOMPARE(ApiEnvelope::successJson(written, id), expected);
    QCOMPARE(ApiEnvelope::success(object, id).toJson(), expected);
    QCOMPARE(ApiEnvelope::successJson(ApiFields(), id),
             QByteArray(R"({"Response":{"RequestId":"0c5f-\"id\""}})"));
}

// The written ImageSet keeps a QJsonObject's key order: its bytes are the object's.
void TestJsonWriter::describeImagesBytesAreTheObjectsBytes()
{
    Image m;
    m.product = Product::Cvm;
    m.regionId = QStringLiteral("ap-guangzhou");
    m.id = QStringLiteral("img-1");
    m.name = QStringLiteral("web \"golden\" 镜像");
    m.description = QStringLiteral("line\nbreak");
    m.osName = QStringLiteral("Ubuntu Server 22.04 LTS 64bit");
    m.osType = OsType::Linux;
    m.state = ImageState::Creating;
    m.progress = 40;
    m.systemDiskGiB = 50;
    m.systemSnapshotId = QStringLiteral("snap-s");
    m.dataDisks = {{QStringLiteral("snap-d"), 100}};
    m.tags = {{QStringLiteral("team"), QStringLiteral("web")}};
    m.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    Image bare = m;
    bare.createdAt = QDateTime();
    bare.progress = 0;
    bare.systemSnapshotId.clear();
    bare.dataDisks.clear();
    bare.tags.clear();
    Page<Image> page;
    page.items = {m, bare};
    page.totalCount = 7;

    const ApiFields written = CvmApiMapper::writeDescribeImagesResponse(page);
    JsonWriter w;
    w.beginObject();
    written.writeMembers(w);
    w.endObject();
    QCOMPARE(w.take(), QJsonDocument(written.toObject()).toJson(QJsonDocument::Compact));
    const QJsonObject first =
        written.toObject().value(QStringLiteral("ImageSet")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("ImageName")).toString(), m.name);
    QCOMPARE(first.value(QStringLiteral("CreatedTime")).toString(),
             QStringLiteral("2026-01-02T03:04:05Z"));
    QCOMPARE(written.toObject().value(QStringLiteral("TotalCount")).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
