#include "uhostapimapper.h"

#include "jsonparams.h"
#include "uclouderrorcodes.h"
#include "ucloudparamreader.h"
#include "uhostwireenums.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace imprint {

namespace {

using Need = UCloudParamReader::Need;
using JNeed = JsonParams::Need;

const QString kGetRegion = QStringLiteral("GetRegion");
const QString kGetProjectList = QStringLiteral("GetProjectList");
const QString kDescribeUHostInstance = QStringLiteral("DescribeUHostInstance");
const QString kDescribeImage = QStringLiteral("DescribeImage");
const QString kCreateCustomImage = QStringLiteral("CreateCustomImage");
const QString kCopyCustomImage = QStringLiteral("CopyCustomImage");
const QString kTerminateCustomImage = QStringLiteral("TerminateCustomImage");
const QString kUpdateImageAttribute = QStringLiteral("UpdateImageAttribute");
const QString kCreateUHostInstance = QStringLiteral("CreateUHostInstance");
const QString kStartUHostInstance = QStringLiteral("StartUHostInstance");
const QString kStopUHostInstance = QStringLiteral("StopUHostInstance");
const QString kPoweroffUHostInstance = QStringLiteral("PoweroffUHostInstance");

// CreateUHostInstance limits (UCloudDoc-Team/api uhost-api/create_uhost_instance.md).
constexpr int kMaxCount = 100;
constexpr int kMaxCpu = 64;
constexpr qint64 kMinMemoryMb = 1024;
constexpr qint64 kMaxMemoryMb = 262144;
constexpr qint64 kMaxDiskGiB = 32000;

QString s(const char *text)
{
    return QLatin1String(text);
}

UCloudParams request(const QString &action)
{
    UCloudParams p;
    p.set(s("Action"), action);
    return p;
}

void writeScope(UCloudParams &p, const UHostScope &scope, bool withZone = true)
{
    p.set(s("Region"), scope.regionId);
    if (withZone && !scope.zoneId.isEmpty())
        p.set(s("Zone"), scope.zoneId);
    if (!scope.projectId.isEmpty())
        p.set(s("ProjectId"), scope.projectId);
}

UHostScope readScope(UCloudParamReader &r)
{
    return {r.string(s("Region"), Need::Required), r.string(s("Zone")), r.string(s("ProjectId"))};
}

template <typename T> Result<T> finish(const UCloudParamReader &r, T value)
{
    if (!r.ok())
        return r.error();
    return value;
}

template <typename T> Result<T> finish(const JsonParams &p, T value)
{
    if (!p.ok())
        return p.error();
    return value;
}

// Requests that name one resource and answers that repeat its id.
Result<UHostCall<QString>> readIdCall(const UCloudParams &params, const QString &action,
                                      const QString &idKey)
{
    UCloudParamReader r(params, action);
    UHostCall<QString> call{readScope(r), r.string(idKey, Need::Required)};
    return finish(r, call);
}

Result<QString> readIdAnswer(const QJsonObject &response, const QString &action,
                             const QString &idKey)
{
    JsonParams p = JsonParams::response(response, Product::UHost, action);
    const QString id = p.string(idKey, JNeed::Required);
    return finish(p, id);
}

void writeList(UCloudParams &p, const QString &idsKey, const UHostListQuery &q)
{
    p.setList(idsKey, q.ids);
    p.setInteger(s("Offset"), q.offset);
    p.setInteger(s("Limit"), q.limit);
}

UHostListQuery readList(UCloudParamReader &r, const QString &idsKey)
{
    UHostListQuery q;
    q.ids = r.list(idsKey);
    q.offset = int(r.integer(s("Offset"), 0, 0, std::numeric_limits<int>::max()));
    q.limit = int(r.integer(s("Limit"), UHostListQuery::defaultLimit, 1, UHostListQuery::maxLimit));
    return q;
}

qint64 unixSeconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QDateTime fromUnixSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

// UCloud's host and image sets carry no project: the request's ProjectId says it. imprint-sim
// answers a request without ProjectId with every project's resources and names each one's
// project in an extra ProjectId field (ignored by UCloud's SDKs), which is read when present.
QString projectOf(JsonParams &j, const UHostScope &scope)
{
    const QString project = j.string(s("ProjectId"));
    return project.isEmpty() ? scope.projectId : project;
}

// ---- hosts ----

QJsonObject diskToJson(const Disk &d)
{
    const bool boot = d.role == DiskRole::System;
    return {{s("DiskId"), d.id},
            {s("Type"), boot ? s("Boot") : s("Data")},
            {s("IsBoot"), boot ? s("True") : s("False")},
            {s("DiskType"), UHostWireEnums::diskType(d.kind)},
            {s("Size"), d.sizeGiB}};
}

Disk diskFromJson(JsonParams &j)
{
    Disk d;
    d.id = j.string(s("DiskId"), JNeed::Required);
    // Type is "Boot" / "Data" (or "Udisk" for an attached cloud disk, which is data); IsBoot
    // is the field UCloud recommends instead.
    const QString isBoot = j.string(s("IsBoot"));
    const QString type = j.string(s("Type"));
    d.role = isBoot.compare(s("True"), Qt::CaseInsensitive) == 0 || type == QLatin1String("Boot")
                 ? DiskRole::System
                 : DiskRole::Data;
    const QString diskType = j.string(s("DiskType"));
    d.kind = UHostWireEnums::diskKindFromWire(diskType).value_or(DiskKind::CloudSsd);
    d.sizeGiB = int(j.integer(s("Size"), 0));
    return d;
}

QJsonObject hostToJson(const Instance &i)
{
    const std::optional<UHostShape> shape = UHostShape::fromInstanceType(i.instanceType);
    QJsonArray disks;
    for (const Disk &d : i.disks)
        disks.append(diskToJson(d));
    return {{s("UHostId"), i.id},
            {s("Zone"), i.zoneId},
            {s("Name"), i.name},
            {s("State"), UHostWireEnums::instanceState(i.state)},
            {s("MachineType"), shape ? shape->machineType : QString()},
            {s("CPU"), shape ? shape->cpu : i.cpuCores},
            {s("Memory"), shape ? double(shape->memoryMb) : double(i.memoryGiB) * 1024},
            {s("NetCapability"), UHostWireEnums::netCapability(i.networkAcceleration)},
            {s("OsType"), UHostWireEnums::osType(i.osType)},
            {s("OsName"), i.osName},
            {s("BasicImageId"), i.imageId},
            {s("ChargeType"), UHostWireEnums::chargeType(i.billing)},
            {s("CreateTime"), double(unixSeconds(i.createdAt))},
            {s("Tag"), s("Default")},
            {s("ProjectId"), i.projectId},
            {s("DiskSet"), disks}};
}

Instance hostFromJson(JsonParams &j, const UHostScope &scope)
{
    Instance i;
    i.product = Product::UHost;
    i.regionId = scope.regionId;
    i.projectId = projectOf(j, scope);
    i.id = j.string(s("UHostId"), JNeed::Required);
    i.zoneId = j.string(s("Zone"));
    i.name = j.string(s("Name"));
    i.state = UHostWireEnums::instanceStateFromWire(j.string(s("State")));
    const UHostShape shape{j.string(s("MachineType")), int(j.integer(s("CPU"), 0)),
                           j.integer(s("Memory"), qint64(0))};
    i.instanceType = shape.instanceType();
    i.cpuCores = shape.cpu;
    i.memoryGiB = int(shape.memoryMb / 1024);
    i.networkAcceleration = UHostWireEnums::netCapabilityFromWire(j.string(s("NetCapability")));
    i.osType = UHostWireEnums::osTypeFromWire(j.string(s("OsType")));
    i.osName = j.string(s("OsName"));
    i.imageId = j.string(s("BasicImageId"));
    i.billing = UHostWireEnums::chargeTypeFromWire(j.string(s("ChargeType")));
    i.createdAt = fromUnixSeconds(j.integer(s("CreateTime"), qint64(0)));
    QList<Disk> data;
    for (JsonParams &d : j.objects(s("DiskSet"))) {
        const Disk disk = diskFromJson(d);
        if (disk.role == DiskRole::System)
            i.disks.prepend(disk); // the domain keeps the system disk first
        else
            data.append(disk);
    }
    i.disks += data;
    return i;
}

// ---- images ----

QJsonObject imageToJson(const Image &m)
{
    QStringList dataSnapshots;
    QJsonArray sizes;
    for (const ImageDataDisk &d : m.dataDisks) {
        if (d.snapshotId.isEmpty())
            continue;
        dataSnapshots << d.snapshotId;
        sizes.append(QJsonObject{{s("SnapshotId"), d.snapshotId}, {s("Size"), d.sizeGiB}});
    }
    return {{s("ImageId"), m.id},
            {s("ImageName"), m.name},
            {s("ImageDescription"), m.description},
            {s("ImageType"), s("Custom")},
            {s("ImageSize"), m.systemDiskGiB},
            {s("OsType"), UHostWireEnums::osType(m.osType)},
            {s("OsName"), m.osName},
            {s("State"), UHostWireEnums::imageState(m.state)},
            {s("CreateTime"), double(unixSeconds(m.createdAt))},
            {s("Zone"), m.snapshotZoneId},
            {s("Tag"), s("Default")},
            {s("Features"), QJsonArray()},
            {s("MinimalCPU"), QString()},
            {s("ProjectId"), m.projectId},
            {s("DataSnapshotIds"), QJsonArray::fromStringList(dataSnapshots)},
            {s("DataSnapshotSet"), sizes}};
}

Image imageFromJson(JsonParams &j, const UHostScope &scope)
{
    Image m;
    m.product = Product::UHost;
    m.regionId = scope.regionId;
    m.projectId = projectOf(j, scope);
    m.id = j.string(s("ImageId"), JNeed::Required);
    m.name = j.string(s("ImageName"));
    m.description = j.string(s("ImageDescription"));
    m.state = UHostWireEnums::imageStateFromWire(j.string(s("State")));
    m.osType = UHostWireEnums::osTypeFromWire(j.string(s("OsType")));
    m.parentIsWindows = m.osType == OsType::Windows;
    m.osName = j.string(s("OsName"));
    m.systemDiskGiB = int(j.integer(s("ImageSize"), 0));
    m.createdAt = fromUnixSeconds(j.integer(s("CreateTime"), qint64(0)));
    // Sizes come from imprint-sim's DataSnapshotSet; UCloud lists the ids only (0: unknown).
    QHash<QString, int> sizes;
    for (JsonParams &snapshot : j.objects(s("DataSnapshotSet")))
        sizes.insert(snapshot.string(s("SnapshotId")), int(snapshot.integer(s("Size"), 0)));
    for (const QString &id : j.strings(s("DataSnapshotIds")))
        m.dataDisks.append({id, sizes.value(id)});
    // The zone matters only where it confines launches: with data-disk snapshots.
    if (!m.dataDisks.isEmpty())
        m.snapshotZoneId = j.string(s("Zone"));
    return m;
}

// Describe* answers: TotalCount and one page of items under `setKey`.
template <typename T, typename ToJson>
QJsonObject pageToJson(const Page<T> &page, const QString &setKey, ToJson toJson)
{
    QJsonArray set;
    for (const T &item : page.items)
        set.append(toJson(item));
    return {{s("TotalCount"), page.totalCount}, {setKey, set}};
}

template <typename T, typename FromJson>
Result<Page<T>> pageFromJson(const QJsonObject &response, const QString &action,
                             const QString &setKey, const UHostScope &scope, FromJson fromJson)
{
    JsonParams p = JsonParams::response(response, Product::UHost, action);
    Page<T> page;
    page.totalCount = int(p.integer(s("TotalCount"), 0, JNeed::Required));
    for (JsonParams &item : p.objects(setKey))
        page.items << fromJson(item, scope);
    return finish(p, page);
}

} // namespace

