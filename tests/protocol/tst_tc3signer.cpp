// TC3-HMAC-SHA256 against the published worked example (reference §2.2): vectors A, B and C
// with every intermediate value as published, plus the self-made Go-SDK-style vector.

#include "credentials.h"
#include "tc3signer.h"

#include <QDebug>
#include <QTest>

using namespace imprint;

namespace {

// Credentials must not be printable (the key would end up in logs): checked at compile time.
template <typename T>
concept DebugPrintable = requires(QDebug d, const T &v)
{
    d << v;
};
static_assert(!DebugPrintable<Credentials>, "Credentials must not be printable via QDebug");

// The shared payload: 86 ASCII bytes; the \u escapes are literal characters, not decoded.
const QByteArray kPayload =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
const qint64 kTimestamp = 1551113065;

SignedRequest exampleRequest(const QByteArray &contentType, const QByteArrayList &signedHeaders)
{
    SignedRequest r;
    r.host = "cvm.tencentcloudapi.com";
    r.contentType = contentType;
    r.payload = kPayload;
    r.action = "DescribeInstances";
    r.timestamp = kTimestamp;
    r.service = "cvm";
    r.signedHeaders = signedHeaders;
    return r;
}

const QByteArray kCanonicalA = "POST\n"
                               "/\n"
                               "\n"
                               "content-type:application/json; charset=utf-8\n"
                               "host:cvm.tencentcloudapi.com\n"
                               "\n"
                               "content-type;host\n"
                               "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";

const QByteArray kCanonicalC = "POST\n"
                               "/\n"
                               "\n"
                               "content-type:application/json; charset=utf-8\n"
                               "host:cvm.tencentcloudapi.com\n"
                               "x-tc-action:describeinstances\n"
                               "\n"
                               "content-type;host;x-tc-action\n"
                               "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";

} // namespace

class TestTc3Signer : public QObject
{
    Q_OBJECT

private slots:
    void payloadHash();
    void payloadHashCoversExactBytes();
    void publishedVectors_data();
    void publishedVectors();
    void canonicalRequestTextAsPublished();
    void stringToSignAsPublished();
    void dateIsUtcNotLocal();
    void canonicalHeadersLowercasedTrimmedSorted();
    void signableHeaders();
    void clientHeaders();
    void tokenAndLanguageOnlyWhenSet();
};

void TestTc3Signer::payloadHash()
{
    QCOMPARE(kPayload.size(), 86);
    QCOMPARE(Tc3Signer::hashedPayload(kPayload),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
}

void TestTc3Signer::payloadHashCoversExactBytes()
{
    // The same object with raw UTF-8 instead of \u escapes hashes differently (reference
    // [CALC]): the client must hash the bytes it sends, not a re-serialisation.
    const QByteArray utf8 =
        QStringLiteral(u"{\"Limit\": 1, \"Filters\": [{\"Values\": [\"未命名\"], "
                       u"\"Name\": \"instance-name\"}]}")
            .toUtf8();
    QCOMPARE(Tc3Signer::hashedPayload(utf8),
             QByteArray("1e07682a01ae959704b7d77a9c0dd92ad8284fc90f9bb2ab5cc941be1d7ea716"));
}

void TestTc3Signer::publishedVectors_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArrayList>("signedHeaders");
    QTest::addColumn<QByteArray>("hashedCanonicalRequest");
    QTest::addColumn<QByteArray>("secretDate");
    QTest::addColumn<QByteArray>("secretService");
    QTest::addColumn<QByteArray>("secretSigning");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("authorization");

    const QByteArray json = "application/json; charset=utf-8";
    const QByteArrayList ch{"content-type", "host"};

    QTest::newRow("A: EXAMPLE keys, content-type;host")
        << "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
        << "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE" << json << ch
        << QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031")
        << QByteArray("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a")
        << QByteArray("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050")
        << QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1")
        << QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
        << QByteArray("TC3-HMAC-SHA256 "
                      "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                      "tc3_request, SignedHeaders=content-type;host, "
                      "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");

    QTest::newRow("B: masked keys used literally")
        << "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
        << "Gu5t9xGARNpq86cd98joQYCN3*******" << json << ch
        << QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031")
        << QByteArray("f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e")
        << QByteArray("e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7")
        << QByteArray("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed")
        << QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/"
                      "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                      "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");

    QTest::newRow("C: current doc, also signs x-tc-action")
        << "AKID********************************"
        << "********************************" << json
        << QByteArrayList{"content-type", "host", "x-tc-action"}
        << QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84")
        << QByteArray("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0")
        << QByteArray("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f")
        << QByteArray("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af")
        << QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKID********************************/"
                      "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, "
                      "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");

    // Self-made, not published ([CALC] only): vector A's keys with the Go SDK's plain
    // application/json. The derived keys equal A's: they do not depend on the request.
    QTest::newRow("D: self-made, application/json")
        << "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
        << "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE" << QByteArray("application/json") << ch
        << QByteArray("df142fa7176428137ac6a6b25b5efcb6b4c08a91fc30d75ecebe47877d3143d8")
        << QByteArray("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a")
        << QByteArray("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050")
        << QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1")
        << QByteArray("683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8")
        << QByteArray("TC3-HMAC-SHA256 "
                      "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                      "tc3_request, SignedHeaders=content-type;host, "
                      "Signature=683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8");
}

