#pragma once

#include "api3commonactions.h"
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

struct LighthouseWire; // what Lighthouse says its own way in the common actions; its .cpp
extern template class Api3CommonActions<LighthouseWire>;

// Lighthouse (service "lighthouse", X-TC-Version 2020-03-24) actions <-> domain values,
// reference §4. Custom images are blueprints. Same four functions per action as CvmApiMapper.
//
// What the wire does not carry comes back as the domain default: Image::progress (blueprints
// have no progress field), sourceInstanceId, repossessedAt and the UHost/CVM-only image fields;
// instance data disks, Disk::usedGiB, networkAcceleration; and for a launch the disk kinds and
// networkAcceleration (CreateInstances has no such parameters). Lighthouse is prepaid only:
// CreateInstances always sends InstanceChargePrepaid and reads back as Subscription.
// An instance's PayAsYouGo billing goes out as POSTPAID_BY_HOUR so that imprint-sim's
// simulated instances keep it; the real cloud only ever says PREPAID.
//
// DescribeRegions (with IsChinaMainland), DescribeZones (ZoneInfoSet, HIDDEN zones left out;
// OrderField and Order checked), DescribeInstances and Start/StopInstances (StopType checked)
// come from Api3CommonActions.
class LighthouseApiMapper : public Api3CommonActions<LighthouseWire>
{
public:
    static QString version();     // "2020-03-24"
    static QStringList actions(); // every action below, by wire name

    // The resource names of DescribeGeneralResourceQuotas that describe custom images.
    static QString blueprintQuotaName();     // "BLUEPRINT"
    static QString freeBlueprintQuotaName(); // "FREE_BLUEPRINT"

    // DescribeBlueprints: BlueprintIds | Filters, Offset, Limit; TotalCount, BlueprintSet[].
    // Custom images go out as BlueprintType PRIVATE; ask with blueprint-type=PRIVATE to get
    // only those (the real cloud also lists its public blueprints).
    static QJsonObject buildDescribeBlueprintsRequest(const ListQuery &query);
    static Result<ListQuery> parseDescribeBlueprintsRequest(const QJsonObject &body);
    static QJsonObject buildDescribeBlueprintsResponse(const Page<Image> &page);
    static Result<Page<Image>> parseDescribeBlueprintsResponse(const QJsonObject &response,
                                                               const QString &regionId);

    // CreateBlueprint: BlueprintName, Description, InstanceId, ForcePowerOff (JSON bool,
    // default true; CreateImageRequest::forcedShutdownConsent); answers BlueprintId.
    static QJsonObject buildCreateBlueprintRequest(const CreateImageRequest &request);
    static Result<CreateImageRequest> parseCreateBlueprintRequest(const QJsonObject &body,
                                                                  const QString &regionId);
    static QJsonObject buildCreateBlueprintResponse(const QString &blueprintId);
    static Result<QString> parseCreateBlueprintResponse(const QJsonObject &response);

    // DeleteBlueprints: BlueprintIds; answers only RequestId.
    static QJsonObject buildDeleteBlueprintsRequest(const QStringList &blueprintIds);
    static Result<QStringList> parseDeleteBlueprintsRequest(const QJsonObject &body);
    static QJsonObject buildDeleteBlueprintsResponse();
    static Status parseDeleteBlueprintsResponse(const QJsonObject &response);

    // ModifyBlueprintAttribute: BlueprintId, BlueprintName, Description (at least one of the
    // two); answers only RequestId.
    static QJsonObject buildModifyBlueprintAttributeRequest(const ImageAttributeChange &change);
    static Result<ImageAttributeChange>
    parseModifyBlueprintAttributeRequest(const QJsonObject &body);
    static QJsonObject buildModifyBlueprintAttributeResponse();
    static Status parseModifyBlueprintAttributeResponse(const QJsonObject &response);

    // DescribeGeneralResourceQuotas: ResourceNames (BLUEPRINT, FREE_BLUEPRINT);
    // GeneralResourceQuotaSet[{ResourceName, ResourceQuotaAvailable, ResourceQuotaTotal}].
    // ImageQuota: quota = BLUEPRINT total, used = total - available, freeTier = FREE_BLUEPRINT
    // total. Available never goes below 0, so `used` above the quota reads back as the quota.
    static QJsonObject buildDescribeGeneralResourceQuotasRequest(const QStringList &names);
    static Result<QStringList> parseDescribeGeneralResourceQuotasRequest(const QJsonObject &body);
    static QJsonObject buildDescribeGeneralResourceQuotasResponse(const ImageQuota &quota,
                                                                  const QStringList &names);
    static Result<ImageQuota>
    parseDescribeGeneralResourceQuotasResponse(const QJsonObject &response,
                                               const QString &regionId);

    // InquirePriceCreateBlueprint: BlueprintCount (default 1); BlueprintPrice.
    static QJsonObject buildInquirePriceCreateBlueprintRequest(int blueprintCount);
    static Result<int> parseInquirePriceCreateBlueprintRequest(const QJsonObject &body);
    static QJsonObject buildInquirePriceCreateBlueprintResponse(const BlueprintPriceQuote &quote);
    static Result<BlueprintPriceQuote>
    parseInquirePriceCreateBlueprintResponse(const QJsonObject &response);

    // CreateInstances: BundleId (instanceType), BlueprintId, InstanceChargePrepaid (1 month),
    // InstanceName, InstanceCount (1-30), Zones[zone], ClientToken, DryRun; InstanceIdSet.
    static QJsonObject buildCreateInstancesRequest(const LaunchCall &call);
    static Result<LaunchCall> parseCreateInstancesRequest(const QJsonObject &body);
    static QJsonObject buildCreateInstancesResponse(const QStringList &instanceIds);
    static Result<QStringList> parseCreateInstancesResponse(const QJsonObject &response);

    // Whether a region id is in mainland China (RegionSet's IsChinaMainland).
    static bool isChinaMainland(const QString &regionId);
};

} // namespace imprint
