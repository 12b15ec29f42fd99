#pragma once

#include "account.h"
#include "clock.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "region.h"
#include "requests.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace imprint {

class SqliteStore;
class StoreLock;
struct ChangeSet;
struct CloudState;
struct OperationTask;

// The simulated cloud: all four products' resources, their long operations and the account.
// Single-threaded: it lives in one thread (SimulatorBackend gives it a worker thread) and owns
// its SQLite connection there. Every mutation is validated against the product policy, written
// to the store in one transaction, and only then applied in memory and announced by signals:
// a failed request, or a kill, leaves the last committed state.
class SimulatorEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;   // SQLite file; created with a demo world when missing
        bool resetDemo = false; // throw the stored state away and build a new demo world
        int demoScale = 0;      // 0: the normal demo; N > 0: a large account (N-thousand rows)
        // The rolling backup (SqliteStore::backupPath) is refreshed on a clean shutdown and,
        // while changes come in, at most this often (wall-clock seconds; 0: after every change).
        int backupIntervalSeconds = 600;
    };

    explicit SimulatorEngine(Clock *clock, QObject *parent = nullptr);
    ~SimulatorEngine() override;

    // Takes the store's lock, then opens it: a missing store gets a new demo world; an existing
    // one is read and checked first and never written when it cannot be read (StoreDamaged).
    // StoreInUse when another process holds it.
    Status open(const Options &options);
    // Publishes where this process serves the store, for a refused second opener (imprint-sim).
    void publishEndpoint(const QUrl &endpoint);
    Clock *clock() const { return m_clock; }

    // Queries (copies; regionKey empty means every region)
    QList<Region> regions() const;
    QList<Instance> instances(const QString &regionKey = {}) const;
    QList<Image> images(const QString &regionKey = {}) const;
    QList<Snapshot> snapshots(const QString &regionKey = {}) const;
    QList<Operation> operations() const;
    Account account() const;
    QList<ImageQuota> imageQuotas() const;
    ImageQuota imageQuota(Product product, const QString &regionId) const;
    QStringList projects(Product product) const; // UHost projects
    bool findInstance(const QString &id, Instance *out) const;
    bool findImage(const QString &id, Image *out) const;
    bool findSnapshot(const QString &id, Snapshot *out) const;

    // Validators: would the mutation of the same name accept this request now, and if not, the
    // refusal it would answer with (same code, same message). Each mutation asks its validator
    // first, so a dry run (the API's DryRun) and the real call can never answer differently.
    // Only a failure while writing (StorageFailure) is beyond what a validator can foresee.
    Status canCreateImage(const CreateImageRequest &request) const;
    Status canCopyImage(const CopyImageRequest &request) const;
    Status canDeleteImages(const QStringList &imageIds) const;
    Status canLaunchInstances(const LaunchRequest &request) const;

    // Mutations. A long one returns its Operation at once; advance() moves it along. A create,
    // copy or launch with a ClientToken keeps what it did with it, in the same transaction: a
    // repeat answers the first operation, across restarts too; the token with other parameters
    // is refused with ClientTokenReused.
    Result<Operation> createImage(const CreateImageRequest &request);
    Result<Operation> copyImage(const CopyImageRequest &request);
    Result<Image> editImage(const EditImageRequest &request);
    Status deleteImages(const QStringList &imageIds);
    Status deleteSnapshot(const QString &snapshotId);
    // A repeated launch token also names the first launch's instances (launchedWith()).
    Result<Operation> launchInstances(const LaunchRequest &request);
    // The instances the launch with this ClientToken created, in order; empty when no launch
    // used the token (or a store from before these records kept only the operation).
    QStringList launchedWith(const QString &clientToken) const;
    Result<Operation> startInstance(const QString &instanceId);
    Result<Operation> stopInstance(const QString &instanceId);
    Status cancelOperation(const QString &operationId);
    // Account: a top-up adds to the balance; setBalance is the simulator's "what if" control.
    Status topUp(qint64 amountFen);
    Status setBalance(qint64 balanceFen);

    // Moves simulated time to the clock's now: progress, completions, hourly billing, overdue
    // repossession and release. Call it from a timer; tests call it after advancing the clock.
    void advance();

