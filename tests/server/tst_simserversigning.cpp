// Issue 16, defect 4: a signed request cannot be repurposed or run twice. Against real imprint-sim
// processes on 127.0.0.1: one as it starts by default, one with --require-signed-action (the mode
// it is always in beyond loopback).

#include "apiclient.h"
#include "servertesthelpers.h"
#include "signedrequest.h"
#include "simprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;
using namespace servertest;

class TestSimServerSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void repeatedSignedWriteRunsOnce();
    void actionSwapIsRefusedWhereTheActionMustBeSigned();
    void actionBoundSignatureCoversActionVersionAndRegion_data();
    void actionBoundSignatureCoversActionVersionAndRegion();
    void theSdksMinimalSignatureIsStillServedOnLoopback();

private:
    ApiClient client(const SimProcess &sim) const
    {
        return ApiClient(sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    }
    QString imageId(ApiClient &c, const char *name) const;
    int instancesNamed(ApiClient &c, const QString &name) const;

    SimProcess m_default;
    SimProcess m_strict;
};

void TestSimServerSigning::initTestCase()
{
    QVERIFY2(m_default.start(), qPrintable(m_default.error()));
    QVERIFY2(m_strict.start({QStringLiteral("--require-signed-action")}),
             qPrintable(m_strict.error()));
}

void TestSimServerSigning::cleanupTestCase()
{
    m_default.stop();
    m_strict.stop();
}

QString TestSimServerSigning::imageId(ApiClient &c, const char *name) const
{
    const ApiAnswer images = c.call("cvm", "DescribeImages", filterBody("image-name", name));
    return text(first(images, "ImageSet"), "ImageId");
}

int TestSimServerSigning::instancesNamed(ApiClient &c, const QString &name) const
{
    const ApiAnswer named = c.call("cvm", "DescribeInstances", filterBody("instance-name", name));
    return named.response.value(QLatin1String("TotalCount")).toInt();
}

void TestSimServerSigning::repeatedSignedWriteRunsOnce()
{
    // A RunInstances without a ClientToken, captured and sent three times within its window.
    ApiClient c = client(m_default);
    const QString image = imageId(c, "api-gateway-golden");
    QVERIFY(!image.isEmpty());
    ApiClient::Call call;
    call.action = "RunInstances";
    call.body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("Placement"),
                         QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                        {QStringLiteral("ImageId"), image},
                        {QStringLiteral("InstanceType"), QStringLiteral("S5.MEDIUM4")},
                        {QStringLiteral("InstanceName"), QStringLiteral("replayed-once")}})
            .toJson(QJsonDocument::Compact);
    const HttpHeaders captured = c.sign(call);
    const ApiAnswer first = c.send(captured, call.body);
    QVERIFY2(first.ok(), first.describe());
    for (int replay = 0; replay < 2; ++replay) {
        const ApiAnswer again = c.send(captured, call.body);
        // The first answer, byte for byte (its RequestId too): nothing ran again.
        QCOMPARE(again.body, first.body);
    }
    QCOMPARE(instancesNamed(c, QStringLiteral("replayed-once")), 1);
    // Signed anew (another second), the same launch is a new request and runs.
    call.timestamp = QDateTime::currentSecsSinceEpoch() + 1;
    const ApiAnswer fresh = c.send(c.sign(call), call.body);
    QVERIFY2(fresh.ok(), fresh.describe());
    QCOMPARE(instancesNamed(c, QStringLiteral("replayed-once")), 2);
}

void TestSimServerSigning::actionSwapIsRefusedWhereTheActionMustBeSigned()
{
    // The probe's attack: a DescribeImages signed the SDKs' way (content-type;host) with its
    // X-TC-Action changed to DeleteImages.
    ApiClient c = client(m_strict);
    c.setSignedHeaders(SignedRequest::actionBound(true));
    const QString image = imageId(c, "api-gateway-golden");
    QVERIFY(!image.isEmpty());
    ApiClient::Call call;
    call.action = "DescribeImages";
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{image}}})
                    .toJson(QJsonDocument::Compact);
    call.signedHeaders = {"content-type", "host"};
    HttpHeaders headers = c.sign(call);
    headers.set("X-TC-Action", "DeleteImages");
    const ApiAnswer swapped = c.send(headers, call.body);
    QCOMPARE(swapped.code, QStringLiteral("AuthFailure.InvalidAuthorization"));
    QVERIFY2(swapped.body.contains("x-tc-action"), swapped.body);
    QCOMPARE(imageId(c, "api-gateway-golden"), image);
}

void TestSimServerSigning::actionBoundSignatureCoversActionVersionAndRegion_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("as sent") << QByteArray() << QByteArray() << QString();
    QTest::newRow("action") << QByteArray("X-TC-Action") << QByteArray("DeleteImages")
                            << "AuthFailure.SignatureFailure";
    QTest::newRow("region") << QByteArray("X-TC-Region") << QByteArray("ap-shanghai")
                            << "AuthFailure.SignatureFailure";
    QTest::newRow("version") << QByteArray("X-TC-Version") << QByteArray("2017-03-13")
                             << "AuthFailure.SignatureFailure";
}

void TestSimServerSigning::actionBoundSignatureCoversActionVersionAndRegion()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    // What Imprint's own client signs (Tc3Transport).
    ApiClient c = client(m_strict);
    ApiClient::Call call;
    call.action = "DescribeImages";
    call.signedHeaders = SignedRequest::actionBound(true);
    HttpHeaders headers = c.sign(call);
    if (!header.isEmpty())
        headers.set(header, value);
    const ApiAnswer answer = c.send(headers, call.body);
    QCOMPARE(answer.code, code);
}

void TestSimServerSigning::theSdksMinimalSignatureIsStillServedOnLoopback()
{
    // Without the mode (loopback, the default), content-type;host is enough, as for the cloud.
    ApiClient c = client(m_default);
    const ApiAnswer answer = c.call("cvm", "DescribeImages");
    QVERIFY2(answer.ok(), answer.describe());
    // With it, the same request is refused and says what to sign.
    ApiClient strict = client(m_strict);
    const ApiAnswer refused = strict.call("cvm", "DescribeImages");
    QCOMPARE(refused.code, QStringLiteral("AuthFailure.InvalidAuthorization"));
}

QTEST_GUILESS_MAIN(TestSimServerSigning)
#include "tst_simserversigning.moc"
