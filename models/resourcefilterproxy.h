#pragma once

#include "resourcefilter.h"

#include <QAbstractProxyModel>

#include <vector>

namespace imprint {

class ResourceTableModel;

// Filter and sort proxy over a ResourceTableModel (instances, images, snapshots).
//
// Why not QSortFilterProxyModel: it asks data() for every cell as a QVariant and converts to a
// string per row and keystroke, and compares QVariants to sort. This proxy asks the source
// model's typed hooks instead (acceptsRow, compareRows, sortRows) in one tight loop over the
// records, and keeps every source row in sort order, so a filter change is a single pass and
// never a sort. Narrowing the text (typing on) only re-tests the rows already shown.
//
// Signals: a change that adds or drops a few runs of rows emits rowsRemoved and rowsInserted
// for them. A sweeping one (a filter keystroke, a batch of thousands of changes) never resets:
// one layout change moves the rows that go to the end and the rows that move to their places,
// then one rowsRemoved drops the tail and one rowsInserted (plus one layout change, when they
// are scattered) brings the new rows, so selection and scroll position survive and a view pays
// O(rows) a few times instead of once per run. Sorting is a layout change that keeps persistent
// indexes. Changes of single source rows map to single proxy rows: insert at the sorted
// position, remove, move when the sort key changed, dataChanged on the same cells. A batch
// (ResourceTableModel::batchAboutToBeApplied/batchApplied) is placed as a whole at its end.
//
// Sorting many rows (asyncSortRows() or more) never blocks the thread the proxy lives in: the
// source copies the keys (ResourceTableModel::sortJob), a worker sorts them, and the new order
// is laid out in one layout change when it arrives. Until then the rows keep their old order
// and every change is applied to it as usual; rows whose keys changed meanwhile are placed
// again when the order arrives, and rows inserted or removed meanwhile start the job over. A
// load (source reset) shows its rows at once in arrival order, then sorted.
class ResourceFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString regionKey READ regionKey WRITE setRegionKey NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(int stateFilter READ stateFilter WRITE setStateFilter NOTIFY filterChanged)

public:
    static constexpr int AnyState = ResourceFilter::AnyState;

    explicit ResourceFilterProxy(QObject *parent = nullptr);
    ~ResourceFilterProxy() override;

    // The source must be a ResourceTableModel (or null); anything else is refused with a
    // warning, since the proxy needs its typed access.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    ResourceTableModel *resourceModel() const { return m_source; }

    QString regionKey() const { return m_filter.regionKey(); }
    QString filterText() const { return m_filterText; }
    int stateFilter() const { return m_filter.state(); }
    // The order asked for by sort(): once a worker has sorted many rows, the one shown.
    int sortColumn() const { return m_wantedColumn; }
    Qt::SortOrder sortOrder() const { return m_wantedOrder; }
    // Whether rows are being sorted on a worker (the shown order is still the previous one).
    bool isSorting() const { return m_sortJob != 0; }
    // From how many rows sort() sorts on a worker; fewer are sorted at once (a few ms at
    // most). Tests and benchmarks set it.
    int asyncSortRows() const { return m_asyncSortRows; }
    void setAsyncSortRows(int rows) { m_asyncSortRows = qMax(0, rows); }
    // From how many source rows a filter pass is shared with the thread pool.
    int parallelFilterRows() const { return m_parallelFilterRows; }
    void setParallelFilterRows(int rows) { m_parallelFilterRows = qMax(0, rows); }

