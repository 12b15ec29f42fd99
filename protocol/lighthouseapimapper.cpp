#include "lighthouseapimapper.h"

#include "apitime.h"
#include "jsonparams.h"
#include "listquerycodec.h"
#include "wireenums.h"

#include <QJsonArray>
#include <QSet>

namespace imprint {

namespace {

using Need = JsonParams::Need;
constexpr Product kProduct = Product::Lighthouse;

const QString kDescribeRegions = QStringLiteral("DescribeRegions");
const QString kDescribeZones = QStringLiteral("DescribeZones");
const QString kDescribeInstances = QStringLiteral("DescribeInstances");
const QString kDescribeBlueprints = QStringLiteral("DescribeBlueprints");
const QString kCreateBlueprint = QStringLiteral("CreateBlueprint");
const QString kDeleteBlueprints = QStringLiteral("DeleteBlueprints");
const QString kModifyBlueprintAttribute = QStringLiteral("ModifyBlueprintAttribute");
const QString kDescribeGeneralResourceQuotas = QStringLiteral("DescribeGeneralResourceQuotas");
const QString kInquirePriceCreateBlueprint = QStringLiteral("InquirePriceCreateBlueprint");
const QString kCreateInstances = QStringLiteral("CreateInstances");
const QString kStartInstances = QStringLiteral("StartInstances");
const QString kStopInstances = QStringLiteral("StopInstances");

// Limits (reference §4, §5) and the codes Lighthouse documents for them.
constexpr int kMaxBlueprintName = 60;
constexpr int kMaxDescription = 60;
constexpr int kMaxInstanceName = 60; // unconfirmed (§6.4); "likely 60"
constexpr int kMaxClientToken = 64;
constexpr int kMaxInstanceCount = 30;
constexpr int kMaxIds = 100;
const QString kTooLong = QStringLiteral("InvalidParameterValue.TooLong");
// Lighthouse documents no specific code for an out-of-range number: the common one.
const QString kInvalidValue = QStringLiteral("InvalidParameterValue");

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

ListQueryRules describeRules(const QString &idsKey, const QStringList &filterNames)
{
    ListQueryRules r;
    r.idsKey = idsKey;
    r.filterNames = filterNames;
    r.maxIds = kMaxIds;
    r.maxFilters = 10;
    r.maxValuesPerFilter = 100; // Lighthouse allows 100 values, CVM 5
    r.rangeCode = kInvalidValue;
    r.unknownFilterCode = s("InvalidParameter.InvalidFilterNotSupportedName");
    r.malformedFilterCode = s("InvalidParameter.InvalidFilterNotDict");
    r.filterLimitCode = s("InvalidParameter.FilterValueLimitExceeded");
    r.conflictCode = s("InvalidParameter.ParameterConflict");
    return r;
}

void checkOrder(JsonParams &p, const QStringList &fields)
{
    if (p.has(s("OrderField")))
        p.checkOneOf(s("OrderField"), p.string(s("OrderField")), fields, kInvalidValue);
    if (p.has(s("Order")))
        p.checkOneOf(s("Order"), p.string(s("Order")), {s("ASC"), s("DESC")}, kInvalidValue);
}

QJsonObject instanceToJson(const Instance &i)
{
    QJsonObject o{{s("InstanceId"), i.id},
                  {s("InstanceName"), i.name},
                  {s("BundleId"), i.instanceType},
                  {s("BlueprintId"), i.imageId},
                  {s("CPU"), i.cpuCores},
                  {s("Memory"), i.memoryGiB},
                  {s("InstanceChargeType"), WireEnums::chargeType(i.billing)},
                  {s("InstanceState"), WireEnums::instanceState(i.state)},
                  {s("CreatedTime"), ApiTime::toJson(i.createdAt)},
                  {s("PlatformType"), WireEnums::platformType(i.osType)},
                  {s("Platform"), WireEnums::platform(i.osType, i.osName)},
                  {s("OsName"), i.osName},
                  {s("Zone"), i.zoneId}};
    if (const Disk *d = i.systemDisk())
        o.insert(s("SystemDisk"), QJsonObject{{s("DiskType"), WireEnums::diskType(d->kind)},
                                              {s("DiskSize"), d->sizeGiB},
                                              {s("DiskId"), d->id}});
    if (!i.imagingOperationId.isEmpty()) {
        o.insert(s("LatestOperation"), kCreateBlueprint);
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
    i.instanceType = p.string(s("BundleId"));
    i.imageId = p.string(s("BlueprintId"));
    i.cpuCores = p.integer(s("CPU"), 0);
    i.memoryGiB = p.integer(s("Memory"), 0);
    i.billing = WireEnums::chargeTypeFromWire(p.string(s("InstanceChargeType")));
    i.state = WireEnums::instanceStateFromWire(p.string(s("InstanceState")));
    i.createdAt = p.dateTime(s("CreatedTime"));
    i.osType = p.has(s("PlatformType"))
                   ? WireEnums::osTypeFromPlatformType(p.string(s("PlatformType")))
                   : WireEnums::osTypeFromName(p.string(s("Platform")));
    i.osName = p.string(s("OsName"));
    i.zoneId = p.string(s("Zone"));
    if (p.has(s("SystemDisk"))) {
        JsonParams d = p.object(s("SystemDisk"));
        Disk disk;
        disk.role = DiskRole::System;
        disk.id = d.string(s("DiskId"));
        disk.kind =
            WireEnums::diskKindFromWire(d.string(s("DiskType"))).value_or(DiskKind::CloudPremium);
        disk.sizeGiB = d.integer(s("DiskSize"), 0);
        i.disks << disk;
    }
    if (p.string(s("LatestOperation")) == kCreateBlueprint &&
        p.string(s("LatestOperationState")) == QLatin1String("OPERATING"))
        i.imagingOperationId = p.string(s("LatestOperationRequestId"));
    return i;
}

QJsonObject blueprintToJson(const Image &m)
{
    return {{s("BlueprintId"), m.id},
            {s("DisplayTitle"), m.name},
            {s("BlueprintName"), m.name},
            {s("Description"), m.description},
            {s("OsName"), m.osName},
            {s("Platform"), WireEnums::platform(m.osType, m.osName)},
            {s("PlatformType"), WireEnums::platformType(m.osType)},
            {s("BlueprintType"), s("PRIVATE")},
            {s("RequiredSystemDiskSize"), m.systemDiskGiB},
            {s("BlueprintState"), WireEnums::blueprintState(m.state)},
            {s("CreatedTime"), ApiTime::toJson(m.createdAt)},
            {s("Tags"), QJsonArray()}};
}

Image blueprintFromJson(JsonParams p, const QString &regionId)
{
    Image m;
    m.product = kProduct;
    m.regionId = regionId;
    m.id = p.string(s("BlueprintId"), Need::Required);
    m.name = p.string(s("BlueprintName"));
    m.description = p.string(s("Description"));
    m.osName = p.string(s("OsName"));
    m.osType = p.has(s("PlatformType"))
                   ? WireEnums::osTypeFromPlatformType(p.string(s("PlatformType")))
                   : WireEnums::osTypeFromName(p.string(s("Platform")));
    m.systemDiskGiB = p.integer(s("RequiredSystemDiskSize"), 0);
    // Unknown states (a creating blueprint, a state added later) read as busy, never an error.
    m.state = WireEnums::blueprintStateFromWire(p.string(s("BlueprintState")));
    m.createdAt = p.dateTime(s("CreatedTime"));
    return m;
}

QStringList blueprintStates()
{
    // The documented BlueprintState values, plus imprint-sim's CREATING (design.md).
    return {s("NORMAL"),    s("SYNCING"),  s("OFFLINE"),  s("CREATEFAILED"), s("SYNCING_FAILED"),
            s("ISOLATING"), s("ISOLATED"), s("DELETING"), s("DESTROYING"),   s("CREATING")};
}

Result<QStringList> parseInstanceIds(const QJsonObject &body, const QString &action,
                                     const QStringList &allowed)
{
    JsonParams p = JsonParams::request(body, kProduct, action);
    p.allowOnly(allowed);
    const QStringList ids = p.strings(s("InstanceIds"), Need::Required);
    if (ids.size() > kMaxIds)
        p.fail(kInvalidValue, QStringLiteral("At most %1 instances per request; the request "
                                             "names %2.")
                                  .arg(kMaxIds)
                                  .arg(ids.size()));
    if (p.has(s("StopType")))
        p.checkOneOf(s("StopType"), p.string(s("StopType")),
                     {s("SOFT"), s("HARD"), s("SOFT_FIRST")}, kInvalidValue);
    return finish(p, ids);
}

} // namespace

QString LighthouseApiMapper::version()
{
    return s("2020-03-24");
}

QStringList LighthouseApiMapper::actions()
{
    return {kDescribeRegions,
            kDescribeZones,
            kDescribeInstances,
            kDescribeBlueprints,
            kCreateBlueprint,
            kDeleteBlueprints,
            kModifyBlueprintAttribute,
            kDescribeGeneralResourceQuotas,
            kInquirePriceCreateBlueprint,
            kCreateInstances,
            kStartInstances,
            kStopInstances};
}

QString LighthouseApiMapper::blueprintQuotaName()
{
    return s("BLUEPRINT");
}

QString LighthouseApiMapper::freeBlueprintQuotaName()
{
    return s("FREE_BLUEPRINT");
}

bool LighthouseApiMapper::isChinaMainland(const QString &regionId)
{
    // Tencent's region ids name the city: "ap-guangzhou", "ap-shanghai-fsi". Mainland cities
    // Lighthouse is (or was) sold in; Hong Kong, Taipei and abroad are not mainland.
    static const QStringList mainland{
        s("beijing"),   s("shanghai"), s("guangzhou"),   s("chengdu"),  s("chongqing"),
        s("nanjing"),   s("shenzhen"), s("tianjin"),     s("hangzhou"), s("wuhan"),
        s("jinan"),     s("changsha"), s("hefei"),       s("fuzhou"),   s("xian"),
        s("zhengzhou"), s("shenyang"), s("shijiazhuang")};
    const QStringList parts = regionId.split(QLatin1Char('-'));
    return parts.size() >= 2 && parts.at(0) == QLatin1String("ap") &&
           mainland.contains(parts.at(1));
}

// ---- DescribeRegions ----

QJsonObject LighthouseApiMapper::buildDescribeRegionsRequest()
{
    return {};
}

Status LighthouseApiMapper::parseDescribeRegionsRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeRegions);
    p.allowOnly({});
    return finish(p);
}

