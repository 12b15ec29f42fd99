// The small wire pieces: times, enumerated strings, headers, hosts, the parameter reader,
// paging and filters, money.

#include "apiresponses.h"
#include "apitime.h"
#include "httpheaders.h"
#include "jsonparams.h"
#include "listquerycodec.h"
#include "tencentservice.h"
#include "wireenums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

ListQueryRules cvmLikeRules()
{
    ListQueryRules r;
    r.idsKey = QStringLiteral("ImageIds");
    r.filterNames = {QStringLiteral("image-type"), QStringLiteral("tag:")};
    r.maxValuesPerFilter = 5;
    r.rangeCode = QStringLiteral("InvalidParameterValue.LimitExceeded");
    r.unknownFilterCode = QStringLiteral("InvalidFilter");
    r.malformedFilterCode = QStringLiteral("InvalidFilter");
    r.filterLimitCode = QStringLiteral("InvalidFilterValue.LimitExceeded");
    r.conflictCode = QStringLiteral("InvalidParameter.InvalidParameterCoexistImageIdsFilters");
    return r;
}

} // namespace

class TestWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void timeWritesUtcWithZ();
    void utcTextIsWhatQDateTimeWrites_data();
    void utcTextIsWhatQDateTimeWrites();
    void timeReadsZAndOffsets_data();
    void timeReadsZAndOffsets();
    void timeNullWhenInvalid();
    void imageStatesBothWays();
    void blueprintStatesBothWays();
    void unknownStatesAreBusy();
    void instanceStatesBothWays();
    void documentedInstanceStatesLandSomewhereSensible();
    void chargeAndDiskTypes();
    void platforms();
    void headersAreCaseInsensitive();
    void servicesAndHosts_data();
    void servicesAndHosts();
    void paramsRefuseWithTheRightCode_data();
    void paramsRefuseWithTheRightCode();
    void paramsFirstFailureWins();
    void paramsIntegersAreNeverNarrowedOutOfRange_data();
    void paramsIntegersAreNeverNarrowedOutOfRange();
    void paramsCountCodePoints();
    void paramsInResponseModeReportAnUnreadableAnswer();
    void listQueryRoundTrip();
    void listQueryDefaults();
    void listQueryRefusals_data();
    void listQueryRefusals();
    void money();
};

