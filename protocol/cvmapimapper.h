#pragma once

#include "api3commonactions.h"
#include "apifields.h"
#include "apirequests.h"
#include "apiresponses.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "region.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

struct CvmWire; // what CVM says its own way in the common actions; cvmapimapper.cpp
extern template class Api3CommonActions<CvmWire>;

// CVM (service "cvm", X-TC-Version 2017-03-12) actions <-> domain values, reference §3.
//
// Four functions per action:
//   build...Request   client: domain -> request body
//   parse...Request   server: request body -> domain, refusing with the action's documented code
//   build...Response  server: domain -> the Response fields (ApiEnvelope adds RequestId)
//   parse...Response  client: Response fields -> domain
// The region is not in the body but in X-TC-Region, so parsers that produce regional values
// take it as an argument.
//
// Round trips are exact for what the wire carries. What it does not carry comes back as the
// domain default: Disk::usedGiB, Instance::networkAcceleration and projectId; Image's
// sourceInstanceId, sourceImageId, projectId, snapshotZoneId, parentIsWindows,
// parentMonthlyFeeFen and repossessedAt (UHost/Lighthouse notions CVM has no field for);
// LaunchRequest::networkAcceleration, and dataDiskKind when no data disk is sent.
// Documented parameters the domain does not model are accepted and ignored (they would not
// change what the simulator does); undocumented ones are refused with UnknownParameter.
//
// DescribeRegions, DescribeZones (ZoneSet, UNAVAILABLE zones left out), DescribeInstances and
// Start/StopInstances (StopType, StoppedMode, ForceStop checked) come from Api3CommonActions.
class CvmApiMapper : public Api3CommonActions<CvmWire>
{
public:
    static QString version();     // "2017-03-12"
    static QStringList actions(); // every action below, by wire name

    // DescribeImages: ImageIds | Filters, Offset, Limit; TotalCount, ImageSet[]. Custom images
    // go out as PRIVATE_IMAGE with their snapshots in SnapshotSet and progress in SyncPercent.
    static QJsonObject buildDescribeImagesRequest(const ListQuery &query);
    static Result<ListQuery> parseDescribeImagesRequest(const QJsonObject &body);
    static QJsonObject buildDescribeImagesResponse(const Page<Image> &page);
    // The same fields as JSON text, for imprint-sim's answer (no QJsonObject tree on the way).
    static ApiFields writeDescribeImagesResponse(const Page<Image> &page);
    static Result<Page<Image>> parseDescribeImagesResponse(const QJsonObject &response,
                                                           const QString &regionId);

    // CreateImage: ImageName, InstanceId | SnapshotIds, ImageDescription, ForcePoweroff
    // ("TRUE"/"FALSE" string, from CreateImageRequest::shutDownFirst), DataDiskIds, DryRun;
    // answers ImageId (null on a dry run).
    static QJsonObject buildCreateImageRequest(const CreateImageCall &call);
    static Result<CreateImageCall> parseCreateImageRequest(const QJsonObject &body,
                                                           const QString &regionId);
    static QJsonObject buildCreateImageResponse(const QString &imageId);
    static Result<QString> parseCreateImageResponse(const QJsonObject &response);

    // DeleteImages: ImageIds, DeleteBindedSnap, DryRun; answers nothing but RequestId.
    static QJsonObject buildDeleteImagesRequest(const DeleteImagesCall &call);
    static Result<DeleteImagesCall> parseDeleteImagesRequest(const QJsonObject &body);
    static QJsonObject buildDeleteImagesResponse();
    static Status parseDeleteImagesResponse(const QJsonObject &response);

    // SyncImages: ImageIds (exactly one), DestinationRegions, ImageName, ImageSetRequired,
    // DryRun; answers ImageSet[{ImageId, Region}] when ImageSetRequired.
    static QJsonObject buildSyncImagesRequest(const SyncImagesCall &call);
    static Result<SyncImagesCall> parseSyncImagesRequest(const QJsonObject &body);
    static QJsonObject buildSyncImagesResponse(const QList<SyncedImage> &images);
    static Result<QList<SyncedImage>> parseSyncImagesResponse(const QJsonObject &response);

    // ModifyImageAttribute: ImageId, ImageName, ImageDescription (each optional).
    static QJsonObject buildModifyImageAttributeRequest(const ImageAttributeChange &change);
    static Result<ImageAttributeChange> parseModifyImageAttributeRequest(const QJsonObject &body);
    static QJsonObject buildModifyImageAttributeResponse();
    static Status parseModifyImageAttributeResponse(const QJsonObject &response);

    // DescribeImageQuota: no input; ImageNumQuota. The API does not count the images in use:
    // ImageQuota::used reads back 0 (count PRIVATE_IMAGE with DescribeImages' TotalCount).
    static QJsonObject buildDescribeImageQuotaRequest();
    static Status parseDescribeImageQuotaRequest(const QJsonObject &body);
    static QJsonObject buildDescribeImageQuotaResponse(const ImageQuota &quota);
    static Result<ImageQuota> parseDescribeImageQuotaResponse(const QJsonObject &response,
                                                              const QString &regionId);

    // RunInstances: InstanceChargeType (+ InstanceChargePrepaid for PREPAID, 1 month),
    // Placement.Zone, InstanceType, ImageId, SystemDisk, DataDisks, InstanceCount,
    // InstanceName (the domain's "{n}" is CVM's "{R:1}"), ClientToken, DryRun;
    // answers InstanceIdSet.
    static QJsonObject buildRunInstancesRequest(const LaunchCall &call);
    static Result<LaunchCall> parseRunInstancesRequest(const QJsonObject &body);
    static QJsonObject buildRunInstancesResponse(const QStringList &instanceIds);
    static Result<QStringList> parseRunInstancesResponse(const QJsonObject &response);

    // InquiryPriceRunInstances: the RunInstances body; answers Price.InstancePrice.
    static QJsonObject buildInquiryPriceRunInstancesRequest(const LaunchCall &call);
    static Result<LaunchCall> parseInquiryPriceRunInstancesRequest(const QJsonObject &body);
    static QJsonObject buildInquiryPriceRunInstancesResponse(const InstancePriceQuote &quote);
    static Result<InstancePriceQuote>
    parseInquiryPriceRunInstancesResponse(const QJsonObject &response);

    // Instance name patterns: the domain's "{n}" numbering is CVM's "{R:1}".
    static QString namePatternToWire(const QString &pattern);
    static QString namePatternFromWire(const QString &name);
};

} // namespace imprint
