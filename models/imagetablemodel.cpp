#include "imagetablemodel.h"

#include "scopedid.h"

#include "pricetable.h"

#include "region.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace imprint {

namespace {

int productIndex(Product product)
{
    const int i = int(product);
    return i >= 0 && i < 4 ? i : 0;
}

bool isBusy(ImageState state)
{
    return state == ImageState::Creating || state == ImageState::Copying;
}

int dataDiskGiB(const Image &image)
{
    int total = 0;
    for (const ImageDataDisk &disk : image.dataDisks)
        total += disk.sizeGiB;
    return total;
}

bool sameDataDisks(const QList<ImageDataDisk> &a, const QList<ImageDataDisk> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const ImageDataDisk &x, const ImageDataDisk &y) {
                          return x.snapshotId == y.snapshotId && x.sizeGiB == y.sizeGiB;
                      });
}

} // namespace

ImageTableModel::ImageTableModel(Backend *backend, QObject *parent)
    : ResourceTableModel(backend, parent)
{
    for (Product product : allProducts()) {
        const ProductPolicy &policy =
            backend ? backend->policy(product) : ProductPolicy::forProduct(product);
        m_freeTier[productIndex(product)] = policy.freeImagesPerRegion();
        m_productNames[productIndex(product)] = productShortName(product);
    }
    for (int s = 0; s < int(m_stateNames.size()); ++s)
        m_stateNames[s] = imageStateName(ImageState(s));
    if (backend) {
        connect(backend, &Backend::imagesChanged, this, &ImageTableModel::upsertImages);
        connect(backend, &Backend::imagesRemoved, this, &ImageTableModel::removeImages);
    }
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store.size() || index.column() >= ColumnCount)
        return {};
    const int slot = m_store.slotOfRow(index.row());
    const Image &image = m_store.atSlot(slot);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(image, slot, index.column());
    case Qt::ToolTipRole:
        return toolTip(image, slot, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == CostColumn)
            return alignRight();
        return {};
    case IdRole:
        return image.id;
    case RegionKeyRole:
        return image.regionKey();
    case ProductRole:
        return int(image.product);
    case ProgressRole:
        return isBusy(image.state) ? QVariant(image.progress) : QVariant();
    case StateRole:
        return int(image.state);
    case RecordRole:
        return QVariant::fromValue(image);
    default:
        return {};
    }
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case RegionColumn:
        return tr("Region");
    case SourceColumn:
        return tr("Source");
    case SizeColumn:
        return tr("Size");
    case DataDisksColumn:
        return tr("Data Disks");
    case CreatedColumn:
        return tr("Created");
    case CostColumn:
        return tr("Monthly Cost");
    case TagsColumn:
        return tr("Tags");
    case LaunchColumn:
        return tr("Launch");
    default:
        return {};
    }
}

const Image *ImageTableModel::findImage(const QString &id) const
{
    const int row = m_store.rowOf(id);
    return row < 0 ? nullptr : &m_store.at(row);
}

QStringList ImageTableModel::namesInRegion(const QString &regionKey) const
{
    ResourceFilter filter;
    filter.setRegionKey(regionKey);
    QStringList names;
    for (int row = 0; row < m_store.size(); ++row) {
        const Image &image = m_store.at(row);
        if (filter.matchesRegion(image.product, image.regionId))
            names.append(image.name);
    }
    return names;
}

qint64 ImageTableModel::monthlyCostFen(int row) const
{
    return costOfSlot(m_store.slotOfRow(row));
}

QString ImageTableModel::monthlyCostText(const Image &image) const
{
    const int row = m_store.rowOf(image.id);
    bool billed = true;
    if (row >= 0) {
        billed = billedBeyondFreeTier(m_store.slotOfRow(row));
    } else if (const int free = freeTier(image.product); free > 0) {
        const auto &byRegion = m_ranks[productIndex(image.product)];
        const auto it = byRegion.find(image.regionId);
        billed = (it == byRegion.end() ? 0 : it->second.size()) >= free;
    }
    return costText(estimatorFor(image).imageMonthlyFen(image, billed));
}

