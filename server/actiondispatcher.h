#pragma once

#include "apiresponses.h"
#include "error.h"
#include "image.h"
#include "instance.h"
#include "product.h"
#include "region.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

class SimulatorEngine;

// Runs the actions of one API 3.0 service against the engine: the request body goes through
// the product's mapper (parse...Request refuses with the action's documented code), the engine
// does the work, and build...Response shapes the answer. Authentication, routing and the
// envelope are the wire gateway's; a dispatcher only sees an authentic request for one of its
// actions in a region it serves.
//
// Resources of another region are invisible, as in the cloud: naming one is "not found", not
// "wrong region".
class ActionDispatcher
{
public:
    explicit ActionDispatcher(SimulatorEngine &engine);
    virtual ~ActionDispatcher() = default;

    virtual Product product() const = 0;
    virtual QStringList actions() const = 0;
    // Region-independent actions (DescribeRegions) need no X-TC-Region.
    virtual bool needsRegion(const QString &action) const;
    // The Response fields (without RequestId), or the refusal. A refusal that already carries
    // its wire code (remoteCode) goes out as it is; others get TencentErrorCodes' choice.
    virtual Result<QJsonObject> dispatch(const QString &action, const QString &regionId,
                                         const QJsonObject &body) = 0;

    QList<Region> regions() const; // this product's
    std::optional<Region> findRegion(const QString &regionId) const;

protected:
    SimulatorEngine &engine() { return m_engine; }
    const SimulatorEngine &engine() const { return m_engine; }

    // The refusal that answers a DryRun whose checks passed.
    static Error dryRunPassed();
    Result<Image> visibleImage(const QString &imageId, const QString &regionId) const;
    Result<Instance> visibleInstance(const QString &instanceId, const QString &regionId) const;
    Status checkVisibleImages(const QStringList &imageIds, const QString &regionId) const;
    // Start or stop each instance; all are checked to exist first, so a typo stops nothing.
    Status powerInstances(const QStringList &instanceIds, const QString &regionId, bool start);
    // Simulated list price of launching `count` instances of `instanceType` for one month
    // (subscription) or one hour (pay-as-you-go); InstanceTypeNotAllowed when not sold.
    Result<InstancePriceQuote> quoteLaunch(const QString &instanceType, BillingMethod billing,
                                           int count) const;

private:
    SimulatorEngine &m_engine;
};

} // namespace imprint