void TestWireFormat::timeWritesUtcWithZ()
{
    const QDateTime t(QDate(2020, 9, 22), QTime(8, 30, 5, 123), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(ApiTime::toWire(t), QStringLiteral("2020-09-22T00:30:05Z"));
}

void TestWireFormat::utcTextIsWhatQDateTimeWrites_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("UTC+8") << QDateTime(QDate(2020, 9, 22), QTime(8, 30, 5, 123), Qt::OffsetFromUTC,
                                        8 * 3600);
    QTest::newRow("midnight") << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("last millisecond")
        << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("early milliseconds")
        << QDateTime(QDate(2026, 12, 3), QTime(9, 5, 7, 8), Qt::UTC);
    QTest::newRow("year 1000") << QDateTime(QDate(1000, 3, 4), QTime(5, 6, 7, 80), Qt::UTC);
    QTest::newRow("year 999") << QDateTime(QDate(999, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QTest::newRow("year 12345") << QDateTime(QDate(12345, 3, 4), QTime(5, 6, 7), Qt::UTC);
}

void TestWireFormat::utcTextIsWhatQDateTimeWrites()
{
    QFETCH(QDateTime, time);
    using P = ApiTime::Precision;
    const QDateTime utc = time.toUTC();
    QCOMPARE(ApiTime::utcText(time, P::Day), utc.date().toString(Qt::ISODate).toLatin1());
    QCOMPARE(ApiTime::utcText(time, P::Second),
             (utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z')).toLatin1());
    QCOMPARE(ApiTime::utcText(time, P::Millisecond), utc.toString(Qt::ISODateWithMs).toLatin1());
    QCOMPARE(ApiTime::toWire(time), QString::fromLatin1(ApiTime::utcText(time, P::Second)));
    QVERIFY(ApiTime::utcText(QDateTime(), P::Millisecond).isEmpty());
}

void TestWireFormat::timeReadsZAndOffsets_data()
{
    QTest::addColumn<QString>("text");
    const QString utc = QStringLiteral("2020-09-22T00:00:00Z");
    QTest::newRow("Z") << utc;
    QTest::newRow("+00:00") << QStringLiteral("2020-09-22T00:00:00+00:00");
    QTest::newRow("+08:00") << QStringLiteral("2020-09-22T08:00:00+08:00");
    QTest::newRow("-05:00") << QStringLiteral("2020-09-21T19:00:00-05:00");
}

void TestWireFormat::timeReadsZAndOffsets()
{
    QFETCH(QString, text);
    const QDateTime t = ApiTime::fromWire(text);
    QVERIFY(t.isValid());
    QCOMPARE(t, QDateTime(QDate(2020, 9, 22), QTime(0, 0), Qt::UTC));
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(ApiTime::toWire(t), QStringLiteral("2020-09-22T00:00:00Z"));
}

void TestWireFormat::timeNullWhenInvalid()
{
    QVERIFY(ApiTime::toJson(QDateTime()).isNull());
    QVERIFY(!ApiTime::fromWire(QStringLiteral("2020-09-22T00:00:00")).isValid()); // no zone
    QVERIFY(!ApiTime::fromWire(QStringLiteral("yesterday")).isValid());
    QVERIFY(!ApiTime::fromWire(QString()).isValid());
}

void TestWireFormat::imageStatesBothWays()
{
    const QList<QPair<ImageState, QString>> table{
        {ImageState::Creating, QStringLiteral("CREATING")},
        {ImageState::Available, QStringLiteral("NORMAL")},
        {ImageState::Failed, QStringLiteral("CREATEFAILED")},
        {ImageState::Copying, QStringLiteral("SYNCING")},
        {ImageState::ToBeRepossessed, QStringLiteral("ISOLATED")}};
    for (const auto &[state, wire] : table) {
        QCOMPARE(WireEnums::cvmImageState(state), wire);
        QCOMPARE(WireEnums::cvmImageStateFromWire(wire), state);
    }
    QCOMPARE(WireEnums::cvmImageStateFromWire(QStringLiteral("IMPORTING")), ImageState::Creating);
    QCOMPARE(WireEnums::cvmImageStateFromWire(QStringLiteral("IMPORTFAILED")), ImageState::Failed);
    QCOMPARE(WireEnums::cvmImageStateFromWire(QStringLiteral("USING")), ImageState::Available);
}

void TestWireFormat::blueprintStatesBothWays()
{
    for (ImageState s : {ImageState::Creating, ImageState::Available, ImageState::Failed,
                         ImageState::Copying, ImageState::ToBeRepossessed})
        QCOMPARE(WireEnums::blueprintStateFromWire(WireEnums::blueprintState(s)), s);
    QCOMPARE(WireEnums::blueprintState(ImageState::Creating), QStringLiteral("CREATING"));
    QCOMPARE(WireEnums::blueprintState(ImageState::ToBeRepossessed), QStringLiteral("ISOLATED"));
    // Every documented BlueprintState (§4.1).
    const QList<QPair<QString, ImageState>> documented{
        {QStringLiteral("NORMAL"), ImageState::Available},
        {QStringLiteral("SYNCING"), ImageState::Copying},
        {QStringLiteral("OFFLINE"), ImageState::Failed},
        {QStringLiteral("CREATEFAILED"), ImageState::Failed},
        {QStringLiteral("SYNCING_FAILED"), ImageState::Failed},
        {QStringLiteral("ISOLATING"), ImageState::ToBeRepossessed},
        {QStringLiteral("ISOLATED"), ImageState::ToBeRepossessed},
        {QStringLiteral("DELETING"), ImageState::Creating},
        {QStringLiteral("DESTROYING"), ImageState::Creating}};
    for (const auto &[wire, state] : documented)
        QCOMPARE(WireEnums::blueprintStateFromWire(wire), state);
}

void TestWireFormat::unknownStatesAreBusy()
{
    QCOMPARE(WireEnums::blueprintStateFromWire(QStringLiteral("CREATING")), ImageState::Creating);
    QCOMPARE(WireEnums::blueprintStateFromWire(QStringLiteral("MAKING")), ImageState::Creating);
    QCOMPARE(WireEnums::blueprintStateFromWire(QString()), ImageState::Creating);
    QCOMPARE(WireEnums::cvmImageStateFromWire(QStringLiteral("REPLICATING")), ImageState::Creating);
    QCOMPARE(WireEnums::instanceStateFromWire(QStringLiteral("HIBERNATING")),
             InstanceState::Pending);
    QVERIFY(isTransitional(WireEnums::instanceStateFromWire(QStringLiteral("HIBERNATING"))));
}

void TestWireFormat::instanceStatesBothWays()
{
    const QList<QPair<InstanceState, QString>> table{
        {InstanceState::Pending, QStringLiteral("PENDING")},
        {InstanceState::Running, QStringLiteral("RUNNING")},
        {InstanceState::Stopped, QStringLiteral("STOPPED")},
        {InstanceState::Starting, QStringLiteral("STARTING")},
        {InstanceState::Stopping, QStringLiteral("STOPPING")}};
    for (const auto &[state, wire] : table) {
        QCOMPARE(WireEnums::instanceState(state), wire);
        QCOMPARE(WireEnums::instanceStateFromWire(wire), state);
    }
}

void TestWireFormat::documentedInstanceStatesLandSomewhereSensible()
{
    // Transitional wire states must read as transitional (busy), settled ones as settled.
    const QStringList busy{QStringLiteral("REBOOTING"),
                           QStringLiteral("TERMINATING"),
                           QStringLiteral("DELETING"),
                           QStringLiteral("FREEZING"),
                           QStringLiteral("ENTER_RESCUE_MODE"),
                           QStringLiteral("RESCUE_MODE"),
                           QStringLiteral("EXIT_RESCUE_MODE"),
                           QStringLiteral("ENTER_SERVICE_LIVE_MIGRATE"),
                           QStringLiteral("EXIT_SERVICE_LIVE_MIGRATE")};
    for (const QString &s : busy)
        QVERIFY2(isTransitional(WireEnums::instanceStateFromWire(s)), qPrintable(s));
    QCOMPARE(WireEnums::instanceStateFromWire(QStringLiteral("LAUNCH_FAILED")),
             InstanceState::Stopped);
    QCOMPARE(WireEnums::instanceStateFromWire(QStringLiteral("SHUTDOWN")), InstanceState::Stopped);
    QCOMPARE(WireEnums::instanceStateFromWire(QStringLiteral("SERVICE_LIVE_MIGRATE")),
             InstanceState::Running);
}

void TestWireFormat::chargeAndDiskTypes()
{
    QCOMPARE(WireEnums::chargeType(BillingMethod::Subscription), QStringLiteral("PREPAID"));
    QCOMPARE(WireEnums::chargeType(BillingMethod::PayAsYouGo), QStringLiteral("POSTPAID_BY_HOUR"));
    QCOMPARE(WireEnums::chargeTypeFromWire(QStringLiteral("PREPAID")), BillingMethod::Subscription);
    QCOMPARE(WireEnums::chargeTypeFromWire(QStringLiteral("SPOTPAID")), BillingMethod::PayAsYouGo);

    for (DiskKind k :
         {DiskKind::CloudPremium, DiskKind::CloudSsd, DiskKind::CloudBasic, DiskKind::Local}) {
        QVERIFY(WireEnums::diskTypes().contains(WireEnums::diskType(k)));
        QCOMPARE(WireEnums::diskKindFromWire(WireEnums::diskType(k)), k);
    }
    // UHost's economy disk has no Tencent twin.
    QCOMPARE(WireEnums::diskType(DiskKind::EconomyCloud), QStringLiteral("CLOUD_BASIC"));
    QCOMPARE(WireEnums::diskKindFromWire(QStringLiteral("CLOUD_HSSD")), DiskKind::CloudSsd);
    QCOMPARE(WireEnums::diskKindFromWire(QStringLiteral("LOCAL_SSD")), DiskKind::Local);
    QVERIFY(!WireEnums::diskKindFromWire(QStringLiteral("FLOPPY")).has_value());
}

void TestWireFormat::platforms()
{
    QCOMPARE(WireEnums::platformType(OsType::Windows), QStringLiteral("WINDOWS"));
    QCOMPARE(WireEnums::platformType(OsType::Linux), QStringLiteral("LINUX_UNIX"));
    QCOMPARE(WireEnums::osTypeFromPlatformType(QStringLiteral("WINDOWS")), OsType::Windows);
    QCOMPARE(WireEnums::platform(OsType::Linux, QStringLiteral("Ubuntu 22.04 LTS")),
             QStringLiteral("Ubuntu"));
    QCOMPARE(WireEnums::platform(OsType::Linux, QString()), QStringLiteral("Linux"));
    QCOMPARE(WireEnums::platform(OsType::Windows, QStringLiteral("Windows Server 2022")),
             QStringLiteral("Windows"));
    QCOMPARE(WireEnums::osTypeFromName(QStringLiteral("Windows Server 2019 DataCenter 64bit")),
             OsType::Windows);
    QCOMPARE(WireEnums::osTypeFromName(QStringLiteral("TencentOS Server 3.1")), OsType::Linux);
}

void TestWireFormat::headersAreCaseInsensitive()
{
    HttpHeaders h{{"Content-Type", "application/json"}};
    QVERIFY(h.contains("content-type"));
    QCOMPARE(h.value("CONTENT-TYPE"), QByteArray("application/json"));
    h.append("x-tc-action", "A");
    h.append("X-TC-Action", "B");
    QCOMPARE(h.count("X-Tc-Action"), 2);
    QCOMPARE(h.value("X-TC-ACTION"), QByteArray("A"));
    h.set("X-TC-Action", "C");
    QCOMPARE(h.count("x-tc-action"), 1);
    QCOMPARE(h.value("x-tc-action"), QByteArray("C"));
    h.remove("X-TC-ACTION");
    QVERIFY(!h.contains("x-tc-action"));
    QCOMPARE(h.value("absent"), QByteArray());
}

void TestWireFormat::servicesAndHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::newRow("cvm") << "cvm.tencentcloudapi.com"
                         << "cvm";
    QTest::newRow("region-pinned") << "cvm.ap-guangzhou.tencentcloudapi.com"
                                   << "cvm";
    QTest::newRow("intl lighthouse") << "lighthouse.intl.tencentcloudapi.com"
                                     << "lighthouse";
    QTest::newRow("with port") << "LIGHTHOUSE.tencentcloudapi.com:443"
                               << "lighthouse";
    QTest::newRow("ipv4") << "127.0.0.1:8443"
                          << "";
    QTest::newRow("ipv6") << "[::1]:8443"
                          << "";
    QTest::newRow("localhost") << "localhost"
                               << "";
    QTest::newRow("other") << "imprint-sim.lan"
                           << "";
    QTest::newRow("other service") << "ecs.aliyuncs.com"
                                   << "";
}

void TestWireFormat::servicesAndHosts()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QCOMPARE(TencentService::serviceFromHost(host), service);
}

void TestWireFormat::paramsRefuseWithTheRightCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ErrorCode>("code");
    // The domain code derives from the wire code, exactly as the client will derive it.
    QTest::newRow("missing") << QByteArray("{}") << "MissingParameter"
                             << ErrorCode::InvalidArgument;
    QTest::newRow("null is missing")
        << QByteArray(R"({"ImageName":null})") << "MissingParameter" << ErrorCode::InvalidArgument;
    QTest::newRow("wrong type") << QByteArray(R"({"ImageName":5})") << "InvalidParameter"
                                << ErrorCode::InvalidArgument;
    QTest::newRow("unknown") << QByteArray(R"({"ImageName":"a","Colour":"red"})")
                             << "UnknownParameter" << ErrorCode::InvalidArgument;
    QTest::newRow("too long") << QByteArray(R"({"ImageName":"0123456789A"})")
                              << "InvalidParameter.ValueTooLarge" << ErrorCode::InvalidName;
}

void TestWireFormat::paramsRefuseWithTheRightCode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, wire);
    QFETCH(ErrorCode, code);
    JsonParams p = JsonParams::request(QJsonDocument::fromJson(body).object(), Product::Cvm,
                                       QStringLiteral("CreateImage"));
    p.allowOnly({QStringLiteral("ImageName")});
    const QString name = p.string(QStringLiteral("ImageName"), JsonParams::Need::Required);
    p.checkLength(QStringLiteral("ImageName"), name, 10,
                  QStringLiteral("InvalidParameter.ValueTooLarge"));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().remoteCode, wire);
    QCOMPARE(p.error().code, code);
    QVERIFY(p.error().message.contains(QLatin1String("ImageName")) ||
            p.error().message.contains(QLatin1String("Colour")));
}

