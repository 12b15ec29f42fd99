#include "quotacostmodel.h"

#include "costestimator.h"
#include "itemroles.h"
#include "placenames.h"
#include "scopedid.h"
#include "workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <utility>

namespace imprint {

// One reload: three fetches answered in any order, joined when the last one arrives.
struct QuotaCostModel::Load
{
    int pending = 3;
    QList<Region> regions;
    QList<ImageQuota> quotas;
    QList<Image> images;
    QString error;
};

namespace {

QVariant alignRight()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QuotaCostModel::QuotaCostModel(Backend *backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
    , m_prices(PriceTable::builtIn())
{
    m_accountNames.follow(backend, this);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &QuotaCostModel::flush);
    if (backend) {
        connect(backend, &Backend::imagesChanged, this, &QuotaCostModel::onImagesChanged);
        connect(backend, &Backend::imagesRemoved, this, &QuotaCostModel::onImagesRemoved);
        connect(backend, &Backend::snapshotsChanged, this, &QuotaCostModel::onSnapshotsChanged);
        connect(backend, &Backend::snapshotsRemoved, this, &QuotaCostModel::onSnapshotsRemoved);
    }
}

QuotaCostModel::QuotaLevel QuotaCostModel::quotaLevel(int used, int quota)
{
    if (quota <= 0 || used >= quota)
        return QuotaFull;
    // used / quota >= 80 %, in integers.
    if (qint64(used) * 100 >= qint64(quota) * warningPercent)
        return QuotaWarning;
    return QuotaNormal;
}

int QuotaCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotaCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> QuotaCostModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(QuotaUseRole, "quotaUse");
    names.insert(QuotaLevelRole, "quotaLevel");
    names.insert(ProductRole, "product");
    names.insert(RegionIdRole, "regionId");
    names.insert(RegionKeyRole, "regionKey");
    names.insert(MonthlyFenRole, "monthlyFen");
    names.insert(PricesSimulatedRole, "pricesSimulated");
    names.insert(ItemRoles::ToneRole, "tone");
    return names;
}

QVariant QuotaCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowFigures &f = m_rows.at(index.row()).figures;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, column);
    case Qt::ToolTipRole:
        return toolTip(f, column);
    case Qt::TextAlignmentRole:
        return column >= ImagesColumn && column != FreeTierColumn
                   ? alignRight()
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case ItemRoles::ToneRole:
        if (column == RepossessedColumn && f.repossessed > 0)
            return int(ItemRoles::CellTone::Error);
        return {};
    case SortRole:
        return sortData(f, column);
    case QuotaUseRole:
        return f.quota > 0 ? double(f.images) / double(f.quota) : 0.0;
    case QuotaLevelRole:
        return int(quotaLevel(f.images, f.quota));
    case ProductRole:
        return int(f.product);
    case RegionIdRole:
        return f.regionId;
    case RegionKeyRole:
        return Region::regionKey(f.product, f.regionId);
    case MonthlyFenRole:
        return f.monthlyFen;
    case PricesSimulatedRole:
        return f.pricesSimulated;
    default:
        return {};
    }
}

QVariant QuotaCostModel::displayData(const RowFigures &f, int column) const
{
    switch (column) {
    case ProductColumn:
        return productShortName(f.product);
    case RegionColumn:
        return f.regionName.isEmpty() ? ScopedId::local(f.regionId) : placeName(f.regionName);
    case AccountColumn:
        return m_accountNames.of(f.regionId);
    case ImagesColumn:
        return f.images;
    case QuotaColumn:
        // A figure the cloud did not report says so where it is read.
        if (!f.quotaSource.isEmpty())
            return tr("%1 (documented)").arg(f.quota);
        return f.quota;
    case QuotaUseColumn:
        return tr("%1%").arg(f.quota > 0 ? qint64(f.images) * 100 / f.quota : 0);
    case FreeTierColumn:
        return f.freeTier > 0 ? tr("%1 of %2").arg(f.freeTierUsed).arg(f.freeTier)
                              : QStringLiteral("\u2014");
    case SnapshotGiBColumn:
        return tr("%1 GiB").arg(f.snapshotGiB);
    case MonthlyCostColumn:
        return CostEstimator::formatFen(f.monthlyFen);
    case RepossessedColumn:
        return f.repossessed;
    default:
        return {};
    }
}

