#include "clock.h"
#include "simulatorbackend.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace imprint;

// The asynchronous contract the UI relies on: calls return at once, answers and change signals
// arrive on the caller's thread, and a change is announced before the call that made it
// resolves.
class TestSimulatorBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimulatorBackend> m_backend;

    template <typename T> static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

private slots:
    void initTestCase()
    {
        m_backend = std::make_unique<SimulatorBackend>(std::make_unique<ManualClock>());
        SimulatorBackend::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("sim.sqlite"));
        options.tickIntervalMs = 0;
        QVERIFY(wait(m_backend->start(options)).ok());
    }

    void callsReturnAtOnceWhileTheEngineIsBusy()
    {
        // Hold the engine's thread, so every call queues behind the hold.
        QSemaphore hold;
        QObject blocker;
        blocker.moveToThread(m_backend->engineThread());
        QMetaObject::invokeMethod(
            &blocker, [&hold] { hold.acquire(); }, Qt::QueuedConnection);

        QFuture<Result<QList<Region>>> regions = m_backend->fetchRegions();
        QVERIFY(!regions.isFinished());
        // Attached before the answer exists, a context-free continuation runs where the promise
        // is fulfilled: the engine's thread, which must not be ours.
        QFuture<QThread *> worker = regions.then([](const Result<QList<Region>> &r) {
            return r.ok() ? QThread::currentThread() : nullptr;
        });
        hold.release();
        QThread *engineThread = wait(worker);
        QCOMPARE(engineThread, m_backend->engineThread());
        QVERIFY(engineThread != QThread::currentThread());
        QCOMPARE(regions.result().value().size(), 21);
        blocker.moveToThread(QThread::currentThread());
    }

    void continuationsRunOnTheCallersThread()
    {
        QThread *callerThread = nullptr;
        bool done = false;
        m_backend->fetchAccount().then(this, [&](const Result<Account> &account) {
            callerThread = QThread::currentThread();
            done = account.ok();
        });
        QTRY_VERIFY(done);
        QCOMPARE(callerThread, QThread::currentThread());
    }

    void changeSignalArrivesBeforeTheCallResolves()
    {
        Instance stopped;
        for (const Instance &i : wait(m_backend->fetchInstances({})).value())
            if (i.product == Product::Cvm && i.state == InstanceState::Stopped)
                stopped = i;
        QVERIFY(!stopped.id.isEmpty());
        QStringList order;
        QThread *signalThread = nullptr;
        // Disconnected at the end: the lambda refers to this function's locals, and the instance
        // changes again when its start finishes in a later test.
        const QMetaObject::Connection watch =
            connect(m_backend.get(), &Backend::instancesChanged, this,
                    [&](const QList<Instance> &instances) {
                        for (const Instance &instance : instances) {
                            if (instance.id == stopped.id) {
                                order << QStringLiteral("signal");
                                signalThread = QThread::currentThread();
                            }
                        }
                    });
        bool resolved = false;
        m_backend->startInstance(stopped.id).then(this, [&](const Result<Operation> &op) {
            QVERIFY(op.ok());
            order << QStringLiteral("resolved");
            resolved = true;
        });
        QTRY_VERIFY(resolved);
        disconnect(watch);
        QCOMPARE(order.first(), QStringLiteral("signal"));
        QCOMPARE(signalThread, QThread::currentThread());
    }

    void refusalComesBackAsASentence()
    {
        const Result<Operation> op = wait(m_backend->stopInstance(QStringLiteral("ins-missing")));
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code, ErrorCode::NotFound);
        QVERIFY(op.error().message.endsWith(QLatin1Char('.')));
    }

    void advanceClockMovesOperationsAlong()
    {
        QSignalSpy operations(m_backend.get(), &Backend::operationsChanged);
        QVERIFY(wait(m_backend->advanceClock(120)).ok());
        QTRY_VERIFY(!operations.isEmpty());
        const Operation last = operations.last().first().value<QList<Operation>>().last();
        QCOMPARE(last.state, OperationState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorBackend)
#include "tst_simulatorbackend.moc"
