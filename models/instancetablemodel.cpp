#include "instancetablemodel.h"

#include "scopedid.h"

#include <algorithm>
#include <utility>

namespace imprint {

namespace {

int totalDiskGiB(const Instance &instance)
{
    int total = 0;
    for (const Disk &disk : instance.disks)
        total += disk.sizeGiB;
    return total;
}

bool sameDisks(const QList<Disk> &a, const QList<Disk> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Disk &x, const Disk &y) {
        return x.id == y.id && x.role == y.role && x.kind == y.kind && x.sizeGiB == y.sizeGiB;
    });
}

} // namespace

InstanceTableModel::InstanceTableModel(Backend *backend, QObject *parent)
    : RecordTableModel(backend, parent)
{
    for (int s = 0; s < int(m_stateNames.size()); ++s)
        m_stateNames[s] = instanceStateName(InstanceState(s));
    if (backend) {
        connect(backend, &Backend::instancesChanged, this, &InstanceTableModel::upsertInstances);
        connect(backend, &Backend::instancesRemoved, this, &InstanceTableModel::removeInstances);
    }
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store.size() || index.column() >= ColumnCount)
        return {};
    const Instance &instance = m_store.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(instance, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !instance.imagingOperationId.isEmpty())
            return tr("An image is being made from this instance: it cannot be started or "
                      "stopped until the image is ready.");
        if (index.column() == DisksColumn) {
            QStringList lines;
            for (const Disk &disk : instance.disks)
                lines.append(tr("%1 %2: %3 GiB, %4")
                                 .arg(diskRoleName(disk.role), disk.id)
                                 .arg(disk.sizeGiB)
                                 .arg(diskKindName(instance.product, disk.kind)));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case IdRole:
        return instance.id;
    case RegionKeyRole:
        return instance.regionKey();
    case ProductRole:
        return int(instance.product);
    case ProgressRole:
        return {}; // instances report no progress of their own; operations do
    case StateRole:
        return int(instance.state);
    case RecordRole:
        return QVariant::fromValue(instance);
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ZoneColumn:
        return tr("Zone");
    case TypeColumn:
        return tr("Type");
    case CpuMemoryColumn:
        return tr("CPU / Memory");
    case OsColumn:
        return tr("OS");
    case DisksColumn:
        return tr("Disks");
    case BillingColumn:
        return tr("Billing");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

const Instance *InstanceTableModel::findInstance(const QString &id) const
{
    return findRecord(id);
}

bool InstanceTableModel::acceptsRow(int row, const ResourceFilter &filter) const
{
    const Instance &instance = m_store.at(row);
    if (!filter.matchesRegion(instance.product, instance.regionId) ||
        !filter.matchesState(int(instance.state)))
        return false;
    const SearchMatcher &text = filter.text();
    if (text.isEmpty())
        return true;
    const int state = int(instance.state);
    return text.matches(instance.name) || text.matches(instance.id) ||
           (state >= 0 && state < int(m_stateNames.size()) && text.matches(m_stateNames[state])) ||
           text.matches(instance.zoneId) || text.matches(instance.instanceType) ||
           text.matches(instance.osName) || text.matches(instance.imageId);
}

int InstanceTableModel::compareRows(int column, int left, int right) const
{
    const Instance &a = m_store.at(left);
    const Instance &b = m_store.at(right);
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
    case ZoneColumn:
        return QString::compare(a.zoneId, b.zoneId);
    case TypeColumn:
        return compareText(a.instanceType, b.instanceType);
    case CpuMemoryColumn:
        return threeWay(std::pair(a.cpuCores, a.memoryGiB), std::pair(b.cpuCores, b.memoryGiB));
    case OsColumn:
        return compareText(a.osName, b.osName);
    case DisksColumn:
        return threeWay(totalDiskGiB(a), totalDiskGiB(b));
    case BillingColumn:
        return threeWay(int(a.billing), int(b.billing));
    case CreatedColumn:
        return threeWay(a.createdAt, b.createdAt);
    default:
        return 0;
    }
}

