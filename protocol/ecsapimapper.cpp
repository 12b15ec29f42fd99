#include "ecsapimapper.h"

#include "apitime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace imprint {

namespace {

using Need = EcsParams::Need;

const QString kDescribeRegions = QStringLiteral("DescribeRegions");
const QString kDescribeZones = QStringLiteral("DescribeZones");
const QString kDescribeImages = QStringLiteral("DescribeImages");
const QString kDescribeInstances = QStringLiteral("DescribeInstances");
const QString kDescribeDisks = QStringLiteral("DescribeDisks");
const QString kDescribeSnapshots = QStringLiteral("DescribeSnapshots");
const QString kCreateImage = QStringLiteral("CreateImage");
const QString kCopyImage = QStringLiteral("CopyImage");
const QString kCancelCopyImage = QStringLiteral("CancelCopyImage");
const QString kDeleteImage = QStringLiteral("DeleteImage");
const QString kModifyImageAttribute = QStringLiteral("ModifyImageAttribute");
const QString kTagResources = QStringLiteral("TagResources");
const QString kUntagResources = QStringLiteral("UntagResources");
const QString kRunInstances = QStringLiteral("RunInstances");
const QString kStartInstance = QStringLiteral("StartInstance");
const QString kStopInstance = QStringLiteral("StopInstance");

constexpr int kMaxTags = EcsApiMapper::maxTagsPerResource;
const QString kTagFilterPrefix = QStringLiteral("tag:");
constexpr int kMaxTaggedResources = 50;
constexpr int kMaxMappings = 17; // one system disk and xvdb..xvdq data disks
constexpr int kMaxDataDisks = 16;
constexpr int kMaxIds = 100;
constexpr int kMaxClientToken = 64;
constexpr int kMaxAmount = 100;

QString s(const char *text)
{
    return QLatin1String(text);
}

template <typename T> Result<T> finish(const EcsParams &p, T value)
{
    if (!p.ok())
        return p.error();
    return value;
}

bool startsWithReserved(const QString &text)
{
    return text.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("https://"), Qt::CaseInsensitive);
}

// ---- request side ----

EcsPage readPage(EcsParams &p)
{
    EcsPage page;
    page.number = int(p.integer(s("PageNumber"), 1, 1, 1000000));
    page.size = int(p.integer(s("PageSize"), EcsPage::defaultSize, 1, EcsPage::maxSize));
    return page;
}

void writePage(EcsParamWriter &w, const EcsPage &page)
{
    w.setInteger(s("PageNumber"), page.number);
    w.setInteger(s("PageSize"), page.size);
}

QString readRegion(EcsParams &p)
{
    return p.string(s("RegionId"), Need::Required);
}

QString readClientToken(EcsParams &p)
{
    const QString token = p.string(s("ClientToken"));
    static const QRegularExpression ascii(QStringLiteral("^[\\x21-\\x7e]*$"));
    if (token.size() > kMaxClientToken || !ascii.match(token).hasMatch())
        p.fail(s("InvalidClientToken.ValueNotSupported"),
               QStringLiteral("The ClientToken provided is invalid: use at most %1 printable "
                              "ASCII characters.")
                   .arg(kMaxClientToken));
    return token;
}

// Tag.N.Key / Tag.N.Value: at most 20 (reference §2.1); more are refused with `tooManyCode`.
QList<Tag> readTags(EcsParams &p, const QString &tooManyCode = QString())
{
    QList<Tag> tags;
    for (EcsParams entry : p.entries(s("Tag"), kMaxTags, tooManyCode)) {
        Tag t;
        t.key = entry.string(s("Key"), Need::Required);
        t.value = entry.string(s("Value"));
        if (t.key.size() > 128 || startsWithReserved(t.key))
            entry.fail(s("InvalidTagKey.Malformed"),
                       QStringLiteral("The specified parameter \"%1\" is not valid: a tag key "
                                      "has at most 128 characters, does not start with aliyun "
                                      "or acs: and contains no http:// or https://.")
                           .arg(entry.path(s("Key"))));
        if (t.value.size() > 128 ||
            t.value.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive) ||
            t.value.contains(QLatin1String("http://"), Qt::CaseInsensitive) ||
            t.value.contains(QLatin1String("https://"), Qt::CaseInsensitive))
            entry.fail(s("InvalidTagValue.Malformed"),
                       QStringLiteral("The specified parameter \"%1\" is not valid: a tag value "
                                      "has at most 128 characters, does not start with acs: and "
                                      "contains no http:// or https://.")
                           .arg(entry.path(s("Value"))));
        tags << t;
    }
    return tags;
}

void writeTags(EcsParamWriter &w, const QList<Tag> &tags)
{
    for (int i = 0; i < tags.size(); ++i) {
        w.setEntry(s("Tag"), i + 1, s("Key"), tags.at(i).key);
        w.setEntry(s("Tag"), i + 1, s("Value"), tags.at(i).value);
    }
}

EcsDescribeCall readDescribe(EcsParams &p, const QString &idsKey)
{
    EcsDescribeCall call;
    call.regionId = readRegion(p);
    call.ids = p.jsonStrings(idsKey, kMaxIds);
    call.page = readPage(p);
    return call;
}

EcsParamWriter writeDescribe(const EcsDescribeCall &call, const QString &idsKey)
{
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    if (!call.ids.isEmpty())
        w.setJsonStrings(idsKey, call.ids);
    writePage(w, call.page);
    return w;
}

// ---- response side ----

// Reads one answer and remembers the first thing missing or mistyped in it: such an answer
// cannot be trusted, and becomes one RemoteError that says what was wrong.
class Reader
{
public:
    explicit Reader(QString action)
        : m_action(std::move(action))
    {}

    bool ok() const { return m_problem.isEmpty(); }
    Error error() const
    {
        return Error(ErrorCode::RemoteError,
                     QStringLiteral("The answer to %1 could not be read (%2). Check that the "
                                    "endpoint speaks the Alibaba Cloud ECS API.")
                         .arg(m_action, m_problem));
    }
    void fail(const QString &problem)
    {
        if (ok())
            m_problem = problem;
    }