QVariant QuotaCostModel::sortData(const RowFigures &f, int column) const
{
    switch (column) {
    case ProductColumn:
        return int(f.product); // the products' usual order: Lighthouse, CVM, UHost, ECS
    case RegionColumn:
    case AccountColumn:
        return displayData(f, column);
    case ImagesColumn:
        return f.images;
    case QuotaColumn:
        return f.quota;
    case QuotaUseColumn:
        return f.quota > 0 ? double(f.images) / double(f.quota) : 0.0;
    case FreeTierColumn:
        return f.freeTierUsed;
    case SnapshotGiBColumn:
        return f.snapshotGiB;
    case MonthlyCostColumn:
        return f.monthlyFen;
    case RepossessedColumn:
        return f.repossessed;
    default:
        return {};
    }
}

QString QuotaCostModel::toolTip(const RowFigures &f, int column) const
{
    switch (column) {
    case ProductColumn:
        return productDisplayName(f.product);
    case RegionColumn:
        return ScopedId::local(f.regionId);
    case QuotaColumn:
        return f.quotaSource;
    case QuotaUseColumn:
        switch (quotaLevel(f.images, f.quota)) {
        case QuotaFull:
            return tr("The quota is full: %1 of %2 custom images. Delete an image before "
                      "creating another in this region.")
                .arg(f.images)
                .arg(f.quota);
        case QuotaWarning:
            return tr("%1 of %2 custom images; %n more can be created.", "",
                      qMax(0, f.quota - f.images))
                .arg(f.images)
                .arg(f.quota);
        case QuotaNormal:
            return tr("%1 of %2 custom images.").arg(f.images).arg(f.quota);
        }
        return {};
    case FreeTierColumn:
        return f.freeTier > 0
                   ? tr("%1 custom images per region are free; each one beyond is "
                        "billed.")
                         .arg(f.freeTier)
                   : tr("%1 has no free tier of custom images.").arg(productShortName(f.product));
    case SnapshotGiBColumn:
        return tr("Snapshot storage that backs the custom images of this region (a snapshot "
                  "shared by several images counts once).");
    case MonthlyCostColumn: {
        QStringList lines{tr("Estimated monthly cost from simulated list prices.")};
        const QStringList sources = m_prices.sources(f.product, f.regionId);
        for (const QString &source : sources)
            lines.append(source == PriceTable::simulatedSource() ? tr("Simulated list price.")
                                                                 : tr("Source: %1").arg(source));
        return lines.join(QLatin1Char('\n'));
    }
    case RepossessedColumn:
        return f.repossessed > 0 ? tr("The account is overdue: these images are unusable until "
                                      "it is topped up.")
                                 : QString();
    default:
        return {};
    }
}

QVariant QuotaCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProductColumn:
            return tr("Product");
        case RegionColumn:
            return tr("Region");
        case ImagesColumn:
            return tr("Custom Images");
        case QuotaColumn:
            return tr("Quota");
        case QuotaUseColumn:
            return tr("Quota Use");
        case FreeTierColumn:
            return tr("Free Tier Used");
        case SnapshotGiBColumn:
            return tr("Snapshot Storage");
        case MonthlyCostColumn:
            return tr("Est. Monthly Cost");
        case RepossessedColumn:
            return tr("To Be Repossessed");
        case AccountColumn:
            return tr("Account");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == MonthlyCostColumn)
        return tr("Estimated from simulated list prices, not a quote from the cloud.");
    return {};
}

