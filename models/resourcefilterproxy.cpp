#include "resourcefilterproxy.h"

#include "passqueue.h"
#include "resourcetablemodel.h"
#include "workerpool.h"

#include <QDebug>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace imprint {

namespace {

// More runs of rows than this in one change, and a layout change plus one range signal is
// cheaper for an attached view than that many rowsRemoved/rowsInserted signals (each costs the
// view O(rows)).
constexpr int MaxSignalRuns = 32;

using Run = std::pair<int, int>; // first, last

void addToRuns(QList<Run> &runs, int position)
{
    if (!runs.isEmpty() && runs.last().second == position - 1)
        runs.last().second = position;
    else
        runs.append({position, position});
}

} // namespace

ResourceFilterProxy::ResourceFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

ResourceFilterProxy::~ResourceFilterProxy() = default;

void ResourceFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *resource = qobject_cast<ResourceTableModel *>(sourceModel);
    if (sourceModel && !resource) {
        qWarning() << "ResourceFilterProxy needs a ResourceTableModel as its source, not"
                   << sourceModel;
        return;
    }
    if (resource == m_source)
        return;

    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(resource);
    m_source = resource;
    m_resetting = false;
    m_renumbering = false;
    m_batchDepth = 0;
    m_dirty.clear();
    m_isDirty.clear();
    if (m_source) {
        using M = QAbstractItemModel;
        using P = ResourceFilterProxy;
        m_connections
            << connect(m_source, &M::dataChanged, this, &P::sourceDataChanged)
            << connect(m_source, &M::rowsInserted, this, &P::sourceRowsInserted)
            << connect(m_source, &M::rowsAboutToBeRemoved, this, &P::sourceRowsAboutToBeRemoved)
            << connect(m_source, &M::rowsRemoved, this, &P::sourceRowsRemoved)
            << connect(m_source, &M::modelAboutToBeReset, this, &P::sourceAboutToReset)
            << connect(m_source, &M::modelReset, this, &P::sourceReset)
            // Structural changes the resource models never make: handled as a reset, which is
            // always correct.
            << connect(m_source, &M::rowsAboutToBeInserted, this,
                       [this](const QModelIndex &, int first) {
                           // Rows inserted before the last renumber the rows a batch changed.
                           if (m_source && first < m_source->recordCount())
                               flushDirty();
                       })
            << connect(m_source, &M::layoutAboutToBeChanged, this, &P::sourceLayoutAboutToChange)
            << connect(m_source, &M::layoutChanged, this, &P::sourceLayoutChanged)
            << connect(m_source, &ResourceTableModel::batchAboutToBeApplied, this,
                       &P::sourceBatchAboutToBeApplied)
            << connect(m_source, &ResourceTableModel::batchApplied, this, &P::sourceBatchApplied)
            << connect(m_source, &M::rowsAboutToBeMoved, this, &P::sourceAboutToReset)
            << connect(m_source, &M::rowsMoved, this, &P::sourceReset)
            << connect(m_source, &M::columnsAboutToBeInserted, this, &P::sourceAboutToReset)
            << connect(m_source, &M::columnsInserted, this, &P::sourceReset)
            << connect(m_source, &M::columnsAboutToBeRemoved, this, &P::sourceAboutToReset)
            << connect(m_source, &M::columnsRemoved, this, &P::sourceReset)
            << connect(m_source, &M::columnsAboutToBeMoved, this, &P::sourceAboutToReset)
            << connect(m_source, &M::columnsMoved, this, &P::sourceReset)
            << connect(m_source, &M::headerDataChanged, this,
                       [this](Qt::Orientation orientation, int first, int last) {
                           if (orientation == Qt::Horizontal)
                               emit headerDataChanged(orientation, first, last);
                       })
            << connect(m_source, &QObject::destroyed, this, [this] {
                   // The source is mid-destruction: forget it before anyone asks it anything.
                   m_source = nullptr;
                   m_dirty.clear();
                   m_isDirty.clear();
                   m_order.clear();
                   m_rows.clear();
                   invalidateSourceToProxy();
                   beginResetModel();
                   endResetModel();
               });
    }
    rebuild();
    endResetModel();
}

void ResourceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || (m_source && column >= m_source->columnCount())) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    if (column == m_wantedColumn && order == m_wantedOrder)
        return; // shown already, or on its way
    m_wantedColumn = column;
    m_wantedOrder = order;
    if (!m_source || m_resetting) {
        cancelSortJob();
        m_sortColumn = column;
        m_sortOrder = order;
        if (m_source)
            m_order.clear(); // rebuilt when the pending reset completes
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        cancelSortJob(); // back to the order shown
        emit sorted();
        return;
    }
    if (column >= 0 && sortsOnWorker()) {
        startSortJob();
        return;
    }
    cancelSortJob();
    flushDirty();
    adoptOrder(column, order, column >= 0 ? sortedSourceRows(column, order) : QList<int>());
    emit sorted();
}

void ResourceFilterProxy::adoptOrder(int column, Qt::SortOrder sortOrder, QList<int> order,
                                     const QList<int> &changed)
{
    const int count = m_source->recordCount();
    m_sortColumn = column;
    m_sortOrder = sortOrder;
    m_order = isSorted() ? std::move(order) : QList<int>();
    if (isSorted() && !changed.isEmpty()) {
        std::vector<char> moving(size_t(count), 0);
        for (int r : changed)
            moving[size_t(r)] = 1;
        reposition(changed, moving);
    }
    std::vector<char> shown(size_t(count), 0);
    for (int r : std::as_const(m_rows))
        shown[size_t(r)] = 1;
    QList<int> rows;
    if (qsizetype(m_rows.size()) == count) {
        if (isSorted()) {
            rows = m_order; // shared, not copied
        } else {
            rows.resize(count);
            std::iota(rows.begin(), rows.end(), 0);
        }
    } else {
        rows.reserve(m_rows.size());
        if (isSorted()) {
            for (int r : std::as_const(m_order))
                if (shown[size_t(r)])
                    rows.append(r);
        } else {
            for (int r = 0; r < count; ++r)
                if (shown[size_t(r)])
                    rows.append(r);
        }
    }
    relayout(std::move(rows));
}

void ResourceFilterProxy::reposition(const QList<int> &rows, const std::vector<char> &isMoving)
{
    // Take the rows out, sort them, merge them back: the rest of the order holds only unchanged
    // keys, so it is still sorted and a binary search in it is exact.
    QList<int> rest;
    rest.reserve(m_order.size());
    for (int r : std::as_const(m_order))
        if (!isMoving[size_t(r)])
            rest.append(r);
    QList<int> placed = rows;
    m_source->sortRows(placed, m_sortColumn, m_sortOrder);
    QList<int> merged;
    merged.reserve(m_order.size());
    qsizetype from = 0;
    for (int r : std::as_const(placed)) {
        const qsizetype at = lowerBound(rest, from, rest.size(), r);
        merged.append(rest.constBegin() + from, rest.constBegin() + at);
        merged.append(r);
        from = at;
    }
    merged.append(rest.constBegin() + from, rest.constEnd());
    m_order = std::move(merged);
}

bool ResourceFilterProxy::sortsOnWorker() const
{
    return m_source && m_source->recordCount() >= m_asyncSortRows;
}

void ResourceFilterProxy::startSortJob()
{
    const quint64 job = ++m_lastSortJob;
    m_sortJob = job;
    m_sortJobRenumbered = false;
    const int count = m_source->recordCount();
    m_changedDuringJob.assign(size_t(count), 0);
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    ResourceTableModel::SortJob work =
        m_source->sortJob(std::move(rows), m_wantedColumn, m_wantedOrder);
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        sortJobFinished(job, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), std::move(work)));
}

void ResourceFilterProxy::cancelSortJob()
{
    m_sortJob = 0; // its answer, when it comes, is ignored
    m_changedDuringJob = {};
}

void ResourceFilterProxy::sortJobFinished(quint64 job, QList<int> order)
{
    if (job != m_sortJob)
        return;
    m_sortJob = 0;
    if (!m_source || m_resetting)
        return; // the reset's rebuild starts what it needs
    if (m_sortJobRenumbered || order.size() != m_source->recordCount()) {
        startSortJob(); // rows came or went: the order names rows that moved
        return;
    }
    flushDirty();
    QList<int> changed;
    for (size_t r = 0; r < m_changedDuringJob.size(); ++r)
        if (m_changedDuringJob[r])
            changed.append(int(r));
    m_changedDuringJob = {};
    adoptOrder(m_wantedColumn, m_wantedOrder, std::move(order), changed);
    emit sorted();
}

