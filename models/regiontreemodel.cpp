#include "regiontreemodel.h"

#include "passqueue.h"
#include "placenames.h"
#include "scopedid.h"
#include "workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

#include <algorithm>

namespace imprint {

namespace {

int productIndex(Product product)
{
    const int i = int(product);
    return i >= 0 && i < 4 ? i : 0;
}

// "lighthouse", "lighthouse/" -> a product; anything else is not a product key.
bool parseProductKey(const QString &key, Product *product)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash >= 0 && slash != key.size() - 1)
        return false;
    return productFromKey(slash < 0 ? key : key.left(slash), product);
}

QVariant alignRight()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

// A product row under an account carries this bit in its internal id, with the account's row
// + 1 below it. Without accounts, product rows are the top level (internal id 0); region rows
// carry their product node + 1 either way.
constexpr quintptr AccountChild = quintptr(1) << 30;

} // namespace

RegionTreeModel::RegionTreeModel(Backend *backend, QObject *parent)
    : QAbstractItemModel(parent)
    , m_backend(backend)
{
    if (backend) {
        connect(backend, &Backend::imagesChanged, this, &RegionTreeModel::upsertImages);
        connect(backend, &Backend::imagesRemoved, this, &RegionTreeModel::removeImages);
        connect(backend, &Backend::instancesChanged, this, &RegionTreeModel::upsertInstances);
        connect(backend, &Backend::instancesRemoved, this, &RegionTreeModel::removeInstances);
        connect(backend, &Backend::accountStatusChanged, this, &RegionTreeModel::setAccountStatus);
    }
}

bool RegionTreeModel::isAccountRow(const QModelIndex &index)
{
    return index.isValid() && index.internalId() == 0;
}

int RegionTreeModel::nodeOf(const QModelIndex &productRow) const
{
    if (!productRow.isValid() || productRow.column() != 0)
        return -1;
    if (m_accounts.isEmpty())
        return productRow.internalId() == 0 && productRow.row() < m_products.size()
                   ? productRow.row()
                   : -1;
    if (!(productRow.internalId() & AccountChild))
        return -1;
    const int account = int((productRow.internalId() & ~AccountChild) - 1);
    if (account < 0 || account >= m_accounts.size())
        return -1;
    return m_accounts.at(account).products.value(productRow.row(), -1);
}

QModelIndex RegionTreeModel::nodeIndex(int node, int column) const
{
    if (node < 0 || node >= m_products.size())
        return {};
    const ProductNode &n = m_products.at(node);
    if (m_accounts.isEmpty())
        return createIndex(node, column, quintptr(0));
    return createIndex(n.row, column, AccountChild | quintptr(n.account + 1));
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const qsizetype top = m_accounts.isEmpty() ? m_products.size() : m_accounts.size();
        return row < top ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.column() != 0)
        return {};
    if (!m_accounts.isEmpty() && isAccountRow(parent)) {
        if (parent.row() >= m_accounts.size() || row >= m_accounts.at(parent.row()).products.size())
            return {};
        return createIndex(row, column, AccountChild | quintptr(parent.row() + 1));
    }
    const int node = nodeOf(parent);
    if (node < 0 || row >= m_products.at(node).regions.size())
        return {};
    return createIndex(row, column, quintptr(node + 1));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() & AccountChild)
        return createIndex(int((child.internalId() & ~AccountChild) - 1), 0, quintptr(0));
    return nodeIndex(int(child.internalId() - 1));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accounts.isEmpty() ? m_products.size() : m_accounts.size());
    if (parent.column() != 0)
        return 0;
    if (!m_accounts.isEmpty() && isAccountRow(parent))
        return parent.row() < m_accounts.size() ? int(m_accounts.at(parent.row()).products.size())
                                                : 0;
    const int node = nodeOf(parent);
    return node < 0 ? 0 : int(m_products.at(node).regions.size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (!m_accounts.isEmpty() && isAccountRow(index))
        return index.row() < m_accounts.size()
                   ? accountData(m_accounts.at(index.row()), index.column(), role)
                   : QVariant();
    if (index.internalId() == 0 || (index.internalId() & AccountChild)) {
        const int node = nodeOf(index.siblingAtColumn(0));
        if (node < 0)
            return {};
        const ProductNode &n = m_products.at(node);
        const Group &counts = m_groups.at(n.group);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == InstancesColumn)
                return counts.instances;
            if (index.column() == ImagesColumn)
                return counts.images;
            return productDisplayName(n.product);
        case Qt::TextAlignmentRole:
            return index.column() == NameColumn ? QVariant() : alignRight();
        case IdRole:
            return productKey(n.product);
        case RegionKeyRole:
            return productKey(n.product) + QLatin1Char('/') +
                   (n.scope.isEmpty() ? QString() : n.scope + ScopedId::separator);
        case ProductRole:
            return int(n.product);
        default:
            return {};
        }
    }

    const int productRow = int(index.internalId() - 1);
    if (productRow >= m_products.size() || index.row() >= m_products.at(productRow).regions.size())
        return {};
    const ProductNode &node = m_products.at(productRow);
    const Region &region = node.regions.at(index.row());
    const Tally &tally = m_tallies.at(node.tallies.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == InstancesColumn)
            return tally.instances;
        if (index.column() == ImagesColumn)
            return tally.images;
        return region.name.isEmpty() ? ScopedId::local(region.id) : placeName(region.name);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(ScopedId::local(region.id)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : alignRight();
    case IdRole:
        return region.id;
    case RegionKeyRole:
        return region.key();
    case ProductRole:
        return int(region.product);
    case RecordRole:
        return QVariant::fromValue(region);
    default:
        return {};
    }
}

