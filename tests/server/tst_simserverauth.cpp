// imprint-sim as a client meets it: signature checks with the exact AuthFailure codes, routing
// by service, version, action and region, and parameter refusals with the action's documented
// code. Every request is hand-signed with Tc3Signer and sent over HTTP to a real imprint-sim
// process on 127.0.0.1.

#include "apiclient.h"
#include "simprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;

class TestSimServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void validRequestSucceeds();
    void wrongKeyIsSignatureFailure();
    void tamperedBodyIsSignatureFailure();
    void tamperedHeaderIsSignatureFailure();
    void missingHeaderIsMissingParameter_data();
    void missingHeaderIsMissingParameter();
    void malformedAuthorizationIsInvalidAuthorization();
    void timestampSixMinutesOffIsSignatureExpire_data();
    void timestampSixMinutesOffIsSignatureExpire();
    void unknownSecretIdIsSecretIdNotFound();
    void getIsUnsupportedProtocol();
    void unrecognisedRequestIsUnsupportedProtocol();
    void unknownActionIsInvalidAction();
    void wrongVersionIsNoSuchVersion();
    void lighthouseActionOnCvmIsInvalidAction();
    void regionChecks_data();
    void regionChecks();
    void describeRegionsNeedsNoRegion();
    void badParameters_data();
    void badParameters();
    void dryRunAnswersDryRunOperation();
    void requestIdsAreFreshUuids();
    void logNamesNoSecret();

private:
    ApiClient client(const QString &id = SimProcess::secretId,
                     const QString &key = SimProcess::secretKey) const
    {
        return ApiClient(m_sim.url(), Credentials{id, key, {}});
    }

    SimProcess m_sim;
};

void TestSimServerAuth::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
}

void TestSimServerAuth::cleanupTestCase()
{
    m_sim.stop();
}

void TestSimServerAuth::validRequestSucceeds()
{
    ApiClient c = client();
    const ApiAnswer a = c.call("cvm", "DescribeImages", {{QStringLiteral("Limit"), 5}});
    QVERIFY2(a.ok(), a.describe());
    QVERIFY(a.response.value(QLatin1String("TotalCount")).toInt() > 0);
    QVERIFY(!a.requestId.isEmpty());
}

void TestSimServerAuth::wrongKeyIsSignatureFailure()
{
    ApiClient c = client(SimProcess::secretId, QStringLiteral("not-the-key"));
    const ApiAnswer a = c.call("cvm", "DescribeImages");
    QCOMPARE(a.httpStatus, 200); // API errors travel with HTTP 200
    QCOMPARE(a.code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!a.requestId.isEmpty());
}

void TestSimServerAuth::tamperedBodyIsSignatureFailure()
{
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    call.body = R"({"Limit":5})";
    const HttpHeaders headers = c.sign(call);
    const ApiAnswer a = c.send(headers, R"({"Limit":6})");
    QCOMPARE(a.code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestSimServerAuth::tamperedHeaderIsSignatureFailure()
{
    // Content-Type is signed: the same request with another (still JSON) value must fail.
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    HttpHeaders headers = c.sign(call);
    headers.set("Content-Type", "application/json; charset=utf-8");
    QCOMPARE(c.send(headers, call.body).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestSimServerAuth::missingHeaderIsMissingParameter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("code");
    QTest::newRow("X-TC-Action") << QByteArray("X-TC-Action") << "MissingParameter";
    QTest::newRow("X-TC-Version") << QByteArray("X-TC-Version") << "MissingParameter";
    QTest::newRow("X-TC-Timestamp") << QByteArray("X-TC-Timestamp") << "MissingParameter";
    QTest::newRow("Authorization") << QByteArray("Authorization") << "MissingParameter";
}

void TestSimServerAuth::missingHeaderIsMissingParameter()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, code);
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    HttpHeaders headers = c.sign(call);
    headers.remove(header);
    const ApiAnswer a = c.send(headers, call.body);
    QCOMPARE(a.code, code);
}

void TestSimServerAuth::malformedAuthorizationIsInvalidAuthorization()
{
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    HttpHeaders headers = c.sign(call);
    headers.set("Authorization", "TC3-HMAC-SHA256 Credential=nonsense");
    QCOMPARE(c.send(headers, call.body).code, QStringLiteral("AuthFailure.InvalidAuthorization"));
}

void TestSimServerAuth::timestampSixMinutesOffIsSignatureExpire_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("six minutes behind") << qint64(-360);
    QTest::newRow("six minutes ahead") << qint64(360);
}

