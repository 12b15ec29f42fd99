#include "snapshottablemodel.h"

#include "scopedid.h"

#include <QCoreApplication>

namespace imprint {

namespace {

QString snapshotStateName(SnapshotState state)
{
    return state == SnapshotState::Creating ? SnapshotTableModel::tr("Creating")
                                            : SnapshotTableModel::tr("Available");
}

} // namespace

SnapshotTableModel::SnapshotTableModel(Backend *backend, QObject *parent)
    : RecordTableModel(backend, parent)
{
    m_stateNames[0] = snapshotStateName(SnapshotState::Creating);
    m_stateNames[1] = snapshotStateName(SnapshotState::Available);
    m_roleNames[0] = diskRoleName(DiskRole::System);
    m_roleNames[1] = diskRoleName(DiskRole::Data);
    if (backend) {
        connect(backend, &Backend::snapshotsChanged, this, &SnapshotTableModel::upsertSnapshots);
        connect(backend, &Backend::snapshotsRemoved, this, &SnapshotTableModel::removeSnapshots);
    }
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store.size() || index.column() >= ColumnCount)
        return {};
    const Snapshot &snapshot = m_store.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(snapshot, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn)
            return diskKindName(snapshot.product, snapshot.diskKind);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return alignRight();
        return {};
    case IdRole:
        return snapshot.id;
    case RegionKeyRole:
        return snapshot.regionKey();
    case ProductRole:
        return int(snapshot.product);
    case ProgressRole:
        return {}; // the cloud reports no snapshot progress
    case StateRole:
        return int(snapshot.state);
    case RecordRole:
        return QVariant::fromValue(snapshot);
    default:
        return {};
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case ProductColumn:
        return tr("Product");
    case RoleColumn:
        return tr("Disk");
    case SizeColumn:
        return tr("Size");
    case EncryptedColumn:
        return tr("Encrypted");
    case ZoneColumn:
        return tr("Zone");
    case SourceDiskColumn:
        return tr("Source Disk");
    case SourceInstanceColumn:
        return tr("Source Instance");
    case ImageColumn:
        return tr("Image");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

const Snapshot *SnapshotTableModel::findSnapshot(const QString &id) const
{
    return findRecord(id);
}

bool SnapshotTableModel::findSnapshot(const QString &id, Snapshot *snapshot) const
{
    const Snapshot *found = findSnapshot(id);
    if (found && snapshot)
        *snapshot = *found;
    return found != nullptr;
}

QList<Snapshot> SnapshotTableModel::snapshotsInRegion(const QString &regionKey) const
{
    ResourceFilter filter;
    filter.setRegionKey(regionKey);
    QList<Snapshot> snapshots;
    for (int row = 0; row < m_store.size(); ++row) {
        const Snapshot &snapshot = m_store.at(row);
        if (filter.matchesRegion(snapshot.product, snapshot.regionId))
            snapshots.append(snapshot);
    }
    return snapshots;
}

bool SnapshotTableModel::acceptsRow(int row, const ResourceFilter &filter) const
{
    const Snapshot &snapshot = m_store.at(row);
    if (!filter.matchesRegion(snapshot.product, snapshot.regionId) ||
        !filter.matchesState(int(snapshot.state)))
        return false;
    const SearchMatcher &text = filter.text();
    if (text.isEmpty())
        return true;
    return text.matches(snapshot.name) || text.matches(snapshot.id) ||
           text.matches(m_stateNames[snapshot.state == SnapshotState::Creating ? 0 : 1]) ||
           text.matches(m_roleNames[snapshot.role == DiskRole::System ? 0 : 1]) ||
           text.matches(snapshot.zoneId) || text.matches(snapshot.sourceDiskId) ||
           text.matches(snapshot.sourceInstanceId) || text.matches(snapshot.imageId);
}

int SnapshotTableModel::compareRows(int column, int left, int right) const
{
    const Snapshot &a = m_store.at(left);
    const Snapshot &b = m_store.at(right);
    switch (column) {
    case NameColumn:
        return compareText(a.name, b.name);
    case IdColumn:
        return QString::compare(a.id, b.id);
    case AccountColumn:
        return compareText(accountName(a.id), accountName(b.id));
    case StateColumn:
        return threeWay(int(a.state), int(b.state));
    case ProductColumn:
        return threeWay(int(a.product), int(b.product));
    case RoleColumn:
        return threeWay(int(a.role), int(b.role));
    case SizeColumn:
        return threeWay(a.sizeGiB, b.sizeGiB);
    case EncryptedColumn:
        return threeWay(a.encrypted, b.encrypted);
    case ZoneColumn:
        return QString::compare(a.zoneId, b.zoneId);
    case SourceDiskColumn:
        return QString::compare(a.sourceDiskId, b.sourceDiskId);
    case SourceInstanceColumn:
        return QString::compare(a.sourceInstanceId, b.sourceInstanceId);
    case ImageColumn:
        return QString::compare(a.imageId, b.imageId);
    case CreatedColumn:
        return threeWay(a.createdAt, b.createdAt);
    default:
        return 0;
    }
}

ResourceTableModel::SortJob SnapshotTableModel::sortJob(QList<int> rows, int column,
                                                        Qt::SortOrder order) const
{
    if (column == NameColumn)
        return nameSortJob(std::move(rows), order);
    return ResourceTableModel::sortJob(std::move(rows), column, order);
}

void SnapshotTableModel::reload()
{
    if (!backend())
        return;
    fetch(backend()->fetchSnapshots(),
          [this](const QList<Snapshot> &snapshots) { loadRecords(snapshots); });
}

void SnapshotTableModel::setSnapshots(QList<Snapshot> snapshots)
{
    setRecords(std::move(snapshots));
}

void SnapshotTableModel::upsertSnapshot(const Snapshot &snapshot)
{
    upsertRecord(snapshot);
}

void SnapshotTableModel::upsertSnapshots(const QList<Snapshot> &snapshots)
{
    upsertRecords(snapshots);
}

void SnapshotTableModel::removeSnapshots(const QStringList &snapshotIds)
{
    removeRecords(snapshotIds);
}

void SnapshotTableModel::removeSnapshot(const QString &snapshotId)
{
    removeRecord(snapshotId);
}

QString SnapshotTableModel::cellText(const Snapshot &snapshot, int column) const
{
    switch (column) {
    case NameColumn:
        return snapshot.name;
    case IdColumn:
        return ScopedId::local(snapshot.id);
    case AccountColumn:
        return accountName(snapshot.id);
    case StateColumn:
        return snapshotStateName(snapshot.state);
    case ProductColumn:
        return productShortName(snapshot.product);
    case RoleColumn:
        return diskRoleName(snapshot.role);
    case SizeColumn:
        return tr("%1 GiB").arg(snapshot.sizeGiB);
    case EncryptedColumn:
        return snapshot.encrypted ? tr("Yes") : tr("No");
    case ZoneColumn:
        return snapshot.zoneId;
    case SourceDiskColumn:
        return ScopedId::local(snapshot.sourceDiskId);
    case SourceInstanceColumn:
        return ScopedId::local(snapshot.sourceInstanceId);
    case ImageColumn:
        return ScopedId::local(snapshot.imageId);
    case CreatedColumn:
        return formatDateTime(snapshot.createdAt);
    default:
        return {};
    }
}

quint32 SnapshotTableModel::changedColumns(const Snapshot &before, const Snapshot &after) const
{
    quint32 changed = 0;
    if (before.name != after.name)
        changed |= bit(NameColumn);
    if (before.id != after.id)
        changed |= bit(IdColumn);
    if (before.state != after.state)
        changed |= bit(StateColumn);
    if (before.product != after.product)
        changed |= bit(ProductColumn);
    if (before.role != after.role || before.diskKind != after.diskKind)
        changed |= bit(RoleColumn);
    if (before.sizeGiB != after.sizeGiB)
        changed |= bit(SizeColumn);
    if (before.encrypted != after.encrypted)
        changed |= bit(EncryptedColumn);
    if (before.zoneId != after.zoneId)
        changed |= bit(ZoneColumn);
    if (before.sourceDiskId != after.sourceDiskId)
        changed |= bit(SourceDiskColumn);
    if (before.sourceInstanceId != after.sourceInstanceId)
        changed |= bit(SourceInstanceColumn);
    if (before.imageId != after.imageId)
        changed |= bit(ImageColumn);
    if (before.createdAt != after.createdAt)
        changed |= bit(CreatedColumn);
    return changed;
}

} // namespace imprint
