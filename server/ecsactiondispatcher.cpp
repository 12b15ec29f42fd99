#include "ecsactiondispatcher.h"

#include "ecsapimapper.h"
#include "listselection.h"
#include "productpolicy.h"
#include "simulatorengine.h"

#include <QCoreApplication>

#include <algorithm>

namespace imprint {

namespace {

template <typename T> Result<QJsonObject> fail(const Result<T> &result)
{
    return result.error();
}

// A refusal whose ECS code is fixed by where it comes from, not by its domain code alone.
Error withCode(Error error, const char *wireCode)
{
    error.remoteCode = QLatin1String(wireCode);
    return error;
}

ListQuery pageQuery(const QStringList &ids, const EcsPage &page)
{
    ListQuery q;
    q.ids = ids;
    q.offset = page.offset();
    q.limit = page.size;
    return q;
}

template <typename T> QList<T> newestFirst(QList<T> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const T &a, const T &b) { return a.createdAt > b.createdAt; });
    return records;
}

template <typename T> bool noFilter(const T &, const ApiFilter &)
{
    return true;
}

} // namespace

EcsActionDispatcher::EcsActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine, Product::Ecs)
{
    using M = EcsApiMapper;
    auto ok = [](const QJsonObject &) { return Status(); };
    auto flat = [this](Result<QJsonObject> (EcsActionDispatcher::*handler)(const QString &,
                                                                           const Params &) const) {
        return [this, handler](const QString &regionId, const QJsonObject &body) {
            return (this->*handler)(regionId, EcsParams::fromJson(body));
        };
    };
    on(QStringLiteral("DescribeRegions"),
       answer(ok, [this](const QString &) { return M::buildDescribeRegionsResponse(regions()); }));
    on(QStringLiteral("DescribeZones"), answer(ok, [this](const QString &regionId) {
           return M::buildDescribeZonesResponse(findRegion(regionId).value_or(Region()).zones);
       }));
    on(QStringLiteral("DescribeImages"), flat(&EcsActionDispatcher::describeImages));
    on(QStringLiteral("DescribeInstances"), flat(&EcsActionDispatcher::describeInstances));
    on(QStringLiteral("DescribeDisks"), flat(&EcsActionDispatcher::describeDisks));
    on(QStringLiteral("DescribeSnapshots"), flat(&EcsActionDispatcher::describeSnapshots));
    on(QStringLiteral("CreateImage"), [this](const QString &regionId, const QJsonObject &body) {
        return createImage(regionId, body);
    });
    on(QStringLiteral("CopyImage"), [this](const QString &regionId, const QJsonObject &body) {
        return copyImage(regionId, EcsParams::fromJson(body));
    });
    on(QStringLiteral("CancelCopyImage"), [this](const QString &regionId, const QJsonObject &body) {
        return cancelCopyImage(regionId, EcsParams::fromJson(body));
    });
    on(QStringLiteral("ModifyImageAttribute"),
       editImage(
           [](const QJsonObject &body) -> Result<ImageAttributeChange> {
               const auto call = M::parseModifyImageAttributeRequest(EcsParams::fromJson(body));
               if (!call)
                   return call.error();
               return call->change;
           },
           [] { return QJsonObject(); }));
    on(QStringLiteral("DeleteImage"), [this](const QString &regionId, const QJsonObject &body) {
        return deleteImage(regionId, body);
    });
    on(QStringLiteral("TagResources"), [this](const QString &regionId, const QJsonObject &body) {
        return retag(regionId, EcsParams::fromJson(body), false);
    });
    on(QStringLiteral("UntagResources"), [this](const QString &regionId, const QJsonObject &body) {
        return retag(regionId, EcsParams::fromJson(body), true);
    });
    on(QStringLiteral("RunInstances"),
       launch(
           [](const QJsonObject &body) -> Result<LaunchCall> {
               const auto call = M::parseRunInstancesRequest(EcsParams::fromJson(body));
               if (!call)
                   return call.error();
               return call->launch;
           },
           &M::buildRunInstancesResponse));
    on(QStringLiteral("StartInstance"),
       [this](const QString &, const QJsonObject &body) { return power(body, true); });
    on(QStringLiteral("StopInstance"),
       [this](const QString &, const QJsonObject &body) { return power(body, false); });
}