QuotaCostModel::RowFigures QuotaCostModel::rowFigures(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).figures : RowFigures();
}

int QuotaCostModel::rowOf(Product product, const QString &regionId) const
{
    return m_rowOfRegion.value(Region::regionKey(product, regionId), -1);
}

void QuotaCostModel::setPriceTable(const PriceTable &prices)
{
    m_prices = prices;
    for (int row = 0; row < m_rows.size(); ++row)
        markDirty(row);
    flush();
}

// ---- loading -------------------------------------------------------------------------------

void QuotaCostModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void QuotaCostModel::reload()
{
    if (!m_backend)
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_deferred.clear(); // the new answers include whatever they described
    auto load = std::make_shared<Load>();
    auto arrived = [this, generation, load] {
        if (generation != m_generation || --load->pending > 0)
            return;
        finishLoad(load);
    };
    auto cancelled = [this, generation, load, arrived] {
        if (generation != m_generation)
            return;
        if (load->error.isEmpty())
            load->error = tr("The request was cancelled.");
        arrived();
    };
    m_backend->fetchRegions()
        .then(this,
              [load, arrived](const Result<QList<Region>> &result) {
                  if (result.ok())
                      load->regions = result.value();
                  else if (load->error.isEmpty())
                      load->error = result.error().message;
                  arrived();
              })
        .onCanceled(this, cancelled);
    // A backend that reports no quotas is fine: the product policy's quota applies.
    m_backend->fetchImageQuotas()
        .then(this,
              [load, arrived](const Result<QList<ImageQuota>> &result) {
                  if (result.ok())
                      load->quotas = result.value();
                  arrived();
              })
        .onCanceled(this, arrived);
    m_backend->fetchImages({})
        .then(this,
              [load, arrived](const Result<QList<Image>> &result) {
                  if (result.ok())
                      load->images = result.value();
                  else if (load->error.isEmpty())
                      load->error = result.error().message;
                  arrived();
              })
        .onCanceled(this, cancelled);
}

void QuotaCostModel::finishLoad(std::shared_ptr<const Load> load)
{
    if (!load->error.isEmpty()) {
        const QList<std::function<void()>> deferred = std::exchange(m_deferred, {});
        setLoading(false);
        m_lastError = load->error;
        emit loadFailed(m_lastError);
        for (const auto &change : deferred)
            change();
        return;
    }
    // Grouping 100 000 images by region and pricing every region takes a few hundred
    // milliseconds: it runs on a worker thread over copies, and only the swap of the result
    // happens on this one. The model stays "loading" meanwhile, so live changes wait for it.
    const quint64 generation = m_generation;
    const PriceTable prices = m_prices;
    const QList<Product> products = m_backend ? m_backend->products() : QList<Product>();
    // The worker touches no object that may die meanwhile: it works on copies and on the
    // static product rules. A backend's own quotas arrive in the load and take precedence.
    QtConcurrent::run(workerPool(), [load, prices, products] {
        return build(*load, products, prices, &ProductPolicy::forProduct);
    }).then(this, [this, generation](Built built) {
        if (generation != m_generation)
            return; // a newer reload() is under way
        const QList<std::function<void()>> deferred = std::exchange(m_deferred, {});
        setLoading(false);
        m_lastError.clear();
        beginResetModel();
        m_rows = std::move(built.rows);
        m_rowOfRegion = std::move(built.rowOfRegion);
        m_rowOfImage = std::move(built.rowOfImage);
        m_rowOfSnapshot = std::move(built.rowOfSnapshot);
        m_quotas = std::move(built.quotas);
        m_dirtyRows.clear();
        m_flushTimer.stop();
        recomputeTotals();
        endResetModel();
        emit totalsChanged();
        // Changes that arrived while the fetches were under way; reapplying one the answers
        // already include changes nothing.
        for (const auto &change : deferred)
            change();
    });
}

