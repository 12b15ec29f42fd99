#pragma once

#include "apirequests.h"
#include "apiresponses.h"
#include "error.h"
#include "image.h"
#include "instance.h"
#include "region.h"
#include "requests.h"
#include "ucloudparams.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// Where a UHost request acts: the common Region / Zone / ProjectId parameters. An empty
// projectId is the account's default project, as UCloud treats an absent ProjectId.
struct UHostScope
{
    QString regionId;
    QString zoneId;
    QString projectId;

    friend bool operator==(const UHostScope &, const UHostScope &) = default;
};

// A request's value together with its scope.
template <typename T> struct UHostCall
{
    UHostScope scope;
    T value;
};

// DescribeUHostInstance / DescribeImage paging and selection (Offset default 0, Limit default
// 20, at most 100).
struct UHostListQuery
{
    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 100;

    QStringList ids; // UHostIds.N / ImageIds.N
    int offset = 0;
    int limit = defaultLimit;

    friend bool operator==(const UHostListQuery &, const UHostListQuery &) = default;
};

// CreateCustomImage's answer.
struct UHostCreatedImage
{
    QString imageId;
    QStringList dataSnapshotIds;

    friend bool operator==(const UHostCreatedImage &, const UHostCreatedImage &) = default;
};

// UCloud UHost actions (reference §3.2, ucloud-sdk-go services/uhost, uaccount) <-> domain
// values, both ways: build*Request / parse*Request (imprint-sim) / build*Response /
// parse*Response (the client). Requests are UCloudParams with Action set; responses are the
// action's fields without the envelope (UCloudEnvelope adds and removes it).
//
// What the wire does not carry comes back as the domain default: Image::progress (UHost has no
// progress field), sourceInstanceId, sourceImageId, repossessedAt, parentMonthlyFeeFen, the
// data disks' sizes from the real cloud (DescribeImage lists DataSnapshotIds only; imprint-sim
// adds DataSnapshotSet [{SnapshotId, Size}], read when present); Disk::usedGiB and
// Instance::imagingOperationId. Image::parentIsWindows reads back as "OsType is Windows": a
// UHost image's parent restrictions follow its operating system.
//
// Projects: UCloud scopes every call to ProjectId (absent: the default project) and its
// answers do not repeat it. imprint-sim adds a ProjectId field to each host and image it lists,
// so that one unscoped request sees every project of its simulated account; a real account
// shows the requested (default) project's resources.
class UHostApiMapper
{
public:
    static QStringList actions(); // every action below, by wire name

    // The rename action imprint-sim serves. UCloud's public SDKs (ucloud-sdk-go,
    // ucloud-sdk-python3) and API docs have no image rename; the console can rename, but its
    // action name could not be found (reference §6.4). This name is imprint-sim's own, so a
    // client must use it only against imprint-sim.
    static QString renameAction(); // "UpdateImageAttribute"

    // GetRegion (uaccount): no input; Regions[{RegionId, RegionName, IsDefault, BitMaps,
    // Region, Zone}], one entry per zone. Names come from UHostWireEnums.
    static UCloudParams buildGetRegionRequest();
    static QJsonObject buildGetRegionResponse(const QList<Region> &regions);
    static Result<QList<Region>> parseGetRegionResponse(const QJsonObject &response);

    // GetProjectList (uaccount): IsFinance (ignored); ProjectCount, ProjectSet[{ProjectId,
    // ProjectName, ParentId, ParentName, CreateTime, IsDefault, ResourceCount, MemberCount}].
    // The first project is the default one.
    static UCloudParams buildGetProjectListRequest();
    static QJsonObject buildGetProjectListResponse(const QStringList &projects);
    static Result<QStringList> parseGetProjectListResponse(const QJsonObject &response);

    // DescribeUHostInstance: Region*, Zone, ProjectId, UHostIds.N, Offset, Limit;
    // TotalCount, UHostSet[] with DiskSet[{DiskId, Type Boot|Data, IsBoot, DiskType, Size}].
    static UCloudParams buildDescribeUHostInstanceRequest(const UHostScope &scope,
                                                          const UHostListQuery &query);
    static Result<UHostCall<UHostListQuery>>
    parseDescribeUHostInstanceRequest(const UCloudParams &params);
    static QJsonObject buildDescribeUHostInstanceResponse(const Page<Instance> &page);
    static Result<Page<Instance>> parseDescribeUHostInstanceResponse(const QJsonObject &response,
                                                                     const UHostScope &scope);