bool ImageTableModel::acceptsRow(int row, const ResourceFilter &filter) const
{
    const Image &image = m_store.at(row);
    if (!filter.matchesRegion(image.product, image.regionId) ||
        !filter.matchesState(int(image.state)))
        return false;
    const SearchMatcher &text = filter.text();
    if (text.isEmpty())
        return true;
    const int state = int(image.state);
    if (text.matches(image.name) || text.matches(image.id) ||
        (state >= 0 && state < int(m_stateNames.size()) && text.matches(m_stateNames[state])) ||
        text.matches(image.regionId) || text.matches(m_productNames[productIndex(image.product)]) ||
        text.matches(image.osName) || text.matches(image.sourceInstanceId) ||
        text.matches(image.sourceImageId) || text.matches(image.systemSnapshotId))
        return true;
    for (const ImageDataDisk &disk : image.dataDisks)
        if (text.matches(disk.snapshotId))
            return true;
    // "env:prod" also finds images tagged so.
    for (const Tag &tag : image.tags)
        if (filter.matchesTag(tag.key, tag.value))
            return true;
    return false;
}

int ImageTableModel::compareRows(int column, int left, int right) const
{
    const int leftSlot = m_store.slotOfRow(left);
    const int rightSlot = m_store.slotOfRow(right);
    const Image &a = m_store.atSlot(leftSlot);
    const Image &b = m_store.atSlot(rightSlot);
    switch (column) {
    case NameColumn:
        return compareText(a.name, b.name);
    case IdColumn:
        return QString::compare(a.id, b.id);
    case AccountColumn:
        return compareText(accountName(a.id), accountName(b.id));
    case StateColumn:
        return threeWay(std::pair(int(a.state), a.progress), std::pair(int(b.state), b.progress));
    case ProductColumn:
        return threeWay(int(a.product), int(b.product));
    case RegionColumn:
        if (a.product != b.product)
            return threeWay(int(a.product), int(b.product));
        return QString::compare(a.regionId, b.regionId);
    case SourceColumn:
        return compareText(sourceText(a), sourceText(b));
    case TagsColumn:
        return compareText(TagText::format(a.tags), TagText::format(b.tags));
    case SizeColumn:
        return threeWay(a.totalSizeGiB(), b.totalSizeGiB());
    case DataDisksColumn:
        return threeWay(std::pair(a.dataDisks.size(), dataDiskGiB(a)),
                        std::pair(b.dataDisks.size(), dataDiskGiB(b)));
    case CreatedColumn:
        return threeWay(createdKey(leftSlot), createdKey(rightSlot));
    case CostColumn:
        return threeWay(costOfSlot(leftSlot), costOfSlot(rightSlot));
    default:
        return 0;
    }
}

ResourceTableModel::SortJob ImageTableModel::sortJob(QList<int> rows, int column,
                                                     Qt::SortOrder order) const
{
    // Keys that take work to derive are computed once per row, here; the sort runs on them.
    switch (column) {
    case NameColumn:
        return textSortJob(std::move(rows), order,
                           [this](int row) { return m_store.at(row).name; });
    case SourceColumn:
        return textSortJob(std::move(rows), order,
                           [this](int row) { return sourceText(m_store.at(row)); });
    case CreatedColumn:
    case CostColumn: {
        rows = ascending(std::move(rows));
        std::vector<qint64> keys;
        keys.reserve(size_t(rows.size()));
        // One price list and free tier per region, not one per image: asking the backend is
        // the costly part, and rows of one region mostly follow each other.
        // By productIndex(), then region.
        std::array<std::unordered_map<QString, CostEstimator, FastStringHash>, 4> estimators;
        const Image *regionOf = nullptr; // the image whose region the two below are for
        const CostEstimator *estimator = nullptr;
        FreeHead head;
        for (int row : std::as_const(rows)) {
            const int slot = m_store.slotOfRow(row);
            if (column == CreatedColumn) {
                keys.push_back(createdKey(slot));
                continue;
            }
            const Image &image = m_store.atSlot(slot);
            if (!regionOf || image.product != regionOf->product ||
                image.regionId != regionOf->regionId) {
                auto &ofProduct = estimators[productIndex(image.product)];
                auto found = ofProduct.find(image.regionId);
                if (found == ofProduct.end())
                    found = ofProduct.emplace(image.regionId, estimatorFor(image)).first;
                estimator = &found->second;
                head = freeHead(image.product, image.regionId);
                regionOf = &image;
            }
            keys.push_back(estimator->imageMonthlyFen(image, billedBeyondFreeTier(slot, head)));
        }
        return numberSortJob(std::move(rows), std::move(keys), order);
    }
    default:
        return ResourceTableModel::sortJob(std::move(rows), column, order);
    }
}

