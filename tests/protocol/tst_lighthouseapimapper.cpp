// Lighthouse actions: domain -> JSON -> domain for every request and response, the wire shapes
// (blueprints, ForcePowerOff as a JSON bool, quotas), and the documented refusals.

#include "apienvelope.h"
#include "domaincompare.h"
#include "lighthouseapimapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

#include <functional>

using namespace imprint;
using domaincompare::diff;
using domaincompare::diffLists;

namespace {

const QString kRegion = QStringLiteral("ap-guangzhou");

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QJsonObject overTheWire(const QJsonObject &body)
{
    return QJsonDocument::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact)).object();
}

QJsonObject responseOverTheWire(const QJsonObject &fields, const QString &action)
{
    const QByteArray bytes = ApiEnvelope::success(fields, QStringLiteral("req-1")).toJson();
    const Result<QJsonObject> unwrapped = ApiEnvelope::unwrap(bytes, Product::Lighthouse, action);
    return unwrapped.ok() ? unwrapped.value() : QJsonObject();
}

Instance instance(const char *id, InstanceState state, OsType os, BillingMethod billing)
{
    Instance i;
    i.id = QLatin1String(id);
    i.product = Product::Lighthouse;
    i.regionId = kRegion;
    i.zoneId = QStringLiteral("ap-guangzhou-3");
    i.name = QStringLiteral("blog-%1").arg(QLatin1String(id));
    i.state = state;
    i.instanceType = QStringLiteral("bundle_starter_mc_med2_02");
    i.cpuCores = 2;
    i.memoryGiB = 2;
    i.osType = os;
    i.osName = os == OsType::Windows ? QStringLiteral("Windows Server 2019 DataCenter 64bit")
                                     : QStringLiteral("Ubuntu Server 22.04 LTS 64bit");
    i.imageId = QStringLiteral("lhbp-6x5kqrmd");
    i.billing = billing;
    Disk system;
    system.id = QStringLiteral("lhdisk-sys%1").arg(QLatin1String(id));
    system.role = DiskRole::System;
    system.kind = DiskKind::CloudSsd;
    system.sizeGiB = 60;
    i.disks = {system};
    i.createdAt = utc(2024, 1, 2, 3, 4, 5);
    return i;
}

Image blueprint(const char *id, ImageState state)
{
    Image m;
    m.id = QLatin1String(id);
    m.product = Product::Lighthouse;
    m.regionId = kRegion;
    m.name = QStringLiteral(u"博客镜像 %1").arg(QLatin1String(id));
    m.description = QStringLiteral("WordPress 6 with cache");
    m.state = state;
    m.osType = OsType::Linux;
    m.osName = QStringLiteral("Ubuntu Server 22.04 LTS 64bit");
    m.systemDiskGiB = 60;
    m.createdAt = utc(2024, 2, 3, 4, 5, 6);
    m.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), {}}};
    return m;
}

CreateImageRequest createRequest()
{
    CreateImageRequest r;
    r.product = Product::Lighthouse;
    r.regionId = kRegion;
    r.name = QStringLiteral("blog-golden");
    r.description = QStringLiteral("before the plugin update");
    r.sourceInstanceId = QStringLiteral("lhins-3x9vq1ab");
    r.forcedShutdownConsent = true;
    r.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), {}}};
    return r;
}

LaunchCall launch()
{
    LaunchCall call;
    LaunchRequest &r = call.request;
    r.imageId = QStringLiteral("lhbp-6x5kqrmd");
    r.zoneId = QStringLiteral("ap-guangzhou-3");
    r.instanceType = QStringLiteral("bundle_starter_mc_med2_02");
    r.count = 2;
    r.namePattern = QStringLiteral("blog-{n}");
    r.billing = BillingMethod::Subscription; // Lighthouse is prepaid only
    r.clientToken = QStringLiteral("c0ffee-17");
    return call;
}

using Parser = std::function<Error(const QJsonObject &)>;