void TestWireFormat::paramsFirstFailureWins()
{
    JsonParams p = JsonParams::request(json(R"({"A":1,"B":"x","C":{"D":true}})"), Product::Cvm,
                                       QStringLiteral("RunInstances"));
    p.string(QStringLiteral("A"));
    p.integer(QStringLiteral("B"), 0);
    QCOMPARE(p.error().message, QStringLiteral("The parameter `A` must be a string."));
    // Children share the verdict, and name their path.
    JsonParams q = JsonParams::request(json(R"({"C":{"D":true}})"), Product::Cvm,
                                       QStringLiteral("RunInstances"));
    JsonParams c = q.object(QStringLiteral("C"));
    c.string(QStringLiteral("D"));
    QVERIFY(!q.ok());
    QVERIFY(q.error().message.contains(QLatin1String("`C.D`")));
    // An integer must be integral.
    JsonParams r = JsonParams::request(json(R"({"Limit":2.5})"), Product::Cvm,
                                       QStringLiteral("DescribeImages"));
    r.integer(QStringLiteral("Limit"), 20);
    QCOMPARE(r.error().remoteCode, QStringLiteral("InvalidParameter"));
}

void TestWireFormat::paramsIntegersAreNeverNarrowedOutOfRange_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("fitsInt");
    QTest::addColumn<qint64>("exact"); // what the 64-bit read returns; 0 when it refuses
    QTest::newRow("2^31 - 1") << QByteArray("2147483647") << true << qint64(2147483647);
    QTest::newRow("2^31") << QByteArray("2147483648") << false << qint64(2147483648);
    QTest::newRow("-2^31") << QByteArray("-2147483648") << true << qint64(-2147483648);
    QTest::newRow("-2^31 - 1") << QByteArray("-2147483649") << false << qint64(-2147483649);
    QTest::newRow("2^32") << QByteArray("4294967296") << false << qint64(4294967296);
    QTest::newRow("2^32 + 2") << QByteArray("4294967298") << false << qint64(4294967298);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << false << qint64(9007199254740992);
    // An integer literal is exact beyond 2^53 too; it must not round to its neighbour.
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << false
                              << qint64(9007199254740993);
    QTest::newRow("2^63 - 1") << QByteArray("9223372036854775807") << false
                              << std::numeric_limits<qint64>::max();
    // Beyond 64 bits the parser keeps only a double: not an integer we can trust.
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << false << qint64(0);
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("2.5") << QByteArray("2.5") << false << qint64(0);
}