QStringList UHostApiMapper::actions()
{
    return {
        kGetRegion,           kGetProjectList,     kDescribeUHostInstance, kDescribeImage,
        kCreateCustomImage,   kCopyCustomImage,    kTerminateCustomImage,  kUpdateImageAttribute,
        kCreateUHostInstance, kStartUHostInstance, kStopUHostInstance,     kPoweroffUHostInstance};
}

QString UHostApiMapper::renameAction()
{
    return kUpdateImageAttribute;
}

// ---- GetRegion ----

UCloudParams UHostApiMapper::buildGetRegionRequest()
{
    return request(kGetRegion);
}

QJsonObject UHostApiMapper::buildGetRegionResponse(const QList<Region> &regions)
{
    QJsonArray set;
    int n = 0;
    for (const Region &r : regions) {
        for (const Zone &z : r.zones)
            set.append(QJsonObject{{s("RegionId"), ++n},
                                   {s("RegionName"), r.id},
                                   {s("IsDefault"), n == 1},
                                   {s("BitMaps"), QString()},
                                   {s("Region"), r.id},
                                   {s("Zone"), z.id}});
    }
    return {{s("Regions"), set}};
}

Result<QList<Region>> UHostApiMapper::parseGetRegionResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Product::UHost, kGetRegion);
    QList<Region> regions;
    for (JsonParams &entry : p.objects(s("Regions"))) {
        const QString regionId = entry.string(s("Region"), JNeed::Required);
        const QString zoneId = entry.string(s("Zone"));
        auto it = std::find_if(regions.begin(), regions.end(),
                               [&](const Region &r) { return r.id == regionId; });
        if (it == regions.end()) {
            Region r;
            r.id = regionId;
            r.product = Product::UHost;
            r.name = UHostWireEnums::regionName(regionId);
            regions.append(r);
            it = regions.end() - 1;
        }
        if (!zoneId.isEmpty())
            it->zones.append({zoneId, UHostWireEnums::zoneName(regionId, zoneId)});
    }
    return finish(p, regions);
}

