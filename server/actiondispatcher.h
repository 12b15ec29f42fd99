#pragma once

#include "apifields.h"
#include "apirequests.h"
#include "apiresponses.h"
#include "error.h"
#include "image.h"
#include "instance.h"
#include "listselection.h"
#include "product.h"
#include "region.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace imprint {

class SimulatorEngine;

// Runs the actions of one product's API against the engine, as a table: action name -> handler.
// A handler parses the request body with the product's mapper (which refuses with the action's
// documented code), asks the engine, and shapes the answer with the mapper. Authentication,
// routing and the envelope are the wire gateway's; a dispatcher only sees an authentic request
// for one of its actions in a region it serves.
//
// The handlers that every product needs - list, create, delete, edit, launch, start and stop -
// exist once, here, and a product dispatcher composes them with its mapper's functions; only
// what a product alone has (CVM's SyncImages, Lighthouse's free-tier price) is its own code.
// A dry run asks the engine's validators, the same ones the real call goes through.
//
// Resources of another region are invisible, as in the cloud: naming one is "not found", not
// "wrong region".
class ActionDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(ActionDispatcher)

public:
    // The Response fields (without RequestId), or the refusal. A refusal that already carries
    // its wire code (remoteCode) goes out as it is; others get the product's error-code table.
    using Handler =
        std::function<Result<ApiFields>(const QString &regionId, const QJsonObject &body)>;
    // The same for a handler that builds its fields as a QJsonObject, as most do.
    using ObjectHandler =
        std::function<Result<QJsonObject>(const QString &regionId, const QJsonObject &body)>;

    ActionDispatcher(SimulatorEngine &engine, Product product);
    virtual ~ActionDispatcher() = default;

    Product product() const { return m_product; }
    // Whether the action can change the cloud (create, copy, delete, modify, launch, start,
    // stop): all but the reads, which begin Describe, Inquire/Inquiry or Get on all three
    // APIs. Only these are kept by the replay guard (replayguard.h).
    static bool changesState(const QString &action);
    // Every action of the table, in the order registered.
    QStringList actions() const { return m_actions; }
    bool hasAction(const QString &action) const { return m_handlers.contains(action); }
    // Region-independent actions (DescribeRegions, and those marked regionless) need no region.
    bool needsRegion(const QString &action) const;
    Result<ApiFields> dispatch(const QString &action, const QString &regionId,
                               const QJsonObject &body) const;

    QList<Region> regions() const; // this product's
    std::optional<Region> findRegion(const QString &regionId) const;

protected:
    // Mapper function shapes the shared handlers are made from.
    using ParseNothing = std::function<Status(const QJsonObject &)>;
    using ParseQuery = std::function<Result<ListQuery>(const QJsonObject &)>;
    using ParseIds = std::function<Result<QStringList>(const QJsonObject &)>;
    using BuildEmpty = std::function<QJsonObject()>;
    using BuildId = std::function<QJsonObject(const QString &)>;
    using BuildIds = std::function<QJsonObject(const QStringList &)>;

    void on(const QString &action, Handler handler);
    void on(const QString &action, ObjectHandler handler);
    // An action that is answered without a region (UCloud's GetRegion, GetProjectList).
    void onRegionless(const QString &action, ObjectHandler handler);
    // The actions every Tencent API 3.0 service names alike - DescribeRegions, DescribeZones,
    // DescribeInstances, StartInstances, StopInstances - from a mapper whose functions are
    // named alike too (CvmApiMapper, LighthouseApiMapper).
    template <typename Mapper> void onApi3CommonActions(ListSelection::Matcher<Instance> matches)
    {
        on(QStringLiteral("DescribeRegions"),
           answer(&Mapper::parseDescribeRegionsRequest, [this](const QString &) {
               return Mapper::buildDescribeRegionsResponse(regions());
           }));
        on(QStringLiteral("DescribeZones"),
           answer(&Mapper::parseDescribeZonesRequest, [this](const QString &regionId) {
               return Mapper::buildDescribeZonesResponse(
                   findRegion(regionId).value_or(Region()).zones);
           }));
        on(QStringLiteral("DescribeInstances"),
           listInstances(&Mapper::parseDescribeInstancesRequest,
                         &Mapper::buildDescribeInstancesResponse, matches));
        on(QStringLiteral("StartInstances"),
           power(true, &Mapper::parseStartInstancesRequest, &Mapper::buildStartInstancesResponse));
        on(QStringLiteral("StopInstances"),
           power(false, &Mapper::parseStopInstancesRequest, &Mapper::buildStopInstancesResponse));
    }

    SimulatorEngine &engine() const { return m_engine; }

    // The shared handlers.
    // An action without input whose answer depends on the region only (DescribeRegions, ...).
    ObjectHandler answer(ParseNothing parse,
                         std::function<QJsonObject(const QString &regionId)> build) const;
    // A list's build may write its fields as JSON text (ApiFields), the reads clients repeat.
    Handler listInstances(ParseQuery parse, std::function<ApiFields(const Page<Instance> &)> build,
                          ListSelection::Matcher<Instance> matches) const;
    Handler listImages(ParseQuery parse, std::function<ApiFields(const Page<Image> &)> build,
                       ListSelection::Matcher<Image> matches) const;
    ObjectHandler createImage(
        std::function<Result<CreateImageCall>(const QJsonObject &, const QString &regionId)> parse,
        BuildId build) const;
    ObjectHandler deleteImages(std::function<Result<DeleteImagesCall>(const QJsonObject &)> parse,
                               BuildEmpty build) const;
    ObjectHandler editImage(std::function<Result<ImageAttributeChange>(const QJsonObject &)> parse,
                            BuildEmpty build) const;
    ObjectHandler launch(std::function<Result<LaunchCall>(const QJsonObject &)> parse,
                         BuildIds build) const;
    ObjectHandler power(bool start, ParseIds parse, BuildEmpty build) const;

    // The refusal that answers a DryRun whose checks passed.
    static Error dryRunPassed();
    Result<Image> visibleImage(const QString &imageId, const QString &regionId) const;
    Result<Instance> visibleInstance(const QString &instanceId, const QString &regionId) const;
    // Simulated list price of launching `count` instances of `instanceType` for one month
    // (subscription) or one hour (pay-as-you-go); InstanceTypeNotAllowed when not sold.
    Result<InstancePriceQuote> quoteLaunch(const QString &instanceType, BillingMethod billing,
                                           int count) const;

private:
    // A Describe* handler over the records of the request's region.
    template <typename T>
    Handler list(ParseQuery parse, std::function<ApiFields(const Page<T> &)> build,
                 ListSelection::Matcher<T> matches,
                 std::function<QList<T>(const QString &regionKey)> records) const
    {
        return [this, parse, build, matches,
                records](const QString &regionId, const QJsonObject &body) -> Result<ApiFields> {
            const Result<ListQuery> query = parse(body);
            if (!query)
                return query.error();
            return build(ListSelection::select<T>(records(Region::regionKey(m_product, regionId)),
                                                  query.value(), matches));
        };
    }
    Status checkVisibleImages(const QStringList &imageIds, const QString &regionId) const;
    // The snapshots DeleteBindedSnap removes along with the images: those made for them.
    QStringList boundSnapshots(const QStringList &imageIds) const;

    SimulatorEngine &m_engine;
    Product m_product;
    QStringList m_actions;
    QStringList m_regionless;
    QHash<QString, Handler> m_handlers;
};

} // namespace imprint
