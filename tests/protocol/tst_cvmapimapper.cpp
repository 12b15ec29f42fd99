// CVM actions: domain -> JSON -> domain for every request and response, the wire shapes the
// real API insists on, and the documented refusals.

#include "apienvelope.h"
#include "cvmapimapper.h"
#include "domaincompare.h"
#include "tencenterrorcodes.h"

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

// A request body as the server receives it: serialised and parsed again.
QJsonObject overTheWire(const QJsonObject &body)
{
    return QJsonDocument::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact)).object();
}

// Response fields as the client receives them: in an envelope, serialised, unwrapped.
QJsonObject responseOverTheWire(const QJsonObject &fields, const QString &action)
{
    const QByteArray bytes = ApiEnvelope::success(fields, QStringLiteral("req-1")).toJson();
    const Result<QJsonObject> unwrapped = ApiEnvelope::unwrap(bytes, Product::Cvm, action);
    return unwrapped.ok() ? unwrapped.value() : QJsonObject();
}

Disk disk(const char *id, DiskRole role, DiskKind kind, int size)
{
    Disk d;
    d.id = QLatin1String(id);
    d.role = role;
    d.kind = kind;
    d.sizeGiB = size;
    return d;
}

Instance linuxInstanceBeingImaged()
{
    Instance i;
    i.id = QStringLiteral("ins-abc12345");
    i.product = Product::Cvm;
    i.regionId = kRegion;
    i.zoneId = QStringLiteral("ap-guangzhou-3");
    i.name = QStringLiteral("web-1");
    i.state = InstanceState::Stopped;
    i.instanceType = QStringLiteral("S5.MEDIUM4");
    i.cpuCores = 2;
    i.memoryGiB = 4;
    i.osType = OsType::Linux;
    i.osName = QStringLiteral("Ubuntu Server 22.04 LTS 64bit");
    i.imageId = QStringLiteral("img-pi0ii46r");
    i.billing = BillingMethod::PayAsYouGo;
    i.disks = {disk("disk-sys00001", DiskRole::System, DiskKind::CloudPremium, 50),
               disk("disk-data0001", DiskRole::Data, DiskKind::CloudSsd, 100),
               disk("disk-data0002", DiskRole::Data, DiskKind::CloudBasic, 200)};
    i.createdAt = utc(2024, 3, 1, 8, 0, 0);
    i.imagingOperationId = QStringLiteral("op-000042");
    return i;
}

Instance windowsInstance()
{
    Instance i;
    i.id = QStringLiteral("ins-win00001");
    i.product = Product::Cvm;
    i.regionId = kRegion;
    i.zoneId = QStringLiteral("ap-guangzhou-6");
    i.name = QStringLiteral(u"财务-服务器");
    i.state = InstanceState::Running;
    i.instanceType = QStringLiteral("SA5.LARGE8");
    i.cpuCores = 4;
    i.memoryGiB = 8;
    i.osType = OsType::Windows;
    i.osName = QStringLiteral("Windows Server 2022 DataCenter 64bit");
    i.imageId = QStringLiteral("img-win2022");
    i.billing = BillingMethod::Subscription;
    i.disks = {disk("disk-sys00002", DiskRole::System, DiskKind::Local, 100)};
    i.createdAt = utc(2023, 12, 31, 23, 59, 59);
    return i;
}

Image image(const char *id, ImageState state, int progress)
{
    Image m;
    m.id = QLatin1String(id);
    m.product = Product::Cvm;
    m.regionId = kRegion;
    m.name = QStringLiteral("golden-%1").arg(QLatin1String(id));
    m.description = QStringLiteral("Nginx + app, hardened");
    m.state = state;
    m.progress = progress;
    m.osType = OsType::Linux;
    m.osName = QStringLiteral("TencentOS Server 3.1 (TK4)");
    m.systemSnapshotId = QStringLiteral("snap-sys%1").arg(QLatin1String(id));
    m.systemDiskGiB = 50;
    m.createdAt = utc(2024, 5, 6, 7, 8, 9);
    return m;
}

QList<Image> imagesInEveryState()
{
    Image creating = image("img-00000001", ImageState::Creating, 40);
    creating.dataDisks = {{QStringLiteral("snap-data0001"), 100},
                          {QStringLiteral("snap-data0002"), 200}};
    Image windows = image("img-00000002", ImageState::Available, 0);
    windows.osType = OsType::Windows;
    windows.osName = QStringLiteral("Windows Server 2019 DataCenter 64bit");
    windows.description.clear();
    windows.systemSnapshotId.clear(); // no snapshot listed
    Image failed = image("img-00000003", ImageState::Failed, 0);
    failed.createdAt = QDateTime(); // "may return null"
    Image copying = image("img-00000004", ImageState::Copying, 70);
    Image isolated = image("img-00000005", ImageState::ToBeRepossessed, 0);
    return {creating, windows, failed, copying, isolated};
}

LaunchCall payAsYouGoLaunch()
{
    LaunchCall call;
    LaunchRequest &r = call.request;
    r.imageId = QStringLiteral("img-00000001");
    r.zoneId = QStringLiteral("ap-guangzhou-3");
    r.instanceType = QStringLiteral("S5.MEDIUM4");
    r.count = 3;
    r.namePattern = QStringLiteral("web-{n}");
    r.billing = BillingMethod::PayAsYouGo;
    r.systemDiskKind = DiskKind::CloudSsd;
    r.dataDiskKind = DiskKind::CloudBasic;
    r.clientToken = QStringLiteral("launch-7f3c9a");
    call.dataDisks = {{QStringLiteral("snap-data0001"), 100},
                      {QStringLiteral("snap-data0002"), 200}};
    call.systemDiskGiB = 60;
    return call;
}

LaunchCall subscriptionLaunch()
{
    LaunchCall call;
    call.request.imageId = QStringLiteral("img-00000002");
    call.request.zoneId = QStringLiteral("ap-guangzhou-6");
    call.request.instanceType = QStringLiteral("SA5.LARGE8");
    call.request.count = 1;
    call.request.namePattern = QStringLiteral("db");
    call.request.billing = BillingMethod::Subscription;
    call.dryRun = true;
    return call;
}

using Parser = std::function<Error(const QJsonObject &)>;

