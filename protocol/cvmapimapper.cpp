#include "cvmapimapper.h"

#include "apitime.h"
#include "jsonparams.h"
#include "listquerycodec.h"
#include "wireenums.h"

#include <QJsonArray>

namespace imprint {

namespace {

using Need = JsonParams::Need;
constexpr Product kProduct = Product::Cvm;

// Action names, also the keys of the error-code table.
const QString kDescribeRegions = QStringLiteral("DescribeRegions");
const QString kDescribeZones = QStringLiteral("DescribeZones");
const QString kDescribeInstances = QStringLiteral("DescribeInstances");
const QString kDescribeImages = QStringLiteral("DescribeImages");
const QString kCreateImage = QStringLiteral("CreateImage");
const QString kDeleteImages = QStringLiteral("DeleteImages");
const QString kSyncImages = QStringLiteral("SyncImages");
const QString kModifyImageAttribute = QStringLiteral("ModifyImageAttribute");
const QString kDescribeImageQuota = QStringLiteral("DescribeImageQuota");
const QString kRunInstances = QStringLiteral("RunInstances");
const QString kStartInstances = QStringLiteral("StartInstances");
const QString kStopInstances = QStringLiteral("StopInstances");
const QString kInquiryPriceRunInstances = QStringLiteral("InquiryPriceRunInstances");

// Length limits (reference §5) and the codes CVM documents for them.
constexpr int kMaxImageName = 60;
constexpr int kMaxImageDescription = 256;
constexpr int kMaxInstanceName = 128; // the error text says bytes; characters are checked
constexpr int kMaxClientToken = 64;
constexpr int kMaxInstanceCount = 100;
constexpr int kMaxIds = 100;
const QString kNameTooLong = QStringLiteral("InvalidParameter.ValueTooLarge");
const QString kDescriptionTooLong = QStringLiteral("InvalidParameterValue.TooLarge");
const QString kLimitExceeded = QStringLiteral("InvalidParameterValue.LimitExceeded");
const QString kInvalidValue = QStringLiteral("InvalidParameterValue");
const QString kConflict = QStringLiteral("InvalidParameterConflict");

QString s(const char *text)
{
    return QLatin1String(text);
}

template <typename T> Result<T> finish(const JsonParams &p, T value)
{
    if (!p.ok())
        return p.error();
    return value;
}

Status finish(const JsonParams &p)
{
    if (!p.ok())
        return p.error();
    return {};
}

ListQueryRules describeRules(const QString &idsKey, const QStringList &filterNames,
                             const QString &conflictCode)
{
    ListQueryRules r;
    r.idsKey = idsKey;
    r.filterNames = filterNames;
    r.maxIds = kMaxIds;
    r.maxFilters = 10;
    r.maxValuesPerFilter = 5;
    r.rangeCode = kLimitExceeded;
    r.unknownFilterCode = s("InvalidFilter");
    r.malformedFilterCode = s("InvalidFilter");
    r.filterLimitCode = s("InvalidFilterValue.LimitExceeded");
    r.conflictCode = conflictCode;
    return r;
}

QJsonObject diskToJson(const Disk &d)
{
    return {{s("DiskType"), WireEnums::diskType(d.kind)},
            {s("DiskId"), d.id},
            {s("DiskSize"), d.sizeGiB}};
}

Disk diskFromJson(JsonParams p, DiskRole role)
{
    Disk d;
    d.role = role;
    d.id = p.string(s("DiskId"));
    d.kind = WireEnums::diskKindFromWire(p.string(s("DiskType"))).value_or(DiskKind::CloudPremium);
    d.sizeGiB = p.integer(s("DiskSize"), 0);
    return d;
}

QJsonObject instanceToJson(const Instance &i)
{
    QJsonObject o{{s("InstanceId"), i.id},
                  {s("InstanceName"), i.name},
                  {s("Placement"), QJsonObject{{s("Zone"), i.zoneId}, {s("ProjectId"), 0}}},
                  {s("InstanceType"), i.instanceType},
                  {s("CPU"), i.cpuCores},
                  {s("Memory"), i.memoryGiB},
                  {s("InstanceState"), WireEnums::instanceState(i.state)},
                  {s("InstanceChargeType"), WireEnums::chargeType(i.billing)},
                  {s("ImageId"), i.imageId},
                  {s("OsName"), i.osName},
                  {s("CreatedTime"), ApiTime::toJson(i.createdAt)}};
    QJsonArray dataDisks;
    for (const Disk &d : i.disks) {
        if (d.role == DiskRole::System)
            o.insert(s("SystemDisk"), diskToJson(d));
        else
            dataDisks.append(diskToJson(d));
    }
    o.insert(s("DataDisks"), dataDisks);
    if (!i.imagingOperationId.isEmpty()) {
        o.insert(s("LatestOperation"), kCreateImage);
        o.insert(s("LatestOperationState"), s("OPERATING"));
        o.insert(s("LatestOperationRequestId"), i.imagingOperationId);
    } else {
        o.insert(s("LatestOperation"), QJsonValue::Null);
        o.insert(s("LatestOperationState"), QJsonValue::Null);
        o.insert(s("LatestOperationRequestId"), QJsonValue::Null);
    }
    return o;
}

Instance instanceFromJson(JsonParams p, const QString &regionId)
{
    Instance i;
    i.product = kProduct;
    i.regionId = regionId;
    i.id = p.string(s("InstanceId"), Need::Required);
    i.name = p.string(s("InstanceName"));
    i.zoneId = p.object(s("Placement")).string(s("Zone"));
    i.instanceType = p.string(s("InstanceType"));
    i.cpuCores = p.integer(s("CPU"), 0);
    i.memoryGiB = p.integer(s("Memory"), 0);
    i.state = WireEnums::instanceStateFromWire(p.string(s("InstanceState")));
    i.billing = WireEnums::chargeTypeFromWire(p.string(s("InstanceChargeType")));
    i.imageId = p.string(s("ImageId"));
    i.osName = p.string(s("OsName"));
    // CVM instances carry no platform field: the OS name tells.
    i.osType = WireEnums::osTypeFromName(i.osName);
    i.createdAt = p.dateTime(s("CreatedTime"));
    if (p.has(s("SystemDisk")))
        i.disks << diskFromJson(p.object(s("SystemDisk")), DiskRole::System);
    for (const JsonParams &d : p.objects(s("DataDisks")))
        i.disks << diskFromJson(d, DiskRole::Data);
    if (p.string(s("LatestOperation")) == kCreateImage &&
        p.string(s("LatestOperationState")) == QLatin1String("OPERATING"))
        i.imagingOperationId = p.string(s("LatestOperationRequestId"));
    return i;
}

QJsonObject imageToJson(const Image &m)
{
    QJsonArray snapshots;
    if (!m.systemSnapshotId.isEmpty())
        snapshots.append(QJsonObject{{s("SnapshotId"), m.systemSnapshotId},
                                     {s("DiskUsage"), s("SYSTEM_DISK")},
                                     {s("DiskSize"), m.systemDiskGiB}});
    for (const ImageDataDisk &d : m.dataDisks)
        snapshots.append(QJsonObject{{s("SnapshotId"), d.snapshotId},
                                     {s("DiskUsage"), s("DATA_DISK")},
                                     {s("DiskSize"), d.sizeGiB}});
    return {{s("ImageId"), m.id},
            {s("OsName"), m.osName},
            {s("ImageType"), s("PRIVATE_IMAGE")},
            {s("CreatedTime"), ApiTime::toJson(m.createdAt)},
            {s("ImageName"), m.name},
            {s("ImageDescription"), m.description},
            {s("ImageSize"), m.systemDiskGiB},
            {s("Architecture"), s("x86_64")},
            {s("ImageState"), WireEnums::cvmImageState(m.state)},
            {s("Platform"), WireEnums::platform(m.osType, m.osName)},
            {s("ImageCreator"), QJsonValue::Null},
            {s("ImageSource"), s("CREATE_IMAGE")},
            // Progress of creating or copying; null when there is none, as the API does.
            {s("SyncPercent"), m.progress > 0 ? QJsonValue(m.progress) : QJsonValue::Null},
            {s("IsSupportCloudinit"), true},
            {s("SnapshotSet"), snapshots},
            {s("Tags"), QJsonArray()}};
}

Image imageFromJson(JsonParams p, const QString &regionId)
{
    Image m;
    m.product = kProduct;
    m.regionId = regionId;
    m.id = p.string(s("ImageId"), Need::Required);
    m.name = p.string(s("ImageName"));
    m.description = p.string(s("ImageDescription"));
    m.osName = p.string(s("OsName"));
    m.osType = WireEnums::osTypeFromName(p.string(s("Platform")));
    m.state = WireEnums::cvmImageStateFromWire(p.string(s("ImageState")));
    m.progress = p.integer(s("SyncPercent"), 0);
    m.systemDiskGiB = p.integer(s("ImageSize"), 0);
    m.createdAt = p.dateTime(s("CreatedTime"));
    for (JsonParams snap : p.objects(s("SnapshotSet"))) {
        const QString usage = snap.string(s("DiskUsage"));
        const QString id = snap.string(s("SnapshotId"));
        const int size = snap.integer(s("DiskSize"), 0);
        if (usage == QLatin1String("SYSTEM_DISK"))
            m.systemSnapshotId = id;
        else
            m.dataDisks.append({id, size});
    }
    return m;
}

QJsonObject regionToJson(const Region &r)
{
    return {{s("Region"), r.id}, {s("RegionName"), r.name}, {s("RegionState"), s("AVAILABLE")}};
}

QStringList launchParameters()
{
    // Every RunInstances input the reference lists (§3.10); InquiryPriceRunInstances takes the
    // same shape.
    return {s("InstanceChargeType"),
            s("InstanceChargePrepaid"),
            s("Placement"),
            s("InstanceType"),
            s("ImageId"),
            s("SystemDisk"),
            s("DataDisks"),
            s("VirtualPrivateCloud"),
            s("InternetAccessible"),
            s("InstanceCount"),
            s("MinCount"),
            s("InstanceName"),
            s("LoginSettings"),
            s("SecurityGroupIds"),
            s("EnhancedService"),
            s("ClientToken"),
            s("HostName"),
            s("ActionTimer"),
            s("DisasterRecoverGroupIds"),
            s("TagSpecification"),
            s("InstanceMarketOptions"),
            s("UserData"),
            s("Metadata"),
            s("DryRun"),
            s("CpuTopology"),
            s("CamRoleName"),
            s("HpcClusterId"),
            s("LaunchTemplate"),
            s("DedicatedClusterId"),
            s("ChcIds"),
            s("DisableApiTermination"),
            s("EnableJumboFrame")};
}

QJsonObject buildLaunch(const LaunchCall &call)
{
    const LaunchRequest &r = call.request;
    QJsonObject o{{s("InstanceChargeType"), WireEnums::chargeType(r.billing)},
                  {s("Placement"), QJsonObject{{s("Zone"), r.zoneId}}},
                  {s("ImageId"), r.imageId},
                  {s("InstanceCount"), r.count}};
    if (r.billing == BillingMethod::Subscription)
        // PREPAID needs a period; the domain's subscription is the shortest one.
        o.insert(s("InstanceChargePrepaid"),
                 QJsonObject{{s("Period"), 1}, {s("RenewFlag"), s("NOTIFY_AND_MANUAL_RENEW")}});
    if (!r.instanceType.isEmpty())
        o.insert(s("InstanceType"), r.instanceType);
    QJsonObject systemDisk{{s("DiskType"), WireEnums::diskType(r.systemDiskKind)}};
    if (call.systemDiskGiB > 0)
        systemDisk.insert(s("DiskSize"), call.systemDiskGiB);
    o.insert(s("SystemDisk"), systemDisk);
    if (!call.dataDisks.isEmpty()) {
        QJsonArray disks;
        for (const ImageDataDisk &d : call.dataDisks) {
            QJsonObject disk{{s("DiskType"), WireEnums::diskType(r.dataDiskKind)},
                             {s("DiskSize"), d.sizeGiB}};
            if (!d.snapshotId.isEmpty())
                disk.insert(s("SnapshotId"), d.snapshotId);
            disks.append(disk);
        }
        o.insert(s("DataDisks"), disks);
    }
    if (!r.namePattern.isEmpty())
        o.insert(s("InstanceName"), CvmApiMapper::namePatternToWire(r.namePattern));
    if (!r.clientToken.isEmpty())
        o.insert(s("ClientToken"), r.clientToken);
    if (call.dryRun)
        o.insert(s("DryRun"), true);
    return o;
}

DiskKind readDiskKind(JsonParams &p, const QString &key, DiskKind fallback)
{
    if (!p.has(key))
        return fallback;
    const QString type = p.string(key);
    if (!p.checkOneOf(key, type, WireEnums::diskTypes(), kInvalidValue))
        return fallback;
    return WireEnums::diskKindFromWire(type).value_or(fallback);
}

Result<LaunchCall> parseLaunch(const QJsonObject &body, const QString &action)
{
    JsonParams p = JsonParams::request(body, kProduct, action);
    p.allowOnly(launchParameters());
    LaunchCall call;
    LaunchRequest &r = call.request;

    const QString chargeType =
        p.has(s("InstanceChargeType")) ? p.string(s("InstanceChargeType")) : s("POSTPAID_BY_HOUR");
    if (p.checkOneOf(s("InstanceChargeType"), chargeType, WireEnums::chargeTypes(),
                     kInvalidValue) &&
        chargeType != QLatin1String("PREPAID") && chargeType != QLatin1String("POSTPAID_BY_HOUR"))
        p.fail(s("UnsupportedOperation"),
               QStringLiteral("InstanceChargeType %1 is not offered here; use PREPAID or "
                              "POSTPAID_BY_HOUR.")
                   .arg(chargeType));
    r.billing = WireEnums::chargeTypeFromWire(chargeType);
    if (r.billing == BillingMethod::Subscription) {
        JsonParams prepaid = p.object(s("InstanceChargePrepaid"), Need::Required);
        const qint64 period = prepaid.integer(s("Period"), 0, Need::Required);
        static const QList<qint64> periods{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60};
        if (prepaid.has(s("Period")) && !periods.contains(period))
            prepaid.fail(kInvalidValue,
                         QStringLiteral("The value of parameter `InstanceChargePrepaid.Period` "
                                        "must be 1-12, 24, 36, 48 or 60 months."));
        if (prepaid.has(s("RenewFlag")))
            prepaid.checkOneOf(s("RenewFlag"), prepaid.string(s("RenewFlag")),
                               {s("NOTIFY_AND_AUTO_RENEW"), s("NOTIFY_AND_MANUAL_RENEW"),
                                s("DISABLE_NOTIFY_AND_MANUAL_RENEW")},
                               kInvalidValue);
    }

    r.zoneId = p.object(s("Placement"), Need::Required).string(s("Zone"), Need::Required);
    r.imageId = p.string(s("ImageId"), Need::Required);
    r.instanceType = p.string(s("InstanceType"));

    if (p.has(s("SystemDisk"))) {
        JsonParams disk = p.object(s("SystemDisk"));
        r.systemDiskKind = readDiskKind(disk, s("DiskType"), r.systemDiskKind);
        call.systemDiskGiB = disk.integer(s("DiskSize"), 0, 1, 65536, kInvalidValue);
    }
    const QList<JsonParams> dataDisks = p.objects(s("DataDisks"));
    for (qsizetype n = 0; n < dataDisks.size(); ++n) {
        JsonParams disk = dataDisks.at(n);
        const DiskKind kind = readDiskKind(disk, s("DiskType"), r.dataDiskKind);
        // One kind for every data disk in the domain: the first disk's.
        if (n == 0)
            r.dataDiskKind = kind;
        ImageDataDisk d;
        d.sizeGiB = disk.integer(s("DiskSize"), 0, 1, 65536, kInvalidValue, Need::Required);
        d.snapshotId = disk.string(s("SnapshotId"));
        call.dataDisks << d;
    }

    r.count = p.integer(s("InstanceCount"), 1, 1, kMaxInstanceCount, kLimitExceeded);
    const QString name = p.string(s("InstanceName"));
    p.checkLength(s("InstanceName"), name, kMaxInstanceName, s("InvalidInstanceName.TooLong"));
    r.namePattern = CvmApiMapper::namePatternFromWire(name);
    r.clientToken = p.string(s("ClientToken"));
    p.checkLength(s("ClientToken"), r.clientToken, kMaxClientToken,
                  s("InvalidClientToken.TooLong"));
    call.dryRun = p.boolean(s("DryRun"), false);
    return finish(p, call);
}

Result<QStringList> parseInstanceIds(const QJsonObject &body, const QString &action,
                                     const QStringList &allowed)
{
    JsonParams p = JsonParams::request(body, kProduct, action);
    p.allowOnly(allowed);
    const QStringList ids = p.strings(s("InstanceIds"), Need::Required);
    if (ids.size() > kMaxIds)
        p.fail(kLimitExceeded, QStringLiteral("At most %1 instances per request; the request "
                                              "names %2.")
                                   .arg(kMaxIds)
                                   .arg(ids.size()));
    if (p.has(s("StopType")))
        p.checkOneOf(s("StopType"), p.string(s("StopType")),
                     {s("SOFT"), s("HARD"), s("SOFT_FIRST")}, kInvalidValue);
    if (p.has(s("StoppedMode")))
        p.checkOneOf(s("StoppedMode"), p.string(s("StoppedMode")),
                     {s("KEEP_CHARGING"), s("STOP_CHARGING")}, kInvalidValue);
    p.boolean(s("ForceStop"), false);
    return finish(p, ids);
}

Status parseNoInput(const QJsonObject &body, const QString &action)
{
    JsonParams p = JsonParams::request(body, kProduct, action);
    p.allowOnly({});
    return finish(p);
}

} // namespace

QString CvmApiMapper::version()
{
    return s("2017-03-12");
}

QStringList CvmApiMapper::actions()
{
    return {kDescribeRegions,
            kDescribeZones,
            kDescribeInstances,
            kDescribeImages,
            kCreateImage,
            kDeleteImages,
            kSyncImages,
            kModifyImageAttribute,
            kDescribeImageQuota,
            kRunInstances,
            kStartInstances,
            kStopInstances,
            kInquiryPriceRunInstances};
}

QString CvmApiMapper::namePatternToWire(const QString &pattern)
{
    QString name = pattern;
    return name.replace(s("{n}"), s("{R:1}"));
}

QString CvmApiMapper::namePatternFromWire(const QString &name)
{
    QString pattern = name;
    return pattern.replace(s("{R:1}"), s("{n}"));
}

// ---- DescribeRegions ----

QJsonObject CvmApiMapper::buildDescribeRegionsRequest()
{
    return {};
}

Status CvmApiMapper::parseDescribeRegionsRequest(const QJsonObject &body)
{
    return parseNoInput(body, kDescribeRegions);
}

QJsonObject CvmApiMapper::buildDescribeRegionsResponse(const QList<Region> &regions)
{
    QJsonArray set;
    for (const Region &r : regions)
        set.append(regionToJson(r));
    return {{s("TotalCount"), int(regions.size())}, {s("RegionSet"), set}};
}

Result<QList<Region>> CvmApiMapper::parseDescribeRegionsResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeRegions);
    QList<Region> regions;
    for (JsonParams r : p.objects(s("RegionSet"), Need::Optional)) {
        Region region;
        region.product = kProduct;
        region.id = r.string(s("Region"), Need::Required);
        region.name = r.string(s("RegionName"));
        const QString state = r.string(s("RegionState"));
        if (state.isEmpty() || state == QLatin1String("AVAILABLE"))
            regions << region;
    }
    return finish(p, regions);
}

