#include "lighthouseapimapper.h"

#include "api3commonactionsimpl.h"
#include "api3mapping.h"
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

const QString kDescribeBlueprints = QStringLiteral("DescribeBlueprints");
const QString kCreateBlueprint = QStringLiteral("CreateBlueprint");
const QString kDeleteBlueprints = QStringLiteral("DeleteBlueprints");
const QString kModifyBlueprintAttribute = QStringLiteral("ModifyBlueprintAttribute");
const QString kDescribeGeneralResourceQuotas = QStringLiteral("DescribeGeneralResourceQuotas");
const QString kInquirePriceCreateBlueprint = QStringLiteral("InquirePriceCreateBlueprint");
const QString kCreateInstances = QStringLiteral("CreateInstances");

// Limits (reference §4, §5) and the codes Lighthouse documents for them.
constexpr int kMaxInstanceName = 60; // unconfirmed (§6.4); "likely 60"
constexpr int kMaxClientToken = 64;
constexpr int kMaxInstanceCount = 30;
// Lighthouse documents no specific code for an out-of-range number: the common one.
const QString kInvalidValue = QStringLiteral("InvalidParameterValue");

QString s(const char *text)
{
    return QLatin1String(text);
}

// Lighthouse's Describe* limits and codes (reference §4).
ListQueryRules describeRules(const QString &idsKey, const QStringList &filterNames)
{
    ListQueryRules r;
    r.idsKey = idsKey;
    r.filterNames = filterNames;
    r.maxValuesPerFilter = 100; // Lighthouse allows 100 values, CVM 5
    r.rangeCode = kInvalidValue;
    r.unknownFilterCode = s("InvalidParameter.InvalidFilterNotSupportedName");
    r.malformedFilterCode = s("InvalidParameter.InvalidFilterNotDict");
    r.filterLimitCode = s("InvalidParameter.FilterValueLimitExceeded");
    r.conflictCode = s("InvalidParameter.ParameterConflict");
    return r;
}

// Blueprint names and descriptions: 60 characters each, one code for both being too long.
const Api3Mapping::ImageFields kBlueprintFields{
    .id = s("BlueprintId"),
    .name = s("BlueprintName"),
    .description = s("Description"),
    .maxName = 60,
    .maxDescription = 60,
    .nameTooLongCode = s("InvalidParameterValue.TooLong"),
    .descriptionTooLongCode = s("InvalidParameterValue.TooLong"),
    .invalidValueCode = kInvalidValue};

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
    Api3Mapping::writeImagingOperation(o, kCreateBlueprint, i.imagingOperationId);
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
    i.imagingOperationId = Api3Mapping::readImagingOperation(p, kCreateBlueprint);
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
            {s("Tags"), Api3Mapping::writeTags(m.tags)}};
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
    m.tags = Api3Mapping::readTags(p);
    return m;
}

QStringList blueprintStates()
{
    // The documented BlueprintState values, plus imprint-sim's CREATING (design.md).
    return {s("NORMAL"),    s("SYNCING"),  s("OFFLINE"),  s("CREATEFAILED"), s("SYNCING_FAILED"),
            s("ISOLATING"), s("ISOLATED"), s("DELETING"), s("DESTROYING"),   s("CREATING")};
}

} // namespace

// What Lighthouse's DescribeRegions/Zones/Instances and Start/StopInstances say their own way.
struct LighthouseWire
{
    static constexpr Product product = kProduct;
    static QJsonObject regionToJson(const Region &r)
    {
        return {{s("Region"), r.id},
                {s("RegionName"), r.name},
                {s("RegionState"), s("AVAILABLE")},
                {s("IsChinaMainland"), LighthouseApiMapper::isChinaMainland(r.id)}};
    }
    static constexpr bool regionsCarryTotalCount = false;
    static inline const QString zoneSetKey = QStringLiteral("ZoneInfoSet");
    static inline const QString zoneStateKey = QStringLiteral("InstanceDisplayLabel");
    static inline const QString zoneShownState = QStringLiteral("NORMAL");
    // HIDDEN: the console does not offer the zone, so neither do we.
    static inline const QString zoneHiddenState = QStringLiteral("HIDDEN");
    static constexpr bool zonesCarryTotalCount = false;
    static void checkZonesRequest(JsonParams &p)
    {
        p.allowOnly({s("OrderField"), s("Order")});
        checkOrder(p, {s("ZONE"), s("INSTANCE_DISPLAY_LABEL")});
    }
    static ListQuery readInstancesQuery(JsonParams &p)
    {
        p.allowOnly(
            {s("InstanceIds"), s("Filters"), s("Offset"), s("Limit"), s("OrderField"), s("Order")});
        const ListQuery q = ListQueryCodec::read(
            p,
            describeRules(s("InstanceIds"), {s("instance-name"), s("private-ip-address"),
                                             s("public-ip-address"), s("zone"), s("instance-state"),
                                             s("tag-key"), s("tag-value"), s("tag:")}));
        checkOrder(p, {s("EXPIRED_TIME")});
        return q;
    }
    static QJsonObject instanceToJson(const Instance &i) { return imprint::instanceToJson(i); }
    static Instance instanceFromJson(JsonParams p, const QString &regionId)
    {
        return imprint::instanceFromJson(std::move(p), regionId);
    }
    static inline const QStringList stopParameters{s("InstanceIds"), s("StopType")};
    // Lighthouse documents no specific code for too many ids: the common one.
    static inline const QString tooManyIdsCode = QStringLiteral("InvalidParameterValue");
    static inline const QString invalidValueCode = QStringLiteral("InvalidParameterValue");
};