QVariant RegionTreeModel::accountData(const AccountNode &account, int column, int role) const
{
    const AccountStatus &status = account.status;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            switch (status.state) {
            case AccountStatus::State::Loading:
                return tr("%1 (connecting…)").arg(status.name);
            case AccountStatus::State::Failed:
                return tr("%1 (not connected)").arg(status.name);
            case AccountStatus::State::Connected:
                return status.name;
            }
        }
        if (status.state != AccountStatus::State::Connected && account.products.isEmpty())
            return {};
        {
            int sum = 0;
            for (int node : account.products) {
                const Group &counts = m_groups.at(m_products.at(node).group);
                sum += column == InstancesColumn ? counts.instances : counts.images;
            }
            return sum;
        }
    case Qt::ToolTipRole:
        return status.state == AccountStatus::State::Failed ? QVariant(status.problem) : QVariant();
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : alignRight();
    case IdRole:
        return status.id;
    case RegionKeyRole:
        return status.id + ScopedId::separator;
    case AccountStatusRole:
        return QVariant::fromValue(status);
    default:
        return {};
    }
}

void RegionTreeModel::setAccountStatus(const AccountStatus &status)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).status.id != status.id)
            continue;
        m_accounts[row].status = status;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Region");
    case InstancesColumn:
        return tr("Instances");
    case ImagesColumn:
        return tr("Images");
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(RegionKeyRole, "regionKey");
    names.insert(ProductRole, "product");
    names.insert(RecordRole, "record");
    return names;
}

QModelIndex RegionTreeModel::indexForKey(const QString &key, int column) const
{
    Product product;
    if (parseProductKey(key, &product))
        return nodeIndex(productNode(product), column);
    if (key.endsWith(ScopedId::separator)) { // "a2:" or "cvm/a2:"
        const QString scope = ScopedId::scopeOf(key + QLatin1Char('x'));
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash >= 0 && productFromKey(key.left(slash), &product))
            return nodeIndex(productNode(product, scope), column);
        for (int row = 0; row < m_accounts.size(); ++row)
            if (m_accounts.at(row).status.id == scope)
                return index(row, column);
        return {};
    }
    const int tally = m_tallyOfKey.value(key, -1);
    if (tally < 0 || m_tallies.at(tally).regionRow < 0)
        return {};
    const Tally &t = m_tallies.at(tally);
    return index(t.regionRow, column, nodeIndex(t.productRow));
}

QString RegionTreeModel::displayNameForKey(const QString &key) const
{
    if (key.isEmpty())
        return tr("all regions");
    Product product;
    if (parseProductKey(key, &product))
        return productDisplayName(product);
    if (const Region *region = findRegion(key))
        return region->name.isEmpty() ? ScopedId::local(region->id) : placeName(region->name);
    if (const QModelIndex row = indexForKey(key); row.isValid())
        return row.data().toString();
    return key;
}