    // DescribeImage: Region*, Zone, ProjectId, ImageType (Custom is what Imprint asks for),
    // OsType, ImageId, Offset, Limit; TotalCount, ImageSet[] with State Making | Available |
    // Unavailable | Copying, CreateTime in Unix seconds and DataSnapshotIds[].
    static UCloudParams buildDescribeImageRequest(const UHostScope &scope,
                                                  const UHostListQuery &query);
    static Result<UHostCall<UHostListQuery>> parseDescribeImageRequest(const UCloudParams &params);
    static QJsonObject buildDescribeImageResponse(const Page<Image> &page);
    static Result<Page<Image>> parseDescribeImageResponse(const QJsonObject &response,
                                                          const UHostScope &scope);

    // CreateCustomImage: Region*, Zone, ProjectId, UHostId*, ImageName*, ImageDescription,
    // DataUDiskIds.N; ImageId, DataSnapshotIds[].
    static UCloudParams buildCreateCustomImageRequest(const UHostScope &scope,
                                                      const CreateImageRequest &request);
    static Result<UHostCall<CreateImageRequest>>
    parseCreateCustomImageRequest(const UCloudParams &params);
    static QJsonObject buildCreateCustomImageResponse(const UHostCreatedImage &created);
    static Result<UHostCreatedImage> parseCreateCustomImageResponse(const QJsonObject &response);

    // CopyCustomImage: Region*, ProjectId, SourceImageId*, TargetProjectId* (required even
    // within one project), TargetRegion (empty: the source's region), TargetImageName;
    // TargetImageId. Only the system disk is copied.
    static UCloudParams buildCopyCustomImageRequest(const UHostScope &scope,
                                                    const CopyImageRequest &request);
    static Result<UHostCall<CopyImageRequest>>
    parseCopyCustomImageRequest(const UCloudParams &params);
    static QJsonObject buildCopyCustomImageResponse(const QString &targetImageId);
    static Result<QString> parseCopyCustomImageResponse(const QJsonObject &response);

    // TerminateCustomImage: Region*, ProjectId, ImageId*; ImageId. The cloud also deletes the
    // image's data-disk snapshots.
    static UCloudParams buildTerminateCustomImageRequest(const UHostScope &scope,
                                                         const QString &imageId);
    static Result<UHostCall<QString>> parseTerminateCustomImageRequest(const UCloudParams &params);
    static QJsonObject buildImageIdResponse(const QString &imageId);
    static Result<QString> parseImageIdResponse(const QJsonObject &response, const QString &action);

    // renameAction(): Region*, ProjectId, ImageId*, ImageName, ImageDescription (at least one);
    // ImageId.
    static UCloudParams buildRenameImageRequest(const UHostScope &scope,
                                                const ImageAttributeChange &change);
    static Result<UHostCall<ImageAttributeChange>>
    parseRenameImageRequest(const UCloudParams &params);

    // CreateUHostInstance: Region*, Zone*, ProjectId, ImageId*, LoginMode* (ImagePasswd: the
    // custom image's own password), MachineType + MinimalCpuPlatform, CPU, Memory (MB),
    // Disks.N.{IsBoot, Type, Size, SnapshotId} (the system disk first), ChargeType, MaxCount
    // (1-100), Name, NetCapability; UHostIds[]. The zone travels as LaunchRequest::zoneId.
    // UCloud has no ClientToken: LaunchRequest::clientToken does not go on the wire.
    static UCloudParams buildCreateUHostInstanceRequest(const UHostScope &scope,
                                                        const LaunchCall &call);
    static Result<UHostCall<LaunchCall>>
    parseCreateUHostInstanceRequest(const UCloudParams &params);
    static QJsonObject buildCreateUHostInstanceResponse(const QStringList &hostIds);
    static Result<QStringList> parseCreateUHostInstanceResponse(const QJsonObject &response);

    // StartUHostInstance, StopUHostInstance (graceful), PoweroffUHostInstance (hard):
    // Region*, Zone, UHostId*; UHostId.
    static UCloudParams buildPowerRequest(const QString &action, const UHostScope &scope,
                                          const QString &hostId);
    static Result<UHostCall<QString>> parsePowerRequest(const UCloudParams &params);
    static QJsonObject buildPowerResponse(const QString &hostId);
    static Result<QString> parsePowerResponse(const QJsonObject &response, const QString &action);
};

} // namespace imprint
