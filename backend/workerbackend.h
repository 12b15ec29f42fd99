#pragma once

#include "backend.h"

#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace imprint {

// A Backend whose work happens in one worker object living in a thread of its own, so no call
// blocks the GUI thread and a caller may even block on a future without deadlocking. Shared by
// SimulatorBackend and RemoteBackend: the thread, the promise plumbing, and forwarding the
// worker's change signals, which then arrive queued on this object's thread, in order, each
// before the call that caused it resolves.
class WorkerBackend : public Backend
{
    Q_OBJECT

public:
    // The thread the worker lives in (tests and diagnostics).
    QThread *workerThread() { return &m_thread; }

protected:
    explicit WorkerBackend(const QString &threadName, QObject *parent = nullptr);
    // Stops the thread; the worker is deleted in it.
    ~WorkerBackend() override;

    // Takes the worker over: moves it to the thread (deleted there when the thread ends),
    // forwards every change signal it has to this Backend's, and starts the thread.
    template <class Worker> void adoptWorker(Worker *worker);
    // Ends the worker's thread and waits for it. A subclass whose members the worker uses calls
    // this first in its destructor; calling it again does nothing.
    void stopWorker();

    // Runs work(worker) in the worker's thread; the future resolves with its result.
    template <typename T, class Worker>
    static QFuture<T> runIn(Worker *worker, std::function<T(Worker &)> work);
    // Runs work(worker, done) in the worker's thread; the future resolves with what `done`
    // receives (work that answers later, after network calls).
    template <typename T, class Worker>
    static QFuture<T> startIn(Worker *worker,
                              std::function<void(Worker &, std::function<void(T)>)> work);

private:
    QThread m_thread;
};

template <class Worker> void WorkerBackend::adoptWorker(Worker *worker)
{
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    // The worker emits in its thread; these connections queue the changes to ours, in order.
    // A worker has the signals its kind of backend can report (a cloud reports no account).
    if constexpr (requires { &Worker::instancesChanged; })
        connect(worker, &Worker::instancesChanged, this, &Backend::instancesChanged);
    if constexpr (requires { &Worker::instancesRemoved; })
        connect(worker, &Worker::instancesRemoved, this, &Backend::instancesRemoved);
    if constexpr (requires { &Worker::imagesChanged; })
        connect(worker, &Worker::imagesChanged, this, &Backend::imagesChanged);
    if constexpr (requires { &Worker::imagesRemoved; })
        connect(worker, &Worker::imagesRemoved, this, &Backend::imagesRemoved);
    if constexpr (requires { &Worker::snapshotsChanged; })
        connect(worker, &Worker::snapshotsChanged, this, &Backend::snapshotsChanged);
    if constexpr (requires { &Worker::snapshotsRemoved; })
        connect(worker, &Worker::snapshotsRemoved, this, &Backend::snapshotsRemoved);
    if constexpr (requires { &Worker::operationsChanged; })
        connect(worker, &Worker::operationsChanged, this, &Backend::operationsChanged);
    if constexpr (requires { &Worker::accountChanged; })
        connect(worker, &Worker::accountChanged, this, &Backend::accountChanged);
    if constexpr (requires { &Worker::connectionStateChanged; })
        connect(worker, &Worker::connectionStateChanged, this, &Backend::connectionStateChanged);
    m_thread.start();
}

template <typename T, class Worker>
QFuture<T> WorkerBackend::runIn(Worker *worker, std::function<T(Worker &)> work)
{
    return startIn<T, Worker>(worker,
                              [work = std::move(work)](Worker &w, auto done) { done(work(w)); });
}

template <typename T, class Worker>
QFuture<T> WorkerBackend::startIn(Worker *worker,
                                  std::function<void(Worker &, std::function<void(T)>)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        worker,
        [promise, worker, work = std::move(work)] {
            work(*worker, [promise](T value) {
                promise->addResult(std::move(value));
                promise->finish();
            });
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace imprint
