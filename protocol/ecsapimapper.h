#pragma once

#include "apiresponses.h"
#include "ecsparams.h"
#include "ecsrequests.h"
#include "error.h"
#include "image.h"
#include "instance.h"
#include "region.h"
#include "snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// Alibaba Cloud ECS (API version 2014-05-26) actions <-> domain values, reference §2.
//
// Four functions per action, as for the Tencent products:
//   build...Request   client: domain -> parameters (EcsParamList, dotted lists, JSON-array ids)
//   parse...Request   server: parameters -> domain, refusing with the action's documented code
//   build...Response  server: domain -> the response fields (EcsEnvelope adds RequestId)
//   parse...Response  client: response fields -> domain
//
// What the wire does not carry comes back as the domain default: Disk::usedGiB,
// Instance::networkAcceleration, imagingOperationId and disks (DescribeDisks brings those:
// attachDisks); Image::sourceInstanceId, sourceImageId, projectId, snapshotZoneId,
// parentIsWindows, parentMonthlyFeeFen, repossessedAt; Snapshot::zoneId, sourceInstanceId,
// diskKind and imageId (joinSnapshots brings them from disks and images).
// Parameters the domain does not model (OwnerId, ResourceGroupId, SecurityGroupId, ...) are
// accepted and ignored, as the real service ignores parameters it does not use.
class EcsApiMapper
{
public:
    static QString version(); // "2014-05-26"
    static QStringList actions();

    // DescribeRegions: no input; Regions.Region[{RegionId, LocalName, RegionEndpoint, Status}].
    // Regions come without zones (DescribeZones).
    static EcsParamList buildDescribeRegionsRequest();
    static QJsonObject buildDescribeRegionsResponse(const QList<Region> &regions);
    static Result<QList<Region>> parseDescribeRegionsResponse(const QJsonObject &response);

    // DescribeZones: RegionId; Zones.Zone[{ZoneId, LocalName}].
    static EcsParamList buildDescribeZonesRequest(const QString &regionId);
    static Result<QString> parseRegionRequest(const EcsParamList &params, const QString &action);
    static QJsonObject buildDescribeZonesResponse(const QList<Zone> &zones);
    static Result<QList<Zone>> parseDescribeZonesResponse(const QJsonObject &response);

    // DescribeImages: RegionId, ImageId (comma list), ImageName, ImageOwnerAlias, Status
    // (comma list, default Available), PageNumber, PageSize; TotalCount, PageNumber, PageSize,
    // RegionId, Images.Image[] with Progress "NN%" and DiskDeviceMappings.
    static EcsParamList buildDescribeImagesRequest(const EcsDescribeImagesCall &call);
    static Result<EcsDescribeImagesCall> parseDescribeImagesRequest(const EcsParamList &params);
    static QJsonObject buildDescribeImagesResponse(const QList<EcsImageRecord> &images,
                                                   int totalCount, const EcsPage &page,
                                                   const QString &regionId);
    static Result<Page<Image>> parseDescribeImagesResponse(const QJsonObject &response,
                                                           const QString &regionId);

    // DescribeInstances: RegionId, InstanceIds (JSON array), PageNumber, PageSize;
    // Instances.Instance[] (without disks).
    static EcsParamList buildDescribeInstancesRequest(const EcsDescribeCall &call);
    static Result<EcsDescribeCall> parseDescribeInstancesRequest(const EcsParamList &params);
    static QJsonObject buildDescribeInstancesResponse(const Page<Instance> &page,
                                                      const EcsPage &paging);
    static Result<Page<Instance>> parseDescribeInstancesResponse(const QJsonObject &response,
                                                                 const QString &regionId);

    // DescribeDisks: RegionId, InstanceId, DiskIds (JSON array), paging; Disks.Disk[].
    static EcsParamList buildDescribeDisksRequest(const EcsDescribeCall &call);
    static Result<EcsDescribeCall> parseDescribeDisksRequest(const EcsParamList &params);
    static QJsonObject buildDescribeDisksResponse(const Page<EcsDisk> &page, const EcsPage &paging);
    static Result<Page<EcsDisk>> parseDescribeDisksResponse(const QJsonObject &response);
    // Every instance gets its disks (system first), in the order DescribeDisks listed them.
    static void attachDisks(QList<Instance> &instances, const QList<EcsDisk> &disks);

    // DescribeSnapshots: RegionId, InstanceId, DiskId, SnapshotIds (JSON array), paging;
    // Snapshots.Snapshot[] with Progress "NN%", SourceDiskType System/Data, Usage image/none.
    static EcsParamList buildDescribeSnapshotsRequest(const EcsDescribeCall &call);
    static Result<EcsDescribeCall> parseDescribeSnapshotsRequest(const EcsParamList &params);
    static QJsonObject buildDescribeSnapshotsResponse(const Page<Snapshot> &page,
                                                      const EcsPage &paging);
    static Result<Page<Snapshot>> parseDescribeSnapshotsResponse(const QJsonObject &response,
                                                                 const QString &regionId);
    // Zone, instance and disk kind from the source disk; the image from images' mappings.
    static void joinSnapshots(QList<Snapshot> &snapshots, const QList<EcsDisk> &disks,
                              const QList<Image> &images);

