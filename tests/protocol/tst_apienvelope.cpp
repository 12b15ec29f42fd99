// The {"Response": {...}} envelope both ways, success and failure.

#include "apienvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;

class TestApiEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void successWireForm();
    void successRoundTrip();
    void failureWireForm();
    void domainErrorRoundTrip_data();
    void domainErrorRoundTrip();
    void failureKeepsAChosenRemoteCode();
    void failureOfAnErrorWithoutCode();
    void unwrapSuccess();
    void unwrapFailure();
    void readsTheRealCloudsShape();
    void emptyErrorCodeIsSuccess();
    void unreadable_data();
    void unreadable();
};

void TestApiEnvelope::successWireForm()
{
    const ApiEnvelope e =
        ApiEnvelope::success(QJsonObject{{QStringLiteral("ImageNumQuota"), 20}},
                             QStringLiteral("b5b41468-520d-4192-b42f-595cc34b6c1c"));
    QCOMPARE(e.toJson(), QByteArray(R"({"Response":{"ImageNumQuota":20,)"
                                    R"("RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}})"));
    QVERIFY(!e.isError());
}

void TestApiEnvelope::successRoundTrip()
{
    const QJsonObject fields{
        {QStringLiteral("TotalCount"), 2},
        {QStringLiteral("ImageSet"),
         QJsonArray{QJsonObject{{QStringLiteral("ImageId"), QStringLiteral("img-1")}}}}};
    const ApiEnvelope sent = ApiEnvelope::success(fields, QStringLiteral("req-1"));
    const Result<ApiEnvelope> read = ApiEnvelope::fromJson(sent.toJson());
    QVERIFY(read.ok());
    QVERIFY(!read->isError());
    QCOMPARE(read->fields(), fields);
    QCOMPARE(read->requestId(), QStringLiteral("req-1"));
}

void TestApiEnvelope::failureWireForm()
{
    const ApiEnvelope e = ApiEnvelope::failure(
        QStringLiteral("AuthFailure.SignatureFailure"), QStringLiteral("Bad signature."),
        QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    QCOMPARE(e.toJson(),
             QByteArray(R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",)"
                        R"("Message":"Bad signature."},)"
                        R"("RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}})"));
}

void TestApiEnvelope::domainErrorRoundTrip_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("action");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("wire");
    QTest::newRow("Lighthouse blueprint quota")
        << Product::Lighthouse << "CreateBlueprint" << ErrorCode::QuotaExceeded
        << "LimitExceeded.BlueprintQuotaLimitExceeded";
    QTest::newRow("CVM image quota")
        << Product::Cvm << "CreateImage" << ErrorCode::QuotaExceeded << "ImageQuotaLimitExceeded";
    QTest::newRow("CVM duplicate name") << Product::Cvm << "CreateImage" << ErrorCode::DuplicateName
                                        << "InvalidImageName.Duplicate";
    QTest::newRow("CVM image not found")
        << Product::Cvm << "DeleteImages" << ErrorCode::NotFound << "InvalidImageId.NotFound";
    QTest::newRow("Lighthouse blueprint not found")
        << Product::Lighthouse << "DeleteBlueprints" << ErrorCode::NotFound
        << "ResourceNotFound.BlueprintIdNotFound";
    QTest::newRow("Lighthouse name too long")
        << Product::Lighthouse << "ModifyBlueprintAttribute" << ErrorCode::InvalidName
        << "InvalidParameterValue.TooLong";
    QTest::newRow("Lighthouse overdue")
        << Product::Lighthouse << "CreateBlueprint" << ErrorCode::AccountOverdue
        << "FailedOperation.InsufficientBalance";
}

void TestApiEnvelope::domainErrorRoundTrip()
{
    QFETCH(Product, product);
    QFETCH(QString, action);
    QFETCH(ErrorCode, code);
    QFETCH(QString, wire);
    const Error sent(code, QStringLiteral("What happened, and what to do."));
    const QByteArray json =
        ApiEnvelope::failure(sent, product, action, QStringLiteral("req-9")).toJson();
    QVERIFY(json.contains("\"Code\":\"" + wire.toUtf8() + '"'));

    const Result<ApiEnvelope> read = ApiEnvelope::fromJson(json);
    QVERIFY(read.ok());
    QVERIFY(read->isError());
    const Error back = read->toError(product, action);
    QCOMPARE(back.code, code);
    QCOMPARE(back.message, sent.message);
    QCOMPARE(back.remoteCode, wire);
    QCOMPARE(back.requestId, QStringLiteral("req-9"));
}