QuotaCostModel::Built QuotaCostModel::build(const Load &load, const QList<Product> &products,
                                            const PriceTable &prices, const PolicyOf &policyOf)
{
    Built built;
    for (const ImageQuota &quota : load.quotas)
        built.quotas.insert(Region::regionKey(quota.product, quota.regionId), quota);
    auto addRow = [&](Product product, const QString &regionId, const QString &name) {
        const QString key = Region::regionKey(product, regionId);
        if (built.rowOfRegion.contains(key))
            return;
        built.rowOfRegion.insert(key, int(built.rows.size()));
        built.rows.append(
            makeRow(product, regionId, name, built.quotas, policyOf(product), prices));
    };
    for (const Region &region : load.regions)
        if (products.isEmpty() || products.contains(region.product))
            addRow(region.product, region.id, region.name);
    for (const ImageQuota &quota : load.quotas)
        addRow(quota.product, quota.regionId, QString());
    built.rowOfImage.reserve(load.images.size());
    for (const Image &image : load.images) {
        const QString key = image.regionKey();
        if (!built.rowOfRegion.contains(key))
            addRow(image.product, image.regionId, QString());
        const int rowIndex = built.rowOfRegion.value(key);
        Row &row = built.rows[rowIndex];
        if (row.imageIndex.contains(image.id))
            continue; // a duplicate in the answer: the first one wins
        row.imageIndex.insert(image.id, int(row.images.size()));
        row.images.append(image);
        built.rowOfImage.insert(image.id, rowIndex);
        for (const QString &snapshotId : image.snapshotIds())
            built.rowOfSnapshot.insert(snapshotId, rowIndex);
    }
    for (Row &row : built.rows)
        row.figures = compute(row, prices);
    return built;
}

QuotaCostModel::Row QuotaCostModel::makeRow(Product product, const QString &regionId,
                                            const QString &regionName) const
{
    return makeRow(product, regionId, regionName, m_quotas,
                   m_backend ? m_backend->policy(product) : ProductPolicy::forProduct(product),
                   m_prices);
}

QuotaCostModel::Row QuotaCostModel::makeRow(Product product, const QString &regionId,
                                            const QString &regionName,
                                            const QHash<QString, ImageQuota> &quotas,
                                            const ProductPolicy &policy, const PriceTable &prices)
{
    Row row;
    row.product = product;
    row.regionId = regionId;
    row.regionName = regionName;
    const auto quota = quotas.constFind(Region::regionKey(product, regionId));
    row.quota = quota != quotas.cend() && quota->quota > 0 ? quota->quota
                                                           : policy.customImageQuota(regionId);
    if (quota != quotas.cend() && quota->quota > 0)
        row.quotaSource = quota->source;
    row.freeTier = quota != quotas.cend() && quota->freeTier > 0 ? quota->freeTier
                                                                 : policy.freeImagesPerRegion();
    row.figures = compute(row, prices);
    return row;
}

// ---- live changes --------------------------------------------------------------------------

bool QuotaCostModel::deferDuringLoad(std::function<void()> change)
{
    if (!m_loading)
        return false;
    m_deferred.append(std::move(change));
    return true;
}

void QuotaCostModel::removeImageFromRow(Row &row, const QString &imageId)
{
    const auto found = row.imageIndex.constFind(imageId);
    if (found == row.imageIndex.cend())
        return;
    // Swap with the last image so the removal is O(1).
    const int index = found.value();
    const int last = int(row.images.size()) - 1;
    if (index != last) {
        row.images[index] = row.images.at(last);
        row.imageIndex.insert(row.images.at(index).id, index);
    }
    row.images.removeLast();
    row.imageIndex.remove(imageId);
}

void QuotaCostModel::onImagesChanged(const QList<Image> &images)
{
    // One deferred call for the whole batch while a load runs, not one per record.
    if (deferDuringLoad([this, images] { onImagesChanged(images); }))
        return;
    for (const Image &image : images)
        onImageChanged(image);
}

