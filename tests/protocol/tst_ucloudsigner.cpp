// UCloud's signature against the three published vectors (reference §3.1), the verifier's
// refusals, value rendering, and the form / JSON bodies the parameters travel in.

#include "uclouderrorcodes.h"
#include "ucloudparams.h"
#include "ucloudsigner.h"
#include "ucloudverifier.h"

#include <QTest>

using namespace imprint;

namespace {

const QString kPrivateKey = QStringLiteral("46f09bb9fab4f12dfc160dae12273d5332b5debe");
const QString kUcloudKey = QStringLiteral("ucloudsomeone@example.com1296235120854146120");
const QString kMirrorKey = QStringLiteral("someone@example.com1296235120854146120");

UCloudParams describeParams()
{
    UCloudParams p;
    p.set(QStringLiteral("Action"), QStringLiteral("DescribeUHostInstance"));
    p.set(QStringLiteral("Region"), QStringLiteral("cn-bj2"));
    p.setInteger(QStringLiteral("Limit"), 10);
    return p;
}

UCloudParams createParams()
{
    UCloudParams p;
    const QList<QPair<const char *, const char *>> values{
        {"Action", "CreateUHostInstance"},
        {"CPU", "2"},
        {"ChargeType", "Month"},
        {"DiskSpace", "10"},
        {"ImageId", "f43736e1-65a5-4bea-ad2e-8a46e18883c2"},
        {"LoginMode", "Password"},
        {"Memory", "2048"},
        {"Name", "Host01"},
        {"Password", "VUNsb3VkLmNu"},
        {"Quantity", "1"},
        {"Region", "cn-bj2"},
        {"Zone", "cn-bj2-04"}};
    for (const auto &[name, value] : values)
        p.set(QLatin1String(name), QLatin1String(value));
    return p;
}

std::optional<QString> lookup(const QString &publicKey)
{
    if (publicKey == kUcloudKey || publicKey == kMirrorKey)
        return kPrivateKey;
    return std::nullopt;
}

UCloudParams signedWith(UCloudParams p, const QString &publicKey)
{
    UCloudSigner(Credentials{publicKey, kPrivateKey, {}}).sign(p);
    return p;
}

} // namespace

class TestUCloudSigner : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void signedTextAsPublished();
    void sortIsByteOrder();
    void verifierAcceptsPublishedVectors();
    void verifierRefusals_data();
    void verifierRefusals();
    void valuesRenderAsTheSignatureWants_data();
    void valuesRenderAsTheSignatureWants();
    void jsonBodySignsLikeTheFormBody();
    void formBodyRoundTrip();
    void formBodyRefusals_data();
    void formBodyRefusals();
    void arraysAreZeroBasedDottedNames();
    void securityTokenIsSigned();
};

void TestUCloudSigner::publishedVectors_data()
{
    QTest::addColumn<QString>("publicKey");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QByteArray>("expected");
    // UCloud docs "Signature algorithm" (docs.ucloud.cn/api/summary/signature).
    QTest::newRow("docs") << kUcloudKey << false
                          << QByteArray("cba5cf5ec4d4233d206b1b54951e3787350a642f");
    // The same page on the white-label mirrors, with the key they print.
    QTest::newRow("mirror") << kMirrorKey << false
                            << QByteArray("4201919d267504385deb93af19e0197870fed36b");
    // ucloud-sdk-go auth/credential_test.go.
    QTest::newRow("go-sdk") << kUcloudKey << true
                            << QByteArray("4f9ef5df2abab2c6fccd1e9515cb7e2df8c6bb65");
}

void TestUCloudSigner::publishedVectors()
{
    QFETCH(QString, publicKey);
    QFETCH(bool, create);
    QFETCH(QByteArray, expected);
    const UCloudParams p = signedWith(create ? createParams() : describeParams(), publicKey);
    QCOMPARE(p.value(QStringLiteral("PublicKey")), publicKey);
    QCOMPARE(p.value(QStringLiteral("Signature")).toLatin1(), expected);
    // The static step gives the same, with or without a Signature already present.
    QCOMPARE(UCloudSigner::signature(p, kPrivateKey), expected);
}

void TestUCloudSigner::signedTextAsPublished()
{
    const UCloudParams p = signedWith(describeParams(), kUcloudKey);
    QCOMPARE(UCloudSigner::signedText(p),
             QByteArray("ActionDescribeUHostInstanceLimit10PublicKeyucloudsomeone@example."
                        "com1296235120854146120Regioncn-bj2"));
}

