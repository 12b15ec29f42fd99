#include "uhostproductapi.h"

#include "productpolicy.h"
#include "uhostapimapper.h"

#include <QCoreApplication>

namespace imprint {

namespace {

using M = UHostApiMapper;

QString s(const char *text)
{
    return QLatin1String(text);
}

// The mapper's parameters, carried as the transport expects them (UCloudTransport adds Action
// and signs).
RemoteRequest request(const UCloudParams &params, const QString &regionId)
{
    RemoteRequest r;
    r.product = Product::UHost;
    r.action = params.value(s("Action"));
    r.region = regionId;
    UCloudParams rest = params;
    rest.remove(s("Action"));
    r.body = rest.toJson();
    return r;
}

// Every project: UCloud's default project on a real account, every project on imprint-sim
// (UHostApiMapper explains the difference).
UHostScope scopeOf(const QString &regionId)
{
    return {regionId, {}, {}};
}

UHostListQuery listQuery(const ResourceQuery &query, int maxPage)
{
    // DescribeImage has no name selection: a name query lists every custom image, and the
    // engine keeps those with exactly that name.
    return {query.ids, query.offset, qBound(1, query.limit, maxPage)};
}

} // namespace

UHostProductApi::UHostProductApi(bool canRename)
    : m_canRename(canRename)
{}

bool UHostProductApi::ownsId(const QString &id) const
{
    return id.startsWith(s("uhost-")) || id.startsWith(s("uimage-"));
}

int UHostProductApi::maxPageSize() const
{
    return UHostListQuery::maxLimit;
}

RemoteRequest UHostProductApi::listRegions() const
{
    return request(M::buildGetRegionRequest(), {});
}

Result<QList<Region>> UHostProductApi::parseRegions(const QJsonObject &answer) const
{
    return M::parseGetRegionResponse(answer);
}

std::optional<RemoteRequest> UHostProductApi::listZones(const QString &) const
{
    return std::nullopt; // GetRegion lists the zones with their regions
}

Result<QList<Zone>> UHostProductApi::parseZones(const QJsonObject &) const
{
    return QList<Zone>();
}

RemoteRequest UHostProductApi::listImages(const QString &regionId, const ResourceQuery &query) const
{
    return request(M::buildDescribeImageRequest(scopeOf(regionId), listQuery(query, maxPageSize())),
                   regionId);
}

Result<Page<Image>> UHostProductApi::parseImages(const QJsonObject &answer,
                                                 const QString &regionId) const
{
    return M::parseDescribeImageResponse(answer, scopeOf(regionId));
}

RemoteRequest UHostProductApi::listInstances(const QString &regionId,
                                             const ResourceQuery &query) const
{
    return request(
        M::buildDescribeUHostInstanceRequest(scopeOf(regionId), listQuery(query, maxPageSize())),
        regionId);
}

Result<Page<Instance>> UHostProductApi::parseInstances(const QJsonObject &answer,
                                                       const QString &regionId) const
{
    return M::parseDescribeUHostInstanceResponse(answer, scopeOf(regionId));
}

std::optional<RemoteRequest> UHostProductApi::imageQuota(const QString &regionId) const
{
    // UCloud publishes no quota API: the count in use is one image's worth of the custom image
    // list (its TotalCount); the quota is the seed's figure for the region.
    return request(M::buildDescribeImageRequest(scopeOf(regionId), {{}, 0, 1}), regionId);
}

Result<ImageQuota> UHostProductApi::parseImageQuota(const QJsonObject &answer,
                                                    const QString &regionId) const
{
    const Result<Page<Image>> page = parseImages(answer, regionId);
    if (!page)
        return page.error();
    ImageQuota quota;
    quota.product = Product::UHost;
    quota.regionId = regionId;
    quota.used = page->totalCount;
    quota.quota = ProductPolicy::forProduct(Product::UHost).customImageQuota(regionId);
    return quota;
}

RemoteRequest UHostProductApi::createImage(const CreateImageRequest &create) const
{
    return request(M::buildCreateCustomImageRequest(scopeOf(create.regionId), create),
                   create.regionId);
}

Result<QString> UHostProductApi::parseCreateImage(const QJsonObject &answer) const
{
    const Result<UHostCreatedImage> created = M::parseCreateCustomImageResponse(answer);
    if (!created)
        return created.error();
    return created->imageId;
}

std::optional<RemoteRequest> UHostProductApi::copyImage(const Image &source,
                                                        const CopyImageRequest &copy) const
{
    // The source's project, as CopyCustomImage's ProjectId scopes SourceImageId.
    return request(M::buildCopyCustomImageRequest({source.regionId, {}, source.projectId}, copy),
                   source.regionId);
}

Result<QString> UHostProductApi::parseCopyImage(const QJsonObject &answer, const QString &) const
{
    return M::parseCopyCustomImageResponse(answer);
}

RemoteRequest UHostProductApi::editImage(const Image &image, const EditImageRequest &edit) const
{
    return request(M::buildRenameImageRequest({image.regionId, {}, image.projectId},
                                              ImageAttributeChange::fromEdit(edit)),
                   image.regionId);
}

RemoteRequest UHostProductApi::deleteImages(const QString &regionId, const QStringList &ids) const
{
    // maxImagesPerDelete() is 1: the engine sends one id per call.
    return request(M::buildTerminateCustomImageRequest(scopeOf(regionId), ids.value(0)), regionId);
}

Status UHostProductApi::parseDeleteImages(const QJsonObject &answer) const
{
    const Result<QString> id = M::parseImageIdResponse(answer, s("TerminateCustomImage"));
    if (!id)
        return id.error();
    return {};
}

RemoteRequest UHostProductApi::powerInstance(const Instance &instance, bool start) const
{
    return request(M::buildPowerRequest(start ? s("StartUHostInstance") : s("StopUHostInstance"),
                                        {instance.regionId, instance.zoneId, instance.projectId},
                                        instance.id),
                   instance.regionId);
}

RemoteRequest UHostProductApi::launchInstances(const Image &image,
                                               const LaunchRequest &launch) const
{
    LaunchCall call;
    call.request = launch;
    call.dataDisks = image.dataDisks;
    call.systemDiskGiB = image.systemDiskGiB;
    return request(
        M::buildCreateUHostInstanceRequest({image.regionId, launch.zoneId, image.projectId}, call),
        image.regionId);
}

Result<QStringList> UHostProductApi::parseLaunchInstances(const QJsonObject &answer) const
{
    return M::parseCreateUHostInstanceResponse(answer);
}

std::optional<RemoteRequest> UHostProductApi::listProjects() const
{
    return request(M::buildGetProjectListRequest(), {});
}

Result<QStringList> UHostProductApi::parseProjects(const QJsonObject &answer) const
{
    return M::parseGetProjectListResponse(answer);
}

QString UHostProductApi::editUnavailableReason() const
{
    if (m_canRename)
        return {};
    return QCoreApplication::translate(
        "UHostProductApi",
        "Editing is unavailable over the API: UCloud's public API has no action for renaming "
        "an image or changing its remarks. Rename it in the UCloud console.");
}

} // namespace imprint
