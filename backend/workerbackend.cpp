#include "workerbackend.h"

namespace imprint {

WorkerBackend::WorkerBackend(const QString &threadName, QObject *parent)
    : Backend(parent)
{
    m_thread.setObjectName(threadName);
}

WorkerBackend::~WorkerBackend()
{
    stopWorker();
}

void WorkerBackend::stopWorker()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace imprint
