#include "cvmactiondispatcher.h"

#include "cvmapimapper.h"
#include "simulatorengine.h"
#include "wireenums.h"

#include <QCoreApplication>

namespace imprint {

namespace {

using M = CvmApiMapper;

using F = ListSelection::Filter<Instance>;
using G = ListSelection::Filter<Image>;
constexpr auto kContains = ListSelection::Compare::Contains;

// Names the simulator has no data for (VPCs, security groups, IPs, tags, dedicated hosts)
// match nothing: the simulated account has none of those.
ListSelection::Matcher<Instance> instanceMatches()
{
    return ListSelection::matcher<Instance>({
        F{QStringLiteral("zone"), [](const Instance &i) { return i.zoneId; }},
        // Every CVM instance is in the default project.
        F{QStringLiteral("project-id"), [](const Instance &) { return QStringLiteral("0"); }},
        F{QStringLiteral("instance-id"), [](const Instance &i) { return i.id; }},
        F{QStringLiteral("instance-name"), [](const Instance &i) { return i.name; }},
        F{QStringLiteral("instance-charge-type"),
          [](const Instance &i) { return WireEnums::chargeType(i.billing); }},
    });
}

ListSelection::Matcher<Image> imageMatches()
{
    return ListSelection::matcher<Image>({
        G{QStringLiteral("image-id"), [](const Image &m) { return m.id; }},
        // The simulator holds custom images only.
        G{QStringLiteral("image-type"),
          [](const Image &) { return QStringLiteral("PRIVATE_IMAGE"); }},
        // Documented as a fuzzy match.
        G{QStringLiteral("image-name"), [](const Image &m) { return m.name; }, kContains},
        G{QStringLiteral("platform"),
          [](const Image &m) { return WireEnums::platform(m.osType, m.osName); }, kContains},
    });
}

} // namespace

CvmActionDispatcher::CvmActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine, Product::Cvm)
{
    onApi3CommonActions<M>(instanceMatches());
    on(QStringLiteral("DescribeImages"),
       listImages(&M::parseDescribeImagesRequest, &M::writeDescribeImagesResponse, imageMatches()));
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
    // not leave half the copies made. An unknown region is the region's fault, not the
    // image's: InvalidRegion.NotFound, as the cloud documents it.
    const QList<CopyImageRequest> copies = call->copies();
    for (const CopyImageRequest &copy : copies) {
        if (!findRegion(copy.targetRegionId)) {
            Error e(ErrorCode::NotFound,
                    CvmActionDispatcher::tr("There is no region %1 to copy the image to; "
                                            "choose one of the regions DescribeRegions "
                                            "lists.")
                        .arg(copy.targetRegionId));
            e.remoteCode = QStringLiteral("InvalidRegion.NotFound");
            return e;
        }
    }
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
