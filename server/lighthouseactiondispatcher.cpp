#include "lighthouseactiondispatcher.h"

#include "dryrunchecks.h"
#include "launchrunner.h"
#include "lighthouseapimapper.h"
#include "listselection.h"
#include "pricelist.h"
#include "simulatorengine.h"
#include "wireenums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace imprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LighthouseActionDispatcher", text);
}

// Names the simulator has no data for (IP addresses, tags, scenes) match nothing.
bool instanceMatches(const Instance &i, const ApiFilter &f)
{
    const QString &n = f.name;
    if (n == QLatin1String("instance-name"))
        return ListSelection::anyEquals(f, i.name);
    if (n == QLatin1String("zone"))
        return ListSelection::anyEquals(f, i.zoneId);
    if (n == QLatin1String("instance-state"))
        return ListSelection::anyEquals(f, WireEnums::instanceState(i.state));
    return false;
}

bool blueprintMatches(const Image &m, const ApiFilter &f)
{
    const QString &n = f.name;
    if (n == QLatin1String("blueprint-id"))
        return ListSelection::anyEquals(f, m.id);
    if (n == QLatin1String("blueprint-type")) // custom images only: PRIVATE
        return ListSelection::anyEquals(f, QStringLiteral("PRIVATE"));
    if (n == QLatin1String("platform-type"))
        return ListSelection::anyEquals(f, WireEnums::platformType(m.osType));
    if (n == QLatin1String("blueprint-name"))
        return ListSelection::anyEquals(f, m.name);
    if (n == QLatin1String("blueprint-state"))
        return ListSelection::anyEquals(f, WireEnums::blueprintState(m.state));
    return false;
}

template <typename T> Result<QJsonObject> fail(const Result<T> &result)
{
    return result.error();
}

} // namespace

LighthouseActionDispatcher::LighthouseActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine)
{}

QStringList LighthouseActionDispatcher::actions() const
{
    return LighthouseApiMapper::actions();
}

Result<QJsonObject> LighthouseActionDispatcher::dispatch(const QString &action,
                                                         const QString &regionId,
                                                         const QJsonObject &body)
{
    using Handler =
        Result<QJsonObject> (LighthouseActionDispatcher::*)(const QString &, const QJsonObject &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("DescribeRegions"), &LighthouseActionDispatcher::describeRegions},
        {QStringLiteral("DescribeZones"), &LighthouseActionDispatcher::describeZones},
        {QStringLiteral("DescribeInstances"), &LighthouseActionDispatcher::describeInstances},
        {QStringLiteral("DescribeBlueprints"), &LighthouseActionDispatcher::describeBlueprints},
        {QStringLiteral("CreateBlueprint"), &LighthouseActionDispatcher::createBlueprint},
        {QStringLiteral("DeleteBlueprints"), &LighthouseActionDispatcher::deleteBlueprints},
        {QStringLiteral("ModifyBlueprintAttribute"),
         &LighthouseActionDispatcher::modifyBlueprintAttribute},
        {QStringLiteral("DescribeGeneralResourceQuotas"),
         &LighthouseActionDispatcher::describeGeneralResourceQuotas},
        {QStringLiteral("InquirePriceCreateBlueprint"),
         &LighthouseActionDispatcher::inquirePriceCreateBlueprint},
        {QStringLiteral("CreateInstances"), &LighthouseActionDispatcher::createInstances},
        {QStringLiteral("StartInstances"), &LighthouseActionDispatcher::startInstances},
        {QStringLiteral("StopInstances"), &LighthouseActionDispatcher::stopInstances},
    };
    const Handler handler = handlers.value(action);
    if (!handler)
        return Error(ErrorCode::Unsupported, tr("Lighthouse has no action %1.").arg(action));
    return (this->*handler)(regionId, body);
}

Result<QJsonObject> LighthouseActionDispatcher::describeRegions(const QString &,
                                                                const QJsonObject &body)
{
    if (Status s = LighthouseApiMapper::parseDescribeRegionsRequest(body); !s)
        return s.error();
    return LighthouseApiMapper::buildDescribeRegionsResponse(regions());
}

Result<QJsonObject> LighthouseActionDispatcher::describeZones(const QString &regionId,
                                                              const QJsonObject &body)
{
    if (Status s = LighthouseApiMapper::parseDescribeZonesRequest(body); !s)
        return s.error();
    return LighthouseApiMapper::buildDescribeZonesResponse(
        findRegion(regionId).value_or(Region()).zones);
}

Result<QJsonObject> LighthouseActionDispatcher::describeInstances(const QString &regionId,
                                                                  const QJsonObject &body)
{
    const Result<ListQuery> query = LighthouseApiMapper::parseDescribeInstancesRequest(body);
    if (!query)
        return fail(query);
    return LighthouseApiMapper::buildDescribeInstancesResponse(
        ListSelection::select<Instance>(engine().instances(Region::regionKey(product(), regionId)),
                                        query.value(), instanceMatches));
}

Result<QJsonObject> LighthouseActionDispatcher::describeBlueprints(const QString &regionId,
                                                                   const QJsonObject &body)
{
    const Result<ListQuery> query = LighthouseApiMapper::parseDescribeBlueprintsRequest(body);
    if (!query)
        return fail(query);
    return LighthouseApiMapper::buildDescribeBlueprintsResponse(ListSelection::select<Image>(
        engine().images(Region::regionKey(product(), regionId)), query.value(), blueprintMatches));
}

