#pragma once

#include "accountscope.h"
#include "backend.h"

#include <memory>
#include <vector>

namespace imprint {

// Several accounts - the embedded simulator, imprint-sim processes, clouds - behind the one
// Backend interface, so the models and the UI show them in one window without knowing it.
//
// Each account is a member backend with its own scope: every id it hands out is scoped
// ("a2:img-8kd0", AccountScope) so two accounts that use the same ids cannot collide, and every
// call goes to the account that owns the id it names. Reads of everything ask every connected
// account at once and join their answers: an account that fails is marked Failed (accounts(),
// accountStatusChanged) with its reason and left out, and the others go on; an account still
// opening is not waited for - it joins when it connects (accountStatusChanged, then the window
// reloads). retryAccount() asks a failed account again without a restart.
class CompositeBackend : public Backend
{
    Q_OBJECT

public:
    explicit CompositeBackend(QObject *parent = nullptr);
    ~CompositeBackend() override;

    // Takes the member. `id` is the account's stable scope (letters, digits, '-'; no ':'),
    // unique among the accounts; `name` is what the user calls it. `ready` resolves when the
    // member can be used (a simulator opened its store, a cloud answered) or says why not.
    void addAccount(const QString &id, const QString &name, std::unique_ptr<Backend> backend,
                    QFuture<Status> ready);
    // Resolves when the first account is connected, so the window opens without waiting for a
    // slow one; fails only when every account failed.
    QFuture<Status> ready() const { return m_ready; }
    // The member behind an account (tests, diagnostics); nullptr for an unknown id.
    Backend *account(const QString &id) const;

    QString displayName() const override;
    QList<Product> products() const override;
    const ProductPolicy &policy(Product product) const override;
    const ProductPolicy &policyForRegion(Product product, const QString &regionId) const override;
    PriceList prices(Product product, const QString &regionId) const override;
    bool canControlAccount() const override;
    QList<AccountStatus> accounts() const override;
    void retryAccount(const QString &accountId) override;

    QFuture<Result<QList<Region>>> fetchRegions() override;
    QFuture<Result<QList<Instance>>> fetchInstances(const QString &regionKey = {}) override;
    QFuture<Result<QList<Image>>> fetchImages(const QString &regionKey = {}) override;
    QFuture<Result<QList<Snapshot>>> fetchSnapshots(const QString &regionKey = {}) override;
    QFuture<Result<QList<Operation>>> fetchOperations() override;
    // The account the simulator controls (top-ups, overdue): the first that can be controlled,
    // else the first account.
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
    struct Member
    {
        AccountScope scope;
        QString name;
        std::unique_ptr<Backend> backend;
        AccountStatus::State state = AccountStatus::State::Loading;
        QString problem;
    };

    void forwardSignals(Member &member);
    void setState(Member &member, AccountStatus::State state, const QString &problem = {});
    AccountStatus statusOf(const Member &member) const;
    Member *memberOf(const QString &scopedId) const;
    Member *controlled() const;
    // The members a read of everything asks: those connected. One still opening or failed is
    // not waited for; when it connects, accountStatusChanged says so and the window reloads.
    QList<Member *> connected() const;
    // Asks every reachable member with `read` and joins their answers, scoped; a member whose
    // read fails is marked Failed and left out. Fails only when every member asked failed.
    template <typename T>
    QFuture<Result<QList<T>>> readAll(std::function<QFuture<Result<QList<T>>>(Backend &)> read);
    // The read of one region key, or of everything when it is empty.
    template <typename T>
    QFuture<Result<QList<T>>>
    readRegion(const QString &regionKey,
               std::function<QFuture<Result<QList<T>>>(Backend &, const QString &)> read);
    // Sends a write to the member that owns `scopedId`, scoping what it answers.
    template <typename T>
    QFuture<T> write(const QString &scopedId, std::function<QFuture<T>(Backend &)> send);
    Error unknownAccount(const QString &scopedId) const;
    void checkReady();

    std::vector<std::unique_ptr<Member>> m_members;
    QFuture<Status> m_ready;
    std::shared_ptr<QPromise<Status>> m_readyPromise;
    Error m_firstFailure;
};

} // namespace imprint
