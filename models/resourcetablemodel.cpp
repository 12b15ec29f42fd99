#include "resourcetablemodel.h"

#include <algorithm>

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

void ResourceTableModel::sortRows(QList<int> &rows, int column, Qt::SortOrder order) const
{
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = compareRows(column, a, b);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a < b;
    });
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