void TestApiEnvelope::failureKeepsAChosenRemoteCode()
{
    Error e(ErrorCode::InvalidArgument, QStringLiteral("Too many ids."));
    e.remoteCode = QStringLiteral("InvalidImageId.TooLarge");
    const ApiEnvelope env =
        ApiEnvelope::failure(e, Product::Cvm, QStringLiteral("SyncImages"), QStringLiteral("r"));
    QCOMPARE(env.errorCode(), QStringLiteral("InvalidImageId.TooLarge"));
}

void TestApiEnvelope::failureOfAnErrorWithoutCode()
{
    const ApiEnvelope env = ApiEnvelope::failure(
        Error(), Product::Cvm, QStringLiteral("CreateImage"), QStringLiteral("r"));
    QVERIFY(env.isError());
    QCOMPARE(env.errorCode(), QStringLiteral("FailedOperation"));
}

void TestApiEnvelope::unwrapSuccess()
{
    const QByteArray json = R"({"Response":{"RequestId":"r-1","ImageNumQuota":20}})";
    const Result<QJsonObject> fields =
        ApiEnvelope::unwrap(json, Product::Cvm, QStringLiteral("DescribeImageQuota"));
    QVERIFY(fields.ok());
    QCOMPARE(fields->value(QStringLiteral("ImageNumQuota")).toInt(), 20);
    QVERIFY(!fields->contains(QStringLiteral("RequestId")));
}

void TestApiEnvelope::unwrapFailure()
{
    const QByteArray json =
        R"({"Response":{"Error":{"Code":"LimitExceeded.BlueprintQuotaLimitExceeded",)"
        R"("Message":"quota"},"RequestId":"r-2"}})";
    const Result<QJsonObject> fields =
        ApiEnvelope::unwrap(json, Product::Lighthouse, QStringLiteral("CreateBlueprint"));
    QVERIFY(!fields.ok());
    QCOMPARE(fields.error().code, ErrorCode::QuotaExceeded);
    QCOMPARE(fields.error().remoteCode,
             QStringLiteral("LimitExceeded.BlueprintQuotaLimitExceeded"));
    QCOMPARE(fields.error().requestId, QStringLiteral("r-2"));
    QCOMPARE(fields.error().message, QStringLiteral("quota"));
}

void TestApiEnvelope::readsTheRealCloudsShape()
{
    // Pretty-printed, key order as the cloud sends it, nulls included.
    const QByteArray json = R"({
      "Response": {
        "Error": {"Code": "AuthFailure.SignatureExpire", "Message": "expired"},
        "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
      }
    })";
    const Result<ApiEnvelope> read = ApiEnvelope::fromJson(json);
    QVERIFY(read.ok());
    QCOMPARE(read->errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
    QCOMPARE(read->toError(Product::Cvm, QStringLiteral("DescribeImages")).code,
             ErrorCode::RemoteError);
}

void TestApiEnvelope::emptyErrorCodeIsSuccess()
{
    // The SDK calls it an error only when Response.Error.Code is non-empty.
    const Result<ApiEnvelope> read = ApiEnvelope::fromJson(
        R"({"Response":{"Error":{"Code":"","Message":""},"TotalCount":0,"RequestId":"r"}})");
    QVERIFY(read.ok());
    QVERIFY(!read->isError());
    QCOMPARE(read->fields().value(QStringLiteral("TotalCount")).toInt(-1), 0);
}

void TestApiEnvelope::unreadable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("no Response") << QByteArray(R"({"TotalCount":1})");
    QTest::newRow("Response not an object") << QByteArray(R"({"Response":[]})");
    QTest::newRow("array") << QByteArray(R"([{"Response":{}}])");
    QTest::newRow("RequestId not a string") << QByteArray(R"({"Response":{"RequestId":5}})");
}

void TestApiEnvelope::unreadable()
{
    QFETCH(QByteArray, json);
    const Result<ApiEnvelope> read = ApiEnvelope::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::RemoteError);
    QVERIFY(read.error().remoteCode.isEmpty()); // not the server's code: it sent none
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiEnvelope)
#include "tst_apienvelope.moc"