void TestSimServerAuth::timestampSixMinutesOffIsSignatureExpire()
{
    QFETCH(qint64, offset);
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    call.timestamp = QDateTime::currentSecsSinceEpoch() + offset;
    QCOMPARE(c.call(call).code, QStringLiteral("AuthFailure.SignatureExpire"));
    // Four minutes off is within the five the API allows.
    call.timestamp = QDateTime::currentSecsSinceEpoch() + offset * 4 / 6;
    const ApiAnswer inside = c.call(call);
    QVERIFY2(inside.ok(), inside.describe());
}

void TestSimServerAuth::unknownSecretIdIsSecretIdNotFound()
{
    ApiClient c = client(QStringLiteral("AKIDnobodyHasThisKey000000000000000"));
    QCOMPARE(c.call("cvm", "DescribeImages").code, QStringLiteral("AuthFailure.SecretIdNotFound"));
}

void TestSimServerAuth::getIsUnsupportedProtocol()
{
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    const ApiAnswer a = c.send(c.sign(call), {}, "GET");
    QCOMPARE(a.code, QStringLiteral("UnsupportedProtocol"));
}

void TestSimServerAuth::unrecognisedRequestIsUnsupportedProtocol()
{
    // No X-TC-* header, no known Authorization scheme, no signature parameters: no protocol's.
    ApiClient c = client();
    const ApiAnswer a =
        c.send(HttpHeaders{{"Content-Type", "application/json"}}, R"({"Action":"DescribeImages"})");
    QCOMPARE(a.httpStatus, 400);
    const QJsonObject body = QJsonDocument::fromJson(a.body).object();
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("UnsupportedProtocol"));
    const QString message = body.value(QLatin1String("Message")).toString();
    QVERIFY2(message.contains(QLatin1String("Tencent Cloud API 3.0")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("TC3-HMAC-SHA256")), qPrintable(message));
}

void TestSimServerAuth::unknownActionIsInvalidAction()
{
    ApiClient c = client();
    QCOMPARE(c.call("cvm", "MakeCoffee").code, QStringLiteral("InvalidAction"));
}

void TestSimServerAuth::wrongVersionIsNoSuchVersion()
{
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeImages";
    call.version = "2020-03-24"; // Lighthouse's version on the CVM service
    QCOMPARE(c.call(call).code, QStringLiteral("NoSuchVersion"));
}

void TestSimServerAuth::lighthouseActionOnCvmIsInvalidAction()
{
    // 127.0.0.1 names no service: the credential scope routes, and CVM has no blueprints.
    ApiClient c = client();
    QCOMPARE(c.call("cvm", "DescribeBlueprints").code, QStringLiteral("InvalidAction"));
    const ApiAnswer a = c.call("lighthouse", "DescribeBlueprints");
    QVERIFY2(a.ok(), a.describe());
}

void TestSimServerAuth::regionChecks_data()
{
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("region");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QByteArray("cvm") << QByteArray("DescribeImages") << QByteArray()
                             << "MissingParameter";
    QTest::newRow("unknown everywhere") << QByteArray("cvm") << QByteArray("DescribeImages")
                                        << QByteArray("xx-nowhere-1") << "InvalidParameterValue";
    // Silicon Valley has CVM in the demo world but no Lighthouse.
    QTest::newRow("other product's region")
        << QByteArray("lighthouse") << QByteArray("DescribeBlueprints")
        << QByteArray("na-siliconvalley") << "UnsupportedRegion";
    QTest::newRow("served") << QByteArray("lighthouse") << QByteArray("DescribeBlueprints")
                            << QByteArray("ap-singapore") << QString();
}