// ---- GetProjectList ----

UCloudParams UHostApiMapper::buildGetProjectListRequest()
{
    return request(kGetProjectList);
}

QJsonObject UHostApiMapper::buildGetProjectListResponse(const QStringList &projects)
{
    QJsonArray set;
    for (qsizetype i = 0; i < projects.size(); ++i)
        set.append(QJsonObject{{s("ProjectId"), projects.at(i)},
                               {s("ProjectName"), projects.at(i)},
                               {s("ParentId"), QString()},
                               {s("ParentName"), QString()},
                               {s("CreateTime"), 0},
                               {s("IsDefault"), i == 0},
                               {s("ResourceCount"), 0},
                               {s("MemberCount"), 1}});
    return {{s("ProjectCount"), int(projects.size())}, {s("ProjectSet"), set}};
}

Result<QStringList> UHostApiMapper::parseGetProjectListResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Product::UHost, kGetProjectList);
    QStringList projects;
    for (JsonParams &entry : p.objects(s("ProjectSet"))) {
        const QString id = entry.string(s("ProjectId"), JNeed::Required);
        // The default project first, as the copy dialog offers it first.
        if (entry.boolean(s("IsDefault"), false))
            projects.prepend(id);
        else
            projects.append(id);
    }
    return finish(p, projects);
}

