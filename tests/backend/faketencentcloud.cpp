#include "faketencentcloud.h"

#include "apienvelope.h"
#include "apiresponses.h"
#include "cvmapimapper.h"
#include "lighthouseapimapper.h"

#include <QDateTime>

#include <algorithm>

namespace imprint {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

template <typename T> Page<T> slice(QList<T> all, const ListQuery &query)
{
    std::sort(all.begin(), all.end(), [](const T &a, const T &b) { return a.id < b.id; });
    Page<T> page;
    page.totalCount = int(all.size());
    page.items = all.mid(query.offset, query.limit);
    return page;
}

bool matches(const Image &image, const ListQuery &query)
{
    if (!query.ids.isEmpty() && !query.ids.contains(image.id))
        return false;
    for (const ApiFilter &f : query.filters)
        if ((f.name == s("image-name") || f.name == s("blueprint-name")) &&
            !f.values.contains(image.name))
            return false;
    return true;
}

FakeCloudServer::Reply answer(const QJsonObject &fields)
{
    return FakeCloudServer::Reply::ok(fields);
}

FakeCloudServer::Reply refuse(const Error &error, Product product, const QString &action)
{
    const ApiEnvelope e = ApiEnvelope::failure(error, product, action, QStringLiteral("req-x"));
    return FakeCloudServer::Reply::error(e.errorCode(), e.errorMessage());
}

} // namespace

FakeTencentCloud::FakeTencentCloud(FakeCloudServer &server)
{
    server.setHandler([this](const Request &request, int index) {
        if (before)
            if (std::optional<Reply> early = before(request, index))
                return *early;
        Reply reply = handle(request);
        if (loseAnswer && loseAnswer(request, index))
            return Reply::drop();
        return reply;
    });
}

QString FakeTencentCloud::newId(Product product, bool image)
{
    const QString prefix = product == Product::Cvm ? (image ? s("img-") : s("ins-"))
                                                   : (image ? s("lhbp-") : s("lhins-"));
    return prefix + QString::number(m_nextId++).rightJustified(8, QLatin1Char('0'));
}

Region &FakeTencentCloud::addRegion(Product product, const QString &id, const QStringList &zones)
{
    Region r;
    r.id = id;
    r.product = product;
    r.name = id;
    for (const QString &z : zones)
        r.zones << Zone{z, z};
    regions << r;
    return regions.last();
}

Image &FakeTencentCloud::addImage(Product product, const QString &regionId, const QString &name,
                                  ImageState state)
{
    Image m;
    m.id = newId(product, true);
    m.product = product;
    m.regionId = regionId;
    m.name = name;
    m.state = state;
    m.osName = s("Ubuntu Server 22.04 LTS");
    m.systemDiskGiB = 50;
    m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    imagesById.insert(m.id, m);
    return imagesById[m.id];
}

Instance &FakeTencentCloud::addInstance(Product product, const QString &regionId,
                                        const QString &name, InstanceState state)
{
    Instance i;
    i.id = newId(product, false);
    i.product = product;
    i.regionId = regionId;
    i.zoneId = regionId + s("-3");
    i.name = name;
    i.state = state;
    i.instanceType = product == Product::Cvm ? s("S5.MEDIUM4") : s("bundle_basic_2c2g");
    i.cpuCores = 2;
    i.memoryGiB = 4;
    i.osName = s("Ubuntu Server 22.04 LTS");
    i.billing = product == Product::Cvm ? BillingMethod::PayAsYouGo : BillingMethod::Subscription;
    i.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Disk system;
    system.id = s("disk-") + i.id;
    system.sizeGiB = 50;
    i.disks << system;
    instancesById.insert(i.id, i);
    return instancesById[i.id];
}

QList<Image> FakeTencentCloud::images(const QString &name) const
{
    QList<Image> named;
    for (const Image &m : imagesById)
        if (m.name == name)
            named << m;
    return named;
}