// Each action's server-side parse, for the table-driven refusal tests.
QMap<QString, Parser> parsers()
{
    return {
        {QStringLiteral("DescribeRegions"),
         [](const QJsonObject &b) { return CvmApiMapper::parseDescribeRegionsRequest(b).error(); }},
        {QStringLiteral("DescribeZones"),
         [](const QJsonObject &b) { return CvmApiMapper::parseDescribeZonesRequest(b).error(); }},
        {QStringLiteral("DescribeInstances"),
         [](const QJsonObject &b) {
             return CvmApiMapper::parseDescribeInstancesRequest(b).error();
         }},
        {QStringLiteral("DescribeImages"),
         [](const QJsonObject &b) { return CvmApiMapper::parseDescribeImagesRequest(b).error(); }},
        {QStringLiteral("CreateImage"),
         [](const QJsonObject &b) {
             return CvmApiMapper::parseCreateImageRequest(b, kRegion).error();
         }},
        {QStringLiteral("DeleteImages"),
         [](const QJsonObject &b) { return CvmApiMapper::parseDeleteImagesRequest(b).error(); }},
        {QStringLiteral("SyncImages"),
         [](const QJsonObject &b) { return CvmApiMapper::parseSyncImagesRequest(b).error(); }},
        {QStringLiteral("ModifyImageAttribute"),
         [](const QJsonObject &b) {
             return CvmApiMapper::parseModifyImageAttributeRequest(b).error();
         }},
        {QStringLiteral("DescribeImageQuota"),
         [](const QJsonObject &b) {
             return CvmApiMapper::parseDescribeImageQuotaRequest(b).error();
         }},
        {QStringLiteral("RunInstances"),
         [](const QJsonObject &b) { return CvmApiMapper::parseRunInstancesRequest(b).error(); }},
        {QStringLiteral("StartInstances"),
         [](const QJsonObject &b) { return CvmApiMapper::parseStartInstancesRequest(b).error(); }},
        {QStringLiteral("StopInstances"),
         [](const QJsonObject &b) { return CvmApiMapper::parseStopInstancesRequest(b).error(); }},
        {QStringLiteral("InquiryPriceRunInstances"),
         [](const QJsonObject &b) {
             return CvmApiMapper::parseInquiryPriceRunInstancesRequest(b).error();
         }},
    };
}

Error parseError(const QString &action, const QJsonObject &body)
{
    return parsers().value(action)(body);
}

QByteArray repeat(const char *unit, int n)
{
    return QByteArray(unit).repeated(n);
}

} // namespace

class TestCvmApiMapper : public QObject
{
    Q_OBJECT

private slots:
    void everyActionIsListed();
    void describeRegions();
    void describeZones();
    void describeInstancesRequest();
    void describeInstancesResponse();
    void describeImagesRequest();
    void describeImagesResponse();
    void readsTheRealCloudsDescribeImages();
    void unknownImageStateReadsAsBusy();
    void onlyACreateImageOperationMarksImaging();
    void createImageFromInstance();
    void createImageFromSnapshots();
    void createImageDryRun();
    void forcePoweroffIsAString();
    void createImageResponse();
    void deleteImages();
    void syncImages();
    void modifyImageAttribute();
    void describeImageQuota();
    void runInstancesPayAsYouGo();
    void runInstancesSubscription();
    void runInstancesResponse();
    void namePatterns();
    void startAndStopInstances();
    void inquiryPriceRunInstances();
    void refusals_data();
    void refusals();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
    void malformedResponses();
};

void TestCvmApiMapper::everyActionIsListed()
{
    QCOMPARE(CvmApiMapper::version(), QStringLiteral("2017-03-12"));
    QStringList listed = CvmApiMapper::actions();
    QStringList tested = parsers().keys();
    listed.sort();
    tested.sort();
    QCOMPARE(listed, tested);
}

void TestCvmApiMapper::describeRegions()
{
    QVERIFY(CvmApiMapper::parseDescribeRegionsRequest(
                overTheWire(CvmApiMapper::buildDescribeRegionsRequest()))
                .ok());

    Region gz{QStringLiteral("ap-guangzhou"),
              Product::Cvm,
              QStringLiteral("South China (Guangzhou)"),
              {}};
    Region sh{QStringLiteral("ap-shanghai"), Product::Cvm, QStringLiteral(u"华东地区(上海)"), {}};
    const QList<Region> sent{gz, sh};
    const QJsonObject fields = CvmApiMapper::buildDescribeRegionsResponse(sent);
    QCOMPARE(fields.value(QStringLiteral("TotalCount")).toInt(), 2);
    const Result<QList<Region>> back = CvmApiMapper::parseDescribeRegionsResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeRegions")));
    QVERIFY(back.ok());
    QCOMPARE_DOMAIN(diffLists(back.value(), sent));

    // A region that is not AVAILABLE is not offered.
    QJsonObject withUnavailable = fields;
    QJsonArray set = withUnavailable.value(QStringLiteral("RegionSet")).toArray();
    set.append(QJsonObject{{QStringLiteral("Region"), QStringLiteral("ap-mars")},
                           {QStringLiteral("RegionState"), QStringLiteral("UNAVAILABLE")}});
    withUnavailable.insert(QStringLiteral("RegionSet"), set);
    QCOMPARE(CvmApiMapper::parseDescribeRegionsResponse(withUnavailable).value().size(), 2);
}

void TestCvmApiMapper::describeZones()
{
    QVERIFY(CvmApiMapper::parseDescribeZonesRequest(
                overTheWire(CvmApiMapper::buildDescribeZonesRequest()))
                .ok());
    const QList<Zone> sent{{QStringLiteral("ap-guangzhou-3"), QStringLiteral("Guangzhou Zone 3")},
                           {QStringLiteral("ap-guangzhou-6"), QStringLiteral("Guangzhou Zone 6")}};
    const Result<QList<Zone>> back = CvmApiMapper::parseDescribeZonesResponse(responseOverTheWire(
        CvmApiMapper::buildDescribeZonesResponse(sent), QStringLiteral("DescribeZones")));
    QVERIFY(back.ok());
    QCOMPARE_DOMAIN(diffLists(back.value(), sent));
}

