#pragma once

#include "error.h"
#include "requests.h"

#include <QStringList>

namespace imprint {

class SimulatorEngine;

// RunInstances / CreateInstances answer with every new instance id, while the engine's launch
// answers with one Operation that names only the first (targetId). This finds the rest.
//
// A launch with a ClientToken: the ids the engine recorded with the token, in the launch's own
// transaction, so a repeat answers exactly the first launch's ids, across restarts too. Without
// one: the instances that exist afterwards and did not before (the engine is single-threaded,
// so nothing else can add one in between).
class LaunchRunner
{
public:
    explicit LaunchRunner(SimulatorEngine &engine);

    Result<QStringList> launch(const LaunchRequest &request);

private:
    SimulatorEngine &m_engine;
};

} // namespace imprint