void ImageTableModel::reload()
{
    if (!backend())
        return;
    fetch(backend()->fetchImages(), [this](const QList<Image> &images) { loadImages(images); });
}

void ImageTableModel::setImages(QList<Image> images)
{
    beginResetModel();
    m_store.reset(std::move(images));
    rebuildRanks();
    endResetModel();
}

void ImageTableModel::loadImages(QList<Image> images)
{
    if (images.size() < AsyncLoadRows) {
        setImages(std::move(images));
        return;
    }
    // The free-tier ranks are built there too: they only read the records.
    struct Prepared
    {
        RecordStore<Image> store;
        Ranks ranks;
    };
    loadOnWorker(
        [images = std::move(images), freeTier = m_freeTier] {
            Prepared prepared;
            prepared.store.reset(images);
            prepared.ranks = ranksOf(prepared.store, freeTier);
            return prepared;
        },
        [this](Prepared prepared) {
            beginResetModel();
            m_store = std::move(prepared.store);
            m_ranks = std::move(prepared.ranks);
            endResetModel();
        });
}

void ImageTableModel::upsertImages(const QList<Image> &images)
{
    if (deferWhileLoading([this, images] { upsertImages(images); }))
        return;
    if (images.size() <= 1) {
        if (!images.isEmpty())
            upsertImage(images.first());
        return;
    }
    BatchScope batch(this);
    RegionHeads heads;
    QList<std::pair<int, quint32>> changed;
    QList<Image> added;
    QHash<QString, qsizetype> addedAt;
    // Changes first, silently: their rows stay where they are; the signals follow once the
    // free tiers of every touched region are settled.
    for (const Image &image : images) {
        const int row = m_store.rowOf(image.id);
        if (row < 0) {
            noteHead(heads, image.product, image.regionId);
            if (const auto it = addedAt.constFind(image.id); it != addedAt.cend()) {
                added[*it] = image;
            } else {
                addedAt.insert(image.id, added.size());
                added.append(image);
            }
            continue;
        }
        const int slot = m_store.slotOfRow(row);
        const Image before = m_store.atSlot(slot);
        const bool rankMoves = before.product != image.product ||
                               before.regionId != image.regionId ||
                               before.createdAt != image.createdAt;
        quint32 columns = changedColumns(before, image);
        if (rankMoves || costInputsDiffer(before, image))
            columns |= bit(CostColumn);
        if (rankMoves) {
            noteHead(heads, before.product, before.regionId);
            noteHead(heads, image.product, image.regionId);
            rankRemove(slot);
        }
        m_store.replace(row, image);
        if (rankMoves)
            rankInsert(slot);
        changed.append({row, columns});
    }
    const int firstNew = m_store.size();
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), firstNew, firstNew + int(added.size()) - 1);
        for (const Image &image : std::as_const(added))
            rankInsert(m_store.slotOfRow(m_store.append(image)));
        endInsertRows();
    }
    changed.append(freeTierFlips(heads, firstNew));
    emitRowsChanged(std::move(changed));
}