QStringList RegionTreeModel::regionKeys(Product product, const QString &accountOf) const
{
    const QString scope = ScopedId::scopeOf(accountOf);
    QStringList keys;
    for (const ProductNode &node : m_products)
        if (node.product == product && (accountOf.isEmpty() || node.scope == scope))
            for (const Region &region : node.regions)
                keys.append(region.key());
    return keys;
}

const Region *RegionTreeModel::findRegion(const QString &regionKey) const
{
    const int tally = m_tallyOfKey.value(regionKey, -1);
    if (tally < 0 || m_tallies.at(tally).regionRow < 0)
        return nullptr;
    const Tally &t = m_tallies.at(tally);
    return &m_products.at(t.productRow).regions.at(t.regionRow);
}

int RegionTreeModel::imageCount(const QString &key) const
{
    Product product;
    if (parseProductKey(key, &product)) {
        int sum = 0;
        for (const ProductNode &node : m_products)
            if (node.product == product)
                sum += m_groups.at(node.group).images;
        return sum;
    }
    const int tally = m_tallyOfKey.value(key, -1);
    return tally < 0 ? 0 : m_tallies.at(tally).images;
}

int RegionTreeModel::instanceCount(const QString &key) const
{
    Product product;
    if (parseProductKey(key, &product)) {
        int sum = 0;
        for (const ProductNode &node : m_products)
            if (node.product == product)
                sum += m_groups.at(node.group).instances;
        return sum;
    }
    const int tally = m_tallyOfKey.value(key, -1);
    return tally < 0 ? 0 : m_tallies.at(tally).instances;
}

bool RegionTreeModel::isLoading() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](bool p) { return p; });
}

void RegionTreeModel::reload()
{
    if (!m_backend)
        return;
    // All three are pending before any answers, so a synchronous answer does not flicker the
    // loading state three times.
    const bool wasLoading = isLoading();
    m_pending.fill(true);
    if (!wasLoading)
        emit loadingChanged(true);
    fetch(RegionsFetch, m_backend->fetchRegions(), [this](const QList<Region> &regions) {
        setRegions(regions);
        emit loaded();
    });
    fetch(ImagesFetch, m_backend->fetchImages(),
          [this](const QList<Image> &images) { loadCounts(Kind::Images, images); });
    fetch(InstancesFetch, m_backend->fetchInstances(),
          [this](const QList<Instance> &instances) { loadCounts(Kind::Instances, instances); });
}

template <typename T, typename Apply>
void RegionTreeModel::fetch(Fetch which, QFuture<Result<T>> future, Apply apply)
{
    const quint64 generation = ++m_fetchGeneration[which];
    future
        .then(this,
              [this, which, generation, apply = std::move(apply)](const Result<T> &result) {
                  if (generation != m_fetchGeneration[which])
                      return; // a newer reload() is under way; its answer wins
                  setPending(which, false);
                  if (!result.ok()) {
                      emit loadFailed(result.error().message);
                      return;
                  }
                  apply(result.value());
              })
        .onCanceled(this, [this, which, generation] {
            if (generation == m_fetchGeneration[which])
                setPending(which, false);
        });
}

void RegionTreeModel::setPending(Fetch which, bool pending)
{
    const bool wasLoading = isLoading();
    m_pending[which] = pending;
    if (isLoading() != wasLoading)
        emit loadingChanged(!wasLoading);
}