// ---- DescribeZones ----

QJsonObject CvmApiMapper::buildDescribeZonesRequest()
{
    return {};
}

Status CvmApiMapper::parseDescribeZonesRequest(const QJsonObject &body)
{
    return parseNoInput(body, kDescribeZones);
}

QJsonObject CvmApiMapper::buildDescribeZonesResponse(const QList<Zone> &zones)
{
    QJsonArray set;
    for (const Zone &z : zones)
        set.append(QJsonObject{
            {s("Zone"), z.id}, {s("ZoneName"), z.name}, {s("ZoneState"), s("AVAILABLE")}});
    return {{s("TotalCount"), int(zones.size())}, {s("ZoneSet"), set}};
}

Result<QList<Zone>> CvmApiMapper::parseDescribeZonesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeZones);
    QList<Zone> zones;
    for (JsonParams z : p.objects(s("ZoneSet"))) {
        Zone zone{z.string(s("Zone"), Need::Required), z.string(s("ZoneName"))};
        // An UNAVAILABLE zone cannot take a launch: leave it out.
        if (z.string(s("ZoneState")) != QLatin1String("UNAVAILABLE"))
            zones << zone;
    }
    return finish(p, zones);
}

// ---- DescribeInstances ----

QJsonObject CvmApiMapper::buildDescribeInstancesRequest(const ListQuery &query)
{
    QJsonObject body;
    ListQueryCodec::write(body, query, s("InstanceIds"));
    return body;
}

