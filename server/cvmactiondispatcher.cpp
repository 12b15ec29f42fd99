#include "cvmactiondispatcher.h"

#include "cvmapimapper.h"
#include "simulatorengine.h"
#include "wireenums.h"

namespace imprint {

namespace {

using M = CvmApiMapper;

// Names the simulator has no data for (VPCs, security groups, IPs, tags, dedicated hosts)
// match nothing: the simulated account has none of those.
bool instanceMatches(const Instance &i, const ApiFilter &f)
{
    const QString &n = f.name;
    if (n == QLatin1String("zone"))
        return ListSelection::anyEquals(f, i.zoneId);
    if (n == QLatin1String("project-id"))
        return ListSelection::anyEquals(f, QStringLiteral("0")); // every CVM instance: default
    if (n == QLatin1String("instance-id"))
        return ListSelection::anyEquals(f, i.id);
    if (n == QLatin1String("instance-name"))
        return ListSelection::anyEquals(f, i.name);
    if (n == QLatin1String("instance-charge-type"))
        return ListSelection::anyEquals(f, WireEnums::chargeType(i.billing));
    return false;
}

bool imageMatches(const Image &m, const ApiFilter &f)
{
    const QString &n = f.name;
    if (n == QLatin1String("image-id"))
        return ListSelection::anyEquals(f, m.id);
    if (n == QLatin1String("image-type")) // the simulator holds custom images only
        return ListSelection::anyEquals(f, QStringLiteral("PRIVATE_IMAGE"));
    if (n == QLatin1String("image-name")) // documented as a fuzzy match
        return ListSelection::anyContained(f, m.name);
    if (n == QLatin1String("platform"))
        return ListSelection::anyContained(f, WireEnums::platform(m.osType, m.osName));
    return false;
}

} // namespace

CvmActionDispatcher::CvmActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine, Product::Cvm)
{
    onApi3CommonActions<M>(instanceMatches);
    on(QStringLiteral("DescribeImages"),
       listImages(&M::parseDescribeImagesRequest, &M::buildDescribeImagesResponse, imageMatches));
    on(QStringLiteral("CreateImage"),
       createImage(&M::parseCreateImageRequest, &M::buildCreateImageResponse));
    on(QStringLiteral("DeleteImages"),
       deleteImages(&M::parseDeleteImagesRequest, &M::buildDeleteImagesResponse));
    on(QStringLiteral("SyncImages"), [this](const QString &regionId, const QJsonObject &body) {
        return syncImages(regionId, body);
    });
    on(QStringLiteral("ModifyImageAttribute"),
       editImage(&M::parseModifyImageAttributeRequest, &M::buildModifyImageAttributeResponse));
    on(QStringLiteral("DescribeImageQuota"),
       answer(&M::parseDescribeImageQuotaRequest, [this](const QString &regionId) {
           return M::buildDescribeImageQuotaResponse(
               this->engine().imageQuota(product(), regionId));
       }));
    on(QStringLiteral("RunInstances"),
       launch(&M::parseRunInstancesRequest, &M::buildRunInstancesResponse));
    on(QStringLiteral("InquiryPriceRunInstances"),
       [this](const QString &regionId, const QJsonObject &body) {
           return inquiryPriceRunInstances(regionId, body);
       });
}

Result<QJsonObject> CvmActionDispatcher::syncImages(const QString &regionId,
                                                    const QJsonObject &body)
{
    const Result<SyncImagesCall> call = M::parseSyncImagesRequest(body);
    if (!call)
        return call.error();
    if (Result<Image> image = visibleImage(call->imageId, regionId); !image)
        return image.error();
    // Every destination is checked before the first copy starts, so that a bad region does
    // not leave half the copies made.
    const QList<CopyImageRequest> copies = call->copies();
    for (const CopyImageRequest &copy : copies)
        if (Status s = engine().canCopyImage(copy); !s)
            return s.error();
    if (call->dryRun)
        return dryRunPassed();
    QList<SyncedImage> made;
    for (const CopyImageRequest &copy : copies) {
        const Result<Operation> op = engine().copyImage(copy);
        if (!op)
            return op.error();
        made.append({copy.targetRegionId, op->targetId});
    }
    return M::buildSyncImagesResponse(call->imageSetRequired ? made : QList<SyncedImage>());
}

Result<QJsonObject> CvmActionDispatcher::inquiryPriceRunInstances(const QString &regionId,
                                                                  const QJsonObject &body)
{
    const Result<LaunchCall> call = M::parseInquiryPriceRunInstancesRequest(body);
    if (!call)
        return call.error();
    if (Result<Image> image = visibleImage(call->request.imageId, regionId); !image)
        return image.error();
    const Result<InstancePriceQuote> quote =
        quoteLaunch(call->request.instanceType, call->request.billing, call->request.count);
    if (!quote)
        return quote.error();
    return M::buildInquiryPriceRunInstancesResponse(quote.value());
}

} // namespace imprint