QMap<QString, Parser> parsers()
{
    using M = LighthouseApiMapper;
    return {
        {QStringLiteral("DescribeRegions"),
         [](const QJsonObject &b) { return M::parseDescribeRegionsRequest(b).error(); }},
        {QStringLiteral("DescribeZones"),
         [](const QJsonObject &b) { return M::parseDescribeZonesRequest(b).error(); }},
        {QStringLiteral("DescribeInstances"),
         [](const QJsonObject &b) { return M::parseDescribeInstancesRequest(b).error(); }},
        {QStringLiteral("DescribeBlueprints"),
         [](const QJsonObject &b) { return M::parseDescribeBlueprintsRequest(b).error(); }},
        {QStringLiteral("CreateBlueprint"),
         [](const QJsonObject &b) { return M::parseCreateBlueprintRequest(b, kRegion).error(); }},
        {QStringLiteral("DeleteBlueprints"),
         [](const QJsonObject &b) { return M::parseDeleteBlueprintsRequest(b).error(); }},
        {QStringLiteral("ModifyBlueprintAttribute"),
         [](const QJsonObject &b) { return M::parseModifyBlueprintAttributeRequest(b).error(); }},
        {QStringLiteral("DescribeGeneralResourceQuotas"),
         [](const QJsonObject &b) {
             return M::parseDescribeGeneralResourceQuotasRequest(b).error();
         }},
        {QStringLiteral("InquirePriceCreateBlueprint"),
         [](const QJsonObject &b) {
             return M::parseInquirePriceCreateBlueprintRequest(b).error();
         }},
        {QStringLiteral("CreateInstances"),
         [](const QJsonObject &b) { return M::parseCreateInstancesRequest(b).error(); }},
        {QStringLiteral("StartInstances"),
         [](const QJsonObject &b) { return M::parseStartInstancesRequest(b).error(); }},
        {QStringLiteral("StopInstances"),
         [](const QJsonObject &b) { return M::parseStopInstancesRequest(b).error(); }},
    };
}

QByteArray repeat(const char *unit, int n)
{
    return QByteArray(unit).repeated(n);
}

} // namespace

class TestLighthouseApiMapper : public QObject
{
    Q_OBJECT

private slots:
    void everyActionIsListed();
    void describeRegions();
    void describeZones();
    void describeInstancesRequest();
    void describeInstancesResponse();
    void describeBlueprintsRequest();
    void describeBlueprintsResponse();
    void blueprintStatesIncludingUnknown();
    void createBlueprint();
    void tagsAreKeyValueObjects();
    void forcePowerOffIsABoolDefaultingToTrue();
    void createBlueprintResponse();
    void deleteBlueprints();
    void modifyBlueprintAttribute();
    void describeGeneralResourceQuotas();
    void quotaAboveTheLimitReadsAsFull();
    void inquirePriceCreateBlueprint();
    void createInstances();
    void createInstancesIsPrepaidOnly();
    void createInstancesResponse();
    void startAndStopInstances();
    void mainlandRegions();
    void refusals_data();
    void refusals();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
};

void TestLighthouseApiMapper::everyActionIsListed()
{
    QCOMPARE(LighthouseApiMapper::version(), QStringLiteral("2020-03-24"));
    QStringList listed = LighthouseApiMapper::actions();
    QStringList tested = parsers().keys();
    listed.sort();
    tested.sort();
    QCOMPARE(listed, tested);
}

void TestLighthouseApiMapper::describeRegions()
{
    QVERIFY(LighthouseApiMapper::parseDescribeRegionsRequest(
                overTheWire(LighthouseApiMapper::buildDescribeRegionsRequest()))
                .ok());
    const QList<Region> sent{
        {QStringLiteral("ap-guangzhou"), Product::Lighthouse, QStringLiteral("Guangzhou"), {}},
        {QStringLiteral("ap-hongkong"), Product::Lighthouse, QStringLiteral("Hong Kong"), {}}};
    const QJsonObject fields = LighthouseApiMapper::buildDescribeRegionsResponse(sent);
    const QJsonArray set = fields.value(QStringLiteral("RegionSet")).toArray();
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("IsChinaMainland")).toBool(), true);
    QCOMPARE(set.at(1).toObject().value(QStringLiteral("IsChinaMainland")).toBool(), false);
    const Result<QList<Region>> back = LighthouseApiMapper::parseDescribeRegionsResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeRegions")));
    QVERIFY(back.ok());
    QCOMPARE_DOMAIN(diffLists(back.value(), sent));
}

void TestLighthouseApiMapper::describeZones()
{
    QVERIFY(LighthouseApiMapper::parseDescribeZonesRequest(
                overTheWire(LighthouseApiMapper::buildDescribeZonesRequest()))
                .ok());
    const QList<Zone> sent{{QStringLiteral("ap-guangzhou-3"), QStringLiteral("Guangzhou Zone 3")},
                           {QStringLiteral("ap-guangzhou-4"), QStringLiteral("Guangzhou Zone 4")}};
    QJsonObject fields = LighthouseApiMapper::buildDescribeZonesResponse(sent);
    const Result<QList<Zone>> back = LighthouseApiMapper::parseDescribeZonesResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeZones")));
    QVERIFY(back.ok());
    QCOMPARE_DOMAIN(diffLists(back.value(), sent));

    // A HIDDEN zone is not offered.
    QJsonArray set = fields.value(QStringLiteral("ZoneInfoSet")).toArray();
    set.append(QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-9")},
                           {QStringLiteral("InstanceDisplayLabel"), QStringLiteral("HIDDEN")}});
    fields.insert(QStringLiteral("ZoneInfoSet"), set);
    QCOMPARE(LighthouseApiMapper::parseDescribeZonesResponse(fields).value().size(), 2);
}