Result<ListQuery> CvmApiMapper::parseDescribeInstancesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeInstances);
    p.allowOnly({s("InstanceIds"), s("Filters"), s("Offset"), s("Limit")});
    const ListQuery q = ListQueryCodec::read(
        p, describeRules(s("InstanceIds"),
                         {s("zone"), s("project-id"), s("host-id"), s("vpc-id"), s("subnet-id"),
                          s("instance-id"), s("security-group-id"), s("instance-name"),
                          s("instance-charge-type"), s("private-ip-address"),
                          s("public-ip-address"), s("tag-key"), s("tag-value"), s("tag:")},
                         kConflict));
    return finish(p, q);
}

QJsonObject CvmApiMapper::buildDescribeInstancesResponse(const Page<Instance> &page)
{
    QJsonArray set;
    for (const Instance &i : page.items)
        set.append(instanceToJson(i));
    return {{s("TotalCount"), page.totalCount}, {s("InstanceSet"), set}};
}

Result<Page<Instance>> CvmApiMapper::parseDescribeInstancesResponse(const QJsonObject &response,
                                                                    const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeInstances);
    Page<Instance> page;
    page.totalCount = p.integer(s("TotalCount"), 0, Need::Required);
    for (const JsonParams &i : p.objects(s("InstanceSet")))
        page.items << instanceFromJson(i, regionId);
    return finish(p, page);
}