void TestCvmApiMapper::describeInstancesRequest()
{
    ListQuery byFilter;
    byFilter.filters = {{QStringLiteral("zone"), {QStringLiteral("ap-guangzhou-3")}},
                        {QStringLiteral("tag:env"), {QStringLiteral("prod")}}};
    byFilter.offset = 20;
    byFilter.limit = 100;
    ListQuery byIds;
    byIds.ids = {QStringLiteral("ins-abc12345"), QStringLiteral("ins-win00001")};
    for (const ListQuery &sent : {byFilter, byIds, ListQuery()}) {
        const Result<ListQuery> back = CvmApiMapper::parseDescribeInstancesRequest(
            overTheWire(CvmApiMapper::buildDescribeInstancesRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
}

void TestCvmApiMapper::describeInstancesResponse()
{
    Page<Instance> sent;
    sent.items = {linuxInstanceBeingImaged(), windowsInstance()};
    sent.totalCount = 57;
    const Result<Page<Instance>> back = CvmApiMapper::parseDescribeInstancesResponse(
        responseOverTheWire(CvmApiMapper::buildDescribeInstancesResponse(sent),
                            QStringLiteral("DescribeInstances")),
        kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->totalCount, 57);
    QCOMPARE_DOMAIN(diffLists(back->items, sent.items));
}

void TestCvmApiMapper::describeImagesRequest()
{
    ListQuery custom;
    custom.filters = {{QStringLiteral("image-type"), {QStringLiteral("PRIVATE_IMAGE")}}};
    custom.limit = 100;
    ListQuery byIds;
    byIds.ids = {QStringLiteral("img-00000001")};
    for (const ListQuery &sent : {custom, byIds}) {
        const Result<ListQuery> back = CvmApiMapper::parseDescribeImagesRequest(
            overTheWire(CvmApiMapper::buildDescribeImagesRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
}

void TestCvmApiMapper::describeImagesResponse()
{
    Page<Image> sent;
    sent.items = imagesInEveryState();
    sent.items[0].tags = {{QStringLiteral("team"), QStringLiteral("web")}};
    sent.totalCount = 5;
    const QJsonObject fields = CvmApiMapper::buildDescribeImagesResponse(sent);
    const QJsonObject first = fields.value(QStringLiteral("ImageSet")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("ImageType")).toString(), QStringLiteral("PRIVATE_IMAGE"));
    QCOMPARE(first.value(QStringLiteral("ImageState")).toString(), QStringLiteral("CREATING"));
    QCOMPARE(first.value(QStringLiteral("SyncPercent")).toInt(), 40);
    QCOMPARE(first.value(QStringLiteral("CreatedTime")).toString(),
             QStringLiteral("2024-05-06T07:08:09Z"));
    QCOMPARE(first.value(QStringLiteral("SnapshotSet")).toArray().size(), 3);

    const Result<Page<Image>> back = CvmApiMapper::parseDescribeImagesResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeImages")), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->totalCount, 5);
    QCOMPARE_DOMAIN(diffLists(back->items, sent.items));
    for (qsizetype i = 0; i < sent.items.size(); ++i)
        QVERIFY(back->items.at(i).tags == sent.items.at(i).tags);
}

void TestCvmApiMapper::readsTheRealCloudsDescribeImages()
{
    // The tccli example from the reference (§3.4): +00:00 offset, nulls, a public image.
    const QByteArray json =
        R"({"Response":{"TotalCount":1,"ImageSet":[{"ImageId":"img-9qabwvbn","OsName":"CentOS 7.6 64位","ImageSize":50,"ImageType":"PUBLIC_IMAGE","CreatedTime":"2020-09-22T00:00:00+00:00","ImageState":"NORMAL","ImageSource":"OFFICIAL","ImageName":"CentOS 7.6 64位","ImageDescription":"CentOS 7.6 64位","ImageCreator":null,"SyncPercent":null,"IsSupportCloudinit":true,"Platform":"CentOS","Architecture":"x86_64","SnapshotSet":[],"Tags":[]}],"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}})";
    const Result<QJsonObject> fields =
        ApiEnvelope::unwrap(json, Product::Cvm, QStringLiteral("DescribeImages"));
    QVERIFY(fields.ok());
    const Result<Page<Image>> page =
        CvmApiMapper::parseDescribeImagesResponse(fields.value(), kRegion);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->items.size(), 1);
    const Image &m = page->items.first();
    QCOMPARE(m.id, QStringLiteral("img-9qabwvbn"));
    QCOMPARE(m.name, QStringLiteral(u"CentOS 7.6 64位"));
    QCOMPARE(m.state, ImageState::Available);
    QCOMPARE(m.progress, 0);
    QCOMPARE(m.systemDiskGiB, 50);
    QCOMPARE(m.osType, OsType::Linux);
    QCOMPARE(m.createdAt, utc(2020, 9, 22, 0, 0, 0));
    QCOMPARE(m.regionId, kRegion);
    QCOMPARE(m.product, Product::Cvm);
}

void TestCvmApiMapper::unknownImageStateReadsAsBusy()
{
    QJsonObject fields =
        CvmApiMapper::buildDescribeImagesResponse({{image("img-1", ImageState::Available, 0)}, 1});
    QJsonArray set = fields.value(QStringLiteral("ImageSet")).toArray();
    QJsonObject m = set.at(0).toObject();
    m.insert(QStringLiteral("ImageState"), QStringLiteral("SOMETHING_NEW"));
    set[0] = m;
    fields.insert(QStringLiteral("ImageSet"), set);
    const Result<Page<Image>> page = CvmApiMapper::parseDescribeImagesResponse(fields, kRegion);
    QVERIFY(page.ok());
    QCOMPARE(page->items.first().state, ImageState::Creating);
}

void TestCvmApiMapper::onlyACreateImageOperationMarksImaging()
{
    QJsonObject i = CvmApiMapper::buildDescribeInstancesResponse({{windowsInstance()}, 1})
                        .value(QStringLiteral("InstanceSet"))
                        .toArray()
                        .at(0)
                        .toObject();
    i.insert(QStringLiteral("LatestOperation"), QStringLiteral("StopInstances"));
    i.insert(QStringLiteral("LatestOperationState"), QStringLiteral("OPERATING"));
    i.insert(QStringLiteral("LatestOperationRequestId"), QStringLiteral("r-1"));
    const QJsonObject fields{{QStringLiteral("TotalCount"), 1},
                             {QStringLiteral("InstanceSet"), QJsonArray{i}}};
    QVERIFY(CvmApiMapper::parseDescribeInstancesResponse(fields, kRegion)
                ->items.first()
                .imagingOperationId.isEmpty());
    i.insert(QStringLiteral("LatestOperation"), QStringLiteral("CreateImage"));
    i.insert(QStringLiteral("LatestOperationState"), QStringLiteral("SUCCESS"));
    const QJsonObject done{{QStringLiteral("TotalCount"), 1},
                           {QStringLiteral("InstanceSet"), QJsonArray{i}}};
    QVERIFY(CvmApiMapper::parseDescribeInstancesResponse(done, kRegion)
                ->items.first()
                .imagingOperationId.isEmpty());
}

void TestCvmApiMapper::createImageFromInstance()
{
    CreateImageCall sent;
    sent.request.product = Product::Cvm;
    sent.request.regionId = kRegion;
    sent.request.name = QStringLiteral(u"黄金镜像-2024");
    sent.request.description = QStringLiteral("Whole machine, data disks included");
    sent.request.sourceInstanceId = QStringLiteral("ins-abc12345");
    sent.request.dataDiskIds = {QStringLiteral("disk-data0001"), QStringLiteral("disk-data0002")};
    sent.request.shutDownFirst = true;
    sent.request.tags = {{QStringLiteral("team"), QStringLiteral("web")},
                         {QStringLiteral("env"), QString()}};
    const Result<CreateImageCall> back = CvmApiMapper::parseCreateImageRequest(
        overTheWire(CvmApiMapper::buildCreateImageRequest(sent)), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE_DOMAIN(diff(back->request, sent.request));
    QCOMPARE(back->dryRun, false);
    // TagSpecification [{ResourceType: image, Tags: [{Key, Value}]}] there and back.
    QVERIFY(back->request.tags == sent.request.tags);
    QJsonObject body = CvmApiMapper::buildCreateImageRequest(sent);
    QCOMPARE(body.value(QStringLiteral("TagSpecification"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("ResourceType"))
                 .toString(),
             QStringLiteral("image"));
    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(QJsonObject{{QStringLiteral("Key"), QStringLiteral("k%1").arg(i)},
                                {QStringLiteral("Value"), QString()}});
    body.insert(QStringLiteral("TagSpecification"),
                QJsonArray{QJsonObject{{QStringLiteral("ResourceType"), QStringLiteral("image")},
                                       {QStringLiteral("Tags"), many}}});
    const Result<CreateImageCall> tooMany =
        CvmApiMapper::parseCreateImageRequest(overTheWire(body), kRegion);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(QStringLiteral("50 tags")));
}

void TestCvmApiMapper::createImageFromSnapshots()
{
    CreateImageCall sent;
    sent.request.product = Product::Cvm;
    sent.request.regionId = kRegion;
    sent.request.name = QStringLiteral("from-snapshots");
    sent.request.snapshotIds = {QStringLiteral("snap-sys1"), QStringLiteral("snap-data1")};
    const QJsonObject body = CvmApiMapper::buildCreateImageRequest(sent);
    QVERIFY(!body.contains(QStringLiteral("InstanceId")));
    const Result<CreateImageCall> back =
        CvmApiMapper::parseCreateImageRequest(overTheWire(body), kRegion);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE_DOMAIN(diff(back->request, sent.request));
}

void TestCvmApiMapper::createImageDryRun()
{
    CreateImageCall sent;
    sent.request.product = Product::Cvm;
    sent.request.regionId = kRegion;
    sent.request.name = QStringLiteral("check-only");
    sent.request.sourceInstanceId = QStringLiteral("ins-abc12345");
    sent.dryRun = true;
    const Result<CreateImageCall> back = CvmApiMapper::parseCreateImageRequest(
        overTheWire(CvmApiMapper::buildCreateImageRequest(sent)), kRegion);
    QVERIFY(back.ok());
    QVERIFY(back->dryRun);
    QCOMPARE_DOMAIN(diff(back->request, sent.request));
}

void TestCvmApiMapper::forcePoweroffIsAString()
{
    CreateImageCall call;
    call.request.name = QStringLiteral("n");
    call.request.sourceInstanceId = QStringLiteral("ins-1");
    call.request.shutDownFirst = true;
    QJsonObject body = CvmApiMapper::buildCreateImageRequest(call);
    // "Poweroff" with a lowercase o, and a string, as the real API has it.
    QCOMPARE(body.value(QStringLiteral("ForcePoweroff")), QJsonValue(QStringLiteral("TRUE")));
    call.request.shutDownFirst = false;
    body = CvmApiMapper::buildCreateImageRequest(call);
    QCOMPARE(body.value(QStringLiteral("ForcePoweroff")), QJsonValue(QStringLiteral("FALSE")));
    QVERIFY(!body.contains(QStringLiteral("ForcePowerOff")));
}

void TestCvmApiMapper::createImageResponse()
{
    const Result<QString> id = CvmApiMapper::parseCreateImageResponse(
        responseOverTheWire(CvmApiMapper::buildCreateImageResponse(QStringLiteral("img-new00001")),
                            QStringLiteral("CreateImage")));
    QCOMPARE(id.value(), QStringLiteral("img-new00001"));
    // A dry run answers with a null ImageId.
    const QJsonObject dry = CvmApiMapper::buildCreateImageResponse(QString());
    QVERIFY(dry.value(QStringLiteral("ImageId")).isNull());
    QCOMPARE(CvmApiMapper::parseCreateImageResponse(
                 responseOverTheWire(dry, QStringLiteral("CreateImage")))
                 .value(),
             QString());
}

void TestCvmApiMapper::deleteImages()
{
    DeleteImagesCall sent{
        {QStringLiteral("img-00000001"), QStringLiteral("img-00000002")}, true, false};
    const QJsonObject body = CvmApiMapper::buildDeleteImagesRequest(sent);
    QCOMPARE(body.value(QStringLiteral("DeleteBindedSnap")).toBool(), true);
    const Result<DeleteImagesCall> back = CvmApiMapper::parseDeleteImagesRequest(overTheWire(body));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), sent);
    sent.deleteBindedSnapshots = false;
    sent.dryRun = true;
    QCOMPARE(CvmApiMapper::parseDeleteImagesRequest(
                 overTheWire(CvmApiMapper::buildDeleteImagesRequest(sent)))
                 .value(),
             sent);
    QVERIFY(CvmApiMapper::parseDeleteImagesResponse(
                responseOverTheWire(CvmApiMapper::buildDeleteImagesResponse(),
                                    QStringLiteral("DeleteImages")))
                .ok());
}