QJsonObject LighthouseApiMapper::buildDescribeRegionsResponse(const QList<Region> &regions)
{
    QJsonArray set;
    for (const Region &r : regions)
        set.append(QJsonObject{{s("Region"), r.id},
                               {s("RegionName"), r.name},
                               {s("RegionState"), s("AVAILABLE")},
                               {s("IsChinaMainland"), isChinaMainland(r.id)}});
    return {{s("RegionSet"), set}};
}

Result<QList<Region>> LighthouseApiMapper::parseDescribeRegionsResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeRegions);
    QList<Region> regions;
    for (JsonParams r : p.objects(s("RegionSet"))) {
        Region region;
        region.product = kProduct;
        region.id = r.string(s("Region"), Need::Required);
        region.name = r.string(s("RegionName"));
        r.boolean(s("IsChinaMainland"), false);
        const QString state = r.string(s("RegionState"));
        if (state.isEmpty() || state == QLatin1String("AVAILABLE"))
            regions << region;
    }
    return finish(p, regions);
}

// ---- DescribeZones ----

QJsonObject LighthouseApiMapper::buildDescribeZonesRequest()
{
    return {};
}

Status LighthouseApiMapper::parseDescribeZonesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeZones);
    p.allowOnly({s("OrderField"), s("Order")});
    checkOrder(p, {s("ZONE"), s("INSTANCE_DISPLAY_LABEL")});
    return finish(p);
}