// ---- DescribeImages ----

QJsonObject CvmApiMapper::buildDescribeImagesRequest(const ListQuery &query)
{
    QJsonObject body;
    ListQueryCodec::write(body, query, s("ImageIds"));
    return body;
}

Result<ListQuery> CvmApiMapper::parseDescribeImagesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeImages);
    // InstanceType is documented; the simulator does not narrow images by it.
    p.allowOnly({s("ImageIds"), s("Filters"), s("Offset"), s("Limit"), s("InstanceType")});
    p.string(s("InstanceType"));
    const ListQuery q = ListQueryCodec::read(
        p,
        describeRules(s("ImageIds"),
                      {s("image-id"), s("image-type"), s("image-name"), s("platform"), s("tag-key"),
                       s("tag-value"), s("tag:"), s("dedicated-cluster-id"), s("cdc-cache-status")},
                      s("InvalidParameter.InvalidParameterCoexistImageIdsFilters")));
    return finish(p, q);
}

QJsonObject CvmApiMapper::buildDescribeImagesResponse(const Page<Image> &page)
{
    QJsonArray set;
    for (const Image &m : page.items)
        set.append(imageToJson(m));
    return {{s("TotalCount"), page.totalCount}, {s("ImageSet"), set}};
}

Result<Page<Image>> CvmApiMapper::parseDescribeImagesResponse(const QJsonObject &response,
                                                              const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeImages);
    Page<Image> page;
    page.totalCount = p.integer(s("TotalCount"), 0, Need::Required);
    for (const JsonParams &m : p.objects(s("ImageSet")))
        page.items << imageFromJson(m, regionId);
    return finish(p, page);
}