void TestLighthouseApiMapper::describeInstancesRequest()
{
    ListQuery byFilter;
    byFilter.filters = {
        {QStringLiteral("instance-state"), {QStringLiteral("RUNNING"), QStringLiteral("STOPPED")}}};
    byFilter.offset = 100;
    byFilter.limit = 50;
    ListQuery byIds;
    byIds.ids = {QStringLiteral("lhins-3x9vq1ab")};
    for (const ListQuery &sent : {byFilter, byIds, ListQuery()}) {
        const Result<ListQuery> back = LighthouseApiMapper::parseDescribeInstancesRequest(
            overTheWire(LighthouseApiMapper::buildDescribeInstancesRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
}

void TestLighthouseApiMapper::describeInstancesResponse()
{
    Instance imaging = instance("lhins-00000001", InstanceState::Stopped, OsType::Linux,
                                BillingMethod::Subscription);
    imaging.imagingOperationId = QStringLiteral("op-000007");
    Page<Instance> sent;
    sent.items = {imaging,
                  instance("lhins-00000002", InstanceState::Running, OsType::Windows,
                           BillingMethod::PayAsYouGo),
                  instance("lhins-00000003", InstanceState::Pending, OsType::Linux,
                           BillingMethod::Subscription)};
    sent.totalCount = 3;
    const QJsonObject fields = LighthouseApiMapper::buildDescribeInstancesResponse(sent);
    const QJsonObject first =
        fields.value(QStringLiteral("InstanceSet")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("LatestOperation")).toString(),
             QStringLiteral("CreateBlueprint"));
    QCOMPARE(first.value(QStringLiteral("BundleId")).toString(),
             QStringLiteral("bundle_starter_mc_med2_02"));
    const Result<Page<Instance>> back = LighthouseApiMapper::parseDescribeInstancesResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeInstances")), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->totalCount, 3);
    QCOMPARE_DOMAIN(diffLists(back->items, sent.items));
}

void TestLighthouseApiMapper::describeBlueprintsRequest()
{
    ListQuery custom;
    custom.filters = {{QStringLiteral("blueprint-type"), {QStringLiteral("PRIVATE")}},
                      {QStringLiteral("blueprint-state"),
                       {QStringLiteral("NORMAL"), QStringLiteral("CREATING")}}};
    custom.limit = 100;
    ListQuery byIds;
    byIds.ids = {QStringLiteral("lhbp-1"), QStringLiteral("lhbp-2")};
    for (const ListQuery &sent : {custom, byIds}) {
        const Result<ListQuery> back = LighthouseApiMapper::parseDescribeBlueprintsRequest(
            overTheWire(LighthouseApiMapper::buildDescribeBlueprintsRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
}

void TestLighthouseApiMapper::describeBlueprintsResponse()
{
    Image windows = blueprint("lhbp-00000002", ImageState::Available);
    windows.osType = OsType::Windows;
    windows.osName = QStringLiteral("Windows Server 2022 DataCenter 64bit");
    Image noTime = blueprint("lhbp-00000003", ImageState::Failed);
    noTime.createdAt = QDateTime();
    Page<Image> sent;
    sent.items = {blueprint("lhbp-00000001", ImageState::Creating), windows, noTime,
                  blueprint("lhbp-00000004", ImageState::Copying),
                  blueprint("lhbp-00000005", ImageState::ToBeRepossessed)};
    sent.totalCount = 12;
    const QJsonObject fields = LighthouseApiMapper::buildDescribeBlueprintsResponse(sent);
    const QJsonObject first =
        fields.value(QStringLiteral("BlueprintSet")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("BlueprintType")).toString(), QStringLiteral("PRIVATE"));
    QCOMPARE(first.value(QStringLiteral("BlueprintState")).toString(), QStringLiteral("CREATING"));
    QCOMPARE(first.value(QStringLiteral("RequiredSystemDiskSize")).toInt(), 60);
    const Result<Page<Image>> back = LighthouseApiMapper::parseDescribeBlueprintsResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeBlueprints")), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->totalCount, 12);
    QCOMPARE_DOMAIN(diffLists(back->items, sent.items));
}

void TestLighthouseApiMapper::blueprintStatesIncludingUnknown()
{
    // The real list has no creating state; whatever the server says, an unknown state is busy.
    for (const char *state : {"CREATING", "MAKING", "PENDING", ""}) {
        QJsonObject b = LighthouseApiMapper::buildDescribeBlueprintsResponse(
                            {{blueprint("lhbp-1", ImageState::Available)}, 1})
                            .value(QStringLiteral("BlueprintSet"))
                            .toArray()
                            .at(0)
                            .toObject();
        b.insert(QStringLiteral("BlueprintState"), QLatin1String(state));
        const QJsonObject fields{{QStringLiteral("TotalCount"), 1},
                                 {QStringLiteral("BlueprintSet"), QJsonArray{b}}};
        const Result<Page<Image>> page =
            LighthouseApiMapper::parseDescribeBlueprintsResponse(fields, kRegion);
        QVERIFY2(page.ok(), state);
        QCOMPARE(page->items.first().state, ImageState::Creating);
    }
}

void TestLighthouseApiMapper::createBlueprint()
{
    CreateImageRequest withoutConsent = createRequest();
    withoutConsent.forcedShutdownConsent = false;
    withoutConsent.description.clear();
    withoutConsent.tags.clear();
    for (const CreateImageRequest &sent : {createRequest(), withoutConsent}) {
        const Result<CreateImageRequest> back = LighthouseApiMapper::parseCreateBlueprintRequest(
            overTheWire(LighthouseApiMapper::buildCreateBlueprintRequest(sent)), kRegion);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE_DOMAIN(diff(back.value(), sent));
    }
}

void TestLighthouseApiMapper::tagsAreKeyValueObjects()
{
    // CreateBlueprint and DescribeBlueprints carry Tags[{Key, Value}] (tencentcloud-api.md).
    const QJsonArray expected{QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                          {QStringLiteral("Value"), QStringLiteral("prod")}},
                              QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                          {QStringLiteral("Value"), QString()}}};
    QCOMPARE(LighthouseApiMapper::buildCreateBlueprintRequest(createRequest())
                 .value(QStringLiteral("Tags"))
                 .toArray(),
             expected);
    const QJsonObject listed = LighthouseApiMapper::buildDescribeBlueprintsResponse(
        {{blueprint("lhbp-1", ImageState::Available)}, 1});
    QCOMPARE(listed.value(QStringLiteral("BlueprintSet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("Tags"))
                 .toArray(),
             expected);
    // No tags: no Tags field at all, as before.
    CreateImageRequest untagged = createRequest();
    untagged.tags.clear();
    QVERIFY(!LighthouseApiMapper::buildCreateBlueprintRequest(untagged).contains(
        QStringLiteral("Tags")));
}

void TestLighthouseApiMapper::forcePowerOffIsABoolDefaultingToTrue()
{
    const QJsonObject body = LighthouseApiMapper::buildCreateBlueprintRequest(createRequest());
    QCOMPARE(body.value(QStringLiteral("ForcePowerOff")), QJsonValue(true));
    QVERIFY(!body.contains(QStringLiteral("ForcePoweroff")));
    // Absent means the API's default, true.
    QJsonObject implicit = body;
    implicit.remove(QStringLiteral("ForcePowerOff"));
    QVERIFY(
        LighthouseApiMapper::parseCreateBlueprintRequest(implicit, kRegion)->forcedShutdownConsent);
}

void TestLighthouseApiMapper::createBlueprintResponse()
{
    QCOMPARE(LighthouseApiMapper::parseCreateBlueprintResponse(
                 responseOverTheWire(
                     LighthouseApiMapper::buildCreateBlueprintResponse(QStringLiteral("lhbp-new1")),
                     QStringLiteral("CreateBlueprint")))
                 .value(),
             QStringLiteral("lhbp-new1"));
    QVERIFY(!LighthouseApiMapper::parseCreateBlueprintResponse({}).ok());
}

void TestLighthouseApiMapper::deleteBlueprints()
{
    const QStringList ids{QStringLiteral("lhbp-1"), QStringLiteral("lhbp-2")};
    QCOMPARE(LighthouseApiMapper::parseDeleteBlueprintsRequest(
                 overTheWire(LighthouseApiMapper::buildDeleteBlueprintsRequest(ids)))
                 .value(),
             ids);
    QVERIFY(LighthouseApiMapper::parseDeleteBlueprintsResponse(
                responseOverTheWire(LighthouseApiMapper::buildDeleteBlueprintsResponse(),
                                    QStringLiteral("DeleteBlueprints")))
                .ok());
}

void TestLighthouseApiMapper::modifyBlueprintAttribute()
{
    EditImageRequest edit;
    edit.imageId = QStringLiteral("lhbp-1");
    edit.name = QStringLiteral("renamed");
    edit.description = QStringLiteral("after the update");
    for (const ImageAttributeChange &sent :
         {ImageAttributeChange::fromEdit(edit),
          ImageAttributeChange{QStringLiteral("lhbp-1"), {}, QString()}}) {
        const Result<ImageAttributeChange> back =
            LighthouseApiMapper::parseModifyBlueprintAttributeRequest(
                overTheWire(LighthouseApiMapper::buildModifyBlueprintAttributeRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
    QVERIFY(LighthouseApiMapper::parseModifyBlueprintAttributeResponse(
                responseOverTheWire(LighthouseApiMapper::buildModifyBlueprintAttributeResponse(),
                                    QStringLiteral("ModifyBlueprintAttribute")))
                .ok());
}

void TestLighthouseApiMapper::describeGeneralResourceQuotas()
{
    const QStringList names{LighthouseApiMapper::blueprintQuotaName(),
                            LighthouseApiMapper::freeBlueprintQuotaName()};
    QCOMPARE(names, QStringList({QStringLiteral("BLUEPRINT"), QStringLiteral("FREE_BLUEPRINT")}));
    QCOMPARE(LighthouseApiMapper::parseDescribeGeneralResourceQuotasRequest(
                 overTheWire(LighthouseApiMapper::buildDescribeGeneralResourceQuotasRequest(names)))
                 .value(),
             names);

    ImageQuota sent;
    sent.product = Product::Lighthouse;
    sent.regionId = kRegion;
    sent.used = 7;
    sent.quota = 20;
    sent.freeTier = 5;
    const QJsonObject fields =
        LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(sent, names);
    const QJsonArray set = fields.value(QStringLiteral("GeneralResourceQuotaSet")).toArray();
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("ResourceQuotaAvailable")).toInt(), 13);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("ResourceQuotaTotal")).toInt(), 20);
    QCOMPARE(set.at(1).toObject().value(QStringLiteral("ResourceQuotaAvailable")).toInt(), 0);
    QCOMPARE(set.at(1).toObject().value(QStringLiteral("ResourceQuotaTotal")).toInt(), 5);
    const Result<ImageQuota> back = LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeGeneralResourceQuotas")), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE_DOMAIN(diff(back.value(), sent));

    // Without a BLUEPRINT entry the answer says nothing about images.
    QVERIFY(!LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(
                 LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(
                     sent, {LighthouseApiMapper::freeBlueprintQuotaName()}),
                 kRegion)
                 .ok());
}

void TestLighthouseApiMapper::quotaAboveTheLimitReadsAsFull()
{
    ImageQuota over;
    over.product = Product::Lighthouse;
    over.regionId = kRegion;
    over.used = 22;
    over.quota = 20;
    const Result<ImageQuota> back = LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(
        LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(
            over, {LighthouseApiMapper::blueprintQuotaName()}),
        kRegion);
    QVERIFY(back.ok());
    QCOMPARE(back->used, 20);
    QVERIFY(back->isFull());
}

void TestLighthouseApiMapper::inquirePriceCreateBlueprint()
{
    QCOMPARE(LighthouseApiMapper::parseInquirePriceCreateBlueprintRequest(
                 overTheWire(LighthouseApiMapper::buildInquirePriceCreateBlueprintRequest(3)))
                 .value(),
             3);
    QCOMPARE(LighthouseApiMapper::parseInquirePriceCreateBlueprintRequest({}).value(), 1);
    const BlueprintPriceQuote sent{720, 2160, 2160};
    const Result<BlueprintPriceQuote> back =
        LighthouseApiMapper::parseInquirePriceCreateBlueprintResponse(
            responseOverTheWire(LighthouseApiMapper::buildInquirePriceCreateBlueprintResponse(sent),
                                QStringLiteral("InquirePriceCreateBlueprint")));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), sent);
    const QJsonObject price = LighthouseApiMapper::buildInquirePriceCreateBlueprintResponse(sent)
                                  .value(QStringLiteral("BlueprintPrice"))
                                  .toObject();
    QCOMPARE(price.value(QStringLiteral("OriginalBlueprintPrice")).toDouble(), 7.2);
    QCOMPARE(price.value(QStringLiteral("Discount")).toDouble(), 100.0);
}

void TestLighthouseApiMapper::createInstances()
{
    LaunchCall dry = launch();
    dry.dryRun = true;
    dry.request.zoneId.clear(); // "a random zone if omitted"
    dry.request.namePattern.clear();
    dry.request.clientToken.clear();
    for (const LaunchCall &sent : {launch(), dry}) {
        const QJsonObject body = LighthouseApiMapper::buildCreateInstancesRequest(sent);
        QVERIFY(body.contains(QStringLiteral("InstanceChargePrepaid")));
        const Result<LaunchCall> back =
            LighthouseApiMapper::parseCreateInstancesRequest(overTheWire(body));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE_DOMAIN(diff(back.value(), sent));
    }
    const QJsonObject body = LighthouseApiMapper::buildCreateInstancesRequest(launch());
    QCOMPARE(body.value(QStringLiteral("Zones")).toArray(),
             QJsonArray{QStringLiteral("ap-guangzhou-3")});
    QCOMPARE(body.value(QStringLiteral("BundleId")).toString(),
             QStringLiteral("bundle_starter_mc_med2_02"));
}

void TestLighthouseApiMapper::createInstancesIsPrepaidOnly()
{
    // Documented loss: Lighthouse cannot express pay-as-you-go, nor disk kinds.
    LaunchCall sent = launch();
    sent.request.billing = BillingMethod::PayAsYouGo;
    sent.request.systemDiskKind = DiskKind::CloudBasic;
    const Result<LaunchCall> back = LighthouseApiMapper::parseCreateInstancesRequest(
        overTheWire(LighthouseApiMapper::buildCreateInstancesRequest(sent)));
    QVERIFY(back.ok());
    QCOMPARE(back->request.billing, BillingMethod::Subscription);
    QCOMPARE(back->request.systemDiskKind, LaunchRequest().systemDiskKind);
}

void TestLighthouseApiMapper::createInstancesResponse()
{
    const QStringList ids{QStringLiteral("lhins-1"), QStringLiteral("lhins-2")};
    QCOMPARE(LighthouseApiMapper::parseCreateInstancesResponse(
                 responseOverTheWire(LighthouseApiMapper::buildCreateInstancesResponse(ids),
                                     QStringLiteral("CreateInstances")))
                 .value(),
             ids);
}

void TestLighthouseApiMapper::startAndStopInstances()
{
    const QStringList ids{QStringLiteral("lhins-1"), QStringLiteral("lhins-2")};
    QCOMPARE(LighthouseApiMapper::parseStartInstancesRequest(
                 overTheWire(LighthouseApiMapper::buildStartInstancesRequest(ids)))
                 .value(),
             ids);
    QCOMPARE(LighthouseApiMapper::parseStopInstancesRequest(
                 overTheWire(LighthouseApiMapper::buildStopInstancesRequest(ids)))
                 .value(),
             ids);
    QVERIFY(LighthouseApiMapper::parseStartInstancesResponse(
                responseOverTheWire(LighthouseApiMapper::buildStartInstancesResponse(),
                                    QStringLiteral("StartInstances")))
                .ok());
    QVERIFY(LighthouseApiMapper::parseStopInstancesResponse(
                responseOverTheWire(LighthouseApiMapper::buildStopInstancesResponse(),
                                    QStringLiteral("StopInstances")))
                .ok());
    QJsonObject hard = LighthouseApiMapper::buildStopInstancesRequest(ids);
    hard.insert(QStringLiteral("StopType"), QStringLiteral("HARD"));
    QCOMPARE(LighthouseApiMapper::parseStopInstancesRequest(hard).value(), ids);
}

void TestLighthouseApiMapper::mainlandRegions()
{
    QVERIFY(LighthouseApiMapper::isChinaMainland(QStringLiteral("ap-guangzhou")));
    QVERIFY(LighthouseApiMapper::isChinaMainland(QStringLiteral("ap-shanghai")));
    QVERIFY(LighthouseApiMapper::isChinaMainland(QStringLiteral("ap-beijing")));
    QVERIFY(!LighthouseApiMapper::isChinaMainland(QStringLiteral("ap-hongkong")));
    QVERIFY(!LighthouseApiMapper::isChinaMainland(QStringLiteral("ap-singapore")));
    QVERIFY(!LighthouseApiMapper::isChinaMainland(QStringLiteral("na-siliconvalley")));
}

void TestLighthouseApiMapper::refusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ErrorCode>("code");
    using E = ErrorCode;
    auto row = [](const char *name, const char *action, const QByteArray &body, const char *wire,
                  E code) {
        QTest::newRow(name) << QString::fromLatin1(action) << body << QString::fromLatin1(wire)
                            << code;
    };
    const QByteArray inst = R"("InstanceId":"lhins-1")";
    row("name 61", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":")" + repeat("a", 61) + "\"}",
        "InvalidParameterValue.TooLong", E::InvalidName);
    // One code for both on the wire; the domain reads it back as a name problem.
    row("description 61", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","Description":")" + repeat("d", 61) + "\"}",
        "InvalidParameterValue.TooLong", E::InvalidName);
    row("no name", "CreateBlueprint", "{" + inst + "}", "MissingParameter", E::InvalidArgument);
    row("no instance", "CreateBlueprint", R"({"BlueprintName":"n"})", "MissingParameter",
        E::InvalidArgument);
    row("ForcePowerOff as string", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","ForcePowerOff":"TRUE"})", "InvalidParameter",
        E::InvalidArgument);
    row("CVM spelling ForcePoweroff", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","ForcePoweroff":"TRUE"})", "UnknownParameter",
        E::InvalidArgument);
    row("data disks are not Lighthouse", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","DataDiskIds":["d"]})", "UnknownParameter",
        E::InvalidArgument);
    row("eleven tags", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","Tags":[)" + repeat(R"({"Key":"k"},)", 10) +
            R"({"Key":"k"}]})",
        "InvalidParameterValue", E::InvalidArgument);
    row("tag without a key", "CreateBlueprint",
        "{" + inst + R"(,"BlueprintName":"n","Tags":[{"Value":"v"}]})", "MissingParameter",
        E::InvalidArgument);
    row("delete twice the same", "DeleteBlueprints", R"({"BlueprintIds":["lhbp-1","lhbp-1"]})",
        "InvalidParameterValue.Duplicated", E::InvalidArgument);
    row("delete nothing", "DeleteBlueprints", R"({"BlueprintIds":[]})", "MissingParameter",
        E::InvalidArgument);
    row("modify nothing", "ModifyBlueprintAttribute", R"({"BlueprintId":"lhbp-1"})",
        "InvalidParameter.MustSpecifyOneAttributeToModify", E::InvalidArgument);
    row("modify name 61", "ModifyBlueprintAttribute",
        R"({"BlueprintId":"lhbp-1","BlueprintName":")" + repeat("a", 61) + "\"}",
        "InvalidParameterValue.TooLong", E::InvalidName);
    row("quota of bundles", "DescribeGeneralResourceQuotas",
        R"({"ResourceNames":["BLUEPRINT","GENERAL_BUNDLE_INSTANCE"]})",
        "InvalidParameterValue.InvalidResourceQuotaResourceName", E::InvalidArgument);
    row("quota of the name that does not exist", "DescribeGeneralResourceQuotas",
        R"({"ResourceNames":["USER_CUSTOM_BLUEPRINT_QUOTA"]})",
        "InvalidParameterValue.InvalidResourceQuotaResourceName", E::InvalidArgument);
    row("quota without names", "DescribeGeneralResourceQuotas", "{}", "MissingParameter",
        E::InvalidArgument);
    row("price of no blueprints", "InquirePriceCreateBlueprint", R"({"BlueprintCount":0})",
        "InvalidParameterValue", E::InvalidArgument);
    row("blueprints bad type", "DescribeBlueprints",
        R"({"Filters":[{"Name":"blueprint-type","Values":["CUSTOM"]}]})",
        "InvalidParameterValue.InvalidBlueprintType", E::InvalidArgument);
    row("blueprints bad platform", "DescribeBlueprints",
        R"({"Filters":[{"Name":"platform-type","Values":["MACOS"]}]})",
        "InvalidParameterValue.InvalidBlueprintPlatformType", E::InvalidArgument);
    row("blueprints bad state", "DescribeBlueprints",
        R"({"Filters":[{"Name":"blueprint-state","Values":["BROKEN"]}]})",
        "InvalidParameterValue.InvalidBlueprintState", E::InvalidArgument);
    row("blueprints unknown filter", "DescribeBlueprints",
        R"({"Filters":[{"Name":"image-type","Values":["PRIVATE_IMAGE"]}]})",
        "InvalidParameter.InvalidFilterNotSupportedName", E::InvalidArgument);
    row("blueprints malformed filter", "DescribeBlueprints", R"({"Filters":[["blueprint-id"]]})",
        "InvalidParameter.InvalidFilterNotDict", E::InvalidArgument);
    QByteArray values101 = R"({"Filters":[{"Name":"blueprint-id","Values":[)";
    for (int i = 0; i < 101; ++i)
        values101 += QByteArray(i ? "," : "") + "\"lhbp-" + QByteArray::number(i) + '"';
    values101 += "]}]}";
    row("blueprints 101 filter values", "DescribeBlueprints", values101,
        "InvalidParameter.FilterValueLimitExceeded", E::InvalidArgument);
    row("blueprints ids and filters", "DescribeBlueprints",
        R"({"BlueprintIds":["lhbp-1"],"Filters":[{"Name":"blueprint-type","Values":["PRIVATE"]}]})",
        "InvalidParameter.ParameterConflict", E::InvalidArgument);
    row("blueprints Limit 101", "DescribeBlueprints", R"({"Limit":101})", "InvalidParameterValue",
        E::InvalidArgument);
    // Beyond 32 bits: range-checked before narrowing (issue 16, defect 5).
    row("blueprints Limit 2^32 + 1", "DescribeBlueprints", R"({"Limit":4294967297})",
        "InvalidParameterValue", E::InvalidArgument);
    row("blueprints Offset 2^32", "DescribeBlueprints", R"({"Offset":4294967296})",
        "InvalidParameterValue", E::InvalidArgument);
    row("price of 2^32 + 1 blueprints", "InquirePriceCreateBlueprint",
        R"({"BlueprintCount":4294967297})", "InvalidParameterValue", E::InvalidArgument);
    row("instances bad order field", "DescribeInstances", R"({"OrderField":"NAME"})",
        "InvalidParameterValue", E::InvalidArgument);
    row("zones bad order", "DescribeZones", R"({"Order":"UP"})", "InvalidParameterValue",
        E::InvalidArgument);
    row("regions with input", "DescribeRegions", R"({"Product":"lighthouse"})", "UnknownParameter",
        E::InvalidArgument);
    const QByteArray launch =
        R"("BundleId":"bundle_1","BlueprintId":"lhbp-1","InstanceChargePrepaid":{"Period":1})";
    row("launch 31", "CreateInstances", "{" + launch + R"(,"InstanceCount":31})",
        "InvalidParameterValue", E::InvalidArgument);
    row("launch 2^32 + 2", "CreateInstances", "{" + launch + R"(,"InstanceCount":4294967298})",
        "InvalidParameterValue", E::InvalidArgument);
    row("launch token 65", "CreateInstances",
        "{" + launch + R"(,"ClientToken":")" + repeat("t", 65) + "\"}",
        "InvalidParameterValue.ClientTokenTooLong", E::InvalidArgument);
    row("launch name 61", "CreateInstances",
        "{" + launch + R"(,"InstanceName":")" + repeat("n", 61) + "\"}",
        "InvalidParameterValue.InstanceNameTooLong", E::InvalidName);
    row("launch without prepaid", "CreateInstances",
        R"({"BundleId":"bundle_1","BlueprintId":"lhbp-1"})", "MissingParameter",
        E::InvalidArgument);
    row("launch without bundle", "CreateInstances",
        R"({"BlueprintId":"lhbp-1","InstanceChargePrepaid":{"Period":1}})", "MissingParameter",
        E::InvalidArgument);
    row("launch 13 months", "CreateInstances",
        R"({"BundleId":"b","BlueprintId":"lhbp-1","InstanceChargePrepaid":{"Period":13}})",
        "InvalidParameterValue", E::InvalidArgument);
    row("launch with CVM placement", "CreateInstances",
        "{" + launch + R"(,"Placement":{"Zone":"ap-guangzhou-3"}})", "UnknownParameter",
        E::InvalidArgument);
    row("stop type unknown", "StopInstances", R"({"InstanceIds":["lhins-1"],"StopType":"NICE"})",
        "InvalidParameterValue", E::InvalidArgument);
    row("start with stop mode", "StartInstances",
        R"({"InstanceIds":["lhins-1"],"StoppedMode":"STOP_CHARGING"})", "UnknownParameter",
        E::InvalidArgument);
    row("start nothing", "StartInstances", R"({"InstanceIds":[]})", "MissingParameter",
        E::InvalidArgument);
}