void TestWireFormat::paramsIntegersAreNeverNarrowedOutOfRange()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, fitsInt);
    QFETCH(qint64, exact);
    const QJsonObject body = json(QByteArray("{\"N\":" + literal + "}").constData());
    const QString action = QStringLiteral("RunInstances");

    JsonParams asInt = JsonParams::request(body, Product::Cvm, action);
    const int narrow = asInt.integer(QStringLiteral("N"), -7);
    QCOMPARE(asInt.ok(), fitsInt);
    QCOMPARE(qint64(narrow), fitsInt ? exact : qint64(-7)); // never a wrapped value

    JsonParams wide = JsonParams::request(body, Product::Cvm, action);
    const qint64 value = wide.integer(QStringLiteral("N"), qint64(-7));
    QCOMPARE(wide.ok(), exact != 0);
    QCOMPARE(value, exact != 0 ? exact : qint64(-7));
    if (!wide.ok())
        QCOMPARE(wide.error().remoteCode, QStringLiteral("InvalidParameter"));

    // With a range, the range's own code, judged on the whole value.
    JsonParams ranged = JsonParams::request(body, Product::Cvm, action);
    const int count = ranged.integer(QStringLiteral("N"), 1, 1, 100,
                                     QStringLiteral("InvalidParameterValue.LimitExceeded"));
    QVERIFY(!ranged.ok());
    QCOMPARE(count, 1);
    QCOMPARE(ranged.error().remoteCode, exact != 0
                                            ? QStringLiteral("InvalidParameterValue.LimitExceeded")
                                            : QStringLiteral("InvalidParameter"));
}