ResourceTableModel::SortJob InstanceTableModel::sortJob(QList<int> rows, int column,
                                                        Qt::SortOrder order) const
{
    if (column == NameColumn)
        return nameSortJob(std::move(rows), order);
    return ResourceTableModel::sortJob(std::move(rows), column, order);
}

void InstanceTableModel::reload()
{
    if (!backend())
        return;
    fetch(backend()->fetchInstances(),
          [this](const QList<Instance> &instances) { loadRecords(instances); });
}

void InstanceTableModel::setInstances(QList<Instance> instances)
{
    setRecords(std::move(instances));
}

void InstanceTableModel::upsertInstance(const Instance &instance)
{
    upsertRecord(instance);
}

void InstanceTableModel::upsertInstances(const QList<Instance> &instances)
{
    upsertRecords(instances);
}

void InstanceTableModel::removeInstances(const QStringList &instanceIds)
{
    removeRecords(instanceIds);
}

void InstanceTableModel::removeInstance(const QString &instanceId)
{
    removeRecord(instanceId);
}

QString InstanceTableModel::cellText(const Instance &instance, int column) const
{
    switch (column) {
    case NameColumn:
        return instance.name;
    case IdColumn:
        return ScopedId::local(instance.id);
    case AccountColumn:
        return accountName(instance.id);
    case StateColumn:
        if (!instance.imagingOperationId.isEmpty())
            //: Instance state while an image is made from it, e.g. "Running, imaging"
            return tr("%1, imaging").arg(instanceStateName(instance.state));
        return instanceStateName(instance.state);
    case ProductColumn:
        return productShortName(instance.product);
    case ZoneColumn:
        return instance.zoneId;
    case TypeColumn:
        return instance.instanceType;
    case CpuMemoryColumn:
        return tr("%1 vCPU, %2 GiB").arg(instance.cpuCores).arg(instance.memoryGiB);
    case OsColumn:
        return instance.osName;
    case DisksColumn: {
        const Disk *system = instance.systemDisk();
        QStringList data;
        for (const Disk &disk : instance.disks)
            if (disk.role == DiskRole::Data)
                data.append(QString::number(disk.sizeGiB));
        const QString systemText = tr("%1 GiB system").arg(system ? system->sizeGiB : 0);
        if (data.isEmpty())
            return systemText;
        //: Disk summary, e.g. "50 GiB system + 100 + 200 GiB data"
        return tr("%1 + %2 GiB data").arg(systemText, data.join(QStringLiteral(" + ")));
    }
    case BillingColumn:
        return billingMethodName(instance.billing);
    case CreatedColumn:
        return formatDateTime(instance.createdAt);
    default:
        return {};
    }
}

quint32 InstanceTableModel::changedColumns(const Instance &before, const Instance &after) const
{
    quint32 changed = 0;
    if (before.name != after.name)
        changed |= bit(NameColumn);
    if (before.id != after.id)
        changed |= bit(IdColumn);
    if (before.state != after.state ||
        before.imagingOperationId.isEmpty() != after.imagingOperationId.isEmpty())
        changed |= bit(StateColumn);
    if (before.product != after.product)
        changed |= bit(ProductColumn);
    if (before.zoneId != after.zoneId)
        changed |= bit(ZoneColumn);
    if (before.instanceType != after.instanceType)
        changed |= bit(TypeColumn);
    if (before.cpuCores != after.cpuCores || before.memoryGiB != after.memoryGiB)
        changed |= bit(CpuMemoryColumn);
    if (before.osName != after.osName)
        changed |= bit(OsColumn);
    if (!sameDisks(before.disks, after.disks))
        changed |= bit(DisksColumn);
    if (before.billing != after.billing)
        changed |= bit(BillingColumn);
    if (before.createdAt != after.createdAt)
        changed |= bit(CreatedColumn);
    return changed;
}

} // namespace imprint