void TestCvmApiMapper::syncImages()
{
    CopyImageRequest copy;
    copy.imageId = QStringLiteral("img-00000001");
    copy.targetRegionId = QStringLiteral("ap-shanghai");
    copy.name = QStringLiteral("golden-sh");
    const SyncImagesCall sent = SyncImagesCall::fromCopy(copy);
    QVERIFY(sent.imageSetRequired);
    const Result<SyncImagesCall> back = CvmApiMapper::parseSyncImagesRequest(
        overTheWire(CvmApiMapper::buildSyncImagesRequest(sent)));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), sent);
    QCOMPARE(back->copies().size(), 1);
    QCOMPARE(back->copies().first().imageId, copy.imageId);
    QCOMPARE(back->copies().first().targetRegionId, copy.targetRegionId);
    QCOMPARE(back->copies().first().name, copy.name);

    SyncImagesCall many;
    many.imageId = QStringLiteral("img-00000001");
    many.destinationRegions = {QStringLiteral("ap-shanghai"), QStringLiteral("ap-beijing")};
    many.dryRun = true;
    QCOMPARE(CvmApiMapper::parseSyncImagesRequest(
                 overTheWire(CvmApiMapper::buildSyncImagesRequest(many)))
                 .value(),
             many);

    const QList<SyncedImage> synced{{QStringLiteral("ap-shanghai"), QStringLiteral("img-sh000001")},
                                    {QStringLiteral("ap-beijing"), QStringLiteral("img-bj000001")}};
    const Result<QList<SyncedImage>> ids =
        CvmApiMapper::parseSyncImagesResponse(responseOverTheWire(
            CvmApiMapper::buildSyncImagesResponse(synced), QStringLiteral("SyncImages")));
    QCOMPARE(ids.value(), synced);
    // Without ImageSetRequired the cloud sends no ImageSet.
    QCOMPARE(CvmApiMapper::parseSyncImagesResponse({}).value(), QList<SyncedImage>());
}