void RegionTreeModel::setRegions(const QList<Region> &regions)
{
    const QList<AccountStatus> accounts =
        m_backend ? m_backend->accounts() : QList<AccountStatus>();
    // The products each account shows, in enum order: those of the backend (or, with accounts,
    // those its regions name), so an empty product still has its row.
    QList<QPair<QString, Product>> nodes;
    if (accounts.isEmpty() && m_backend)
        for (Product product : m_backend->products())
            nodes.append({QString(), product});
    for (const Region &region : regions)
        nodes.append(
            {accounts.isEmpty() ? QString() : ScopedId::scopeOf(region.id), region.product});
    QHash<QString, int> accountRank;
    for (int i = 0; i < accounts.size(); ++i)
        accountRank.insert(accounts.at(i).id, i);
    std::sort(nodes.begin(), nodes.end(), [&accountRank](const auto &a, const auto &b) {
        const int ra = accountRank.value(a.first, -1);
        const int rb = accountRank.value(b.first, -1);
        return ra != rb ? ra < rb : int(a.second) < int(b.second);
    });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());

    beginResetModel();
    m_accounts.clear();
    for (const AccountStatus &status : accounts)
        m_accounts.append({status, {}});
    m_products.clear();
    for (Tally &tally : m_tallies) {
        tally.productRow = -1;
        tally.regionRow = -1;
    }
    for (const auto &[scope, product] : std::as_const(nodes)) {
        ProductNode node;
        node.product = product;
        node.scope = scope;
        node.group = groupFor(product, scope);
        if (!accounts.isEmpty()) {
            node.account = accountRank.value(scope, -1);
            if (node.account < 0)
                continue; // a region of no listed account
            node.row = int(m_accounts.at(node.account).products.size());
            m_accounts[node.account].products.append(int(m_products.size()));
        } else {
            node.row = int(m_products.size());
        }
        m_products.append(node);
    }
    for (const Region &region : regions) {
        const int row = productNode(region.product, ScopedId::scopeOf(region.id));
        if (row < 0)
            continue;
        const int tally = tallyFor(region.product, region.id);
        if (m_tallies.at(tally).regionRow >= 0)
            continue; // listed twice
        ProductNode &node = m_products[row];
        node.regions.append(region);
        node.tallies.append(tally);
        m_tallies[tally].productRow = row;
        m_tallies[tally].regionRow = int(node.regions.size()) - 1;
    }
    endResetModel();
}

int RegionTreeModel::groupFor(Product product, const QString &scope)
{
    const QString key = scope + QLatin1Char('/') + productKey(product);
    const auto it = m_groupOf.constFind(key);
    if (it != m_groupOf.cend())
        return *it;
    m_groups.append(Group());
    const int group = int(m_groups.size()) - 1;
    m_groupOf.insert(key, group);
    return group;
}

void RegionTreeModel::setImages(const QList<Image> &images)
{
    m_imageTally.clear();
    m_imageTally.reserve(images.size());
    for (Tally &tally : m_tallies)
        tally.images = 0;
    for (Group &group : m_groups)
        group.images = 0;
    for (const Image &image : images)
        count(Kind::Images, image.id, tallyFor(image.product, image.regionId));
    emitCountColumn(Kind::Images);
}

void RegionTreeModel::setInstances(const QList<Instance> &instances)
{
    m_instanceTally.clear();
    m_instanceTally.reserve(instances.size());
    for (Tally &tally : m_tallies)
        tally.instances = 0;
    for (Group &group : m_groups)
        group.instances = 0;
    for (const Instance &instance : instances)
        count(Kind::Instances, instance.id, tallyFor(instance.product, instance.regionId));
    emitCountColumn(Kind::Instances);
}

template <typename Record> void RegionTreeModel::loadCounts(Kind kind, const QList<Record> &records)
{
    const int k = int(kind);
    const quint64 generation = ++m_countGeneration[size_t(k)];
    if (records.size() < AsyncCountThreshold) {
        m_countPending[size_t(k)] = false;
        if constexpr (std::is_same_v<Record, Image>)
            setImages(records);
        else
            setInstances(records);
        return;
    }
    // Indexing 100 000 ids takes tens of milliseconds: a worker builds the index over the
    // shared list and only the swap happens here. Changes meanwhile wait for the swap.
    m_countPending[size_t(k)] = true;
    QtConcurrent::run(workerPool(), [records] {
        return countByRegion(records);
    }).then(this, [this, kind, k, generation](RegionCounts counted) {
        // In a pass of its own: the table models' loads tend to land in the same pass. The
        // changes that arrive meanwhile keep waiting (m_countPending) until the swap.
        auto shared = std::make_shared<RegionCounts>(std::move(counted));
        PassQueue::post(this, [this, kind, k, generation, shared] {
            if (generation != m_countGeneration[size_t(k)])
                return; // a newer load answered meanwhile
            swapCounts(kind, std::move(*shared));
            m_countPending[size_t(k)] = false;
            const QList<std::function<void()>> deferred =
                std::exchange(m_deferredChanges[size_t(k)], {});
            for (const auto &change : deferred)
                change();
        });
    });
}

