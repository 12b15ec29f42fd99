#pragma once

#include "error.h"
#include "requests.h"

#include <QStringList>

namespace imprint {

class SimulatorEngine;

// RunInstances / CreateInstances answer with every new instance id, while the engine's launch
// answers with one Operation that names only the first (targetId). This finds the rest.
//
// A fresh launch: the instances that exist afterwards and did not before (the engine is
// single-threaded, so nothing else can add one in between). A repeated ClientToken: the engine
// returns the first launch's operation and creates nothing, so the answer is the first launch's
// instances - those of the same image, zone and creation instant as its first instance (one
// launch creates all of them at the same simulated millisecond). Either way a retried launch
// answers with the same ids and never creates more.
class LaunchRunner
{
public:
    explicit LaunchRunner(SimulatorEngine &engine);

    Result<QStringList> launch(const LaunchRequest &request);

private:
    QStringList earlierLaunch(const QString &firstInstanceId) const;

    SimulatorEngine &m_engine;
};

} // namespace imprint