void QuotaCostModel::onImagesRemoved(const QStringList &imageIds)
{
    if (deferDuringLoad([this, imageIds] { onImagesRemoved(imageIds); }))
        return;
    for (const QString &id : imageIds)
        onImageRemoved(id);
}

void QuotaCostModel::onSnapshotsChanged(const QList<Snapshot> &snapshots)
{
    if (deferDuringLoad([this, snapshots] { onSnapshotsChanged(snapshots); }))
        return;
    for (const Snapshot &snapshot : snapshots)
        onSnapshotChanged(snapshot);
}

void QuotaCostModel::onSnapshotsRemoved(const QStringList &snapshotIds)
{
    if (deferDuringLoad([this, snapshotIds] { onSnapshotsRemoved(snapshotIds); }))
        return;
    for (const QString &id : snapshotIds)
        onSnapshotRemoved(id);
}

void QuotaCostModel::onImageChanged(const Image &image)
{
    if (deferDuringLoad([this, image] { onImageChanged(image); }))
        return;
    const QString key = image.regionKey();
    // An image never changes region; should a backend say otherwise, it moves.
    const int previous = m_rowOfImage.value(image.id, -1);
    if (previous >= 0 && previous != m_rowOfRegion.value(key, -1)) {
        removeImageFromRow(m_rows[previous], image.id);
        m_rowOfImage.remove(image.id);
        markDirty(previous);
    }
    if (!m_rowOfRegion.contains(key)) {
        // A region the list did not name: a new row that already holds its first image.
        Row row = makeRow(image.product, image.regionId, QString());
        row.imageIndex.insert(image.id, 0);
        row.images.append(image);
        row.figures = compute(row);
        const int rowIndex = int(m_rows.size());
        beginInsertRows({}, rowIndex, rowIndex);
        m_rows.append(row);
        m_rowOfRegion.insert(key, rowIndex);
        m_rowOfImage.insert(image.id, rowIndex);
        for (const QString &snapshotId : image.snapshotIds())
            m_rowOfSnapshot.insert(snapshotId, rowIndex);
        endInsertRows();
        recomputeTotals();
        emit totalsChanged();
        return;
    }
    const int rowIndex = m_rowOfRegion.value(key);
    Row &row = m_rows[rowIndex];
    const auto found = row.imageIndex.constFind(image.id);
    if (found != row.imageIndex.cend()) {
        row.images[found.value()] = image;
    } else {
        row.imageIndex.insert(image.id, int(row.images.size()));
        row.images.append(image);
    }
    m_rowOfImage.insert(image.id, rowIndex);
    for (const QString &snapshotId : image.snapshotIds())
        m_rowOfSnapshot.insert(snapshotId, rowIndex);
    markDirty(rowIndex);
}

void QuotaCostModel::onImageRemoved(const QString &imageId)
{
    if (deferDuringLoad([this, imageId] { onImageRemoved(imageId); }))
        return;
    const int rowIndex = m_rowOfImage.value(imageId, -1);
    if (rowIndex < 0)
        return;
    removeImageFromRow(m_rows[rowIndex], imageId);
    m_rowOfImage.remove(imageId);
    markDirty(rowIndex);
}

void QuotaCostModel::onSnapshotChanged(const Snapshot &snapshot)
{
    // The figures come from the image records, which carry their snapshots' ids and sizes; a
    // snapshot that backs an image only makes its row look again (nothing is emitted unless a
    // figure changed).
    if (deferDuringLoad([this, snapshot] { onSnapshotChanged(snapshot); }))
        return;
    int rowIndex = m_rowOfSnapshot.value(snapshot.id, -1);
    if (rowIndex < 0 && !snapshot.imageId.isEmpty())
        rowIndex = m_rowOfImage.value(snapshot.imageId, -1);
    if (rowIndex >= 0)
        markDirty(rowIndex);
}