    QString string(const QJsonObject &o, const QString &key, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("\"%1\" is missing").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(QStringLiteral("\"%1\" is not a string").arg(key));
            return {};
        }
        return v.toString();
    }

    // A whole number from 0 to INT_MAX, or a string holding one: ECS writes some sizes as
    // strings ("40"). Every caller narrows to int, so anything larger (TotalCount 2^32 + 1) or
    // not whole is refused here rather than wrapped or replaced by the fallback.
    qint64 integer(const QJsonObject &o, const QString &key, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        bool ok = false;
        qint64 n = 0;
        if (v.isDouble()) {
            const double d = v.toDouble();
            ok = d == std::trunc(d) && d >= 0 && d <= std::numeric_limits<int>::max();
            n = ok ? qint64(d) : 0;
        } else if (v.isString()) {
            n = v.toString().toLongLong(&ok);
            ok = ok && n >= 0 && n <= std::numeric_limits<int>::max();
        }
        if (!ok) {
            fail(QStringLiteral("\"%1\" is not a whole number from 0 to %2")
                     .arg(key)
                     .arg(std::numeric_limits<int>::max()));
            return fallback;
        }
        return n;
    }

    bool boolean(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    }

    // {"Images": {"Image": [...]}}: the objects of the inner array; absent means none.
    QList<QJsonObject> list(const QJsonObject &o, const QString &outer, const QString &inner)
    {
        const QJsonValue v = o.value(outer);
        if (v.isUndefined() || v.isNull())
            return {};
        const QJsonValue items = v.toObject().value(inner);
        if (!v.isObject() || (!items.isUndefined() && !items.isArray())) {
            fail(QStringLiteral("\"%1.%2\" is not a list").arg(outer, inner));
            return {};
        }
        QList<QJsonObject> out;
        for (const QJsonValue &item : items.toArray()) {
            if (!item.isObject()) {
                fail(QStringLiteral("an item of \"%1.%2\" is not an object").arg(outer, inner));
                return {};
            }
            out << item.toObject();
        }
        return out;
    }

    QStringList strings(const QJsonObject &o, const QString &outer, const QString &inner)
    {
        QStringList out;
        for (const QJsonValue &item : o.value(outer).toObject().value(inner).toArray())
            out << item.toString();
        return out;
    }

    QDateTime time(const QJsonObject &o, const QString &key)
    {
        const QString text = string(o, key);
        if (text.isEmpty())
            return {};
        // ECS writes instance times to the minute ("2017-12-10T04:04Z").
        QDateTime t = ApiTime::fromWire(text);
        if (!t.isValid() && text.endsWith(QLatin1Char('Z'))) {
            t = QDateTime::fromString(text.chopped(1), QStringLiteral("yyyy-MM-ddTHH:mm"));
            t.setTimeSpec(Qt::UTC);
        }
        if (!t.isValid())
            fail(QStringLiteral("\"%1\" is not an ISO 8601 time").arg(key));
        return t;
    }

    template <typename T> Result<T> finish(T value) const
    {
        if (!ok())
            return error();
        return value;
    }

private:
    QString m_action;
    QString m_problem;
};

QJsonObject wrapList(const QString &inner, const QJsonArray &items)
{
    return QJsonObject{{inner, items}};
}

QJsonObject pagedResponse(const QString &outer, const QString &inner, const QJsonArray &items,
                          int totalCount, const EcsPage &page)
{
    return QJsonObject{{outer, wrapList(inner, items)},
                       {s("TotalCount"), totalCount},
                       {s("PageNumber"), page.number},
                       {s("PageSize"), page.size}};
}

QString device(int index)
{
    // xvda is the system disk; data disks take xvdb, xvdc, ... in order.
    return QStringLiteral("/dev/xvd") + QChar(QLatin1Char('a').unicode() + index);
}

QString osTypeName(OsType os)
{
    return os == OsType::Windows ? s("windows") : s("linux");
}

OsType osTypeFromName(const QString &name)
{
    return name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0 ? OsType::Windows
                                                                            : OsType::Linux;
}

QString platform(const Image &image)
{
    if (image.osType == OsType::Windows)
        return s("Windows Server 2012");
    const QString first = image.osName.section(QLatin1Char(' '), 0, 0);
    return first.isEmpty() ? s("Others Linux") : first;
}

QJsonObject tagsToJson(const QList<Tag> &tags)
{
    QJsonArray out;
    for (const Tag &t : tags)
        out.append(QJsonObject{{s("TagKey"), t.key}, {s("TagValue"), t.value}});
    return wrapList(s("Tag"), out);
}

} // namespace

// ---- vocabularies ----

QString EcsApiMapper::version()
{
    return s("2014-05-26");
}

QStringList EcsApiMapper::actions()
{
    return {kDescribeRegions, kDescribeZones,        kDescribeImages, kDescribeInstances,
            kDescribeDisks,   kDescribeSnapshots,    kCreateImage,    kCopyImage,
            kCancelCopyImage, kModifyImageAttribute, kDeleteImage,    kTagResources,
            kUntagResources,  kRunInstances,         kStartInstance,  kStopInstance};
}

QString EcsApiMapper::imageStatus(ImageState state)
{
    switch (state) {
    case ImageState::Creating:
    case ImageState::Copying:
        return s("Creating");
    case ImageState::Available:
        return s("Available");
    case ImageState::Failed:
        return s("CreateFailed");
    case ImageState::ToBeRepossessed:
        return s("UnAvailable");
    }
    return s("Creating");
}

ImageState EcsApiMapper::imageStateFromWire(const QString &status, bool isCopied)
{
    if (status == QLatin1String("Available") || status == QLatin1String("Deprecated"))
        return ImageState::Available;
    if (status == QLatin1String("CreateFailed"))
        return ImageState::Failed;
    if (status == QLatin1String("UnAvailable"))
        return ImageState::ToBeRepossessed;
    return isCopied ? ImageState::Copying : ImageState::Creating;
}

QStringList EcsApiMapper::imageStatuses()
{
    return {s("Creating"),    s("Waiting"),      s("Available"),
            s("UnAvailable"), s("CreateFailed"), s("Deprecated")};
}

QString EcsApiMapper::instanceStatus(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return s("Running");
    case InstanceState::Stopping:
        return s("Stopping");
    case InstanceState::Stopped:
        return s("Stopped");
    case InstanceState::Starting:
        return s("Starting");
    case InstanceState::Pending:
        return s("Pending");
    }
    return s("Pending");
}

InstanceState EcsApiMapper::instanceStateFromWire(const QString &status)
{
    if (status == QLatin1String("Running"))
        return InstanceState::Running;
    if (status == QLatin1String("Stopping"))
        return InstanceState::Stopping;
    if (status == QLatin1String("Stopped"))
        return InstanceState::Stopped;
    if (status == QLatin1String("Starting"))
        return InstanceState::Starting;
    return InstanceState::Pending;
}

QString EcsApiMapper::diskCategory(DiskKind kind)
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return s("cloud_essd");
    case DiskKind::CloudSsd:
        return s("cloud_ssd");
    case DiskKind::CloudBasic:
        return s("cloud");
    case DiskKind::EconomyCloud:
        return s("cloud_efficiency");
    case DiskKind::Local:
        return s("ephemeral_ssd");
    }
    return s("cloud_essd");
}

