// Alibaba Cloud RPC signatures against the published vectors (reference §1.3, §1.4): V1
// HMAC-SHA1 and V3 ACS3-HMAC-SHA256, each signed by the client code and verified by the server
// code, plus the verifier's refusals.

#include "ecsrpcverifier.h"
#include "ecssignaturev1.h"
#include "ecssignaturev3.h"

#include <QDateTime>
#include <QTest>

using namespace imprint;

namespace {

// §1.3: the published V1 example.
const EcsParamList kV1Params{{"AccessKeyId", "testid"},
                             {"Action", "DescribeRegions"},
                             {"Format", "XML"},
                             {"SignatureMethod", "HMAC-SHA1"},
                             {"SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"},
                             {"SignatureVersion", "1.0"},
                             {"Timestamp", "2016-02-23T12:46:24Z"},
                             {"Version", "2014-05-26"}};
const QByteArray kV1StringToSign =
    "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%"
    "3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%"
    "26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
const QByteArray kV1GetSignature = "OLeaidS1JvxuMvnyHOwuJ+uX5qY=";
const QByteArray kV1PostSignature = "MxbnVAM4w6sft9xjVpe/GCKueuk=";
const qint64 kV1Now = QDateTime::fromString("2016-02-23T12:46:24Z", Qt::ISODate).toSecsSinceEpoch();

// §1.4: the published V3 example.
const QByteArray kV3Query =
    "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
const QByteArray kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QByteArray kV3CanonicalHash =
    "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259";
const QByteArray kV3Signature = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";
const qint64 kV3Now = QDateTime::fromString("2023-10-26T10:22:32Z", Qt::ISODate).toSecsSinceEpoch();

QList<QPair<QByteArray, QByteArray>> v3Headers()
{
    return {{"host", "ecs.cn-shanghai.aliyuncs.com"},
            {"x-acs-action", "RunInstances"},
            {"x-acs-content-sha256", kEmptyHash},
            {"x-acs-date", "2023-10-26T10:22:32Z"},
            {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
            {"x-acs-version", "2014-05-26"}};
}

EcsRpcVerifier verifier(const QString &id, const QString &secret)
{
    return EcsRpcVerifier([id, secret](const QString &asked) -> std::optional<QString> {
        if (asked == id)
            return secret;
        return std::nullopt;
    });
}

EcsParamList withSignature(EcsParamList params, const QByteArray &signature)
{
    params.append({"Signature", QString::fromLatin1(signature)});
    return params;
}

ReceivedRequest v3Request()
{
    ReceivedRequest r;
    r.method = "POST";
    r.query = kV3Query;
    for (const auto &h : v3Headers())
        r.headers.append(h.first, h.second);
    r.headers.append("user-agent", "not signed, and that is fine");
    QByteArrayList names;
    for (const auto &h : v3Headers())
        names << h.first;
    r.headers.append("Authorization",
                     EcsSignatureV3::authorizationHeader("YourAccessKeyId", names, kV3Signature));
    return r;
}

Credentials credentials()
{
    Credentials c;
    c.secretId = "AKIDimprintEcsTest";
    c.secretKey = "imprint-ecs-secret";
    return c;
}

} // namespace

class TestEcsSignature : public QObject
{
    Q_OBJECT

private slots:
    void percentEncodingFollowsAlibabasRule()
    {
        QCOMPARE(EcsSignatureV1::percentEncode("a b*c~d-_."), QByteArray("a%20b%2Ac~d-_."));
        QCOMPARE(EcsSignatureV1::percentEncode("+=/:"), QByteArray("%2B%3D%2F%3A"));
        QCOMPARE(EcsSignatureV1::percentEncode(QString::fromUtf8("镜像")),
                 QByteArray("%E9%95%9C%E5%83%8F"));
        QCOMPARE(EcsSignatureV1::percentEncode("[\"i-1\"]"), QByteArray("%5B%22i-1%22%5D"));
    }

    void v1PublishedVector()
    {
        QCOMPARE(EcsSignatureV1::stringToSign("GET", kV1Params), kV1StringToSign);
        QCOMPARE(
            EcsSignatureV1::signature("testsecret", EcsSignatureV1::stringToSign("GET", kV1Params)),
            kV1GetSignature);
        QCOMPARE(EcsSignatureV1::signature("testsecret",
                                           EcsSignatureV1::stringToSign("POST", kV1Params)),
                 kV1PostSignature);
        // Order of the input does not matter; Signature itself is never signed.
        EcsParamList shuffled = kV1Params;
        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(EcsSignatureV1::stringToSign("GET", withSignature(shuffled, "x")),
                 kV1StringToSign);
    }