// ---- CreateImage ----

QJsonObject CvmApiMapper::buildCreateImageRequest(const CreateImageCall &call)
{
    const CreateImageRequest &r = call.request;
    QJsonObject o{{s("ImageName"), r.name},
                  // The real API types it as a string, not a JSON boolean.
                  {s("ForcePoweroff"), r.shutDownFirst ? s("TRUE") : s("FALSE")}};
    if (!r.sourceInstanceId.isEmpty())
        o.insert(s("InstanceId"), r.sourceInstanceId);
    if (!r.snapshotIds.isEmpty())
        o.insert(s("SnapshotIds"), QJsonArray::fromStringList(r.snapshotIds));
    if (!r.description.isEmpty())
        o.insert(s("ImageDescription"), r.description);
    if (!r.dataDiskIds.isEmpty())
        o.insert(s("DataDiskIds"), QJsonArray::fromStringList(r.dataDiskIds));
    if (call.dryRun)
        o.insert(s("DryRun"), true);
    return o;
}

Result<CreateImageCall> CvmApiMapper::parseCreateImageRequest(const QJsonObject &body,
                                                              const QString &regionId)
{
    JsonParams p = JsonParams::request(body, kProduct, kCreateImage);
    p.allowOnly({s("ImageName"), s("InstanceId"), s("ImageDescription"), s("ForcePoweroff"),
                 s("Sysprep"), s("DataDiskIds"), s("SnapshotIds"), s("DryRun"),
                 s("TagSpecification"), s("ImageFamily")});
    CreateImageCall call;
    CreateImageRequest &r = call.request;
    r.product = kProduct;
    r.regionId = regionId;
    r.name = p.string(s("ImageName"), Need::Required);
    if (p.has(s("ImageName")) && r.name.trimmed().isEmpty())
        p.fail(kInvalidValue, QStringLiteral("The parameter `ImageName` cannot be empty."));
    p.checkLength(s("ImageName"), r.name, kMaxImageName, kNameTooLong);
    r.description = p.string(s("ImageDescription"));
    p.checkLength(s("ImageDescription"), r.description, kMaxImageDescription, kDescriptionTooLong);
    r.sourceInstanceId = p.string(s("InstanceId"));
    r.snapshotIds = p.strings(s("SnapshotIds"));
    r.dataDiskIds = p.strings(s("DataDiskIds"));
    r.shutDownFirst = p.textBoolean(s("ForcePoweroff"), false);
    p.textBoolean(s("Sysprep"), false);
    call.dryRun = p.boolean(s("DryRun"), false);
    // Exactly one source: an instance (optionally with data disks) or snapshots.
    if (r.sourceInstanceId.isEmpty() && r.snapshotIds.isEmpty())
        p.fail(s("InvalidParameter.SpecifyOneParameter"),
               QStringLiteral("Specify exactly one of `InstanceId` and `SnapshotIds`."));
    if (!r.snapshotIds.isEmpty() && (!r.sourceInstanceId.isEmpty() || !r.dataDiskIds.isEmpty()))
        p.fail(kConflict, QStringLiteral("`SnapshotIds` cannot be combined with `InstanceId` or "
                                         "`DataDiskIds`."));
    return finish(p, call);
}