template class Api3CommonActions<LighthouseWire>;

QString LighthouseApiMapper::version()
{
    return s("2020-03-24");
}

QStringList LighthouseApiMapper::actions()
{
    return commonActions() + QStringList{kDescribeBlueprints,
                                         kCreateBlueprint,
                                         kDeleteBlueprints,
                                         kModifyBlueprintAttribute,
                                         kDescribeGeneralResourceQuotas,
                                         kInquirePriceCreateBlueprint,
                                         kCreateInstances};
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

// ---- DescribeBlueprints ----

QJsonObject LighthouseApiMapper::buildDescribeBlueprintsRequest(const ListQuery &query)
{
    return Api3Mapping::writeListQuery(query, s("BlueprintIds"));
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
    return Api3Mapping::finish(p, q);
}

QJsonObject LighthouseApiMapper::buildDescribeBlueprintsResponse(const Page<Image> &page)
{
    return Api3Mapping::writePage<Image>(page, s("BlueprintSet"), blueprintToJson);
}

Result<Page<Image>>
LighthouseApiMapper::parseDescribeBlueprintsResponse(const QJsonObject &response,
                                                     const QString &regionId)
{
    return Api3Mapping::readPage<Image>(response, kProduct, kDescribeBlueprints, s("BlueprintSet"),
                                        blueprintFromJson, regionId);
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
    if (!request.tags.isEmpty())
        o.insert(s("Tags"), Api3Mapping::writeTags(request.tags));
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
    r.name = Api3Mapping::readImageName(p, kBlueprintFields, Need::Required);
    r.description = Api3Mapping::readImageDescription(p, kBlueprintFields);
    r.sourceInstanceId = p.string(s("InstanceId"), Need::Required);
    r.forcedShutdownConsent = p.boolean(s("ForcePowerOff"), true);
    r.tags = Api3Mapping::readTags(p);
    if (r.tags.size() > 10)
        p.fail(kInvalidValue, QStringLiteral("At most 10 tags can be bound to a blueprint."));
    return Api3Mapping::finish(p, r);
}

QJsonObject LighthouseApiMapper::buildCreateBlueprintResponse(const QString &blueprintId)
{
    return {{s("BlueprintId"), blueprintId}};
}

Result<QString> LighthouseApiMapper::parseCreateBlueprintResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateBlueprint);
    const QString id = p.string(s("BlueprintId"), Need::Required);
    return Api3Mapping::finish(p, id);
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
    return Api3Mapping::finish(p, ids);
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
    return Api3Mapping::writeAttributeChange(change, kBlueprintFields);
}

Result<ImageAttributeChange>
LighthouseApiMapper::parseModifyBlueprintAttributeRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, kProduct, kModifyBlueprintAttribute);
    p.allowOnly({s("BlueprintId"), s("BlueprintName"), s("Description")});
    const ImageAttributeChange change = Api3Mapping::readAttributeChange(p, kBlueprintFields);
    if (!change.name && !change.description)
        p.fail(s("InvalidParameter.MustSpecifyOneAttributeToModify"),
               QStringLiteral("Specify `BlueprintName` or `Description` to modify."));
    return Api3Mapping::finish(p, change);
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
    return Api3Mapping::finish(p, names);
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
    return Api3Mapping::finish(p, q);
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
    return Api3Mapping::finish(p, count);
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
    return Api3Mapping::finish(p, q);
}

// ---- CreateInstances ----

QJsonObject LighthouseApiMapper::buildCreateInstancesRequest(const LaunchCall &call)
{
    const LaunchRequest &r = call.request;
    // Lighthouse is prepaid only and requires the period: the shortest one.
    QJsonObject o{{s("BundleId"), r.instanceType},
                  {s("BlueprintId"), r.imageId},
                  {s("InstanceChargePrepaid"), Api3Mapping::writePrepaidMonth()},
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
    Api3Mapping::checkPrepaid(prepaid, kInvalidValue);
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
    return Api3Mapping::finish(p, call);
}

QJsonObject LighthouseApiMapper::buildCreateInstancesResponse(const QStringList &instanceIds)
{
    return {{s("InstanceIdSet"), QJsonArray::fromStringList(instanceIds)}};
}

Result<QStringList> LighthouseApiMapper::parseCreateInstancesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, kProduct, kCreateInstances);
    const QStringList ids = p.strings(s("InstanceIdSet"));
    return Api3Mapping::finish(p, ids);
}

} // namespace imprint