void ResourceFilterProxy::sortJobSeesRenumbering()
{
    if (m_sortJob)
        m_sortJobRenumbered = true;
}

void ResourceFilterProxy::sortJobSeesChange(int first, int last)
{
    if (!m_sortJob)
        return;
    for (int r = first; r <= last && size_t(r) < m_changedDuringJob.size(); ++r)
        m_changedDuringJob[size_t(r)] = 1;
}

void ResourceFilterProxy::relayout(QList<int> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> fromSource;
    fromSource.reserve(from.size());
    for (const QModelIndex &index : from)
        fromSource.append(sourceRow(index.row()));
    m_rows = std::move(rows);
    invalidateSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = fromSource.at(i) < 0 ? -1 : proxyRow(fromSource.at(i));
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ResourceFilterProxy::sourceRow(int proxyRow) const
{
    return proxyRow >= 0 && proxyRow < m_rows.size() ? m_rows.at(proxyRow) : -1;
}

int ResourceFilterProxy::proxyRow(int sourceRow) const
{
    ensureSourceToProxy();
    return m_sourceToProxy.value(sourceRow, -1);
}

QModelIndex ResourceFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : m_source->index(row, proxyIndex.column());
}

QModelIndex ResourceFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ResourceFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResourceFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ResourceFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ResourceFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool ResourceFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

void ResourceFilterProxy::setRegionKey(const QString &regionKey)
{
    if (regionKey == m_filter.regionKey())
        return;
    ResourceFilter filter = m_filter;
    filter.setRegionKey(regionKey);
    applyFilter(filter);
}

void ResourceFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    ResourceFilter filter = m_filter;
    filter.setText(text);
    applyFilter(filter);
}

void ResourceFilterProxy::setStateFilter(int state)
{
    ResourceFilter filter = m_filter;
    filter.setState(state);
    if (filter.state() == m_filter.state())
        return;
    applyFilter(filter);
}