void TestCvmApiMapper::modifyImageAttribute()
{
    EditImageRequest edit;
    edit.imageId = QStringLiteral("img-00000001");
    edit.name = QStringLiteral("renamed");
    edit.description = QString(); // cleared on purpose
    const ImageAttributeChange both = ImageAttributeChange::fromEdit(edit);
    ImageAttributeChange nameOnly{QStringLiteral("img-00000001"), QStringLiteral("renamed"), {}};
    ImageAttributeChange descriptionOnly{
        QStringLiteral("img-00000001"), {}, QStringLiteral("new words")};
    for (const ImageAttributeChange &sent : {both, nameOnly, descriptionOnly}) {
        const Result<ImageAttributeChange> back = CvmApiMapper::parseModifyImageAttributeRequest(
            overTheWire(CvmApiMapper::buildModifyImageAttributeRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
    // An empty description survives as "set to empty", not "unchanged".
    QCOMPARE(CvmApiMapper::parseModifyImageAttributeRequest(
                 overTheWire(CvmApiMapper::buildModifyImageAttributeRequest(both)))
                 ->description,
             std::optional<QString>(QString()));

    Image current = image("img-00000001", ImageState::Available, 0);
    const EditImageRequest applied = nameOnly.applyTo(current);
    QCOMPARE(applied.name, QStringLiteral("renamed"));
    QCOMPARE(applied.description, current.description);
    QVERIFY(CvmApiMapper::parseModifyImageAttributeResponse(
                responseOverTheWire(CvmApiMapper::buildModifyImageAttributeResponse(),
                                    QStringLiteral("ModifyImageAttribute")))
                .ok());
}

void TestCvmApiMapper::describeImageQuota()
{
    QVERIFY(CvmApiMapper::parseDescribeImageQuotaRequest(
                overTheWire(CvmApiMapper::buildDescribeImageQuotaRequest()))
                .ok());
    ImageQuota sent;
    sent.product = Product::Cvm;
    sent.regionId = kRegion;
    sent.quota = 10;
    const QJsonObject fields = CvmApiMapper::buildDescribeImageQuotaResponse(sent);
    QCOMPARE(fields, QJsonObject({{QStringLiteral("ImageNumQuota"), 10}}));
    const Result<ImageQuota> back = CvmApiMapper::parseDescribeImageQuotaResponse(
        responseOverTheWire(fields, QStringLiteral("DescribeImageQuota")), kRegion);
    QVERIFY(back.ok());
    QCOMPARE_DOMAIN(diff(back.value(), sent));
}

void TestCvmApiMapper::runInstancesPayAsYouGo()
{
    const LaunchCall sent = payAsYouGoLaunch();
    const QJsonObject body = CvmApiMapper::buildRunInstancesRequest(sent);
    QCOMPARE(body.value(QStringLiteral("InstanceChargeType")).toString(),
             QStringLiteral("POSTPAID_BY_HOUR"));
    QVERIFY(!body.contains(QStringLiteral("InstanceChargePrepaid")));
    QCOMPARE(body.value(QStringLiteral("Placement")).toObject().value(QStringLiteral("Zone")),
             QJsonValue(QStringLiteral("ap-guangzhou-3")));
    QCOMPARE(body.value(QStringLiteral("InstanceName")).toString(), QStringLiteral("web-{R:1}"));
    const QJsonArray dataDisks = body.value(QStringLiteral("DataDisks")).toArray();
    QCOMPARE(dataDisks.size(), 2);
    QCOMPARE(dataDisks.at(0).toObject().value(QStringLiteral("SnapshotId")).toString(),
             QStringLiteral("snap-data0001"));
    QCOMPARE(dataDisks.at(1).toObject().value(QStringLiteral("DiskType")).toString(),
             QStringLiteral("CLOUD_BASIC"));

    const Result<LaunchCall> back = CvmApiMapper::parseRunInstancesRequest(overTheWire(body));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE_DOMAIN(diff(back.value(), sent));
}

void TestCvmApiMapper::runInstancesSubscription()
{
    const LaunchCall sent = subscriptionLaunch();
    const QJsonObject body = CvmApiMapper::buildRunInstancesRequest(sent);
    QCOMPARE(body.value(QStringLiteral("InstanceChargeType")).toString(),
             QStringLiteral("PREPAID"));
    QCOMPARE(body.value(QStringLiteral("InstanceChargePrepaid"))
                 .toObject()
                 .value(QStringLiteral("Period"))
                 .toInt(),
             1);
    const Result<LaunchCall> back = CvmApiMapper::parseRunInstancesRequest(overTheWire(body));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE_DOMAIN(diff(back.value(), sent));
}

void TestCvmApiMapper::runInstancesResponse()
{
    const QStringList ids{QStringLiteral("ins-00000001"), QStringLiteral("ins-00000002")};
    QCOMPARE(CvmApiMapper::parseRunInstancesResponse(
                 responseOverTheWire(CvmApiMapper::buildRunInstancesResponse(ids),
                                     QStringLiteral("RunInstances")))
                 .value(),
             ids);
    // A dry run answers with RequestId only.
    QCOMPARE(CvmApiMapper::parseRunInstancesResponse({}).value(), QStringList());
}

void TestCvmApiMapper::namePatterns()
{
    QCOMPARE(CvmApiMapper::namePatternToWire(QStringLiteral("web-{n}")),
             QStringLiteral("web-{R:1}"));
    QCOMPARE(CvmApiMapper::namePatternFromWire(QStringLiteral("web-{R:1}")),
             QStringLiteral("web-{n}"));
    QCOMPARE(CvmApiMapper::namePatternToWire(QStringLiteral("plain")), QStringLiteral("plain"));
    // Other start numbers have no domain form: kept as they are.
    QCOMPARE(CvmApiMapper::namePatternFromWire(QStringLiteral("web-{R:3}")),
             QStringLiteral("web-{R:3}"));
}

void TestCvmApiMapper::startAndStopInstances()
{
    const QStringList ids{QStringLiteral("ins-abc12345"), QStringLiteral("ins-win00001")};
    QCOMPARE(CvmApiMapper::parseStartInstancesRequest(
                 overTheWire(CvmApiMapper::buildStartInstancesRequest(ids)))
                 .value(),
             ids);
    QCOMPARE(CvmApiMapper::parseStopInstancesRequest(
                 overTheWire(CvmApiMapper::buildStopInstancesRequest(ids)))
                 .value(),
             ids);
    QVERIFY(CvmApiMapper::parseStartInstancesResponse(
                responseOverTheWire(CvmApiMapper::buildStartInstancesResponse(),
                                    QStringLiteral("StartInstances")))
                .ok());
    QVERIFY(CvmApiMapper::parseStopInstancesResponse(
                responseOverTheWire(CvmApiMapper::buildStopInstancesResponse(),
                                    QStringLiteral("StopInstances")))
                .ok());
    // The real SDK may send the stop options.
    QJsonObject withOptions = CvmApiMapper::buildStopInstancesRequest(ids);
    withOptions.insert(QStringLiteral("StopType"), QStringLiteral("SOFT_FIRST"));
    withOptions.insert(QStringLiteral("StoppedMode"), QStringLiteral("STOP_CHARGING"));
    QCOMPARE(CvmApiMapper::parseStopInstancesRequest(withOptions).value(), ids);
}

void TestCvmApiMapper::inquiryPriceRunInstances()
{
    for (const LaunchCall &sent : {payAsYouGoLaunch(), subscriptionLaunch()}) {
        const Result<LaunchCall> back = CvmApiMapper::parseInquiryPriceRunInstancesRequest(
            overTheWire(CvmApiMapper::buildInquiryPriceRunInstancesRequest(sent)));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE_DOMAIN(diff(back.value(), sent));
    }
    const InstancePriceQuote hourly{BillingMethod::PayAsYouGo, 123, 99};
    const InstancePriceQuote monthly{BillingMethod::Subscription, 24000, 19200};
    for (const InstancePriceQuote &sent : {hourly, monthly}) {
        const QJsonObject fields = CvmApiMapper::buildInquiryPriceRunInstancesResponse(sent);
        const Result<InstancePriceQuote> back = CvmApiMapper::parseInquiryPriceRunInstancesResponse(
            responseOverTheWire(fields, QStringLiteral("InquiryPriceRunInstances")));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), sent);
    }
    const QJsonObject price = CvmApiMapper::buildInquiryPriceRunInstancesResponse(monthly)
                                  .value(QStringLiteral("Price"))
                                  .toObject()
                                  .value(QStringLiteral("InstancePrice"))
                                  .toObject();
    QCOMPARE(price.value(QStringLiteral("OriginalPrice")).toDouble(), 240.0);
    QCOMPARE(price.value(QStringLiteral("DiscountPrice")).toDouble(), 192.0);
    QCOMPARE(price.value(QStringLiteral("Discount")).toDouble(), 80.0);
}

void TestCvmApiMapper::refusals_data()
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
    const QByteArray inst = R"("InstanceId":"ins-1")";
    row("name 61 characters", "CreateImage",
        "{" + inst + R"(,"ImageName":")" + repeat("a", 61) + "\"}",
        "InvalidParameter.ValueTooLarge", E::InvalidName);
    row("name 61 CJK characters", "CreateImage",
        "{" + inst + R"(,"ImageName":")" + repeat("\xe4\xb8\xad", 61) + "\"}",
        "InvalidParameter.ValueTooLarge", E::InvalidName);
    row("description 257", "CreateImage",
        "{" + inst + R"(,"ImageName":"n","ImageDescription":")" + repeat("d", 257) + "\"}",
        "InvalidParameterValue.TooLarge", E::InvalidDescription);
    row("no name", "CreateImage", "{" + inst + "}", "MissingParameter", E::InvalidArgument);
    row("blank name", "CreateImage", "{" + inst + R"(,"ImageName":"  "})", "InvalidParameterValue",
        E::InvalidArgument);
    row("name not a string", "CreateImage", "{" + inst + R"(,"ImageName":7})", "InvalidParameter",
        E::InvalidArgument);
    row("instance and snapshots", "CreateImage",
        "{" + inst + R"(,"ImageName":"n","SnapshotIds":["snap-1"]})", "InvalidParameterConflict",
        E::InvalidArgument);
    row("snapshots and data disks", "CreateImage",
        R"({"ImageName":"n","SnapshotIds":["snap-1"],"DataDiskIds":["disk-1"]})",
        "InvalidParameterConflict", E::InvalidArgument);
    row("no source", "CreateImage", R"({"ImageName":"n"})", "InvalidParameter.SpecifyOneParameter",
        E::InvalidArgument);
    row("ForcePoweroff as JSON bool", "CreateImage",
        "{" + inst + R"(,"ImageName":"n","ForcePoweroff":true})", "InvalidParameterValue",
        E::InvalidArgument);
    row("ForcePoweroff not a boolean word", "CreateImage",
        "{" + inst + R"(,"ImageName":"n","ForcePoweroff":"YES"})", "InvalidParameterValue",
        E::InvalidArgument);
    row("Lighthouse spelling ForcePowerOff", "CreateImage",
        "{" + inst + R"(,"ImageName":"n","ForcePowerOff":"TRUE"})", "UnknownParameter",
        E::InvalidArgument);
    row("DryRun as string", "CreateImage", "{" + inst + R"(,"ImageName":"n","DryRun":"true"})",
        "InvalidParameter", E::InvalidArgument);
    row("delete without ids", "DeleteImages", "{}", "MissingParameter", E::InvalidArgument);
    row("delete with empty ids", "DeleteImages", R"({"ImageIds":[]})", "MissingParameter",
        E::InvalidArgument);
    row("sync two images", "SyncImages",
        R"({"ImageIds":["img-1","img-2"],"DestinationRegions":["ap-shanghai"]})",
        "InvalidImageId.TooLarge", E::InvalidArgument);
    row("sync without destination", "SyncImages", R"({"ImageIds":["img-1"]})", "MissingParameter",
        E::InvalidArgument);
    row("sync encrypted", "SyncImages",
        R"({"ImageIds":["img-1"],"DestinationRegions":["ap-guangzhou"],"Encrypt":true})",
        "UnsupportedOperation.EncryptedImagesNotSupported", E::Unsupported);
    row("sync name 61", "SyncImages",
        R"({"ImageIds":["img-1"],"DestinationRegions":["ap-shanghai"],"ImageName":")" +
            repeat("x", 61) + "\"}",
        "InvalidParameter.ValueTooLarge", E::InvalidName);
    row("modify without id", "ModifyImageAttribute", R"({"ImageName":"n"})", "MissingParameter",
        E::InvalidArgument);
    row("modify description 257", "ModifyImageAttribute",
        R"({"ImageId":"img-1","ImageDescription":")" + repeat("d", 257) + "\"}",
        "InvalidParameterValue.TooLarge", E::InvalidDescription);
    row("describe regions with input", "DescribeRegions", R"({"Product":"cvm"})",
        "UnknownParameter", E::InvalidArgument);
    row("quota with input", "DescribeImageQuota", R"({"Region":"x"})", "UnknownParameter",
        E::InvalidArgument);
    row("images Limit 101", "DescribeImages", R"({"Limit":101})",
        "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row("images ids and filters", "DescribeImages",
        R"({"ImageIds":["img-1"],"Filters":[{"Name":"image-type","Values":["PRIVATE_IMAGE"]}]})",
        "InvalidParameter.InvalidParameterCoexistImageIdsFilters", E::InvalidArgument);
    row("images unknown filter", "DescribeImages",
        R"({"Filters":[{"Name":"instance-name","Values":["x"]}]})", "InvalidFilter",
        E::InvalidArgument);
    row("images six filter values", "DescribeImages",
        R"({"Filters":[{"Name":"image-id","Values":["1","2","3","4","5","6"]}]})",
        "InvalidFilterValue.LimitExceeded", E::InvalidArgument);
    row("instances ids and filters", "DescribeInstances",
        R"({"InstanceIds":["ins-1"],"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}]})",
        "InvalidParameterConflict", E::InvalidArgument);
    const QByteArray launch = R"("Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"img-1")";
    row("launch 101 instances", "RunInstances", "{" + launch + R"(,"InstanceCount":101})",
        "InvalidParameterValue.LimitExceeded", E::InvalidCount);
    row("launch 0 instances", "RunInstances", "{" + launch + R"(,"InstanceCount":0})",
        "InvalidParameterValue.LimitExceeded", E::InvalidCount);
    // Beyond 32 bits: the whole value is range-checked before it is narrowed, so 2^32 + 2
    // cannot launch 2 and 2^32 + 50 GiB cannot become 50 (issue 16, defect 5).
    row("launch 2^32 + 2 instances", "RunInstances",
        "{" + launch + R"(,"InstanceCount":4294967298})", "InvalidParameterValue.LimitExceeded",
        E::InvalidCount);
    row("launch 2^31 instances", "RunInstances", "{" + launch + R"(,"InstanceCount":2147483648})",
        "InvalidParameterValue.LimitExceeded", E::InvalidCount);
    row("launch 2^53 + 1 instances", "RunInstances",
        "{" + launch + R"(,"InstanceCount":9007199254740993})",
        "InvalidParameterValue.LimitExceeded", E::InvalidCount);
    row("launch 2^64 instances", "RunInstances",
        "{" + launch + R"(,"InstanceCount":18446744073709551616})", "InvalidParameter",
        E::InvalidArgument);
    row("price 2^32 + 2 instances", "InquiryPriceRunInstances",
        "{" + launch + R"(,"InstanceCount":4294967298})", "InvalidParameterValue.LimitExceeded",
        E::InvalidCount);
    row("system disk 2^32 + 50 GiB", "RunInstances",
        "{" + launch + R"(,"SystemDisk":{"DiskSize":4294967346}})", "InvalidParameterValue",
        E::InvalidArgument);
    row("data disk 2^32 + 50 GiB", "RunInstances",
        "{" + launch + R"(,"DataDisks":[{"DiskSize":4294967346}]})", "InvalidParameterValue",
        E::InvalidArgument);
    row("prepaid 2^32 + 1 months", "RunInstances",
        "{" + launch +
            R"(,"InstanceChargeType":"PREPAID","InstanceChargePrepaid":{"Period":4294967297}})",
        "InvalidParameterValue", E::InvalidArgument);
    row("images Limit 2^32 + 1", "DescribeImages", R"({"Limit":4294967297})",
        "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row("images Offset 2^32", "DescribeImages", R"({"Offset":4294967296})",
        "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row("images Offset 2^53", "DescribeImages", R"({"Offset":9007199254740992})",
        "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row("images Offset -2^32", "DescribeImages", R"({"Offset":-4294967296})",
        "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row("price 101 instances", "InquiryPriceRunInstances",
        "{" + launch + R"(,"InstanceCount":101})", "InvalidParameterValue.LimitExceeded",
        E::InvalidCount);
    row("client token 65", "RunInstances",
        "{" + launch + R"(,"ClientToken":")" + repeat("t", 65) + "\"}",
        "InvalidClientToken.TooLong", E::InvalidArgument);
    row("instance name 129", "RunInstances",
        "{" + launch + R"(,"InstanceName":")" + repeat("n", 129) + "\"}",
        "InvalidInstanceName.TooLong", E::InvalidName);
    row("prepaid without period", "RunInstances",
        "{" + launch + R"(,"InstanceChargeType":"PREPAID"})", "MissingParameter",
        E::InvalidArgument);
    row("prepaid 13 months", "RunInstances",
        "{" + launch + R"(,"InstanceChargeType":"PREPAID","InstanceChargePrepaid":{"Period":13}})",
        "InvalidParameterValue", E::InvalidArgument);
    row("prepaid bad renew flag", "RunInstances",
        "{" + launch +
            R"(,"InstanceChargeType":"PREPAID","InstanceChargePrepaid":{"Period":1,"RenewFlag":"ALWAYS"}})",
        "InvalidParameterValue", E::InvalidArgument);
    row("spot instances", "RunInstances", "{" + launch + R"(,"InstanceChargeType":"SPOTPAID"})",
        "UnsupportedOperation", E::Unsupported);
    row("unknown charge type", "RunInstances", "{" + launch + R"(,"InstanceChargeType":"FREE"})",
        "InvalidParameterValue", E::InvalidArgument);
    row("no placement", "RunInstances", R"({"ImageId":"img-1"})", "MissingParameter",
        E::InvalidArgument);
    row("no zone", "RunInstances", R"({"ImageId":"img-1","Placement":{"ProjectId":0}})",
        "MissingParameter", E::InvalidArgument);
    row("no image", "RunInstances", R"({"Placement":{"Zone":"ap-guangzhou-3"}})",
        "MissingParameter", E::InvalidArgument);
    row("unknown disk type", "RunInstances",
        "{" + launch + R"(,"SystemDisk":{"DiskType":"FLOPPY"}})", "InvalidParameterValue",
        E::InvalidArgument);
    row("data disk without size", "RunInstances",
        "{" + launch + R"(,"DataDisks":[{"DiskType":"CLOUD_SSD"}]})", "MissingParameter",
        E::InvalidArgument);
    QByteArray manyIds = R"({"InstanceIds":[)";
    for (int i = 0; i < 101; ++i)
        manyIds += QByteArray(i ? "," : "") + "\"ins-" + QByteArray::number(i) + '"';
    manyIds += "]}";
    row("start 101 instances", "StartInstances", manyIds, "InvalidParameterValue.LimitExceeded",
        E::InvalidArgument);
    row("start without ids", "StartInstances", "{}", "MissingParameter", E::InvalidArgument);
    row("start with a stop option", "StartInstances",
        R"({"InstanceIds":["ins-1"],"StopType":"HARD"})", "UnknownParameter", E::InvalidArgument);
    row("stop type unknown", "StopInstances", R"({"InstanceIds":["ins-1"],"StopType":"GENTLE"})",
        "InvalidParameterValue", E::InvalidArgument);
}

