#pragma once

#include "productapi.h"

namespace imprint {

// UCloud UHost for the remote engine (reference §3): regions and their zones from GetRegion,
// custom images from DescribeImage (ImageType Custom), hosts from DescribeUHostInstance; one
// image per TerminateCustomImage; copies to a target project and region; launches with
// CreateUHostInstance. UCloud has no quota API: the seed's per-region quota applies, against
// the count of custom images DescribeImage reports.
//
// Renaming goes out as imprint-sim's own UpdateImageAttribute: UCloud's public API has no image
// rename (reference §6.4), so on a real account the policy disables editing and says why
// (UCloudBackend).
class UHostProductApi : public ProductApi
{
public:
    // `canRename`: the endpoint is imprint-sim (UCloudBackend::canRenameImages).
    explicit UHostProductApi(bool canRename = false);

    Product product() const override { return Product::UHost; }
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

    std::optional<RemoteRequest> imageQuota(const QString &regionId) const override;
    Result<ImageQuota> parseImageQuota(const QJsonObject &answer,
                                       const QString &regionId) const override;
    bool quotaCountsImages() const override { return true; }

    RemoteRequest createImage(const CreateImageRequest &request) const override;
    Result<QString> parseCreateImage(const QJsonObject &answer) const override;
    std::optional<RemoteRequest> copyImage(const Image &source,
                                           const CopyImageRequest &request) const override;
    Result<QString> parseCopyImage(const QJsonObject &answer,
                                   const QString &targetRegionId) const override;
    RemoteRequest editImage(const Image &image, const EditImageRequest &request) const override;
    RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const override;
    Status parseDeleteImages(const QJsonObject &answer) const override;
    int maxImagesPerDelete() const override { return 1; } // TerminateCustomImage takes one
    RemoteRequest powerInstance(const Instance &instance, bool start) const override;
    RemoteRequest launchInstances(const Image &image, const LaunchRequest &request) const override;
    Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const override;
    bool launchTakesClientToken() const override { return false; } // UCloud has none

    std::optional<RemoteRequest> listProjects() const override; // GetProjectList
    Result<QStringList> parseProjects(const QJsonObject &answer) const override;
    QString editUnavailableReason() const override;

private:
    bool m_canRename;
};

} // namespace imprint