bool ResourceFilterProxy::rowLess(int a, int b) const
{
    if (isSorted()) {
        const int c = m_source->compareRows(m_sortColumn, a, b);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b;
}

int ResourceFilterProxy::lowerBound(const QList<int> &rows, qsizetype first, qsizetype last,
                                    int sourceRow) const
{
    const auto it = std::lower_bound(rows.begin() + first, rows.begin() + last, sourceRow,
                                     [this](int row, int value) { return rowLess(row, value); });
    return int(it - rows.begin());
}

QList<int> ResourceFilterProxy::sortedSourceRows(int column, Qt::SortOrder order) const
{
    QList<int> rows(m_source->recordCount());
    std::iota(rows.begin(), rows.end(), 0);
    m_source->sortRows(rows, column, order);
    return rows;
}

QList<int> ResourceFilterProxy::acceptedRows(bool onlyShownRows) const
{
    QList<int> rows;
    if (!m_source)
        return rows;
    const int count = m_source->recordCount();
    if (!onlyShownRows && m_filter.acceptsEverything()) {
        if (isSorted())
            return m_order; // shared, not copied
        rows.resize(count);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // The hot loop of filter-as-you-type: one typed test per row, no QVariant.
    const ResourceTableModel &source = *m_source;
    const QList<int> *candidates = onlyShownRows ? &m_rows : (isSorted() ? &m_order : nullptr);
    if (!candidates && count >= m_parallelFilterRows) {
        std::vector<char> accepted(size_t(count), 1);
        testRows(accepted);
        for (int r = 0; r < count; ++r)
            if (accepted[size_t(r)])
                rows.append(r);
        return rows;
    }
    if (!candidates) {
        for (int r = 0; r < count; ++r)
            if (source.acceptsRow(r, m_filter))
                rows.append(r);
        return rows;
    }
    if ((!isSorted() && candidates->size() < m_parallelFilterRows) || candidates->size() < 4096) {
        for (int r : *candidates)
            if (source.acceptsRow(r, m_filter))
                rows.append(r);
        return rows;
    }
    // Many rows in sort order: test them in source order instead, which walks the records
    // (and their strings) in memory order. In sort order every row is a cache miss: a pass
    // over 100 000 sorted rows took five times as long.
    std::vector<char> accepted(size_t(count), onlyShownRows ? 0 : 1);
    if (onlyShownRows)
        for (int r : *candidates)
            accepted[size_t(r)] = 1;
    testRows(accepted);
    for (int r : *candidates)
        if (accepted[size_t(r)])
            rows.append(r);
    return rows;
}

void ResourceFilterProxy::testRows(std::vector<char> &accepted) const
{
    const ResourceTableModel &source = *m_source;
    const auto test = [&source, &accepted, this](int from, int to) {
        for (int r = from; r < to; ++r)
            if (accepted[size_t(r)])
                accepted[size_t(r)] = source.acceptsRow(r, m_filter) ? 1 : 0;
    };
    const int count = int(accepted.size());
    // A keystroke over 100 000 rows is ~15 ms of string matching: more than a frame on one
    // core. The rows are split between this thread and the pool's; nothing changes the
    // source meanwhile (this thread waits), and acceptsRow() only reads. A part the pool has
    // not started by then is run here (waitForFinished takes it back), so this never waits
    // on a busy pool.
    const int parts = count < m_parallelFilterRows ? 1 : qBound(1, QThread::idealThreadCount(), 4);
    QList<QFuture<void>> others;
    for (int p = 1; p < parts; ++p)
        others << QtConcurrent::run(workerPool(), test, int(qint64(count) * p / parts),
                                    int(qint64(count) * (p + 1) / parts));
    test(0, count / parts);
    for (QFuture<void> &other : others)
        other.waitForFinished();
}

void ResourceFilterProxy::rebuild()
{
    cancelSortJob();
    m_sortColumn = m_wantedColumn;
    m_sortOrder = m_wantedOrder;
    if (isSorted() && sortsOnWorker()) {
        // Every row at once in arrival order; the worker's order follows.
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
        m_order.clear();
        m_rows = acceptedRows(false);
        invalidateSourceToProxy();
        // The keys are taken in a pass of its own: the load that reset the source took this one.
        const quint64 job = ++m_lastSortJob;
        m_sortJob = job;
        PassQueue::post(this, [this, job] {
            if (job == m_sortJob && m_source && !m_resetting)
                startSortJob();
        });
        return;
    }
    m_order = m_source && isSorted() ? sortedSourceRows(m_sortColumn, m_sortOrder) : QList<int>();
    m_rows = acceptedRows(false);
    invalidateSourceToProxy();
}

void ResourceFilterProxy::applyFilter(const ResourceFilter &filter)
{
    if (filter != m_filter) {
        const bool narrowing = filter.isNarrowerThan(m_filter);
        m_filter = filter;
        if (m_source && !m_resetting)
            replaceRows(acceptedRows(narrowing));
    } else {
        m_filter = filter; // same rows; keeps the key as the caller spelled it
    }
    emit filterChanged();
}

void ResourceFilterProxy::replaceRows(const QList<int> &rows)
{
    ensureSourceToProxy();
    const int count = m_source->recordCount();
    std::vector<char> wasShown(size_t(count), 0);
    for (int r : std::as_const(m_rows))
        wasShown[size_t(r)] = 1;
    std::vector<int> newPosition(size_t(count), -1);
    for (int q = 0, n = int(rows.size()); q < n; ++q)
        newPosition[size_t(rows.at(q))] = q;

    QList<int> doomed; // proxy rows that go
    bool reordered = false;
    for (int p = 0, last = -1, n = int(m_rows.size()); p < n; ++p) {
        const int to = newPosition[size_t(m_rows.at(p))];
        if (to < 0) {
            doomed.append(p);
        } else {
            reordered = reordered || to < last;
            last = to;
        }
    }
    QList<int> fresh; // positions in `rows` of rows not shown yet
    for (int q = 0, n = int(rows.size()); q < n; ++q)
        if (!wasShown[size_t(rows.at(q))])
            fresh.append(q);
    if (doomed.isEmpty() && fresh.isEmpty() && !reordered)
        return;

    QList<Run> removals;
    for (int p : std::as_const(doomed))
        addToRuns(removals, p);
    if (reordered || removals.size() > MaxSignalRuns) {
        // One layout change puts the kept rows in their new order and the doomed ones after
        // them; one rowsRemoved drops that tail.
        QList<int> staged;
        staged.reserve(m_rows.size());
        for (int r : rows)
            if (wasShown[size_t(r)])
                staged.append(r);
        const qsizetype kept = staged.size();
        for (int p : std::as_const(doomed))
            staged.append(m_rows.at(p));
        if (staged != m_rows)
            relayout(std::move(staged));
        if (!doomed.isEmpty()) {
            beginRemoveRows({}, int(kept), int(m_rows.size()) - 1);
            m_rows.resize(kept);
            invalidateSourceToProxy();
            endRemoveRows();
        }
    } else {
        for (auto run = removals.crbegin(); run != removals.crend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            m_rows.remove(run->first, run->second - run->first + 1);
            invalidateSourceToProxy();
            endRemoveRows();
        }
    }
    if (fresh.isEmpty())
        return;

    // m_rows is now `rows` without the fresh ones, in the same order.
    QList<Run> insertions;
    for (int q : std::as_const(fresh))
        addToRuns(insertions, q);
    if (insertions.size() <= MaxSignalRuns) {
        for (const Run &run : std::as_const(insertions)) {
            beginInsertRows({}, run.first, run.second);
            m_rows.insert(run.first, run.second - run.first + 1, 0);
            std::copy(rows.begin() + run.first, rows.begin() + run.second + 1,
                      m_rows.begin() + run.first);
            invalidateSourceToProxy();
            endInsertRows();
        }
        return;
    }
    // Scattered: append them as one range, then one layout change moves them into place.
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    for (int q : std::as_const(fresh))
        m_rows.append(rows.at(q));
    invalidateSourceToProxy();
    endInsertRows();
    relayout(rows);
}

void ResourceFilterProxy::ensureSourceToProxy() const
{
    if (m_sourceToProxyValid)
        return;
    const int count = m_source ? m_source->recordCount() : 0;
    m_sourceToProxy.fill(-1, count);
    int *reverse = m_sourceToProxy.data();
    const int *rows = m_rows.constData();
    for (int p = 0, shown = int(m_rows.size()); p < shown; ++p)
        if (rows[p] < count)
            reverse[rows[p]] = p;
    m_sourceToProxyValid = true;
}

void ResourceFilterProxy::insertShown(int sourceRow)
{
    const int position = lowerBound(m_rows, 0, m_rows.size(), sourceRow);
    beginInsertRows({}, position, position);
    m_rows.insert(position, sourceRow);
    invalidateSourceToProxy();
    endInsertRows();
}

void ResourceFilterProxy::removeShown(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_rows.remove(proxyRow);
    invalidateSourceToProxy();
    endRemoveRows();
}

void ResourceFilterProxy::updateSourceRow(int sourceRow, bool sortKeyChanged, int firstColumn,
                                          int lastColumn, const QList<int> &roles)
{
    if (sortKeyChanged) {
        m_order.removeOne(sourceRow);
        m_order.insert(lowerBound(m_order, 0, m_order.size(), sourceRow), sourceRow);
    }
    const int shownAt = proxyRow(sourceRow);
    const bool accepted = m_source->acceptsRow(sourceRow, m_filter);
    if (shownAt < 0) {
        if (accepted)
            insertShown(sourceRow);
        return;
    }
    if (!accepted) {
        removeShown(shownAt);
        return;
    }
    int row = shownAt;
    if (sortKeyChanged) {
        // Only this row's key changed: the rows around it are still in order, so its new place
        // is a binary search on the side it now belongs to.
        const int count = int(m_rows.size());
        int destination = -1;
        if (row > 0 && rowLess(sourceRow, m_rows.at(row - 1))) {
            destination = lowerBound(m_rows, 0, row, sourceRow);
            row = destination;
        } else if (row + 1 < count && rowLess(m_rows.at(row + 1), sourceRow)) {
            destination = lowerBound(m_rows, row + 1, count, sourceRow);
            row = destination - 1;
        }
        if (destination >= 0) {
            beginMoveRows({}, shownAt, shownAt, {}, destination);
            m_rows.move(shownAt, row);
            invalidateSourceToProxy();
            endMoveRows();
        }
    }
    emit dataChanged(index(row, firstColumn), index(row, lastColumn), roles);
}

void ResourceFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_source || m_resetting || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (m_wantedColumn >= topLeft.column() && m_wantedColumn <= bottomRight.column() &&
        (roles.isEmpty() || roles.contains(Qt::DisplayRole)))
        sortJobSeesChange(first, last);
    // Sort keys are what the cells display: a change of other roles only (say RecordRole for a
    // field no column shows) cannot move the row.
    const bool sortKeyChanged = isSorted() && m_sortColumn >= topLeft.column() &&
                                m_sortColumn <= bottomRight.column() &&
                                (roles.isEmpty() || roles.contains(Qt::DisplayRole));
    if (m_batchDepth > 0 || last > first) {
        markDirty(first, last, sortKeyChanged, topLeft.column(), bottomRight.column(), roles);
        if (m_batchDepth == 0)
            flushDirty();
        return;
    }
    updateSourceRow(first, sortKeyChanged, topLeft.column(), bottomRight.column(), roles);
}

void ResourceFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_source || m_resetting || parent.isValid())
        return;
    const int count = last - first + 1;
    sortJobSeesRenumbering();
    // Source rows at or after `first` moved down: renumber before anyone reads the mapping.
    if (first < m_source->recordCount() - count) {
        for (int &r : m_rows)
            if (r >= first)
                r += count;
        for (int &r : m_order)
            if (r >= first)
                r += count;
    }
    invalidateSourceToProxy();
    if (count > 1 || m_batchDepth > 0) {
        // New rows are not in the order yet: placed with the rest of the batch.
        markDirty(first, last, true, 0, columnCount() - 1, {});
        if (m_batchDepth == 0)
            flushDirty();
        return;
    }
    if (isSorted())
        m_order.insert(lowerBound(m_order, 0, m_order.size(), first), first);
    if (m_source->acceptsRow(first, m_filter))
        insertShown(first);
}

void ResourceFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_source || m_resetting || parent.isValid())
        return;
    sortJobSeesRenumbering();
    // Rows a batch changed are placed first: their numbers are about to shift.
    flushDirty();
    // Remove the shown ones now, while the source still has them (views may look at them).
    if (last == first) {
        if (const int p = proxyRow(first); p >= 0)
            removeShown(p);
        return;
    }
    QList<int> rows;
    rows.reserve(m_rows.size());
    for (int r : std::as_const(m_rows))
        if (r < first || r > last)
            rows.append(r);
    if (rows.size() != m_rows.size())
        replaceRows(rows);
}

void ResourceFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_source || parent.isValid())
        return;
    if (m_resetting) {
        sourceReset();
        return;
    }
    // Renumber the rows below the removed ones and rebuild the reverse map in the same pass:
    // with the map kept valid, the next removal needs no O(rows) rebuild of its own.
    // (Raw pointers: QList's operator[] checks for detaching on every access.)
    const int count = last - first + 1;
    m_sourceToProxy.fill(-1, m_source->recordCount());
    int *reverse = m_sourceToProxy.data();
    int *rows = m_rows.data();
    for (int p = 0, shown = int(m_rows.size()); p < shown; ++p) {
        if (rows[p] > last)
            rows[p] -= count;
        reverse[rows[p]] = p;
    }
    m_sourceToProxyValid = true;
    if (isSorted()) {
        int *order = m_order.data();
        qsizetype kept = 0;
        for (qsizetype i = 0, n = m_order.size(); i < n; ++i) {
            const int r = order[i];
            if (r < first)
                order[kept++] = r;
            else if (r > last)
                order[kept++] = r - count;
        }
        m_order.resize(kept);
    }
}

