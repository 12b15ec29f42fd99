#pragma once

#include "actiondispatcher.h"

namespace imprint {

// The Lighthouse service ("lighthouse", 2020-03-24): every action LighthouseApiMapper speaks.
// Custom images are blueprints; DescribeBlueprints lists them as PRIVATE blueprints (the
// simulator has no public ones).
class LighthouseActionDispatcher : public ActionDispatcher
{
public:
    explicit LighthouseActionDispatcher(SimulatorEngine &engine);

    Product product() const override { return Product::Lighthouse; }
    QStringList actions() const override;
    Result<QJsonObject> dispatch(const QString &action, const QString &regionId,
                                 const QJsonObject &body) override;

private:
    Result<QJsonObject> describeRegions(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeZones(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeBlueprints(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> createBlueprint(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> deleteBlueprints(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> modifyBlueprintAttribute(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeGeneralResourceQuotas(const QString &regionId,
                                                      const QJsonObject &body);
    Result<QJsonObject> inquirePriceCreateBlueprint(const QString &regionId,
                                                    const QJsonObject &body);
    Result<QJsonObject> createInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> startInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> stopInstances(const QString &regionId, const QJsonObject &body);
};

} // namespace imprint
