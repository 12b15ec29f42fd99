#include "resourcefilterproxy.h"

#include "resourcetablemodel.h"

#include <QDebug>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace imprint {

namespace {

// More runs of rows than this in one filter change, and a reset is cheaper for an attached view
// than that many rowsRemoved/rowsInserted signals (each costs the view O(rows)).
constexpr int MaxSignalRuns = 32;
// Source changes touching more rows than this at once are re-derived with one reset.
constexpr int MaxIncrementalRows = 256;

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
            << connect(m_source, &M::layoutAboutToBeChanged, this, &P::sourceAboutToReset)
            << connect(m_source, &M::layoutChanged, this, &P::sourceReset)
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
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (!m_source || m_resetting) {
        m_sortColumn = column;
        m_sortOrder = order;
        if (m_source)
            m_order.clear(); // rebuilt when the pending reset completes
        return;
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> fromSource;
    fromSource.reserve(from.size());
    for (const QModelIndex &index : from)
        fromSource.append(sourceRow(index.row()));

    const int count = m_source->recordCount();
    std::vector<char> shown(size_t(count), 0);
    for (int r : std::as_const(m_rows))
        shown[size_t(r)] = 1;

    m_sortColumn = column;
    m_sortOrder = order;
    m_order = isSorted() ? sortedSourceRows() : QList<int>();
    if (qsizetype(m_rows.size()) == count) {
        if (isSorted()) {
            m_rows = m_order; // shared, not copied
        } else {
            m_rows.resize(count);
            std::iota(m_rows.begin(), m_rows.end(), 0);
        }
    } else {
        QList<int> rows;
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
        m_rows = std::move(rows);
    }
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

QList<int> ResourceFilterProxy::sortedSourceRows() const
{
    QList<int> rows(m_source->recordCount());
    std::iota(rows.begin(), rows.end(), 0);
    m_source->sortRows(rows, m_sortColumn, m_sortOrder);
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
    if (!candidates) {
        for (int r = 0; r < count; ++r)
            if (source.acceptsRow(r, m_filter))
                rows.append(r);
        return rows;
    }
    if (!isSorted() || candidates->size() < 4096) {
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
    for (int r = 0; r < count; ++r)
        if (accepted[size_t(r)])
            accepted[size_t(r)] = source.acceptsRow(r, m_filter) ? 1 : 0;
    for (int r : *candidates)
        if (accepted[size_t(r)])
            rows.append(r);
    return rows;
}

void ResourceFilterProxy::rebuild()
{
    m_order = m_source && isSorted() ? sortedSourceRows() : QList<int>();
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
    // Both the shown rows and `rows` are subsequences of the same sort order, so the rows kept
    // stay in order: drop the runs that go, then insert the runs that come.
    ensureSourceToProxy();
    const int count = m_source->recordCount();
    std::vector<char> accepted(size_t(count), 0);
    for (int r : rows)
        accepted[size_t(r)] = 1;
    QList<Run> removals;
    for (int p = 0; p < m_rows.size(); ++p)
        if (!accepted[size_t(m_rows.at(p))])
            addToRuns(removals, p);
    QList<Run> insertions;
    for (int p = 0; p < rows.size(); ++p)
        if (m_sourceToProxy.at(rows.at(p)) < 0)
            addToRuns(insertions, p);

    if (removals.isEmpty() && insertions.isEmpty())
        return;
    if (removals.size() + insertions.size() > MaxSignalRuns) {
        beginResetModel();
        m_rows = rows;
        invalidateSourceToProxy();
        endResetModel();
        return;
    }
    for (auto run = removals.crbegin(); run != removals.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        invalidateSourceToProxy();
        endRemoveRows();
    }
    for (const Run &run : std::as_const(insertions)) {
        beginInsertRows({}, run.first, run.second);
        m_rows.insert(run.first, run.second - run.first + 1, 0);
        std::copy(rows.begin() + run.first, rows.begin() + run.second + 1,
                  m_rows.begin() + run.first);
        invalidateSourceToProxy();
        endInsertRows();
    }
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
    // Sort keys are what the cells display: a change of other roles only (say RecordRole for a
    // field no column shows) cannot move the row.
    const bool sortKeyChanged = isSorted() && m_sortColumn >= topLeft.column() &&
                                m_sortColumn <= bottomRight.column() &&
                                (roles.isEmpty() || roles.contains(Qt::DisplayRole));
    if (last - first + 1 > MaxIncrementalRows) {
        if (sortKeyChanged) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
        replaceRows(acceptedRows(false));
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, topLeft.column()),
                             index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int r = first; r <= last; ++r)
        updateSourceRow(r, sortKeyChanged, topLeft.column(), bottomRight.column(), roles);
}

void ResourceFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_source || m_resetting || parent.isValid())
        return;
    const int count = last - first + 1;
    if (count > MaxIncrementalRows) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
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
    for (int r = first; r <= last; ++r) {
        if (isSorted())
            m_order.insert(lowerBound(m_order, 0, m_order.size(), r), r);
        if (m_source->acceptsRow(r, m_filter))
            insertShown(r);
    }
}

void ResourceFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_source || m_resetting || parent.isValid())
        return;
    if (last - first + 1 > MaxIncrementalRows) {
        sourceAboutToReset(); // completed by sourceRowsRemoved()
        return;
    }
    // Remove the shown ones now, while the source still has them (views may look at them).
    QList<int> shown;
    for (int r = first; r <= last; ++r)
        if (const int p = proxyRow(r); p >= 0)
            shown.append(p);
    std::sort(shown.begin(), shown.end());
    QList<Run> runs;
    for (int p : std::as_const(shown))
        addToRuns(runs, p);
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        invalidateSourceToProxy();
        endRemoveRows();
    }
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

} // namespace imprint