void TestCvmApiMapper::refusals()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, wire);
    QFETCH(ErrorCode, code);
    QJsonParseError parse;
    const QJsonObject json = QJsonDocument::fromJson(body, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);

    const Error e = parseError(action, json);
    QVERIFY2(e.isError(), "the request was accepted");
    QCOMPARE(e.remoteCode, wire);
    QCOMPARE(e.code, code);
    QVERIFY(!e.message.isEmpty());
    // The same refusal, sent by imprint-sim and read by the client, keeps code and message.
    const Result<QJsonObject> read = ApiEnvelope::unwrap(
        ApiEnvelope::failure(e, Product::Cvm, action, QStringLiteral("r-7")).toJson(), Product::Cvm,
        action);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    QCOMPARE(read.error().remoteCode, wire);
    QCOMPARE(read.error().message, e.message);
}

void TestCvmApiMapper::acceptedEdgeCases_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("60 CJK characters") << QStringLiteral("CreateImage")
                                       << QByteArray(R"({"InstanceId":"ins-1","ImageName":")" +
                                                     repeat("\xe4\xb8\xad", 60) + "\"}");
    QTest::newRow("lowercase string boolean")
        << QStringLiteral("CreateImage")
        << QByteArray(R"({"InstanceId":"ins-1","ImageName":"n","ForcePoweroff":"true"})");
    QTest::newRow("documented extras are accepted")
        << QStringLiteral("CreateImage")
        << QByteArray(R"({"InstanceId":"ins-1","ImageName":"n","Sysprep":"FALSE",)"
                      R"("ImageFamily":"web","TagSpecification":[]})");
    QTest::newRow("null means absent")
        << QStringLiteral("CreateImage")
        << QByteArray(R"({"InstanceId":"ins-1","ImageName":"n","ImageDescription":null})");
    QTest::newRow("256-character description")
        << QStringLiteral("ModifyImageAttribute")
        << QByteArray(R"({"ImageId":"img-1","ImageDescription":")" + repeat("d", 256) + "\"}");
    QTest::newRow("100 instances") << QStringLiteral("RunInstances")
                                   << QByteArray(R"({"Placement":{"Zone":"z"},"ImageId":"i",)"
                                                 R"("InstanceCount":100})");
    QTest::newRow("Offset 2^31 - 1")
        << QStringLiteral("DescribeImages") << QByteArray(R"({"Offset":2147483647})");
    QTest::newRow("integral exponent") << QStringLiteral("RunInstances")
                                       << QByteArray(R"({"Placement":{"Zone":"z"},"ImageId":"i",)"
                                                     R"("InstanceCount":1e1})");
    QTest::newRow("64-character token")
        << QStringLiteral("RunInstances")
        << QByteArray(R"({"Placement":{"Zone":"z"},"ImageId":"i","ClientToken":")" +
                      repeat("t", 64) + "\"}");
    QTest::newRow("tag filter") << QStringLiteral("DescribeImages")
                                << QByteArray(
                                       R"({"Filters":[{"Name":"tag:team","Values":["a"]}]})");
}