QJsonObject LighthouseApiMapper::buildDescribeZonesResponse(const QList<Zone> &zones)
{
    QJsonArray set;
    for (const Zone &z : zones)
        set.append(QJsonObject{
            {s("Zone"), z.id}, {s("ZoneName"), z.name}, {s("InstanceDisplayLabel"), s("NORMAL")}});
    return {{s("ZoneInfoSet"), set}};
}

Result<QList<Zone>> LighthouseApiMapper::parseDescribeZonesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeZones);
    QList<Zone> zones;
    for (JsonParams z : p.objects(s("ZoneInfoSet"))) {
        Zone zone{z.string(s("Zone"), Need::Required), z.string(s("ZoneName"))};
        // HIDDEN: the console does not offer the zone, so neither do we.
        if (z.string(s("InstanceDisplayLabel")) != QLatin1String("HIDDEN"))
            zones << zone;
    }
    return finish(p, zones);
}

// ---- DescribeInstances ----

QJsonObject LighthouseApiMapper::buildDescribeInstancesRequest(const ListQuery &query)
{
    QJsonObject body;
    ListQueryCodec::write(body, query, s("InstanceIds"));
    return body;
}

Result<ListQuery> LighthouseApiMapper::parseDescribeInstancesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeInstances);
    p.allowOnly(
        {s("InstanceIds"), s("Filters"), s("Offset"), s("Limit"), s("OrderField"), s("Order")});
    const ListQuery q = ListQueryCodec::read(
        p, describeRules(s("InstanceIds"), {s("instance-name"), s("private-ip-address"),
                                            s("public-ip-address"), s("zone"), s("instance-state"),
                                            s("tag-key"), s("tag-value"), s("tag:")}));
    checkOrder(p, {s("EXPIRED_TIME")});
    return finish(p, q);
}