QJsonObject CvmApiMapper::buildCreateImageResponse(const QString &imageId)
{
    return {{s("ImageId"), imageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(imageId)}};
}

Result<QString> CvmApiMapper::parseCreateImageResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateImage);
    const QString id = p.string(s("ImageId")); // null on a dry run
    return finish(p, id);
}

// ---- DeleteImages ----

QJsonObject CvmApiMapper::buildDeleteImagesRequest(const DeleteImagesCall &call)
{
    QJsonObject o{{s("ImageIds"), QJsonArray::fromStringList(call.imageIds)},
                  {s("DeleteBindedSnap"), call.deleteBindedSnapshots}};
    if (call.dryRun)
        o.insert(s("DryRun"), true);
    return o;
}

Result<DeleteImagesCall> CvmApiMapper::parseDeleteImagesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDeleteImages);
    p.allowOnly({s("ImageIds"), s("DeleteBindedSnap"), s("DryRun")});
    DeleteImagesCall call;
    call.imageIds = p.strings(s("ImageIds"), Need::Required);
    call.deleteBindedSnapshots = p.boolean(s("DeleteBindedSnap"), false);
    call.dryRun = p.boolean(s("DryRun"), false);
    return finish(p, call);
}

QJsonObject CvmApiMapper::buildDeleteImagesResponse()
{
    return {};
}

