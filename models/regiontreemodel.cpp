#include "regiontreemodel.h"

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
    }
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    // internalId 0: a product row; n > 0: a region row under product row n - 1.
    if (!parent.isValid())
        return row < m_products.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_products.size())
        return {};
    if (row >= m_products.at(parent.row()).regions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_products.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_products.size())
        return int(m_products.at(parent.row()).regions.size());
    return 0;
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_products.size())
            return {};
        const Product product = m_products.at(index.row()).product;
        const int p = productIndex(product);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == InstancesColumn)
                return m_productInstances[p];
            if (index.column() == ImagesColumn)
                return m_productImages[p];
            return productDisplayName(product);
        case Qt::TextAlignmentRole:
            return index.column() == NameColumn ? QVariant() : alignRight();
        case IdRole:
            return productKey(product);
        case RegionKeyRole:
            return productKey(product) + QLatin1Char('/');
        case ProductRole:
            return int(product);
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
        return region.name.isEmpty() ? region.id : region.name;
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(region.id) : QVariant();
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
    if (parseProductKey(key, &product)) {
        const int row = productRow(product);
        return row < 0 ? QModelIndex() : index(row, column);
    }
    const int tally = m_tallyOfKey.value(key, -1);
    if (tally < 0 || m_tallies.at(tally).regionRow < 0)
        return {};
    const Tally &t = m_tallies.at(tally);
    return index(t.regionRow, column, index(t.productRow, 0));
}

QString RegionTreeModel::displayNameForKey(const QString &key) const
{
    if (key.isEmpty())
        return tr("all regions");
    Product product;
    if (parseProductKey(key, &product))
        return productDisplayName(product);
    if (const Region *region = findRegion(key))
        return region->name.isEmpty() ? region->id : region->name;
    return key;
}

QStringList RegionTreeModel::regionKeys(Product product) const
{
    QStringList keys;
    for (const ProductNode &node : m_products)
        if (node.product == product)
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
    if (parseProductKey(key, &product))
        return m_productImages[productIndex(product)];
    const int tally = m_tallyOfKey.value(key, -1);
    return tally < 0 ? 0 : m_tallies.at(tally).images;
}

int RegionTreeModel::instanceCount(const QString &key) const
{
    Product product;
    if (parseProductKey(key, &product))
        return m_productInstances[productIndex(product)];
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
    QList<Product> products = m_backend ? m_backend->products() : QList<Product>();
    for (const Region &region : regions)
        if (!products.contains(region.product))
            products.append(region.product);
    std::sort(products.begin(), products.end(),
              [](Product a, Product b) { return int(a) < int(b); });
    products.erase(std::unique(products.begin(), products.end()), products.end());

    beginResetModel();
    m_products.clear();
    for (Tally &tally : m_tallies) {
        tally.productRow = -1;
        tally.regionRow = -1;
    }
    for (Product product : std::as_const(products))
        m_products.append({product, {}, {}});
    for (const Region &region : regions) {
        const int row = productRow(region.product);
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

void RegionTreeModel::setImages(const QList<Image> &images)
{
    m_imageTally.clear();
    m_imageTally.reserve(images.size());
    for (Tally &tally : m_tallies)
        tally.images = 0;
    m_productImages.fill(0);
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
    m_productInstances.fill(0);
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
    QtConcurrent::run([records] {
        return countByRegion(records);
    }).then(this, [this, kind, k, generation](RegionCounts counted) {
        if (generation != m_countGeneration[size_t(k)])
            return; // a newer load answered meanwhile
        swapCounts(kind, std::move(counted));
        m_countPending[size_t(k)] = false;
        const QList<std::function<void()>> deferred =
            std::exchange(m_deferredChanges[size_t(k)], {});
        for (const auto &change : deferred)
            change();
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
    std::array<int, 4> &perProduct = kind == Kind::Images ? m_productImages : m_productInstances;
    perProduct.fill(0);
    for (Tally &tally : m_tallies)
        (kind == Kind::Images ? tally.images : tally.instances) = 0;
    for (int slot = 0; slot < tallyOfSlot.size(); ++slot) {
        Tally &tally = m_tallies[tallyOfSlot.at(slot)];
        (kind == Kind::Images ? tally.images : tally.instances) += counted.counts.at(slot);
        perProduct[size_t(productIndex(tally.product))] += counted.counts.at(slot);
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
        const int p = productIndex(target.product);
        if (kind == Kind::Images) {
            target.images += delta;
            m_productImages[p] += delta;
        } else {
            target.instances += delta;
            m_productInstances[p] += delta;
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
    const int p = productIndex(target.product);
    if (kind == Kind::Images) {
        target.images += delta;
        m_productImages[p] += delta;
    } else {
        target.instances += delta;
        m_productInstances[p] += delta;
    }
    if (!touched.contains(tally)) // a batch touches a few regions, never thousands
        touched.append(tally);
}

void RegionTreeModel::emitTouched(Kind kind, const QList<int> &touched)
{
    const int column = kind == Kind::Images ? ImagesColumn : InstancesColumn;
    QList<int> productRows;
    for (int tally : touched) {
        const Tally &target = m_tallies.at(tally);
        if (target.regionRow >= 0) {
            const QModelIndex cell = index(target.regionRow, column, index(target.productRow, 0));
            emit dataChanged(cell, cell);
        }
        if (const int row = productRow(target.product); row >= 0 && !productRows.contains(row))
            productRows.append(row);
    }
    for (int row : std::as_const(productRows)) {
        const QModelIndex cell = index(row, column);
        emit dataChanged(cell, cell);
    }
}

int RegionTreeModel::productRow(Product product) const
{
    for (int row = 0; row < m_products.size(); ++row)
        if (m_products.at(row).product == product)
            return row;
    return -1;
}

void RegionTreeModel::emitCountColumn(Kind kind)
{
    if (m_products.isEmpty())
        return;
    const int column = kind == Kind::Images ? ImagesColumn : InstancesColumn;
    emit dataChanged(index(0, column), index(int(m_products.size()) - 1, column));
    for (int row = 0; row < m_products.size(); ++row) {
        const int regions = int(m_products.at(row).regions.size());
        if (regions > 0) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, column, parent), index(regions - 1, column, parent));
        }
    }
}

} // namespace imprint
