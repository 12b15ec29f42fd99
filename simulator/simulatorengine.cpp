#include "simulatorengine.h"

#include "pricetable.h"

#include "cloudstate.h"
#include "costestimator.h"
#include "demoworld.h"
#include "instancetypecatalog.h"
#include "pricelist.h"
#include "productpolicy.h"
#include "sqlitestore.h"
#include "storelock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace imprint {

namespace {

// Simulated durations of the cloud's own steps (the image durations come from the policies).
constexpr qint64 kLaunchSeconds = 60;   // Pending -> Running
constexpr qint64 kPowerSeconds = 30;    // Starting/Stopping
constexpr qint64 kShutdownSeconds = 30; // the forced shutdown before an image is made
// advance() writes "now" at least this often (simulated), so a restart resumes close to it
// without a transaction on every timer tick.
constexpr qint64 kPersistNowEverySeconds = 60;

// Digests of a write's parameters, kept with its ClientToken (see ClientTokenRecord).
QString digestOf(const QStringList &parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toBase64());
}

QString tagsText(const QList<Tag> &tags)
{
    QStringList out;
    for (const Tag &t : tags)
        out << t.key + QChar(0x1e) + t.value;
    return out.join(QChar(0x1d));
}

// Every parameter of a write but its token: what makes a repeat "the same request". A field
// added to the request belongs here too.
QString launchDigest(const LaunchRequest &r)
{
    return digestOf({r.imageId, r.zoneId, r.instanceType, QString::number(r.count), r.namePattern,
                     QString::number(int(r.billing)), QString::number(int(r.systemDiskKind)),
                     QString::number(int(r.dataDiskKind)),
                     QString::number(int(r.networkAcceleration))});
}

QString createDigest(const CreateImageRequest &r)
{
    return digestOf({productKey(r.product), r.regionId, r.name, r.description, r.sourceInstanceId,
                     r.dataDiskIds.join(QLatin1Char(',')), QString::number(r.forcedShutdownConsent),
                     QString::number(r.shutDownFirst), r.snapshotIds.join(QLatin1Char(',')),
                     tagsText(r.tags)});
}

QString copyDigest(const CopyImageRequest &r)
{
    return digestOf({r.imageId, r.targetRegionId, r.targetProjectId, r.name,
                     r.tags ? QStringLiteral("+") + tagsText(*r.tags) : QString()});
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return b <= 0 ? 0 : (a + b - 1) / b;
}

QString quoted(const QString &name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

template <typename T> bool inRegion(const T &record, const Region *region)
{
    return !region || (record.product == region->product && record.regionId == region->id);
}

template <typename T> QList<T> sortedByCreation(QList<T> list)
{
    // QHash order changes from run to run; lists come out oldest first, ties broken by id.
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return list;
}

QString newId(ChangeSet &changes, Product product, IdKind kind)
{
    return idFor(product, kind, changes.nextId++);
}

Operation newOperation(ChangeSet &changes, OperationKind kind, Product product,
                       const QString &regionId, const QDateTime &now, qint64 seconds)
{
    Operation op;
    op.id = newId(changes, product, IdKind::Operation);
    op.kind = kind;
    op.product = product;
    op.regionId = regionId;
    op.state = OperationState::Running;
    op.progress = 0;
    op.startedAt = now;
    op.expectedEndAt = now.addSecs(seconds);
    return op;
}

// Work that is done the moment it is asked (delete, edit, release) is still logged, so Recent
// Operations tells the whole story.
Operation finishedOperation(ChangeSet &changes, OperationKind kind, const Image &first, int count,
                            const QDateTime &now)
{
    Operation op = newOperation(changes, kind, first.product, first.regionId, now, 0);
    op.targetId = first.id;
    op.targetName = first.name;
    op.targetCount = count;
    op.state = OperationState::Succeeded;
    op.progress = 100;
    op.finishedAt = now;
    changes.operations.insert(op.id, op);
    return op;
}

} // namespace