Status CvmApiMapper::parseDeleteImagesResponse(const QJsonObject &)
{
    return {};
}

// ---- SyncImages ----

QJsonObject CvmApiMapper::buildSyncImagesRequest(const SyncImagesCall &call)
{
    QJsonObject o{{s("ImageIds"), QJsonArray{call.imageId}},
                  {s("DestinationRegions"), QJsonArray::fromStringList(call.destinationRegions)},
                  {s("ImageSetRequired"), call.imageSetRequired}};
    if (!call.imageName.isEmpty())
        o.insert(s("ImageName"), call.imageName);
    if (call.dryRun)
        o.insert(s("DryRun"), true);
    return o;
}

Result<SyncImagesCall> CvmApiMapper::parseSyncImagesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kSyncImages);
    p.allowOnly({s("ImageIds"), s("DestinationRegions"), s("DryRun"), s("ImageName"),
                 s("ImageSetRequired"), s("Encrypt"), s("KmsKeyId")});
    SyncImagesCall call;
    const QStringList ids = p.strings(s("ImageIds"), Need::Required);
    if (ids.size() > 1)
        p.fail(s("InvalidImageId.TooLarge"),
               QStringLiteral("SyncImages copies one image per request; the request names %1.")
                   .arg(ids.size()));
    call.imageId = ids.value(0);
    call.destinationRegions = p.strings(s("DestinationRegions"), Need::Required);
    call.imageName = p.string(s("ImageName"));
    p.checkLength(s("ImageName"), call.imageName, kMaxImageName, kNameTooLong);
    call.imageSetRequired = p.boolean(s("ImageSetRequired"), false);
    call.dryRun = p.boolean(s("DryRun"), false);
    if (p.boolean(s("Encrypt"), false))
        p.fail(s("UnsupportedOperation.EncryptedImagesNotSupported"),
               QStringLiteral("Encrypted copies are not supported here; copy without `Encrypt`."));
    p.string(s("KmsKeyId"));
    return finish(p, call);
}

QJsonObject CvmApiMapper::buildSyncImagesResponse(const QList<SyncedImage> &images)
{
    QJsonArray set;
    for (const SyncedImage &m : images)
        set.append(QJsonObject{{s("ImageId"), m.imageId}, {s("Region"), m.region}});
    return {{s("ImageSet"), set}};
}

Result<QList<SyncedImage>> CvmApiMapper::parseSyncImagesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kSyncImages);
    QList<SyncedImage> images;
    for (JsonParams m : p.objects(s("ImageSet")))
        images.append(
            {m.string(s("Region"), Need::Required), m.string(s("ImageId"), Need::Required)});
    return finish(p, images);
}

// ---- ModifyImageAttribute ----

QJsonObject CvmApiMapper::buildModifyImageAttributeRequest(const ImageAttributeChange &change)
{
    QJsonObject o{{s("ImageId"), change.imageId}};
    if (change.name)
        o.insert(s("ImageName"), *change.name);
    if (change.description)
        o.insert(s("ImageDescription"), *change.description);
    return o;
}

Result<ImageAttributeChange> CvmApiMapper::parseModifyImageAttributeRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kModifyImageAttribute);
    p.allowOnly({s("ImageId"), s("ImageName"), s("ImageDescription"), s("ImageFamily"),
                 s("ImageDeprecated")});
    ImageAttributeChange change;
    change.imageId = p.string(s("ImageId"), Need::Required);
    if (p.has(s("ImageName"))) {
        change.name = p.string(s("ImageName"));
        if (change.name->trimmed().isEmpty())
            p.fail(kInvalidValue, QStringLiteral("The parameter `ImageName` cannot be empty."));
        p.checkLength(s("ImageName"), *change.name, kMaxImageName, kNameTooLong);
    }
    if (p.has(s("ImageDescription"))) {
        change.description = p.string(s("ImageDescription"));
        p.checkLength(s("ImageDescription"), *change.description, kMaxImageDescription,
                      kDescriptionTooLong);
    }
    p.string(s("ImageFamily"));
    p.boolean(s("ImageDeprecated"), false);
    return finish(p, change);
}

QJsonObject CvmApiMapper::buildModifyImageAttributeResponse()
{
    return {};
}

Status CvmApiMapper::parseModifyImageAttributeResponse(const QJsonObject &)
{
    return {};
}

// ---- DescribeImageQuota ----

QJsonObject CvmApiMapper::buildDescribeImageQuotaRequest()
{
    return {};
}

Status CvmApiMapper::parseDescribeImageQuotaRequest(const QJsonObject &body)
{
    return parseNoInput(body, kDescribeImageQuota);
}

