#include "cvmproductapi.h"

#include "cvmapimapper.h"

namespace imprint {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// The real cloud also lists its public and shared images.
ApiFilter customImages()
{
    return {s("image-type"), {s("PRIVATE_IMAGE")}};
}

} // namespace

RemoteRequest CvmProductApi::listRegions() const
{
    return request(s("DescribeRegions"), {}, CvmApiMapper::buildDescribeRegionsRequest());
}

Result<QList<Region>> CvmProductApi::parseRegions(const QJsonObject &answer) const
{
    return CvmApiMapper::parseDescribeRegionsResponse(answer);
}

std::optional<RemoteRequest> CvmProductApi::listZones(const QString &regionId) const
{
    return request(s("DescribeZones"), regionId, CvmApiMapper::buildDescribeZonesRequest());
}

Result<QList<Zone>> CvmProductApi::parseZones(const QJsonObject &answer) const
{
    return CvmApiMapper::parseDescribeZonesResponse(answer);
}

RemoteRequest CvmProductApi::listImages(const QString &regionId, const ResourceQuery &query) const
{
    return request(s("DescribeImages"), regionId,
                   CvmApiMapper::buildDescribeImagesRequest(
                       listQuery(query, customImages(), s("image-name"))));
}

Result<Page<Image>> CvmProductApi::parseImages(const QJsonObject &answer,
                                               const QString &regionId) const
{
    return CvmApiMapper::parseDescribeImagesResponse(answer, regionId);
}

RemoteRequest CvmProductApi::listInstances(const QString &regionId,
                                           const ResourceQuery &query) const
{
    return request(s("DescribeInstances"), regionId,
                   CvmApiMapper::buildDescribeInstancesRequest(listQuery(query, std::nullopt)));
}

Result<Page<Instance>> CvmProductApi::parseInstances(const QJsonObject &answer,
                                                     const QString &regionId) const
{
    return CvmApiMapper::parseDescribeInstancesResponse(answer, regionId);
}

std::optional<RemoteRequest> CvmProductApi::imageQuota(const QString &regionId) const
{
    return request(s("DescribeImageQuota"), regionId,
                   CvmApiMapper::buildDescribeImageQuotaRequest());
}

Result<ImageQuota> CvmProductApi::parseImageQuota(const QJsonObject &answer,
                                                  const QString &regionId) const
{
    return CvmApiMapper::parseDescribeImageQuotaResponse(answer, regionId);
}

RemoteRequest CvmProductApi::createImage(const CreateImageRequest &create) const
{
    return request(s("CreateImage"), create.regionId,
                   CvmApiMapper::buildCreateImageRequest(CreateImageCall{create}));
}

Result<QString> CvmProductApi::parseCreateImage(const QJsonObject &answer) const
{
    return CvmApiMapper::parseCreateImageResponse(answer);
}

std::optional<RemoteRequest> CvmProductApi::copyImage(const Image &source,
                                                      const CopyImageRequest &copy) const
{
    // Sent to the source's region; the destination is in the body.
    return request(s("SyncImages"), source.regionId,
                   CvmApiMapper::buildSyncImagesRequest(SyncImagesCall::fromCopy(copy)));
}

Result<QString> CvmProductApi::parseCopyImage(const QJsonObject &answer,
                                              const QString &targetRegionId) const
{
    Result<QList<SyncedImage>> copies = CvmApiMapper::parseSyncImagesResponse(answer);
    if (!copies)
        return copies.error();
    QString copyId;
    for (const SyncedImage &c : copies.value())
        if (c.region == targetRegionId)
            copyId = c.imageId;
    return copyId;
}

RemoteRequest CvmProductApi::editImage(const Image &image, const EditImageRequest &edit) const
{
    return request(
        s("ModifyImageAttribute"), image.regionId,
        CvmApiMapper::buildModifyImageAttributeRequest(ImageAttributeChange::fromEdit(edit)));
}

RemoteRequest CvmProductApi::deleteImages(const QString &regionId, const QStringList &ids) const
{
    return request(s("DeleteImages"), regionId,
                   CvmApiMapper::buildDeleteImagesRequest(DeleteImagesCall{ids, false, false}));
}

Status CvmProductApi::parseDeleteImages(const QJsonObject &answer) const
{
    return CvmApiMapper::parseDeleteImagesResponse(answer);
}

RemoteRequest CvmProductApi::powerInstance(const Instance &instance, bool start) const
{
    return start ? request(s("StartInstances"), instance.regionId,
                           CvmApiMapper::buildStartInstancesRequest({instance.id}))
                 : request(s("StopInstances"), instance.regionId,
                           CvmApiMapper::buildStopInstancesRequest({instance.id}));
}

RemoteRequest CvmProductApi::launchInstances(const Image &image, const LaunchRequest &launch) const
{
    return request(s("RunInstances"), image.regionId,
                   CvmApiMapper::buildRunInstancesRequest(launchCall(image, launch)));
}

Result<QStringList> CvmProductApi::parseLaunchInstances(const QJsonObject &answer) const
{
    return CvmApiMapper::parseRunInstancesResponse(answer);
}

} // namespace imprint