void ImageTableModel::removeImages(const QStringList &imageIds)
{
    if (deferWhileLoading([this, imageIds] { removeImages(imageIds); }))
        return;
    if (imageIds.size() <= 1) {
        if (!imageIds.isEmpty())
            removeImage(imageIds.first());
        return;
    }
    QList<int> rows;
    rows.reserve(imageIds.size());
    for (const QString &id : imageIds)
        if (const int row = m_store.rowOf(id); row >= 0)
            rows.append(row);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    // Drop the doomed slots from the free-tier ranks region by region, in one pass each:
    // thousands of removeOne() calls would be quadratic.
    RegionHeads heads;
    std::vector<char> doomed(size_t(m_store.slotCount()), 0);
    for (int row : std::as_const(rows)) {
        const int slot = m_store.slotOfRow(row);
        doomed[size_t(slot)] = 1;
        const Image &image = m_store.atSlot(slot);
        noteHead(heads, image.product, image.regionId);
    }
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        auto &byRegion = m_ranks[size_t(it.key().first)];
        const auto list = byRegion.find(it.key().second);
        if (list == byRegion.end())
            continue;
        list->second.removeIf([&doomed](int slot) { return doomed[size_t(slot)] != 0; });
        if (list->second.isEmpty())
            byRegion.erase(list);
    }

    BatchScope batch(this);
    removeRowSet(
        rows, [this](int first, int last) { m_store.removeRange(first, last); },
        [this](const QList<int> &moving) { m_store.moveRowsToEnd(moving); });
    emitRowsChanged(freeTierFlips(heads, m_store.size()));
}

void ImageTableModel::noteHead(RegionHeads &heads, Product product, const QString &regionId) const
{
    if (freeTier(product) <= 0)
        return;
    const QPair<int, QString> key(productIndex(product), regionId);
    if (!heads.contains(key))
        heads.insert(key, freeHead(product, regionId));
}

QList<std::pair<int, quint32>> ImageTableModel::freeTierFlips(const RegionHeads &before,
                                                              int firstNewRow) const
{
    QList<std::pair<int, quint32>> flips;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const FreeHead after = freeHead(Product(it.key().first), it.key().second);
        for (int slot : freeTierChanges(it.value(), after, -1))
            if (const int row = m_store.rowOfSlot(slot); row >= 0 && row < firstNewRow)
                flips.append({row, bit(CostColumn)});
    }
    return flips;
}

void ImageTableModel::upsertImage(const Image &image)
{
    if (deferWhileLoading([this, image] { upsertImage(image); }))
        return;
    // A new image can push another out of its region's free tier (or, removed or moved, let
    // one in): that other image's cost changes too. Its old status is pinned while this row's
    // change is announced, then its own dataChanged follows.
    const int row = m_store.rowOf(image.id);
    if (row < 0) {
        const FreeHead before = freeHead(image.product, image.regionId);
        const int newRow = m_store.size();
        beginInsertRows(QModelIndex(), newRow, newRow);
        const int slot = m_store.slotOfRow(m_store.append(image));
        rankInsert(slot);
        pinFreeTier(freeTierChanges(before, freeHead(image.product, image.regionId), slot));
        endInsertRows();
        announceFreeTierChanges();
        return;
    }

    const int slot = m_store.slotOfRow(row);
    const Image before = m_store.atSlot(slot); // shares the strings, no deep copy
    const bool sameRegion = before.product == image.product && before.regionId == image.regionId;
    const bool rankMoves = !sameRegion || before.createdAt != image.createdAt;
    // Progress updates are the common case: skip pricing when nothing it depends on changed.
    const bool costMayChange = rankMoves || costInputsDiffer(before, image);
    const qint64 costBefore = costMayChange ? costOfSlot(slot) : 0;
    FreeHead oldRegionHead;
    FreeHead newRegionHead;
    if (rankMoves) {
        oldRegionHead = freeHead(before.product, before.regionId);
        if (!sameRegion)
            newRegionHead = freeHead(image.product, image.regionId);
        rankRemove(slot); // while the slot still holds the old region and time
    }
    m_store.replace(row, image);
    if (rankMoves)
        rankInsert(slot);

    quint32 changed = changedColumns(before, image);
    if (costMayChange && costOfSlot(slot) != costBefore)
        changed |= bit(CostColumn);
    if (rankMoves) {
        FreeHead flipped =
            freeTierChanges(oldRegionHead, freeHead(before.product, before.regionId), slot);
        if (!sameRegion) {
            const FreeHead more =
                freeTierChanges(newRegionHead, freeHead(image.product, image.regionId), slot);
            flipped.append(more.constData(), more.size());
        }
        pinFreeTier(flipped);
    }
    emitCellsChanged(row, changed);
    announceFreeTierChanges();
}