SimulatorEngine::SimulatorEngine(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_state(std::make_unique<CloudState>())
{}

SimulatorEngine::~SimulatorEngine()
{
    // Remember where simulated time stood, so that the next start resumes there. Best effort:
    // a kill skips it and the store then holds the last committed instant, which is fine.
    if (m_store) {
        ChangeSet changes = beginChanges();
        changes.now = qMax(m_clock->now(), m_state->now);
        if (m_store->write(changes))
            m_changedSinceBackup = true;
        backUp(true);
    }
    // The store closes before its lock goes.
    m_store.reset();
    m_lock.reset();
}

Status SimulatorEngine::notOpen() const
{
    return Error(ErrorCode::StorageFailure,
                 tr("The simulator has no open database; quit and start it again to see why."));
}

void SimulatorEngine::publishEndpoint(const QUrl &endpoint)
{
    if (m_lock)
        m_lock->publishEndpoint(endpoint);
}

Status SimulatorEngine::open(const Options &options)
{
    if (m_store)
        return Error(
            ErrorCode::InvalidArgument,
            tr("The simulator is already open; close it before opening another database."));
    if (options.databasePath.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("No database file was given to the simulator; choose where to keep it."));
    const QString path = options.databasePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The lock comes first: nothing is read, created or removed in a store another process owns.
    auto lock = std::make_unique<StoreLock>(path);
    if (Status s = lock->acquire(); !s)
        return s;
    if (options.resetDemo && !SqliteStore::removeFiles(path))
        return Error(ErrorCode::StorageFailure,
                     tr("The simulator could not remove its old database %1; check its file "
                        "permissions and try again.")
                         .arg(path));

    const auto storageError = [&](const Status &s) {
        // A damaged store's sentence already names the file and what to do.
        if (s.error().code == ErrorCode::StoreDamaged)
            return s.error();
        return Error(ErrorCode::StorageFailure,
                     tr("The simulator could not open its database %1 (%2); check that the "
                        "folder is writable and the disk has space.")
                         .arg(path, s.error().message));
    };

    CloudState state;
    bool created = false;
    // Only a folder with no store gets a new world: a file that is there but cannot be read is
    // damage to report, never a reason to start again.
    if (!SqliteStore::exists(path)) {
        state = DemoWorld::build(m_clock->now(), options.demoScale);
        if (Status s = SqliteStore::create(path, state); !s)
            return storageError(s);
        created = true;
    }
    auto store = std::make_unique<SqliteStore>(path);
    if (Status s = store->open(); !s)
        return storageError(s);
    if (!created) {
        if (Status s = store->load(&state); !s)
            return storageError(s);
        // The counter must be past every id the store holds, or it would hand one out again.
        quint64 highest = 0;
        auto see = [&highest](const QString &id) {
            if (const std::optional<quint64> counter = counterOf(id))
                highest = std::max(highest, *counter);
        };
        for (const Instance &i : std::as_const(state.instances)) {
            see(i.id);
            for (const Disk &d : i.disks)
                see(d.id);
        }
        for (const QString &id : state.images.keys())
            see(id);
        for (const QString &id : state.snapshots.keys())
            see(id);
        for (const QString &id : state.operations.keys())
            see(id);
        state.nextId = std::max(state.nextId, highest + 1);
    }
    if (Status s = store->openForWriting(); !s)
        return storageError(s);
    if (!created)
        m_clock->resumeFrom(state.now);
    *m_state = std::move(state);
    m_store = std::move(store);
    m_lock = std::move(lock);
    m_backupIntervalMs = qint64(options.backupIntervalSeconds) * 1000;
    m_sinceBackup.start();
    return {};
}

void SimulatorEngine::backUp(bool now)
{
    if (!m_store || !m_changedSinceBackup)
        return;
    if (!now && m_sinceBackup.isValid() && m_sinceBackup.elapsed() < m_backupIntervalMs)
        return;
    // Best effort: a failed backup keeps the previous one, and the store itself is unaffected.
    if (m_store->backupTo(SqliteStore::backupPath(m_store->path())))
        m_changedSinceBackup = false;
    m_sinceBackup.start();
}

// ---- queries ------------------------------------------------------------------------------

QList<Region> SimulatorEngine::regions() const
{
    return m_state->regions;
}

namespace {
// The region a key names, or null for "every region". An unknown key matches nothing.
const Region *regionForKey(const CloudState &state, const QString &key, bool *unknown)
{
    *unknown = false;
    if (key.isEmpty())
        return nullptr;
    for (const Region &r : state.regions)
        if (r.hasKey(key))
            return &r;
    *unknown = true;
    return nullptr;
}
} // namespace

QList<Instance> SimulatorEngine::instances(const QString &regionKey) const
{
    bool unknown = false;
    const Region *region = regionForKey(*m_state, regionKey, &unknown);
    QList<Instance> out;
    if (unknown)
        return out;
    out.reserve(region ? 64 : m_state->instances.size());
    for (const Instance &i : m_state->instances)
        if (inRegion(i, region))
            out.append(i);
    return sortedByCreation(std::move(out));
}

QList<Image> SimulatorEngine::images(const QString &regionKey) const
{
    bool unknown = false;
    const Region *region = regionForKey(*m_state, regionKey, &unknown);
    QList<Image> out;
    if (unknown)
        return out;
    out.reserve(region ? 64 : m_state->images.size());
    for (const Image &m : m_state->images)
        if (inRegion(m, region))
            out.append(m);
    return sortedByCreation(std::move(out));
}

QList<Snapshot> SimulatorEngine::snapshots(const QString &regionKey) const
{
    bool unknown = false;
    const Region *region = regionForKey(*m_state, regionKey, &unknown);
    QList<Snapshot> out;
    if (unknown)
        return out;
    for (const Snapshot &s : m_state->snapshots)
        if (inRegion(s, region))
            out.append(s);
    return sortedByCreation(std::move(out));
}

QList<Operation> SimulatorEngine::operations() const
{
    QList<Operation> out = m_state->operations.values();
    std::sort(out.begin(), out.end(), [](const Operation &a, const Operation &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return out;
}

Account SimulatorEngine::account() const
{
    Account account = m_state->account;
    account.asOf = qMax(m_clock->now(), m_state->now);
    return account;
}

QList<ImageQuota> SimulatorEngine::imageQuotas() const
{
    QHash<QString, int> used;
    for (const Image &m : m_state->images)
        ++used[m.regionKey()];
    QList<ImageQuota> out;
    for (const Region &r : m_state->regions) {
        const ProductPolicy &policy = ProductPolicy::forProduct(r.product);
        ImageQuota q;
        q.product = r.product;
        q.regionId = r.id;
        q.used = used.value(r.key());
        q.quota = policy.customImageQuota(r.id);
        q.freeTier = policy.freeImagesPerRegion();
        out.append(q);
    }
    return out;
}

ImageQuota SimulatorEngine::imageQuota(Product product, const QString &regionId) const
{
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    ImageQuota q;
    q.product = product;
    q.regionId = regionId;
    q.used = imageCountInRegion(product, regionId);
    q.quota = policy.customImageQuota(regionId);
    q.freeTier = policy.freeImagesPerRegion();
    return q;
}

QStringList SimulatorEngine::projects(Product product) const
{
    return m_state->projects.value(product);
}

bool SimulatorEngine::findInstance(const QString &id, Instance *out) const
{
    auto it = m_state->instances.constFind(id);
    if (it == m_state->instances.cend())
        return false;
    if (out)
        *out = it.value();
    return true;
}

bool SimulatorEngine::findImage(const QString &id, Image *out) const
{
    auto it = m_state->images.constFind(id);
    if (it == m_state->images.cend())
        return false;
    if (out)
        *out = it.value();
    return true;
}

bool SimulatorEngine::findSnapshot(const QString &id, Snapshot *out) const
{
    auto it = m_state->snapshots.constFind(id);
    if (it == m_state->snapshots.cend())
        return false;
    if (out)
        *out = it.value();
    return true;
}

QStringList SimulatorEngine::imageNamesInRegion(Product product, const QString &regionId,
                                                const QString &excludeId) const
{
    QStringList names;
    for (const Image &m : m_state->images)
        if (m.product == product && m.regionId == regionId && m.id != excludeId)
            names.append(m.name);
    return names;
}

int SimulatorEngine::imageCountInRegion(Product product, const QString &regionId) const
{
    int n = 0;
    for (const Image &m : m_state->images)
        n += (m.product == product && m.regionId == regionId) ? 1 : 0;
    return n;
}

// ---- the change machinery ------------------------------------------------------------------

ChangeSet SimulatorEngine::beginChanges() const
{
    ChangeSet changes;
    changes.nextId = m_state->nextId;
    changes.now = m_state->now;
    changes.lastBilledAt = m_state->lastBilledAt;
    return changes;
}

Status SimulatorEngine::commit(ChangeSet &changes)
{
    changes.now = qMax(m_clock->now(), m_state->now);
    if (Status s = m_store->write(changes); !s)
        return Error(ErrorCode::StorageFailure,
                     tr("The simulator could not save the change, so nothing was changed (%1). "
                        "Try again; if it keeps failing, quit: the next start checks the "
                        "store and offers the ways to recover it.")
                         .arg(s.error().message));
    apply(changes);
    m_changedSinceBackup = true;
    backUp(false);
    return {};
}

void SimulatorEngine::apply(const ChangeSet &c)
{
    CloudState &s = *m_state;
    for (const QString &id : c.removedInstances)
        s.instances.remove(id);
    for (const QString &id : c.removedImages)
        s.images.remove(id);
    for (const QString &id : c.removedSnapshots)
        s.snapshots.remove(id);
    for (const QString &id : c.finishedTasks)
        s.tasks.remove(id);
    for (const QString &id : c.restoredImages)
        s.repossessedFrom.remove(id);
    for (const Instance &i : c.instances)
        s.instances.insert(i.id, i);
    for (const Image &m : c.images)
        s.images.insert(m.id, m);
    for (const Snapshot &sn : c.snapshots)
        s.snapshots.insert(sn.id, sn);
    for (const Operation &op : c.operations)
        s.operations.insert(op.id, op);
    for (auto it = c.tasks.begin(); it != c.tasks.end(); ++it)
        s.tasks.insert(it.key(), it.value());
    for (auto it = c.repossessedFrom.begin(); it != c.repossessedFrom.end(); ++it)
        s.repossessedFrom.insert(it.key(), it.value());
    for (auto it = c.clientTokens.begin(); it != c.clientTokens.end(); ++it)
        s.clientTokens.insert(it.key(), it.value());
    if (c.account)
        s.account = *c.account;
    s.nextId = c.nextId;
    s.now = c.now;
    s.lastBilledAt = c.lastBilledAt;

    // Announce only after the whole batch is in memory, so a slot that queries the engine sees
    // the committed state. Snapshots before images before instances: a new image's snapshots
    // are known by the time the image arrives.
    if (!c.removedSnapshots.isEmpty())
        emit snapshotsRemoved(c.removedSnapshots.values());
    if (!c.removedImages.isEmpty())
        emit imagesRemoved(c.removedImages.values());
    if (!c.removedInstances.isEmpty())
        emit instancesRemoved(c.removedInstances.values());
    if (!c.snapshots.isEmpty())
        emit snapshotsChanged(c.snapshots.values());
    if (!c.images.isEmpty())
        emit imagesChanged(c.images.values());
    if (!c.instances.isEmpty())
        emit instancesChanged(c.instances.values());
    if (!c.operations.isEmpty())
        emit operationsChanged(c.operations.values());
    if (c.account) {
        Account account = *c.account;
        account.asOf = c.now;
        emit accountChanged(account);
    }
}

Image SimulatorEngine::stagedImage(const ChangeSet &c, const QString &id) const
{
    auto it = c.images.constFind(id);
    return it != c.images.cend() ? it.value() : m_state->images.value(id);
}

Instance SimulatorEngine::stagedInstance(const ChangeSet &c, const QString &id) const
{
    auto it = c.instances.constFind(id);
    return it != c.instances.cend() ? it.value() : m_state->instances.value(id);
}

Snapshot SimulatorEngine::stagedSnapshot(const ChangeSet &c, const QString &id) const
{
    auto it = c.snapshots.constFind(id);
    return it != c.snapshots.cend() ? it.value() : m_state->snapshots.value(id);
}

Account SimulatorEngine::stagedAccount(const ChangeSet &c) const
{
    return c.account ? *c.account : m_state->account;
}

// ---- image creation -----------------------------------------------------------------------

Status SimulatorEngine::checkNewImage(Product product, const QString &regionId, const QString &name,
                                      const QString &description) const
{
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    if (m_state->account.isOverdue() && policy.overdueRule().disablesCreation)
        return Error(ErrorCode::AccountOverdue,
                     tr("Your account has overdue payments, so %1 custom images cannot be created; "
                        "top up your account and try again.")
                         .arg(productShortName(product)));
    if (Status s = policy.validateNewName(name, imageNamesInRegion(product, regionId)); !s)
        return s;
    if (Status s = policy.validateDescription(description); !s)
        return s;
    const int quota = policy.customImageQuota(regionId);
    if (imageCountInRegion(product, regionId) >= quota)
        return Error(ErrorCode::QuotaExceeded,
                     tr("This region already holds %1 custom images, the most %2 allows; delete an "
                        "image you no longer need and try again.")
                         .arg(quota)
                         .arg(productShortName(product)));
    return {};
}

Status SimulatorEngine::canCreateImage(const CreateImageRequest &request) const
{
    if (!m_store)
        return notOpen();
    // Idempotency first, as for launches: a repeat is answered with the first image.
    if (const Result<std::optional<Operation>> earlier = earlierCreate(request); !earlier)
        return earlier.error();
    else if (earlier->has_value())
        return {};
    const ProductPolicy &policy = ProductPolicy::forProduct(request.product);
    const Region *region = m_state->findRegion(request.product, request.regionId);
    if (!region)
        return Error(ErrorCode::NotFound,
                     tr("%1 has no region %2; choose a region from the list.")
                         .arg(productShortName(request.product), request.regionId));
    if (!request.sourceInstanceId.isEmpty() && !request.snapshotIds.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("An image is made either from an instance or from snapshots; choose one "
                        "of them."));
    if (request.sourceInstanceId.isEmpty() && request.snapshotIds.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("Choose the instance or the snapshots to make the image from."));
    if (!request.snapshotIds.isEmpty())
        return canCreateImageFromSnapshots(request);

    auto found = m_state->instances.constFind(request.sourceInstanceId);
    if (found == m_state->instances.cend() || found->product != request.product)
        return Error(ErrorCode::NotFound,
                     tr("Instance %1 does not exist; refresh the instance list and choose "
                        "another.")
                         .arg(request.sourceInstanceId));
    const Instance &instance = found.value();
    if (instance.regionId != request.regionId)
        return Error(ErrorCode::RegionMismatch,
                     tr("Instance %1 is in region %2; an image is made in its instance's region.")
                         .arg(instance.name, instance.regionId));
    if (Status s =
            checkNewImage(request.product, request.regionId, request.name, request.description);
        !s)
        return s;
    if (Status s = policy.validateTags(request.tags); !s)
        return s;
    if (policy.shutdownRule() == ShutdownRule::ForcedShutdownConsent &&
        !request.forcedShutdownConsent)
        return Error(ErrorCode::ShutdownConsentRequired,
                     tr("The instance is shut down while the image is made; tick \"Agree to a "
                        "forced shutdown\" to continue."));
    if (!instance.imagingOperationId.isEmpty())
        return Error(ErrorCode::InstanceBusy,
                     tr("An image is already being made from %1; wait until it is available, then "
                        "try again.")
                         .arg(quoted(instance.name)));
    if (isTransitional(instance.state))
        return Error(ErrorCode::InstanceBusy,
                     tr("Instance %1 is %2; wait until it has finished, then try again.")
                         .arg(quoted(instance.name), instanceStateName(instance.state).toLower()));

    // The data disks the image would hold.
    switch (policy.dataDiskRule()) {
    case DataDiskRule::NotSupported:
        if (!request.dataDiskIds.isEmpty()) {
            Disk probe;
            probe.role = DiskRole::Data;
            return policy.canAssociateDisk(probe);
        }
        break;
    case DataDiskRule::OptionalPerDisk:
        for (const QString &diskId : request.dataDiskIds) {
            auto disk = std::find_if(instance.disks.cbegin(), instance.disks.cend(),
                                     [&](const Disk &d) { return d.id == diskId; });
            if (disk == instance.disks.cend())
                return Error(ErrorCode::NotFound,
                             tr("Disk %1 is not attached to %2; choose one of its data disks.")
                                 .arg(diskId, quoted(instance.name)));
            if (Status s = policy.canAssociateDisk(*disk); !s)
                return s;
        }
        break;
    case DataDiskRule::AllAutomatic:
        break;
    }
    return {};
}

QList<Disk> SimulatorEngine::imagedDataDisks(const Instance &instance,
                                             const QStringList &chosenDiskIds) const
{
    QList<Disk> imaged;
    switch (ProductPolicy::forProduct(instance.product).dataDiskRule()) {
    case DataDiskRule::NotSupported:
        break;
    case DataDiskRule::OptionalPerDisk: {
        QSet<QString> seen;
        for (const QString &diskId : chosenDiskIds) {
            if (seen.contains(diskId))
                continue;
            seen.insert(diskId);
            for (const Disk &d : instance.disks)
                if (d.id == diskId)
                    imaged.append(d);
        }
        break;
    }
    case DataDiskRule::AllAutomatic:
        // Every disk is snapshotted, whatever was picked.
        imaged = instance.dataDisks();
        break;
    }
    return imaged;
}

Result<Operation> SimulatorEngine::createImage(const CreateImageRequest &request)
{
    if (Status s = canCreateImage(request); !s)
        return s.error();
    if (const Result<std::optional<Operation>> earlier = earlierCreate(request);
        earlier->has_value())
        return earlier->value();
    if (!request.snapshotIds.isEmpty())
        return createImageFromSnapshots(request);
    const ProductPolicy &policy = ProductPolicy::forProduct(request.product);
    const ShutdownRule shutdown = policy.shutdownRule();
    const Instance instance = m_state->instances.value(request.sourceInstanceId);
    const QList<Disk> imagedData = imagedDataDisks(instance, request.dataDiskIds);

    const QDateTime now = m_clock->now();
    ChangeSet changes = beginChanges();
    Image image;
    image.id = newId(changes, request.product, IdKind::Image);
    image.product = request.product;
    image.regionId = request.regionId;
    image.projectId = instance.projectId;
    image.name = request.name;
    image.description = request.description;
    image.tags = request.tags;
    image.state = ImageState::Creating;
    image.progress = 0;
    image.osType = instance.osType;
    image.osName = instance.osName;
    image.sourceInstanceId = instance.id;
    image.createdAt = now;
    // Restrictions and fees are inherited from the image the instance was launched from.
    const Image parent = m_state->images.value(instance.imageId);
    image.parentIsWindows = instance.osType == OsType::Windows || parent.parentIsWindows;
    image.parentMonthlyFeeFen = parent.parentMonthlyFeeFen;

    auto makeSnapshot = [&](const Disk &disk) {
        Snapshot s;
        s.id = newId(changes, request.product, IdKind::Snapshot);
        s.product = request.product;
        s.regionId = request.regionId;
        s.zoneId = instance.zoneId;
        s.name = QStringLiteral("%1-%2").arg(request.name, disk.id);
        s.sourceDiskId = disk.id;
        s.sourceInstanceId = instance.id;
        s.role = disk.role;
        s.diskKind = disk.kind;
        s.sizeGiB = disk.sizeGiB;
        s.state = SnapshotState::Creating;
        s.createdAt = now;
        s.imageId = image.id;
        changes.snapshots.insert(s.id, s);
        return s;
    };
    int dataGiB = 0;
    if (const Disk *system = instance.systemDisk()) {
        image.systemSnapshotId = makeSnapshot(*system).id;
        image.systemDiskGiB = system->sizeGiB;
        dataGiB += system->usedOrSizeGiB();
    }
    for (const Disk &disk : imagedData) {
        const Snapshot s = makeSnapshot(disk);
        image.dataDisks.append({s.id, disk.sizeGiB});
        image.snapshotZoneId = instance.zoneId;
        dataGiB += disk.usedOrSizeGiB();
    }

    const qint64 seconds = policy.creationSeconds(dataGiB);
    Operation op = newOperation(changes, OperationKind::CreateImage, request.product,
                                request.regionId, now, seconds);
    op.targetId = image.id;
    op.targetName = image.name;
    op.cancellable = false;

    OperationTask task;
    task.instanceIds = {instance.id};
    task.durationSeconds = seconds;
    task.priorState = instance.state;
    task.stopsInstance = instance.state == InstanceState::Running &&
                         (shutdown == ShutdownRule::ForcedShutdownConsent ||
                          (shutdown == ShutdownRule::ShutdownRecommended && request.shutDownFirst));

    Instance changed = instance;
    changed.imagingOperationId = op.id;
    if (task.stopsInstance)
        changed.state = InstanceState::Stopping;

    changes.images.insert(image.id, image);
    changes.instances.insert(changed.id, changed);
    changes.operations.insert(op.id, op);
    changes.tasks.insert(op.id, task);
    if (!request.clientToken.isEmpty())
        changes.clientTokens.insert(request.clientToken,
                                    ClientTokenRecord{createDigest(request), op.id, {image.id}});
    if (Status s = commit(changes); !s)
        return s.error();
    return op;
}

QList<Snapshot> SimulatorEngine::chosenSnapshots(const CreateImageRequest &request) const
{
    QList<Snapshot> chosen;
    QSet<QString> seen;
    for (const QString &id : request.snapshotIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto it = m_state->snapshots.constFind(id);
        if (it != m_state->snapshots.cend())
            chosen.append(it.value());
    }
    return chosen;
}

Status SimulatorEngine::canCreateImageFromSnapshots(const CreateImageRequest &request) const
{
    const ProductPolicy &policy = ProductPolicy::forProduct(request.product);
    if (!policy.supportsCreateFromSnapshots())
        return policy.validateSnapshotSelection({});
    for (const QString &id : request.snapshotIds) {
        auto it = m_state->snapshots.constFind(id);
        if (it == m_state->snapshots.cend() || it->product != request.product)
            return Error(ErrorCode::NotFound,
                         tr("Snapshot %1 does not exist; refresh the snapshot list and choose "
                            "again.")
                             .arg(id));
        if (it->regionId != request.regionId)
            return Error(ErrorCode::RegionMismatch,
                         tr("Snapshot %1 is in region %2; choose snapshots from the image's "
                            "region.")
                             .arg(id, it->regionId));
    }
    if (Status s = policy.validateSnapshotSelection(chosenSnapshots(request)); !s)
        return s;
    if (Status s = policy.validateTags(request.tags); !s)
        return s;
    return checkNewImage(request.product, request.regionId, request.name, request.description);
}

Result<Operation> SimulatorEngine::createImageFromSnapshots(const CreateImageRequest &request)
{
    // canCreateImage() has accepted the request.
    const ProductPolicy &policy = ProductPolicy::forProduct(request.product);
    const QList<Snapshot> chosen = chosenSnapshots(request);

    const QDateTime now = m_clock->now();
    ChangeSet changes = beginChanges();
    Image image;
    image.id = newId(changes, request.product, IdKind::Image);
    image.product = request.product;
    image.regionId = request.regionId;
    image.name = request.name;
    image.description = request.description;
    image.tags = request.tags;
    image.state = ImageState::Creating;
    image.createdAt = now;
    // The user's snapshots stay the user's: the image points at them (and deleting them is
    // refused while it does) but does not bind them, so deleting the image leaves them as they
    // were.
    int dataGiB = 0;
    for (const Snapshot &s : chosen) {
        dataGiB += s.sizeGiB;
        if (s.role == DiskRole::System) {
            image.systemSnapshotId = s.id;
            image.systemDiskGiB = s.sizeGiB;
            image.sourceInstanceId = s.sourceInstanceId;
            image.madeFromSnapshots = true;
            const Instance source = m_state->instances.value(s.sourceInstanceId);
            if (!source.id.isEmpty()) {
                image.osType = source.osType;
                image.osName = source.osName;
                image.projectId = source.projectId;
            }
        }
    }
    for (const Snapshot &s : chosen) {
        if (s.role == DiskRole::Data) {
            image.dataDisks.append({s.id, s.sizeGiB});
            image.snapshotZoneId = s.zoneId;
        }
    }
    // No data-disk snapshot: the product's empty default data disk (ECS: 5 GiB), if it has one.
    if (image.dataDisks.isEmpty() && policy.defaultEmptyDataDiskGiB() > 0)
        image.dataDisks.append({QString(), policy.defaultEmptyDataDiskGiB()});

    const qint64 seconds = policy.creationSeconds(dataGiB);
    Operation op = newOperation(changes, OperationKind::CreateImage, request.product,
                                request.regionId, now, seconds);
    op.targetId = image.id;
    op.targetName = image.name;
    OperationTask task;
    task.durationSeconds = seconds;

    changes.images.insert(image.id, image);
    changes.operations.insert(op.id, op);
    changes.tasks.insert(op.id, task);
    if (!request.clientToken.isEmpty())
        changes.clientTokens.insert(request.clientToken,
                                    ClientTokenRecord{createDigest(request), op.id, {image.id}});
    if (Status s = commit(changes); !s)
        return s.error();
    return op;
}

// ---- copy, edit, delete -------------------------------------------------------------------

Status SimulatorEngine::canCopyImage(const CopyImageRequest &request) const
{
    if (!m_store)
        return notOpen();
    if (const Result<std::optional<Operation>> earlier = earlierCopy(request); !earlier)
        return earlier.error();
    else if (earlier->has_value())
        return {};
    auto found = m_state->images.constFind(request.imageId);
    if (found == m_state->images.cend())
        return Error(ErrorCode::NotFound,
                     tr("Image %1 does not exist; refresh the image list and choose another.")
                         .arg(request.imageId));
    const Image source = found.value();
    const ProductPolicy &policy = ProductPolicy::forProduct(source.product);
    const CopyRule rule = policy.copyRule();
    if (!rule.supported)
        return Error(ErrorCode::CrossRegionNotSupported,
                     tr("%1 cannot copy custom images to another region; create a new image from "
                        "an instance in the target region instead.")
                         .arg(productShortName(source.product)));
    const Region *target = m_state->findRegion(source.product, request.targetRegionId);
    if (!target)
        return Error(ErrorCode::NotFound,
                     tr("%1 has no region %2; choose a target region from the list.")
                         .arg(productShortName(source.product), request.targetRegionId));
    if (rule.needsTargetProject) {
        if (request.targetProjectId.isEmpty())
            return Error(ErrorCode::ProjectRequired,
                         tr("Choose the target project to copy the image into."));
        if (!m_state->projects.value(source.product).contains(request.targetProjectId))
            return Error(ErrorCode::NotFound,
                         tr("Project %1 does not exist; choose a target project from the list.")
                             .arg(request.targetProjectId));
    }
    if (target->id == source.regionId &&
        (!rule.needsTargetProject || request.targetProjectId == source.projectId))
        return Error(ErrorCode::InvalidArgument,
                     rule.needsTargetProject
                         ? tr("The image is already in this region and project; choose another "
                              "region or project.")
                         : tr("The image is already in this region; choose another target "
                              "region."));
    if (!source.isUsable())
        return Error(ErrorCode::ImageNotAvailable,
                     tr("Image %1 is %2; only an available image can be copied.")
                         .arg(quoted(source.name), imageStateName(source.state).toLower()));
    const QString name = request.name.isEmpty() ? source.name : request.name;
    return checkNewImage(source.product, target->id, name, source.description);
}

Result<Operation> SimulatorEngine::copyImage(const CopyImageRequest &request)
{
    if (Status s = canCopyImage(request); !s)
        return s.error();
    if (const Result<std::optional<Operation>> earlier = earlierCopy(request); earlier->has_value())
        return earlier->value();
    const Image source = m_state->images.value(request.imageId);
    const ProductPolicy &policy = ProductPolicy::forProduct(source.product);
    const CopyRule rule = policy.copyRule();
    const Region *target = m_state->findRegion(source.product, request.targetRegionId);
    const QString name = request.name.isEmpty() ? source.name : request.name;

    const QDateTime now = m_clock->now();
    ChangeSet changes = beginChanges();
    Image copy = source;
    copy.id = newId(changes, source.product, IdKind::Image);
    copy.regionId = target->id;
    copy.projectId = rule.needsTargetProject ? request.targetProjectId : source.projectId;
    copy.name = name;
    copy.state = ImageState::Copying;
    copy.progress = 0;
    copy.sourceImageId = source.id;
    copy.createdAt = now;
    copy.repossessedAt = {};
    copy.dataDisks.clear();
    copy.snapshotZoneId.clear();
    if (request.tags)
        copy.tags = *request.tags;
    const QString zone = target->zones.isEmpty() ? QString() : target->zones.first().id;

    auto copySnapshot = [&](const QString &snapshotId, DiskRole role, int sizeGiB) {
        const Snapshot original = m_state->snapshots.value(snapshotId);
        Snapshot s;
        s.id = newId(changes, source.product, IdKind::Snapshot);
        s.product = source.product;
        s.regionId = target->id;
        s.zoneId = zone;
        s.name = QStringLiteral("%1-copy-%2").arg(name, snapshotId.isEmpty() ? s.id : snapshotId);
        s.role = role;
        s.diskKind = original.id.isEmpty() ? DiskKind::CloudPremium : original.diskKind;
        s.sizeGiB = sizeGiB;
        s.encrypted = original.encrypted;
        s.state = SnapshotState::Creating;
        s.createdAt = now;
        s.imageId = copy.id;
        changes.snapshots.insert(s.id, s);
        return s.id;
    };
    copy.systemSnapshotId =
        copySnapshot(source.systemSnapshotId, DiskRole::System, source.systemDiskGiB);
    int sizeGiB = source.systemDiskGiB;
    if (!rule.systemDiskOnly) {
        for (const ImageDataDisk &d : source.dataDisks) {
            if (d.snapshotId.isEmpty()) {
                copy.dataDisks.append(d); // an empty default disk travels as it is
                continue;
            }
            copy.dataDisks.append(
                {copySnapshot(d.snapshotId, DiskRole::Data, d.sizeGiB), d.sizeGiB});
            copy.snapshotZoneId = zone;
            sizeGiB += d.sizeGiB;
        }
    }

    const qint64 seconds = policy.creationSeconds(sizeGiB);
    Operation op =
        newOperation(changes, OperationKind::CopyImage, source.product, target->id, now, seconds);
    op.targetId = copy.id;
    op.targetName = copy.name;
    op.cancellable = true;
    OperationTask task;
    task.durationSeconds = seconds;

    changes.images.insert(copy.id, copy);
    changes.operations.insert(op.id, op);
    changes.tasks.insert(op.id, task);
    if (!request.clientToken.isEmpty())
        changes.clientTokens.insert(request.clientToken,
                                    ClientTokenRecord{copyDigest(request), op.id, {copy.id}});
    if (Status s = commit(changes); !s)
        return s.error();
    return op;
}

Result<Image> SimulatorEngine::editImage(const EditImageRequest &request)
{
    if (!m_store)
        return notOpen().error();
    auto found = m_state->images.constFind(request.imageId);
    if (found == m_state->images.cend())
        return Error(ErrorCode::NotFound,
                     tr("Image %1 does not exist; refresh the image list and choose another.")
                         .arg(request.imageId));
    Image image = found.value();
    const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
    if (Status s = policy.canEditImage(image); !s)
        return s.error();
    if (Status s = policy.validateNewName(
            request.name, imageNamesInRegion(image.product, image.regionId, image.id));
        !s)
        return s.error();
    if (Status s = policy.validateDescription(request.description); !s)
        return s.error();
    if (Status s = policy.validateTags(request.tags.value_or(QList<Tag>())); !s)
        return s.error();
    ChangeSet changes = beginChanges();
    image.name = request.name;
    image.description = request.description;
    if (request.tags)
        image.tags = *request.tags;
    changes.images.insert(image.id, image);
    finishedOperation(changes, OperationKind::EditImage, image, 1, m_clock->now());
    if (Status s = commit(changes); !s)
        return s.error();
    return image;
}

Status SimulatorEngine::canDeleteImages(const QStringList &imageIds) const
{
    if (!m_store)
        return notOpen();
    if (imageIds.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose at least one image to delete."));
    // All or nothing: every image is checked before anything is removed.
    for (const QString &id : imageIds) {
        auto it = m_state->images.constFind(id);
        if (it == m_state->images.cend())
            return Error(ErrorCode::NotFound,
                         tr("Image %1 does not exist; refresh the image list, then delete "
                            "again. Nothing was deleted.")
                             .arg(id));
        // The console disables Delete by the same rule.
        if (Status s = ProductPolicy::forProduct(it->product).canDeleteImage(it.value()); !s)
            return Error(s.error().code, tr("%1 Nothing was deleted.").arg(s.error().message));
    }
    return {};
}

Status SimulatorEngine::deleteImages(const QStringList &imageIds)
{
    if (Status s = canDeleteImages(imageIds); !s)
        return s;
    QList<Image> doomed;
    QSet<QString> seen;
    for (const QString &id : imageIds) {
        if (!seen.contains(id))
            doomed.append(m_state->images.value(id));
        seen.insert(id);
    }

    ChangeSet changes = beginChanges();
    // One entry per product and region: a bulk delete of 2 000 images is one line, not 2 000.
    QHash<QString, QList<Image>> byRegion;
    for (const Image &image : doomed)
        byRegion[image.regionKey()].append(image);
    for (const QList<Image> &group : std::as_const(byRegion))
        finishedOperation(changes, OperationKind::DeleteImage, group.first(), int(group.size()),
                          m_clock->now());
    for (const Image &image : doomed) {
        const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
        changes.removedImages.insert(image.id);
        if (m_state->repossessedFrom.contains(image.id))
            changes.restoredImages.insert(image.id);
        for (const QString &snapshotId : image.snapshotIds()) {
            Snapshot s = stagedSnapshot(changes, snapshotId);
            if (s.id.isEmpty() || s.imageId != image.id)
                continue; // the user's own snapshot (image made from snapshots): untouched
            if (policy.deleteRemovesAssociatedSnapshots()) {
                changes.snapshots.remove(s.id);
                changes.removedSnapshots.insert(s.id);
            } else {
                // The snapshot outlives the image as an ordinary one, still billed as storage.
                s.imageId.clear();
                changes.snapshots.insert(s.id, s);
            }
        }
    }
    return commit(changes);
}

Status SimulatorEngine::deleteSnapshot(const QString &snapshotId)
{
    if (!m_store)
        return notOpen();
    auto found = m_state->snapshots.constFind(snapshotId);
    if (found == m_state->snapshots.cend())
        return Error(ErrorCode::NotFound,
                     tr("Snapshot %1 does not exist; refresh the snapshot list.").arg(snapshotId));
    const Snapshot snapshot = found.value();
    const ProductPolicy &policy = ProductPolicy::forProduct(snapshot.product);
    if (!snapshot.imageId.isEmpty() && m_state->images.contains(snapshot.imageId) &&
        !policy.associatedSnapshotsDeletableAlone())
        return Error(ErrorCode::SnapshotBoundToImage,
                     tr("Snapshot %1 is associated with image %2 and cannot be deleted on its "
                        "own; delete the image, which deletes its snapshots too.")
                         .arg(snapshot.id, quoted(m_state->images.value(snapshot.imageId).name)));
    // Any product: an image whose disks come from this snapshot would lose them.
    for (const Image &image : m_state->images) {
        if (image.product == snapshot.product && image.snapshotIds().contains(snapshot.id))
            return Error(ErrorCode::SnapshotBoundToImage,
                         tr("Snapshot %1 backs image %2; delete the image first, then the "
                            "snapshot.")
                             .arg(snapshot.id, quoted(image.name)));
    }
    if (snapshot.state != SnapshotState::Available)
        return Error(ErrorCode::ImageBusy,
                     tr("Snapshot %1 is still being created; wait until it is available, then "
                        "delete it.")
                         .arg(snapshot.id));
    ChangeSet changes = beginChanges();
    changes.removedSnapshots.insert(snapshot.id);
    return commit(changes);
}

// ---- instances -----------------------------------------------------------------------------

Status SimulatorEngine::canLaunchInstances(const LaunchRequest &request) const
{
    if (!m_store)
        return notOpen();
    // Idempotency first: a repeated token with the same parameters is the same request and is
    // answered with the first launch; with other parameters it is refused.
    const Result<std::optional<Operation>> earlier = earlierLaunch(request);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return {};
    auto found = m_state->images.constFind(request.imageId);
    if (found == m_state->images.cend())
        return Error(ErrorCode::NotFound,
                     tr("Image %1 does not exist; refresh the image list and choose another.")
                         .arg(request.imageId));
    const Image image = found.value();
    const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
    // Same region only: the image's region is the launch's region.
    const Region *region = m_state->findRegion(image.product, image.regionId);
    if (!region)
        return Error(ErrorCode::NotFound,
                     tr("The image's region %1 no longer exists.").arg(image.regionId));
    const bool zoneInRegion = std::any_of(region->zones.begin(), region->zones.end(),
                                          [&](const Zone &z) { return z.id == request.zoneId; });
    if (!zoneInRegion)
        return Error(
            ErrorCode::ZoneNotAllowed,
            tr("Zone %1 is not in the image's region %2; choose one of its zones.")
                .arg(request.zoneId.isEmpty() ? tr("(none)") : request.zoneId, region->name));
    InstanceType type;
    if (!InstanceTypeCatalog::find(image.product, request.instanceType, &type))
        return Error(ErrorCode::InstanceTypeNotAllowed,
                     tr("%1 does not sell instance type %2; choose one from the list.")
                         .arg(productShortName(image.product), request.instanceType));
    if (Status s = policy.validateLaunch(image, request); !s)
        return s;
    if (Status s = policy.canUseInstanceType(image, type, request.networkAcceleration); !s)
        return s;
    if (request.networkAcceleration && !type.networkAcceleration)
        return Error(ErrorCode::InstanceTypeNotAllowed,
                     tr("Instance type %1 has no network acceleration; choose a larger type or "
                        "turn acceleration off.")
                         .arg(type.id));
    return {};
}

Result<std::optional<Operation>> SimulatorEngine::earlierWrite(OperationKind kind,
                                                               const QString &clientToken,
                                                               const QString &digest) const
{
    const auto record = m_state->clientTokens.constFind(clientToken);
    if (clientToken.isEmpty() || record == m_state->clientTokens.cend())
        return std::optional<Operation>();
    const auto operation = m_state->operations.constFind(record->operationId);
    // Records of older stores have no digest: their token is answered as before.
    const bool sameRequest = (record->request.isEmpty() || record->request == digest) &&
                             (operation == m_state->operations.cend() || operation->kind == kind);
    if (!sameRequest)
        return Error(ErrorCode::ClientTokenReused,
                     tr("The ClientToken %1 was used before with other parameters; use a new "
                        "token for a new request.")
                         .arg(clientToken));
    if (operation == m_state->operations.cend())
        return std::optional<Operation>();
    return std::optional<Operation>(operation.value());
}

Result<std::optional<Operation>> SimulatorEngine::earlierLaunch(const LaunchRequest &request) const
{
    return earlierWrite(OperationKind::LaunchInstances, request.clientToken, launchDigest(request));
}

Result<std::optional<Operation>>
SimulatorEngine::earlierCreate(const CreateImageRequest &request) const
{
    return earlierWrite(OperationKind::CreateImage, request.clientToken, createDigest(request));
}

Result<std::optional<Operation>> SimulatorEngine::earlierCopy(const CopyImageRequest &request) const
{
    return earlierWrite(OperationKind::CopyImage, request.clientToken, copyDigest(request));
}

QStringList SimulatorEngine::launchedWith(const QString &clientToken) const
{
    return m_state->clientTokens.value(clientToken).resultIds;
}

Result<Operation> SimulatorEngine::launchInstances(const LaunchRequest &request)
{
    if (Status s = canLaunchInstances(request); !s)
        return s.error();
    if (const Result<std::optional<Operation>> earlier = earlierLaunch(request);
        earlier->has_value())
        return earlier->value();
    const Image image = m_state->images.value(request.imageId);
    InstanceType type;
    InstanceTypeCatalog::find(image.product, request.instanceType, &type);

    const QDateTime now = m_clock->now();
    ChangeSet changes = beginChanges();
    const QString pattern =
        request.namePattern.trimmed().isEmpty() ? image.name : request.namePattern.trimmed();
    QStringList ids;
    for (int n = 1; n <= request.count; ++n) {
        Instance i;
        i.id = newId(changes, image.product, IdKind::Instance);
        i.product = image.product;
        i.regionId = image.regionId;
        i.zoneId = request.zoneId;
        i.projectId = image.projectId;
        if (pattern.contains(QLatin1String("{n}")))
            i.name = QString(pattern).replace(QLatin1String("{n}"), QString::number(n));
        else
            i.name = request.count > 1 ? QStringLiteral("%1-%2").arg(pattern).arg(n) : pattern;
        i.state = InstanceState::Pending;
        i.instanceType = type.id;
        i.cpuCores = type.cpuCores;
        i.memoryGiB = type.memoryGiB;
        i.networkAcceleration = request.networkAcceleration;
        i.osType = image.osType;
        i.osName = image.osName;
        i.imageId = image.id;
        i.billing = request.billing;
        i.createdAt = now;
        Disk system;
        system.id = newId(changes, image.product, IdKind::Disk);
        system.role = DiskRole::System;
        system.kind = request.systemDiskKind;
        system.sizeGiB = image.systemDiskGiB;
        system.usedGiB = image.systemDiskGiB / 4; // the image's files, give or take
        i.disks.append(system);
        for (const ImageDataDisk &d : image.dataDisks) {
            Disk data;
            data.id = newId(changes, image.product, IdKind::Disk);
            data.role = DiskRole::Data;
            data.kind = request.dataDiskKind;
            data.sizeGiB = d.sizeGiB; // the snapshot's size, or the product's empty default
            data.usedGiB = d.snapshotId.isEmpty() ? 0 : d.sizeGiB / 2;
            i.disks.append(data);
        }
        changes.instances.insert(i.id, i);
        ids.append(i.id);
    }

    Operation op = newOperation(changes, OperationKind::LaunchInstances, image.product,
                                image.regionId, now, kLaunchSeconds);
    // Names and counts as data: the sentences are worded when shown, in the language shown.
    op.targetId = ids.first();
    op.targetName = changes.instances.value(ids.first()).name;
    op.targetCount = request.count;
    op.sourceName = image.name;
    OperationTask task;
    task.instanceIds = ids;
    task.durationSeconds = kLaunchSeconds;
    changes.operations.insert(op.id, op);
    changes.tasks.insert(op.id, task);
    if (!request.clientToken.isEmpty())
        changes.clientTokens.insert(request.clientToken,
                                    ClientTokenRecord{launchDigest(request), op.id, ids});
    if (Status s = commit(changes); !s)
        return s.error();
    return op;
}

Result<Operation> SimulatorEngine::startInstance(const QString &instanceId)
{
    return changePower(instanceId, true);
}

Result<Operation> SimulatorEngine::stopInstance(const QString &instanceId)
{
    return changePower(instanceId, false);
}

Result<Operation> SimulatorEngine::changePower(const QString &instanceId, bool start)
{
    if (!m_store)
        return notOpen().error();
    auto found = m_state->instances.constFind(instanceId);
    if (found == m_state->instances.cend())
        return Error(ErrorCode::NotFound,
                     tr("Instance %1 does not exist; refresh the instance list.").arg(instanceId));
    Instance instance = found.value();
    if (Status s = ProductPolicy::forProduct(instance.product).canChangePower(instance, start); !s)
        return s.error();
    ChangeSet changes = beginChanges();
    Operation op =
        newOperation(changes, start ? OperationKind::StartInstance : OperationKind::StopInstance,
                     instance.product, instance.regionId, m_clock->now(), kPowerSeconds);
    op.targetId = instance.id;
    op.targetName = instance.name;
    OperationTask task;
    task.instanceIds = {instance.id};
    task.durationSeconds = kPowerSeconds;
    instance.state = start ? InstanceState::Starting : InstanceState::Stopping;
    changes.instances.insert(instance.id, instance);
    changes.operations.insert(op.id, op);
    changes.tasks.insert(op.id, task);
    if (Status s = commit(changes); !s)
        return s.error();
    return op;
}

Status SimulatorEngine::cancelOperation(const QString &operationId)
{
    if (!m_store)
        return notOpen();
    auto found = m_state->operations.constFind(operationId);
    if (found == m_state->operations.cend())
        return Error(
            ErrorCode::NotFound,
            tr("Operation %1 does not exist; refresh Recent Operations.").arg(operationId));
    Operation op = found.value();
    if (op.isFinished())
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 has already finished; there is nothing to cancel.")
                         .arg(operationKindName(op.kind)));
    if (!op.cancellable)
        return Error(ErrorCode::Unsupported,
                     tr("%1 cannot be cancelled once started; wait until it finishes.")
                         .arg(operationKindName(op.kind)));
    ChangeSet changes = beginChanges();
    // Only copies are cancellable: the half-made copy and its snapshots go away.
    const Image copy = m_state->images.value(op.targetId);
    if (!copy.id.isEmpty()) {
        changes.removedImages.insert(copy.id);
        for (const QString &snapshotId : copy.snapshotIds())
            if (m_state->snapshots.value(snapshotId).imageId == copy.id)
                changes.removedSnapshots.insert(snapshotId);
    }
    op.state = OperationState::Cancelled;
    op.finishedAt = m_clock->now();
    changes.operations.insert(op.id, op);
    changes.finishedTasks.insert(op.id);
    return commit(changes);
}

// ---- account ------------------------------------------------------------------------------

void SimulatorEngine::stageOverdueStart(ChangeSet &changes, const QDateTime &at) const
{
    Account account = stagedAccount(changes);
    account.overdueSince = at;
    changes.account = account;
    for (const Image &stored : m_state->images) {
        const ProductPolicy &policy = ProductPolicy::forProduct(stored.product);
        if (!policy.overdueRule().repossessesImages)
            continue;
        Image image = stagedImage(changes, stored.id);
        // Images still being made are repossessed when they finish (see stageCompletion).
        if (image.state == ImageState::ToBeRepossessed || image.state == ImageState::Creating ||
            image.state == ImageState::Copying)
            continue;
        changes.repossessedFrom.insert(image.id, image.state);
        changes.restoredImages.remove(image.id);
        image.state = ImageState::ToBeRepossessed;
        image.repossessedAt = at;
        changes.images.insert(image.id, image);
    }
}

void SimulatorEngine::stageOverdueEnd(ChangeSet &changes) const
{
    Account account = stagedAccount(changes);
    account.overdueSince = {};
    changes.account = account;
    QHash<QString, ImageState> held = m_state->repossessedFrom;
    for (auto it = changes.repossessedFrom.begin(); it != changes.repossessedFrom.end(); ++it)
        held.insert(it.key(), it.value());
    for (const QString &id : changes.restoredImages)
        if (!changes.repossessedFrom.contains(id))
            held.remove(id);
    for (auto it = held.begin(); it != held.end(); ++it) {
        Image image = stagedImage(changes, it.key());
        if (image.id.isEmpty() || changes.removedImages.contains(image.id))
            continue;
        image.state = it.value();
        image.repossessedAt = {};
        changes.images.insert(image.id, image);
        changes.repossessedFrom.remove(image.id);
        changes.restoredImages.insert(image.id);
    }
}

void SimulatorEngine::stageBalance(ChangeSet &changes, qint64 balanceFen, const QDateTime &at) const
{
    Account account = stagedAccount(changes);
    account.balanceFen = balanceFen;
    changes.account = account;
    if (balanceFen < 0 && !account.isOverdue())
        stageOverdueStart(changes, at);
    else if (balanceFen >= 0 && account.isOverdue())
        stageOverdueEnd(changes);
}

Status SimulatorEngine::topUp(qint64 amountFen)
{
    if (!m_store)
        return notOpen();
    // The cap keeps the balance far from overflow; no real top-up comes near it.
    constexpr qint64 maxTopUpFen = 100'000'000'000; // 1 000 000 000.00 CNY
    if (amountFen <= 0 || amountFen > maxTopUpFen)
        return Error(ErrorCode::InvalidArgument,
                     tr("Enter a top-up amount greater than zero and at most 1,000,000,000.00 "
                        "CNY."));
    ChangeSet changes = beginChanges();
    stageBalance(changes, m_state->account.balanceFen + amountFen, m_clock->now());
    return commit(changes);
}

Status SimulatorEngine::setBalance(qint64 balanceFen)
{
    if (!m_store)
        return notOpen();
    constexpr qint64 limitFen = 100'000'000'000;
    if (balanceFen > limitFen || balanceFen < -limitFen)
        return Error(ErrorCode::InvalidArgument,
                     tr("Enter a balance between -1,000,000,000.00 and 1,000,000,000.00 CNY."));
    ChangeSet changes = beginChanges();
    stageBalance(changes, balanceFen, m_clock->now());
    return commit(changes);
}

qint64 SimulatorEngine::hourlyChargeFen() const
{
    // Prices per product and region from the same table the console estimates with.
    const PriceTable &table = PriceTable::builtIn();
    // Instance list prices by type id, looked up once rather than once per instance.
    QHash<QString, qint64> typeFen;
    for (Product p : allProducts())
        for (const InstanceType &t : InstanceTypeCatalog::forProduct(p))
            typeFen.insert(t.id, ceilDiv(t.monthlyPriceFen, PriceList::hoursPerMonth));

    qint64 fen = 0;
    // Running pay-as-you-go instances; a subscription is paid in advance.
    for (const Instance &i : m_state->instances)
        if (i.state == InstanceState::Running && i.billing == BillingMethod::PayAsYouGo)
            fen += typeFen.value(i.instanceType);

    // Custom images, priced by CostEstimator so that what is charged is what the console
    // estimates (Lighthouse beyond the free tier, ECS/CVM snapshot storage, UHost parent fee and
    // data-disk snapshots). Repossessed images are isolated and not charged until restored.
    QHash<QString, QList<Image>> imagesByRegion;
    QSet<QString> imageSnapshots;
    for (const Image &m : m_state->images) {
        for (const QString &id : m.snapshotIds())
            imageSnapshots.insert(id);
        if (m.state != ImageState::ToBeRepossessed)
            imagesByRegion[m.regionKey()].append(m);
    }
    for (const Region &r : m_state->regions) {
        auto it = imagesByRegion.constFind(r.key());
        if (it != imagesByRegion.cend())
            fen += ceilDiv(CostEstimator(table.priceList(r.product, r.id))
                               .regionMonthlyFen(r.product, it.value()),
                           PriceList::hoursPerMonth);
    }

    // The user's own snapshots that back no image: plain snapshot storage, where the product
    // bills snapshots at all (Lighthouse prices per image instead).
    qint64 ordinaryFenPerMonth = 0;
    for (const Snapshot &s : m_state->snapshots)
        if (!imageSnapshots.contains(s.id) && ProductPolicy::forProduct(s.product).imagePricing() !=
                                                  ImagePricing::PerImageBeyondFreeTier)
            ordinaryFenPerMonth +=
                qint64(s.sizeGiB) * table.priceList(s.product, s.regionId).snapshotFenPerGbMonth;
    fen += ceilDiv(ordinaryFenPerMonth, PriceList::hoursPerMonth);
    return fen;
}

// ---- time ---------------------------------------------------------------------------------

void SimulatorEngine::stageCompletion(ChangeSet &changes, const Operation &operation,
                                      const OperationTask &task) const
{
    Operation op = operation;
    op.state = OperationState::Succeeded;
    op.progress = 100;
    op.finishedAt = op.expectedEndAt;
    changes.operations.insert(op.id, op);
    changes.finishedTasks.insert(op.id);

    switch (op.kind) {
    case OperationKind::CreateImage:
    case OperationKind::CopyImage: {
        Image image = stagedImage(changes, op.targetId);
        if (!image.id.isEmpty()) {
            const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
            image.progress = 100;
            if (stagedAccount(changes).isOverdue() && policy.overdueRule().repossessesImages) {
                // Finished while the account is overdue: straight to "to be repossessed".
                changes.repossessedFrom.insert(image.id, ImageState::Available);
                image.state = ImageState::ToBeRepossessed;
                image.repossessedAt = stagedAccount(changes).overdueSince;
            } else {
                image.state = ImageState::Available;
            }
            changes.images.insert(image.id, image);
            for (const QString &snapshotId : image.snapshotIds()) {
                Snapshot s = stagedSnapshot(changes, snapshotId);
                if (!s.id.isEmpty() && s.state == SnapshotState::Creating) {
                    s.state = SnapshotState::Available;
                    changes.snapshots.insert(s.id, s);
                }
            }
        }
        for (const QString &instanceId : task.instanceIds) {
            Instance i = stagedInstance(changes, instanceId);
            if (i.id.isEmpty())
                continue;
            i.imagingOperationId.clear();
            if (task.stopsInstance)
                i.state = task.priorState;
            changes.instances.insert(i.id, i);
        }
        break;
    }
    case OperationKind::LaunchInstances:
    case OperationKind::StartInstance:
    case OperationKind::StopInstance:
        for (const QString &instanceId : task.instanceIds) {
            Instance i = stagedInstance(changes, instanceId);
            if (i.id.isEmpty())
                continue;
            i.state = op.kind == OperationKind::StopInstance ? InstanceState::Stopped
                                                             : InstanceState::Running;
            changes.instances.insert(i.id, i);
        }
        break;
    case OperationKind::DeleteImage:
    case OperationKind::EditImage:
    case OperationKind::ReleaseImage:
        break;
    }
}

void SimulatorEngine::stageOperationProgress(ChangeSet &changes, const QDateTime &now) const
{
    for (auto it = m_state->tasks.cbegin(); it != m_state->tasks.cend(); ++it) {
        const Operation op = m_state->operations.value(it.key());
        const OperationTask &task = it.value();
        if (op.id.isEmpty() || op.isFinished())
            continue;
        const qint64 elapsedMs = op.startedAt.msecsTo(now);
        const qint64 durationMs = qMax<qint64>(1, task.durationSeconds * 1000);

        // The forced shutdown finishes first; the instance stays stopped until the image is done.
        if (task.stopsInstance && !task.instanceIds.isEmpty() &&
            elapsedMs >= qMin(kShutdownSeconds * 1000, durationMs / 2)) {
            Instance i = stagedInstance(changes, task.instanceIds.first());
            if (i.state == InstanceState::Stopping) {
                i.state = InstanceState::Stopped;
                changes.instances.insert(i.id, i);
            }
        }
        if (elapsedMs >= durationMs) {
            stageCompletion(changes, op, task);
            continue;
        }
        const int progress = int(qBound(qint64(0), elapsedMs * 100 / durationMs, qint64(99)));
        if (progress == op.progress)
            continue; // only whole-percent changes are news
        Operation moved = op;
        moved.progress = progress;
        changes.operations.insert(moved.id, moved);
        if (op.kind == OperationKind::CreateImage || op.kind == OperationKind::CopyImage) {
            Image image = stagedImage(changes, op.targetId);
            if (!image.id.isEmpty()) {
                image.progress = progress;
                changes.images.insert(image.id, image);
            }
        }
    }
}

void SimulatorEngine::stageBilling(ChangeSet &changes, const QDateTime &now) const
{
    const qint64 hours =
        changes.lastBilledAt.isValid() ? changes.lastBilledAt.secsTo(now) / 3600 : 0;
    if (!changes.lastBilledAt.isValid())
        changes.lastBilledAt = now;
    if (hours <= 0)
        return;
    const QDateTime from = changes.lastBilledAt;
    changes.lastBilledAt = from.addSecs(hours * 3600);
    const qint64 rate = hourlyChargeFen();
    if (rate <= 0)
        return;
    const Account before = stagedAccount(changes);
    Account after = before;
    after.balanceFen = before.balanceFen - rate * hours;
    changes.account = after;
    if (after.balanceFen < 0 && !before.isOverdue()) {
        // The hour in which the balance went below zero is when the account became overdue,
        // even if advance() learns of it days later (a long jump of the clock).
        const qint64 crossingHour = before.balanceFen < 0 ? 1 : before.balanceFen / rate + 1;
        stageOverdueStart(changes, from.addSecs(crossingHour * 3600));
    }
}

void SimulatorEngine::stageReleases(ChangeSet &changes, const QDateTime &now) const
{
    if (!stagedAccount(changes).isOverdue())
        return;
    QHash<QString, ImageState> held = m_state->repossessedFrom;
    for (auto it = changes.repossessedFrom.begin(); it != changes.repossessedFrom.end(); ++it)
        held.insert(it.key(), it.value());
    QHash<QString, QList<Image>> releasedByRegion;
    for (auto it = held.begin(); it != held.end(); ++it) {
        const Image image = stagedImage(changes, it.key());
        if (image.id.isEmpty() || image.state != ImageState::ToBeRepossessed)
            continue;
        const int days = ProductPolicy::forProduct(image.product).overdueRule().releaseAfterDays;
        if (days <= 0 || !image.repossessedAt.isValid() || image.repossessedAt.addDays(days) > now)
            continue;
        releasedByRegion[image.regionKey()].append(image);
        // Released: the image and the snapshots that were its storage are gone.
        changes.images.remove(image.id);
        changes.removedImages.insert(image.id);
        changes.repossessedFrom.remove(image.id);
        changes.restoredImages.insert(image.id);
        for (const QString &snapshotId : image.snapshotIds()) {
            const Snapshot s = stagedSnapshot(changes, snapshotId);
            if (!s.id.isEmpty() && s.imageId == image.id) {
                changes.snapshots.remove(s.id);
                changes.removedSnapshots.insert(s.id);
            }
        }
    }
    for (const QList<Image> &group : std::as_const(releasedByRegion))
        finishedOperation(changes, OperationKind::ReleaseImage, group.first(), int(group.size()),
                          now);
}

void SimulatorEngine::advance()
{
    if (!m_store)
        return;
    const QDateTime now = m_clock->now();
    ChangeSet changes = beginChanges();
    stageOperationProgress(changes, now);
    stageBilling(changes, now);
    stageReleases(changes, now);

    const bool billedHours = changes.lastBilledAt != m_state->lastBilledAt;
    const bool timeToSaveNow = m_state->now.secsTo(now) >= kPersistNowEverySeconds;
    if (!changes.hasRecords() && !billedHours && !timeToSaveNow)
        return;
    if (Status s = commit(changes); !s)
        // Nothing was applied; the next tick tries the same batch again.
        qWarning("SimulatorEngine::advance: %s", qPrintable(s.error().message));
}

} // namespace imprint