// ---- DescribeUHostInstance ----

UCloudParams UHostApiMapper::buildDescribeUHostInstanceRequest(const UHostScope &scope,
                                                               const UHostListQuery &query)
{
    UCloudParams p = request(kDescribeUHostInstance);
    writeScope(p, scope);
    writeList(p, s("UHostIds"), query);
    return p;
}

Result<UHostCall<UHostListQuery>>
UHostApiMapper::parseDescribeUHostInstanceRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kDescribeUHostInstance);
    UHostCall<UHostListQuery> call{readScope(r), readList(r, s("UHostIds"))};
    return finish(r, call);
}

QJsonObject UHostApiMapper::buildDescribeUHostInstanceResponse(const Page<Instance> &page)
{
    return pageToJson(page, s("UHostSet"), hostToJson);
}

Result<Page<Instance>>
UHostApiMapper::parseDescribeUHostInstanceResponse(const QJsonObject &response,
                                                   const UHostScope &scope)
{
    return pageFromJson<Instance>(response, kDescribeUHostInstance, s("UHostSet"), scope,
                                  hostFromJson);
}

// ---- DescribeImage ----

UCloudParams UHostApiMapper::buildDescribeImageRequest(const UHostScope &scope,
                                                       const UHostListQuery &query)
{
    UCloudParams p = request(kDescribeImage);
    writeScope(p, scope);
    p.set(s("ImageType"), s("Custom"));
    // DescribeImage takes one ImageId; a longer selection goes as ImageIds.N.
    if (query.ids.size() == 1) {
        UHostListQuery rest = query;
        p.set(s("ImageId"), rest.ids.takeFirst());
        writeList(p, s("ImageIds"), rest);
    } else {
        writeList(p, s("ImageIds"), query);
    }
    return p;
}

Result<UHostCall<UHostListQuery>>
UHostApiMapper::parseDescribeImageRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kDescribeImage);
    UHostCall<UHostListQuery> call{readScope(r), readList(r, s("ImageIds"))};
    if (r.has(s("ImageId")))
        call.value.ids.prepend(r.string(s("ImageId")));
    if (r.has(s("ImageType")))
        r.checkOneOf(s("ImageType"), r.string(s("ImageType")),
                     {s("Base"), s("Business"), s("Custom")});
    if (r.has(s("OsType")))
        r.checkOneOf(s("OsType"), r.string(s("OsType")), {s("Linux"), s("Windows")});
    return finish(r, call);
}