QJsonObject LighthouseApiMapper::buildDescribeInstancesResponse(const Page<Instance> &page)
{
    QJsonArray set;
    for (const Instance &i : page.items)
        set.append(instanceToJson(i));
    return {{s("TotalCount"), page.totalCount}, {s("InstanceSet"), set}};
}

Result<Page<Instance>>
LighthouseApiMapper::parseDescribeInstancesResponse(const QJsonObject &response,
                                                    const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeInstances);
    Page<Instance> page;
    page.totalCount = p.integer(s("TotalCount"), 0, Need::Required);
    for (const JsonParams &i : p.objects(s("InstanceSet")))
        page.items << instanceFromJson(i, regionId);
    return finish(p, page);
}

// ---- DescribeBlueprints ----

QJsonObject LighthouseApiMapper::buildDescribeBlueprintsRequest(const ListQuery &query)
{
    QJsonObject body;
    ListQueryCodec::write(body, query, s("BlueprintIds"));
    return body;
}

Result<ListQuery> LighthouseApiMapper::parseDescribeBlueprintsRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeBlueprints);
    p.allowOnly({s("BlueprintIds"), s("Offset"), s("Limit"), s("Filters")});
    const ListQuery q = ListQueryCodec::read(
        p, describeRules(s("BlueprintIds"),
                         {s("blueprint-id"), s("blueprint-type"), s("platform-type"),
                          s("blueprint-name"), s("blueprint-state"), s("scene-id"), s("tag-key"),
                          s("tag-value"), s("tag:")}));
    // The enumerated filters have their own documented codes.
    for (const ApiFilter &f : q.filters) {
        for (const QString &v : f.values) {
            if (f.name == QLatin1String("blueprint-type"))
                p.checkOneOf(s("Filters.blueprint-type"), v,
                             {s("APP_OS"), s("PURE_OS"), s("DOCKER"), s("PRIVATE"), s("SHARED")},
                             s("InvalidParameterValue.InvalidBlueprintType"));
            else if (f.name == QLatin1String("platform-type"))
                p.checkOneOf(s("Filters.platform-type"), v, {s("LINUX_UNIX"), s("WINDOWS")},
                             s("InvalidParameterValue.InvalidBlueprintPlatformType"));
            else if (f.name == QLatin1String("blueprint-state"))
                p.checkOneOf(s("Filters.blueprint-state"), v, blueprintStates(),
                             s("InvalidParameterValue.InvalidBlueprintState"));
        }
    }
    return finish(p, q);
}

