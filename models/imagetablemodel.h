#pragma once

#include "costestimator.h"
#include "image.h"
#include "recordstore.h"
#include "resourcetablemodel.h"
#include "stringhash.h"

#include <QVarLengthArray>

#include <array>
#include <unordered_map>

namespace imprint {

// Custom images of every product and region, one row each, in arrival order; filter and sort
// them with a ResourceFilterProxy. Rows are the domain Image records themselves (no per-cell
// storage); cells are formatted when asked for.
class ImageTableModel : public ResourceTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        StateColumn, // "Creating 42%" while made; ProgressRole carries the number
        ProductColumn,
        RegionColumn,
        SourceColumn,    // source instance, "Copy of <image>", or the snapshots it was made from
        SizeColumn,      // system disk + data disks, GiB
        DataDisksColumn, // data disk sizes
        CreatedColumn,
        CostColumn,    // estimated monthly cost (CostEstimator, simulated list prices)
        TagsColumn,    // "env:prod, team:web" where the product supports image tags
        LaunchColumn,  // "Create instance" on usable images: a link the view draws
        AccountColumn, // with several accounts: which one holds it
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImageTableModel(Backend *backend, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int recordCount() const override { return m_store.size(); }
    QString idAt(int row) const override { return m_store.at(row).id; }
    int rowOfId(const QString &id) const override { return m_store.rowOf(id); }

    const Image &imageAt(int row) const { return m_store.at(row); }
    // nullptr when no image has this id.
    const Image *findImage(const QString &id) const;
    // Names of the images in one region (Region::key()), for duplicate-name checks.
    QStringList namesInRegion(const QString &regionKey) const;

    // Estimated monthly cost in CNY fen. The Lighthouse free tier goes to the oldest images of
    // a region (by creation time, then id), as the cloud bills them.
    qint64 monthlyCostFen(int row) const;
    // "¥7.20/month" or "Free". An image of this model is priced by its rank; any other (say,
    // one being planned) as if it were added to its region now.
    QString monthlyCostText(const Image &image) const;

    bool acceptsRow(int row, const ResourceFilter &filter) const override;
    int compareRows(int column, int left, int right) const override;
    SortJob sortJob(QList<int> rows, int column, Qt::SortOrder order) const override;

public slots:
    void reload() override;
    // A load: replaces every row in one model reset. The list is shared, not copied.
    void setImages(QList<Image> images);
    // The same for reload(): a large load is indexed on a worker first (loadOnWorker).
    void loadImages(QList<Image> images);
    // Backend::imagesChanged: new ids are appended as one range, known ones get one
    // dataChanged per run of rows over the cells whose value changed, including the cost of
    // images the batch moved into or out of their region's free tier.
    void upsertImages(const QList<imprint::Image> &images);
    void removeImages(const QStringList &imageIds);
    // One image: the same for a batch of one, without the batch's bookkeeping.
    void upsertImage(const Image &image);
    void removeImage(const QString &imageId);

private:
    using FreeHead = QVarLengthArray<int, 8>;

    QString cellText(const Image &image, int slot, int column) const;
    QVariant toolTip(const Image &image, int slot, int column) const;
    QString sourceText(const Image &image) const;
    QString dataDisksText(const Image &image) const;
    QString costText(qint64 fen) const;
    quint32 changedColumns(const Image &before, const Image &after) const;
    static bool costInputsDiffer(const Image &before, const Image &after);

    int freeTier(Product product) const;
    qint64 costOfSlot(int slot) const;
    // Prices of the image's product and region: regions may differ.
    CostEstimator estimatorFor(const Image &image) const;
    bool billedBeyondFreeTier(int slot) const;
    // The same, given the free head of the image's region (freeHead()).
    bool billedBeyondFreeTier(int slot, const FreeHead &head) const;
    qint64 createdKey(int slot) const;
    static qint64 createdKey(const Image &image);
    bool rankLess(int a, int b) const;
    void rankInsert(int slot);
    void rankRemove(int slot);
    void rebuildRanks();
    using Ranks = std::array<std::unordered_map<QString, QList<int>, FastStringHash>, 4>;
    // Each free-tier region's slots, oldest first (by creation time, then id); pure, so a
    // worker may build them for a load.
    static Ranks ranksOf(const RecordStore<Image> &store, const std::array<int, 4> &freeTier);
    using RegionHeads = QHash<QPair<int, QString>, FreeHead>;
    // Remembers the free-tier head of the image's region (free-tier products only), once.
    void noteHead(RegionHeads &heads, Product product, const QString &regionId) const;
    // Rows before firstNewRow whose free-tier status differs from `before`, as (row, cost
    // column) pairs; rows inserted by the batch need no dataChanged of their own.
    QList<std::pair<int, quint32>> freeTierFlips(const RegionHeads &before, int firstNewRow) const;
    // The slots inside a region's free tier (at most freeImagesPerRegion of them).
    FreeHead freeHead(Product product, const QString &regionId) const;
    // Images whose free-tier status changed between two heads, `exceptSlot` aside.
    static FreeHead freeTierChanges(const FreeHead &before, const FreeHead &after, int exceptSlot);
    // Holds the old status of the `flipped` images until announceFreeTierChanges() reports
    // each one.
    void pinFreeTier(const FreeHead &flipped);
    // Repaints the cost of each pinned image, releasing its pin just before: a sorted proxy
    // must see one changed row at a time, never a row whose key moved silently.
    void announceFreeTierChanges();

    RecordStore<Image> m_store;
    std::array<int, 4> m_freeTier{};
    // Per product: regionId -> slots of that region's images ordered by creation. Only kept
    // for products with a free tier; ranks are then an O(free tier) look at the list head.
    Ranks m_ranks;
    // Free-tier status frozen at its old value while a change is being announced (slot,
    // billed); see pinFreeTier().
    QVarLengthArray<std::pair<int, bool>, 4> m_pinnedFreeTier;
    std::array<QString, 5> m_stateNames;   // searchable state names, by ImageState
    std::array<QString, 4> m_productNames; // searchable product names, by Product
};

} // namespace imprint