QJsonObject UHostApiMapper::buildDescribeImageResponse(const Page<Image> &page)
{
    return pageToJson(page, s("ImageSet"), imageToJson);
}

Result<Page<Image>> UHostApiMapper::parseDescribeImageResponse(const QJsonObject &response,
                                                               const UHostScope &scope)
{
    return pageFromJson<Image>(response, kDescribeImage, s("ImageSet"), scope, imageFromJson);
}

// ---- CreateCustomImage ----

UCloudParams UHostApiMapper::buildCreateCustomImageRequest(const UHostScope &scope,
                                                           const CreateImageRequest &request)
{
    UCloudParams p = imprint::request(kCreateCustomImage);
    writeScope(p, scope);
    p.set(s("UHostId"), request.sourceInstanceId);
    p.set(s("ImageName"), request.name);
    if (!request.description.isEmpty())
        p.set(s("ImageDescription"), request.description);
    p.setList(s("DataUDiskIds"), request.dataDiskIds);
    return p;
}

Result<UHostCall<CreateImageRequest>>
UHostApiMapper::parseCreateCustomImageRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kCreateCustomImage);
    UHostCall<CreateImageRequest> call;
    call.scope = readScope(r);
    CreateImageRequest &c = call.value;
    c.product = Product::UHost;
    c.regionId = call.scope.regionId;
    c.sourceInstanceId = r.string(s("UHostId"), Need::Required);
    c.name = r.string(s("ImageName"), Need::Required);
    c.description = r.string(s("ImageDescription"));
    c.dataDiskIds = r.list(s("DataUDiskIds"));
    return finish(r, call);
}

QJsonObject UHostApiMapper::buildCreateCustomImageResponse(const UHostCreatedImage &created)
{
    return {{s("ImageId"), created.imageId},
            {s("DataSnapshotIds"), QJsonArray::fromStringList(created.dataSnapshotIds)}};
}

Result<UHostCreatedImage>
UHostApiMapper::parseCreateCustomImageResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Product::UHost, kCreateCustomImage);
    UHostCreatedImage created{p.string(s("ImageId"), JNeed::Required),
                              p.strings(s("DataSnapshotIds"))};
    return finish(p, created);
}

// ---- CopyCustomImage ----

UCloudParams UHostApiMapper::buildCopyCustomImageRequest(const UHostScope &scope,
                                                         const CopyImageRequest &request)
{
    UCloudParams p = imprint::request(kCopyCustomImage);
    writeScope(p, scope, false);
    p.set(s("SourceImageId"), request.imageId);
    p.set(s("TargetProjectId"), request.targetProjectId);
    if (request.targetRegionId != scope.regionId)
        p.set(s("TargetRegion"), request.targetRegionId);
    if (!request.name.isEmpty())
        p.set(s("TargetImageName"), request.name);
    return p;
}

Result<UHostCall<CopyImageRequest>>
UHostApiMapper::parseCopyCustomImageRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kCopyCustomImage);
    UHostCall<CopyImageRequest> call;
    call.scope = readScope(r);
    CopyImageRequest &c = call.value;
    c.imageId = r.string(s("SourceImageId"), Need::Required);
    c.targetProjectId = r.string(s("TargetProjectId"), Need::Required);
    c.targetRegionId = r.string(s("TargetRegion"));
    if (c.targetRegionId.isEmpty())
        c.targetRegionId = call.scope.regionId;
    c.name = r.string(s("TargetImageName"));
    return finish(r, call);
}

QJsonObject UHostApiMapper::buildCopyCustomImageResponse(const QString &targetImageId)
{
    return {{s("TargetImageId"), targetImageId}};
}

Result<QString> UHostApiMapper::parseCopyCustomImageResponse(const QJsonObject &response)
{
    return readIdAnswer(response, kCopyCustomImage, s("TargetImageId"));
}

// ---- TerminateCustomImage and the rename ----

UCloudParams UHostApiMapper::buildTerminateCustomImageRequest(const UHostScope &scope,
                                                              const QString &imageId)
{
    UCloudParams p = request(kTerminateCustomImage);
    writeScope(p, scope, false);
    p.set(s("ImageId"), imageId);
    return p;
}

