#include "simulatorbackend.h"

#include "clock.h"
#include "simulatorengine.h"

#include <QCoreApplication>
#include <QTimer>

namespace imprint {

SimulatorBackend::SimulatorBackend(std::unique_ptr<Clock> clock, QObject *parent)
    : WorkerBackend(QStringLiteral("imprint-simulator"), parent)
    , m_clock(std::move(clock))
{
    m_engine = new SimulatorEngine(m_clock.get());
    adoptWorker(m_engine);
}

SimulatorBackend::~SimulatorBackend()
{
    // The engine reads the clock in its thread until the thread has ended.
    stopWorker();
}

QFuture<Status> SimulatorBackend::start(const Options &options)
{
    const int tick = options.tickIntervalMs;
    return call<Status>([options, tick](SimulatorEngine &engine) -> Status {
        SimulatorEngine::Options engineOptions;
        engineOptions.databasePath = options.databasePath;
        engineOptions.resetDemo = options.resetDemo;
        engineOptions.demoScale = options.demoScale;
        Status status = engine.open(engineOptions);
        if (status && tick > 0) {
            // The timer lives in the engine's thread with the engine as parent.
            auto *timer = new QTimer(&engine);
            QObject::connect(timer, &QTimer::timeout, &engine, &SimulatorEngine::advance);
            timer->start(tick);
        }
        return status;
    });
}

QFuture<Status> SimulatorBackend::advance()
{
    return call<Status>([](SimulatorEngine &engine) {
        engine.advance();
        return Status();
    });
}

QFuture<Status> SimulatorBackend::advanceClock(qint64 seconds)
{
    auto *manual = dynamic_cast<ManualClock *>(m_clock.get());
    return call<Status>([manual, seconds](SimulatorEngine &engine) -> Status {
        if (!manual)
            return Error(ErrorCode::Unsupported,
                         QStringLiteral("Only a manual clock can be moved by hand."));
        manual->advance(seconds);
        engine.advance();
        return {};
    });
}

QString SimulatorBackend::displayName() const
{
    return QCoreApplication::translate("SimulatorBackend", "Embedded simulator");
}

QList<Product> SimulatorBackend::products() const
{
    return allProducts();
}

QFuture<Result<QList<Region>>> SimulatorBackend::fetchRegions()
{
    return call<Result<QList<Region>>>([](SimulatorEngine &e) { return e.regions(); });
}

QFuture<Result<QList<Instance>>> SimulatorBackend::fetchInstances(const QString &regionKey)
{
    return call<Result<QList<Instance>>>(
        [regionKey](SimulatorEngine &e) { return e.instances(regionKey); });
}

QFuture<Result<QList<Image>>> SimulatorBackend::fetchImages(const QString &regionKey)
{
    return call<Result<QList<Image>>>(
        [regionKey](SimulatorEngine &e) { return e.images(regionKey); });
}

QFuture<Result<QList<Snapshot>>> SimulatorBackend::fetchSnapshots(const QString &regionKey)
{
    return call<Result<QList<Snapshot>>>(
        [regionKey](SimulatorEngine &e) { return e.snapshots(regionKey); });
}

QFuture<Result<QList<Operation>>> SimulatorBackend::fetchOperations()
{
    return call<Result<QList<Operation>>>([](SimulatorEngine &e) { return e.operations(); });
}

QFuture<Result<Account>> SimulatorBackend::fetchAccount()
{
    return call<Result<Account>>([](SimulatorEngine &e) { return e.account(); });
}

QFuture<Result<QList<ImageQuota>>> SimulatorBackend::fetchImageQuotas()
{
    return call<Result<QList<ImageQuota>>>([](SimulatorEngine &e) { return e.imageQuotas(); });
}

QFuture<Result<QStringList>> SimulatorBackend::fetchProjects(Product product, const QString &)
{
    // One account: its projects, whichever region asks.
    return call<Result<QStringList>>([product](SimulatorEngine &e) { return e.projects(product); });
}

QFuture<Result<Operation>> SimulatorBackend::createImage(const CreateImageRequest &request)
{
    return call<Result<Operation>>(
        [request](SimulatorEngine &e) { return e.createImage(request); });
}

QFuture<Result<Operation>> SimulatorBackend::copyImage(const CopyImageRequest &request)
{
    return call<Result<Operation>>([request](SimulatorEngine &e) { return e.copyImage(request); });
}

QFuture<Result<Image>> SimulatorBackend::editImage(const EditImageRequest &request)
{
    return call<Result<Image>>([request](SimulatorEngine &e) { return e.editImage(request); });
}

QFuture<Status> SimulatorBackend::deleteImages(const QStringList &imageIds)
{
    return call<Status>([imageIds](SimulatorEngine &e) { return e.deleteImages(imageIds); });
}

QFuture<Status> SimulatorBackend::deleteSnapshot(const QString &snapshotId)
{
    return call<Status>([snapshotId](SimulatorEngine &e) { return e.deleteSnapshot(snapshotId); });
}

QFuture<Result<Operation>> SimulatorBackend::launchInstances(const LaunchRequest &request)
{
    return call<Result<Operation>>(
        [request](SimulatorEngine &e) { return e.launchInstances(request); });
}

QFuture<Result<Operation>> SimulatorBackend::startInstance(const QString &instanceId)
{
    return call<Result<Operation>>(
        [instanceId](SimulatorEngine &e) { return e.startInstance(instanceId); });
}

QFuture<Result<Operation>> SimulatorBackend::stopInstance(const QString &instanceId)
{
    return call<Result<Operation>>(
        [instanceId](SimulatorEngine &e) { return e.stopInstance(instanceId); });
}

QFuture<Status> SimulatorBackend::cancelOperation(const QString &operationId)
{
    return call<Status>(
        [operationId](SimulatorEngine &e) { return e.cancelOperation(operationId); });
}

QFuture<Status> SimulatorBackend::topUp(qint64 amountFen)
{
    return call<Status>([amountFen](SimulatorEngine &e) { return e.topUp(amountFen); });
}

QFuture<Status> SimulatorBackend::setBalance(qint64 balanceFen)
{
    return call<Status>([balanceFen](SimulatorEngine &e) { return e.setBalance(balanceFen); });
}

} // namespace imprint
