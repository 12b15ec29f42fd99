// The server side of TC3: accepts what the published vectors and our signer produce, refuses
// everything else with the documented (or documented-choice) code.

#include "tc3signer.h"
#include "tc3verifier.h"

#include <QTest>

using namespace imprint;

namespace {

const QByteArray kPayload =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
const qint64 kTimestamp = 1551113065;
const QString kIdA = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString kKeyA = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
const QString kIdC = QStringLiteral("AKID********************************");
const QString kKeyC = QStringLiteral("********************************");

Tc3Verifier verifier()
{
    return Tc3Verifier([](const QString &id) -> std::optional<QString> {
        if (id == kIdA)
            return kKeyA;
        if (id == kIdC)
            return kKeyC;
        return std::nullopt;
    });
}

// Vector A exactly as published, header for header.
ReceivedRequest publishedA()
{
    ReceivedRequest r;
    r.body = kPayload;
    r.headers = {{"Host", "cvm.tencentcloudapi.com"},
                 {"Content-Type", "application/json; charset=utf-8"},
                 {"X-TC-Action", "DescribeInstances"},
                 {"X-TC-Version", "2017-03-12"},
                 {"X-TC-Region", "ap-guangzhou"},
                 {"X-TC-Timestamp", "1551113065"},
                 {"Authorization",
                  "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                  "tc3_request, SignedHeaders=content-type;host, "
                  "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"}};
    return r;
}

// A request made by our own signer.
ReceivedRequest signedBy(const QString &id, const QString &key, const QByteArray &host,
                         const QByteArray &service, qint64 timestamp,
                         const QByteArray &payload = R"({"Limit":1})",
                         QByteArrayList signedHeaders = {"content-type", "host"})
{
    SignedRequest s;
    s.host = host;
    s.payload = payload;
    s.action = "DescribeImages";
    s.timestamp = timestamp;
    s.service = service;
    s.signedHeaders = signedHeaders;
    ReceivedRequest r;
    r.body = payload;
    r.headers = Tc3Signer(Credentials{id, key, {}}).headers(s, "2017-03-12", "ap-guangzhou");
    return r;
}

} // namespace

class TestTc3Verifier : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPublishedVectorA();
    void acceptsPublishedVectorC();
    void usesTheReceivedContentType();
    void acceptsOwnSignerWithAnyHeaderCase();
    void wrongKey();
    void tamperedBody();
    void tamperedSignedHeader();
    void missingHeader_data();
    void missingHeader();
    void timestampNotANumber();
    void clockSkew_data();
    void clockSkew();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void duplicateAuthorization();
    void unknownSecretId();
    void credentialDateMustMatchTimestamp();
    void serviceFromHost_data();
    void serviceFromHost();
    void signedHeaderMissingFromRequest();
    void verdictAsError();
    void constantTimeEquals();
};

void TestTc3Verifier::acceptsPublishedVectorA()
{
    const Tc3Verification v = verifier().verify(publishedA(), kTimestamp);
    QVERIFY2(v.ok(), qPrintable(v.code + QLatin1String(": ") + v.message));
    QCOMPARE(v.secretId, kIdA);
    QCOMPARE(v.service, QStringLiteral("cvm"));
    QCOMPARE(v.action, QStringLiteral("DescribeInstances"));
    QCOMPARE(v.version, QStringLiteral("2017-03-12"));
    QCOMPARE(v.region, QStringLiteral("ap-guangzhou"));
    QCOMPARE(v.timestamp, kTimestamp);
}