Result<UHostCall<QString>>
UHostApiMapper::parseTerminateCustomImageRequest(const UCloudParams &params)
{
    return readIdCall(params, kTerminateCustomImage, s("ImageId"));
}

QJsonObject UHostApiMapper::buildImageIdResponse(const QString &imageId)
{
    return {{s("ImageId"), imageId}};
}

Result<QString> UHostApiMapper::parseImageIdResponse(const QJsonObject &response,
                                                     const QString &action)
{
    return readIdAnswer(response, action, s("ImageId"));
}

UCloudParams UHostApiMapper::buildRenameImageRequest(const UHostScope &scope,
                                                     const ImageAttributeChange &change)
{
    UCloudParams p = request(kUpdateImageAttribute);
    writeScope(p, scope, false);
    p.set(s("ImageId"), change.imageId);
    if (change.name)
        p.set(s("ImageName"), *change.name);
    if (change.description)
        p.set(s("ImageDescription"), *change.description);
    return p;
}

Result<UHostCall<ImageAttributeChange>>
UHostApiMapper::parseRenameImageRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kUpdateImageAttribute);
    UHostCall<ImageAttributeChange> call;
    call.scope = readScope(r);
    call.value.imageId = r.string(s("ImageId"), Need::Required);
    if (r.has(s("ImageName")))
        call.value.name = r.string(s("ImageName"));
    if (r.has(s("ImageDescription")))
        call.value.description = r.string(s("ImageDescription"));
    if (!call.value.name && !call.value.description)
        r.fail(UCloudErrorCodes::paramsError,
               QStringLiteral("%1 needs ImageName or ImageDescription; the request has neither.")
                   .arg(kUpdateImageAttribute));
    return finish(r, call);
}

// ---- CreateUHostInstance ----

UCloudParams UHostApiMapper::buildCreateUHostInstanceRequest(const UHostScope &scope,
                                                             const LaunchCall &call)
{
    const LaunchRequest &l = call.request;
    UCloudParams p = request(kCreateUHostInstance);
    UHostScope where = scope;
    where.zoneId = l.zoneId;
    writeScope(p, where);
    p.set(s("ImageId"), l.imageId);
    p.set(s("LoginMode"), s("ImagePasswd"));
    if (const std::optional<UHostShape> shape = UHostShape::fromInstanceType(l.instanceType)) {
        p.set(s("MachineType"), shape->machineType);
        p.set(s("MinimalCpuPlatform"), s("Intel/Auto"));
        p.setInteger(s("CPU"), shape->cpu);
        p.setInteger(s("Memory"), shape->memoryMb);
    }
    p.set(s("Disks.0.IsBoot"), s("True"));
    p.set(s("Disks.0.Type"), UHostWireEnums::diskType(l.systemDiskKind));
    p.setInteger(s("Disks.0.Size"), call.systemDiskGiB);
    for (qsizetype i = 0; i < call.dataDisks.size(); ++i) {
        const QString prefix = QStringLiteral("Disks.%1.").arg(i + 1);
        const ImageDataDisk &d = call.dataDisks.at(i);
        p.set(prefix + s("IsBoot"), s("False"));
        p.set(prefix + s("Type"), UHostWireEnums::diskType(l.dataDiskKind));
        p.setInteger(prefix + s("Size"), d.sizeGiB);
        if (!d.snapshotId.isEmpty())
            p.set(prefix + s("SnapshotId"), d.snapshotId);
    }
    p.set(s("ChargeType"), UHostWireEnums::chargeType(l.billing));
    p.setInteger(s("MaxCount"), l.count);
    if (!l.namePattern.isEmpty())
        p.set(s("Name"), l.namePattern);
    p.set(s("NetCapability"), UHostWireEnums::netCapability(l.networkAcceleration));
    return p;
}