void TestSimServerAuth::regionChecks()
{
    QFETCH(QByteArray, service);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, region);
    QFETCH(QString, code);
    ApiClient c = client();
    ApiClient::Call call;
    call.service = service;
    call.action = action;
    call.region = region;
    const ApiAnswer a = c.call(call);
    QCOMPARE(a.code, code);
}

void TestSimServerAuth::describeRegionsNeedsNoRegion()
{
    ApiClient c = client();
    ApiClient::Call call;
    call.action = "DescribeRegions";
    call.region = {};
    const ApiAnswer a = c.call(call);
    QVERIFY2(a.ok(), a.describe());
    QVERIFY(a.response.value(QLatin1String("TotalCount")).toInt() >= 3);
}

void TestSimServerAuth::badParameters_data()
{
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("cvm") << QByteArray("DescribeImages")
                              << QByteArray("{nope") << "InvalidParameter";
    QTest::newRow("unknown parameter") << QByteArray("cvm") << QByteArray("DescribeImages")
                                       << QByteArray(R"({"Colour":"blue"})") << "UnknownParameter";
    QTest::newRow("CreateImage without a name")
        << QByteArray("cvm") << QByteArray("CreateImage")
        << QByteArray(R"({"InstanceId":"ins-00000000"})") << "MissingParameter";
    QTest::newRow("CreateImage name too long")
        << QByteArray("cvm") << QByteArray("CreateImage")
        << QByteArray(R"({"ImageName":")" + QByteArray(61, 'n') +
                      R"(","InstanceId":"ins-00000000"})")
        << "InvalidParameter.ValueTooLarge";
    QTest::newRow("CreateImage with no source")
        << QByteArray("cvm") << QByteArray("CreateImage") << QByteArray(R"({"ImageName":"x"})")
        << "InvalidParameter.SpecifyOneParameter";
    QTest::newRow("CreateImage on an unknown instance")
        << QByteArray("cvm") << QByteArray("CreateImage")
        << QByteArray(R"({"ImageName":"x","InstanceId":"ins-00000000"})")
        << "InvalidInstanceId.NotFound";
    QTest::newRow("DescribeImages ids with filters")
        << QByteArray("cvm") << QByteArray("DescribeImages")
        << QByteArray(R"({"ImageIds":["img-1"],"Filters":[{"Name":"image-id","Values":["x"]}]})")
        << "InvalidParameter.InvalidParameterCoexistImageIdsFilters";
    QTest::newRow("RunInstances ClientToken too long")
        << QByteArray("cvm") << QByteArray("RunInstances")
        << QByteArray(R"({"Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"img-1",)"
                      R"("ClientToken":")" +
                      QByteArray(65, 't') + R"("})")
        << "InvalidClientToken.TooLong";
    QTest::newRow("DeleteImages unknown image")
        << QByteArray("cvm") << QByteArray("DeleteImages")
        << QByteArray(R"({"ImageIds":["img-00000000"]})") << "InvalidImageId.NotFound";
    QTest::newRow("CreateBlueprint name too long")
        << QByteArray("lighthouse") << QByteArray("CreateBlueprint")
        << QByteArray(R"({"BlueprintName":")" + QByteArray(61, 'n') +
                      R"(","InstanceId":"lhins-00000000"})")
        << "InvalidParameterValue.TooLong";
    QTest::newRow("DescribeBlueprints bad type")
        << QByteArray("lighthouse") << QByteArray("DescribeBlueprints")
        << QByteArray(R"({"Filters":[{"Name":"blueprint-type","Values":["GOLD"]}]})")
        << "InvalidParameterValue.InvalidBlueprintType";
    QTest::newRow("CreateInstances without the prepaid period")
        << QByteArray("lighthouse") << QByteArray("CreateInstances")
        << QByteArray(R"({"BundleId":"bundle_basic_2c2g","BlueprintId":"lhbp-00000000"})")
        << "MissingParameter";
    QTest::newRow("DeleteBlueprints twice the same")
        << QByteArray("lighthouse") << QByteArray("DeleteBlueprints")
        << QByteArray(R"({"BlueprintIds":["lhbp-1","lhbp-1"]})")
        << "InvalidParameterValue.Duplicated";
}