void TestTc3Verifier::acceptsPublishedVectorC()
{
    ReceivedRequest r = publishedA();
    r.headers.set("Authorization",
                  "TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/"
                  "cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, "
                  "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QVERIFY2(v.ok(), qPrintable(v.message));
}

void TestTc3Verifier::usesTheReceivedContentType()
{
    // The self-made vector signs "application/json": valid with that header...
    ReceivedRequest r = publishedA();
    r.headers.set("Content-Type", "application/json");
    r.headers.set("Authorization",
                  "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                  "tc3_request, SignedHeaders=content-type;host, "
                  "Signature=683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8");
    QVERIFY(verifier().verify(r, kTimestamp).ok());
    // ...and not when the request says something else than what was signed.
    r.headers.set("Content-Type", "application/json; charset=utf-8");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestTc3Verifier::acceptsOwnSignerWithAnyHeaderCase()
{
    const ReceivedRequest signedRequest =
        signedBy(kIdA, kKeyA, "cvm.tencentcloudapi.com", "cvm", 1700000000);
    ReceivedRequest lower;
    lower.body = signedRequest.body;
    for (const HttpHeaders::Entry &e : signedRequest.headers.entries())
        lower.headers.append(e.first.toLower(), e.second);
    QVERIFY(verifier().verify(signedRequest, 1700000000).ok());
    QVERIFY(verifier().verify(lower, 1700000000).ok());
}

void TestTc3Verifier::wrongKey()
{
    const ReceivedRequest r =
        signedBy(kIdA, QStringLiteral("not-the-key"), "cvm.tencentcloudapi.com", "cvm", kTimestamp);
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QCOMPARE(v.code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!v.message.isEmpty());
}

void TestTc3Verifier::tamperedBody()
{
    ReceivedRequest r = publishedA();
    r.body.replace("\"Limit\": 1", "\"Limit\": 2");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestTc3Verifier::tamperedSignedHeader()
{
    // Vector C signs x-tc-action: another action with the same signature must fail.
    ReceivedRequest r = publishedA();
    r.headers.set("X-TC-Action", "TerminateInstances");
    r.headers.set("Authorization",
                  "TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/"
                  "cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, "
                  "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestTc3Verifier::missingHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("X-TC-Action") << QByteArray("X-TC-Action") << "`Action`";
    QTest::newRow("X-TC-Version") << QByteArray("X-TC-Version") << "`Version`";
    QTest::newRow("X-TC-Timestamp") << QByteArray("X-TC-Timestamp") << "`Timestamp`";
    QTest::newRow("Authorization") << QByteArray("Authorization") << "`Authorization`";
}

void TestTc3Verifier::missingHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, parameter);
    ReceivedRequest r = publishedA();
    r.headers.remove(header);
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QCOMPARE(v.code, QStringLiteral("MissingParameter"));
    QVERIFY2(v.message.contains(parameter), qPrintable(v.message));

    r = publishedA();
    r.headers.set(header, "   ");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("MissingParameter"));
}

void TestTc3Verifier::timestampNotANumber()
{
    ReceivedRequest r = publishedA();
    r.headers.set("X-TC-Timestamp", "2019-02-25T16:44:25Z");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("InvalidParameterValue"));
}

void TestTc3Verifier::clockSkew_data()
{
    QTest::addColumn<qint64>("serverMinusClient");
    QTest::addColumn<QString>("code");
    QTest::newRow("301 s behind the server") << qint64(301) << "AuthFailure.SignatureExpire";
    QTest::newRow("301 s ahead of the server") << qint64(-301) << "AuthFailure.SignatureExpire";
    QTest::newRow("an hour off") << qint64(3600) << "AuthFailure.SignatureExpire";
    QTest::newRow("300 s behind: accepted") << qint64(300) << "";
    QTest::newRow("299 s behind: accepted") << qint64(299) << "";
    QTest::newRow("299 s ahead: accepted") << qint64(-299) << "";
    QTest::newRow("in sync") << qint64(0) << "";
}

void TestTc3Verifier::clockSkew()
{
    QFETCH(qint64, serverMinusClient);
    QFETCH(QString, code);
    // The request itself is validly signed; only "now" moves.
    QCOMPARE(verifier().verify(publishedA(), kTimestamp + serverMinusClient).code, code);
}

