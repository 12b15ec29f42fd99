#pragma once

#include "actiondispatcher.h"

namespace imprint {

// The CVM service ("cvm", 2017-03-12): every action CvmApiMapper speaks.
class CvmActionDispatcher : public ActionDispatcher
{
public:
    explicit CvmActionDispatcher(SimulatorEngine &engine);

    Product product() const override { return Product::Cvm; }
    QStringList actions() const override;
    Result<QJsonObject> dispatch(const QString &action, const QString &regionId,
                                 const QJsonObject &body) override;

private:
    Result<QJsonObject> describeRegions(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeZones(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeImages(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> createImage(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> deleteImages(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> syncImages(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> modifyImageAttribute(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> describeImageQuota(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> runInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> startInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> stopInstances(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> inquiryPriceRunInstances(const QString &regionId, const QJsonObject &body);
};

} // namespace imprint
