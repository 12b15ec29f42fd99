#include "actiondispatcher.h"

#include "instancetypecatalog.h"
#include "launchrunner.h"
#include "pricelist.h"
#include "simulatorengine.h"

#include <QCoreApplication>

#include <algorithm>

namespace imprint {

bool ActionDispatcher::changesState(const QString &action)
{
    for (const char *read : {"Describe", "Inquire", "Inquiry", "Get"})
        if (action.startsWith(QLatin1String(read)))
            return false;
    return true;
}

ActionDispatcher::ActionDispatcher(SimulatorEngine &engine, Product product)
    : m_engine(engine)
    , m_product(product)
{}

void ActionDispatcher::on(const QString &action, Handler handler)
{
    if (!m_handlers.contains(action))
        m_actions << action;
    m_handlers.insert(action, std::move(handler));
}

void ActionDispatcher::on(const QString &action, ObjectHandler handler)
{
    on(action,
       [handler = std::move(handler)](const QString &regionId,
                                      const QJsonObject &body) -> Result<ApiFields> {
           Result<QJsonObject> fields = handler(regionId, body);
           if (!fields)
               return fields.error();
           return ApiFields(std::move(fields).value());
       });
}

void ActionDispatcher::onRegionless(const QString &action, ObjectHandler handler)
{
    on(action, std::move(handler));
    if (!m_regionless.contains(action))
        m_regionless << action;
}

bool ActionDispatcher::needsRegion(const QString &action) const
{
    return action != QLatin1String("DescribeRegions") && !m_regionless.contains(action);
}

Result<ApiFields> ActionDispatcher::dispatch(const QString &action, const QString &regionId,
                                             const QJsonObject &body) const
{
    const auto handler = m_handlers.constFind(action);
    if (handler == m_handlers.cend())
        return Error(ErrorCode::Unsupported,
                     tr("%1 has no action %2.").arg(productShortName(m_product), action));
    return handler.value()(regionId, body);
}

QList<Region> ActionDispatcher::regions() const
{
    QList<Region> out;
    // Held const: a temporary list would be iterated non-const, detached and copied whole.
    const QList<Region> all = m_engine.regions();
    for (const Region &r : all)
        if (r.product == m_product)
            out << r;
    return out;
}

std::optional<Region> ActionDispatcher::findRegion(const QString &regionId) const
{
    const QList<Region> all = m_engine.regions(); // const: no detach, no copy (regions())
    for (const Region &r : all)
        if (r.product == m_product && r.id == regionId)
            return r;
    return std::nullopt;
}

// ---- the shared handlers ------------------------------------------------------------------

ActionDispatcher::ObjectHandler
ActionDispatcher::answer(ParseNothing parse,
                         std::function<QJsonObject(const QString &regionId)> build) const
{
    return [parse, build](const QString &regionId, const QJsonObject &body) -> Result<QJsonObject> {
        if (Status s = parse(body); !s)
            return s.error();
        return build(regionId);
    };
}

ActionDispatcher::Handler
ActionDispatcher::listInstances(ParseQuery parse,
                                std::function<ApiFields(const Page<Instance> &)> build,
                                ListSelection::Matcher<Instance> matches) const
{
    return list<Instance>(
        std::move(parse), std::move(build), std::move(matches),
        [this](const QString &regionKey) { return m_engine.instances(regionKey); });
}

ActionDispatcher::Handler
ActionDispatcher::listImages(ParseQuery parse, std::function<ApiFields(const Page<Image> &)> build,
                             ListSelection::Matcher<Image> matches) const
{
    return list<Image>(std::move(parse), std::move(build), std::move(matches),
                       [this](const QString &regionKey) { return m_engine.images(regionKey); });
}

ActionDispatcher::ObjectHandler ActionDispatcher::createImage(
    std::function<Result<CreateImageCall>(const QJsonObject &, const QString &regionId)> parse,
    BuildId build) const
{
    return [this, parse, build](const QString &regionId,
                                const QJsonObject &body) -> Result<QJsonObject> {
        const Result<CreateImageCall> call = parse(body, regionId);
        if (!call)
            return call.error();
        const CreateImageRequest &request = call->request;
        if (!request.sourceInstanceId.isEmpty())
            if (Result<Instance> source = visibleInstance(request.sourceInstanceId, regionId);
                !source)
                return source.error();
        if (call->dryRun) {
            if (Status s = m_engine.canCreateImage(request); !s)
                return s.error();
            return dryRunPassed();
        }
        const Result<Operation> op = m_engine.createImage(request);
        if (!op)
            return op.error();
        return build(op->targetId);
    };
}

ActionDispatcher::ObjectHandler
ActionDispatcher::deleteImages(std::function<Result<DeleteImagesCall>(const QJsonObject &)> parse,
                               BuildEmpty build) const
{
    return [this, parse, build](const QString &regionId,
                                const QJsonObject &body) -> Result<QJsonObject> {
        const Result<DeleteImagesCall> call = parse(body);
        if (!call)
            return call.error();
        if (Status s = checkVisibleImages(call->imageIds, regionId); !s)
            return s.error();
        if (call->dryRun) {
            if (Status s = m_engine.canDeleteImages(call->imageIds); !s)
                return s.error();
            return dryRunPassed();
        }
        // DeleteBindedSnap: the snapshots made for these images go too. Without it they
        // outlive the images as ordinary snapshots, as the CVM policy says.
        const QStringList bound =
            call->deleteBindedSnapshots ? boundSnapshots(call->imageIds) : QStringList();
        if (Status s = m_engine.deleteImages(call->imageIds); !s)
            return s.error();
        // Best effort, as the images are gone already: a snapshot that something else still
        // needs stays, which is what the cloud does with a snapshot in use.
        for (const QString &snapshotId : bound)
            m_engine.deleteSnapshot(snapshotId);
        return build();
    };
}

ActionDispatcher::ObjectHandler
ActionDispatcher::editImage(std::function<Result<ImageAttributeChange>(const QJsonObject &)> parse,
                            BuildEmpty build) const
{
    return [this, parse, build](const QString &regionId,
                                const QJsonObject &body) -> Result<QJsonObject> {
        const Result<ImageAttributeChange> change = parse(body);
        if (!change)
            return change.error();
        const Result<Image> image = visibleImage(change->imageId, regionId);
        if (!image)
            return image.error();
        if (Result<Image> edited = m_engine.editImage(change->applyTo(image.value())); !edited)
            return edited.error();
        return build();
    };
}

ActionDispatcher::ObjectHandler
ActionDispatcher::launch(std::function<Result<LaunchCall>(const QJsonObject &)> parse,
                         BuildIds build) const
{
    return [this, parse, build](const QString &regionId,
                                const QJsonObject &body) -> Result<QJsonObject> {
        const Result<LaunchCall> call = parse(body);
        if (!call)
            return call.error();
        LaunchRequest request = call->request;
        const Region region = findRegion(regionId).value_or(Region());
        // No zone given: the cloud picks one. The region's first zone, so that runs repeat.
        if (request.zoneId.isEmpty() && !region.zones.isEmpty())
            request.zoneId = region.zones.first().id;
        // A zone of another region: one domain code for every product; the product's error
        // code table says how its API spells it.
        if (std::none_of(region.zones.cbegin(), region.zones.cend(),
                         [&](const Zone &z) { return z.id == request.zoneId; }))
            return Error(ErrorCode::RegionMismatch,
                         tr("Zone %1 is not in region %2; choose one of its zones (DescribeZones).")
                             .arg(request.zoneId, regionId));
        if (Result<Image> image = visibleImage(request.imageId, regionId); !image)
            return image.error();
        if (call->dryRun) {
            if (Status s = m_engine.canLaunchInstances(request); !s)
                return s.error();
            return dryRunPassed();
        }
        const Result<QStringList> ids = LaunchRunner(m_engine).launch(request);
        if (!ids)
            return ids.error();
        return build(ids.value());
    };
}

ActionDispatcher::ObjectHandler ActionDispatcher::power(bool start, ParseIds parse,
                                                        BuildEmpty build) const
{
    return [this, start, parse, build](const QString &regionId,
                                       const QJsonObject &body) -> Result<QJsonObject> {
        const Result<QStringList> ids = parse(body);
        if (!ids)
            return ids.error();
        // All are checked to exist first, so a typo stops nothing.
        for (const QString &id : ids.value())
            if (Result<Instance> instance = visibleInstance(id, regionId); !instance)
                return instance.error();
        for (const QString &id : ids.value()) {
            const Result<Operation> op =
                start ? m_engine.startInstance(id) : m_engine.stopInstance(id);
            if (!op)
                return op.error();
        }
        return build();
    };
}

// ---- helpers ------------------------------------------------------------------------------

Error ActionDispatcher::dryRunPassed()
{
    // The wire code is what counts; of the domain codes, Cancelled says it best: nothing was
    // done, on purpose.
    Error e(ErrorCode::Cancelled, tr("The request would have succeeded, but DryRun is set, so "
                                     "nothing was done."));
    e.remoteCode = QStringLiteral("DryRunOperation");
    return e;
}

Result<Image> ActionDispatcher::visibleImage(const QString &imageId, const QString &regionId) const
{
    Image image;
    if (!m_engine.findImage(imageId, &image) || image.product != m_product ||
        image.regionId != regionId)
        return Error(ErrorCode::NotFound,
                     tr("Image %1 does not exist in region %2; check the id and the region.")
                         .arg(imageId, regionId));
    return image;
}

Result<Instance> ActionDispatcher::visibleInstance(const QString &instanceId,
                                                   const QString &regionId) const
{
    Instance instance;
    if (!m_engine.findInstance(instanceId, &instance) || instance.product != m_product ||
        instance.regionId != regionId)
        return Error(ErrorCode::NotFound,
                     tr("Instance %1 does not exist in region %2; check the id and the region.")
                         .arg(instanceId, regionId));
    return instance;
}

Status ActionDispatcher::checkVisibleImages(const QStringList &imageIds,
                                            const QString &regionId) const
{
    for (const QString &id : imageIds)
        if (Result<Image> image = visibleImage(id, regionId); !image)
            return image.error();
    return {};
}

QStringList ActionDispatcher::boundSnapshots(const QStringList &imageIds) const
{
    QStringList bound;
    for (const QString &id : imageIds) {
        Image image;
        m_engine.findImage(id, &image);
        for (const QString &snapshotId : image.snapshotIds()) {
            Snapshot snapshot;
            if (m_engine.findSnapshot(snapshotId, &snapshot) && snapshot.imageId == id)
                bound << snapshotId;
        }
    }
    return bound;
}

Result<InstancePriceQuote> ActionDispatcher::quoteLaunch(const QString &instanceType,
                                                         BillingMethod billing, int count) const
{
    InstanceType type;
    if (!InstanceTypeCatalog::find(m_product, instanceType, &type))
        return Error(ErrorCode::InstanceTypeNotAllowed,
                     tr("%1 does not sell instance type %2; choose one it sells.")
                         .arg(productShortName(m_product), instanceType));
    InstancePriceQuote quote;
    quote.billing = billing;
    // Pay-as-you-go: the monthly list price spread over the month's hours, rounded up to a fen.
    const qint64 unit =
        billing == BillingMethod::Subscription
            ? type.monthlyPriceFen
            : (type.monthlyPriceFen + PriceList::hoursPerMonth - 1) / PriceList::hoursPerMonth;
    quote.originalFen = unit * qMax(1, count);
    quote.discountedFen = quote.originalFen; // simulated list prices know no discounts
    return quote;
}

} // namespace imprint
