#include "accountscope.h"

namespace imprint {

QStringList AccountScope::out(const QStringList &ids) const
{
    QStringList scoped;
    scoped.reserve(ids.size());
    for (const QString &id : ids)
        scoped << out(id);
    return scoped;
}

Region AccountScope::out(Region region) const
{
    region.id = out(region.id); // zones stay the cloud's: they are only read within the region
    return region;
}

Instance AccountScope::out(Instance instance) const
{
    instance.id = out(instance.id);
    instance.regionId = out(instance.regionId);
    instance.imageId = out(instance.imageId);
    instance.imagingOperationId = out(instance.imagingOperationId);
    for (Disk &disk : instance.disks)
        disk.id = out(disk.id);
    return instance;
}

Image AccountScope::out(Image image) const
{
    image.id = out(image.id);
    image.regionId = out(image.regionId);
    image.sourceInstanceId = out(image.sourceInstanceId);
    image.sourceImageId = out(image.sourceImageId);
    image.systemSnapshotId = out(image.systemSnapshotId);
    for (ImageDataDisk &disk : image.dataDisks)
        disk.snapshotId = out(disk.snapshotId);
    return image;
}

Snapshot AccountScope::out(Snapshot snapshot) const
{
    snapshot.id = out(snapshot.id);
    snapshot.regionId = out(snapshot.regionId);
    snapshot.sourceDiskId = out(snapshot.sourceDiskId);
    snapshot.sourceInstanceId = out(snapshot.sourceInstanceId);
    snapshot.imageId = out(snapshot.imageId);
    return snapshot;
}

Operation AccountScope::out(Operation operation) const
{
    operation.id = out(operation.id);
    operation.regionId = out(operation.regionId);
    operation.targetId = out(operation.targetId);
    return operation;
}

ImageQuota AccountScope::out(ImageQuota quota) const
{
    quota.regionId = out(quota.regionId);
    return quota;
}

QStringList AccountScope::in(const QStringList &scopedIds)
{
    QStringList ids;
    ids.reserve(scopedIds.size());
    for (const QString &id : scopedIds)
        ids << in(id);
    return ids;
}

CreateImageRequest AccountScope::in(CreateImageRequest request)
{
    request.regionId = in(request.regionId);
    request.sourceInstanceId = in(request.sourceInstanceId);
    request.dataDiskIds = in(request.dataDiskIds);
    request.snapshotIds = in(request.snapshotIds);
    return request;
}

CopyImageRequest AccountScope::in(CopyImageRequest request)
{
    request.imageId = in(request.imageId);
    request.targetRegionId = in(request.targetRegionId);
    return request;
}

EditImageRequest AccountScope::in(EditImageRequest request)
{
    request.imageId = in(request.imageId);
    return request;
}

LaunchRequest AccountScope::in(LaunchRequest request)
{
    request.imageId = in(request.imageId);
    return request;
}

} // namespace imprint