void TestCvmApiMapper::acceptedEdgeCases()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    const Error e = parseError(action, QJsonDocument::fromJson(body).object());
    QVERIFY2(!e.isError(), qPrintable(e.remoteCode + QLatin1String(": ") + e.message));
}

void TestCvmApiMapper::malformedResponses()
{
    // The client refuses answers it cannot trust, with a RemoteError that says which.
    const Result<Page<Image>> noTotal = CvmApiMapper::parseDescribeImagesResponse(
        QJsonObject{{QStringLiteral("ImageSet"), QJsonArray()}}, kRegion);
    QVERIFY(!noTotal.ok());
    QCOMPARE(noTotal.error().code, ErrorCode::RemoteError);
    QVERIFY(noTotal.error().message.contains(QLatin1String("TotalCount")));

    const QJsonObject noId{{QStringLiteral("TotalCount"), 1},
                           {QStringLiteral("InstanceSet"),
                            QJsonArray{QJsonObject{{QStringLiteral("InstanceName"), 1}}}}};
    const Result<Page<Instance>> bad = CvmApiMapper::parseDescribeInstancesResponse(noId, kRegion);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("InstanceSet.0.")));

    QVERIFY(!CvmApiMapper::parseDescribeImageQuotaResponse({}, kRegion).ok());
    QVERIFY(!CvmApiMapper::parseInquiryPriceRunInstancesResponse({}).ok());
}

QTEST_GUILESS_MAIN(TestCvmApiMapper)
#include "tst_cvmapimapper.moc"
