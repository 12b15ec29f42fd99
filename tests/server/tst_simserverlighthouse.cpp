// A full Lighthouse custom-image cycle against a real imprint-sim process: CreateBlueprint with
// tags -> DescribeBlueprints until NORMAL (listed as a PRIVATE blueprint, tags read back, found
// by its tags) -> CreateInstances with a ClientToken, repeated without creating a second instance
// -> DescribeInstances -> DeleteBlueprints; plus the quota, price and attribute actions around it.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "simprocess.h"

#include <QTest>

using namespace imprint;
using namespace servertest;

class TestSimServerLighthouse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullCycle();
    void quotaPriceAndAttributes();

private:
    SimProcess m_sim;
};

void TestSimServerLighthouse::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
}

void TestSimServerLighthouse::cleanupTestCase()
{
    m_sim.stop();
}

void TestSimServerLighthouse::fullCycle()
{
    ApiClient c(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    const ApiAnswer sources =
        c.call("lighthouse", "DescribeInstances", filterBody("instance-name", "blog-server"));
    QVERIFY2(sources.ok(), sources.describe());
    const QJsonObject source = first(sources, "InstanceSet");
    const QString instanceId = text(source, "InstanceId");
    QVERIFY(instanceId.startsWith(QLatin1String("lhins-")));
    QCOMPARE(text(source, "InstanceState"), QStringLiteral("RUNNING"));

    // A running instance without consent to the forced shutdown is in the wrong state for it.
    const ApiAnswer refused = c.call("lighthouse", "CreateBlueprint",
                                     {{QStringLiteral("BlueprintName"), QStringLiteral("no")},
                                      {QStringLiteral("InstanceId"), instanceId},
                                      {QStringLiteral("ForcePowerOff"), false}});
    QCOMPARE(refused.code, QStringLiteral("UnsupportedOperation.InvalidInstanceState"));

    // Tags given at creation are kept and listed back, in order, as Tags[{Key, Value}].
    const QJsonArray tags{QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                      {QStringLiteral("Value"), QStringLiteral("prod")}},
                          QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                      {QStringLiteral("Value"), QStringLiteral("web")}}};
    const ApiAnswer created =
        c.call("lighthouse", "CreateBlueprint",
               {{QStringLiteral("BlueprintName"), QStringLiteral("blog-cycle")},
                {QStringLiteral("Description"), QStringLiteral("made over HTTP")},
                {QStringLiteral("InstanceId"), instanceId},
                {QStringLiteral("ForcePowerOff"), true},
                {QStringLiteral("Tags"), tags}});
    QVERIFY2(created.ok(), created.describe());
    const QString blueprintId = text(created.response, "BlueprintId");
    QVERIFY(blueprintId.startsWith(QLatin1String("lhbp-")));

    QJsonObject blueprint;
    QVERIFY2(waitFor([&] {
                 const ApiAnswer a =
                     c.call("lighthouse", "DescribeBlueprints",
                            {{QStringLiteral("BlueprintIds"), QJsonArray{blueprintId}}});
                 blueprint = first(a, "BlueprintSet");
                 return text(blueprint, "BlueprintState") == QLatin1String("NORMAL");
             }),
             qPrintable(text(blueprint, "BlueprintState")));
    QCOMPARE(text(blueprint, "BlueprintType"), QStringLiteral("PRIVATE"));
    QCOMPARE(text(blueprint, "BlueprintName"), QStringLiteral("blog-cycle"));
    QCOMPARE(blueprint.value(QLatin1String("Tags")).toArray(), tags);
    const ApiAnswer privates =
        c.call("lighthouse", "DescribeBlueprints", filterBody("blueprint-type", "PRIVATE"));
    QVERIFY(privates.response.value(QLatin1String("TotalCount")).toInt() >= 19);
    const ApiAnswer normal =
        c.call("lighthouse", "DescribeBlueprints", filterBody("blueprint-name", "blog-cycle"));
    QCOMPARE(normal.response.value(QLatin1String("TotalCount")).toInt(), 1);
    // The tag filters (tencentcloud-api.md, DescribeBlueprints): tag-key, tag-value, tag:<key>.
    for (const auto &[name, value, count] :
         {std::tuple{"tag-key", "team", 1}, std::tuple{"tag-value", "prod", 1},
          std::tuple{"tag:env", "prod", 1}, std::tuple{"tag:env", "web", 0},
          std::tuple{"tag-key", "absent", 0}}) {
        const ApiAnswer byTag = c.call("lighthouse", "DescribeBlueprints", filterBody(name, value));
        QVERIFY2(byTag.ok(), byTag.describe());
        QVERIFY2(byTag.response.value(QLatin1String("TotalCount")).toInt() == count,
                 qPrintable(QStringLiteral("%1=%2").arg(name, value)));
        if (count == 1)
            QCOMPARE(text(first(byTag, "BlueprintSet"), "BlueprintId"), blueprintId);
    }

    const QJsonObject launch{
        {QStringLiteral("BundleId"), QStringLiteral("bundle_basic_2c2g")},
        {QStringLiteral("BlueprintId"), blueprintId},
        {QStringLiteral("InstanceChargePrepaid"),
         QJsonObject{{QStringLiteral("Period"), 1},
                     {QStringLiteral("RenewFlag"), QStringLiteral("NOTIFY_AND_MANUAL_RENEW")}}},
        {QStringLiteral("InstanceName"), QStringLiteral("blog-copy")},
        {QStringLiteral("InstanceCount"), 1},
        {QStringLiteral("ClientToken"), QStringLiteral("lh-cycle-token")}};
    // Zones left out: the region's first zone is chosen.
    const ApiAnswer launched = c.call("lighthouse", "CreateInstances", launch);
    QVERIFY2(launched.ok(), launched.describe());
    const QJsonArray ids = set(launched, "InstanceIdSet");
    QCOMPARE(ids.size(), 1);
    const ApiAnswer again = c.call("lighthouse", "CreateInstances", launch);
    QCOMPARE(set(again, "InstanceIdSet"), ids);
    const ApiAnswer byName =
        c.call("lighthouse", "DescribeInstances", filterBody("instance-name", "blog-copy"));
    QCOMPARE(byName.response.value(QLatin1String("TotalCount")).toInt(), 1);

    QJsonObject instance;
    QVERIFY(waitFor([&] {
        const ApiAnswer a =
            c.call("lighthouse", "DescribeInstances", {{QStringLiteral("InstanceIds"), ids}});
        instance = first(a, "InstanceSet");
        return text(instance, "InstanceState") == QLatin1String("RUNNING");
    }));
    QCOMPARE(text(instance, "BlueprintId"), blueprintId);
    QCOMPARE(text(instance, "InstanceChargeType"), QStringLiteral("PREPAID"));
    QCOMPARE(text(instance, "Zone"), QStringLiteral("ap-guangzhou-3"));

    const ApiAnswer deleted = c.call("lighthouse", "DeleteBlueprints",
                                     {{QStringLiteral("BlueprintIds"), QJsonArray{blueprintId}}});
    QVERIFY2(deleted.ok(), deleted.describe());
    const ApiAnswer gone = c.call("lighthouse", "DescribeBlueprints",
                                  {{QStringLiteral("BlueprintIds"), QJsonArray{blueprintId}}});
    QCOMPARE(gone.response.value(QLatin1String("TotalCount")).toInt(), 0);
}

