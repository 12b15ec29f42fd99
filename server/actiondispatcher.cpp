#include "actiondispatcher.h"

#include "instancetypecatalog.h"
#include "pricelist.h"
#include "simulatorengine.h"

#include <QCoreApplication>

namespace imprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ActionDispatcher", text);
}

} // namespace

ActionDispatcher::ActionDispatcher(SimulatorEngine &engine)
    : m_engine(engine)
{}

bool ActionDispatcher::needsRegion(const QString &action) const
{
    return action != QLatin1String("DescribeRegions");
}

QList<Region> ActionDispatcher::regions() const
{
    QList<Region> out;
    for (const Region &r : m_engine.regions())
        if (r.product == product())
            out << r;
    return out;
}

std::optional<Region> ActionDispatcher::findRegion(const QString &regionId) const
{
    for (const Region &r : m_engine.regions())
        if (r.product == product() && r.id == regionId)
            return r;
    return std::nullopt;
}

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
    if (!m_engine.findImage(imageId, &image) || image.product != product() ||
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
    if (!m_engine.findInstance(instanceId, &instance) || instance.product != product() ||
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

Status ActionDispatcher::powerInstances(const QStringList &instanceIds, const QString &regionId,
                                        bool start)
{
    for (const QString &id : instanceIds)
        if (Result<Instance> instance = visibleInstance(id, regionId); !instance)
            return instance.error();
    for (const QString &id : instanceIds) {
        const Result<Operation> op = start ? m_engine.startInstance(id) : m_engine.stopInstance(id);
        if (!op)
            return op.error();
    }
    return {};
}

Result<InstancePriceQuote> ActionDispatcher::quoteLaunch(const QString &instanceType,
                                                         BillingMethod billing, int count) const
{
    InstanceType type;
    if (!InstanceTypeCatalog::find(product(), instanceType, &type))
        return Error(ErrorCode::InstanceTypeNotAllowed,
                     tr("%1 does not sell instance type %2; choose one it sells.")
                         .arg(productShortName(product()), instanceType));
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