QJsonObject LighthouseApiMapper::buildDescribeBlueprintsResponse(const Page<Image> &page)
{
    QJsonArray set;
    for (const Image &m : page.items)
        set.append(blueprintToJson(m));
    return {{s("TotalCount"), page.totalCount}, {s("BlueprintSet"), set}};
}

Result<Page<Image>>
LighthouseApiMapper::parseDescribeBlueprintsResponse(const QJsonObject &response,
                                                     const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeBlueprints);
    Page<Image> page;
    page.totalCount = p.integer(s("TotalCount"), 0, Need::Required);
    for (const JsonParams &m : p.objects(s("BlueprintSet")))
        page.items << blueprintFromJson(m, regionId);
    return finish(p, page);
}

// ---- CreateBlueprint ----

QJsonObject LighthouseApiMapper::buildCreateBlueprintRequest(const CreateImageRequest &request)
{
    // Always explicit: the API's default is true, the domain's consent defaults to false.
    QJsonObject o{{s("BlueprintName"), request.name},
                  {s("InstanceId"), request.sourceInstanceId},
                  {s("ForcePowerOff"), request.forcedShutdownConsent}};
    if (!request.description.isEmpty())
        o.insert(s("Description"), request.description);
    return o;
}

Result<CreateImageRequest> LighthouseApiMapper::parseCreateBlueprintRequest(const QJsonObject &body,
                                                                            const QString &regionId)
{
    JsonParams p = JsonParams::request(body, kProduct, kCreateBlueprint);
    p.allowOnly(
        {s("BlueprintName"), s("Description"), s("InstanceId"), s("ForcePowerOff"), s("Tags")});
    CreateImageRequest r;
    r.product = kProduct;
    r.regionId = regionId;
    r.name = p.string(s("BlueprintName"), Need::Required);
    if (p.has(s("BlueprintName")) && r.name.trimmed().isEmpty())
        p.fail(kInvalidValue, QStringLiteral("The parameter `BlueprintName` cannot be empty."));
    p.checkLength(s("BlueprintName"), r.name, kMaxBlueprintName, kTooLong);
    r.description = p.string(s("Description"));
    p.checkLength(s("Description"), r.description, kMaxDescription, kTooLong);
    r.sourceInstanceId = p.string(s("InstanceId"), Need::Required);
    r.forcedShutdownConsent = p.boolean(s("ForcePowerOff"), true);
    const QList<JsonParams> tags = p.objects(s("Tags"));
    if (tags.size() > 10)
        p.fail(kInvalidValue, QStringLiteral("At most 10 tags can be bound to a blueprint."));
    return finish(p, r);
}

QJsonObject LighthouseApiMapper::buildCreateBlueprintResponse(const QString &blueprintId)
{
    return {{s("BlueprintId"), blueprintId}};
}

Result<QString> LighthouseApiMapper::parseCreateBlueprintResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateBlueprint);
    const QString id = p.string(s("BlueprintId"), Need::Required);
    return finish(p, id);
}

// ---- DeleteBlueprints ----

QJsonObject LighthouseApiMapper::buildDeleteBlueprintsRequest(const QStringList &blueprintIds)
{
    return {{s("BlueprintIds"), QJsonArray::fromStringList(blueprintIds)}};
}