void TestLighthouseApiMapper::refusals()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, wire);
    QFETCH(ErrorCode, code);
    QJsonParseError parse;
    const QJsonObject json = QJsonDocument::fromJson(body, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);

    const Error e = parsers().value(action)(json);
    QVERIFY2(e.isError(), "the request was accepted");
    QCOMPARE(e.remoteCode, wire);
    QCOMPARE(e.code, code);
    QVERIFY(!e.message.isEmpty());
    const Result<QJsonObject> read = ApiEnvelope::unwrap(
        ApiEnvelope::failure(e, Product::Lighthouse, action, QStringLiteral("r-7")).toJson(),
        Product::Lighthouse, action);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    QCOMPARE(read.error().remoteCode, wire);
    QCOMPARE(read.error().message, e.message);
    QCOMPARE(read.error().requestId, QStringLiteral("r-7"));
}

void TestLighthouseApiMapper::acceptedEdgeCases_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("name of 60 CJK characters")
        << QStringLiteral("CreateBlueprint")
        << QByteArray(R"({"InstanceId":"lhins-1","BlueprintName":")" + repeat("\xe4\xb8\xad", 60) +
                      "\"}");
    QTest::newRow("ten tags") << QStringLiteral("CreateBlueprint")
                              << QByteArray(R"({"InstanceId":"lhins-1","BlueprintName":"n",)"
                                            R"("Tags":[)" +
                                            repeat(R"({"Key":"k"},)", 9) + R"({"Key":"k"}]})");
    QTest::newRow("30 instances")
        << QStringLiteral("CreateInstances")
        << QByteArray(R"({"BundleId":"b","BlueprintId":"lhbp-1","InstanceChargePrepaid":)"
                      R"({"Period":36,"RenewFlag":"NOTIFY_AND_AUTO_RENEW"},"InstanceCount":30})");
    QTest::newRow("100 filter values") << QStringLiteral("DescribeInstances")
                                       << QByteArray(R"({"Filters":[{"Name":"zone","Values":[)" +
                                                     repeat("\"z\",", 99) + R"("z"]}]})");
    QTest::newRow("zones ordered")
        << QStringLiteral("DescribeZones") << QByteArray(R"({"OrderField":"ZONE","Order":"DESC"})");
}

void TestLighthouseApiMapper::acceptedEdgeCases()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    const Error e = parsers().value(action)(QJsonDocument::fromJson(body).object());
    QVERIFY2(!e.isError(), qPrintable(e.remoteCode + QLatin1String(": ") + e.message));
}

QTEST_GUILESS_MAIN(TestLighthouseApiMapper)
#include "tst_lighthouseapimapper.moc"