void TestUCloudSigner::sortIsByteOrder()
{
    // "CPU" < "ChargeType" in bytes ('P' 0x50 < 'h' 0x68), unlike a case-insensitive sort.
    const QByteArray text = UCloudSigner::signedText(createParams());
    QVERIFY(text.indexOf("CPU2") < text.indexOf("ChargeTypeMonth"));
    QVERIFY(text.startsWith("ActionCreateUHostInstanceCPU2ChargeTypeMonthDiskSpace10"));
}

void TestUCloudSigner::verifierAcceptsPublishedVectors()
{
    const UCloudVerifier verifier(lookup);
    for (const UCloudParams &p :
         {signedWith(describeParams(), kUcloudKey), signedWith(describeParams(), kMirrorKey),
          signedWith(createParams(), kUcloudKey)}) {
        const UCloudVerification v = verifier.verify(p);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.publicKey, p.value(QStringLiteral("PublicKey")));
        QCOMPARE(v.action, p.value(QStringLiteral("Action")));
    }
}

void TestUCloudSigner::verifierRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("retCode");
    QTest::newRow("tampered value") << "Limit=11" << UCloudErrorCodes::signatureError;
    QTest::newRow("added parameter") << "Zone=cn-bj2-05" << UCloudErrorCodes::signatureError;
    QTest::newRow("upper-case hex") << "upper" << UCloudErrorCodes::signatureError;
    QTest::newRow("wrong private key") << "wrongkey" << UCloudErrorCodes::signatureError;
    QTest::newRow("unknown public key") << "PublicKey=nobody" << UCloudErrorCodes::userNotFound;
    QTest::newRow("no public key") << "-PublicKey" << UCloudErrorCodes::userNotFound;
    QTest::newRow("no signature") << "-Signature" << UCloudErrorCodes::missingSignature;
    QTest::newRow("no action") << "-Action" << UCloudErrorCodes::missingAction;
}

void TestUCloudSigner::verifierRefusals()
{
    QFETCH(QString, change);
    QFETCH(int, retCode);
    UCloudParams p = signedWith(describeParams(), kUcloudKey);
    if (change == QLatin1String("upper"))
        p.set(QStringLiteral("Signature"), p.value(QStringLiteral("Signature")).toUpper());
    else if (change == QLatin1String("wrongkey"))
        UCloudSigner(Credentials{kUcloudKey, QStringLiteral("not-the-key"), {}}).sign(p);
    else if (change.startsWith(QLatin1Char('-')))
        p.remove(change.mid(1));
    else
        p.set(change.section(QLatin1Char('='), 0, 0), change.section(QLatin1Char('='), 1));
    const UCloudVerification v = UCloudVerifier(lookup).verify(p);
    QVERIFY(!v.ok());
    QCOMPARE(v.retCode, retCode);
    QVERIFY(!v.message.isEmpty());
    // Nothing secret in what the refusal says.
    QVERIFY(!v.message.contains(kPrivateKey));
    QCOMPARE(v.toError().remoteCode, QString::number(retCode));
}

void TestUCloudSigner::valuesRenderAsTheSignatureWants_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integral float") << 42.0 << "42";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative") << -3.0 << "-3";
    QTest::newRow("fraction") << 0.5 << "0.5";
    QTest::newRow("shortest") << 0.1 << "0.1";
    QTest::newRow("large, no exponent") << 1e21 << "1000000000000000000000";
    QTest::newRow("small, no exponent") << 1e-7 << "0.0000001";
}

void TestUCloudSigner::valuesRenderAsTheSignatureWants()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(UCloudParams::renderNumber(value), text);
    QCOMPARE(UCloudParams::renderBool(true), QStringLiteral("true"));
    QCOMPARE(UCloudParams::renderBool(false), QStringLiteral("false"));
}