Result<QJsonObject> LighthouseActionDispatcher::createBlueprint(const QString &regionId,
                                                                const QJsonObject &body)
{
    const Result<CreateImageRequest> request =
        LighthouseApiMapper::parseCreateBlueprintRequest(body, regionId);
    if (!request)
        return fail(request);
    if (Result<Instance> source = visibleInstance(request->sourceInstanceId, regionId); !source)
        return fail(source);
    const Result<Operation> op = engine().createImage(request.value());
    if (!op)
        return fail(op);
    return LighthouseApiMapper::buildCreateBlueprintResponse(op->targetId);
}

Result<QJsonObject> LighthouseActionDispatcher::deleteBlueprints(const QString &regionId,
                                                                 const QJsonObject &body)
{
    const Result<QStringList> ids = LighthouseApiMapper::parseDeleteBlueprintsRequest(body);
    if (!ids)
        return fail(ids);
    if (Status s = checkVisibleImages(ids.value(), regionId); !s)
        return s.error();
    if (Status s = engine().deleteImages(ids.value()); !s)
        return s.error();
    return LighthouseApiMapper::buildDeleteBlueprintsResponse();
}

Result<QJsonObject> LighthouseActionDispatcher::modifyBlueprintAttribute(const QString &regionId,
                                                                         const QJsonObject &body)
{
    const Result<ImageAttributeChange> change =
        LighthouseApiMapper::parseModifyBlueprintAttributeRequest(body);
    if (!change)
        return fail(change);
    const Result<Image> image = visibleImage(change->imageId, regionId);
    if (!image)
        return fail(image);
    if (Result<Image> edited = engine().editImage(change->applyTo(image.value())); !edited)
        return fail(edited);
    return LighthouseApiMapper::buildModifyBlueprintAttributeResponse();
}

Result<QJsonObject>
LighthouseActionDispatcher::describeGeneralResourceQuotas(const QString &regionId,
                                                          const QJsonObject &body)
{
    const Result<QStringList> names =
        LighthouseApiMapper::parseDescribeGeneralResourceQuotasRequest(body);
    if (!names)
        return fail(names);
    return LighthouseApiMapper::buildDescribeGeneralResourceQuotasResponse(
        engine().imageQuota(product(), regionId), names.value());
}

Result<QJsonObject> LighthouseActionDispatcher::inquirePriceCreateBlueprint(const QString &regionId,
                                                                            const QJsonObject &body)
{
    const Result<int> count = LighthouseApiMapper::parseInquirePriceCreateBlueprintRequest(body);
    if (!count)
        return fail(count);
    // The simulated list price: each blueprint beyond the region's free tier costs the
    // per-image price for a month; the free tier shows as the discount.
    const ImageQuota quota = engine().imageQuota(product(), regionId);
    const qint64 unit = PriceList::simulatedListPrices().lighthouseExtraImageFenPerMonth();
    const int freeLeft = qMax(0, quota.freeTier - quota.used);
    BlueprintPriceQuote quote;
    quote.unitFen = unit;
    quote.originalFen = unit * count.value();
    quote.discountedFen = unit * qMax(0, count.value() - freeLeft);
    return LighthouseApiMapper::buildInquirePriceCreateBlueprintResponse(quote);
}

Result<QJsonObject> LighthouseActionDispatcher::createInstances(const QString &regionId,
                                                                const QJsonObject &body)
{
    const Result<LaunchCall> call = LighthouseApiMapper::parseCreateInstancesRequest(body);
    if (!call)
        return fail(call);
    LaunchRequest request = call->request;
    const Region region = findRegion(regionId).value_or(Region());
    // Zones omitted: the cloud picks one. The region's first zone, so that runs repeat.
    if (request.zoneId.isEmpty() && !region.zones.isEmpty())
        request.zoneId = region.zones.first().id;
    if (std::none_of(region.zones.cbegin(), region.zones.cend(),
                     [&](const Zone &z) { return z.id == request.zoneId; }))
        return Error(ErrorCode::ZoneNotAllowed,
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
    return LighthouseApiMapper::buildCreateInstancesResponse(ids.value());
}

Result<QJsonObject> LighthouseActionDispatcher::startInstances(const QString &regionId,
                                                               const QJsonObject &body)
{
    const Result<QStringList> ids = LighthouseApiMapper::parseStartInstancesRequest(body);
    if (!ids)
        return fail(ids);
    if (Status s = powerInstances(ids.value(), regionId, true); !s)
        return s.error();
    return LighthouseApiMapper::buildStartInstancesResponse();
}

Result<QJsonObject> LighthouseActionDispatcher::stopInstances(const QString &regionId,
                                                              const QJsonObject &body)
{
    const Result<QStringList> ids = LighthouseApiMapper::parseStopInstancesRequest(body);
    if (!ids)
        return fail(ids);
    if (Status s = powerInstances(ids.value(), regionId, false); !s)
        return s.error();
    return LighthouseApiMapper::buildStopInstancesResponse();
}

} // namespace imprint