    // column -1 restores the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Typed convenience: the source row shown in proxy row `proxyRow`, -1 if out of range.
    int sourceRow(int proxyRow) const;
    // The proxy row showing source row `sourceRow`, -1 if it is filtered out.
    int proxyRow(int sourceRow) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

public slots:
    // Region::key() of the region to show; "lighthouse/" for a whole product; empty for all.
    void setRegionKey(const QString &regionKey);
    // Case-insensitive substring over name, id, state, region/zone and the other text columns.
    void setFilterText(const QString &text);
    // An int of the source's state enum (ImageState, ...), or AnyState.
    void setStateFilter(int state);

signals:
    void filterChanged();
    // The order sort() asked for is shown (at once, or when the worker has finished).
    void sorted();

private:
    bool isSorted() const { return m_sortColumn >= 0; }
    bool rowLess(int a, int b) const;
    int lowerBound(const QList<int> &rows, qsizetype first, qsizetype last, int sourceRow) const;
    QList<int> sortedSourceRows(int column, Qt::SortOrder order) const;
    // Makes (column, order) the shown sort with `order` as every source row in that order,
    // then lays out the shown rows in it; `changed` rows (sorted by another order since) are
    // placed again first.
    void adoptOrder(int column, Qt::SortOrder sortOrder, QList<int> order,
                    const QList<int> &changed = {});
    // Takes `rows` out of m_order, sorts them and merges them back in place.
    void reposition(const QList<int> &rows, const std::vector<char> &isMoving);
    bool sortsOnWorker() const;
    void startSortJob();
    void cancelSortJob();
    void sortJobFinished(quint64 job, QList<int> order);
    // A source change while a job runs: rows renumbered (the job starts over) or keys changed.
    void sortJobSeesRenumbering();
    void sortJobSeesChange(int first, int last);
    QList<int> acceptedRows(bool onlyShownRows) const;
    // Clears accepted[r] for each source row r the filter refuses (rows already 0 stay 0).
    void testRows(std::vector<char> &accepted) const;
    void rebuild();
    void applyFilter(const ResourceFilter &filter);
    // Makes `rows` the shown rows with as few signals as above.
    void replaceRows(const QList<int> &rows);
    // Same rows, another order: one layout change that keeps persistent indexes.
    void relayout(QList<int> rows);
    // Remembers source rows a batch changed (or inserted); flushDirty() places them all.
    void markDirty(int first, int last, bool sortKeyChanged, int firstColumn, int lastColumn,
                   const QList<int> &roles);
    void flushDirty();
    void ensureSourceToProxy() const;
    void invalidateSourceToProxy() { m_sourceToProxyValid = false; }
    void insertShown(int sourceRow);
    void removeShown(int proxyRow);
    void updateSourceRow(int sourceRow, bool sortKeyChanged, int firstColumn, int lastColumn,
                         const QList<int> &roles);

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceAboutToReset();
    void sourceReset();
    void sourceLayoutAboutToChange();
    void sourceLayoutChanged();
    void sourceBatchAboutToBeApplied();
    void sourceBatchApplied();

    ResourceTableModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    ResourceFilter m_filter;
    QString m_filterText;
    // The sort shown (m_order is in it) and the one asked for; they differ while a worker sorts.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_wantedColumn = -1;
    Qt::SortOrder m_wantedOrder = Qt::AscendingOrder;
    int m_asyncSortRows = 10000;
    int m_parallelFilterRows = 20000;
    quint64 m_sortJob = 0;     // the running job's number; 0: none
    quint64 m_lastSortJob = 0; // numbers jobs, so a superseded one's answer is ignored
    bool m_sortJobRenumbered = false;
    std::vector<char> m_changedDuringJob; // by source row
    // Every source row in sort order; empty while unsorted (then the order is 0..n-1).
    QList<int> m_order;
    // Proxy row -> source row: the accepted subsequence of the order.
    QList<int> m_rows;
    // Source row -> proxy row or -1; rebuilt lazily after changes, in one O(rows) pass.
    mutable QList<int> m_sourceToProxy;
    mutable bool m_sourceToProxyValid = false;
    bool m_resetting = false;   // between a source's "about to" signal and its completion
    bool m_renumbering = false; // a source layout change that only renumbers (movedRows())
    int m_batchDepth = 0;
    // Rows a batch changed, not placed yet (see markDirty()).
    QList<int> m_dirty;
    std::vector<char> m_isDirty;
    bool m_dirtySortKey = false;
    int m_dirtyFirstColumn = 0;
    int m_dirtyLastColumn = -1;
    QList<int> m_dirtyRoles; // empty: every role
};

} // namespace imprint
