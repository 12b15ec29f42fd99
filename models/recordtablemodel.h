#pragma once

#include "recordstore.h"
#include "resourcetablemodel.h"

namespace imprint {

// The part of a table model that is the same for every kind of record with an `id` and a
// `name`: the rows themselves, loads, upserts and removals with precise signals, lookups, and
// sorting by name. A model adds its columns, cell texts and which cells a change touches.
template <typename Record> class RecordTableModel : public ResourceTableModel
{
public:
    using ResourceTableModel::ResourceTableModel;

    int recordCount() const override { return m_store.size(); }
    QString idAt(int row) const override { return m_store.at(row).id; }
    int rowOfId(const QString &id) const override { return m_store.rowOf(id); }

    const Record &recordAt(int row) const { return m_store.at(row); }
    // nullptr when no record has this id.
    const Record *findRecord(const QString &id) const
    {
        const int row = m_store.rowOf(id);
        return row < 0 ? nullptr : &m_store.at(row);
    }

protected:
    // A load: replaces every row in one model reset.
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_store.reset(std::move(records));
        endResetModel();
    }
    // A load: a small one at once (setRecords), a large one indexed on a worker first.
    void loadRecords(QList<Record> records)
    {
        if (records.size() < AsyncLoadRows) {
            setRecords(std::move(records));
            return;
        }
        loadOnWorker(
            [records = std::move(records)] {
                RecordStore<Record> store;
                store.reset(records);
                return store;
            },
            [this](RecordStore<Record> store) {
                beginResetModel();
                m_store = std::move(store);
                endResetModel();
            });
    }
    // A new id appends one row; a known one emits dataChanged for the cells that changed.
    void upsertRecord(const Record &record)
    {
        if (deferWhileLoading([this, record] { upsertRecord(record); }))
            return;
        const int row = m_store.rowOf(record.id);
        if (row < 0) {
            const int newRow = m_store.size();
            beginInsertRows(QModelIndex(), newRow, newRow);
            m_store.append(record);
            endInsertRows();
            return;
        }
        const Record before = m_store.at(row);
        m_store.replace(row, record);
        emitCellsChanged(row, changedColumns(before, record));
    }
    void removeRecord(const QString &id)
    {
        if (deferWhileLoading([this, id] { removeRecord(id); }))
            return;
        const int row = m_store.rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows(QModelIndex(), row, row);
        m_store.removeAt(row);
        endRemoveRows();
    }
    // One batch of upserts: changed rows get one dataChanged per run, new ids are appended as
    // one range, all inside one BatchScope. A repeated id counts once, its last record.
    void upsertRecords(const QList<Record> &records)
    {
        if (deferWhileLoading([this, records] { upsertRecords(records); }))
            return;
        if (records.size() == 1) {
            upsertRecord(records.first());
            return;
        }
        if (records.isEmpty())
            return;
        BatchScope batch(this);
        QList<std::pair<int, quint32>> changed;
        QList<Record> added;
        QHash<QString, qsizetype> addedAt;
        for (const Record &record : records) {
            const int row = m_store.rowOf(record.id);
            if (row < 0) {
                if (const auto it = addedAt.constFind(record.id); it != addedAt.cend()) {
                    added[*it] = record;
                } else {
                    addedAt.insert(record.id, added.size());
                    added.append(record);
                }
                continue;
            }
            const Record before = m_store.at(row);
            m_store.replace(row, record);
            changed.append({row, changedColumns(before, record)});
        }
        emitRowsChanged(std::move(changed));
        if (added.isEmpty())
            return;
        const int first = m_store.size();
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (const Record &record : std::as_const(added))
            m_store.append(record);
        endInsertRows();
    }
    // One batch of removals; unknown ids are ignored.
    void removeRecords(const QStringList &ids)
    {
        if (deferWhileLoading([this, ids] { removeRecords(ids); }))
            return;
        QList<int> rows;
        rows.reserve(ids.size());
        for (const QString &id : ids)
            if (const int row = m_store.rowOf(id); row >= 0)
                rows.append(row);
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        BatchScope batch(this);
        removeRowSet(
            rows, [this](int first, int last) { m_store.removeRange(first, last); },
            [this](const QList<int> &moving) { m_store.moveRowsToEnd(moving); });
    }
    // Sorts by name on a copy of the names (shared strings: one pass of reference counts).
    SortJob nameSortJob(QList<int> rows, Qt::SortOrder order) const
    {
        return textSortJob(std::move(rows), order,
                           [this](int row) { return m_store.at(row).name; });
    }
    // Bit i set: column i shows something else after the change.
    virtual quint32 changedColumns(const Record &before, const Record &after) const = 0;

    RecordStore<Record> m_store;
};

} // namespace imprint