void TestSimServerLighthouse::quotaPriceAndAttributes()
{
    ApiClient c(m_sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    const ApiAnswer quota =
        c.call("lighthouse", "DescribeGeneralResourceQuotas",
               {{QStringLiteral("ResourceNames"),
                 QJsonArray{QStringLiteral("BLUEPRINT"), QStringLiteral("FREE_BLUEPRINT")}}});
    QVERIFY2(quota.ok(), quota.describe());
    const QJsonObject blueprints = first(quota, "GeneralResourceQuotaSet");
    QCOMPARE(text(blueprints, "ResourceName"), QStringLiteral("BLUEPRINT"));
    QCOMPARE(blueprints.value(QLatin1String("ResourceQuotaTotal")).toInt(), 20);

    // Guangzhou is past its free tier: every new blueprint is billed.
    const ApiAnswer price = c.call("lighthouse", "InquirePriceCreateBlueprint",
                                   {{QStringLiteral("BlueprintCount"), 2}});
    QVERIFY2(price.ok(), price.describe());
    const QJsonObject p = price.response.value(QLatin1String("BlueprintPrice")).toObject();
    QCOMPARE(p.value(QLatin1String("OriginalPrice")).toDouble(), 14.4);
    QCOMPARE(p.value(QLatin1String("DiscountPrice")).toDouble(), 14.4);

    const ApiAnswer list =
        c.call("lighthouse", "DescribeBlueprints", {{QStringLiteral("Limit"), 1}}, "ap-shanghai");
    QCOMPARE(list.response.value(QLatin1String("TotalCount")).toInt(), 2);
    QCOMPARE(set(list, "BlueprintSet").size(), 1);
    const QString id = text(first(list, "BlueprintSet"), "BlueprintId");
    const ApiAnswer modified =
        c.call("lighthouse", "ModifyBlueprintAttribute",
               {{QStringLiteral("BlueprintId"), id},
                {QStringLiteral("BlueprintName"), QStringLiteral("renamed")}},
               "ap-shanghai");
    QVERIFY2(modified.ok(), modified.describe());
    const ApiAnswer after =
        c.call("lighthouse", "DescribeBlueprints",
               {{QStringLiteral("BlueprintIds"), QJsonArray{id}}}, "ap-shanghai");
    QCOMPARE(text(first(after, "BlueprintSet"), "BlueprintName"), QStringLiteral("renamed"));
    // SyncImages is CVM's; the Lighthouse API has no such action.
    QCOMPARE(c.call("lighthouse", "SyncImages").code, QStringLiteral("InvalidAction"));
}

QTEST_GUILESS_MAIN(TestSimServerLighthouse)
#include "tst_simserverlighthouse.moc"
