#pragma once

#include "workerbackend.h"

#include <functional>
#include <memory>

namespace imprint {

class Clock;
class SimulatorEngine;

// The embedded simulated cloud behind the Backend interface. The engine and its SQLite
// connection are the worker of a WorkerBackend, so no call blocks the GUI thread; a timer in
// the worker's thread moves simulated time along.
class SimulatorBackend : public WorkerBackend
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        bool resetDemo = false;
        int demoScale = 0;
        int tickIntervalMs = 250; // 0: no timer (tests call advance() themselves)
    };

    // Takes ownership of the clock (ManualClock in tests, ScaledClock in the app).
    explicit SimulatorBackend(std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~SimulatorBackend() override;

    // Opens (or creates) the store in the worker thread.
    QFuture<Status> start(const Options &options);
    // Runs the engine's advance() in its thread; resolves when done (tests, manual clocks).
    QFuture<Status> advance();
    // Tests: moves a ManualClock forward by `seconds` in the engine's thread (the clock is not
    // thread-safe), then advances the engine. Refused for other clocks.
    QFuture<Status> advanceClock(qint64 seconds);
    Clock *clock() const { return m_clock.get(); }
    // The thread the engine and its store live in (tests and diagnostics).
    QThread *engineThread() { return workerThread(); }

    QString displayName() const override;
    QList<Product> products() const override;
    bool canControlAccount() const override { return true; }

    QFuture<Result<QList<Region>>> fetchRegions() override;
    QFuture<Result<QList<Instance>>> fetchInstances(const QString &regionKey) override;
    QFuture<Result<QList<Image>>> fetchImages(const QString &regionKey) override;
    QFuture<Result<QList<Snapshot>>> fetchSnapshots(const QString &regionKey) override;
    QFuture<Result<QList<Operation>>> fetchOperations() override;
    QFuture<Result<Account>> fetchAccount() override;
    QFuture<Result<QList<ImageQuota>>> fetchImageQuotas() override;
    QFuture<Result<QStringList>> fetchProjects(Product product, const QString &regionId) override;

    QFuture<Result<Operation>> createImage(const CreateImageRequest &request) override;
    QFuture<Result<Operation>> copyImage(const CopyImageRequest &request) override;
    QFuture<Result<Image>> editImage(const EditImageRequest &request) override;
    QFuture<Status> deleteImages(const QStringList &imageIds) override;
    QFuture<Status> deleteSnapshot(const QString &snapshotId) override;
    QFuture<Result<Operation>> launchInstances(const LaunchRequest &request) override;
    QFuture<Result<Operation>> startInstance(const QString &instanceId) override;
    QFuture<Result<Operation>> stopInstance(const QString &instanceId) override;
    QFuture<Status> cancelOperation(const QString &operationId) override;
    QFuture<Status> topUp(qint64 amountFen) override;
    QFuture<Status> setBalance(qint64 balanceFen) override;

private:
    // Runs work(engine) in the engine's thread and hands its result back as a future.
    template <typename T> QFuture<T> call(std::function<T(SimulatorEngine &)> work)
    {
        return runIn<T>(m_engine, std::move(work));
    }

    std::unique_ptr<Clock> m_clock;
    SimulatorEngine *m_engine = nullptr; // lives in m_thread, deleted there
};

} // namespace imprint
