#include "cvmapimapper.h"

#include "api3commonactionsimpl.h"
#include "api3mapping.h"
#include "apitime.h"
#include "jsonparams.h"
#include "jsonwriter.h"
#include "listquerycodec.h"
#include "wireenums.h"

#include <QJsonArray>

namespace imprint {

namespace {

using Need = JsonParams::Need;
constexpr Product kProduct = Product::Cvm;

// Action names, also the keys of the error-code table.
const QString kDescribeImages = QStringLiteral("DescribeImages");
const QString kCreateImage = QStringLiteral("CreateImage");
const QString kDeleteImages = QStringLiteral("DeleteImages");
const QString kSyncImages = QStringLiteral("SyncImages");
const QString kModifyImageAttribute = QStringLiteral("ModifyImageAttribute");
const QString kDescribeImageQuota = QStringLiteral("DescribeImageQuota");
const QString kRunInstances = QStringLiteral("RunInstances");
const QString kInquiryPriceRunInstances = QStringLiteral("InquiryPriceRunInstances");

// Length limits (reference §5) and the codes CVM documents for them.
constexpr int kMaxInstanceName = 128; // the error text says bytes; characters are checked
constexpr int kMaxClientToken = 64;
constexpr int kMaxInstanceCount = 100;
const QString kLimitExceeded = QStringLiteral("InvalidParameterValue.LimitExceeded");
const QString kInvalidValue = QStringLiteral("InvalidParameterValue");
const QString kConflict = QStringLiteral("InvalidParameterConflict");

QString s(const char *text)
{
    return QLatin1String(text);
}

// CVM's Describe* codes (reference §3); its limits are ListQueryRules' defaults.
ListQueryRules describeRules(const QString &idsKey, const QStringList &filterNames,
                             const QString &conflictCode)
{
    ListQueryRules r;
    r.idsKey = idsKey;
    r.filterNames = filterNames;
    r.rangeCode = kLimitExceeded;
    r.unknownFilterCode = r.malformedFilterCode = s("InvalidFilter");
    r.filterLimitCode = s("InvalidFilterValue.LimitExceeded");
    r.conflictCode = conflictCode;
    return r;
}

// Image names and descriptions: CVM's limits (reference §5) and codes.
const Api3Mapping::ImageFields kImageFields{.id = s("ImageId"),
                                            .name = s("ImageName"),
                                            .description = s("ImageDescription"),
                                            .maxName = 60,
                                            .maxDescription = 256,
                                            .nameTooLongCode = s("InvalidParameter.ValueTooLarge"),
                                            .descriptionTooLongCode =
                                                s("InvalidParameterValue.TooLarge"),
                                            .invalidValueCode = kInvalidValue};

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
    Api3Mapping::writeImagingOperation(o, kCreateImage, i.imagingOperationId);
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
    i.imagingOperationId = Api3Mapping::readImagingOperation(p, kCreateImage);
    return i;
}

// One ImageSet entry. Written as JSON text (DescribeImages is the read clients repeat most), its
// keys in the order a QJsonObject keeps them, so the bytes are those the object would give.
void writeImage(JsonWriter &w, const Image &m)
{
    w.beginObject();
    w.key("Architecture").string("x86_64");
    w.key("CreatedTime");
    if (m.createdAt.isValid())
        w.string(QLatin1String(ApiTime::utcText(m.createdAt, ApiTime::Precision::Second)));
    else
        w.null();
    w.key("ImageCreator").null();
    w.key("ImageDescription").string(m.description);
    w.key("ImageId").string(m.id);
    w.key("ImageName").string(m.name);
    w.key("ImageSize").integer(m.systemDiskGiB);
    w.key("ImageSource").string("CREATE_IMAGE");
    w.key("ImageState").string(WireEnums::cvmImageState(m.state));
    w.key("ImageType").string("PRIVATE_IMAGE");
    w.key("IsSupportCloudinit").boolean(true);
    w.key("OsName").string(m.osName);
    w.key("Platform").string(WireEnums::platform(m.osType, m.osName));
    w.key("SnapshotSet").beginArray();
    auto snapshot = [&w](const QString &id, const char *usage, int sizeGiB) {
        w.beginObject().key("DiskSize").integer(sizeGiB).key("DiskUsage").string(usage);
        w.key("SnapshotId").string(id).endObject();
    };
    if (!m.systemSnapshotId.isEmpty())
        snapshot(m.systemSnapshotId, "SYSTEM_DISK", m.systemDiskGiB);
    for (const ImageDataDisk &d : m.dataDisks)
        snapshot(d.snapshotId, "DATA_DISK", d.sizeGiB);
    w.endArray();
    // Progress of creating or copying; null when there is none, as the API does.
    w.key("SyncPercent");
    if (m.progress > 0)
        w.integer(m.progress);
    else
        w.null();
    w.key("Tags").beginArray();
    for (const Tag &t : m.tags)
        w.beginObject().key("Key").string(t.key).key("Value").string(t.value).endObject();
    w.endArray();
    w.endObject();
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
    m.tags = Api3Mapping::readTags(p);
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
        o.insert(s("InstanceChargePrepaid"), Api3Mapping::writePrepaidMonth());
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
        Api3Mapping::checkPrepaid(prepaid, kInvalidValue);
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
    return Api3Mapping::finish(p, call);
}

} // namespace

