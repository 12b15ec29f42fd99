#pragma once

#include "apirequests.h"
#include "disk.h"
#include "image.h"
#include "instance.h"
#include "requests.h"
#include "tag.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// The values of ECS RPC actions that the domain requests do not cover: paging, owner and status
// filters, tags, ClientToken, the disk mapping of CreateImage. EcsApiMapper builds parameters
// from these on the client and parses parameters into them on the server.

// PageNumber counts from 1; PageSize defaults to 10 and is at most 100 (reference §2.4).
struct EcsPage
{
    static constexpr int defaultSize = 10;
    static constexpr int maxSize = 100;

    int number = 1;
    int size = defaultSize;

    int offset() const { return (number - 1) * size; }
    friend bool operator==(const EcsPage &, const EcsPage &) = default;
};

struct EcsDescribeImagesCall
{
    QString regionId;
    QStringList imageIds; // ImageId, a comma list
    QString imageName;
    QString ownerAlias; // self, system, others, marketplace; empty: system + self + others
    // Status, a comma list of Creating, Waiting, Available, UnAvailable, CreateFailed,
    // Deprecated. The API's default is Available alone, so the mapper fills it in when absent.
    QStringList statuses{QStringLiteral("Available")};
    // Tag.N.Key (and Tag.N.Value), at most 20, every one to match: a key alone is the filter
    // "tag-key" (an image with that key), a key with a value "tag:<key>" (that key with that
    // value), the names Tencent's DescribeImages uses, so that one matcher serves both.
    QList<ApiFilter> tagFilters;
    EcsPage page;

    friend bool operator==(const EcsDescribeImagesCall &, const EcsDescribeImagesCall &) = default;
};

// DescribeInstances, DescribeDisks and DescribeSnapshots: the ids (a JSON array in a string),
// the instance they belong to, a page.
struct EcsDescribeCall
{
    QString regionId;
    QStringList ids;    // InstanceIds, DiskIds, SnapshotIds
    QString instanceId; // DescribeDisks, DescribeSnapshots
    QString diskId;     // DescribeSnapshots
    EcsPage page;

    friend bool operator==(const EcsDescribeCall &, const EcsDescribeCall &) = default;
};

// DiskDeviceMapping.N of CreateImage.
struct EcsDiskMapping
{
    QString snapshotId; // empty: an empty data disk
    int sizeGiB = 0;    // 0: the default (the snapshot's size, or 5 GiB for an empty disk)
    DiskRole role = DiskRole::Data;
    QString device; // "/dev/xvdb"; empty: assigned in order

    friend bool operator==(const EcsDiskMapping &, const EcsDiskMapping &) = default;
};

struct EcsCreateImageCall
{
    // product Ecs, regionId, name, description, and sourceInstanceId or snapshotIds (the
    // system-disk snapshot first); tags (Tag.N, at most 20) and clientToken.
    CreateImageRequest request;
    // Method 3 only: the mapping as sent; request.snapshotIds holds its snapshots.
    QList<EcsDiskMapping> mappings;
};

struct EcsCopyImageCall
{
    QString regionId; // the source's
    // imageId, targetRegionId, name (DestinationImageName), tags (Tag.N; none sent: nullopt),
    // clientToken.
    CopyImageRequest copy;
    QString description; // DestinationDescription
};

// CancelCopyImage, DeleteImage.
struct EcsImageCall
{
    QString regionId;
    QString imageId;
    bool force = false; // DeleteImage.Force

    friend bool operator==(const EcsImageCall &, const EcsImageCall &) = default;
};

struct EcsModifyImageCall
{
    QString regionId;
    ImageAttributeChange change;

    friend bool operator==(const EcsModifyImageCall &, const EcsModifyImageCall &) = default;
};

// TagResources (tags: add, or overwrite the value of a key the resource has) and
// UntagResources (tagKeys, or all), reference: the ECS "Tags" API pages. The console tags
// images only (ResourceType "image").
struct EcsTagResourcesCall
{
    QString regionId;
    QString resourceType;    // "image"; the API documents instance, disk, snapshot, ... too
    QStringList resourceIds; // ResourceId.N, 1..50
    QList<Tag> tags;         // TagResources: Tag.N, 1..20
    QStringList tagKeys;     // UntagResources: TagKey.N, 1..20
    bool all = false;        // UntagResources: every tag, when no TagKey is given

    friend bool operator==(const EcsTagResourcesCall &, const EcsTagResourcesCall &) = default;
};

struct EcsRunInstancesCall
{
    QString regionId;
    // request (imageId, zoneId, instanceType, count = Amount, namePattern, billing, disk kinds,
    // clientToken), dataDisks (DataDisk.N), systemDiskGiB (SystemDisk.Size), dryRun.
    LaunchCall launch;
    QList<Tag> tags; // Tag.N, at most 20
};

// StartInstance, StopInstance.
struct EcsPowerCall
{
    QString instanceId;
    bool forceStop = false;

    friend bool operator==(const EcsPowerCall &, const EcsPowerCall &) = default;
};

// One disk of DescribeDisks: the disk and where it is attached.
struct EcsDisk
{
    Disk disk;
    QString instanceId;
    QString regionId;
    QString zoneId;
};

// One image of DescribeImages with what the domain Image does not carry.
struct EcsImageRecord
{
    Image image;
    int remainSeconds = 0; // RemainTime while it is being made or copied
    bool inUse = false;    // Usage "instance": instances run from it
};

} // namespace imprint
