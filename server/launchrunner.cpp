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
    for (const Instance &i : m_engine.instances())
        before.insert(i.id);
    const Result<Operation> op = m_engine.launchInstances(request);
    if (!op)
        return op.error();
    QStringList fresh;
    for (const Instance &i : m_engine.instances())
        if (!before.contains(i.id))
            fresh << i.id;
    if (!fresh.isEmpty())
        return fresh;
    return earlierLaunch(op->targetId);
}

QStringList LaunchRunner::earlierLaunch(const QString &firstInstanceId) const
{
    Instance first;
    if (!m_engine.findInstance(firstInstanceId, &first))
        return {firstInstanceId}; // gone since; the first id is all that is left to say
    QStringList ids;
    for (const Instance &i : m_engine.instances(first.regionKey()))
        if (i.imageId == first.imageId && i.zoneId == first.zoneId &&
            i.createdAt == first.createdAt)
            ids << i.id;
    return ids;
}

} // namespace imprint