void ResourceFilterProxy::sourceAboutToReset()
{
    m_dirty.clear();
    m_isDirty.clear();
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void ResourceFilterProxy::sourceReset()
{
    if (!m_resetting)
        beginResetModel(); // a completion without its announcement; still reset cleanly
    rebuild();
    m_resetting = false;
    endResetModel();
}

void ResourceFilterProxy::sourceLayoutAboutToChange()
{
    if (m_source && !m_resetting && !m_source->movedRows().isEmpty()) {
        flushDirty();
        m_renumbering = true;
        return;
    }
    sourceAboutToReset();
}

void ResourceFilterProxy::sourceLayoutChanged()
{
    if (!m_renumbering) {
        sourceReset();
        return;
    }
    // The source moved rows (to remove them next): same proxy rows, new source numbers. The
    // kept rows keep their relative order, so the sort order stays valid.
    m_renumbering = false;
    sortJobSeesRenumbering();
    const QList<int> &moved = m_source->movedRows();
    for (int &r : m_rows)
        r = moved.at(r);
    for (int &r : m_order)
        r = moved.at(r);
    invalidateSourceToProxy();
}

void ResourceFilterProxy::sourceBatchAboutToBeApplied()
{
    ++m_batchDepth;
}

void ResourceFilterProxy::sourceBatchApplied()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        flushDirty();
}

