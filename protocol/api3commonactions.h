#pragma once

#include "apirequests.h"
#include "apiresponses.h"
#include "error.h"
#include "instance.h"
#include "region.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// The actions every Tencent API 3.0 service has under the same names, with the same four
// functions per action as the product mappers (build/parse request, build/parse response),
// written once. A product mapper derives from Api3CommonActions<ItsWire>; ItsWire, defined in
// the mapper's .cpp next to the explicit instantiation, holds only what differs: the product,
// field names, the limit codes and its own instance <-> JSON functions. The definitions are in
// api3commonactionsimpl.h, which only mapper .cpp files include.
template <typename Wire> class Api3CommonActions
{
public:
    // The wire names of the actions below.
    static QStringList commonActions()
    {
        return {QStringLiteral("DescribeRegions"), QStringLiteral("DescribeZones"),
                QStringLiteral("DescribeInstances"), QStringLiteral("StartInstances"),
                QStringLiteral("StopInstances")};
    }

    // DescribeRegions: no input; RegionSet[{Region, RegionName, RegionState, ...}]. Only
    // AVAILABLE regions are read back. Regions come without zones (DescribeZones).
    static QJsonObject buildDescribeRegionsRequest();
    static Status parseDescribeRegionsRequest(const QJsonObject &body);
    static QJsonObject buildDescribeRegionsResponse(const QList<Region> &regions);
    static Result<QList<Region>> parseDescribeRegionsResponse(const QJsonObject &response);

    // DescribeZones (of the X-TC-Region). Zones the product does not offer are left out.
    static QJsonObject buildDescribeZonesRequest();
    static Status parseDescribeZonesRequest(const QJsonObject &body);
    static QJsonObject buildDescribeZonesResponse(const QList<Zone> &zones);
    static Result<QList<Zone>> parseDescribeZonesResponse(const QJsonObject &response);

    // DescribeInstances: InstanceIds | Filters, Offset, Limit; TotalCount, InstanceSet[].
    // An instance being imaged shows LatestOperation <the imaging action> / OPERATING with the
    // operation id as LatestOperationRequestId (Instance::imagingOperationId).
    static QJsonObject buildDescribeInstancesRequest(const ListQuery &query);
    static Result<ListQuery> parseDescribeInstancesRequest(const QJsonObject &body);
    static QJsonObject buildDescribeInstancesResponse(const Page<Instance> &page);
    static Result<Page<Instance>> parseDescribeInstancesResponse(const QJsonObject &response,
                                                                 const QString &regionId);

    // StartInstances / StopInstances: InstanceIds (at most 100); answer only RequestId.
    // Stop options are checked but not modelled: the simulator has one way to stop.
    static QJsonObject buildStartInstancesRequest(const QStringList &instanceIds);
    static Result<QStringList> parseStartInstancesRequest(const QJsonObject &body);
    static QJsonObject buildStartInstancesResponse();
    static Status parseStartInstancesResponse(const QJsonObject &response);
    static QJsonObject buildStopInstancesRequest(const QStringList &instanceIds);
    static Result<QStringList> parseStopInstancesRequest(const QJsonObject &body);
    static QJsonObject buildStopInstancesResponse();
    static Status parseStopInstancesResponse(const QJsonObject &response);
};

} // namespace imprint
