#pragma once

#include "ecsparams.h"
#include "productapi.h"

namespace imprint {

// Alibaba Cloud ECS as the remote engine sees it (EcsApiMapper for every step): custom images
// are DescribeImages with ImageOwnerAlias self and every Status (the API's default is
// Available only), pages are PageNumber/PageSize, DeleteImage takes one image, Start/StopInstance
// need no region. Ids: m- images, i- instances, s- snapshots, d- disks.
class EcsProductApi : public ProductApi
{
public:
    Product product() const override { return Product::Ecs; }
    bool ownsId(const QString &id) const override;
    int maxPageSize() const override;

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

    // DescribeInstances has no disks: DescribeDisks of the region, 100 a page.
    std::optional<RemoteRequest> listInstanceDisks(const QString &regionId,
                                                   int offset) const override;
    Result<QPair<int, int>> attachInstanceDisks(const QJsonObject &answer,
                                                QList<Instance> &instances) const override;

    // ECS has no image-quota action (reference §2.7): nullopt, and the parser gives the
    // documented 100 per region with ImageQuota::source saying so.
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
    std::optional<RemoteRequest> cancelCopy(const QString &regionId,
                                            const QString &copyId) const override;
    RemoteRequest editImage(const Image &image, const EditImageRequest &request) const override;
    // UntagResources for the keys that go, then TagResources for the tags that are new or take
    // a new value: in that order, so that a full set of 20 can have one tag replaced.
    QString tagEditUnavailableReason() const override { return {}; }
    QList<RemoteRequest> retagImage(const Image &image, const QList<Tag> &tags) const override;
    RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const override;
    Status parseDeleteImages(const QJsonObject &answer) const override;
    int maxImagesPerDelete() const override { return 1; }
    RemoteRequest powerInstance(const Instance &instance, bool start) const override;
    RemoteRequest launchInstances(const Image &image, const LaunchRequest &request) const override;
    Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const override;

private:
    RemoteRequest request(const QString &action, const QString &regionId,
                          const EcsParamList &params) const;
};

} // namespace imprint