QJsonObject CvmApiMapper::buildDescribeImageQuotaResponse(const ImageQuota &quota)
{
    return {{s("ImageNumQuota"), quota.quota}};
}

Result<ImageQuota> CvmApiMapper::parseDescribeImageQuotaResponse(const QJsonObject &response,
                                                                 const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeImageQuota);
    ImageQuota q;
    q.product = kProduct;
    q.regionId = regionId;
    q.quota = p.integer(s("ImageNumQuota"), 0, Need::Required);
    return finish(p, q);
}

// ---- RunInstances ----

QJsonObject CvmApiMapper::buildRunInstancesRequest(const LaunchCall &call)
{
    return buildLaunch(call);
}

Result<LaunchCall> CvmApiMapper::parseRunInstancesRequest(const QJsonObject &body)
{
    return parseLaunch(body, kRunInstances);
}

QJsonObject CvmApiMapper::buildRunInstancesResponse(const QStringList &instanceIds)
{
    return {{s("InstanceIdSet"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> CvmApiMapper::parseRunInstancesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kRunInstances);
    const QStringList ids = p.strings(s("InstanceIdSet")); // absent on a dry run
    return finish(p, ids);
}

// ---- StartInstances / StopInstances ----

QJsonObject CvmApiMapper::buildStartInstancesRequest(const QStringList &instanceIds)
{
    return {{s("InstanceIds"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> CvmApiMapper::parseStartInstancesRequest(const QJsonObject &body)
{
    return parseInstanceIds(body, kStartInstances, {s("InstanceIds")});
}

QJsonObject CvmApiMapper::buildStartInstancesResponse()
{
    return {};
}

Status CvmApiMapper::parseStartInstancesResponse(const QJsonObject &)
{
    return {};
}

QJsonObject CvmApiMapper::buildStopInstancesRequest(const QStringList &instanceIds)
{
    return {{s("InstanceIds"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> CvmApiMapper::parseStopInstancesRequest(const QJsonObject &body)
{
    return parseInstanceIds(body, kStopInstances,
                            {s("InstanceIds"), s("StopType"), s("StoppedMode"), s("ForceStop")});
}

QJsonObject CvmApiMapper::buildStopInstancesResponse()
{
    return {};
}

Status CvmApiMapper::parseStopInstancesResponse(const QJsonObject &)
{
    return {};
}

// ---- InquiryPriceRunInstances ----

QJsonObject CvmApiMapper::buildInquiryPriceRunInstancesRequest(const LaunchCall &call)
{
    return buildLaunch(call);
}

Result<LaunchCall> CvmApiMapper::parseInquiryPriceRunInstancesRequest(const QJsonObject &body)
{
    return parseLaunch(body, kInquiryPriceRunInstances);
}

QJsonObject CvmApiMapper::buildInquiryPriceRunInstancesResponse(const InstancePriceQuote &quote)
{
    QJsonObject instancePrice{
        {s("Discount"), discountPercent(quote.originalFen, quote.discountedFen)}};
    if (quote.billing == BillingMethod::Subscription) {
        instancePrice.insert(s("OriginalPrice"), yuanFromFen(quote.originalFen));
        instancePrice.insert(s("DiscountPrice"), yuanFromFen(quote.discountedFen));
    } else {
        instancePrice.insert(s("UnitPrice"), yuanFromFen(quote.originalFen));
        instancePrice.insert(s("UnitPriceDiscount"), yuanFromFen(quote.discountedFen));
        instancePrice.insert(s("ChargeUnit"), s("HOUR"));
    }
    // The simulator prices no bandwidth: an empty ItemPrice rather than invented figures.
    return {{s("Price"), QJsonObject{{s("InstancePrice"), instancePrice},
                                     {s("BandwidthPrice"), QJsonObject()}}}};
}

Result<InstancePriceQuote>
CvmApiMapper::parseInquiryPriceRunInstancesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kInquiryPriceRunInstances);
    JsonParams price =
        p.object(s("Price"), Need::Required).object(s("InstancePrice"), Need::Required);
    InstancePriceQuote q;
    if (price.has(s("UnitPrice"))) { // pay-as-you-go prices per ChargeUnit
        q.billing = BillingMethod::PayAsYouGo;
        q.originalFen = fenFromYuan(price.number(s("UnitPrice"), 0));
        q.discountedFen =
            fenFromYuan(price.number(s("UnitPriceDiscount"), yuanFromFen(q.originalFen)));
    } else {
        q.billing = BillingMethod::Subscription;
        q.originalFen = fenFromYuan(price.number(s("OriginalPrice"), 0, Need::Required));
        q.discountedFen = fenFromYuan(price.number(s("DiscountPrice"), yuanFromFen(q.originalFen)));
    }
    return finish(p, q);
}

} // namespace imprint