void TestWireFormat::paramsCountCodePoints()
{
    // Characters, not UTF-16 units or bytes: an emoji is one, a CJK character is one.
    QCOMPARE(JsonParams::codePoints(QStringLiteral(u"未命名")), 3);
    QCOMPARE(JsonParams::codePoints(QString::fromUtf8("\xF0\x9F\x98\x80")), 1);
    JsonParams p = JsonParams::request({}, Product::Lighthouse, QStringLiteral("CreateBlueprint"));
    QVERIFY(p.checkLength(QStringLiteral("BlueprintName"), QString(60, QChar(0x4E2D)), 60,
                          QStringLiteral("InvalidParameterValue.TooLong")));
    QVERIFY(!p.checkLength(QStringLiteral("BlueprintName"), QString(61, QLatin1Char('a')), 60,
                           QStringLiteral("InvalidParameterValue.TooLong")));
}

void TestWireFormat::paramsInResponseModeReportAnUnreadableAnswer()
{
    JsonParams p = JsonParams::response(json(R"({"TotalCount":"many"})"), Product::Cvm,
                                        QStringLiteral("DescribeImages"));
    p.integer(QStringLiteral("TotalCount"), 0, JsonParams::Need::Required);
    QCOMPARE(p.error().code, ErrorCode::RemoteError);
    QVERIFY(p.error().remoteCode.isEmpty());
    QVERIFY(p.error().message.contains(QLatin1String("DescribeImages")));
}