Result<UHostCall<LaunchCall>>
UHostApiMapper::parseCreateUHostInstanceRequest(const UCloudParams &params)
{
    UCloudParamReader r(params, kCreateUHostInstance);
    UHostCall<LaunchCall> call;
    call.scope = readScope(r);
    LaunchRequest &l = call.value.request;
    l.zoneId = r.string(s("Zone"), Need::Required);
    l.imageId = r.string(s("ImageId"), Need::Required);
    r.checkOneOf(s("LoginMode"), r.string(s("LoginMode"), Need::Required),
                 {s("Password"), s("KeyPair"), s("ImagePasswd")});
    if (r.string(s("LoginMode")) == QLatin1String("Password"))
        r.string(s("Password"), Need::Required);
    const QString machineType = r.has(s("MachineType")) ? r.string(s("MachineType")) : s("N");
    const UHostShape shape{machineType, int(r.integer(s("CPU"), 4, 1, kMaxCpu)),
                           r.integer(s("Memory"), 8192, kMinMemoryMb, kMaxMemoryMb)};
    if (r.ok() && shape.memoryMb % 1024 != 0)
        r.fail(UCloudErrorCodes::paramsError,
               QStringLiteral("The parameter `Memory` must be a multiple of 1024 MB; it is %1.")
                   .arg(shape.memoryMb));
    l.instanceType = shape.instanceType();

    const int disks = r.structCount(s("Disks"));
    int boots = 0;
    for (int i = 0; i < disks; ++i) {
        const QString prefix = QStringLiteral("Disks.%1.").arg(i);
        const bool boot = r.boolean(prefix + s("IsBoot"), false);
        const QString typeKey = prefix + s("Type");
        const std::optional<DiskKind> kind =
            UHostWireEnums::diskKindFromWire(r.string(typeKey, Need::Required));
        if (r.ok() && !kind)
            r.fail(UCloudErrorCodes::paramsError,
                   QStringLiteral("The parameter `%1` is not a UHost disk type: \"%2\".")
                       .arg(typeKey, r.string(typeKey)));
        const int size = int(r.integer(prefix + s("Size"), 0, 0, kMaxDiskGiB, Need::Required));
        if (boot) {
            ++boots;
            l.systemDiskKind = kind.value_or(l.systemDiskKind);
            call.value.systemDiskGiB = size;
        } else {
            if (call.value.dataDisks.isEmpty())
                l.dataDiskKind = kind.value_or(l.dataDiskKind);
            call.value.dataDisks.append({r.string(prefix + s("SnapshotId")), size});
        }
    }
    if (r.ok() && boots != 1)
        r.fail(UCloudErrorCodes::paramsError,
               QStringLiteral("Exactly one of Disks.N must be the system disk (IsBoot True); "
                              "the request has %1.")
                   .arg(boots));

    if (r.has(s("ChargeType"))) {
        const QString charge = r.string(s("ChargeType"));
        r.checkOneOf(s("ChargeType"), charge, UHostWireEnums::chargeTypes());
        l.billing = UHostWireEnums::chargeTypeFromWire(charge);
    } else {
        l.billing = BillingMethod::Subscription; // UCloud's default is Month
    }
    l.count = int(r.integer(s("MaxCount"), 1, 1, kMaxCount));
    l.namePattern = r.has(s("Name")) ? r.string(s("Name")) : s("UHost");
    if (r.has(s("NetCapability"))) {
        const QString net = r.string(s("NetCapability"));
        r.checkOneOf(s("NetCapability"), net, UHostWireEnums::netCapabilities());
        l.networkAcceleration = UHostWireEnums::netCapabilityFromWire(net);
    }
    return finish(r, call);
}

QJsonObject UHostApiMapper::buildCreateUHostInstanceResponse(const QStringList &hostIds)
{
    return {{s("UHostIds"), QJsonArray::fromStringList(hostIds)}};
}

Result<QStringList> UHostApiMapper::parseCreateUHostInstanceResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Product::UHost, kCreateUHostInstance);
    const QStringList ids = p.strings(s("UHostIds"), JNeed::Required);
    return finish(p, ids);
}

// ---- Start / Stop / Poweroff ----

UCloudParams UHostApiMapper::buildPowerRequest(const QString &action, const UHostScope &scope,
                                               const QString &hostId)
{
    UCloudParams p = request(action);
    writeScope(p, scope);
    p.set(s("UHostId"), hostId);
    return p;
}

Result<UHostCall<QString>> UHostApiMapper::parsePowerRequest(const UCloudParams &params)
{
    return readIdCall(params, params.value(s("Action")), s("UHostId"));
}

QJsonObject UHostApiMapper::buildPowerResponse(const QString &hostId)
{
    return {{s("UHostId"), hostId}};
}

Result<QString> UHostApiMapper::parsePowerResponse(const QJsonObject &response,
                                                   const QString &action)
{
    return readIdAnswer(response, action, s("UHostId"));
}

} // namespace imprint