std::optional<DiskKind> EcsApiMapper::diskKindFromCategory(const QString &category)
{
    for (DiskKind k : {DiskKind::CloudPremium, DiskKind::CloudSsd, DiskKind::CloudBasic,
                       DiskKind::EconomyCloud, DiskKind::Local})
        if (diskCategory(k) == category)
            return k;
    if (category.startsWith(QLatin1String("cloud_")))
        return DiskKind::CloudPremium; // cloud_auto, cloud_essd_entry: newer premium kinds
    if (category.startsWith(QLatin1String("local_")))
        return DiskKind::Local;
    return std::nullopt;
}

QString EcsApiMapper::chargeType(BillingMethod billing)
{
    return billing == BillingMethod::Subscription ? s("PrePaid") : s("PostPaid");
}

QString EcsApiMapper::progress(int percent)
{
    return QString::number(qBound(0, percent, 100)) + QLatin1Char('%');
}

std::optional<int> EcsApiMapper::progressFromWire(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 100)
        return std::nullopt;
    return n;
}

QString EcsApiMapper::namePatternToWire(const QString &pattern)
{
    QString out = pattern;
    return out.replace(QLatin1String("{n}"), QLatin1String("[1,1]"));
}

QString EcsApiMapper::namePatternFromWire(const QString &name)
{
    QString out = name;
    return out.replace(QLatin1String("[1,1]"), QLatin1String("{n}"));
}

// ---- DescribeRegions, DescribeZones ----

EcsParamList EcsApiMapper::buildDescribeRegionsRequest()
{
    return {};
}

QJsonObject EcsApiMapper::buildDescribeRegionsResponse(const QList<Region> &regions)
{
    QJsonArray items;
    for (const Region &r : regions)
        items.append(
            QJsonObject{{s("RegionId"), r.id},
                        {s("LocalName"), r.name},
                        {s("RegionEndpoint"), QStringLiteral("ecs.%1.aliyuncs.com").arg(r.id)},
                        {s("Status"), s("available")}});
    return QJsonObject{{s("Regions"), wrapList(s("Region"), items)}};
}

Result<QList<Region>> EcsApiMapper::parseDescribeRegionsResponse(const QJsonObject &response)
{
    Reader r(kDescribeRegions);
    QList<Region> out;
    for (const QJsonObject &o : r.list(response, s("Regions"), s("Region"))) {
        // Regions closed to new resources are of no use to an image console.
        if (r.string(o, s("Status")) == QLatin1String("soldOut"))
            continue;
        Region region;
        region.product = Product::Ecs;
        region.id = r.string(o, s("RegionId"), true);
        region.name = r.string(o, s("LocalName"));
        if (region.name.isEmpty())
            region.name = region.id;
        out << region;
    }
    return r.finish(out);
}

EcsParamList EcsApiMapper::buildDescribeZonesRequest(const QString &regionId)
{
    return {{s("RegionId"), regionId}};
}

Result<QString> EcsApiMapper::parseRegionRequest(const EcsParamList &params, const QString &action)
{
    EcsParams p(params, action);
    const QString region = readRegion(p);
    return finish(p, region);
}

QJsonObject EcsApiMapper::buildDescribeZonesResponse(const QList<Zone> &zones)
{
    QJsonArray items;
    for (const Zone &z : zones)
        items.append(QJsonObject{{s("ZoneId"), z.id}, {s("LocalName"), z.name}});
    return QJsonObject{{s("Zones"), wrapList(s("Zone"), items)}};
}

Result<QList<Zone>> EcsApiMapper::parseDescribeZonesResponse(const QJsonObject &response)
{
    Reader r(kDescribeZones);
    QList<Zone> out;
    for (const QJsonObject &o : r.list(response, s("Zones"), s("Zone"))) {
        Zone z;
        z.id = r.string(o, s("ZoneId"), true);
        z.name = r.string(o, s("LocalName"));
        if (z.name.isEmpty())
            z.name = z.id;
        out << z;
    }
    return r.finish(out);
}

// ---- DescribeImages ----

EcsParamList EcsApiMapper::buildDescribeImagesRequest(const EcsDescribeImagesCall &call)
{
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    if (!call.imageIds.isEmpty())
        w.set(s("ImageId"), call.imageIds.join(QLatin1Char(',')));
    w.setIfNotEmpty(s("ImageName"), call.imageName);
    w.setIfNotEmpty(s("ImageOwnerAlias"), call.ownerAlias);
    // Always sent: the default (Available) would hide images being made.
    w.set(s("Status"), call.statuses.join(QLatin1Char(',')));
    for (int i = 0; i < call.tagFilters.size(); ++i) {
        const ApiFilter &f = call.tagFilters.at(i);
        const bool byValue = f.name.startsWith(kTagFilterPrefix);
        w.setEntry(s("Tag"), i + 1, s("Key"),
                   byValue ? f.name.mid(kTagFilterPrefix.size()) : f.values.value(0));
        if (byValue)
            w.setEntry(s("Tag"), i + 1, s("Value"), f.values.value(0));
    }
    writePage(w, call.page);
    return w.params();
}