template <typename Record>
RegionTreeModel::RegionCounts RegionTreeModel::countByRegion(const QList<Record> &records)
{
    RegionCounts counted;
    QHash<QPair<int, QString>, int> slotOf;
    counted.slotOfId.reserve(records.size());
    for (const Record &record : records) {
        const QPair<int, QString> region{int(record.product), record.regionId};
        auto slot = slotOf.constFind(region);
        if (slot == slotOf.cend()) {
            slot = slotOf.insert(region, int(counted.regions.size()));
            counted.regions.append({record.product, record.regionId});
            counted.counts.append(0);
        }
        auto known = counted.slotOfId.find(record.id);
        if (known != counted.slotOfId.end()) { // the same id twice: the last one counts
            --counted.counts[*known];
            *known = *slot;
        } else {
            counted.slotOfId.insert(record.id, *slot);
        }
        ++counted.counts[*slot];
    }
    return counted;
}

void RegionTreeModel::swapCounts(Kind kind, RegionCounts counted)
{
    QList<int> tallyOfSlot;
    tallyOfSlot.reserve(counted.regions.size());
    for (const auto &[product, regionId] : std::as_const(counted.regions))
        tallyOfSlot.append(tallyFor(product, regionId));
    QHash<QString, int> &tallyOf = kind == Kind::Images ? m_imageTally : m_instanceTally;
    tallyOf = std::move(counted.slotOfId);
    for (auto it = tallyOf.begin(); it != tallyOf.end(); ++it)
        *it = tallyOfSlot.at(*it);
    for (Group &group : m_groups)
        (kind == Kind::Images ? group.images : group.instances) = 0;
    for (Tally &tally : m_tallies)
        (kind == Kind::Images ? tally.images : tally.instances) = 0;
    for (int slot = 0; slot < tallyOfSlot.size(); ++slot) {
        Tally &tally = m_tallies[tallyOfSlot.at(slot)];
        Group &group = m_groups[tally.group];
        (kind == Kind::Images ? tally.images : tally.instances) += counted.counts.at(slot);
        (kind == Kind::Images ? group.images : group.instances) += counted.counts.at(slot);
    }
    emitCountColumn(kind);
}

bool RegionTreeModel::deferWhileCounting(Kind kind, std::function<void()> change)
{
    if (!m_countPending[size_t(kind)])
        return false;
    m_deferredChanges[size_t(kind)].append(std::move(change));
    return true;
}

void RegionTreeModel::upsertImages(const QList<Image> &images)
{
    upsertRecords(Kind::Images, images);
}

void RegionTreeModel::removeImages(const QStringList &imageIds)
{
    removeRecords(Kind::Images, imageIds);
}

void RegionTreeModel::upsertInstances(const QList<Instance> &instances)
{
    upsertRecords(Kind::Instances, instances);
}

void RegionTreeModel::removeInstances(const QStringList &instanceIds)
{
    removeRecords(Kind::Instances, instanceIds);
}

template <typename Record>
void RegionTreeModel::upsertRecords(Kind kind, const QList<Record> &records)
{
    if (deferWhileCounting(kind, [this, kind, records] { upsertRecords(kind, records); }))
        return;
    QHash<QString, int> &tallyOf = kind == Kind::Images ? m_imageTally : m_instanceTally;
    QList<int> touched;
    for (const Record &record : records) {
        const int tally = tallyFor(record.product, record.regionId);
        const auto it = tallyOf.find(record.id);
        if (it == tallyOf.end()) {
            tallyOf.insert(record.id, tally);
            adjust(tally, kind, +1, touched);
        } else if (*it != tally) {
            const int before = *it;
            *it = tally;
            adjust(before, kind, -1, touched);
            adjust(tally, kind, +1, touched);
        }
    }
    emitTouched(kind, touched);
}

void RegionTreeModel::removeRecords(Kind kind, const QStringList &ids)
{
    if (deferWhileCounting(kind, [this, kind, ids] { removeRecords(kind, ids); }))
        return;
    QHash<QString, int> &tallyOf = kind == Kind::Images ? m_imageTally : m_instanceTally;
    QList<int> touched;
    for (const QString &id : ids) {
        const auto it = tallyOf.find(id);
        if (it == tallyOf.end())
            continue;
        const int tally = *it;
        tallyOf.erase(it);
        adjust(tally, kind, -1, touched);
    }
    emitTouched(kind, touched);
}

