#include "resourcetablemodel.h"

#include <algorithm>
#include <numeric>

namespace imprint {

ResourceTableModel::ResourceTableModel(Backend *backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
    m_accountNames.follow(backend, this);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QHash<int, QByteArray> ResourceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(RegionKeyRole, "regionKey");
    names.insert(ProductRole, "product");
    names.insert(ProgressRole, "progress");
    names.insert(StateRole, "state");
    names.insert(RecordRole, "record");
    return names;
}

ResourceTableModel::SortJob ResourceTableModel::sortJob(QList<int> rows, int column,
                                                        Qt::SortOrder order) const
{
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = compareRows(column, a, b);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a < b;
    });
    return [rows = std::move(rows)] { return rows; };
}

QList<int> ResourceTableModel::ascending(QList<int> rows)
{
    if (!std::is_sorted(rows.cbegin(), rows.cend()))
        std::sort(rows.begin(), rows.end());
    return rows;
}

ResourceTableModel::SortJob ResourceTableModel::textSortJob(QList<int> rows, QList<QString> texts,
                                                            Qt::SortOrder order)
{
    return [rows = std::move(rows), texts = std::move(texts), order] {
        // Positions stand for rows: rows ascend, so ties in position order are ties in row order.
        QList<int> positions(rows.size());
        std::iota(positions.begin(), positions.end(), 0);
        sortRowsByText(positions, order,
                       [&texts](int position) -> const QString & { return texts.at(position); });
        QList<int> sorted(rows.size());
        for (qsizetype i = 0; i < positions.size(); ++i)
            sorted[i] = rows.at(positions.at(i));
        return sorted;
    };
}

ResourceTableModel::SortJob
ResourceTableModel::numberSortJob(QList<int> rows, std::vector<qint64> keys, Qt::SortOrder order)
{
    return [rows = std::move(rows), keys = std::move(keys), order] {
        std::vector<std::pair<qint64, int>> keyed;
        keyed.reserve(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            keyed.emplace_back(keys[i], rows.at(qsizetype(i)));
        const bool ascending = order == Qt::AscendingOrder;
        std::sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return ascending ? a.first < b.first : a.first > b.first;
            return a.second < b.second;
        });
        QList<int> sorted(rows.size());
        for (size_t i = 0; i < keyed.size(); ++i)
            sorted[qsizetype(i)] = keyed[i].second;
        return sorted;
    };
}

bool ResourceTableModel::deferWhileLoading(std::function<void()> change)
{
    if (!m_preparing)
        return false;
    m_waitingChanges.append(std::move(change));
    return true;
}

QString ResourceTableModel::formatDateTime(const QDateTime &dateTime)
{
    // ISO-like and zero-padded: unambiguous in every locale, and a console column of them
    // lines up.
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QString();
}

int ResourceTableModel::compareText(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c : QString::compare(a, b, Qt::CaseSensitive);
}

void ResourceTableModel::emitCellsChanged(int row, quint32 columns)
{
    if (columns == 0) {
        const QModelIndex cell = index(row, 0);
        emit dataChanged(cell, cell, {RecordRole});
        return;
    }
    const int count = columnCount();
    for (int first = 0; first < count; ++first) {
        if (!(columns & bit(first)))
            continue;
        int last = first;
        while (last + 1 < count && (columns & bit(last + 1)))
            ++last;
        emit dataChanged(index(row, first), index(row, last));
        first = last;
    }
}

void ResourceTableModel::emitRowsChanged(QList<std::pair<int, quint32>> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const auto emitRun = [this](int first, int last, quint32 columns) {
        if (columns == 0) {
            emit dataChanged(index(first, 0), index(last, 0), {RecordRole});
            return;
        }
        int low = 0;
        while (!(columns & bit(low)))
            ++low;
        int high = 31;
        while (!(columns & bit(high)))
            --high;
        emit dataChanged(index(first, low), index(last, qMin(high, columnCount() - 1)));
    };
    int first = rows.first().first;
    int last = first;
    quint32 columns = 0;
    for (const auto &[row, changed] : std::as_const(rows)) {
        if (row > last + 1) {
            emitRun(first, last, columns);
            first = row;
            columns = 0;
        }
        last = row;
        columns |= changed;
    }
    emitRun(first, last, columns);
}

void ResourceTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace imprint
