#pragma once

#include "tencentproductapi.h"

namespace imprint {

// Tencent Cloud Lighthouse (API version 2020-03-24) for the remote engine: custom images are
// PRIVATE blueprints, nothing is copied across regions, and DescribeGeneralResourceQuotas gives
// the quota, the count in use and the free tier (BLUEPRINT, FREE_BLUEPRINT).
class LighthouseProductApi : public TencentProductApi
{
public:
    Product product() const override { return Product::Lighthouse; }

    RemoteRequest listRegions() const override;
    Result<QList<Region>> parseRegions(const QJsonObject &answer) const override;
    std::optional<RemoteRequest> listZones(const QString &regionId) const override;
    Result<QList<Zone>> parseZones(const QJsonObject &answer) const override;

    RemoteRequest listImages(const QString &regionId, const ResourceQuery &query) const override;
    Result<Page<Image>> parseImages(const QJsonObject &answer,
                                    const QString &regionId) const override;
    RemoteRequest listInstances(const QString &regionId, const ResourceQuery &query) const override;
    Result<Page<Instance>> parseInstances(const QJsonObject &answer,
                                          const QString &regionId) const override;

    std::optional<RemoteRequest> imageQuota(const QString &regionId) const override;
    Result<ImageQuota> parseImageQuota(const QJsonObject &answer,
                                       const QString &regionId) const override;
    bool quotaCountsImages() const override { return true; }

    RemoteRequest createImage(const CreateImageRequest &request) const override;
    Result<QString> parseCreateImage(const QJsonObject &answer) const override;
    RemoteRequest editImage(const Image &image, const EditImageRequest &request) const override;
    RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const override;
    Status parseDeleteImages(const QJsonObject &answer) const override;
    RemoteRequest powerInstance(const Instance &instance, bool start) const override;
    RemoteRequest launchInstances(const Image &image, const LaunchRequest &request) const override;
    Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const override;
};

} // namespace imprint