Result<QStringList> LighthouseApiMapper::parseDeleteBlueprintsRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDeleteBlueprints);
    p.allowOnly({s("BlueprintIds")});
    const QStringList ids = p.strings(s("BlueprintIds"), Need::Required);
    if (QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size())
        p.fail(s("InvalidParameterValue.Duplicated"),
               QStringLiteral("The parameter `BlueprintIds` names a blueprint twice."));
    return finish(p, ids);
}

QJsonObject LighthouseApiMapper::buildDeleteBlueprintsResponse()
{
    return {};
}

Status LighthouseApiMapper::parseDeleteBlueprintsResponse(const QJsonObject &)
{
    return {};
}

// ---- ModifyBlueprintAttribute ----

QJsonObject
LighthouseApiMapper::buildModifyBlueprintAttributeRequest(const ImageAttributeChange &change)
{
    QJsonObject o{{s("BlueprintId"), change.imageId}};
    if (change.name)
        o.insert(s("BlueprintName"), *change.name);
    if (change.description)
        o.insert(s("Description"), *change.description);
    return o;
}

Result<ImageAttributeChange>
LighthouseApiMapper::parseModifyBlueprintAttributeRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kModifyBlueprintAttribute);
    p.allowOnly({s("BlueprintId"), s("BlueprintName"), s("Description")});
    ImageAttributeChange change;
    change.imageId = p.string(s("BlueprintId"), Need::Required);
    if (p.has(s("BlueprintName"))) {
        change.name = p.string(s("BlueprintName"));
        if (change.name->trimmed().isEmpty())
            p.fail(kInvalidValue, QStringLiteral("The parameter `BlueprintName` cannot be empty."));
        p.checkLength(s("BlueprintName"), *change.name, kMaxBlueprintName, kTooLong);
    }
    if (p.has(s("Description"))) {
        change.description = p.string(s("Description"));
        p.checkLength(s("Description"), *change.description, kMaxDescription, kTooLong);
    }
    if (!change.name && !change.description)
        p.fail(s("InvalidParameter.MustSpecifyOneAttributeToModify"),
               QStringLiteral("Specify `BlueprintName` or `Description` to modify."));
    return finish(p, change);
}

QJsonObject LighthouseApiMapper::buildModifyBlueprintAttributeResponse()
{
    return {};
}

Status LighthouseApiMapper::parseModifyBlueprintAttributeResponse(const QJsonObject &)
{
    return {};
}

// ---- DescribeGeneralResourceQuotas ----

QJsonObject LighthouseApiMapper::buildDescribeGeneralResourceQuotasRequest(const QStringList &names)
{
    return {{s("ResourceNames"), QJsonArray::fromStringList(names)}};
}

Result<QStringList>
LighthouseApiMapper::parseDescribeGeneralResourceQuotasRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kDescribeGeneralResourceQuotas);
    p.allowOnly({s("ResourceNames")});
    const QStringList names = p.strings(s("ResourceNames"), Need::Required);
    // The other documented names (bundles, key pairs, ...) describe resources the simulator
    // does not have; the action's own code for an unusable name says so.
    for (const QString &n : names)
        p.checkOneOf(s("ResourceNames"), n, {blueprintQuotaName(), freeBlueprintQuotaName()},
                     s("InvalidParameterValue.InvalidResourceQuotaResourceName"));
    return finish(p, names);
}

QJsonObject
LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(const ImageQuota &quota,
                                                                const QStringList &names)
{
    QJsonArray set;
    for (const QString &n : names) {
        const bool free = n == freeBlueprintQuotaName();
        const int total = free ? quota.freeTier : quota.quota;
        set.append(QJsonObject{{s("ResourceName"), n},
                               {s("ResourceQuotaAvailable"), qMax(0, total - quota.used)},
                               {s("ResourceQuotaTotal"), total}});
    }
    return {{s("GeneralResourceQuotaSet"), set}};
}

