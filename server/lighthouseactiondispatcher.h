#pragma once

#include "actiondispatcher.h"

namespace imprint {

// The Lighthouse service ("lighthouse", 2020-03-24): every action LighthouseApiMapper speaks,
// as a table. Custom images are blueprints; DescribeBlueprints lists them as PRIVATE blueprints
// (the simulator has no public ones).
class LighthouseActionDispatcher : public ActionDispatcher
{
public:
    explicit LighthouseActionDispatcher(SimulatorEngine &engine);

private:
    Result<QJsonObject> inquirePriceCreateBlueprint(const QString &regionId,
                                                    const QJsonObject &body);
};

} // namespace imprint
