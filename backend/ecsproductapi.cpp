#include "ecsproductapi.h"

#include "ecsapimapper.h"
#include "ecspolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace imprint {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

EcsPage pageOf(const ResourceQuery &query)
{
    EcsPage page;
    page.size = qBound(1, query.limit, EcsPage::maxSize);
    // The engine pages in steps of its limit, so the offset is a whole number of pages.
    page.number = query.offset / page.size + 1;
    return page;
}

} // namespace

bool EcsProductApi::ownsId(const QString &id) const
{
    for (const char *prefix : {"m-", "i-", "s-", "d-"})
        if (id.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

int EcsProductApi::maxPageSize() const
{
    return EcsPage::maxSize;
}

RemoteRequest EcsProductApi::request(const QString &action, const QString &regionId,
                                     const EcsParamList &params) const
{
    RemoteRequest r;
    r.product = Product::Ecs;
    r.action = action;
    r.region = regionId;
    r.body = EcsParams::toJson(params);
    return r;
}

RemoteRequest EcsProductApi::listRegions() const
{
    return request(s("DescribeRegions"), {}, EcsApiMapper::buildDescribeRegionsRequest());
}

Result<QList<Region>> EcsProductApi::parseRegions(const QJsonObject &answer) const
{
    return EcsApiMapper::parseDescribeRegionsResponse(answer);
}

std::optional<RemoteRequest> EcsProductApi::listZones(const QString &regionId) const
{
    return request(s("DescribeZones"), regionId, EcsApiMapper::buildDescribeZonesRequest(regionId));
}

Result<QList<Zone>> EcsProductApi::parseZones(const QJsonObject &answer) const
{
    return EcsApiMapper::parseDescribeZonesResponse(answer);
}

RemoteRequest EcsProductApi::listImages(const QString &regionId, const ResourceQuery &query) const
{
    EcsDescribeImagesCall call;
    call.regionId = regionId;
    call.imageIds = query.ids;
    call.imageName = query.name;
    call.ownerAlias = s("self");
    call.statuses = EcsApiMapper::imageStatuses();
    call.page = pageOf(query);
    return request(s("DescribeImages"), regionId, EcsApiMapper::buildDescribeImagesRequest(call));
}

Result<Page<Image>> EcsProductApi::parseImages(const QJsonObject &answer,
                                               const QString &regionId) const
{
    return EcsApiMapper::parseDescribeImagesResponse(answer, regionId);
}

RemoteRequest EcsProductApi::listInstances(const QString &regionId,
                                           const ResourceQuery &query) const
{
    EcsDescribeCall call;
    call.regionId = regionId;
    call.ids = query.ids;
    call.page = pageOf(query);
    return request(s("DescribeInstances"), regionId,
                   EcsApiMapper::buildDescribeInstancesRequest(call));
}

Result<Page<Instance>> EcsProductApi::parseInstances(const QJsonObject &answer,
                                                     const QString &regionId) const
{
    return EcsApiMapper::parseDescribeInstancesResponse(answer, regionId);
}

std::optional<RemoteRequest> EcsProductApi::listInstanceDisks(const QString &regionId,
                                                              int offset) const
{
    ResourceQuery query;
    query.offset = offset;
    query.limit = EcsPage::maxSize;
    EcsDescribeCall call;
    call.regionId = regionId;
    call.page = pageOf(query);
    return request(s("DescribeDisks"), regionId, EcsApiMapper::buildDescribeDisksRequest(call));
}

Result<QPair<int, int>> EcsProductApi::attachInstanceDisks(const QJsonObject &answer,
                                                           QList<Instance> &instances) const
{
    const Result<Page<EcsDisk>> page = EcsApiMapper::parseDescribeDisksResponse(answer);
    if (!page)
        return page.error();
    for (const EcsDisk &d : page->items)
        for (Instance &i : instances)
            if (i.id == d.instanceId) {
                if (d.disk.role == DiskRole::System)
                    i.disks.prepend(d.disk);
                else
                    i.disks.append(d.disk);
            }
    return qMakePair(int(page->items.size()), page->totalCount);
}

std::optional<RemoteRequest> EcsProductApi::imageQuota(const QString &) const
{
    return std::nullopt;
}

Result<ImageQuota> EcsProductApi::parseImageQuota(const QJsonObject &,
                                                  const QString &regionId) const
{
    ImageQuota quota;
    quota.product = Product::Ecs;
    quota.regionId = regionId;
    quota.quota = EcsPolicy().customImageQuota(regionId);
    quota.source = QCoreApplication::translate(
        "EcsProductApi", "Alibaba Cloud's documented default of 100 custom images per region; "
                         "the ECS API does not report the quota, and yours may be higher (see "
                         "Quota Center in the console).");
    return quota;
}

RemoteRequest EcsProductApi::createImage(const CreateImageRequest &create) const
{
    EcsCreateImageCall call;
    call.request = create;
    // Several snapshots go as a disk mapping: the system-disk snapshot first, as the wizard
    // lists it, then the data-disk snapshots.
    if (create.sourceInstanceId.isEmpty() && create.snapshotIds.size() > 1)
        for (int i = 0; i < create.snapshotIds.size(); ++i)
            call.mappings.append({create.snapshotIds.at(i), 0,
                                  i == 0 ? DiskRole::System : DiskRole::Data, QString()});
    return request(s("CreateImage"), create.regionId, EcsApiMapper::buildCreateImageRequest(call));
}

Result<QString> EcsProductApi::parseCreateImage(const QJsonObject &answer) const
{
    return EcsApiMapper::parseImageIdResponse(answer);
}

std::optional<RemoteRequest> EcsProductApi::copyImage(const Image &source,
                                                      const CopyImageRequest &copy) const
{
    EcsCopyImageCall call;
    call.regionId = source.regionId;
    call.copy = copy;
    return request(s("CopyImage"), source.regionId, EcsApiMapper::buildCopyImageRequest(call));
}

Result<QString> EcsProductApi::parseCopyImage(const QJsonObject &answer, const QString &) const
{
    return EcsApiMapper::parseImageIdResponse(answer);
}

std::optional<RemoteRequest> EcsProductApi::cancelCopy(const QString &regionId,
                                                       const QString &copyId) const
{
    return request(s("CancelCopyImage"), regionId,
                   EcsApiMapper::buildCancelCopyImageRequest({regionId, copyId}));
}

RemoteRequest EcsProductApi::editImage(const Image &image, const EditImageRequest &edit) const
{
    EcsModifyImageCall call;
    call.regionId = image.regionId;
    call.change = ImageAttributeChange::fromEdit(edit);
    return request(s("ModifyImageAttribute"), image.regionId,
                   EcsApiMapper::buildModifyImageAttributeRequest(call));
}

QList<RemoteRequest> EcsProductApi::retagImage(const Image &image, const QList<Tag> &tags) const
{
    EcsTagResourcesCall gone{image.regionId, s("image"), {image.id}, {}, {}, false};
    EcsTagResourcesCall set = gone;
    for (const Tag &had : image.tags)
        if (std::none_of(tags.cbegin(), tags.cend(),
                         [&had](const Tag &t) { return t.key == had.key; }))
            gone.tagKeys << had.key;
    for (const Tag &wanted : tags)
        if (!image.tags.contains(wanted))
            set.tags << wanted;
    QList<RemoteRequest> calls;
    if (!gone.tagKeys.isEmpty())
        calls << request(s("UntagResources"), image.regionId,
                         EcsApiMapper::buildUntagResourcesRequest(gone));
    if (!set.tags.isEmpty())
        calls << request(s("TagResources"), image.regionId,
                         EcsApiMapper::buildTagResourcesRequest(set));
    return calls;
}

RemoteRequest EcsProductApi::deleteImages(const QString &regionId, const QStringList &ids) const
{
    // Force: the console deletes an image that instances still run from, as the embedded
    // simulator does; without it ECS refuses with ImageUsingByInstance.
    return request(s("DeleteImage"), regionId,
                   EcsApiMapper::buildDeleteImageRequest({regionId, ids.value(0), /*force=*/true}));
}

Status EcsProductApi::parseDeleteImages(const QJsonObject &) const
{
    return {};
}

RemoteRequest EcsProductApi::powerInstance(const Instance &instance, bool start) const
{
    const EcsPowerCall call{instance.id, false};
    return start ? request(s("StartInstance"), instance.regionId,
                           EcsApiMapper::buildStartInstanceRequest(call))
                 : request(s("StopInstance"), instance.regionId,
                           EcsApiMapper::buildStopInstanceRequest(call));
}

RemoteRequest EcsProductApi::launchInstances(const Image &image, const LaunchRequest &launch) const
{
    EcsRunInstancesCall call;
    call.regionId = image.regionId;
    call.launch.request = launch;
    // Every data disk of the image, from its snapshot (an empty one at its default size).
    call.launch.dataDisks = image.dataDisks;
    return request(s("RunInstances"), image.regionId, EcsApiMapper::buildRunInstancesRequest(call));
}

Result<QStringList> EcsProductApi::parseLaunchInstances(const QJsonObject &answer) const
{
    return EcsApiMapper::parseRunInstancesResponse(answer);
}

} // namespace imprint