void ResourceFilterProxy::markDirty(int first, int last, bool sortKeyChanged, int firstColumn,
                                    int lastColumn, const QList<int> &roles)
{
    if (m_dirty.isEmpty()) {
        m_dirtyFirstColumn = firstColumn;
        m_dirtyLastColumn = lastColumn;
        m_dirtyRoles = roles;
    } else {
        m_dirtyFirstColumn = qMin(m_dirtyFirstColumn, firstColumn);
        m_dirtyLastColumn = qMax(m_dirtyLastColumn, lastColumn);
        if (roles.isEmpty() || m_dirtyRoles.isEmpty()) {
            m_dirtyRoles.clear(); // every role
        } else {
            for (int role : roles)
                if (!m_dirtyRoles.contains(role))
                    m_dirtyRoles.append(role);
        }
    }
    m_dirtySortKey = m_dirtySortKey || sortKeyChanged;
    if (m_isDirty.size() <= size_t(last))
        m_isDirty.resize(size_t(m_source->recordCount()) > size_t(last)
                             ? size_t(m_source->recordCount())
                             : size_t(last) + 1,
                         0);
    for (int r = first; r <= last; ++r) {
        if (!m_isDirty[size_t(r)]) {
            m_isDirty[size_t(r)] = 1;
            m_dirty.append(r);
        }
    }
}

void ResourceFilterProxy::flushDirty()
{
    if (m_dirty.isEmpty() || !m_source)
        return;
    const QList<int> dirty = std::exchange(m_dirty, {});
    std::vector<char> isDirty = std::exchange(m_isDirty, {});
    const bool sortKeyChanged = std::exchange(m_dirtySortKey, false);
    const int count = m_source->recordCount();
    isDirty.resize(size_t(count), 0);

    if (isSorted() && sortKeyChanged)
        reposition(dirty, isDirty);

    ensureSourceToProxy();
    QList<int> shownBefore; // changed rows that were shown, to repaint where they end up
    QList<int> rows;
    rows.reserve(m_rows.size() + dirty.size());
    const auto consider = [&](int r) {
        if (!isDirty[size_t(r)]) {
            if (m_sourceToProxy.value(r, -1) >= 0)
                rows.append(r);
            return;
        }
        const bool accepted = m_source->acceptsRow(r, m_filter);
        if (accepted)
            rows.append(r);
        if (accepted && m_sourceToProxy.value(r, -1) >= 0)
            shownBefore.append(r);
    };
    if (isSorted()) {
        for (int r : std::as_const(m_order))
            consider(r);
    } else {
        for (int r = 0; r < count; ++r)
            consider(r);
    }
    replaceRows(rows);

    QList<int> proxyRows;
    proxyRows.reserve(shownBefore.size());
    for (int r : std::as_const(shownBefore))
        proxyRows.append(proxyRow(r));
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<Run> runs;
    for (int p : std::as_const(proxyRows))
        addToRuns(runs, p);
    const int lastColumn = qMin(m_dirtyLastColumn, columnCount() - 1);
    if (runs.size() > MaxSignalRuns) {
        // Scattered over the sort order: one span over them all costs a view one repaint of
        // what it shows, where thousands of spans cost thousands of signals.
        emit dataChanged(index(runs.first().first, m_dirtyFirstColumn),
                         index(runs.last().second, lastColumn), m_dirtyRoles);
        return;
    }
    for (const Run &run : std::as_const(runs))
        emit dataChanged(index(run.first, m_dirtyFirstColumn), index(run.second, lastColumn),
                         m_dirtyRoles);
}

} // namespace imprint