    void v1VerifiesThePublishedGetAndPost()
    {
        const EcsRpcVerifier v = verifier("testid", "testsecret");
        ReceivedRequest get;
        get.method = "GET";
        get.query = EcsSignatureV1::encode(withSignature(kV1Params, kV1GetSignature));
        QCOMPARE(EcsRpcVerifier::scheme(get), EcsVerification::Scheme::V1);
        EcsVerification result = v.verify(get, kV1Now);
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
        QCOMPARE(result.action, QString("DescribeRegions"));
        QCOMPARE(result.accessKeyId, QString("testid"));

        // POST: everything in a form body (pop-core), or split between query and body (the
        // Go SDK): the same signature either way.
        ReceivedRequest post;
        post.method = "POST";
        post.headers.append("Content-Type", "application/x-www-form-urlencoded");
        post.body = EcsSignatureV1::encode(withSignature(kV1Params, kV1PostSignature));
        result = v.verify(post, kV1Now);
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
        post.query = EcsSignatureV1::encode(kV1Params.mid(0, 3));
        post.body = EcsSignatureV1::encode(withSignature(kV1Params.mid(3), kV1PostSignature));
        result = v.verify(post, kV1Now);
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));

        // The GET signature does not pass for POST: the method is signed.
        post.query.clear();
        post.body = EcsSignatureV1::encode(withSignature(kV1Params, kV1GetSignature));
        QCOMPARE(v.verify(post, kV1Now).code, QString("SignatureDoesNotMatch"));
    }

    void v1Refusals()
    {
        const EcsRpcVerifier v = verifier("testid", "testsecret");
        auto codeFor = [&v](EcsParamList params, qint64 now = kV1Now) {
            ReceivedRequest r;
            r.method = "GET";
            r.query = EcsSignatureV1::encode(params);
            return v.verify(r, now).code;
        };
        EcsParamList tampered = withSignature(kV1Params, kV1GetSignature);
        tampered[1].second = "DescribeImages";
        QCOMPARE(codeFor(tampered), QString("SignatureDoesNotMatch"));
        QCOMPARE(codeFor(withSignature(kV1Params, kV1GetSignature), kV1Now + 16 * 60),
                 QString("InvalidTimeStamp.Expired"));
        QCOMPARE(codeFor(withSignature(kV1Params, kV1GetSignature), kV1Now - 14 * 60),
                 QString()); // inside the window
        EcsParamList unknownKey = withSignature(kV1Params, kV1GetSignature);
        unknownKey[0].second = "someoneelse";
        QCOMPARE(codeFor(unknownKey), QString("InvalidAccessKeyId.NotFound"));
        EcsParamList sha256 = withSignature(kV1Params, kV1GetSignature);
        sha256[3].second = "HMAC-SHA256";
        QCOMPARE(codeFor(sha256), QString("IncompleteSignature"));
        EcsParamList noNonce = withSignature(kV1Params, kV1GetSignature);
        noNonce.removeAt(4);
        QCOMPARE(codeFor(noNonce), QString("MissingParameter"));
        EcsParamList badTime = withSignature(kV1Params, kV1GetSignature);
        badTime[6].second = "2016-02-23 12:46:24";
        QCOMPARE(codeFor(badTime), QString("IllegalTimestamp"));
    }

    void v1ClientSignsWhatTheServerVerifies()
    {
        const Credentials c = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const EcsParamList action{{"RegionId", "cn-hangzhou"},
                                  {"InstanceIds", "[\"i-1\",\"i-2\"]"},
                                  {"Tag.1.Key", "team a*b"},
                                  {"ImageName", QString::fromUtf8("镜像-1")}};
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const EcsParamList all = EcsSignatureV1::sign(method, "DescribeInstances", "2014-05-26",
                                                          action, c, now, "n-1");
            QCOMPARE(all.constLast().first, QString("Signature"));
            ReceivedRequest r;
            r.method = method;
            if (method == "GET") {
                r.query = EcsSignatureV1::encode(all);
            } else {
                r.headers.append("Content-Type", "application/x-www-form-urlencoded");
                r.body = EcsSignatureV1::encode(all);
            }
            const EcsVerification result =
                verifier(c.secretId, c.secretKey).verify(r, now.toSecsSinceEpoch());
            QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
            // The parameters arrive decoded, exactly as sent.
            for (const auto &p : action)
                QVERIFY(result.params.contains(p));
            QCOMPARE(verifier(c.secretId, "wrong").verify(r, now.toSecsSinceEpoch()).code,
                     QString("SignatureDoesNotMatch"));
        }
    }

    void v3PublishedVector()
    {
        const QByteArray canonical = EcsSignatureV3::canonicalRequest(
            "POST", "/",
            EcsSignatureV3::canonicalQuery(
                {{"RegionId", "cn-shanghai"},
                 {"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}}),
            v3Headers(), EcsSignatureV3::hashedPayload({}));
        QCOMPARE(EcsSignatureV3::hashedPayload({}), kEmptyHash);
        QCOMPARE(EcsSignatureV3::hashedPayload(canonical), kV3CanonicalHash);
        QCOMPARE(EcsSignatureV3::stringToSign(canonical),
                 QByteArray("ACS3-HMAC-SHA256\n") + kV3CanonicalHash);
        QCOMPARE(EcsSignatureV3::signature("YourAccessKeySecret",
                                           EcsSignatureV3::stringToSign(canonical)),
                 kV3Signature);
    }

    void v3VerifiesThePublishedRequest()
    {
        const EcsRpcVerifier v = verifier("YourAccessKeyId", "YourAccessKeySecret");
        ReceivedRequest r = v3Request();
        QCOMPARE(EcsRpcVerifier::scheme(r), EcsVerification::Scheme::V3);
        EcsVerification result = v.verify(r, kV3Now);
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
        QCOMPARE(result.action, QString("RunInstances"));
        QCOMPARE(result.version, QString("2014-05-26"));
        QVERIFY(result.params.contains(qMakePair(QString("RegionId"), QString("cn-shanghai"))));

        // A signed header changed on the way: refused.
        ReceivedRequest changed = v3Request();
        changed.headers.set("x-acs-action", "DeleteImage");
        QCOMPARE(v.verify(changed, kV3Now).code, QString("SignatureDoesNotMatch"));
        // A body that does not match x-acs-content-sha256.
        ReceivedRequest body = v3Request();
        body.body = "RegionId=cn-beijing";
        QCOMPARE(v.verify(body, kV3Now).code, QString("SignatureDoesNotMatch"));
        // The query changed.
        ReceivedRequest query = v3Request();
        query.query = "RegionId=cn-beijing";
        QCOMPARE(v.verify(query, kV3Now).code, QString("SignatureDoesNotMatch"));
        QCOMPARE(v.verify(v3Request(), kV3Now + 3600).code, QString("InvalidTimeStamp.Expired"));
        QCOMPARE(verifier("other", "x").verify(v3Request(), kV3Now).code,
                 QString("InvalidAccessKeyId.NotFound"));
        ReceivedRequest malformed = v3Request();
        malformed.headers.set("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId");
        QCOMPARE(v.verify(malformed, kV3Now).code, QString("IncompleteSignature"));
    }

    void v3SignsWithWhateverHeadersTheClientListed()
    {
        // The official SDK signs x-acs-credentials-provider and other headers of its own: the
        // verifier takes the list from SignedHeaders, not from a fixed set.
        const Credentials c = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const EcsParamList query{{"RegionId", "cn-hangzhou"}, {"Tag.1.Key", "a b"}};
        const QByteArray body = "ImageName=x%20y";
        HttpHeaders headers = EcsSignatureV3::headers("POST", "127.0.0.1:8080", "CreateImage",
                                                      "2014-05-26", query, body, c, now, "n-9");
        ReceivedRequest r;
        r.method = "POST";
        r.query = EcsSignatureV1::encode(query);
        r.body = body;
        r.headers = headers;
        const EcsRpcVerifier v = verifier(c.secretId, c.secretKey);
        EcsVerification result = v.verify(r, now.toSecsSinceEpoch());
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
        QVERIFY(result.params.contains(qMakePair(QString("ImageName"), QString("x y"))));

        // Re-sign with an extra x-acs-credentials-provider header, as the SDK does.
        QList<QPair<QByteArray, QByteArray>> signedHeaders;
        for (const auto &h : headers.entries())
            if (h.first != "Authorization")
                signedHeaders.append(h);
        signedHeaders.append(
            qMakePair(QByteArray("x-acs-credentials-provider"), QByteArray("static_ak")));
        QByteArrayList names;
        for (const auto &h : std::as_const(signedHeaders))
            names << h.first;
        std::sort(names.begin(), names.end());
        const QByteArray signature = EcsSignatureV3::signature(
            c.secretKey, EcsSignatureV3::stringToSign(EcsSignatureV3::canonicalRequest(
                             "POST", "/", EcsSignatureV3::canonicalQuery(query), signedHeaders,
                             EcsSignatureV3::hashedPayload(body))));
        r.headers = HttpHeaders();
        for (const auto &h : std::as_const(signedHeaders))
            r.headers.append(h.first, h.second);
        r.headers.append("Authorization",
                         EcsSignatureV3::authorizationHeader(c.secretId, names, signature));
        result = v.verify(r, now.toSecsSinceEpoch());
        QVERIFY2(result.ok(), qPrintable(result.code + ": " + result.message));
        // ... and the header is part of the signature.
        r.headers.set("x-acs-credentials-provider", "env");
        QCOMPARE(v.verify(r, now.toSecsSinceEpoch()).code, QString("SignatureDoesNotMatch"));
    }

    void requestsOfOtherShapesAreNotClaimed()
    {
        ReceivedRequest tc3;
        tc3.headers.append("Authorization",
                           "TC3-HMAC-SHA256 Credential=x/2020-01-01/cvm/tc3_request");
        QVERIFY(!EcsRpcVerifier::claims(tc3));
        ReceivedRequest plain;
        plain.query = "Action=DescribeRegions&Signature=x"; // no SignatureMethod
        QVERIFY(!EcsRpcVerifier::claims(plain));
        plain.query += "&SignatureMethod=HMAC-SHA1";
        QVERIFY(EcsRpcVerifier::claims(plain));
    }
};

QTEST_GUILESS_MAIN(TestEcsSignature)
#include "tst_ecssignature.moc"
