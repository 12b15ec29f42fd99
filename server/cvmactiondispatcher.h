#pragma once

#include "actiondispatcher.h"

#include <QCoreApplication>

namespace imprint {

// The CVM service ("cvm", 2017-03-12): every action CvmApiMapper speaks, as a table.
class CvmActionDispatcher : public ActionDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(CvmActionDispatcher)

public:
    explicit CvmActionDispatcher(SimulatorEngine &engine);

private:
    Result<QJsonObject> syncImages(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> inquiryPriceRunInstances(const QString &regionId, const QJsonObject &body);
};

} // namespace imprint
