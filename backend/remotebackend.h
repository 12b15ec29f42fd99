#pragma once

#include "credentials.h"
#include "remoteengine.h"
#include "workerbackend.h"

#include <functional>
#include <memory>
#include <vector>

namespace imprint {

// A cloud behind the Backend interface: the real cloud, or imprint-sim on a loopback address.
// The UI cannot tell it from the simulator except by what it reports (displayName, policies
// with the cloud's quotas). What makes it one cloud or another is the RemoteCloud it is given
// (a transport and one ProductApi per product); everything here is the same for every cloud.
//
// All network work - signing, sending, retrying, paging, fan-out over regions, polling of
// in-flight images and instances - happens in the RemoteEngine, the worker of this
// WorkerBackend, so calls return at once, a caller may even block on a future without
// deadlocking, and the change signals arrive queued on this object's thread, each before the
// call that caused it resolves.
//
// What a cloud's image and instance APIs do not offer is refused with a sentence rather than
// faked: the account balance (billing is another API), top-ups, cancelling what the cloud
// cannot stop (everything but an ECS copy) and snapshots (another API; images still list their
// snapshot ids).
// Projects come from the product API where the cloud has them (UCloud), else there are none.
class RemoteBackend : public WorkerBackend
{
    Q_OBJECT

public:
    using Options = RemoteEngine::Options;

    // `displayName` is what the status bar says we are connected to.
    RemoteBackend(RemoteCloud cloud, const QString &displayName, Options options,
                  QObject *parent = nullptr);
    ~RemoteBackend() override;

    // Takes effect for calls that start afterwards (e.g. after a key was read from the keyring).
    void setCredentials(const Credentials &credentials);
    // The thread the engine and its network access live in (tests and diagnostics).
    QThread *networkThread() { return workerThread(); }
    // Polls in-flight operations now instead of at the next interval (tests, "Refresh").
    void pollNow();
    // Lists every region now, announcing what changed (the periodic light refresh, on demand).
    void refreshNow();

    QString displayName() const override;
    QList<Product> products() const override;
    const ProductPolicy &policy(Product product) const override;
    bool canControlAccount() const override { return false; }

    QFuture<Result<QList<Region>>> fetchRegions() override;
    QFuture<Result<QList<Instance>>> fetchInstances(const QString &regionKey = {}) override;
    QFuture<Result<QList<Image>>> fetchImages(const QString &regionKey = {}) override;
    QFuture<Result<QList<Snapshot>>> fetchSnapshots(const QString &regionKey = {}) override;
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
    // Runs work(engine, done) in the engine's thread; the future resolves with what `done`
    // receives.
    template <typename T>
    QFuture<T> call(std::function<void(RemoteEngine &, std::function<void(T)>)> work)
    {
        return startIn<T>(m_engine, std::move(work));
    }
    void applyQuotas(const QList<ImageQuota> &quotas);

    QString m_displayName;
    QString m_cloudName;
    // One per product, in the cloud's order, each the product's rules with the figures this
    // cloud reported (ProductPolicy::create); read and updated in the GUI thread.
    std::vector<std::unique_ptr<ProductPolicy>> m_policies;
    RemoteEngine *m_engine = nullptr; // the worker, deleted in its thread
};

} // namespace imprint