Result<EcsDescribeImagesCall> EcsApiMapper::parseDescribeImagesRequest(const EcsParamList &params)
{
    EcsParams p(params, kDescribeImages);
    EcsDescribeImagesCall call;
    call.regionId = readRegion(p);
    call.imageIds = p.commaList(s("ImageId"));
    if (call.imageIds.size() > kMaxIds)
        p.fail(s("InvalidParameter"),
               QStringLiteral("The specified parameter \"ImageId\" names more than %1 images.")
                   .arg(kMaxIds));
    call.imageName = p.string(s("ImageName"));
    call.ownerAlias = p.string(s("ImageOwnerAlias"));
    if (!call.ownerAlias.isEmpty())
        p.checkOneOf(s("ImageOwnerAlias"), call.ownerAlias,
                     {s("system"), s("self"), s("others"), s("marketplace")},
                     s("InvalidImageOwnerAlias.ValueNotSupported"));
    if (p.has(s("Status"))) {
        call.statuses = p.commaList(s("Status"));
        for (const QString &status : std::as_const(call.statuses))
            p.checkOneOf(s("Status"), status, imageStatuses(),
                         s("InvalidStatus.ValueNotSupported"));
    }
    for (EcsParams entry : p.entries(s("Tag"), kMaxTags, s("InvalidTagCount"))) {
        const QString key = entry.string(s("Key"), Need::Required);
        if (entry.has(s("Value")))
            call.tagFilters.append({kTagFilterPrefix + key, {entry.string(s("Value"))}});
        else
            call.tagFilters.append({s("tag-key"), {key}});
    }
    call.page = readPage(p);
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildDescribeImagesResponse(const QList<EcsImageRecord> &images,
                                                      int totalCount, const EcsPage &page,
                                                      const QString &regionId)
{
    QJsonArray items;
    for (const EcsImageRecord &record : images) {
        const Image &i = record.image;
        const bool busy = i.state == ImageState::Creating || i.state == ImageState::Copying;
        const int percent = busy ? i.progress : i.state == ImageState::Available ? 100 : 0;
        QJsonArray mappings;
        mappings.append(QJsonObject{{s("Type"), s("system")},
                                    {s("Device"), device(0)},
                                    {s("SnapshotId"), i.systemSnapshotId},
                                    {s("Size"), QString::number(i.systemDiskGiB)},
                                    {s("Progress"), progress(percent)},
                                    {s("RemainTime"), busy ? record.remainSeconds : 0}});
        for (int d = 0; d < i.dataDisks.size(); ++d)
            mappings.append(QJsonObject{{s("Type"), s("data")},
                                        {s("Device"), device(d + 1)},
                                        {s("SnapshotId"), i.dataDisks.at(d).snapshotId},
                                        {s("Size"), QString::number(i.dataDisks.at(d).sizeGiB)},
                                        {s("Progress"), progress(percent)},
                                        {s("RemainTime"), busy ? record.remainSeconds : 0}});
        items.append(
            QJsonObject{{s("ImageId"), i.id},
                        {s("ImageName"), i.name},
                        {s("Description"), i.description},
                        {s("ImageOwnerAlias"), s("self")},
                        {s("Status"), imageStatus(i.state)},
                        {s("Progress"), progress(percent)},
                        {s("Size"), i.systemDiskGiB},
                        {s("CreationTime"), ApiTime::toJson(i.createdAt)},
                        {s("OSType"), osTypeName(i.osType)},
                        {s("OSName"), i.osName},
                        {s("OSNameEn"), i.osName},
                        {s("Platform"), platform(i)},
                        {s("Architecture"), s("x86_64")},
                        {s("IsCopied"), !i.sourceImageId.isEmpty()},
                        {s("IsPublic"), false},
                        {s("IsSelfShared"), QString()},
                        {s("Usage"), record.inUse ? s("instance") : s("none")},
                        {s("DiskDeviceMappings"), wrapList(s("DiskDeviceMapping"), mappings)},
                        {s("Tags"), tagsToJson(i.tags)}});
    }
    QJsonObject o = pagedResponse(s("Images"), s("Image"), items, totalCount, page);
    o.insert(s("RegionId"), regionId);
    return o;
}

Result<Page<Image>> EcsApiMapper::parseDescribeImagesResponse(const QJsonObject &response,
                                                              const QString &regionId)
{
    Reader r(kDescribeImages);
    Page<Image> page;
    page.totalCount = int(r.integer(response, s("TotalCount")));
    for (const QJsonObject &o : r.list(response, s("Images"), s("Image"))) {
        Image i;
        i.product = Product::Ecs;
        i.regionId = regionId;
        i.id = r.string(o, s("ImageId"), true);
        i.name = r.string(o, s("ImageName"));
        i.description = r.string(o, s("Description"));
        i.state = imageStateFromWire(r.string(o, s("Status")), r.boolean(o, s("IsCopied")));
        i.progress = progressFromWire(r.string(o, s("Progress"))).value_or(0);
        i.osType = osTypeFromName(r.string(o, s("OSType")));
        i.osName = r.string(o, s("OSName"));
        i.systemDiskGiB = int(r.integer(o, s("Size")));
        i.createdAt = r.time(o, s("CreationTime"));
        for (const QJsonObject &m : r.list(o, s("DiskDeviceMappings"), s("DiskDeviceMapping"))) {
            const int size = int(r.integer(m, s("Size")));
            if (r.string(m, s("Type")) == QLatin1String("system")) {
                i.systemSnapshotId = r.string(m, s("SnapshotId"));
                i.systemDiskGiB = size;
            } else {
                i.dataDisks.append({r.string(m, s("SnapshotId")), size});
            }
        }
        for (const QJsonObject &t : r.list(o, s("Tags"), s("Tag")))
            i.tags.append({r.string(t, s("TagKey"), true), r.string(t, s("TagValue"))});
        page.items << i;
    }
    return r.finish(page);
}

// ---- DescribeInstances ----

EcsParamList EcsApiMapper::buildDescribeInstancesRequest(const EcsDescribeCall &call)
{
    return writeDescribe(call, s("InstanceIds")).params();
}

Result<EcsDescribeCall> EcsApiMapper::parseDescribeInstancesRequest(const EcsParamList &params)
{
    EcsParams p(params, kDescribeInstances);
    const EcsDescribeCall call = readDescribe(p, s("InstanceIds"));
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildDescribeInstancesResponse(const Page<Instance> &page,
                                                         const EcsPage &paging)
{
    QJsonArray items;
    for (const Instance &i : page.items)
        items.append(QJsonObject{
            {s("InstanceId"), i.id},
            {s("InstanceName"), i.name},
            {s("RegionId"), i.regionId},
            {s("ZoneId"), i.zoneId},
            {s("Status"), instanceStatus(i.state)},
            {s("InstanceType"), i.instanceType},
            {s("Cpu"), i.cpuCores},
            {s("Memory"), i.memoryGiB * 1024}, // MiB
            {s("ImageId"), i.imageId},
            {s("OSName"), i.osName},
            {s("OSType"), osTypeName(i.osType)},
            {s("InstanceChargeType"), chargeType(i.billing)},
            {s("CreationTime"),
             i.createdAt.isValid()
                 ? i.createdAt.toUTC().toString(s("yyyy-MM-ddTHH:mm")) + QLatin1Char('Z')
                 : QString()},
            {s("OperationLocks"), QJsonObject{{s("LockReason"), QJsonArray()}}}});
    return pagedResponse(s("Instances"), s("Instance"), items, page.totalCount, paging);
}

Result<Page<Instance>> EcsApiMapper::parseDescribeInstancesResponse(const QJsonObject &response,
                                                                    const QString &regionId)
{
    Reader r(kDescribeInstances);
    Page<Instance> page;
    page.totalCount = int(r.integer(response, s("TotalCount")));
    for (const QJsonObject &o : r.list(response, s("Instances"), s("Instance"))) {
        Instance i;
        i.product = Product::Ecs;
        i.regionId = regionId;
        i.id = r.string(o, s("InstanceId"), true);
        i.name = r.string(o, s("InstanceName"));
        i.zoneId = r.string(o, s("ZoneId"));
        i.state = instanceStateFromWire(r.string(o, s("Status")));
        i.instanceType = r.string(o, s("InstanceType"));
        i.cpuCores = int(r.integer(o, s("Cpu")));
        i.memoryGiB = int(r.integer(o, s("Memory")) / 1024);
        i.imageId = r.string(o, s("ImageId"));
        i.osName = r.string(o, s("OSName"));
        i.osType = osTypeFromName(r.string(o, s("OSType")));
        i.billing = r.string(o, s("InstanceChargeType")) == QLatin1String("PrePaid")
                        ? BillingMethod::Subscription
                        : BillingMethod::PayAsYouGo;
        i.createdAt = r.time(o, s("CreationTime"));
        page.items << i;
    }
    return r.finish(page);
}

// ---- DescribeDisks ----

EcsParamList EcsApiMapper::buildDescribeDisksRequest(const EcsDescribeCall &call)
{
    EcsParamWriter w = writeDescribe(call, s("DiskIds"));
    w.setIfNotEmpty(s("InstanceId"), call.instanceId);
    return w.params();
}

Result<EcsDescribeCall> EcsApiMapper::parseDescribeDisksRequest(const EcsParamList &params)
{
    EcsParams p(params, kDescribeDisks);
    EcsDescribeCall call = readDescribe(p, s("DiskIds"));
    call.instanceId = p.string(s("InstanceId"));
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildDescribeDisksResponse(const Page<EcsDisk> &page,
                                                     const EcsPage &paging)
{
    QJsonArray items;
    int dataIndex = 0;
    QString lastInstance;
    for (const EcsDisk &d : page.items) {
        if (d.instanceId != lastInstance)
            dataIndex = 0;
        lastInstance = d.instanceId;
        const bool system = d.disk.role == DiskRole::System;
        items.append(QJsonObject{{s("DiskId"), d.disk.id},
                                 {s("InstanceId"), d.instanceId},
                                 {s("RegionId"), d.regionId},
                                 {s("ZoneId"), d.zoneId},
                                 {s("Type"), system ? s("system") : s("data")},
                                 {s("Category"), diskCategory(d.disk.kind)},
                                 {s("Size"), d.disk.sizeGiB},
                                 {s("Status"), s("In_use")},
                                 {s("Device"), device(system ? 0 : ++dataIndex)}});
    }
    return pagedResponse(s("Disks"), s("Disk"), items, page.totalCount, paging);
}

Result<Page<EcsDisk>> EcsApiMapper::parseDescribeDisksResponse(const QJsonObject &response)
{
    Reader r(kDescribeDisks);
    Page<EcsDisk> page;
    page.totalCount = int(r.integer(response, s("TotalCount")));
    for (const QJsonObject &o : r.list(response, s("Disks"), s("Disk"))) {
        EcsDisk d;
        d.disk.id = r.string(o, s("DiskId"), true);
        d.disk.role =
            r.string(o, s("Type")) == QLatin1String("system") ? DiskRole::System : DiskRole::Data;
        d.disk.kind =
            diskKindFromCategory(r.string(o, s("Category"))).value_or(DiskKind::CloudPremium);
        d.disk.sizeGiB = int(r.integer(o, s("Size")));
        d.instanceId = r.string(o, s("InstanceId"));
        d.regionId = r.string(o, s("RegionId"));
        d.zoneId = r.string(o, s("ZoneId"));
        page.items << d;
    }
    return r.finish(page);
}

void EcsApiMapper::attachDisks(QList<Instance> &instances, const QList<EcsDisk> &disks)
{
    for (Instance &i : instances) {
        i.disks.clear();
        for (const EcsDisk &d : disks)
            if (d.instanceId == i.id && d.disk.role == DiskRole::System)
                i.disks.append(d.disk);
        for (const EcsDisk &d : disks)
            if (d.instanceId == i.id && d.disk.role == DiskRole::Data)
                i.disks.append(d.disk);
    }
}

// ---- DescribeSnapshots ----

EcsParamList EcsApiMapper::buildDescribeSnapshotsRequest(const EcsDescribeCall &call)
{
    EcsParamWriter w = writeDescribe(call, s("SnapshotIds"));
    w.setIfNotEmpty(s("InstanceId"), call.instanceId);
    w.setIfNotEmpty(s("DiskId"), call.diskId);
    return w.params();
}

Result<EcsDescribeCall> EcsApiMapper::parseDescribeSnapshotsRequest(const EcsParamList &params)
{
    EcsParams p(params, kDescribeSnapshots);
    EcsDescribeCall call = readDescribe(p, s("SnapshotIds"));
    call.instanceId = p.string(s("InstanceId"));
    call.diskId = p.string(s("DiskId"));
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildDescribeSnapshotsResponse(const Page<Snapshot> &page,
                                                         const EcsPage &paging)
{
    QJsonArray items;
    for (const Snapshot &sn : page.items) {
        const bool done = sn.state == SnapshotState::Available;
        items.append(QJsonObject{
            {s("SnapshotId"), sn.id},
            {s("SnapshotName"), sn.name},
            {s("RegionId"), sn.regionId},
            {s("Status"), done ? s("accomplished") : s("progressing")},
            {s("Progress"), progress(done ? 100 : 0)},
            {s("SourceDiskId"), sn.sourceDiskId},
            {s("SourceDiskSize"), QString::number(sn.sizeGiB)},
            {s("SourceDiskType"), sn.role == DiskRole::System ? s("System") : s("Data")},
            {s("Usage"), sn.imageId.isEmpty() ? s("none") : s("image")},
            {s("Encrypted"), sn.encrypted},
            {s("CreationTime"), ApiTime::toJson(sn.createdAt)}});
    }
    return pagedResponse(s("Snapshots"), s("Snapshot"), items, page.totalCount, paging);
}

Result<Page<Snapshot>> EcsApiMapper::parseDescribeSnapshotsResponse(const QJsonObject &response,
                                                                    const QString &regionId)
{
    Reader r(kDescribeSnapshots);
    Page<Snapshot> page;
    page.totalCount = int(r.integer(response, s("TotalCount")));
    for (const QJsonObject &o : r.list(response, s("Snapshots"), s("Snapshot"))) {
        Snapshot sn;
        sn.product = Product::Ecs;
        sn.regionId = regionId;
        sn.id = r.string(o, s("SnapshotId"), true);
        sn.name = r.string(o, s("SnapshotName"));
        sn.state = r.string(o, s("Status")) == QLatin1String("progressing")
                       ? SnapshotState::Creating
                       : SnapshotState::Available;
        sn.sourceDiskId = r.string(o, s("SourceDiskId"));
        sn.sizeGiB = int(r.integer(o, s("SourceDiskSize")));
        sn.role = r.string(o, s("SourceDiskType"))
                              .compare(QLatin1String("system"), Qt::CaseInsensitive) == 0
                      ? DiskRole::System
                      : DiskRole::Data;
        sn.encrypted = r.boolean(o, s("Encrypted"));
        sn.createdAt = r.time(o, s("CreationTime"));
        page.items << sn;
    }
    return r.finish(page);
}

void EcsApiMapper::joinSnapshots(QList<Snapshot> &snapshots, const QList<EcsDisk> &disks,
                                 const QList<Image> &images)
{
    for (Snapshot &sn : snapshots) {
        for (const EcsDisk &d : disks) {
            if (d.disk.id == sn.sourceDiskId) {
                sn.zoneId = d.zoneId;
                sn.sourceInstanceId = d.instanceId;
                sn.diskKind = d.disk.kind;
            }
        }
        for (const Image &i : images)
            if (i.snapshotIds().contains(sn.id))
                sn.imageId = i.id;
    }
}

// ---- CreateImage ----

EcsParamList EcsApiMapper::buildCreateImageRequest(const EcsCreateImageCall &call)
{
    const CreateImageRequest &r = call.request;
    EcsParamWriter w;
    w.set(s("RegionId"), r.regionId);
    w.setIfNotEmpty(s("ImageName"), r.name);
    w.setIfNotEmpty(s("Description"), r.description);
    if (!r.sourceInstanceId.isEmpty()) {
        w.set(s("InstanceId"), r.sourceInstanceId);
    } else if (!call.mappings.isEmpty()) {
        for (int i = 0; i < call.mappings.size(); ++i) {
            const EcsDiskMapping &m = call.mappings.at(i);
            const QString list = s("DiskDeviceMapping");
            w.setEntry(list, i + 1, s("DiskType"),
                       m.role == DiskRole::System ? s("system") : s("data"));
            if (!m.snapshotId.isEmpty())
                w.setEntry(list, i + 1, s("SnapshotId"), m.snapshotId);
            if (m.sizeGiB > 0)
                w.setEntry(list, i + 1, s("Size"), QString::number(m.sizeGiB));
            if (!m.device.isEmpty())
                w.setEntry(list, i + 1, s("Device"), m.device);
        }
    } else if (!r.snapshotIds.isEmpty()) {
        w.set(s("SnapshotId"), r.snapshotIds.constFirst());
    }
    writeTags(w, r.tags);
    w.setIfNotEmpty(s("ClientToken"), r.clientToken);
    return w.params();
}

Result<EcsCreateImageCall> EcsApiMapper::parseCreateImageRequest(const EcsParamList &params)
{
    EcsParams p(params, kCreateImage);
    EcsCreateImageCall call;
    CreateImageRequest &r = call.request;
    r.product = Product::Ecs;
    r.regionId = readRegion(p);
    r.name = p.string(s("ImageName"));
    r.description = p.string(s("Description"));
    const QString instanceId = p.string(s("InstanceId"));
    const QString snapshotId = p.string(s("SnapshotId"));
    const QList<EcsParams> entries = p.entries(s("DiskDeviceMapping"), kMaxMappings);

    // Precedence when several are given: InstanceId > DiskDeviceMapping > SnapshotId (§2.1).
    if (!instanceId.isEmpty()) {
        r.sourceInstanceId = instanceId;
    } else if (!entries.isEmpty()) {
        QStringList devices;
        for (EcsParams e : entries) {
            EcsDiskMapping m;
            const QString type = e.string(s("DiskType"));
            if (!type.isEmpty())
                e.checkOneOf(s("DiskType"), type, {s("system"), s("data")}, s("InvalidParameter"));
            m.role = type == QLatin1String("system") ? DiskRole::System : DiskRole::Data;
            m.snapshotId = e.string(s("SnapshotId"));
            m.sizeGiB = int(e.integer(s("Size"), 0, 1, 32768));
            m.device = e.string(s("Device"));
            static const QRegularExpression deviceForm(QStringLiteral("^/dev/(xvd|vd)[b-z]$"));
            if (!m.device.isEmpty()) {
                if (!deviceForm.match(m.device).hasMatch() && m.role == DiskRole::Data)
                    e.fail(s("InvalidDevice.Malformed"),
                           QStringLiteral("The specified parameter \"%1\" is not valid: a data "
                                          "disk's device is /dev/xvdb to /dev/xvdz.")
                               .arg(e.path(s("Device"))));
                if (devices.contains(m.device))
                    e.fail(s("InvalidDevice.InUse"),
                           QStringLiteral("The specified device %1 is given twice.").arg(m.device));
                devices << m.device;
            }
            if (m.role == DiskRole::System && m.snapshotId.isEmpty())
                e.fail(s("MissingParameter"),
                       QStringLiteral("The input parameter \"%1\" that is mandatory for a "
                                      "system disk is not supplied.")
                           .arg(e.path(s("SnapshotId"))));
            if (m.snapshotId.isEmpty() && m.sizeGiB > 0 && (m.sizeGiB < 5 || m.sizeGiB > 2000))
                e.fail(s("InvalidSize.ValueNotSupported"),
                       QStringLiteral("The specified parameter \"%1\" is not valid: an empty "
                                      "data disk has 5 to 2000 GiB.")
                           .arg(e.path(s("Size"))));
            call.mappings << m;
        }
        // The system snapshot first, then the data snapshots in mapping order; which is which
        // (and whether there is exactly one system snapshot) the engine decides from the
        // snapshots themselves.
        for (const EcsDiskMapping &m : std::as_const(call.mappings))
            if (m.role == DiskRole::System)
                r.snapshotIds << m.snapshotId;
        for (const EcsDiskMapping &m : std::as_const(call.mappings))
            if (m.role == DiskRole::Data && !m.snapshotId.isEmpty())
                r.snapshotIds << m.snapshotId;
    } else if (!snapshotId.isEmpty()) {
        r.snapshotIds << snapshotId;
    } else {
        p.fail(s("MissingParameter"),
               QStringLiteral("The input parameter \"InstanceId\", \"SnapshotId\" or "
                              "\"DiskDeviceMapping\" that is mandatory for processing this "
                              "request is not supplied."));
    }
    r.tags = readTags(p);
    r.clientToken = readClientToken(p);
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildImageIdResponse(const QString &imageId)
{
    return QJsonObject{{s("ImageId"), imageId}};
}

Result<QString> EcsApiMapper::parseImageIdResponse(const QJsonObject &response)
{
    Reader r(kCreateImage);
    const QString id = r.string(response, s("ImageId"), true);
    return r.finish(id);
}

// ---- CopyImage, CancelCopyImage, DeleteImage, ModifyImageAttribute ----

EcsParamList EcsApiMapper::buildCopyImageRequest(const EcsCopyImageCall &call)
{
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    w.set(s("ImageId"), call.copy.imageId);
    w.set(s("DestinationRegionId"), call.copy.targetRegionId);
    w.setIfNotEmpty(s("DestinationImageName"), call.copy.name);
    w.setIfNotEmpty(s("DestinationDescription"), call.description);
    writeTags(w, call.copy.tags.value_or(QList<Tag>()));
    w.setIfNotEmpty(s("ClientToken"), call.copy.clientToken);
    return w.params();
}

Result<EcsCopyImageCall> EcsApiMapper::parseCopyImageRequest(const EcsParamList &params)
{
    EcsParams p(params, kCopyImage);
    EcsCopyImageCall call;
    call.regionId = readRegion(p);
    call.copy.imageId = p.string(s("ImageId"), Need::Required);
    call.copy.targetRegionId = p.string(s("DestinationRegionId"), Need::Required);
    call.copy.name = p.string(s("DestinationImageName"));
    call.description = p.string(s("DestinationDescription"));
    if (const QList<Tag> tags = readTags(p); !tags.isEmpty())
        call.copy.tags = tags;
    call.copy.clientToken = readClientToken(p);
    return finish(p, call);
}

EcsParamList EcsApiMapper::buildCancelCopyImageRequest(const EcsImageCall &call)
{
    return {{s("RegionId"), call.regionId}, {s("ImageId"), call.imageId}};
}

Result<EcsImageCall> EcsApiMapper::parseCancelCopyImageRequest(const EcsParamList &params)
{
    EcsParams p(params, kCancelCopyImage);
    EcsImageCall call;
    call.regionId = readRegion(p);
    call.imageId = p.string(s("ImageId"), Need::Required);
    return finish(p, call);
}

EcsParamList EcsApiMapper::buildDeleteImageRequest(const EcsImageCall &call)
{
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    w.set(s("ImageId"), call.imageId);
    if (call.force)
        w.setBoolean(s("Force"), true);
    return w.params();
}

Result<EcsImageCall> EcsApiMapper::parseDeleteImageRequest(const EcsParamList &params)
{
    EcsParams p(params, kDeleteImage);
    EcsImageCall call;
    call.regionId = readRegion(p);
    call.imageId = p.string(s("ImageId"), Need::Required);
    call.force = p.boolean(s("Force"), false);
    return finish(p, call);
}

EcsParamList EcsApiMapper::buildModifyImageAttributeRequest(const EcsModifyImageCall &call)
{
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    w.set(s("ImageId"), call.change.imageId);
    if (call.change.name)
        w.set(s("ImageName"), *call.change.name);
    if (call.change.description)
        w.set(s("Description"), *call.change.description);
    return w.params();
}

Result<EcsModifyImageCall>
EcsApiMapper::parseModifyImageAttributeRequest(const EcsParamList &params)
{
    EcsParams p(params, kModifyImageAttribute);
    EcsModifyImageCall call;
    call.regionId = readRegion(p);
    call.change.imageId = p.string(s("ImageId"), Need::Required);
    if (p.has(s("ImageName")))
        call.change.name = p.string(s("ImageName"));
    if (p.has(s("Description")))
        call.change.description = p.string(s("Description"));
    // Deprecation is not modelled: an image is either usable or not. Asking for Available is
    // what every image already is; Deprecated is refused rather than silently ignored.
    const QString status = p.string(s("Status"));
    if (!status.isEmpty())
        p.checkOneOf(s("Status"), status, {s("Available")}, s("InvalidParameter"));
    return finish(p, call);
}

// ---- TagResources, UntagResources ----

namespace {

void writeTagTarget(EcsParamWriter &w, const EcsTagResourcesCall &call)
{
    w.set(s("RegionId"), call.regionId);
    w.set(s("ResourceType"), call.resourceType);
    for (int i = 0; i < call.resourceIds.size(); ++i)
        w.set(s("ResourceId.%1").arg(i + 1), call.resourceIds.at(i));
}

// RegionId, ResourceType (one of the documented types), ResourceId.N.
EcsTagResourcesCall readTagTarget(EcsParams &p)
{
    static const QStringList types{s("instance"),
                                   s("disk"),
                                   s("snapshot"),
                                   s("image"),
                                   s("securitygroup"),
                                   s("volume"),
                                   s("eni"),
                                   s("ddh"),
                                   s("ddhcluster"),
                                   s("keypair"),
                                   s("launchtemplate"),
                                   s("reservedinstance"),
                                   s("snapshotpolicy"),
                                   s("elasticityassurance"),
                                   s("capacityreservation")};
    EcsTagResourcesCall call;
    call.regionId = readRegion(p);
    if (!p.has(s("ResourceType")))
        p.fail(s("MissingParameter.ResourceType"),
               QStringLiteral("The parameter - ResourceType should not be null"));
    call.resourceType = p.string(s("ResourceType"));
    if (p.ok() && !types.contains(call.resourceType))
        p.fail(s("InvalidResourceType.NotFound"),
               QStringLiteral("The ResourceType provided does not exist in our records."));
    call.resourceIds =
        p.values(s("ResourceId"), kMaxTaggedResources, s("NumberExceed.ResourceIds"));
    if (p.ok() && call.resourceIds.isEmpty())
        p.fail(s("MissingParameter"), QStringLiteral("The input parameter \"ResourceId.1\" that "
                                                     "is mandatory for processing this request "
                                                     "is not supplied."));
    return call;
}

void refuseDuplicateKeys(EcsParams &p, const QStringList &keys)
{
    if (p.ok() && QSet<QString>(keys.cbegin(), keys.cend()).size() != keys.size())
        p.fail(s("Duplicate.TagKey"), QStringLiteral("The Tag.N.Key contain duplicate key."));
}

} // namespace

EcsParamList EcsApiMapper::buildTagResourcesRequest(const EcsTagResourcesCall &call)
{
    EcsParamWriter w;
    writeTagTarget(w, call);
    writeTags(w, call.tags);
    return w.params();
}

Result<EcsTagResourcesCall> EcsApiMapper::parseTagResourcesRequest(const EcsParamList &params)
{
    EcsParams p(params, kTagResources);
    EcsTagResourcesCall call = readTagTarget(p);
    call.tags = readTags(p, s("NumberExceed.Tags"));
    if (p.ok() && call.tags.isEmpty())
        p.fail(s("MissingParameter.Tags"),
               QStringLiteral("The parameter - Tags should not be null"));
    QStringList keys;
    for (const Tag &tag : std::as_const(call.tags))
        keys << tag.key;
    refuseDuplicateKeys(p, keys);
    return finish(p, call);
}

EcsParamList EcsApiMapper::buildUntagResourcesRequest(const EcsTagResourcesCall &call)
{
    EcsParamWriter w;
    writeTagTarget(w, call);
    for (int i = 0; i < call.tagKeys.size(); ++i)
        w.set(s("TagKey.%1").arg(i + 1), call.tagKeys.at(i));
    if (call.all && call.tagKeys.isEmpty())
        w.setBoolean(s("All"), true);
    return w.params();
}

Result<EcsTagResourcesCall> EcsApiMapper::parseUntagResourcesRequest(const EcsParamList &params)
{
    EcsParams p(params, kUntagResources);
    EcsTagResourcesCall call = readTagTarget(p);
    call.tagKeys = p.values(s("TagKey"), kMaxTags, s("NumberExceed.Tags"));
    // All counts only without TagKey.N, as documented.
    call.all = call.tagKeys.isEmpty() && p.boolean(s("All"), false);
    if (p.ok() && call.tagKeys.isEmpty() && !call.all)
        p.fail(s("MissingParameter.Tags"),
               QStringLiteral("The parameter - Tags should not be null"));
    for (const QString &key : std::as_const(call.tagKeys))
        if (p.ok() && key.isEmpty())
            p.fail(s("InvalidTagKey.Malformed"),
                   QStringLiteral("The specified Tag.n.Key is not valid."));
    refuseDuplicateKeys(p, call.tagKeys);
    return finish(p, call);
}

// ---- RunInstances ----

EcsParamList EcsApiMapper::buildRunInstancesRequest(const EcsRunInstancesCall &call)
{
    const LaunchRequest &r = call.launch.request;
    EcsParamWriter w;
    w.set(s("RegionId"), call.regionId);
    w.set(s("ImageId"), r.imageId);
    w.set(s("InstanceType"), r.instanceType);
    w.setIfNotEmpty(s("ZoneId"), r.zoneId);
    w.setInteger(s("Amount"), r.count);
    w.setIfNotEmpty(s("InstanceName"), namePatternToWire(r.namePattern));
    w.set(s("InstanceChargeType"), chargeType(r.billing));
    w.set(s("SystemDisk.Category"), diskCategory(r.systemDiskKind));
    if (call.launch.systemDiskGiB > 0)
        w.setInteger(s("SystemDisk.Size"), call.launch.systemDiskGiB);
    for (int i = 0; i < call.launch.dataDisks.size(); ++i) {
        const ImageDataDisk &d = call.launch.dataDisks.at(i);
        if (!d.snapshotId.isEmpty())
            w.setEntry(s("DataDisk"), i + 1, s("SnapshotId"), d.snapshotId);
        w.setEntry(s("DataDisk"), i + 1, s("Size"), QString::number(d.sizeGiB));
        w.setEntry(s("DataDisk"), i + 1, s("Category"), diskCategory(r.dataDiskKind));
    }
    w.setIfNotEmpty(s("ClientToken"), r.clientToken);
    if (call.launch.dryRun)
        w.setBoolean(s("DryRun"), true);
    writeTags(w, call.tags);
    return w.params();
}

Result<EcsRunInstancesCall> EcsApiMapper::parseRunInstancesRequest(const EcsParamList &params)
{
    EcsParams p(params, kRunInstances);
    EcsRunInstancesCall call;
    LaunchRequest &r = call.launch.request;
    call.regionId = readRegion(p);
    r.imageId = p.string(s("ImageId"), Need::Required);
    r.instanceType = p.string(s("InstanceType"), Need::Required);
    r.zoneId = p.string(s("ZoneId"));
    r.count = int(p.integer(s("Amount"), 1, 1, kMaxAmount));
    r.namePattern = namePatternFromWire(p.string(s("InstanceName")));
    const QString charge = p.string(s("InstanceChargeType"));
    if (!charge.isEmpty())
        p.checkOneOf(s("InstanceChargeType"), charge, {s("PostPaid"), s("PrePaid")},
                     s("InvalidInstanceChargeType.NotFound"));
    r.billing = charge == QLatin1String("PrePaid") ? BillingMethod::Subscription
                                                   : BillingMethod::PayAsYouGo;
    auto category = [](EcsParams &params, const QString &key, const char *code) {
        const QString text = params.string(key);
        if (text.isEmpty())
            return DiskKind::CloudPremium;
        const std::optional<DiskKind> kind = diskKindFromCategory(text);
        if (!kind)
            params.fail(QLatin1String(code),
                        QStringLiteral("The specified parameter \"%1\" is not valid: \"%2\" is "
                                       "not a disk category.")
                            .arg(params.path(key), text));
        return kind.value_or(DiskKind::CloudPremium);
    };
    r.systemDiskKind =
        category(p, s("SystemDisk.Category"), "InvalidSystemDiskCategory.ValueNotSupported");
    call.launch.systemDiskGiB = int(p.integer(s("SystemDisk.Size"), 0, 20, 2048));
    bool firstData = true;
    for (EcsParams e : p.entries(s("DataDisk"), kMaxDataDisks)) {
        ImageDataDisk d;
        d.snapshotId = e.string(s("SnapshotId"));
        d.sizeGiB = int(e.integer(s("Size"), 0, 1, 32768));
        const DiskKind kind =
            category(e, s("Category"), "InvalidDataDiskCategory.ValueNotSupported");
        if (firstData)
            r.dataDiskKind = kind;
        firstData = false;
        call.launch.dataDisks << d;
    }
    r.clientToken = readClientToken(p);
    call.launch.dryRun = p.boolean(s("DryRun"), false);
    call.tags = readTags(p);
    return finish(p, call);
}

QJsonObject EcsApiMapper::buildRunInstancesResponse(const QStringList &instanceIds)
{
    return QJsonObject{
        {s("InstanceIdSets"),
         QJsonObject{{s("InstanceIdSet"), QJsonArray::fromStringList(instanceIds)}}}};
}

Result<QStringList> EcsApiMapper::parseRunInstancesResponse(const QJsonObject &response)
{
    Reader r(kRunInstances);
    const QJsonValue sets = response.value(s("InstanceIdSets"));
    if (!sets.toObject().value(s("InstanceIdSet")).isArray())
        r.fail(s("\"InstanceIdSets.InstanceIdSet\" is missing"));
    return r.finish(r.strings(response, s("InstanceIdSets"), s("InstanceIdSet")));
}

// ---- StartInstance, StopInstance ----

EcsParamList EcsApiMapper::buildStartInstanceRequest(const EcsPowerCall &call)
{
    return {{s("InstanceId"), call.instanceId}};
}

Result<EcsPowerCall> EcsApiMapper::parseStartInstanceRequest(const EcsParamList &params)
{
    EcsParams p(params, kStartInstance);
    EcsPowerCall call;
    call.instanceId = p.string(s("InstanceId"), Need::Required);
    return finish(p, call);
}

EcsParamList EcsApiMapper::buildStopInstanceRequest(const EcsPowerCall &call)
{
    EcsParamWriter w;
    w.set(s("InstanceId"), call.instanceId);
    if (call.forceStop)
        w.setBoolean(s("ForceStop"), true);
    return w.params();
}

Result<EcsPowerCall> EcsApiMapper::parseStopInstanceRequest(const EcsParamList &params)
{
    EcsParams p(params, kStopInstance);
    EcsPowerCall call;
    call.instanceId = p.string(s("InstanceId"), Need::Required);
    call.forceStop = p.boolean(s("ForceStop"), false);
    return finish(p, call);
}

} // namespace imprint