Result<ImageQuota>
LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(const QJsonObject &response,
                                                                const QString &regionId)
{
    JsonParams p = JsonParams::response(response, kProduct, kDescribeGeneralResourceQuotas);
    ImageQuota q;
    q.product = kProduct;
    q.regionId = regionId;
    bool sawBlueprint = false;
    for (JsonParams entry : p.objects(s("GeneralResourceQuotaSet"), Need::Required)) {
        const QString name = entry.string(s("ResourceName"), Need::Required);
        const int total = entry.integer(s("ResourceQuotaTotal"), 0, Need::Required);
        const int available = entry.integer(s("ResourceQuotaAvailable"), 0, Need::Required);
        if (name == blueprintQuotaName()) {
            sawBlueprint = true;
            q.quota = total;
            q.used = qMax(0, total - available);
        } else if (name == freeBlueprintQuotaName()) {
            q.freeTier = total;
        }
    }
    if (p.ok() && !sawBlueprint)
        p.fail(QString(), QStringLiteral("no BLUEPRINT quota in GeneralResourceQuotaSet"));
    return finish(p, q);
}

// ---- InquirePriceCreateBlueprint ----

QJsonObject LighthouseApiMapper::buildInquirePriceCreateBlueprintRequest(int blueprintCount)
{
    return {{s("BlueprintCount"), blueprintCount}};
}

Result<int> LighthouseApiMapper::parseInquirePriceCreateBlueprintRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kInquirePriceCreateBlueprint);
    p.allowOnly({s("BlueprintCount")});
    const int count = p.integer(s("BlueprintCount"), 1, 1, 1000, kInvalidValue);
    return finish(p, count);
}

QJsonObject
LighthouseApiMapper::buildInquirePriceCreateBlueprintResponse(const BlueprintPriceQuote &quote)
{
    return {{s("BlueprintPrice"),
             QJsonObject{{s("OriginalBlueprintPrice"), yuanFromFen(quote.unitFen)},
                         {s("OriginalPrice"), yuanFromFen(quote.originalFen)},
                         {s("Discount"), discountPercent(quote.originalFen, quote.discountedFen)},
                         {s("DiscountPrice"), yuanFromFen(quote.discountedFen)}}}};
}

Result<BlueprintPriceQuote>
LighthouseApiMapper::parseInquirePriceCreateBlueprintResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kInquirePriceCreateBlueprint);
    JsonParams price = p.object(s("BlueprintPrice"), Need::Required);
    BlueprintPriceQuote q;
    q.unitFen = fenFromYuan(price.number(s("OriginalBlueprintPrice"), 0));
    q.originalFen = fenFromYuan(price.number(s("OriginalPrice"), 0, Need::Required));
    q.discountedFen = fenFromYuan(price.number(s("DiscountPrice"), yuanFromFen(q.originalFen)));
    return finish(p, q);
}

// ---- CreateInstances ----

QJsonObject LighthouseApiMapper::buildCreateInstancesRequest(const LaunchCall &call)
{
    const LaunchRequest &r = call.request;
    // Lighthouse is prepaid only and requires the period: the shortest one.
    QJsonObject o{{s("BundleId"), r.instanceType},
                  {s("BlueprintId"), r.imageId},
                  {s("InstanceChargePrepaid"),
                   QJsonObject{{s("Period"), 1}, {s("RenewFlag"), s("NOTIFY_AND_MANUAL_RENEW")}}},
                  {s("InstanceCount"), r.count}};
    if (!r.namePattern.isEmpty())
        o.insert(s("InstanceName"), r.namePattern);
    if (!r.zoneId.isEmpty())
        o.insert(s("Zones"), QJsonArray{r.zoneId});
    if (!r.clientToken.isEmpty())
        o.insert(s("ClientToken"), r.clientToken);
    if (call.dryRun)
        o.insert(s("DryRun"), true);
    return o;
}

