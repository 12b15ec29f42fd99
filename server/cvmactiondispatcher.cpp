#include "cvmactiondispatcher.h"

#include "cvmapimapper.h"
#include "dryrunchecks.h"
#include "launchrunner.h"
#include "listselection.h"
#include "simulatorengine.h"
#include "wireenums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace imprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CvmActionDispatcher", text);
}

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

template <typename T> Result<QJsonObject> fail(const Result<T> &result)
{
    return result.error();
}

} // namespace

CvmActionDispatcher::CvmActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine)
{}

QStringList CvmActionDispatcher::actions() const
{
    return CvmApiMapper::actions();
}

Result<QJsonObject> CvmActionDispatcher::dispatch(const QString &action, const QString &regionId,
                                                  const QJsonObject &body)
{
    using Handler =
        Result<QJsonObject> (CvmActionDispatcher::*)(const QString &, const QJsonObject &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("DescribeRegions"), &CvmActionDispatcher::describeRegions},
        {QStringLiteral("DescribeZones"), &CvmActionDispatcher::describeZones},
        {QStringLiteral("DescribeInstances"), &CvmActionDispatcher::describeInstances},
        {QStringLiteral("DescribeImages"), &CvmActionDispatcher::describeImages},
        {QStringLiteral("CreateImage"), &CvmActionDispatcher::createImage},
        {QStringLiteral("DeleteImages"), &CvmActionDispatcher::deleteImages},
        {QStringLiteral("SyncImages"), &CvmActionDispatcher::syncImages},
        {QStringLiteral("ModifyImageAttribute"), &CvmActionDispatcher::modifyImageAttribute},
        {QStringLiteral("DescribeImageQuota"), &CvmActionDispatcher::describeImageQuota},
        {QStringLiteral("RunInstances"), &CvmActionDispatcher::runInstances},
        {QStringLiteral("StartInstances"), &CvmActionDispatcher::startInstances},
        {QStringLiteral("StopInstances"), &CvmActionDispatcher::stopInstances},
        {QStringLiteral("InquiryPriceRunInstances"),
         &CvmActionDispatcher::inquiryPriceRunInstances},
    };
    const Handler handler = handlers.value(action);
    if (!handler)
        return Error(ErrorCode::Unsupported, tr("CVM has no action %1.").arg(action));
    return (this->*handler)(regionId, body);
}

Result<QJsonObject> CvmActionDispatcher::describeRegions(const QString &, const QJsonObject &body)
{
    if (Status s = CvmApiMapper::parseDescribeRegionsRequest(body); !s)
        return s.error();
    return CvmApiMapper::buildDescribeRegionsResponse(regions());
}

Result<QJsonObject> CvmActionDispatcher::describeZones(const QString &regionId,
                                                       const QJsonObject &body)
{
    if (Status s = CvmApiMapper::parseDescribeZonesRequest(body); !s)
        return s.error();
    return CvmApiMapper::buildDescribeZonesResponse(findRegion(regionId).value_or(Region()).zones);
}

Result<QJsonObject> CvmActionDispatcher::describeInstances(const QString &regionId,
                                                           const QJsonObject &body)
{
    const Result<ListQuery> query = CvmApiMapper::parseDescribeInstancesRequest(body);
    if (!query)
        return fail(query);
    return CvmApiMapper::buildDescribeInstancesResponse(
        ListSelection::select<Instance>(engine().instances(Region::regionKey(product(), regionId)),
                                        query.value(), instanceMatches));
}

Result<QJsonObject> CvmActionDispatcher::describeImages(const QString &regionId,
                                                        const QJsonObject &body)
{
    const Result<ListQuery> query = CvmApiMapper::parseDescribeImagesRequest(body);
    if (!query)
        return fail(query);
    return CvmApiMapper::buildDescribeImagesResponse(ListSelection::select<Image>(
        engine().images(Region::regionKey(product(), regionId)), query.value(), imageMatches));
}

Result<QJsonObject> CvmActionDispatcher::createImage(const QString &regionId,
                                                     const QJsonObject &body)
{
    const Result<CreateImageCall> call = CvmApiMapper::parseCreateImageRequest(body, regionId);
    if (!call)
        return fail(call);
    const CreateImageRequest &request = call->request;
    if (!request.sourceInstanceId.isEmpty())
        if (Result<Instance> source = visibleInstance(request.sourceInstanceId, regionId); !source)
            return fail(source);
    if (call->dryRun) {
        if (Status s = DryRunChecks(engine()).createImage(request); !s)
            return s.error();
        return dryRunPassed();
    }
    const Result<Operation> op = engine().createImage(request);
    if (!op)
        return fail(op);
    return CvmApiMapper::buildCreateImageResponse(op->targetId);
}

Result<QJsonObject> CvmActionDispatcher::deleteImages(const QString &regionId,
                                                      const QJsonObject &body)
{
    const Result<DeleteImagesCall> call = CvmApiMapper::parseDeleteImagesRequest(body);
    if (!call)
        return fail(call);
    if (Status s = checkVisibleImages(call->imageIds, regionId); !s)
        return s.error();
    if (call->dryRun) {
        if (Status s = DryRunChecks(engine()).deleteImages(call->imageIds); !s)
            return s.error();
        return dryRunPassed();
    }
    // DeleteBindedSnap: the snapshots made for these images go too. Without it they outlive
    // the images as ordinary snapshots, as the CVM policy says.
    QStringList bound;
    if (call->deleteBindedSnapshots) {
        for (const QString &id : call->imageIds) {
            Image image;
            engine().findImage(id, &image);
            for (const QString &snapshotId : image.snapshotIds()) {
                Snapshot snapshot;
                if (engine().findSnapshot(snapshotId, &snapshot) && snapshot.imageId == id)
                    bound << snapshotId;
            }
        }
    }
    if (Status s = engine().deleteImages(call->imageIds); !s)
        return s.error();
    // Best effort, as the images are gone already: a snapshot that something else still needs
    // stays, which is what the cloud does with a snapshot in use.
    for (const QString &snapshotId : std::as_const(bound))
        engine().deleteSnapshot(snapshotId);
    return CvmApiMapper::buildDeleteImagesResponse();
}

