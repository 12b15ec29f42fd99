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

#include <QObject>
#include <QStringList>

#include <memory>

namespace imprint {

class SqliteStore;
struct CloudState;

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
        QString databasePath;  // SQLite file; created with a demo world when missing
        bool resetDemo = false; // throw the stored state away and build a new demo world
        int demoScale = 0;     // 0: the normal demo; N > 0: a large account (N-thousand rows)
    };

    explicit SimulatorEngine(Clock *clock, QObject *parent = nullptr);
    ~SimulatorEngine() override;

    Status open(const Options &options);
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

    // Mutations. A long one returns its Operation at once; advance() moves it along.
    Result<Operation> createImage(const CreateImageRequest &request);
    Result<Operation> copyImage(const CopyImageRequest &request);
    Result<Image> editImage(const EditImageRequest &request);
    Status deleteImages(const QStringList &imageIds);
    Status deleteSnapshot(const QString &snapshotId);
    Result<Operation> launchInstances(const LaunchRequest &request);
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
    void instanceChanged(const imprint::Instance &instance); // added or changed
    void instanceRemoved(const QString &instanceId);
    void imageChanged(const imprint::Image &image); // added or changed
    void imageRemoved(const QString &imageId);
    void snapshotChanged(const imprint::Snapshot &snapshot);
    void snapshotRemoved(const QString &snapshotId);
    void operationChanged(const imprint::Operation &operation);
    void accountChanged(const imprint::Account &account);

private:
    Clock *m_clock;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<CloudState> m_state;
};

} // namespace imprint