// What CVM's DescribeRegions/Zones/Instances and Start/StopInstances say their own way.
struct CvmWire
{
    static constexpr Product product = kProduct;
    static QJsonObject regionToJson(const Region &r) { return imprint::regionToJson(r); }
    static constexpr bool regionsCarryTotalCount = true;
    static inline const QString zoneSetKey = QStringLiteral("ZoneSet");
    static inline const QString zoneStateKey = QStringLiteral("ZoneState");
    static inline const QString zoneShownState = QStringLiteral("AVAILABLE");
    // An UNAVAILABLE zone cannot take a launch: leave it out.
    static inline const QString zoneHiddenState = QStringLiteral("UNAVAILABLE");
    static constexpr bool zonesCarryTotalCount = true;
    static void checkZonesRequest(JsonParams &p) { p.allowOnly({}); }
    static ListQuery readInstancesQuery(JsonParams &p)
    {
        p.allowOnly({s("InstanceIds"), s("Filters"), s("Offset"), s("Limit")});
        return ListQueryCodec::read(
            p, describeRules(s("InstanceIds"),
                             {s("zone"), s("project-id"), s("host-id"), s("vpc-id"), s("subnet-id"),
                              s("instance-id"), s("security-group-id"), s("instance-name"),
                              s("instance-charge-type"), s("private-ip-address"),
                              s("public-ip-address"), s("tag-key"), s("tag-value"), s("tag:")},
                             kConflict));
    }
    static QJsonObject instanceToJson(const Instance &i) { return imprint::instanceToJson(i); }
    static Instance instanceFromJson(JsonParams p, const QString &regionId)
    {
        return imprint::instanceFromJson(std::move(p), regionId);
    }
    static inline const QStringList stopParameters{s("InstanceIds"), s("StopType"),
                                                   s("StoppedMode"), s("ForceStop")};
    // Literals, not the constants above: inline members have no initialisation order with them.
    static inline const QString tooManyIdsCode =
        QStringLiteral("InvalidParameterValue.LimitExceeded");
    static inline const QString invalidValueCode = QStringLiteral("InvalidParameterValue");
};

template class Api3CommonActions<CvmWire>;

QString CvmApiMapper::version()
{
    return s("2017-03-12");
}