void TestTc3Signer::publishedVectors()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArrayList, signedHeaders);
    QFETCH(QByteArray, hashedCanonicalRequest);
    QFETCH(QByteArray, secretDate);
    QFETCH(QByteArray, secretService);
    QFETCH(QByteArray, secretSigning);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, authorization);

    const SignedRequest request = exampleRequest(contentType, signedHeaders);
    QCOMPARE(Tc3Signer::hashedPayload(Tc3Signer::canonicalRequest(request)),
             hashedCanonicalRequest);

    const Tc3Signer::SigningKeys keys = Tc3Signer::signingKeys(secretKey, "2019-02-25", "cvm");
    QCOMPARE(keys.secretDate.toHex(), secretDate);
    QCOMPARE(keys.secretService.toHex(), secretService);
    QCOMPARE(keys.secretSigning.toHex(), secretSigning);

    QCOMPARE(Tc3Signer::signature(request, secretKey), signature);
    const Tc3Signer signer(Credentials{secretId, secretKey, {}});
    QCOMPARE(signer.authorization(request), authorization);
}

void TestTc3Signer::canonicalRequestTextAsPublished()
{
    QCOMPARE(Tc3Signer::canonicalRequest(
                 exampleRequest("application/json; charset=utf-8", {"content-type", "host"})),
             kCanonicalA);
    // Vector C lowercases the x-tc-action value, as the docs say for every signed header.
    QCOMPARE(Tc3Signer::canonicalRequest(exampleRequest("application/json; charset=utf-8",
                                                        {"content-type", "host", "x-tc-action"})),
             kCanonicalC);
}

void TestTc3Signer::stringToSignAsPublished()
{
    const QByteArray expected = "TC3-HMAC-SHA256\n"
                                "1551113065\n"
                                "2019-02-25/cvm/tc3_request\n"
                                "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031";
    QCOMPARE(Tc3Signer::stringToSign(
                 exampleRequest("application/json; charset=utf-8", {"content-type", "host"})),
             expected);
    QCOMPARE(Tc3Signer::credentialScope("2019-02-25", "cvm"),
             QByteArray("2019-02-25/cvm/tc3_request"));
}

void TestTc3Signer::dateIsUtcNotLocal()
{
    // 1551113065 is 2019-02-25 16:44:25 UTC, already 02-26 in UTC+8.
    QCOMPARE(Tc3Signer::utcDate(kTimestamp), QByteArray("2019-02-25"));
    QCOMPARE(Tc3Signer::utcDate(1551139199), QByteArray("2019-02-25")); // 23:59:59 UTC
    QCOMPARE(Tc3Signer::utcDate(1551139200), QByteArray("2019-02-26")); // midnight UTC
}

void TestTc3Signer::canonicalHeadersLowercasedTrimmedSorted()
{
    const QByteArray canonical = Tc3Signer::canonicalRequest(
        "POST", "/", "",
        {{"Host", " CVM.TencentCloudAPI.com "}, {"Content-Type", "Application/JSON"}}, "{}");
    QVERIFY(canonical.contains(
        "\ncontent-type:application/json\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n"));
    QCOMPARE(Tc3Signer::signedHeaderList({"X-TC-Action", "host", "Content-Type"}),
             QByteArray("content-type;host;x-tc-action"));
}

void TestTc3Signer::signableHeaders()
{
    SignedRequest r = exampleRequest("application/json", {"content-type", "host"});
    QVERIFY(r.hasSignableHeaders());
    r.signedHeaders = {"host", "content-type", "x-tc-action"};
    QVERIFY(r.hasSignableHeaders());
    r.signedHeaders = {"host"};
    QVERIFY(!r.hasSignableHeaders());
    // What Imprint's client signs (issue 16): the action, the version and the region too.
    r.signedHeaders = SignedRequest::actionBound(true);
    QVERIFY(r.hasSignableHeaders());
    // The timestamp is in the string to sign already; a header this type has no value for is not.
    r.signedHeaders = {"content-type", "host", "x-tc-timestamp"};
    QVERIFY(!r.hasSignableHeaders());
}

void TestTc3Signer::clientHeaders()
{
    const SignedRequest request =
        exampleRequest("application/json; charset=utf-8", {"content-type", "host"});
    const Tc3Signer signer(Credentials{QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"),
                                       QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"),
                                       {}});
    const HttpHeaders h = signer.headers(request, "2017-03-12", "ap-guangzhou");
    QCOMPARE(h.value("host"), QByteArray("cvm.tencentcloudapi.com"));
    QCOMPARE(h.value("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(h.value("X-TC-Action"), QByteArray("DescribeInstances"));
    QCOMPARE(h.value("X-TC-Version"), QByteArray("2017-03-12"));
    QCOMPARE(h.value("X-TC-Timestamp"), QByteArray("1551113065"));
    QCOMPARE(h.value("X-TC-Region"), QByteArray("ap-guangzhou"));
    QVERIFY(h.value("Authorization")
                .endsWith(
                    "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    QVERIFY(!h.contains("X-TC-Token"));
    QVERIFY(!h.contains("X-TC-Language"));
    QCOMPARE(h.size(), 7);

    // Region-independent calls may go without a region.
    QVERIFY(!signer.headers(request, "2017-03-12", {}).contains("X-TC-Region"));
}

void TestTc3Signer::tokenAndLanguageOnlyWhenSet()
{
    const SignedRequest request = exampleRequest("application/json", {"content-type", "host"});
    const Tc3Signer plain(Credentials{QStringLiteral("id"), QStringLiteral("key"), {}});
    const Tc3Signer temporary(
        Credentials{QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("sts-token")});
    const HttpHeaders h = temporary.headers(request, "2017-03-12", "ap-guangzhou", "en-US");
    QCOMPARE(h.value("X-TC-Token"), QByteArray("sts-token"));
    QCOMPARE(h.value("X-TC-Language"), QByteArray("en-US"));
    // The token is not signed: same Authorization with or without it.
    QCOMPARE(h.value("Authorization"), plain.authorization(request));
}

QTEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
