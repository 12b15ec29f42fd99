#include "lighthouseproductapi.h"

#include "lighthouseapimapper.h"

namespace imprint {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// The real cloud also lists its public and shared blueprints.
ApiFilter customBlueprints()
{
    return {s("blueprint-type"), {s("PRIVATE")}};
}

} // namespace

RemoteRequest LighthouseProductApi::listRegions() const
{
    return request(s("DescribeRegions"), {}, LighthouseApiMapper::buildDescribeRegionsRequest());
}

Result<QList<Region>> LighthouseProductApi::parseRegions(const QJsonObject &answer) const
{
    return LighthouseApiMapper::parseDescribeRegionsResponse(answer);
}

std::optional<RemoteRequest> LighthouseProductApi::listZones(const QString &regionId) const
{
    return request(s("DescribeZones"), regionId, LighthouseApiMapper::buildDescribeZonesRequest());
}

Result<QList<Zone>> LighthouseProductApi::parseZones(const QJsonObject &answer) const
{
    return LighthouseApiMapper::parseDescribeZonesResponse(answer);
}

RemoteRequest LighthouseProductApi::listImages(const QString &regionId,
                                               const ResourceQuery &query) const
{
    return request(s("DescribeBlueprints"), regionId,
                   LighthouseApiMapper::buildDescribeBlueprintsRequest(
                       listQuery(query, customBlueprints(), s("blueprint-name"))));
}

Result<Page<Image>> LighthouseProductApi::parseImages(const QJsonObject &answer,
                                                      const QString &regionId) const
{
    return LighthouseApiMapper::parseDescribeBlueprintsResponse(answer, regionId);
}

RemoteRequest LighthouseProductApi::listInstances(const QString &regionId,
                                                  const ResourceQuery &query) const
{
    return request(
        s("DescribeInstances"), regionId,
        LighthouseApiMapper::buildDescribeInstancesRequest(listQuery(query, std::nullopt)));
}

Result<Page<Instance>> LighthouseProductApi::parseInstances(const QJsonObject &answer,
                                                            const QString &regionId) const
{
    return LighthouseApiMapper::parseDescribeInstancesResponse(answer, regionId);
}

std::optional<RemoteRequest> LighthouseProductApi::imageQuota(const QString &regionId) const
{
    const QStringList names{LighthouseApiMapper::blueprintQuotaName(),
                            LighthouseApiMapper::freeBlueprintQuotaName()};
    return request(s("DescribeGeneralResourceQuotas"), regionId,
                   LighthouseApiMapper::buildDescribeGeneralResourceQuotasRequest(names));
}

Result<ImageQuota> LighthouseProductApi::parseImageQuota(const QJsonObject &answer,
                                                         const QString &regionId) const
{
    return LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(answer, regionId);
}

RemoteRequest LighthouseProductApi::createImage(const CreateImageRequest &create) const
{
    return request(s("CreateBlueprint"), create.regionId,
                   LighthouseApiMapper::buildCreateBlueprintRequest(create));
}

Result<QString> LighthouseProductApi::parseCreateImage(const QJsonObject &answer) const
{
    return LighthouseApiMapper::parseCreateBlueprintResponse(answer);
}

RemoteRequest LighthouseProductApi::editImage(const Image &image,
                                              const EditImageRequest &edit) const
{
    return request(s("ModifyBlueprintAttribute"), image.regionId,
                   LighthouseApiMapper::buildModifyBlueprintAttributeRequest(
                       ImageAttributeChange::fromEdit(edit)));
}

RemoteRequest LighthouseProductApi::deleteImages(const QString &regionId,
                                                 const QStringList &ids) const
{
    return request(s("DeleteBlueprints"), regionId,
                   LighthouseApiMapper::buildDeleteBlueprintsRequest(ids));
}

Status LighthouseProductApi::parseDeleteImages(const QJsonObject &answer) const
{
    return LighthouseApiMapper::parseDeleteBlueprintsResponse(answer);
}

RemoteRequest LighthouseProductApi::powerInstance(const Instance &instance, bool start) const
{
    return start ? request(s("StartInstances"), instance.regionId,
                           LighthouseApiMapper::buildStartInstancesRequest({instance.id}))
                 : request(s("StopInstances"), instance.regionId,
                           LighthouseApiMapper::buildStopInstancesRequest({instance.id}));
}

RemoteRequest LighthouseProductApi::launchInstances(const Image &image,
                                                    const LaunchRequest &launch) const
{
    return request(s("CreateInstances"), image.regionId,
                   LighthouseApiMapper::buildCreateInstancesRequest(launchCall(image, launch)));
}

Result<QStringList> LighthouseProductApi::parseLaunchInstances(const QJsonObject &answer) const
{
    return LighthouseApiMapper::parseCreateInstancesResponse(answer);
}

} // namespace imprint