void ImageTableModel::removeImage(const QString &imageId)
{
    if (deferWhileLoading([this, imageId] { removeImage(imageId); }))
        return;
    const int row = m_store.rowOf(imageId);
    if (row < 0)
        return;
    const int slot = m_store.slotOfRow(row);
    const Product product = m_store.atSlot(slot).product;
    const QString regionId = m_store.atSlot(slot).regionId;
    const FreeHead before = freeHead(product, regionId);
    beginRemoveRows(QModelIndex(), row, row);
    rankRemove(slot);
    m_store.removeAt(row);
    pinFreeTier(freeTierChanges(before, freeHead(product, regionId), slot));
    endRemoveRows();
    announceFreeTierChanges();
}

QString ImageTableModel::cellText(const Image &image, int slot, int column) const
{
    switch (column) {
    case NameColumn:
        return image.name;
    case IdColumn:
        return ScopedId::local(image.id);
    case AccountColumn:
        return accountName(image.id);
    case StateColumn:
        if (isBusy(image.state))
            //: Image state with progress, e.g. "Creating 42%"
            return tr("%1 %2%").arg(imageStateName(image.state)).arg(image.progress);
        return imageStateName(image.state);
    case ProductColumn:
        return productShortName(image.product);
    case RegionColumn:
        return ScopedId::local(image.regionId);
    case SourceColumn:
        return sourceText(image);
    case SizeColumn:
        return tr("%1 GiB").arg(image.totalSizeGiB());
    case DataDisksColumn:
        return dataDisksText(image);
    case CreatedColumn:
        return formatDateTime(image.createdAt);
    case CostColumn:
        return costText(costOfSlot(slot));
    case TagsColumn:
        return TagText::format(image.tags);
    case LaunchColumn:
        return image.isUsable() ? tr("Create instance") : QString();
    default:
        return {};
    }
}

QVariant ImageTableModel::toolTip(const Image &image, int slot, int column) const
{
    switch (column) {
    case NameColumn:
        return image.description.isEmpty() ? QVariant() : QVariant(image.description);
    case StateColumn:
        if (image.state == ImageState::ToBeRepossessed)
            return tr("The account is overdue: this image cannot be used until the account is "
                      "topped up.");
        return {};
    case CostColumn: {
        const int free = freeTier(image.product);
        if (free <= 0)
            return tr("Estimated from simulated list prices.");
        return billedBeyondFreeTier(slot)
                   ? tr("Beyond the %1 free images of this region; estimated from simulated "
                        "list prices.")
                         .arg(free)
                   : tr("One of the %1 free images of this region.").arg(free);
    }
    default:
        return {};
    }
}

QString ImageTableModel::sourceText(const Image &image) const
{
    QStringList snapshots = image.snapshotIds();
    for (QString &id : snapshots)
        id = ScopedId::local(id);
    if (image.madeFromSnapshots)
        return snapshots.join(QStringLiteral(", "));
    if (!image.sourceInstanceId.isEmpty())
        return ScopedId::local(image.sourceInstanceId);
    if (!image.sourceImageId.isEmpty())
        return tr("Copy of %1").arg(ScopedId::local(image.sourceImageId));
    return snapshots.join(QStringLiteral(", "));
}