Result<LaunchCall> LighthouseApiMapper::parseCreateInstancesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kCreateInstances);
    p.allowOnly({s("BundleId"), s("BlueprintId"), s("InstanceChargePrepaid"), s("InstanceName"),
                 s("InstanceCount"), s("Zones"), s("DryRun"), s("ClientToken"),
                 s("LoginConfiguration"), s("Containers"), s("AutoVoucher"),
                 s("FirewallTemplateId"), s("Tags"), s("InitCommand"), s("DomainName"),
                 s("Subdomain")});
    LaunchCall call;
    LaunchRequest &r = call.request;
    r.billing = BillingMethod::Subscription;
    r.instanceType = p.string(s("BundleId"), Need::Required);
    r.imageId = p.string(s("BlueprintId"), Need::Required);
    JsonParams prepaid = p.object(s("InstanceChargePrepaid"), Need::Required);
    const qint64 period = prepaid.integer(s("Period"), 0, Need::Required);
    static const QList<qint64> periods{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60};
    if (prepaid.has(s("Period")) && !periods.contains(period))
        prepaid.fail(kInvalidValue,
                     QStringLiteral("The value of parameter `InstanceChargePrepaid.Period` must "
                                    "be 1-12, 24, 36, 48 or 60 months."));
    if (prepaid.has(s("RenewFlag")))
        prepaid.checkOneOf(s("RenewFlag"), prepaid.string(s("RenewFlag")),
                           {s("NOTIFY_AND_AUTO_RENEW"), s("NOTIFY_AND_MANUAL_RENEW"),
                            s("DISABLE_NOTIFY_AND_MANUAL_RENEW")},
                           kInvalidValue);
    r.namePattern = p.string(s("InstanceName"));
    p.checkLength(s("InstanceName"), r.namePattern, kMaxInstanceName,
                  s("InvalidParameterValue.InstanceNameTooLong"));
    r.count = p.integer(s("InstanceCount"), 1, 1, kMaxInstanceCount, kInvalidValue);
    // Candidate zones; the domain launches into one, the first.
    r.zoneId = p.strings(s("Zones")).value(0);
    r.clientToken = p.string(s("ClientToken"));
    p.checkLength(s("ClientToken"), r.clientToken, kMaxClientToken,
                  s("InvalidParameterValue.ClientTokenTooLong"));
    call.dryRun = p.boolean(s("DryRun"), false);
    return finish(p, call);
}

QJsonObject LighthouseApiMapper::buildCreateInstancesResponse(const QStringList &instanceIds)
{
    return {{s("InstanceIdSet"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> LighthouseApiMapper::parseCreateInstancesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateInstances);
    const QStringList ids = p.strings(s("InstanceIdSet"));
    return finish(p, ids);
}

// ---- StartInstances / StopInstances ----

QJsonObject LighthouseApiMapper::buildStartInstancesRequest(const QStringList &instanceIds)
{
    return {{s("InstanceIds"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> LighthouseApiMapper::parseStartInstancesRequest(const QJsonObject &body)
{
    return parseInstanceIds(body, kStartInstances, {s("InstanceIds")});
}

QJsonObject LighthouseApiMapper::buildStartInstancesResponse()
{
    return {};
}

Status LighthouseApiMapper::parseStartInstancesResponse(const QJsonObject &)
{
    return {};
}

QJsonObject LighthouseApiMapper::buildStopInstancesRequest(const QStringList &instanceIds)
{
    return {{s("InstanceIds"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> LighthouseApiMapper::parseStopInstancesRequest(const QJsonObject &body)
{
    return parseInstanceIds(body, kStopInstances, {s("InstanceIds"), s("StopType")});
}

QJsonObject LighthouseApiMapper::buildStopInstancesResponse()
{
    return {};
}

Status LighthouseApiMapper::parseStopInstancesResponse(const QJsonObject &)
{
    return {};
}

} // namespace imprint