bool EcsActionDispatcher::takesRegion(const QString &action)
{
    return action != QLatin1String("DescribeRegions") && action != QLatin1String("StartInstance") &&
           action != QLatin1String("StopInstance");
}

EcsImageRecord EcsActionDispatcher::record(const Image &image) const
{
    EcsImageRecord r;
    r.image = image;
    const QDateTime now = engine().clock()->now();
    for (const Operation &op : engine().operations())
        if (op.targetId == image.id && !op.isFinished() && op.expectedEndAt.isValid())
            r.remainSeconds = int(qMax<qint64>(0, now.secsTo(op.expectedEndAt)));
    for (const Instance &i : engine().instances(image.regionKey()))
        if (i.imageId == image.id)
            r.inUse = true;
    return r;
}

Result<QJsonObject> EcsActionDispatcher::describeImages(const QString &regionId,
                                                        const Params &params) const
{
    const Result<EcsDescribeImagesCall> call = EcsApiMapper::parseDescribeImagesRequest(params);
    if (!call)
        return fail(call);
    // Every image the simulator holds is the account's own custom image: "self".
    const bool ownerMatches =
        call->ownerAlias.isEmpty() || call->ownerAlias == QLatin1String("self");
    QList<Image> matching;
    if (ownerMatches)
        for (const Image &image :
             newestFirst(engine().images(Region::regionKey(product(), regionId))))
            if (call->statuses.contains(EcsApiMapper::imageStatus(image.state)) &&
                (call->imageName.isEmpty() || image.name.contains(call->imageName)))
                matching << image;
    // Tag.N: ListSelection's tag filters, as Tencent's DescribeImages has them.
    ListQuery query = pageQuery(call->imageIds, call->page);
    query.filters = call->tagFilters;
    const Page<Image> page =
        ListSelection::select<Image>(matching, query, ListSelection::matcher<Image>({}));
    QList<EcsImageRecord> records;
    for (const Image &image : page.items)
        records << record(image);
    return EcsApiMapper::buildDescribeImagesResponse(records, page.totalCount, call->page,
                                                     regionId);
}

Result<QJsonObject> EcsActionDispatcher::describeInstances(const QString &regionId,
                                                           const Params &params) const
{
    const Result<EcsDescribeCall> call = EcsApiMapper::parseDescribeInstancesRequest(params);
    if (!call)
        return fail(call);
    return EcsApiMapper::buildDescribeInstancesResponse(
        ListSelection::select<Instance>(
            newestFirst(engine().instances(Region::regionKey(product(), regionId))),
            pageQuery(call->ids, call->page), noFilter<Instance>),
        call->page);
}

Result<QJsonObject> EcsActionDispatcher::describeDisks(const QString &regionId,
                                                       const Params &params) const
{
    const Result<EcsDescribeCall> call = EcsApiMapper::parseDescribeDisksRequest(params);
    if (!call)
        return fail(call);
    QList<EcsDisk> disks;
    for (const Instance &i : engine().instances(Region::regionKey(product(), regionId))) {
        if (!call->instanceId.isEmpty() && i.id != call->instanceId)
            continue;
        for (const Disk &d : i.disks)
            if (call->ids.isEmpty() || call->ids.contains(d.id))
                disks.append({d, i.id, i.regionId, i.zoneId});
    }
    Page<EcsDisk> page;
    page.totalCount = int(disks.size());
    page.items = disks.mid(call->page.offset(), call->page.size);
    return EcsApiMapper::buildDescribeDisksResponse(page, call->page);
}

Result<QJsonObject> EcsActionDispatcher::describeSnapshots(const QString &regionId,
                                                           const Params &params) const
{
    const Result<EcsDescribeCall> call = EcsApiMapper::parseDescribeSnapshotsRequest(params);
    if (!call)
        return fail(call);
    QList<Snapshot> matching;
    for (const Snapshot &s :
         newestFirst(engine().snapshots(Region::regionKey(product(), regionId))))
        if ((call->instanceId.isEmpty() || s.sourceInstanceId == call->instanceId) &&
            (call->diskId.isEmpty() || s.sourceDiskId == call->diskId))
            matching << s;
    return EcsApiMapper::buildDescribeSnapshotsResponse(
        ListSelection::select<Snapshot>(matching, pageQuery(call->ids, call->page),
                                        noFilter<Snapshot>),
        call->page);
}