QString ImageTableModel::dataDisksText(const Image &image) const
{
    if (image.dataDisks.isEmpty())
        return tr("None");
    QStringList sizes;
    for (const ImageDataDisk &disk : image.dataDisks)
        sizes.append(QString::number(disk.sizeGiB));
    //: Data disk sizes, e.g. "100 + 50 GiB"
    return tr("%1 GiB").arg(sizes.join(QStringLiteral(" + ")));
}

QString ImageTableModel::costText(qint64 fen) const
{
    if (fen == 0)
        return tr("Free");
    return tr("%1/month").arg(CostEstimator::formatFen(fen));
}

quint32 ImageTableModel::changedColumns(const Image &before, const Image &after) const
{
    quint32 changed = 0;
    if (before.name != after.name)
        changed |= bit(NameColumn);
    if (before.id != after.id)
        changed |= bit(IdColumn);
    if (before.state != after.state || (isBusy(after.state) && before.progress != after.progress))
        changed |= bit(StateColumn);
    if (before.isUsable() != after.isUsable())
        changed |= bit(LaunchColumn);
    if (before.product != after.product)
        changed |= bit(ProductColumn);
    if (before.regionId != after.regionId)
        changed |= bit(RegionColumn);
    const bool disksSame = sameDataDisks(before.dataDisks, after.dataDisks);
    if (before.sourceInstanceId != after.sourceInstanceId ||
        before.sourceImageId != after.sourceImageId ||
        before.systemSnapshotId != after.systemSnapshotId || !disksSame)
        changed |= bit(SourceColumn);
    if (before.systemDiskGiB != after.systemDiskGiB || !disksSame)
        changed |= bit(SizeColumn);
    if (!disksSame)
        changed |= bit(DataDisksColumn);
    if (before.createdAt != after.createdAt)
        changed |= bit(CreatedColumn);
    if (before.tags != after.tags)
        changed |= bit(TagsColumn);
    return changed;
}

bool ImageTableModel::costInputsDiffer(const Image &before, const Image &after)
{
    // Everything CostEstimator::imageMonthlyFen() reads, besides the free-tier rank.
    return before.product != after.product || before.systemDiskGiB != after.systemDiskGiB ||
           before.systemSnapshotId != after.systemSnapshotId ||
           before.parentMonthlyFeeFen != after.parentMonthlyFeeFen ||
           !sameDataDisks(before.dataDisks, after.dataDisks);
}

int ImageTableModel::freeTier(Product product) const
{
    return m_freeTier[productIndex(product)];
}

CostEstimator ImageTableModel::estimatorFor(const Image &image) const
{
    return CostEstimator(backend()
                             ? backend()->prices(image.product, image.regionId)
                             : PriceTable::builtIn().priceList(image.product, image.regionId));
}

qint64 ImageTableModel::costOfSlot(int slot) const
{
    const Image &image = m_store.atSlot(slot);
    return estimatorFor(image).imageMonthlyFen(image, billedBeyondFreeTier(slot));
}

bool ImageTableModel::billedBeyondFreeTier(int slot) const
{
    const Image &image = m_store.atSlot(slot);
    return billedBeyondFreeTier(slot, freeHead(image.product, image.regionId));
}

bool ImageTableModel::billedBeyondFreeTier(int slot, const FreeHead &head) const
{
    for (const auto &[pinned, billed] : m_pinnedFreeTier)
        if (pinned == slot)
            return billed;
    return !head.contains(slot);
}

qint64 ImageTableModel::createdKey(int slot) const
{
    return createdKey(m_store.atSlot(slot));
}