void TestUCloudSigner::jsonBodySignsLikeTheFormBody()
{
    // The docs' cURL example: the same request as JSON, Limit a number, signed as "Limit10".
    const QByteArray json = R"({"Action": "DescribeUHostInstance", "Limit": 10.0,
        "PublicKey": "ucloudsomeone@example.com1296235120854146120", "Region": "cn-bj2",
        "Signature": "cba5cf5ec4d4233d206b1b54951e3787350a642f", "Dry": true, "Gone": null})";
    Result<UCloudParams> fromJson = UCloudParams::fromJsonBody(json);
    QVERIFY(fromJson.ok());
    QCOMPARE(fromJson->value(QStringLiteral("Limit")), QStringLiteral("10"));
    QCOMPARE(fromJson->value(QStringLiteral("Dry")), QStringLiteral("true"));
    QVERIFY(!fromJson->contains(QStringLiteral("Gone")));
    UCloudParams p = fromJson.value();
    p.remove(QStringLiteral("Dry"));
    QVERIFY(UCloudVerifier(lookup).verify(p).ok());

    // Arrays and objects flatten to the form encoder's names.
    Result<UCloudParams> nested = UCloudParams::fromJsonBody(
        R"({"DataUDiskIds": ["bs-1", "bs-2"], "Disks": [{"IsBoot": "True", "Size": 40}]})");
    QVERIFY(nested.ok());
    QCOMPARE(nested->value(QStringLiteral("DataUDiskIds.1")), QStringLiteral("bs-2"));
    QCOMPARE(nested->value(QStringLiteral("Disks.0.Size")), QStringLiteral("40"));

    QVERIFY(!UCloudParams::fromJsonBody("[1, 2]").ok());
    const Result<UCloudParams> broken = UCloudParams::fromJsonBody("{\"Action\": ");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().remoteCode, QString::number(UCloudErrorCodes::paramsError));
}

void TestUCloudSigner::formBodyRoundTrip()
{
    UCloudParams p = createParams();
    p.set(QStringLiteral("ImageDescription"), QStringLiteral("a+b & c=d 100% 数据盘"));
    p.set(QStringLiteral("Empty"), QString());
    p = signedWith(p, kUcloudKey);
    const QByteArray body = p.toFormBody();
    QVERIFY(!body.contains(' '));
    QVERIFY(body.contains("ImageDescription=a%2Bb%20%26%20c%3Dd%20100%25%20"));
    Result<UCloudParams> back = UCloudParams::fromFormBody(body);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), p);
    QVERIFY(UCloudVerifier(lookup).verify(back.value()).ok());
    // What other encoders send: '+' for a space.
    // A remote request carries them as a flat JSON object of strings.
    Result<UCloudParams> carried = UCloudParams::fromJson(p.toJson());
    QVERIFY(carried.ok());
    QCOMPARE(carried.value(), p);
    Result<UCloudParams> plus = UCloudParams::fromFormBody("Name=web+01&Zone=cn-bj2-05");
    QVERIFY(plus.ok());
    QCOMPARE(plus->value(QStringLiteral("Name")), QStringLiteral("web 01"));
}

void TestUCloudSigner::formBodyRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("given twice") << QByteArray("Region=cn-bj2&Region=hk") << "twice";
    QTest::newRow("bad utf-8") << QByteArray("Name=%FF%FE") << "UTF-8";
    QTest::newRow("no name") << QByteArray("=value") << "no name";
}

void TestUCloudSigner::formBodyRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const Result<UCloudParams> r = UCloudParams::fromFormBody(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(r.error().remoteCode, QString::number(UCloudErrorCodes::paramsError));
}

void TestUCloudSigner::arraysAreZeroBasedDottedNames()
{
    UCloudParams p;
    p.setList(QStringLiteral("DataUDiskIds"), {QStringLiteral("bs-a"), QStringLiteral("bs-b")});
    QCOMPARE(p.values().keys(),
             QStringList({QStringLiteral("DataUDiskIds.0"), QStringLiteral("DataUDiskIds.1")}));
    QCOMPARE(p.listSize(QStringLiteral("DataUDiskIds")), 2);
    QVERIFY(!p.hasListGap(QStringLiteral("DataUDiskIds")));
    p.set(QStringLiteral("DataUDiskIds.3"), QStringLiteral("bs-d"));
    QVERIFY(p.hasListGap(QStringLiteral("DataUDiskIds")));
    QCOMPARE(p.listSize(QStringLiteral("DataUDiskIds")), 2);
    // Another parameter that merely shares the prefix is not an entry.
    UCloudParams q;
    q.set(QStringLiteral("DisksExtra"), QStringLiteral("x"));
    q.set(QStringLiteral("Disks.0.Size"), QStringLiteral("40"));
    QCOMPARE(q.listSize(QStringLiteral("Disks")), 1);
    QVERIFY(!q.hasListGap(QStringLiteral("Disks")));
}

void TestUCloudSigner::securityTokenIsSigned()
{
    UCloudParams p = describeParams();
    UCloudSigner(Credentials{kUcloudKey, kPrivateKey, QStringLiteral("sts-token")}).sign(p);
    QCOMPARE(p.value(QStringLiteral("SecurityToken")), QStringLiteral("sts-token"));
    QVERIFY(UCloudSigner::signedText(p).contains("SecurityTokensts-token"));
    QVERIFY(UCloudVerifier(lookup).verify(p).ok());
}

QTEST_GUILESS_MAIN(TestUCloudSigner)
#include "tst_ucloudsigner.moc"