Result<QJsonObject> CvmActionDispatcher::syncImages(const QString &regionId,
                                                    const QJsonObject &body)
{
    const Result<SyncImagesCall> call = CvmApiMapper::parseSyncImagesRequest(body);
    if (!call)
        return fail(call);
    if (Result<Image> image = visibleImage(call->imageId, regionId); !image)
        return fail(image);
    // Every destination is checked before the first copy starts, so that a bad region does
    // not leave half the copies made.
    const QList<CopyImageRequest> copies = call->copies();
    for (const CopyImageRequest &copy : copies)
        if (Status s = DryRunChecks(engine()).copyImage(copy); !s)
            return s.error();
    if (call->dryRun)
        return dryRunPassed();
    QList<SyncedImage> made;
    for (const CopyImageRequest &copy : copies) {
        const Result<Operation> op = engine().copyImage(copy);
        if (!op)
            return fail(op);
        made.append({copy.targetRegionId, op->targetId});
    }
    return CvmApiMapper::buildSyncImagesResponse(call->imageSetRequired ? made
                                                                        : QList<SyncedImage>());
}

Result<QJsonObject> CvmActionDispatcher::modifyImageAttribute(const QString &regionId,
                                                              const QJsonObject &body)
{
    const Result<ImageAttributeChange> change =
        CvmApiMapper::parseModifyImageAttributeRequest(body);
    if (!change)
        return fail(change);
    const Result<Image> image = visibleImage(change->imageId, regionId);
    if (!image)
        return fail(image);
    if (Result<Image> edited = engine().editImage(change->applyTo(image.value())); !edited)
        return fail(edited);
    return CvmApiMapper::buildModifyImageAttributeResponse();
}

Result<QJsonObject> CvmActionDispatcher::describeImageQuota(const QString &regionId,
                                                            const QJsonObject &body)
{
    if (Status s = CvmApiMapper::parseDescribeImageQuotaRequest(body); !s)
        return s.error();
    return CvmApiMapper::buildDescribeImageQuotaResponse(engine().imageQuota(product(), regionId));
}

Result<QJsonObject> CvmActionDispatcher::runInstances(const QString &regionId,
                                                      const QJsonObject &body)
{
    const Result<LaunchCall> call = CvmApiMapper::parseRunInstancesRequest(body);
    if (!call)
        return fail(call);
    const LaunchRequest &request = call->request;
    const std::optional<Region> region = findRegion(regionId);
    if (region && std::none_of(region->zones.cbegin(), region->zones.cend(),
                               [&](const Zone &z) { return z.id == request.zoneId; }))
        return Error(ErrorCode::RegionMismatch,
                     tr("Zone %1 is not in region %2; choose one of its zones (DescribeZones).")
                         .arg(request.zoneId, regionId));
    if (Result<Image> image = visibleImage(request.imageId, regionId); !image)
        return fail(image);
    if (call->dryRun) {
        if (Status s = DryRunChecks(engine()).launch(request); !s)
            return s.error();
        return dryRunPassed();
    }
    const Result<QStringList> ids = LaunchRunner(engine()).launch(request);
    if (!ids)
        return fail(ids);
    return CvmApiMapper::buildRunInstancesResponse(ids.value());
}

Result<QJsonObject> CvmActionDispatcher::startInstances(const QString &regionId,
                                                        const QJsonObject &body)
{
    const Result<QStringList> ids = CvmApiMapper::parseStartInstancesRequest(body);
    if (!ids)
        return fail(ids);
    if (Status s = powerInstances(ids.value(), regionId, true); !s)
        return s.error();
    return CvmApiMapper::buildStartInstancesResponse();
}

Result<QJsonObject> CvmActionDispatcher::stopInstances(const QString &regionId,
                                                       const QJsonObject &body)
{
    const Result<QStringList> ids = CvmApiMapper::parseStopInstancesRequest(body);
    if (!ids)
        return fail(ids);
    if (Status s = powerInstances(ids.value(), regionId, false); !s)
        return s.error();
    return CvmApiMapper::buildStopInstancesResponse();
}

Result<QJsonObject> CvmActionDispatcher::inquiryPriceRunInstances(const QString &regionId,
                                                                  const QJsonObject &body)
{
    const Result<LaunchCall> call = CvmApiMapper::parseInquiryPriceRunInstancesRequest(body);
    if (!call)
        return fail(call);
    if (Result<Image> image = visibleImage(call->request.imageId, regionId); !image)
        return fail(image);
    const Result<InstancePriceQuote> quote =
        quoteLaunch(call->request.instanceType, call->request.billing, call->request.count);
    if (!quote)
        return fail(quote);
    return CvmApiMapper::buildInquiryPriceRunInstancesResponse(quote.value());
}

} // namespace imprint
