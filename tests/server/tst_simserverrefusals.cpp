// One mistake, every product: CVM and Lighthouse refuse it in the same way (the same sentence)
// and each with the code its own API documents (reference §3, §4). And DryRun answers exactly
// what the real call answers, because both ask the engine's validators.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "simprocess.h"

#include <QJsonDocument>
#include <QTest>

using namespace imprint;
using namespace servertest;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QString message(const ApiAnswer &answer)
{
    return answer.response.value(QLatin1String("Error"))
        .toObject()
        .value(QLatin1String("Message"))
        .toString();
}

} // namespace

class TestSimServerRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameMistakeEachProductsCode_data();
    void sameMistakeEachProductsCode();
    void dryRunAnswersAsTheRealCall_data();
    void dryRunAnswersAsTheRealCall();

private:
    ApiClient client() const
    {
        return ApiClient(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    }

    SimProcess m_sim;
};

void TestSimServerRefusals::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
}

void TestSimServerRefusals::cleanupTestCase()
{
    m_sim.stop();
}

void TestSimServerRefusals::sameMistakeEachProductsCode_data()
{
    QTest::addColumn<QByteArray>("cvmAction");
    QTest::addColumn<QJsonObject>("cvmBody");
    QTest::addColumn<QString>("cvmCode");
    QTest::addColumn<QByteArray>("lighthouseAction");
    QTest::addColumn<QJsonObject>("lighthouseBody");
    QTest::addColumn<QString>("lighthouseCode");
    // The same ids on both sides, so that the sentences can be compared whole.
    QTest::newRow("zone of another region")
        << QByteArray("RunInstances")
        << json(R"({"Placement":{"Zone":"ap-singapore-1"},"ImageId":"img-nope"})")
        << "InvalidZone.MismatchRegion" << QByteArray("CreateInstances")
        << json(R"({"BundleId":"bundle_starter","BlueprintId":"img-nope",)"
                R"("InstanceChargePrepaid":{"Period":1},"Zones":["ap-singapore-1"]})")
        << "InvalidParameterValue.InvalidZone";
    QTest::newRow("launch from an unknown image")
        << QByteArray("RunInstances")
        << json(R"({"Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"img-nope"})")
        << "InvalidImageId.NotFound" << QByteArray("CreateInstances")
        << json(R"({"BundleId":"bundle_starter","BlueprintId":"img-nope",)"
                R"("InstanceChargePrepaid":{"Period":1},"Zones":["ap-guangzhou-3"]})")
        << "ResourceNotFound.BlueprintIdNotFound";
    QTest::newRow("image of an unknown instance")
        << QByteArray("CreateImage") << json(R"({"ImageName":"never","InstanceId":"ins-nope"})")
        << "InvalidInstanceId.NotFound" << QByteArray("CreateBlueprint")
        << json(R"({"BlueprintName":"never","InstanceId":"ins-nope"})")
        << "ResourceNotFound.InstanceIdNotFound";
    QTest::newRow("delete an unknown image")
        << QByteArray("DeleteImages") << json(R"({"ImageIds":["img-nope"]})")
        << "InvalidImageId.NotFound" << QByteArray("DeleteBlueprints")
        << json(R"({"BlueprintIds":["img-nope"]})") << "ResourceNotFound.BlueprintIdNotFound";
    QTest::newRow("rename an unknown image")
        << QByteArray("ModifyImageAttribute") << json(R"({"ImageId":"img-nope","ImageName":"n"})")
        << "InvalidImageId.NotFound" << QByteArray("ModifyBlueprintAttribute")
        << json(R"({"BlueprintId":"img-nope","BlueprintName":"n"})")
        << "ResourceNotFound.BlueprintIdNotFound";
    QTest::newRow("start an unknown instance")
        << QByteArray("StartInstances") << json(R"({"InstanceIds":["ins-nope"]})")
        << "InvalidInstanceId.NotFound" << QByteArray("StartInstances")
        << json(R"({"InstanceIds":["ins-nope"]})") << "ResourceNotFound.InstanceIdNotFound";
    QTest::newRow("stop an unknown instance")
        << QByteArray("StopInstances") << json(R"({"InstanceIds":["ins-nope"]})")
        << "InvalidInstanceId.NotFound" << QByteArray("StopInstances")
        << json(R"({"InstanceIds":["ins-nope"]})") << "ResourceNotFound.InstanceIdNotFound";
}

void TestSimServerRefusals::sameMistakeEachProductsCode()
{
    QFETCH(QByteArray, cvmAction);
    QFETCH(QJsonObject, cvmBody);
    QFETCH(QString, cvmCode);
    QFETCH(QByteArray, lighthouseAction);
    QFETCH(QJsonObject, lighthouseBody);
    QFETCH(QString, lighthouseCode);
    ApiClient c = client();
    const ApiAnswer cvm = c.call("cvm", cvmAction, cvmBody);
    const ApiAnswer lighthouse = c.call("lighthouse", lighthouseAction, lighthouseBody);
    QVERIFY2(cvm.code == cvmCode, cvm.describe());
    QVERIFY2(lighthouse.code == lighthouseCode, lighthouse.describe());
    QVERIFY(!message(cvm).isEmpty());
    QCOMPARE(message(lighthouse), message(cvm));
}

void TestSimServerRefusals::dryRunAnswersAsTheRealCall_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("CreateImage, a name the region already has")
        << QByteArray("CreateImage") << "InvalidImageName.Duplicate";
    QTest::newRow("RunInstances, a type CVM does not sell")
        << QByteArray("RunInstances") << "InvalidParameterValue.InvalidImageForGivenInstanceType";
    QTest::newRow("SyncImages, to the region it is in")
        << QByteArray("SyncImages") << "InvalidParameterValue";
}

void TestSimServerRefusals::dryRunAnswersAsTheRealCall()
{
    QFETCH(QByteArray, action);
    QFETCH(QString, code);
    ApiClient c = client();
    const ApiAnswer instances = c.call("cvm", "DescribeInstances");
    const ApiAnswer images = c.call("cvm", "DescribeImages");
    QVERIFY2(instances.ok(), instances.describe());
    QVERIFY2(images.ok(), images.describe());
    const QJsonObject instance = first(instances, "InstanceSet");
    const QJsonObject image = first(images, "ImageSet");
    QJsonObject body;
    if (action == "CreateImage")
        body = {{QStringLiteral("ImageName"), text(image, "ImageName")},
                {QStringLiteral("InstanceId"), text(instance, "InstanceId")}};
    else if (action == "RunInstances")
        body = {
            {QStringLiteral("Placement"), instance.value(QLatin1String("Placement")).toObject()},
            {QStringLiteral("ImageId"), text(image, "ImageId")},
            {QStringLiteral("InstanceType"), QStringLiteral("NO.SUCH.TYPE")}};
    else
        body = {{QStringLiteral("ImageIds"), QJsonArray{text(image, "ImageId")}},
                {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-guangzhou")}}};

    QJsonObject dry = body;
    dry.insert(QStringLiteral("DryRun"), true);
    const ApiAnswer dryRun = c.call("cvm", action, dry);
    const ApiAnswer real = c.call("cvm", action, body);
    QVERIFY2(dryRun.code == code, dryRun.describe());
    QVERIFY2(real.code == code, real.describe());
    QCOMPARE(message(dryRun), message(real));
}

QTEST_GUILESS_MAIN(TestSimServerRefusals)
#include "tst_simserverrefusals.moc"
