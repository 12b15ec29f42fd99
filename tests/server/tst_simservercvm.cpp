// A full CVM custom-image cycle against a real imprint-sim process, as a client sees it:
// CreateImage (forced power-off, one data disk) -> DescribeImages until NORMAL -> RunInstances
// with a ClientToken, repeated without creating a second instance -> DescribeInstances ->
// DeleteImages. The simulated clock runs at 300x so the cycle takes seconds.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "simprocess.h"

#include <QTest>

using namespace imprint;
using namespace servertest;

class TestSimServerCvm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullCycle();
    void syncModifyQuotaAndPrice();
    void imagesAreFoundByTheirTags();

private:
    SimProcess m_sim;
};

void TestSimServerCvm::initTestCase()
{
    // 300x: the image takes about two seconds, long enough to see it busy on a loaded machine.
    QVERIFY2(m_sim.start({QStringLiteral("--sim-speed"), QStringLiteral("300")}),
             qPrintable(m_sim.error()));
}

void TestSimServerCvm::cleanupTestCase()
{
    m_sim.stop();
}

void TestSimServerCvm::fullCycle()
{
    ApiClient c(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});

    const ApiAnswer sources =
        c.call("cvm", "DescribeInstances", filterBody("instance-name", "api-gateway-01"));
    QVERIFY2(sources.ok(), sources.describe());
    const QJsonObject source = first(sources, "InstanceSet");
    const QString instanceId = text(source, "InstanceId");
    const QString zone = text(source.value(QLatin1String("Placement")).toObject(), "Zone");
    const QJsonArray dataDisks = source.value(QLatin1String("DataDisks")).toArray();
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(dataDisks.size(), 1);
    const QString dataDiskId = text(dataDisks.first().toObject(), "DiskId");

    // ForcePoweroff is a string on the wire ("TRUE"), DataDiskIds a list.
    const ApiAnswer created =
        c.call("cvm", "CreateImage",
               {{QStringLiteral("ImageName"), QStringLiteral("cycle-golden")},
                {QStringLiteral("ImageDescription"), QStringLiteral("made over HTTP")},
                {QStringLiteral("InstanceId"), instanceId},
                {QStringLiteral("ForcePoweroff"), QStringLiteral("TRUE")},
                {QStringLiteral("DataDiskIds"), QJsonArray{dataDiskId}}});
    QVERIFY2(created.ok(), created.describe());
    const QString imageId = text(created.response, "ImageId");
    QVERIFY(imageId.startsWith(QLatin1String("img-")));

    // The instance shows the running CreateImage and is powered off for it.
    const ApiAnswer busy = c.call("cvm", "DescribeInstances",
                                  {{QStringLiteral("InstanceIds"), QJsonArray{instanceId}}});
    QCOMPARE(text(first(busy, "InstanceSet"), "LatestOperation"), QStringLiteral("CreateImage"));
    const QString busyState = text(first(busy, "InstanceSet"), "InstanceState");
    QVERIFY2(busyState == QLatin1String("STOPPING") || busyState == QLatin1String("STOPPED"),
             qPrintable(busyState));
    // The name is taken now, even while the image is being made.
    QCOMPARE(c.call("cvm", "CreateImage",
                    {{QStringLiteral("ImageName"), QStringLiteral("cycle-golden")},
                     {QStringLiteral("InstanceId"), instanceId}})
                 .code,
             QStringLiteral("InvalidImageName.Duplicate"));

    QJsonObject image;
    QVERIFY2(waitFor([&] {
                 const ApiAnswer a = c.call("cvm", "DescribeImages",
                                            {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
                 image = first(a, "ImageSet");
                 return text(image, "ImageState") == QLatin1String("NORMAL");
             }),
             qPrintable(text(image, "ImageState")));
    QCOMPARE(text(image, "ImageName"), QStringLiteral("cycle-golden"));
    QCOMPARE(text(image, "ImageType"), QStringLiteral("PRIVATE_IMAGE"));
    const QJsonArray snapshots = image.value(QLatin1String("SnapshotSet")).toArray();
    QCOMPARE(snapshots.size(), 2); // system disk + the chosen data disk
    QCOMPARE(text(snapshots.at(1).toObject(), "DiskUsage"), QStringLiteral("DATA_DISK"));

    // The source instance is back to running once the image is made.
    QVERIFY(waitFor([&] {
        const ApiAnswer a = c.call("cvm", "DescribeInstances",
                                   {{QStringLiteral("InstanceIds"), QJsonArray{instanceId}}});
        return text(first(a, "InstanceSet"), "InstanceState") == QLatin1String("RUNNING");
    }));

    const QJsonObject launch{
        {QStringLiteral("Placement"), QJsonObject{{QStringLiteral("Zone"), zone}}},
        {QStringLiteral("ImageId"), imageId},
        {QStringLiteral("InstanceType"), QStringLiteral("S5.MEDIUM4")},
        {QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
        {QStringLiteral("InstanceCount"), 2},
        {QStringLiteral("InstanceName"), QStringLiteral("cycle-node-{R:1}")},
        {QStringLiteral("ClientToken"), QStringLiteral("cycle-token-1")}};
    const ApiAnswer first1 = c.call("cvm", "RunInstances", launch);
    QVERIFY2(first1.ok(), first1.describe());
    const QJsonArray ids = set(first1, "InstanceIdSet");
    QCOMPARE(ids.size(), 2);
    // A retry with the same token (say, after a lost answer) launches nothing new.
    const ApiAnswer again = c.call("cvm", "RunInstances", launch);
    QVERIFY2(again.ok(), again.describe());
    QCOMPARE(set(again, "InstanceIdSet"), ids);

    QJsonArray instances;
    QVERIFY(waitFor([&] {
        const ApiAnswer a =
            c.call("cvm", "DescribeInstances", {{QStringLiteral("InstanceIds"), ids}});
        instances = set(a, "InstanceSet");
        return instances.size() == 2 &&
               text(instances.at(0).toObject(), "InstanceState") == QLatin1String("RUNNING") &&
               text(instances.at(1).toObject(), "InstanceState") == QLatin1String("RUNNING");
    }));
    QStringList names;
    for (const QJsonValue &i : std::as_const(instances)) {
        QCOMPARE(text(i.toObject(), "ImageId"), imageId);
        // The image's data disk comes along.
        QCOMPARE(i.toObject().value(QLatin1String("DataDisks")).toArray().size(), 1);
        names << text(i.toObject(), "InstanceName");
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("cycle-node-1"), QStringLiteral("cycle-node-2")}));
    const ApiAnswer byName =
        c.call("cvm", "DescribeInstances", filterBody("instance-name", "cycle-node-1"));
    QCOMPARE(byName.response.value(QLatin1String("TotalCount")).toInt(), 1);

    const ApiAnswer deleted = c.call("cvm", "DeleteImages",
                                     {{QStringLiteral("ImageIds"), QJsonArray{imageId}},
                                      {QStringLiteral("DeleteBindedSnap"), true}});
    QVERIFY2(deleted.ok(), deleted.describe());
    const ApiAnswer gone =
        c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
    QCOMPARE(gone.response.value(QLatin1String("TotalCount")).toInt(), 0);
    QCOMPARE(
        c.call("cvm", "DeleteImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}}).code,
        QStringLiteral("InvalidImageId.NotFound"));
}

void TestSimServerCvm::syncModifyQuotaAndPrice()
{
    ApiClient c(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    const ApiAnswer images =
        c.call("cvm", "DescribeImages", filterBody("image-name", "batch-worker"));
    const QString imageId = text(first(images, "ImageSet"), "ImageId");
    QVERIFY(!imageId.isEmpty());

    const ApiAnswer renamed =
        c.call("cvm", "ModifyImageAttribute",
               {{QStringLiteral("ImageId"), imageId},
                {QStringLiteral("ImageDescription"), QStringLiteral("renamed over HTTP")}});
    QVERIFY2(renamed.ok(), renamed.describe());
    const ApiAnswer after =
        c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
    QCOMPARE(text(first(after, "ImageSet"), "ImageDescription"),
             QStringLiteral("renamed over HTTP"));

    // A region that does not exist is the region's fault, not the image's.
    const ApiAnswer nowhere =
        c.call("cvm", "SyncImages",
               {{QStringLiteral("ImageIds"), QJsonArray{imageId}},
                {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-atlantis")}}});
    QCOMPARE(nowhere.code, QStringLiteral("InvalidRegion.NotFound"));

    const ApiAnswer synced =
        c.call("cvm", "SyncImages",
               {{QStringLiteral("ImageIds"), QJsonArray{imageId}},
                {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-shanghai")}},
                {QStringLiteral("ImageSetRequired"), true}});
    QVERIFY2(synced.ok(), synced.describe());
    const QString copyId = text(first(synced, "ImageSet"), "ImageId");
    QVERIFY(copyId.startsWith(QLatin1String("img-")));
    const ApiAnswer inShanghai = c.call(
        "cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{copyId}}}, "ap-shanghai");
    QCOMPARE(inShanghai.response.value(QLatin1String("TotalCount")).toInt(), 1);
    // Images of another region are invisible here, as in the cloud.
    const ApiAnswer notHere =
        c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{copyId}}});
    QCOMPARE(notHere.response.value(QLatin1String("TotalCount")).toInt(), 0);

    const ApiAnswer quota = c.call("cvm", "DescribeImageQuota");
    QVERIFY2(quota.ok(), quota.describe());
    QCOMPARE(quota.response.value(QLatin1String("ImageNumQuota")).toInt(), 10);

    const ApiAnswer price = c.call(
        "cvm", "InquiryPriceRunInstances",
        {{QStringLiteral("Placement"),
          QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
         {QStringLiteral("ImageId"), imageId},
         {QStringLiteral("InstanceType"), QStringLiteral("S5.MEDIUM4")},
         {QStringLiteral("InstanceChargeType"), QStringLiteral("PREPAID")},
         {QStringLiteral("InstanceChargePrepaid"), QJsonObject{{QStringLiteral("Period"), 1}}}});
    QVERIFY2(price.ok(), price.describe());
    const QJsonObject instancePrice = price.response.value(QLatin1String("Price"))
                                          .toObject()
                                          .value(QLatin1String("InstancePrice"))
                                          .toObject();
    QCOMPARE(instancePrice.value(QLatin1String("OriginalPrice")).toDouble(), 135.0);
}

QTEST_GUILESS_MAIN(TestSimServerCvm)
#include "tst_simservercvm.moc"

// DescribeImages' tag filters (reference §3.4): tag-key, tag-value and tag:<key>, each matching
// when any of its values does, every filter together; the tags come from CreateImage's
// TagSpecification.
void TestSimServerCvm::imagesAreFoundByTheirTags()
{
    ApiClient c(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    const ApiAnswer sources =
        c.call("cvm", "DescribeInstances", filterBody("instance-name", "api-gateway-01"));
    const QString instanceId = text(first(sources, "InstanceSet"), "InstanceId");
    QVERIFY(!instanceId.isEmpty());
    // Wait until the instance is free (an earlier test may have just made an image from it).
    QVERIFY(waitFor([&] {
        const ApiAnswer a = c.call("cvm", "DescribeInstances",
                                   {{QStringLiteral("InstanceIds"), QJsonArray{instanceId}}});
        return text(first(a, "InstanceSet"), "InstanceState") == QLatin1String("RUNNING");
    }));
    const QJsonArray tags{QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                      {QStringLiteral("Value"), QStringLiteral("tagged-prod")}},
                          QJsonObject{{QStringLiteral("Key"), QStringLiteral("tagged-team")},
                                      {QStringLiteral("Value"), QStringLiteral("web")}}};
    const ApiAnswer created =
        c.call("cvm", "CreateImage",
               {{QStringLiteral("ImageName"), QStringLiteral("tagged-golden")},
                {QStringLiteral("InstanceId"), instanceId},
                {QStringLiteral("TagSpecification"),
                 QJsonArray{QJsonObject{{QStringLiteral("ResourceType"), QStringLiteral("image")},
                                        {QStringLiteral("Tags"), tags}}}}});
    QVERIFY2(created.ok(), created.describe());
    const QString imageId = text(created.response, "ImageId");

    auto idsFound = [&](const QJsonArray &filters) {
        const ApiAnswer a = c.call("cvm", "DescribeImages", {{QStringLiteral("Filters"), filters}});
        QStringList ids;
        for (const QJsonValue &image : set(a, "ImageSet"))
            ids << text(image.toObject(), "ImageId");
        return a.ok() ? ids : QStringList{a.describe()};
    };
    auto filter = [](const QString &name, const QStringList &values) {
        return QJsonObject{{QStringLiteral("Name"), name},
                           {QStringLiteral("Values"), QJsonArray::fromStringList(values)}};
    };
    const QStringList only{imageId};
    QCOMPARE(idsFound({filter("tag-key", {"tagged-team"})}), only);
    QCOMPARE(idsFound({filter("tag-key", {"nothing", "tagged-team"})}), only); // any value
    QCOMPARE(idsFound({filter("tag-value", {"tagged-prod"})}), only);
    QCOMPARE(idsFound({filter("tag:env", {"tagged-prod"})}), only);
    QCOMPARE(idsFound({filter("tag:env", {"tagged-prod"}), filter("image-name", {"tagged"})}),
             only);
    // A tag with another value, a value under another key, and filters that each match but not
    // together find nothing.
    QCOMPARE(idsFound({filter("tag:env", {"web"})}), QStringList());
    QCOMPARE(idsFound({filter("tag:tagged-team", {"tagged-prod"})}), QStringList());
    QCOMPARE(idsFound({filter("tag-key", {"tagged-team"}), filter("image-name", {"nothing"})}),
             QStringList());
}
