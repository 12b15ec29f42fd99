#pragma once

// The definitions of Api3CommonActions<Wire>. Included by a product mapper's .cpp only, after
// it has defined its Wire, followed by `template class Api3CommonActions<ItsWire>;`.
//
// What a Wire provides (all static):
//   Product product;
//   QJsonObject regionToJson(const Region &);  bool regionsCarryTotalCount;
//   QString zoneSetKey, zoneStateKey, zoneShownState, zoneHiddenState; bool zonesCarryTotalCount;
//   void checkZonesRequest(JsonParams &);      // allowOnly and any ordering parameters
//   ListQuery readInstancesQuery(JsonParams &); // allowOnly, filters and ordering
//   QJsonObject instanceToJson(const Instance &);
//   Instance instanceFromJson(JsonParams, const QString &regionId);
//   QStringList stopParameters;  QString tooManyIdsCode, invalidValueCode;

#include "api3commonactions.h"
#include "api3mapping.h"

#include <QJsonArray>

namespace imprint {

namespace api3detail {

inline QString s(const char *text)
{
    return QLatin1String(text);
}

} // namespace api3detail

template <typename Wire> QJsonObject Api3CommonActions<Wire>::buildDescribeRegionsRequest()
{
    return {};
}

template <typename Wire>
Status Api3CommonActions<Wire>::parseDescribeRegionsRequest(const QJsonObject &body)
{
    return Api3Mapping::parseNoInput(body, Wire::product, api3detail::s("DescribeRegions"));
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildDescribeRegionsResponse(const QList<Region> &regions)
{
    QJsonArray set;
    for (const Region &r : regions)
        set.append(Wire::regionToJson(r));
    QJsonObject o{{api3detail::s("RegionSet"), set}};
    if (Wire::regionsCarryTotalCount)
        o.insert(api3detail::s("TotalCount"), int(regions.size()));
    return o;
}

template <typename Wire>
Result<QList<Region>>
Api3CommonActions<Wire>::parseDescribeRegionsResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Wire::product, api3detail::s("DescribeRegions"));
    const QList<Region> regions = Api3Mapping::readRegions(p, Wire::product);
    return Api3Mapping::finish(p, regions);
}

template <typename Wire> QJsonObject Api3CommonActions<Wire>::buildDescribeZonesRequest()
{
    return {};
}

template <typename Wire>
Status Api3CommonActions<Wire>::parseDescribeZonesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, Wire::product, api3detail::s("DescribeZones"));
    Wire::checkZonesRequest(p);
    return Api3Mapping::finish(p);
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildDescribeZonesResponse(const QList<Zone> &zones)
{
    QJsonArray set;
    for (const Zone &z : zones)
        set.append(QJsonObject{{api3detail::s("Zone"), z.id},
                               {api3detail::s("ZoneName"), z.name},
                               {Wire::zoneStateKey, Wire::zoneShownState}});
    QJsonObject o{{Wire::zoneSetKey, set}};
    if (Wire::zonesCarryTotalCount)
        o.insert(api3detail::s("TotalCount"), int(zones.size()));
    return o;
}

template <typename Wire>
Result<QList<Zone>> Api3CommonActions<Wire>::parseDescribeZonesResponse(const QJsonObject &response)
{
    JsonParams p = JsonParams::response(response, Wire::product, api3detail::s("DescribeZones"));
    const QList<Zone> zones =
        Api3Mapping::readZones(p, Wire::zoneSetKey, Wire::zoneStateKey, Wire::zoneHiddenState);
    return Api3Mapping::finish(p, zones);
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildDescribeInstancesRequest(const ListQuery &query)
{
    return Api3Mapping::writeListQuery(query, api3detail::s("InstanceIds"));
}

template <typename Wire>
Result<ListQuery> Api3CommonActions<Wire>::parseDescribeInstancesRequest(const QJsonObject &body)
{
    JsonParams p = JsonParams::request(body, Wire::product, api3detail::s("DescribeInstances"));
    const ListQuery query = Wire::readInstancesQuery(p);
    return Api3Mapping::finish(p, query);
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildDescribeInstancesResponse(const Page<Instance> &page)
{
    return Api3Mapping::writePage<Instance>(page, api3detail::s("InstanceSet"),
                                            &Wire::instanceToJson);
}

template <typename Wire>
Result<Page<Instance>>
Api3CommonActions<Wire>::parseDescribeInstancesResponse(const QJsonObject &response,
                                                        const QString &regionId)
{
    return Api3Mapping::readPage<Instance>(
        response, Wire::product, api3detail::s("DescribeInstances"), api3detail::s("InstanceSet"),
        &Wire::instanceFromJson, regionId);
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildStartInstancesRequest(const QStringList &instanceIds)
{
    return {{api3detail::s("InstanceIds"), QJsonArray::fromStringList(instanceIds)}};
}

template <typename Wire>
Result<QStringList> Api3CommonActions<Wire>::parseStartInstancesRequest(const QJsonObject &body)
{
    return Api3Mapping::parseInstanceIds(body, Wire::product, api3detail::s("StartInstances"),
                                         {api3detail::s("InstanceIds")}, 100, Wire::tooManyIdsCode,
                                         Wire::invalidValueCode);
}

template <typename Wire> QJsonObject Api3CommonActions<Wire>::buildStartInstancesResponse()
{
    return {};
}

template <typename Wire>
Status Api3CommonActions<Wire>::parseStartInstancesResponse(const QJsonObject &)
{
    return {};
}

template <typename Wire>
QJsonObject Api3CommonActions<Wire>::buildStopInstancesRequest(const QStringList &instanceIds)
{
    return buildStartInstancesRequest(instanceIds);
}

template <typename Wire>
Result<QStringList> Api3CommonActions<Wire>::parseStopInstancesRequest(const QJsonObject &body)
{
    return Api3Mapping::parseInstanceIds(body, Wire::product, api3detail::s("StopInstances"),
                                         Wire::stopParameters, 100, Wire::tooManyIdsCode,
                                         Wire::invalidValueCode);
}

template <typename Wire> QJsonObject Api3CommonActions<Wire>::buildStopInstancesResponse()
{
    return {};
}

template <typename Wire>
Status Api3CommonActions<Wire>::parseStopInstancesResponse(const QJsonObject &)
{
    return {};
}

} // namespace imprint
