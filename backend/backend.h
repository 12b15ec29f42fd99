#pragma once

#include "account.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "pricelist.h"
#include "pricetable.h"
#include "product.h"
#include "productpolicy.h"
#include "region.h"
#include "requests.h"
#include "snapshot.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace imprint {

// One account of a backend that spans several (CompositeBackend): what its node in the region
// tree and the status bar say about it. Every other backend is a single account and lists none.
struct AccountStatus
{
    enum class State { Loading, Connected, Failed };
    QString id;   // the scope of its record ids (ScopedId)
    QString name; // "Company (Tencent Cloud)"
    State state = State::Loading;
    QString problem; // why it failed, for the user; empty unless Failed

    friend bool operator==(const AccountStatus &, const AccountStatus &) = default;
};

// The one interface the models and the UI talk to. Implementations: SimulatorBackend (the
// embedded simulated cloud), RemoteBackend (a cloud over its own API) and CompositeBackend
// (several accounts of either kind in one window).
//
// Why QFuture rather than job objects: every call is a single request with a single answer,
// which is exactly what QFuture/QPromise model; callers chain with .then(context, ...) so the
// continuation runs on the GUI thread and dies with its context object, and tests can simply
// wait on the future. What is *not* one answer - progress, completions, changes made by someone
// else - arrives through the change signals below, which every implementation emits on the
// thread the Backend lives in (the GUI thread), after the change is committed.
//
// Signals are upserts: "changed" covers both a new record and a changed one, so a model keeps
// one code path and decides itself between rowsInserted and dataChanged.
//
// Signals are batched, a list per signal: one commit of the simulator (or one reconciliation
// pass of a remote backend) arrives as at most one signal per kind. Why: an overdue account
// repossesses tens of thousands of images in one commit; one signal per record would cost
// every model and view that many updates, where a batch costs each of them one.
// Within a commit, removals come before changes and snapshots before images before instances.
class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Backend() override = default;

    // What the status bar says we are connected to, e.g. "Embedded simulator".
    virtual QString displayName() const = 0;
    // The products this backend serves (the remote Tencent backend serves two).
    virtual QList<Product> products() const = 0;
    // The rules the UI adapts to. A remote backend may refine them (quota from the cloud).
    virtual const ProductPolicy &policy(Product product) const;
    // The rules for one region's records: where accounts differ (one cloud reports a larger
    // quota, another cannot rename), the account that owns the region answers.
    virtual const ProductPolicy &policyForRegion(Product product, const QString &regionId) const
    {
        Q_UNUSED(regionId)
        return policy(product);
    }
    // The accounts this backend spans, in the user's order; empty for a single account.
    virtual QList<AccountStatus> accounts() const { return {}; }
    // Tries a failed account again (reload its regions and records) without a restart.
    virtual void retryAccount(const QString &accountId) { Q_UNUSED(accountId) }
    // The prices behind every cost figure the UI shows, per product and region, so that tables,
    // wizards and the dashboard agree (simulated list prices from resources/prices.json).
    virtual PriceList prices(Product product, const QString &regionId) const
    {
        return PriceTable::builtIn().priceList(product, regionId);
    }
    // Simulator-only controls (top up, set balance) are offered only where this is true.
    virtual bool canControlAccount() const { return false; }

    // Reads. An empty regionKey means every region.
    virtual QFuture<Result<QList<Region>>> fetchRegions() = 0;
    virtual QFuture<Result<QList<Instance>>> fetchInstances(const QString &regionKey = {}) = 0;
    virtual QFuture<Result<QList<Image>>> fetchImages(const QString &regionKey = {}) = 0;
    virtual QFuture<Result<QList<Snapshot>>> fetchSnapshots(const QString &regionKey = {}) = 0;
    virtual QFuture<Result<QList<Operation>>> fetchOperations() = 0;
    virtual QFuture<Result<Account>> fetchAccount() = 0;
    virtual QFuture<Result<QList<ImageQuota>>> fetchImageQuotas() = 0;
    // The projects of the account that owns `regionId` (UHost; empty for products without
    // projects). Projects span an account, not a region: the region only names the account, so
    // that a backend spanning several (CompositeBackend) asks the right one, as writes do.
    virtual QFuture<Result<QStringList>> fetchProjects(Product product,
                                                       const QString &regionId) = 0;

    // Writes. A long one answers with its Operation at once and reports progress by signals.
    virtual QFuture<Result<Operation>> createImage(const CreateImageRequest &request) = 0;
    virtual QFuture<Result<Operation>> copyImage(const CopyImageRequest &request) = 0;
    virtual QFuture<Result<Image>> editImage(const EditImageRequest &request) = 0;
    virtual QFuture<Status> deleteImages(const QStringList &imageIds) = 0;
    virtual QFuture<Status> deleteSnapshot(const QString &snapshotId) = 0;
    virtual QFuture<Result<Operation>> launchInstances(const LaunchRequest &request) = 0;
    virtual QFuture<Result<Operation>> startInstance(const QString &instanceId) = 0;
    virtual QFuture<Result<Operation>> stopInstance(const QString &instanceId) = 0;
    // Only operations with Operation::cancellable set can be stopped.
    virtual QFuture<Status> cancelOperation(const QString &operationId) = 0;
    virtual QFuture<Status> topUp(qint64 amountFen) = 0;
    virtual QFuture<Status> setBalance(qint64 balanceFen) = 0;

signals:
    void instancesChanged(const QList<imprint::Instance> &instances);
    void instancesRemoved(const QStringList &instanceIds);
    void imagesChanged(const QList<imprint::Image> &images);
    void imagesRemoved(const QStringList &imageIds);
    void snapshotsChanged(const QList<imprint::Snapshot> &snapshots);
    void snapshotsRemoved(const QStringList &snapshotIds);
    void operationsChanged(const QList<imprint::Operation> &operations);
    void accountChanged(const imprint::Account &account);
    // The backend lost or regained its connection (remote backends); text is for the user.
    void connectionStateChanged(bool connected, const QString &text);
    // An account of accounts() changed state (loading, connected, failed with a problem).
    void accountStatusChanged(const imprint::AccountStatus &status);
};

} // namespace imprint