Result<QJsonObject> EcsActionDispatcher::createImage(const QString &regionId,
                                                     const QJsonObject &body)
{
    const Result<EcsCreateImageCall> call =
        EcsApiMapper::parseCreateImageRequest(EcsParams::fromJson(body));
    if (!call)
        return fail(call);
    const CreateImageRequest &request = call->request;
    // A snapshot of another region is as absent as one that never was.
    for (const QString &id : request.snapshotIds) {
        Snapshot snapshot;
        if (!engine().findSnapshot(id, &snapshot) || snapshot.product != product() ||
            snapshot.regionId != regionId)
            return withCode(Error(ErrorCode::NotFound,
                                  tr("Snapshot %1 does not exist in region %2; check the id and "
                                     "the region.")
                                      .arg(id, regionId)),
                            "InvalidSnapshotId.NotFound");
    }
    // The shared creation: instance visibility, the engine's validators, the operation.
    const ObjectHandler create = ActionDispatcher::createImage(
        [&call](const QJsonObject &, const QString &region) -> Result<CreateImageCall> {
            CreateImageCall domain;
            domain.request = call->request;
            domain.request.regionId = region;
            return domain;
        },
        [](const QString &id) { return EcsApiMapper::buildImageIdResponse(id); });
    return create(regionId, body);
}

Result<QJsonObject> EcsActionDispatcher::copyImage(const QString &regionId, const Params &params)
{
    const Result<EcsCopyImageCall> call = EcsApiMapper::parseCopyImageRequest(params);
    if (!call)
        return fail(call);
    const CopyImageRequest &copy = call->copy;
    if (Result<Image> source = visibleImage(copy.imageId, regionId); !source)
        return withCode(source.error(), "InvalidImageId.NotFound");
    if (!findRegion(copy.targetRegionId))
        return withCode(Error(ErrorCode::NotFound,
                              tr("The destination region \"%1\" does not exist; choose one that "
                                 "DescribeRegions lists.")
                                  .arg(copy.targetRegionId)),
                        "DestinationRegion.NotFound");
    if (copy.targetRegionId == regionId)
        return withCode(
            Error(ErrorCode::RegionMismatch,
                  tr("The image is already in %1; copy it to another region.").arg(regionId)),
            "IncorrectDestinationRegion");
    const Result<Operation> op = engine().copyImage(copy);
    if (!op)
        return fail(op);
    return EcsApiMapper::buildImageIdResponse(op->targetId);
}

Result<QJsonObject> EcsActionDispatcher::cancelCopyImage(const QString &regionId,
                                                         const Params &params)
{
    const Result<EcsImageCall> call = EcsApiMapper::parseCancelCopyImageRequest(params);
    if (!call)
        return fail(call);
    if (Result<Image> copy = visibleImage(call->imageId, regionId); !copy)
        return withCode(copy.error(), "InvalidImageId.NotFound");
    for (const Operation &op : engine().operations()) {
        if (op.kind == OperationKind::CopyImage && op.targetId == call->imageId &&
            !op.isFinished()) {
            if (Status s = engine().cancelOperation(op.id); !s)
                return s.error();
            return QJsonObject();
        }
    }
    return withCode(Error(ErrorCode::ImageNotAvailable,
                          tr("Image %1 is not being copied; only a copy in progress can be "
                             "cancelled.")
                              .arg(call->imageId)),
                    "IncorrectImageStatus");
}

Result<QJsonObject> EcsActionDispatcher::deleteImage(const QString &regionId,
                                                     const QJsonObject &body)
{
    const Result<EcsImageCall> call =
        EcsApiMapper::parseDeleteImageRequest(EcsParams::fromJson(body));
    if (!call)
        return fail(call);
    const Result<Image> image = visibleImage(call->imageId, regionId);
    if (!image)
        return withCode(image.error(), "InvalidImageId.NotFound");
    if (!call->force && record(image.value()).inUse)
        return withCode(Error(ErrorCode::ImageBusy,
                              tr("Instances still run from image %1; delete them first, or "
                                 "delete the image with Force.")
                                  .arg(call->imageId)),
                        "ImageUsingByInstance");
    const ObjectHandler remove = deleteImages(
        [&call](const QJsonObject &) -> Result<DeleteImagesCall> {
            DeleteImagesCall domain;
            domain.imageIds = {call->imageId};
            return domain;
        },
        [] { return QJsonObject(); });
    return remove(regionId, body);
}