    // CreateImage: RegionId, ImageName, Description, InstanceId | DiskDeviceMapping.N.* |
    // SnapshotId (that precedence), Tag.N.*, ClientToken; answers ImageId.
    static EcsParamList buildCreateImageRequest(const EcsCreateImageCall &call);
    static Result<EcsCreateImageCall> parseCreateImageRequest(const EcsParamList &params);
    static QJsonObject buildImageIdResponse(const QString &imageId);
    static Result<QString> parseImageIdResponse(const QJsonObject &response);

    // CopyImage: RegionId, ImageId, DestinationRegionId, DestinationImageName,
    // DestinationDescription, Tag.N.*, ClientToken; answers ImageId (the copy).
    static EcsParamList buildCopyImageRequest(const EcsCopyImageCall &call);
    static Result<EcsCopyImageCall> parseCopyImageRequest(const EcsParamList &params);

    // CancelCopyImage: RegionId (the copy's), ImageId (the copy). DeleteImage: RegionId,
    // ImageId, Force. Both answer only RequestId.
    static EcsParamList buildCancelCopyImageRequest(const EcsImageCall &call);
    static Result<EcsImageCall> parseCancelCopyImageRequest(const EcsParamList &params);
    static EcsParamList buildDeleteImageRequest(const EcsImageCall &call);
    static Result<EcsImageCall> parseDeleteImageRequest(const EcsParamList &params);

    // ModifyImageAttribute: RegionId, ImageId, ImageName, Description (each optional).
    static EcsParamList buildModifyImageAttributeRequest(const EcsModifyImageCall &call);
    static Result<EcsModifyImageCall> parseModifyImageAttributeRequest(const EcsParamList &params);

    // TagResources: RegionId, ResourceType, ResourceId.N (1-50), Tag.N.Key/Value (1-20).
    // UntagResources: RegionId, ResourceType, ResourceId.N, TagKey.N (1-20) or All. Both answer
    // only RequestId. Refusals: MissingParameter.ResourceType / .Tags,
    // InvalidResourceType.NotFound, NumberExceed.ResourceIds / .Tags, Duplicate.TagKey,
    // InvalidTagKey.Malformed, InvalidTagValue.Malformed. What depends on the resource
    // (InvalidResourceId.NotFound, OperationDenied.QuotaExceed past 20 tags) is the server's.
    static EcsParamList buildTagResourcesRequest(const EcsTagResourcesCall &call);
    static Result<EcsTagResourcesCall> parseTagResourcesRequest(const EcsParamList &params);
    static EcsParamList buildUntagResourcesRequest(const EcsTagResourcesCall &call);
    static Result<EcsTagResourcesCall> parseUntagResourcesRequest(const EcsParamList &params);
    static constexpr int maxTagsPerResource = 20;

    // RunInstances: RegionId, ImageId, InstanceType, ZoneId, Amount (1-100), InstanceName
    // (the domain's "{n}" is ECS's "[1,1]"), InstanceChargeType, SystemDisk.Category/Size,
    // DataDisk.N.SnapshotId/Size/Category, ClientToken, DryRun, Tag.N.*;
    // answers InstanceIdSets.InstanceIdSet[].
    static EcsParamList buildRunInstancesRequest(const EcsRunInstancesCall &call);
    static Result<EcsRunInstancesCall> parseRunInstancesRequest(const EcsParamList &params);
    static QJsonObject buildRunInstancesResponse(const QStringList &instanceIds);
    static Result<QStringList> parseRunInstancesResponse(const QJsonObject &response);

    // StartInstance: InstanceId. StopInstance: InstanceId, ForceStop. No RegionId: ids are
    // unique across regions. Both answer only RequestId.
    static EcsParamList buildStartInstanceRequest(const EcsPowerCall &call);
    static Result<EcsPowerCall> parseStartInstanceRequest(const EcsParamList &params);
    static EcsParamList buildStopInstanceRequest(const EcsPowerCall &call);
    static Result<EcsPowerCall> parseStopInstanceRequest(const EcsParamList &params);

    // Wire vocabularies.
    // Image Status: Creating (also while copying), Available, CreateFailed, UnAvailable
    // (ToBeRepossessed). Reading: Creating/Waiting with IsCopied -> Copying, else Creating;
    // Deprecated -> Available (still launchable); unknown -> Creating (busy, never an error).
    static QString imageStatus(ImageState state);
    static ImageState imageStateFromWire(const QString &status, bool isCopied);
    static QStringList imageStatuses(); // every documented value
    // Instance Status: Pending, Running, Starting, Stopping, Stopped; unknown -> Pending.
    static QString instanceStatus(InstanceState state);
    static InstanceState instanceStateFromWire(const QString &status);
    // Disk Category: CloudPremium cloud_essd, CloudSsd cloud_ssd, CloudBasic cloud,
    // EconomyCloud cloud_efficiency, Local ephemeral_ssd; unknown -> nullopt.
    static QString diskCategory(DiskKind kind);
    static std::optional<DiskKind> diskKindFromCategory(const QString &category);
    // InstanceChargeType: PostPaid / PrePaid.
    static QString chargeType(BillingMethod billing);
    // "42%"; reading also takes a bare number. Out of range or unreadable -> nullopt.
    static QString progress(int percent);
    static std::optional<int> progressFromWire(const QString &text);
    // Instance name patterns: the domain's "{n}" numbering is ECS's "[1,1]".
    static QString namePatternToWire(const QString &pattern);
    static QString namePatternFromWire(const QString &name);
};

} // namespace imprint
