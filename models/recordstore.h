#pragma once

#include "stringhash.h"

#include <QHash>
#include <QList>
#include <QString>

#include <numeric>
#include <utility>
#include <vector>

namespace imprint {

// The rows of a table model: records with an `id` member, in model row order, found by id in
// O(1).
//
// Records live in stable *slots*; rows map to slots through two int arrays. Why: removing a row
// then moves 4-byte ints instead of whole records (an Image is ~330 bytes), and the id index
// maps id -> slot, which no removal invalidates, so it never needs fixing up. Removal is
// O(rows) int moves (~0.1 ms at 100 000 rows), insertion appends in O(1). A freed slot is
// cleared at once (its strings released) and reused by the next insertion.
//
// The id index is an open-addressing table of (hash, slot) pairs, not a QHash<QString, int>:
// it holds no copies of the id strings (it compares against the records), so building it for
// 100 000 rows takes a few milliseconds instead of ~20 and it needs 8 bytes per bucket.
template <typename T> class RecordStore
{
public:
    int size() const { return int(m_rowToSlot.size()); }
    bool isEmpty() const { return m_rowToSlot.isEmpty(); }

    const T &at(int row) const { return m_slots.at(m_rowToSlot.at(row)); }
    int rowOf(const QString &id) const
    {
        const int slot = findSlot(id);
        return slot < 0 ? -1 : m_slotToRow.at(slot);
    }

    // Slots outlive row changes, so side indexes (ranks, ...) can refer to records by slot.
    int slotOfRow(int row) const { return m_rowToSlot.at(row); }
    int rowOfSlot(int slot) const { return m_slotToRow.at(slot); }
    const T &atSlot(int slot) const { return m_slots.at(slot); }
    // Slots ever used, live or free: the bound for arrays indexed by slot.
    int slotCount() const { return int(m_slots.size()); }

    // Replaces everything. The list is shared, not copied. A repeated id keeps its last record.
    void reset(QList<T> records)
    {
        const int n = int(records.size());
        m_slots = std::move(records);
        m_freeSlots.clear();
        m_rowToSlot.resize(n);
        std::iota(m_rowToSlot.begin(), m_rowToSlot.end(), 0);
        m_slotToRow = m_rowToSlot;
        m_indexed = 0;
        m_index.clear();
        reserveIndex(n);
        bool duplicates = false;
        for (int slot = 0; slot < n && !duplicates; ++slot) {
            // Each id lives in its own heap block: ask for a later one while hashing this one,
            // so the walk is not a chain of cache misses (a third of the load time otherwise).
            if (slot + PrefetchDistance < n)
                prefetch(m_slots.at(slot + PrefetchDistance).id.constData());
            duplicates = !insertIndex(slot);
        }
        if (duplicates) {
            // Rare: keep each id's last record, in the order of those last records.
            QHash<QString, int> last;
            for (int slot = 0; slot < n; ++slot)
                last.insert(m_slots.at(slot).id, slot);
            QList<T> unique;
            unique.reserve(last.size());
            for (int slot = 0; slot < n; ++slot)
                if (last.value(m_slots.at(slot).id) == slot)
                    unique.append(m_slots.at(slot));
            reset(std::move(unique));
        }
    }

    void clear() { reset({}); }

    // Appends a record whose id is not stored yet; returns its row.
    int append(const T &record)
    {
        int slot;
        if (!m_freeSlots.isEmpty()) {
            slot = m_freeSlots.takeLast();
            m_slots[slot] = record;
        } else {
            slot = int(m_slots.size());
            m_slots.append(record);
            m_slotToRow.append(-1);
        }
        const int row = int(m_rowToSlot.size());
        m_rowToSlot.append(slot);
        m_slotToRow[slot] = row;
        reserveIndex(m_indexed + 1);
        insertIndex(slot);
        return row;
    }

    // Replaces the record in `row`; the id stays the same.
    void replace(int row, const T &record) { m_slots[m_rowToSlot.at(row)] = record; }

    void removeAt(int row) { removeRange(row, row); }

    // Removes rows first..last in one O(rows) pass.
    void removeRange(int first, int last)
    {
        for (int row = first; row <= last; ++row)
            freeSlot(m_rowToSlot.at(row));
        m_rowToSlot.remove(first, last - first + 1);
        renumberFrom(first);
    }

    // Moves `rows` (ascending, distinct) to the end, in their order, the other rows keeping
    // theirs. One O(rows) pass: how a batch removes thousands of scattered rows without
    // thousands of shifts (the caller then removes the tail).
    void moveRowsToEnd(const QList<int> &rows)
    {
        const int n = size();
        std::vector<char> moving(size_t(n), 0);
        for (int row : rows)
            moving[size_t(row)] = 1;
        QList<int> order;
        order.reserve(n);
        for (int row = 0; row < n; ++row)
            if (!moving[size_t(row)])
                order.append(m_rowToSlot.at(row));
        for (int row : rows)
            order.append(m_rowToSlot.at(row));
        m_rowToSlot = std::move(order);
        renumberFrom(0);
    }

private:
    void freeSlot(int slot)
    {
        removeIndex(slot);
        m_slots[slot] = T();
        m_slotToRow[slot] = -1;
        m_freeSlots.append(slot);
    }
    void renumberFrom(int row)
    {
        int *slotToRow = m_slotToRow.data(); // raw: QList's operator[] checks for detaching
        const int *rowToSlot = m_rowToSlot.constData();
        for (int r = row, n = int(m_rowToSlot.size()); r < n; ++r)
            slotToRow[rowToSlot[r]] = r;
    }

    struct Bucket
    {
        quint32 hash = 0;
        qint32 slot = -1; // -1: empty
    };

    static constexpr int PrefetchDistance = 8;
    static void prefetch([[maybe_unused]] const void *address)
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(address);
#endif
    }
    static quint32 hashOf(const QString &id)
    {
        return quint32(fastStringHash(id));
    }
    quint32 mask() const
    {
        return quint32(m_index.size() - 1);
    }