void TestWireFormat::listQueryRoundTrip()
{
    ListQuery q;
    q.filters = {{QStringLiteral("image-type"), {QStringLiteral("PRIVATE_IMAGE")}},
                 {QStringLiteral("tag:team"), {QStringLiteral("web"), QStringLiteral("db")}}};
    q.offset = 40;
    q.limit = 100;
    QJsonObject body;
    ListQueryCodec::write(body, q, QStringLiteral("ImageIds"));
    QCOMPARE(body.value(QStringLiteral("Filters")).toArray().size(), 2);
    JsonParams p = JsonParams::request(body, Product::Cvm, QStringLiteral("DescribeImages"));
    QCOMPARE(ListQueryCodec::read(p, cvmLikeRules()), q);
    QVERIFY(p.ok());

    ListQuery ids;
    ids.ids = {QStringLiteral("img-1"), QStringLiteral("img-2")};
    QJsonObject idsBody;
    ListQueryCodec::write(idsBody, ids, QStringLiteral("ImageIds"));
    JsonParams p2 = JsonParams::request(idsBody, Product::Cvm, QStringLiteral("DescribeImages"));
    QCOMPARE(ListQueryCodec::read(p2, cvmLikeRules()), ids);
}

void TestWireFormat::listQueryDefaults()
{
    JsonParams p = JsonParams::request({}, Product::Cvm, QStringLiteral("DescribeImages"));
    const ListQuery q = ListQueryCodec::read(p, cvmLikeRules());
    QCOMPARE(q.offset, 0);
    QCOMPARE(q.limit, 20);
    QVERIFY(p.ok());
}

