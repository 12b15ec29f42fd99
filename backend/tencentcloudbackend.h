#pragma once

#include "backend.h"
#include "credentials.h"
#include "tencentcloudengine.h"
#include "tencentproductpolicy.h"

#include <QThread>

#include <functional>

namespace imprint {

// Tencent Cloud CVM and Lighthouse behind the Backend interface, over the API 3.0 wire format:
// the real cloud, or imprint-sim on a loopback address. The UI cannot tell it from the
// simulator except by what it reports (displayName, policies with the cloud's quotas).
//
// All network work - signing, sending, retrying, paging, fan-out over regions, polling of
// in-flight images and instances - happens in a worker thread owned by this object
// (TencentCloudEngine), so calls return at once, a caller may even block on a future without
// deadlocking, and the change signals arrive queued on this object's thread, each before the
// call that caused it resolves.
//
// What the API does not offer is refused with a sentence rather than faked: the account
// balance (billing is another API), top-ups, cancelling (the cloud cannot stop an image once
// begun), snapshots (the CBS API; images still list their snapshot ids) and projects.
class TencentCloudBackend : public Backend
{
    Q_OBJECT

public:
    using Options = TencentCloudEngine::Options;

    explicit TencentCloudBackend(Options options, QObject *parent = nullptr);
    ~TencentCloudBackend() override;

    // Takes effect for calls that start afterwards (e.g. after a key was read from the keyring).
    void setCredentials(const Credentials &credentials);
    // The thread the engine and its network access live in (tests and diagnostics).
    QThread *networkThread() { return &m_thread; }
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
    QFuture<Result<QStringList>> fetchProjects(Product product) override;

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
    QFuture<T> call(std::function<void(TencentCloudEngine &, std::function<void(T)>)> work);
    void applyQuotas(const QList<ImageQuota> &quotas);

    QString m_displayName;
    TencentProductPolicy m_cvmPolicy{Product::Cvm};
    TencentProductPolicy m_lighthousePolicy{Product::Lighthouse};
    QThread m_thread;
    TencentCloudEngine *m_engine = nullptr; // lives in m_thread, deleted there
};

} // namespace imprint
