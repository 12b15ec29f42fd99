#pragma once

#include "accountnames.h"
#include "backend.h"
#include "pricetable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

namespace imprint {

// Quota and estimated cost of custom images, one row per (product, region): every region the
// Backend reports, plus any region an image names that the region list lacked. Fed by the
// Backend only (fetchRegions, fetchImageQuotas, fetchImages, then the change signals).
//
// Live updates: imageChanged/imageRemoved (and snapshotChanged/snapshotRemoved for snapshots
// backing an image) mark the region's row stale; the next pass of the event loop recomputes
// each stale row once and emits dataChanged for just the cells whose value changed, so a burst
// of thousands of changes (an overdue account repossessing every image) costs one recompute
// per region. An image in a region not seen before inserts a row (rowsInserted). Only
// reload() resets the model. flush() applies pending changes at once.
//
// Cost: CostEstimator::regionMonthlyFen with the region's prices from a PriceTable (the
// built-in simulated list prices unless setPriceTable() says otherwise).
class QuotaCostModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Column {
        ProductColumn,
        RegionColumn,
        ImagesColumn,      // custom images in the region, every state
        QuotaColumn,       // the region's custom image quota
        QuotaUseColumn,    // "85%"; QuotaUseRole and QuotaLevelRole for a bar delegate
        FreeTierColumn,    // "3 of 5"; "—" where the product has no free tier
        SnapshotGiBColumn, // snapshot storage backing the region's images
        MonthlyCostColumn, // estimated monthly cost, simulated list prices
        RepossessedColumn, // images to be repossessed (account overdue)
        AccountColumn,     // with several accounts: whose region it is
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 200, // raw value to sort by (numbers as numbers)
        QuotaUseRole,                  // double: used / quota (0 when the quota is 0)
        QuotaLevelRole,                // int: QuotaLevel
        ProductRole,                   // int: Product
        RegionIdRole,                  // QString: Region::id
        RegionKeyRole,                 // QString: Region::key()
        MonthlyFenRole,                // qint64: estimated monthly cost, fen
        PricesSimulatedRole,           // bool: every price behind the row is simulated
    };
    Q_ENUM(Role)

    enum QuotaLevel { QuotaNormal = 0, QuotaWarning = 1, QuotaFull = 2 };
    Q_ENUM(QuotaLevel)
    static constexpr int warningPercent = 80;
    // QuotaWarning from 80 % of the quota, QuotaFull when no image can be added.
    static QuotaLevel quotaLevel(int used, int quota);

    // The computed figures of one row.
    struct RowFigures
    {
        Product product = Product::Lighthouse;
        QString regionId;
        QString regionName;
        int images = 0;
        int quota = 0;
        QString quotaSource;  // empty: reported by the backend or the product policy
        int freeTier = 0;     // 0: the product has none
        int freeTierUsed = 0; // min(images, freeTier)
        qint64 snapshotGiB = 0;
        qint64 monthlyFen = 0;
        int repossessed = 0;
        bool pricesSimulated = true;
    };

    struct Totals
    {
        int regions = 0;
        int images = 0;
        int repossessed = 0;
        qint64 snapshotGiB = 0;
        qint64 monthlyFen = 0;
        std::array<int, 4> imagesByProduct{};         // by int(Product)
        std::array<qint64, 4> monthlyFenByProduct{};  // by int(Product)
        QHash<QString, int> imagesByAccount{};        // by account id, with several accounts
        QHash<QString, qint64> monthlyFenByAccount{}; // by account id
    };