qint64 ImageTableModel::createdKey(const Image &image)
{
    // Unknown creation times rank last: they must not take a free-tier place.
    const QDateTime &created = image.createdAt;
    return created.isValid() ? created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

bool ImageTableModel::rankLess(int a, int b) const
{
    const qint64 ka = createdKey(a);
    const qint64 kb = createdKey(b);
    if (ka != kb)
        return ka < kb;
    return m_store.atSlot(a).id < m_store.atSlot(b).id;
}

void ImageTableModel::rankInsert(int slot)
{
    const Image &image = m_store.atSlot(slot);
    if (freeTier(image.product) <= 0)
        return;
    QList<int> &list = m_ranks[productIndex(image.product)][image.regionId];
    const auto at = std::lower_bound(list.begin(), list.end(), slot,
                                     [this](int a, int b) { return rankLess(a, b); });
    list.insert(at, slot);
}

void ImageTableModel::rankRemove(int slot)
{
    const Image &image = m_store.atSlot(slot);
    if (freeTier(image.product) <= 0)
        return;
    auto &byRegion = m_ranks[productIndex(image.product)];
    const auto it = byRegion.find(image.regionId);
    if (it == byRegion.end())
        return;
    it->second.removeOne(slot);
    if (it->second.isEmpty())
        byRegion.erase(it);
}

void ImageTableModel::rebuildRanks()
{
    m_ranks = ranksOf(m_store, m_freeTier);
}

ImageTableModel::Ranks ImageTableModel::ranksOf(const RecordStore<Image> &store,
                                                const std::array<int, 4> &freeTier)
{
    Ranks ranks;
    // Right after a reset, slot == row.
    for (int slot = 0; slot < store.size(); ++slot) {
        const Image &image = store.atSlot(slot);
        if (freeTier[productIndex(image.product)] > 0)
            ranks[productIndex(image.product)][image.regionId].append(slot);
    }
    std::vector<std::pair<qint64, int>> keyed;
    for (auto &byRegion : ranks) {
        for (auto &[region, list] : byRegion) {
            keyed.clear();
            for (int slot : list)
                keyed.emplace_back(createdKey(store.atSlot(slot)), slot);
            std::sort(keyed.begin(), keyed.end(), [&store](const auto &a, const auto &b) {
                if (a.first != b.first)
                    return a.first < b.first;
                return store.atSlot(a.second).id < store.atSlot(b.second).id;
            });
            for (qsizetype i = 0; i < list.size(); ++i)
                list[i] = keyed[size_t(i)].second;
        }
    }
    return ranks;
}

ImageTableModel::FreeHead ImageTableModel::freeHead(Product product, const QString &regionId) const
{
    FreeHead head;
    const int free = freeTier(product);
    if (free <= 0)
        return head;
    const auto &byRegion = m_ranks[productIndex(product)];
    const auto it = byRegion.find(regionId);
    if (it == byRegion.end())
        return head;
    const qsizetype count = qMin<qsizetype>(free, it->second.size());
    head.append(it->second.constData(), count);
    return head;
}

ImageTableModel::FreeHead ImageTableModel::freeTierChanges(const FreeHead &before,
                                                           const FreeHead &after, int exceptSlot)
{
    FreeHead changed;
    for (int slot : before)
        if (slot != exceptSlot && !after.contains(slot))
            changed.append(slot);
    for (int slot : after)
        if (slot != exceptSlot && !before.contains(slot))
            changed.append(slot);
    return changed;
}

void ImageTableModel::pinFreeTier(const FreeHead &flipped)
{
    // Each of them flipped, so its old status is the opposite of the current one.
    for (int slot : flipped) {
        const bool billedNow = billedBeyondFreeTier(slot);
        m_pinnedFreeTier.append({slot, !billedNow});
    }
}

void ImageTableModel::announceFreeTierChanges()
{
    while (!m_pinnedFreeTier.isEmpty()) {
        const int slot = m_pinnedFreeTier.first().first;
        m_pinnedFreeTier.remove(0);
        const int row = m_store.rowOfSlot(slot);
        if (row < 0)
            continue;
        const QModelIndex cell = index(row, CostColumn);
        emit dataChanged(cell, cell);
    }
}

} // namespace imprint
