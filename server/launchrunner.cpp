#include "launchrunner.h"

#include "simulatorengine.h"

#include <QSet>

namespace imprint {

LaunchRunner::LaunchRunner(SimulatorEngine &engine)
    : m_engine(engine)
{}

Result<QStringList> LaunchRunner::launch(const LaunchRequest &request)
{
    QSet<QString> before;
    if (request.clientToken.isEmpty())
        for (const Instance &i : m_engine.instances())
            before.insert(i.id);
    const Result<Operation> op = m_engine.launchInstances(request);
    if (!op)
        return op.error();
    if (!request.clientToken.isEmpty()) {
        const QStringList ids = m_engine.launchedWith(request.clientToken);
        // A store from before the records kept only the launch's operation.
        return ids.isEmpty() ? QStringList{op->targetId} : ids;
    }
    QStringList fresh;
    for (const Instance &i : m_engine.instances())
        if (!before.contains(i.id))
            fresh << i.id;
    return fresh;
}

} // namespace imprint