QStringList CvmApiMapper::actions()
{
    return commonActions() + QStringList{kDescribeImages,       kCreateImage,
                                         kDeleteImages,         kSyncImages,
                                         kModifyImageAttribute, kDescribeImageQuota,
                                         kRunInstances,         kInquiryPriceRunInstances};
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

// ---- DescribeImages ----

QJsonObject CvmApiMapper::buildDescribeImagesRequest(const ListQuery &query)
{
    return Api3Mapping::writeListQuery(query, s("ImageIds"));
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
    return Api3Mapping::finish(p, q);
}

QJsonObject CvmApiMapper::buildDescribeImagesResponse(const Page<Image> &page)
{
    return writeDescribeImagesResponse(page).toObject();
}

ApiFields CvmApiMapper::writeDescribeImagesResponse(const Page<Image> &page)
{
    JsonWriter w(64 + 768 * page.items.size()); // an image takes 600-700 bytes
    w.beginObject().key("ImageSet").beginArray();
    for (const Image &image : page.items)
        writeImage(w, image);
    w.endArray().key("TotalCount").integer(page.totalCount).endObject();
    return ApiFields::fromJson(w.take());
}

Result<Page<Image>> CvmApiMapper::parseDescribeImagesResponse(const QJsonObject &response,
                                                              const QString &regionId)
{
    return Api3Mapping::readPage<Image>(response, kProduct, kDescribeImages, s("ImageSet"),
                                        imageFromJson, regionId);
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
    if (!r.tags.isEmpty())
        o.insert(s("TagSpecification"),
                 QJsonArray{QJsonObject{{s("ResourceType"), s("image")},
                                        {s("Tags"), Api3Mapping::writeTags(r.tags)}}});
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
    r.name = Api3Mapping::readImageName(p, kImageFields, Need::Required);
    r.description = Api3Mapping::readImageDescription(p, kImageFields);
    r.sourceInstanceId = p.string(s("InstanceId"));
    r.snapshotIds = p.strings(s("SnapshotIds"));
    r.dataDiskIds = p.strings(s("DataDiskIds"));
    r.shutDownFirst = p.textBoolean(s("ForcePoweroff"), false);
    p.textBoolean(s("Sysprep"), false);
    call.dryRun = p.boolean(s("DryRun"), false);
    // Tags for the image; specifications for other resource types do not apply here.
    for (JsonParams spec : p.objects(s("TagSpecification")))
        if (spec.string(s("ResourceType"), Need::Required) == QLatin1String("image"))
            r.tags += Api3Mapping::readTags(spec);
    if (r.tags.size() > 50)
        p.fail(kInvalidValue, QStringLiteral("At most 50 tags can be bound to an image."));
    // Exactly one source: an instance (optionally with data disks) or snapshots.
    if (r.sourceInstanceId.isEmpty() && r.snapshotIds.isEmpty())
        p.fail(s("InvalidParameter.SpecifyOneParameter"),
               QStringLiteral("Specify exactly one of `InstanceId` and `SnapshotIds`."));
    if (!r.snapshotIds.isEmpty() && (!r.sourceInstanceId.isEmpty() || !r.dataDiskIds.isEmpty()))
        p.fail(kConflict, QStringLiteral("`SnapshotIds` cannot be combined with `InstanceId` or "
                                         "`DataDiskIds`."));
    return Api3Mapping::finish(p, call);
}

QJsonObject CvmApiMapper::buildCreateImageResponse(const QString &imageId)
{
    return {{s("ImageId"), imageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(imageId)}};
}

Result<QString> CvmApiMapper::parseCreateImageResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateImage);
    const QString id = p.string(s("ImageId")); // null on a dry run
    return Api3Mapping::finish(p, id);
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
    return Api3Mapping::finish(p, call);
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
    p.checkLength(s("ImageName"), call.imageName, kImageFields.maxName,
                  kImageFields.nameTooLongCode);
    call.imageSetRequired = p.boolean(s("ImageSetRequired"), false);
    call.dryRun = p.boolean(s("DryRun"), false);
    if (p.boolean(s("Encrypt"), false))
        p.fail(s("UnsupportedOperation.EncryptedImagesNotSupported"),
               QStringLiteral("Encrypted copies are not supported here; copy without `Encrypt`."));
    p.string(s("KmsKeyId"));
    return Api3Mapping::finish(p, call);
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
    return Api3Mapping::finish(p, images);
}

// ---- ModifyImageAttribute ----

QJsonObject CvmApiMapper::buildModifyImageAttributeRequest(const ImageAttributeChange &change)
{
    return Api3Mapping::writeAttributeChange(change, kImageFields);
}

Result<ImageAttributeChange> CvmApiMapper::parseModifyImageAttributeRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kModifyImageAttribute);
    p.allowOnly({s("ImageId"), s("ImageName"), s("ImageDescription"), s("ImageFamily"),
                 s("ImageDeprecated")});
    const ImageAttributeChange change = Api3Mapping::readAttributeChange(p, kImageFields);
    p.string(s("ImageFamily"));
    p.boolean(s("ImageDeprecated"), false);
    return Api3Mapping::finish(p, change);
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
    return Api3Mapping::parseNoInput(body, kProduct, kDescribeImageQuota);
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
    return Api3Mapping::finish(p, q);
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
    return Api3Mapping::finish(p, ids);
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
    return Api3Mapping::finish(p, q);
}

} // namespace imprint