int RegionTreeModel::tallyFor(Product product, const QString &regionId)
{
    // Hot on a 100 000-record load: look up by the record's own region id first, so that no
    // key string is built per record.
    QHash<QString, int> &byRegion = m_tallyOfRegion[size_t(productIndex(product))];
    if (const auto hit = byRegion.constFind(regionId); hit != byRegion.cend())
        return *hit;
    const int tally = tallyForKey(product, Region::regionKey(product, regionId));
    byRegion.insert(regionId, tally);
    return tally;
}

int RegionTreeModel::tallyForKey(Product product, const QString &key)
{
    const auto it = m_tallyOfKey.constFind(key);
    if (it != m_tallyOfKey.cend())
        return *it;
    Tally tally;
    tally.product = product;
    tally.group = groupFor(product, ScopedId::scopeOf(key));
    m_tallies.append(tally);
    const int index = int(m_tallies.size()) - 1;
    m_tallyOfKey.insert(key, index);
    return index;
}

void RegionTreeModel::count(Kind kind, const QString &id, int tally)
{
    QHash<QString, int> &tallyOf = kind == Kind::Images ? m_imageTally : m_instanceTally;
    auto bump = [&](int t, int delta) {
        Tally &target = m_tallies[t];
        Group &group = m_groups[target.group];
        if (kind == Kind::Images) {
            target.images += delta;
            group.images += delta;
        } else {
            target.instances += delta;
            group.instances += delta;
        }
    };
    const auto it = tallyOf.find(id);
    if (it != tallyOf.end()) { // the same id twice in one load: the last one counts
        bump(*it, -1);
        *it = tally;
    } else {
        tallyOf.insert(id, tally);
    }
    bump(tally, +1);
}

void RegionTreeModel::adjust(int tally, Kind kind, int delta, QList<int> &touched)
{
    Tally &target = m_tallies[tally];
    Group &group = m_groups[target.group];
    if (kind == Kind::Images) {
        target.images += delta;
        group.images += delta;
    } else {
        target.instances += delta;
        group.instances += delta;
    }
    if (!touched.contains(tally)) // a batch touches a few regions, never thousands
        touched.append(tally);
}

void RegionTreeModel::emitTouched(Kind kind, const QList<int> &touched)
{
    const int column = kind == Kind::Images ? ImagesColumn : InstancesColumn;
    QList<int> nodes;
    for (int tally : touched) {
        const Tally &target = m_tallies.at(tally);
        if (target.regionRow >= 0) {
            const QModelIndex cell = index(target.regionRow, column, nodeIndex(target.productRow));
            emit dataChanged(cell, cell);
        }
        for (int node = 0; node < m_products.size(); ++node)
            if (m_products.at(node).group == target.group && !nodes.contains(node))
                nodes.append(node);
    }
    QList<int> accounts;
    for (int node : std::as_const(nodes)) {
        const QModelIndex cell = nodeIndex(node, column);
        emit dataChanged(cell, cell);
        if (const int account = m_products.at(node).account;
            account >= 0 && !accounts.contains(account))
            accounts.append(account);
    }
    for (int account : std::as_const(accounts)) {
        const QModelIndex cell = index(account, column);
        emit dataChanged(cell, cell);
    }
}

int RegionTreeModel::productNode(Product product, const QString &scope) const
{
    for (int node = 0; node < m_products.size(); ++node)
        if (m_products.at(node).product == product && m_products.at(node).scope == scope)
            return node;
    return -1;
}

void RegionTreeModel::emitCountColumn(Kind kind)
{
    if (m_products.isEmpty())
        return;
    const int column = kind == Kind::Images ? ImagesColumn : InstancesColumn;
    const int top = rowCount();
    emit dataChanged(index(0, column), index(top - 1, column));
    for (int node = 0; node < m_products.size(); ++node) {
        if (!m_accounts.isEmpty()) {
            const QModelIndex cell = nodeIndex(node, column);
            emit dataChanged(cell, cell);
        }
        const int regions = int(m_products.at(node).regions.size());
        if (regions > 0) {
            const QModelIndex parent = nodeIndex(node);
            emit dataChanged(index(0, column, parent), index(regions - 1, column, parent));
        }
    }
}

} // namespace imprint
