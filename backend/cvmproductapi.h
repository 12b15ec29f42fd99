#pragma once

#include "tencentproductapi.h"

namespace imprint {

// Tencent Cloud CVM (API version 2017-03-12) for the remote engine: custom images are
// PRIVATE_IMAGE images, copies are SyncImages, and DescribeImageQuota gives the quota but not
// the count in use.
class CvmProductApi : public TencentProductApi
{
public:
    Product product() const override { return Product::Cvm; }

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
    bool quotaCountsImages() const override { return false; }

    RemoteRequest createImage(const CreateImageRequest &request) const override;
    Result<QString> parseCreateImage(const QJsonObject &answer) const override;
    std::optional<RemoteRequest> copyImage(const Image &source,
                                           const CopyImageRequest &request) const override;
    Result<QString> parseCopyImage(const QJsonObject &answer,
                                   const QString &targetRegionId) const override;
    RemoteRequest editImage(const Image &image, const EditImageRequest &request) const override;
    RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const override;
    Status parseDeleteImages(const QJsonObject &answer) const override;
    RemoteRequest powerInstance(const Instance &instance, bool start) const override;
    RemoteRequest launchInstances(const Image &image, const LaunchRequest &request) const override;
    Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const override;
};

} // namespace imprint