signals:
    // One commit, one batch per kind (see Backend): changes cover added and changed records.
    void instancesChanged(const QList<imprint::Instance> &instances);
    void instancesRemoved(const QStringList &instanceIds);
    void imagesChanged(const QList<imprint::Image> &images);
    void imagesRemoved(const QStringList &imageIds);
    void snapshotsChanged(const QList<imprint::Snapshot> &snapshots);
    void snapshotsRemoved(const QStringList &snapshotIds);
    void operationsChanged(const QList<imprint::Operation> &operations);
    void accountChanged(const imprint::Account &account);

private:
    // Start (true) or stop (false): the same checks, one operation, one commit.
    Result<Operation> changePower(const QString &instanceId, bool start);
    // Refusal when open() has not succeeded (or failed): nothing can be read or written.
    Status notOpen() const;
    ChangeSet beginChanges() const;
    // Writes the batch in one transaction, then applies it in memory and emits the signals.
    // On a failed write nothing in memory changes and the StorageFailure comes back.
    Status commit(ChangeSet &changes);
    // Refreshes the rolling backup when the interval has passed (or `now` is set).
    void backUp(bool now);
    void apply(const ChangeSet &changes);
    // Staged views: the batch's version of a record when it has one, else the stored one.
    Image stagedImage(const ChangeSet &changes, const QString &id) const;
    Instance stagedInstance(const ChangeSet &changes, const QString &id) const;
    Snapshot stagedSnapshot(const ChangeSet &changes, const QString &id) const;
    Account stagedAccount(const ChangeSet &changes) const;
    // Account transitions shared by top-up, setBalance and billing.
    void stageBalance(ChangeSet &changes, qint64 balanceFen, const QDateTime &at) const;
    void stageOverdueStart(ChangeSet &changes, const QDateTime &at) const;
    void stageOverdueEnd(ChangeSet &changes) const;
    // advance() steps
    void stageOperationProgress(ChangeSet &changes, const QDateTime &now) const;
    void stageCompletion(ChangeSet &changes, const Operation &operation,
                         const OperationTask &task) const;
    void stageBilling(ChangeSet &changes, const QDateTime &now) const;
    void stageReleases(ChangeSet &changes, const QDateTime &now) const;
    qint64 hourlyChargeFen() const;
    QStringList imageNamesInRegion(Product product, const QString &regionId,
                                   const QString &excludeId = {}) const;
    int imageCountInRegion(Product product, const QString &regionId) const;
    // Refusals shared by creation and copy: overdue account, name, description, quota.
    Status checkNewImage(Product product, const QString &regionId, const QString &name,
                         const QString &description) const;
    Status canCreateImageFromSnapshots(const CreateImageRequest &request) const;
    Result<Operation> createImageFromSnapshots(const CreateImageRequest &request);
    // The snapshots a request names, each once, those that exist.
    QList<Snapshot> chosenSnapshots(const CreateImageRequest &request) const;
    // The data disks an image of `instance` holds, by its product's rule, each once.
    QList<Disk> imagedDataDisks(const Instance &instance, const QStringList &chosenDiskIds) const;
    // The write of `kind` that first used `clientToken`: nullopt for a new token (or none);
    // ClientTokenReused when the token came with other parameters (`digest`) or another kind of
    // write then.
    Result<std::optional<Operation>> earlierWrite(OperationKind kind, const QString &clientToken,
                                                  const QString &digest) const;
    Result<std::optional<Operation>> earlierLaunch(const LaunchRequest &request) const;
    Result<std::optional<Operation>> earlierCreate(const CreateImageRequest &request) const;
    Result<std::optional<Operation>> earlierCopy(const CopyImageRequest &request) const;

    Clock *m_clock;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<SqliteStore> m_store;
    QElapsedTimer m_sinceBackup;
    qint64 m_backupIntervalMs = 0;
    bool m_changedSinceBackup = false;
    std::unique_ptr<CloudState> m_state;
};

} // namespace imprint