    int findSlot(const QString &id) const
    {
        if (m_index.isEmpty())
            return -1;
        const quint32 hash = hashOf(id);
        for (quint32 i = hash & mask();; i = (i + 1) & mask()) {
            const Bucket &b = m_index.at(i);
            if (b.slot < 0)
                return -1;
            if (b.hash == hash && m_slots.at(b.slot).id == id)
                return b.slot;
        }
    }

    // Keeps the load at or below one half, so probe runs stay short.
    void reserveIndex(int count)
    {
        if (qsizetype(count) * 2 <= m_index.size())
            return;
        qsizetype buckets = 16;
        while (buckets < qsizetype(count) * 2)
            buckets *= 2;
        const QList<Bucket> old = std::exchange(m_index, QList<Bucket>(buckets));
        m_indexed = 0;
        for (const Bucket &b : old)
            if (b.slot >= 0)
                place(b);
    }

    void place(const Bucket &bucket)
    {
        quint32 i = bucket.hash & mask();
        while (m_index.at(i).slot >= 0)
            i = (i + 1) & mask();
        m_index[i] = bucket;
        ++m_indexed;
    }

    // False, and nothing inserted, when the slot's id is indexed already.
    bool insertIndex(int slot)
    {
        const QString &id = m_slots.at(slot).id;
        const quint32 hash = hashOf(id);
        quint32 i = hash & mask();
        for (;; i = (i + 1) & mask()) {
            const Bucket &b = m_index.at(i);
            if (b.slot < 0)
                break;
            if (b.hash == hash && m_slots.at(b.slot).id == id)
                return false;
        }
        m_index[i] = {hash, slot};
        ++m_indexed;
        return true;
    }

    // Linear probing's backward-shift deletion: no tombstones, probe runs stay exact.
    void removeIndex(int slot)
    {
        const quint32 hash = hashOf(m_slots.at(slot).id);
        quint32 i = hash & mask();
        while (m_index.at(i).slot != slot)
            i = (i + 1) & mask();
        for (quint32 j = i;;) {
            j = (j + 1) & mask();
            if (m_index.at(j).slot < 0)
                break;
            const quint32 home = m_index.at(j).hash & mask();
            // The entry at j may move back to i unless its home lies cyclically in (i, j].
            const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                m_index[i] = m_index.at(j);
                i = j;
            }
        }
        m_index[i] = Bucket();
        --m_indexed;
    }

    QList<T> m_slots;
    QList<int> m_freeSlots;
    QList<int> m_rowToSlot;
    QList<int> m_slotToRow;
    QList<Bucket> m_index; // size: a power of two, or empty
    int m_indexed = 0;
};

} // namespace imprint