void QuotaCostModel::onSnapshotRemoved(const QString &snapshotId)
{
    if (deferDuringLoad([this, snapshotId] { onSnapshotRemoved(snapshotId); }))
        return;
    const int rowIndex = m_rowOfSnapshot.value(snapshotId, -1);
    if (rowIndex < 0)
        return;
    m_rowOfSnapshot.remove(snapshotId);
    markDirty(rowIndex);
}

void QuotaCostModel::markDirty(int row)
{
    m_dirtyRows.insert(row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

// ---- computing -----------------------------------------------------------------------------

QuotaCostModel::RowFigures QuotaCostModel::compute(const Row &row) const
{
    return compute(row, m_prices);
}

QuotaCostModel::RowFigures QuotaCostModel::compute(const Row &row, const PriceTable &prices)
{
    RowFigures f;
    f.product = row.product;
    f.regionId = row.regionId;
    f.regionName = row.regionName;
    f.images = int(row.images.size());
    f.quota = row.quota;
    f.quotaSource = row.quotaSource;
    f.freeTier = row.freeTier;
    f.freeTierUsed = qMin(f.images, f.freeTier);
    for (const Image &image : row.images)
        if (image.state == ImageState::ToBeRepossessed)
            ++f.repossessed;
    f.snapshotGiB = CostEstimator::regionSnapshotGiB(row.product, row.images);
    const CostEstimator estimator(prices.priceList(row.product, row.regionId));
    f.monthlyFen = estimator.regionMonthlyFen(row.product, row.images);
    f.pricesSimulated = prices.isSimulated(row.product, row.regionId);
    return f;
}

void QuotaCostModel::flush()
{
    m_flushTimer.stop();
    if (m_dirtyRows.isEmpty())
        return;
    QList<int> rows(m_dirtyRows.cbegin(), m_dirtyRows.cend());
    m_dirtyRows.clear();
    std::sort(rows.begin(), rows.end());
    bool changed = false;
    for (int rowIndex : rows) {
        Row &row = m_rows[rowIndex];
        const RowFigures before = row.figures;
        row.figures = compute(row);
        const RowFigures &after = row.figures;
        const std::array<bool, ColumnCount> differs{
            false,
            false,
            before.images != after.images,
            before.quota != after.quota,
            before.images != after.images || before.quota != after.quota,
            before.freeTierUsed != after.freeTierUsed || before.freeTier != after.freeTier,
            before.snapshotGiB != after.snapshotGiB,
            before.monthlyFen != after.monthlyFen ||
                before.pricesSimulated != after.pricesSimulated,
            before.repossessed != after.repossessed,
        };
        // One dataChanged per run of adjacent changed cells of this row.
        for (int column = 0; column < ColumnCount; ++column) {
            if (!differs[size_t(column)])
                continue;
            int last = column;
            while (last + 1 < ColumnCount && differs[size_t(last + 1)])
                ++last;
            emit dataChanged(index(rowIndex, column), index(rowIndex, last));
            changed = true;
            column = last;
        }
    }
    if (changed) {
        recomputeTotals();
        emit totalsChanged();
    }
}

void QuotaCostModel::recomputeTotals()
{
    Totals totals;
    totals.regions = int(m_rows.size());
    for (const Row &row : m_rows) {
        const RowFigures &f = row.figures;
        totals.images += f.images;
        totals.repossessed += f.repossessed;
        totals.snapshotGiB += f.snapshotGiB;
        totals.monthlyFen += f.monthlyFen;
        totals.imagesByProduct[size_t(f.product)] += f.images;
        totals.monthlyFenByProduct[size_t(f.product)] += f.monthlyFen;
        if (!m_accountNames.isEmpty()) {
            const QString account = ScopedId::scopeOf(f.regionId);
            totals.imagesByAccount[account] += f.images;
            totals.monthlyFenByAccount[account] += f.monthlyFen;
        }
    }
    m_totals = totals;
}

} // namespace imprint