void TestSimServerAuth::badParameters()
{
    QFETCH(QByteArray, service);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    ApiClient c = client();
    ApiClient::Call call;
    call.service = service;
    call.action = action;
    call.body = body;
    const ApiAnswer a = c.call(call);
    QVERIFY2(a.code == code, a.describe());
    QVERIFY(!a.response.value(QLatin1String("Error"))
                 .toObject()
                 .value(QLatin1String("Message"))
                 .toString()
                 .isEmpty());
}

void TestSimServerAuth::dryRunAnswersDryRunOperation()
{
    ApiClient c = client();
    const ApiAnswer images =
        c.call("cvm", "DescribeImages",
               {{QStringLiteral("Filters"),
                 QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("image-name")},
                                        {QStringLiteral("Values"),
                                         QJsonArray{QStringLiteral("api-gateway-golden")}}}}}});
    QVERIFY2(images.ok(), images.describe());
    const QString imageId = images.response.value(QLatin1String("ImageSet"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("ImageId"))
                                .toString();
    QVERIFY(!imageId.isEmpty());
    const QJsonObject launch{
        {QStringLiteral("Placement"),
         QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
        {QStringLiteral("ImageId"), imageId},
        {QStringLiteral("InstanceType"), QStringLiteral("S5.MEDIUM4")},
        {QStringLiteral("InstanceName"), QStringLiteral("dry-run-only")},
        {QStringLiteral("DryRun"), true}};
    QCOMPARE(c.call("cvm", "RunInstances", launch).code, QStringLiteral("DryRunOperation"));
    // A dry run that would fail says why instead.
    QJsonObject badType = launch;
    badType.insert(QStringLiteral("InstanceType"), QStringLiteral("NO.SUCH.TYPE"));
    QVERIFY(c.call("cvm", "RunInstances", badType).code != QLatin1String("DryRunOperation"));
    // Nothing was launched.
    const ApiAnswer named =
        c.call("cvm", "DescribeInstances",
               {{QStringLiteral("Filters"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("Name"), QStringLiteral("instance-name")},
                     {QStringLiteral("Values"), QJsonArray{QStringLiteral("dry-run-only")}}}}}});
    QCOMPARE(named.response.value(QLatin1String("TotalCount")).toInt(), 0);
}

void TestSimServerAuth::requestIdsAreFreshUuids()
{
    ApiClient c = client();
    const ApiAnswer a = c.call("cvm", "DescribeImageQuota");
    const ApiAnswer b = c.call("cvm", "DescribeImageQuota");
    QVERIFY2(a.ok(), a.describe());
    QCOMPARE(a.requestId.size(), 36);
    QVERIFY(a.requestId != b.requestId);
}

void TestSimServerAuth::logNamesNoSecret()
{
    ApiClient c = client();
    c.call("cvm", "DescribeImages");
    QTest::qWait(100);
    const QByteArray log = m_sim.log();
    QVERIFY2(log.contains("DescribeImages"), log.right(400));
    QVERIFY(!log.contains(SimProcess::secretKey.toUtf8()));
    QVERIFY(!log.contains("TC3-HMAC-SHA256"));
    QVERIFY(!log.contains("Signature="));
}

QTEST_GUILESS_MAIN(TestSimServerAuth)
#include "tst_simserverauth.moc"