FakeCloudServer::Reply FakeTencentCloud::handle(const Request &request)
{
    const bool cvm = request.verification.service == s("cvm");
    const Product product = cvm ? Product::Cvm : Product::Lighthouse;
    const QString &action = request.action;
    const QString &region = request.region;
    const QJsonObject &body = request.body;

    auto inRegion = [&](const auto &record) {
        return record.product == product && record.regionId == region;
    };

    if (action == s("DescribeRegions")) {
        QList<Region> mine;
        for (const Region &r : std::as_const(regions))
            if (r.product == product)
                mine << r;
        return answer(cvm ? CvmApiMapper::buildDescribeRegionsResponse(mine)
                          : LighthouseApiMapper::buildDescribeRegionsResponse(mine));
    }
    if (action == s("DescribeZones")) {
        for (const Region &r : std::as_const(regions))
            if (r.product == product && r.id == region)
                return answer(cvm ? CvmApiMapper::buildDescribeZonesResponse(r.zones)
                                  : LighthouseApiMapper::buildDescribeZonesResponse(r.zones));
        return Reply::error(s("UnsupportedRegion"), s("No such region."));
    }
    if (action == s("DescribeImages") || action == s("DescribeBlueprints")) {
        Result<ListQuery> query = cvm ? CvmApiMapper::parseDescribeImagesRequest(body)
                                      : LighthouseApiMapper::parseDescribeBlueprintsRequest(body);
        if (!query)
            return refuse(query.error(), product, action);
        QList<Image> found;
        for (const Image &m : std::as_const(imagesById))
            if (inRegion(m) && matches(m, query.value()))
                found << m;
        const Page<Image> page = slice(found, query.value());
        return answer(cvm ? CvmApiMapper::buildDescribeImagesResponse(page)
                          : LighthouseApiMapper::buildDescribeBlueprintsResponse(page));
    }
    if (action == s("DescribeInstances")) {
        Result<ListQuery> query = cvm ? CvmApiMapper::parseDescribeInstancesRequest(body)
                                      : LighthouseApiMapper::parseDescribeInstancesRequest(body);
        if (!query)
            return refuse(query.error(), product, action);
        QList<Instance> found;
        for (const Instance &i : std::as_const(instancesById))
            if (inRegion(i) && (query->ids.isEmpty() || query->ids.contains(i.id)))
                found << i;
        const Page<Instance> page = slice(found, query.value());
        return answer(cvm ? CvmApiMapper::buildDescribeInstancesResponse(page)
                          : LighthouseApiMapper::buildDescribeInstancesResponse(page));
    }
    if (action == s("CreateImage") || action == s("CreateBlueprint")) {
        Result<CreateImageRequest> parsed = [&]() -> Result<CreateImageRequest> {
            if (!cvm)
                return LighthouseApiMapper::parseCreateBlueprintRequest(body, region);
            Result<CreateImageCall> call = CvmApiMapper::parseCreateImageRequest(body, region);
            if (!call)
                return call.error();
            return call->request;
        }();
        if (!parsed)
            return refuse(parsed.error(), product, action);
        for (const Image &m : std::as_const(imagesById))
            if (inRegion(m) && m.name == parsed->name)
                return refuse(Error(ErrorCode::DuplicateName,
                                    QStringLiteral("An image named %1 exists.").arg(m.name)),
                              product, action);
        Image &made = addImage(product, region, parsed->name, ImageState::Creating);
        made.sourceInstanceId = parsed->sourceInstanceId;
        return answer(cvm ? CvmApiMapper::buildCreateImageResponse(made.id)
                          : LighthouseApiMapper::buildCreateBlueprintResponse(made.id));
    }
    if (action == s("DeleteImages") || action == s("DeleteBlueprints")) {
        Result<QStringList> ids = [&]() -> Result<QStringList> {
            if (!cvm)
                return LighthouseApiMapper::parseDeleteBlueprintsRequest(body);
            Result<DeleteImagesCall> call = CvmApiMapper::parseDeleteImagesRequest(body);
            if (!call)
                return call.error();
            return call->imageIds;
        }();
        if (!ids)
            return refuse(ids.error(), product, action);
        for (const QString &id : ids.value())
            if (!imagesById.contains(id))
                return refuse(Error(ErrorCode::NotFound, QStringLiteral("No image %1.").arg(id)),
                              product, action);
        for (const QString &id : ids.value())
            imagesById.remove(id);
        return answer(cvm ? CvmApiMapper::buildDeleteImagesResponse()
                          : LighthouseApiMapper::buildDeleteBlueprintsResponse());
    }
    if (action == s("RunInstances") || action == s("CreateInstances")) {
        Result<LaunchCall> call = cvm ? CvmApiMapper::parseRunInstancesRequest(body)
                                      : LighthouseApiMapper::parseCreateInstancesRequest(body);
        if (!call)
            return refuse(call.error(), product, action);
        const QString token = call->request.clientToken;
        QStringList ids = launchesByToken.value(token);
        if (token.isEmpty() || ids.isEmpty()) {
            ++launches;
            for (int n = 0; n < call->request.count; ++n)
                ids << addInstance(product, region, s("launched"), InstanceState::Pending).id;
            if (!token.isEmpty())
                launchesByToken.insert(token, ids);
        }
        return answer(cvm ? CvmApiMapper::buildRunInstancesResponse(ids)
                          : LighthouseApiMapper::buildCreateInstancesResponse(ids));
    }
    if (action == s("StartInstances") || action == s("StopInstances")) {
        const bool start = action == s("StartInstances");
        Result<QStringList> ids =
            cvm ? (start ? CvmApiMapper::parseStartInstancesRequest(body)
                         : CvmApiMapper::parseStopInstancesRequest(body))
                : (start ? LighthouseApiMapper::parseStartInstancesRequest(body)
                         : LighthouseApiMapper::parseStopInstancesRequest(body));
        if (!ids)
            return refuse(ids.error(), product, action);
        for (const QString &id : ids.value())
            instancesById[id].state = start ? InstanceState::Starting : InstanceState::Stopping;
        return answer({});
    }
    if (action == s("SyncImages")) {
        Result<SyncImagesCall> call = CvmApiMapper::parseSyncImagesRequest(body);
        if (!call)
            return refuse(call.error(), product, action);
        if (!imagesById.contains(call->imageId))
            return refuse(Error(ErrorCode::NotFound, s("No such image.")), product, action);
        const Image source = imagesById.value(call->imageId);
        QList<SyncedImage> copies;
        for (const QString &target : call->destinationRegions) {
            const QString name = call->imageName.isEmpty() ? source.name : call->imageName;
            for (const Image &m : std::as_const(imagesById))
                if (m.product == product && m.regionId == target && m.name == name)
                    return refuse(Error(ErrorCode::DuplicateName, s("The name is taken.")), product,
                                  action);
            Image &copy = addImage(product, target, name, ImageState::Copying);
            copy.sourceImageId = source.id;
            copies << SyncedImage{target, copy.id};
        }
        return answer(CvmApiMapper::buildSyncImagesResponse(copies));
    }
    if (action == s("ModifyImageAttribute") || action == s("ModifyBlueprintAttribute")) {
        Result<ImageAttributeChange> change =
            cvm ? CvmApiMapper::parseModifyImageAttributeRequest(body)
                : LighthouseApiMapper::parseModifyBlueprintAttributeRequest(body);
        if (!change)
            return refuse(change.error(), product, action);
        Image &m = imagesById[change->imageId];
        if (change->name)
            m.name = *change->name;
        if (change->description)
            m.description = *change->description;
        return answer({});
    }
    const QString key = productKey(product) + QLatin1Char('/') + region;
    if (action == s("DescribeImageQuota"))
        return answer(CvmApiMapper::buildDescribeImageQuotaResponse(quotas.value(key)));
    if (action == s("DescribeGeneralResourceQuotas")) {
        Result<QStringList> names =
            LighthouseApiMapper::parseDescribeGeneralResourceQuotasRequest(body);
        if (!names)
            return refuse(names.error(), product, action);
        return answer(LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(
            quotas.value(key), names.value()));
    }
    return Reply::error(s("InvalidAction"), QStringLiteral("No action %1 here.").arg(action));
}

} // namespace imprint