void TestWireFormat::listQueryRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("wire");
    QTest::newRow("Limit 101") << QByteArray(R"({"Limit":101})")
                               << "InvalidParameterValue.LimitExceeded";
    QTest::newRow("Limit 0") << QByteArray(R"({"Limit":0})")
                             << "InvalidParameterValue.LimitExceeded";
    QTest::newRow("negative Offset")
        << QByteArray(R"({"Offset":-1})") << "InvalidParameterValue.LimitExceeded";
    QTest::newRow("unknown filter")
        << QByteArray(R"({"Filters":[{"Name":"colour","Values":["red"]}]})") << "InvalidFilter";
    QTest::newRow("bare tag: prefix")
        << QByteArray(R"({"Filters":[{"Name":"tag:","Values":["x"]}]})") << "InvalidFilter";
    QTest::newRow("filter not an object")
        << QByteArray(R"({"Filters":["image-type"]})") << "InvalidFilter";
    QTest::newRow("filter without Values")
        << QByteArray(R"({"Filters":[{"Name":"image-type"}]})") << "InvalidFilter";
    QTest::newRow("six values")
        << QByteArray(R"({"Filters":[{"Name":"image-type","Values":["a","b","c","d","e","f"]}]})")
        << "InvalidFilterValue.LimitExceeded";
    QTest::newRow("no values") << QByteArray(R"({"Filters":[{"Name":"image-type","Values":[]}]})")
                               << "InvalidFilterValue.LimitExceeded";
    QByteArray eleven = R"({"Filters":[)";
    for (int i = 0; i < 11; ++i)
        eleven += QByteArray(i ? "," : "") + R"({"Name":"image-type","Values":["a"]})";
    eleven += "]}";
    QTest::newRow("eleven filters") << eleven << "InvalidFilterValue.LimitExceeded";
    QTest::newRow("ids and filters")
        << QByteArray(R"({"ImageIds":["img-1"],"Filters":[{"Name":"image-type","Values":["a"]}]})")
        << "InvalidParameter.InvalidParameterCoexistImageIdsFilters";
    QByteArray manyIds = R"({"ImageIds":[)";
    for (int i = 0; i < 101; ++i)
        manyIds += QByteArray(i ? "," : "") + "\"img-" + QByteArray::number(i) + '"';
    manyIds += "]}";
    QTest::newRow("101 ids") << manyIds << "InvalidParameterValue.LimitExceeded";
}

void TestWireFormat::listQueryRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, wire);
    JsonParams p = JsonParams::request(QJsonDocument::fromJson(body).object(), Product::Cvm,
                                       QStringLiteral("DescribeImages"));
    ListQueryCodec::read(p, cvmLikeRules());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().remoteCode, wire);
}

void TestWireFormat::money()
{
    for (qint64 fen : {qint64(0), qint64(1), qint64(720), qint64(12345678), qint64(99)})
        QCOMPARE(fenFromYuan(yuanFromFen(fen)), fen);
    QCOMPARE(discountPercent(10000, 2000), 20.0);
    QCOMPARE(discountPercent(0, 0), 100.0);
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