    // backend may be null (an empty model).
    explicit QuotaCostModel(Backend *backend, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Backend *backend() const { return m_backend; }
    bool isLoading() const { return m_loading; }
    // The message of the last failed load; empty after a successful one.
    QString lastError() const { return m_lastError; }

    // Figures as last computed (pending changes apply on the next event-loop pass or flush()).
    RowFigures rowFigures(int row) const;
    int rowOf(Product product, const QString &regionId) const;
    Totals totals() const { return m_totals; }
    int totalImages() const { return m_totals.images; }
    qint64 totalMonthlyFen() const { return m_totals.monthlyFen; }
    int totalImages(Product product) const { return m_totals.imagesByProduct[size_t(product)]; }
    qint64 totalMonthlyFen(Product product) const
    {
        return m_totals.monthlyFenByProduct[size_t(product)];
    }
    bool hasPendingChanges() const { return !m_dirtyRows.isEmpty(); }

    const PriceTable &priceTable() const { return m_prices; }
    // Replaces the prices and recomputes every row's cost.
    void setPriceTable(const PriceTable &prices);

public slots:
    // Fetches regions, quotas and images again; the answers replace the rows in one reset.
    void reload();
    // Recomputes the stale rows now instead of on the next pass of the event loop.
    void flush();

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // Totals changed (after a load or a flush that changed a figure).
    void totalsChanged();

private:
    struct Row
    {
        Product product = Product::Lighthouse;
        QString regionId;
        QString regionName;
        int quota = 0;
        QString quotaSource;
        int freeTier = 0;
        QList<Image> images;
        QHash<QString, int> imageIndex; // image id -> index in images
        RowFigures figures;
    };
    struct Load;

    // Backend batches: each record moves its region's figures; the rows it touched are
    // recomputed once, at the next flush, however many records the batch holds.
    void onImagesChanged(const QList<Image> &images);
    void onImagesRemoved(const QStringList &imageIds);
    void onSnapshotsChanged(const QList<Snapshot> &snapshots);
    void onSnapshotsRemoved(const QStringList &snapshotIds);
    void onImageChanged(const Image &image);
    void onImageRemoved(const QString &imageId);
    void onSnapshotChanged(const Snapshot &snapshot);
    void onSnapshotRemoved(const QString &snapshotId);
    // While a load is under way, changes wait and are replayed after it.
    bool deferDuringLoad(std::function<void()> change);

    // The rows and indexes a load produces; built off the GUI thread.
    struct Built
    {
        QList<Row> rows;
        QHash<QString, int> rowOfRegion;
        QHash<QString, int> rowOfImage;
        QHash<QString, int> rowOfSnapshot;
        QHash<QString, ImageQuota> quotas;
    };
    using PolicyOf = std::function<const ProductPolicy &(Product)>;

    void finishLoad(std::shared_ptr<const Load> load);
    static Built build(const Load &load, const QList<Product> &products, const PriceTable &prices,
                       const PolicyOf &policyOf);
    Row makeRow(Product product, const QString &regionId, const QString &regionName) const;
    static Row makeRow(Product product, const QString &regionId, const QString &regionName,
                       const QHash<QString, ImageQuota> &quotas, const ProductPolicy &policy,
                       const PriceTable &prices);
    static RowFigures compute(const Row &row, const PriceTable &prices);
    void removeImageFromRow(Row &row, const QString &imageId);
    RowFigures compute(const Row &row) const;
    void markDirty(int row);
    void recomputeTotals();
    void setLoading(bool loading);
    QVariant displayData(const RowFigures &f, int column) const;
    QVariant sortData(const RowFigures &f, int column) const;
    QString toolTip(const RowFigures &f, int column) const;

    Backend *m_backend = nullptr;
    AccountNames m_accountNames;
    PriceTable m_prices;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfRegion;   // Region::key() -> row
    QHash<QString, int> m_rowOfImage;    // image id -> row
    QHash<QString, int> m_rowOfSnapshot; // snapshot id backing an image -> row
    QHash<QString, ImageQuota> m_quotas; // reported quotas by Region::key()
    QSet<int> m_dirtyRows;
    QTimer m_flushTimer;
    Totals m_totals;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_lastError;
    QList<std::function<void()>> m_deferred;
};

} // namespace imprint