void TestTc3Verifier::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QByteArray sig = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    const QByteArray cred = "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                            "tc3_request";
    QTest::newRow("garbage") << QByteArray("Bearer abc");
    QTest::newRow("other algorithm")
        << "TC3-HMAC-SHA1 " + cred + ", SignedHeaders=content-type;host, Signature=" + sig;
    QTest::newRow("no Signature") << "TC3-HMAC-SHA256 " + cred +
                                         ", SignedHeaders=content-type;host";
    QTest::newRow("no Credential")
        << "TC3-HMAC-SHA256 SignedHeaders=content-type;host, Signature=" + sig;
    QTest::newRow("unknown part") << "TC3-HMAC-SHA256 " + cred +
                                         ", SignedHeaders=content-type;host, Signature=" + sig +
                                         ", Extra=1";
    QTest::newRow("repeated part") << "TC3-HMAC-SHA256 " + cred + ", " + cred +
                                          ", SignedHeaders=content-type;host, Signature=" + sig;
    QTest::newRow("scope without tc3_request")
        << "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm, "
           "SignedHeaders=content-type;host, Signature=" +
               sig;
    QTest::newRow("date not YYYY-MM-DD")
        << "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/20190225/cvm/"
           "tc3_request, SignedHeaders=content-type;host, Signature=" +
               sig;
    QTest::newRow("impossible date")
        << "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-30/cvm/"
           "tc3_request, SignedHeaders=content-type;host, Signature=" +
               sig;
    QTest::newRow("empty SecretId") << "TC3-HMAC-SHA256 Credential=/2019-02-25/cvm/tc3_request, "
                                       "SignedHeaders=content-type;host, Signature=" +
                                           sig;
    QTest::newRow("short signature")
        << "TC3-HMAC-SHA256 " + cred +
               ", SignedHeaders=content-type;host, Signature=" + sig.left(63);
    QTest::newRow("uppercase signature")
        << "TC3-HMAC-SHA256 " + cred +
               ", SignedHeaders=content-type;host, Signature=" + sig.toUpper();
    QTest::newRow("unsorted SignedHeaders")
        << "TC3-HMAC-SHA256 " + cred + ", SignedHeaders=host;content-type, Signature=" + sig;
    QTest::newRow("SignedHeaders without host")
        << "TC3-HMAC-SHA256 " + cred + ", SignedHeaders=content-type, Signature=" + sig;
    QTest::newRow("SignedHeaders without content-type")
        << "TC3-HMAC-SHA256 " + cred + ", SignedHeaders=host;x-tc-action, Signature=" + sig;
    QTest::newRow("uppercase SignedHeaders")
        << "TC3-HMAC-SHA256 " + cred + ", SignedHeaders=Content-Type;Host, Signature=" + sig;
}

void TestTc3Verifier::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    ReceivedRequest r = publishedA();
    r.headers.set("Authorization", authorization);
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QCOMPARE(v.code, QStringLiteral("AuthFailure.InvalidAuthorization"));
    QVERIFY(!v.message.isEmpty());
}

void TestTc3Verifier::duplicateAuthorization()
{
    ReceivedRequest r = publishedA();
    r.headers.append("authorization", r.headers.value("Authorization"));
    QCOMPARE(verifier().verify(r, kTimestamp).code,
             QStringLiteral("AuthFailure.InvalidAuthorization"));
}

void TestTc3Verifier::unknownSecretId()
{
    const ReceivedRequest r = signedBy(QStringLiteral("AKIDunknown"), kKeyA,
                                       "cvm.tencentcloudapi.com", "cvm", kTimestamp);
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QCOMPARE(v.code, QStringLiteral("AuthFailure.SecretIdNotFound"));
    QCOMPARE(v.secretId, QStringLiteral("AKIDunknown"));
}