Result<QJsonObject> EcsActionDispatcher::retag(const QString &regionId, const Params &params,
                                               bool untag)
{
    const Result<EcsTagResourcesCall> call = untag
                                                 ? EcsApiMapper::parseUntagResourcesRequest(params)
                                                 : EcsApiMapper::parseTagResourcesRequest(params);
    if (!call)
        return fail(call);
    if (call->resourceType != QLatin1String("image"))
        return withCode(Error(ErrorCode::Unsupported,
                              tr("imprint-sim tags images only; ResourceType \"%1\" is not "
                                 "simulated.")
                                  .arg(call->resourceType)),
                        "InvalidResourceId.NotSupported");
    // Every resource is found and its new tags worked out before any is changed: a refusal
    // leaves all of them as they were.
    QList<EditImageRequest> edits;
    for (const QString &id : call->resourceIds) {
        const Result<Image> image = visibleImage(id, regionId);
        if (!image)
            return withCode(Error(ErrorCode::NotFound,
                                  tr("Image %1 does not exist in region %2; check the id and "
                                     "the region.")
                                      .arg(id, regionId)),
                            "InvalidResourceId.NotFound");
        EditImageRequest edit{image->id, image->name, image->description, image->tags};
        QList<Tag> &tags = *edit.tags;
        if (untag) {
            tags.removeIf(
                [&call](const Tag &t) { return call->all || call->tagKeys.contains(t.key); });
        } else {
            for (const Tag &wanted : call->tags) {
                auto same = std::find_if(tags.begin(), tags.end(),
                                         [&wanted](const Tag &t) { return t.key == wanted.key; });
                if (same != tags.end())
                    same->value = wanted.value; // a key the image has: its value is replaced
                else
                    tags << wanted;
            }
            if (tags.size() > EcsApiMapper::maxTagsPerResource)
                return withCode(Error(ErrorCode::InvalidArgument,
                                      tr("Image %1 would have %2 tags; ECS allows at most %3 on "
                                         "one resource. Remove some first (UntagResources).")
                                          .arg(id)
                                          .arg(tags.size())
                                          .arg(EcsApiMapper::maxTagsPerResource)),
                                "OperationDenied.QuotaExceed");
        }
        // The engine's own rules (a repossessed image cannot be edited), asked up front too.
        const ProductPolicy &policy = ProductPolicy::forProduct(product());
        if (Status s = policy.canEditImage(image.value()); !s)
            return s.error();
        if (Status s = policy.validateTags(tags); !s)
            return s.error();
        if (tags != image->tags)
            edits << edit;
    }
    for (const EditImageRequest &edit : std::as_const(edits))
        if (Result<Image> edited = engine().editImage(edit); !edited)
            return edited.error();
    return QJsonObject();
}

Result<QJsonObject> EcsActionDispatcher::power(const QJsonObject &body, bool start) const
{
    const EcsParamList params = EcsParams::fromJson(body);
    const Result<EcsPowerCall> call = start ? EcsApiMapper::parseStartInstanceRequest(params)
                                            : EcsApiMapper::parseStopInstanceRequest(params);
    if (!call)
        return fail(call);
    // No RegionId: the instance's own region, where the shared handler then finds it.
    Instance instance;
    if (!engine().findInstance(call->instanceId, &instance) || instance.product != product())
        return withCode(
            Error(ErrorCode::NotFound,
                  tr("Instance %1 does not exist; check the id.").arg(call->instanceId)),
            "InvalidInstanceId.NotFound");
    const ObjectHandler handler = ActionDispatcher::power(
        start,
        [&call](const QJsonObject &) -> Result<QStringList> {
            return QStringList{call->instanceId};
        },
        [] { return QJsonObject(); });
    return handler(instance.regionId, body);
}

} // namespace imprint
