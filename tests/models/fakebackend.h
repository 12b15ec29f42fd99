#pragma once

#include "backend.h"

#include <optional>

namespace imprint {

// An in-memory Backend for model tests: reads answer at once (ready futures) from the public
// lists, writes are refused, and helpers change the lists and emit the Backend's change
// signals the way a real backend does, so every test is deterministic.
class FakeBackend : public Backend
{
public:
    explicit FakeBackend(QObject *parent = nullptr);

    QString displayName() const override;
    QList<Product> products() const override;
    // Empty: one account, as most backends; set to act as a composite of accounts.
    QList<AccountStatus> accountList;
    QList<AccountStatus> accounts() const override { return accountList; }
    // The accounts retryAccount() was asked for, in order.
    QStringList retried;
    void retryAccount(const QString &accountId) override { retried << accountId; }
    void setAccountStatus(const AccountStatus &status)
    {
        for (AccountStatus &account : accountList)
            if (account.id == status.id)
                account = status;
        emit accountStatusChanged(status);
    }

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

    // --- Test helpers: change the lists and emit what a backend emits. ---
    // One batch, as one commit of a real backend.
    void upsertImages(const QList<Image> &batch);
    void removeImages(const QStringList &imageIds);
    void upsertInstances(const QList<Instance> &batch);
    void removeInstances(const QStringList &instanceIds);
    // A batch of one each.
    void upsertImage(const Image &image);
    void removeImage(const QString &imageId);
    void upsertInstance(const Instance &instance);
    void removeInstance(const QString &instanceId);
    void upsertSnapshot(const Snapshot &snapshot);
    void removeSnapshot(const QString &snapshotId);
    void upsertOperation(const Operation &operation);

    QList<Product> productList{Product::Lighthouse, Product::Cvm, Product::UHost, Product::Ecs};
    QList<Region> regions;
    QList<Instance> instances;
    QList<Image> images;
    QList<Snapshot> snapshots;
    QList<Operation> operations;
    Account account;
    // The account's projects, which fetchProjects answers for UHost; the regions it was asked
    // for, in order.
    QStringList projects;
    QStringList projectsAskedFor;
    // When set, every fetch fails with this error.
    std::optional<Error> fetchError;
    int fetchCount = 0;

private:
    template <typename T> QFuture<Result<T>> answer(const T &value);
};

// Builders for test records with sensible defaults.
Region makeRegion(Product product, const QString &id, const QString &name);
Image makeImage(const QString &id, const QString &name, Product product = Product::Lighthouse,
                const QString &regionId = QStringLiteral("ap-guangzhou"),
                ImageState state = ImageState::Available, int minutesAfterEpoch = 0);
Instance makeInstance(const QString &id, const QString &name, Product product = Product::Lighthouse,
                      const QString &regionId = QStringLiteral("ap-guangzhou"));
Snapshot makeSnapshot(const QString &id, const QString &name, Product product = Product::Ecs,
                      const QString &regionId = QStringLiteral("cn-hangzhou"));
Operation makeOperation(const QString &id, const QString &targetName, int minutesAfterEpoch,
                        OperationState state = OperationState::Running, int progress = 0);

} // namespace imprint