void TestTc3Verifier::credentialDateMustMatchTimestamp()
{
    // A genuine signature over a scope dated the day before the timestamp.
    ReceivedRequest r = publishedA();
    const QByteArray scope = Tc3Signer::credentialScope("2019-02-24", "cvm");
    const QByteArray canonical = Tc3Signer::canonicalRequest(
        "POST", "/", "",
        {{"content-type", "application/json; charset=utf-8"}, {"host", "cvm.tencentcloudapi.com"}},
        kPayload);
    const QByteArray signature =
        Tc3Signer::signature(Tc3Signer::signingKeys(kKeyA, "2019-02-24", "cvm").secretSigning,
                             Tc3Signer::stringToSign("1551113065", scope, canonical));
    r.headers.set("Authorization",
                  Tc3Signer::authorizationHeader(kIdA, scope, "content-type;host", signature));
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestTc3Verifier::serviceFromHost_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("scopeService");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("service");
    const QString ok;
    const QString invalid = QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("cvm host") << QByteArray("cvm.tencentcloudapi.com") << QByteArray("cvm") << ok
                              << "cvm";
    QTest::newRow("region-pinned host") << QByteArray("lighthouse.ap-guangzhou.tencentcloudapi.com")
                                        << QByteArray("lighthouse") << ok << "lighthouse";
    QTest::newRow("host and scope disagree")
        << QByteArray("lighthouse.tencentcloudapi.com") << QByteArray("cvm") << invalid << "";
    QTest::newRow("IPv4 with port: scope decides")
        << QByteArray("127.0.0.1:8443") << QByteArray("lighthouse") << ok << "lighthouse";
    QTest::newRow("IPv6 with port: scope decides")
        << QByteArray("[::1]:8443") << QByteArray("cvm") << ok << "cvm";
    QTest::newRow("localhost: scope decides")
        << QByteArray("localhost:8080") << QByteArray("cvm") << ok << "cvm";
    QTest::newRow("other host name: scope decides")
        << QByteArray("imprint-sim.lan:8443") << QByteArray("lighthouse") << ok << "lighthouse";
    QTest::newRow("scope names no service of ours")
        << QByteArray("127.0.0.1:8443") << QByteArray("ecs") << invalid << "";
}

void TestTc3Verifier::serviceFromHost()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, scopeService);
    QFETCH(QString, code);
    QFETCH(QString, service);
    const ReceivedRequest r = signedBy(kIdA, kKeyA, host, scopeService, kTimestamp);
    const Tc3Verification v = verifier().verify(r, kTimestamp);
    QCOMPARE(v.code, code);
    QCOMPARE(v.service, service);
}

void TestTc3Verifier::signedHeaderMissingFromRequest()
{
    ReceivedRequest r = signedBy(kIdA, kKeyA, "cvm.tencentcloudapi.com", "cvm", kTimestamp, "{}",
                                 {"content-type", "host", "x-tc-action"});
    QVERIFY(verifier().verify(r, kTimestamp).ok());
    r.headers.remove("X-TC-Action");
    r.headers.append("X-TC-Action", ""); // present for the routing check, but empty
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("MissingParameter"));
    r.headers.remove("Host");
    r.headers.set("X-TC-Action", "DescribeImages");
    QCOMPARE(verifier().verify(r, kTimestamp).code, QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestTc3Verifier::verdictAsError()
{
    QVERIFY(!verifier().verify(publishedA(), kTimestamp).toError().isError());

    ReceivedRequest r = publishedA();
    r.body += ' ';
    const Error e = verifier().verify(r, kTimestamp).toError();
    QCOMPARE(e.code, ErrorCode::RemoteError);
    QCOMPARE(e.remoteCode, QStringLiteral("AuthFailure.SignatureFailure"));

    r = publishedA();
    r.headers.remove("X-TC-Version");
    QCOMPARE(verifier().verify(r, kTimestamp).toError().code, ErrorCode::InvalidArgument);
}

void TestTc3Verifier::constantTimeEquals()
{
    QVERIFY(Tc3Verifier::constantTimeEquals("abc", "abc"));
    QVERIFY(!Tc3Verifier::constantTimeEquals("abc", "abd"));
    QVERIFY(!Tc3Verifier::constantTimeEquals("abc", "ab"));
    QVERIFY(Tc3Verifier::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(TestTc3Verifier)
#include "tst_tc3verifier.moc"
