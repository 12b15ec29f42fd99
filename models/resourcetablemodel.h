#pragma once

#include "accountnames.h"
#include "backend.h"
#include "itemroles.h"
#include "resourcefilter.h"
#include "workerpool.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace imprint {

// Base of the instance, image and snapshot tables: one row per record, kept current from the
// Backend's upsert/removal signals. Besides the Qt model interface it offers ResourceFilterProxy
// typed access to the rows (acceptsRow, compareRows, sortRows), so that filtering and sorting
// 100 000 rows runs over the records themselves instead of through data() and QVariant.
class ResourceTableModel : public QAbstractTableModel, public ItemRoles
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    // backend may be null (benchmarks, tests that populate directly).
    explicit ResourceTableModel(Backend *backend, QObject *parent = nullptr);

    Backend *backend() const { return m_backend; }
    // The name of the account a scoped id belongs to (Backend::accounts()); empty with one
    // account.
    QString accountName(const QString &scopedId) const { return m_accountNames.of(scopedId); }
    bool isLoading() const { return m_loading; }
    // From how many records a load is indexed on a worker (loadOnWorker).
    static constexpr int AsyncLoadRows = 20000;
    // The message of the last failed load; empty after a successful one.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QHash<int, QByteArray> roleNames() const override;

    virtual int recordCount() const = 0;
    virtual QString idAt(int row) const = 0;
    virtual int rowOfId(const QString &id) const = 0;

    // --- Typed access for ResourceFilterProxy ---
    // Only reads: the proxy tests the rows of a large table on several threads at once
    // while this thread waits, so the model does not change meanwhile.
    virtual bool acceptsRow(int row, const ResourceFilter &filter) const = 0;
    // <0, 0, >0 as row `left` sorts before, with, after row `right` by `column` (ascending).
    virtual int compareRows(int column, int left, int right) const = 0;
    // A sort that may run on another thread: it owns copies of every key it reads, taken when
    // it is made (in this thread, in one cheap pass over `rows`), and returns `rows` sorted.
    using SortJob = std::function<QList<int>()>;
    // The job that sorts `rows` by column; equal keys keep ascending row order, so the result
    // is a total order that agrees with compareRows() (the proxy binary-searches with it).
    // Models override it for the columns whose keys can be copied (texts, numbers); for the
    // rest the default sorts here and now, and the job only hands the result over.
    virtual SortJob sortJob(QList<int> rows, int column, Qt::SortOrder order) const;
    // The same, at once.
    void sortRows(QList<int> &rows, int column, Qt::SortOrder order) const
    {
        rows = sortJob(std::move(rows), column, order)();
    }

    // Shared cell formatting and comparisons, so every table reads and sorts alike.
    static QString formatDateTime(const QDateTime &dateTime);
    // Case-insensitive first, then case-sensitive, so the order is total and stable.
    static int compareText(const QString &a, const QString &b);
    template <typename V> static int threeWay(const V &a, const V &b)
    {
        return a < b ? -1 : (b < a ? 1 : 0);
    }

public slots:
    // Fetches every record again; the answer replaces the rows in one model reset.
    virtual void reload() = 0;

    // Old row -> new row while a batch removal moves its rows to the end, that is between
    // layoutAboutToBeChanged and layoutChanged; empty at any other time. A proxy renumbers its
    // rows with it instead of treating the layout change as a reset.
    const QList<int> &movedRows() const { return m_movedRows; }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // Around one batch of changes (Backend::imagesChanged, ...). In between, the dataChanged
    // spans and inserted rows of the batch may move several rows' sort keys at once (an image
    // added to a region moves another out of its free tier), so a sorting proxy places them
    // all at batchApplied(), when every changed row is known.
    void batchAboutToBeApplied();
    void batchApplied();

protected:
    // Scattered removals in more runs than this move the doomed rows to the end in one layout
    // change and remove them as one range: 10 000 runs would cost every listener O(rows) each.
    static constexpr int MaxRemovalRuns = 32;

    // Emits batchAboutToBeApplied() now and batchApplied() when it goes out of scope.
    class BatchScope
    {
    public:
        explicit BatchScope(ResourceTableModel *model)
            : m_model(model)
        {
            emit m_model->batchAboutToBeApplied();
        }
        ~BatchScope() { emit m_model->batchApplied(); }
        BatchScope(const BatchScope &) = delete;
        BatchScope &operator=(const BatchScope &) = delete;

    private:
        ResourceTableModel *m_model;
    };

    // Removes `rows` (ascending, distinct) with precise signals: one rowsRemoved per run of
    // adjacent rows, bottom up; beyond MaxRemovalRuns, one layout change that moves them to the
    // end (movedRows() tells how) and one rowsRemoved for that tail. removeRange(first, last)
    // drops rows from the store; moveToEnd(rows) moves them to its end, keeping their order.
    template <typename RemoveRange, typename MoveToEnd>
    void removeRowSet(const QList<int> &rows, RemoveRange removeRange, MoveToEnd moveToEnd);
    // One dataChanged per run of adjacent rows, over the columns their masks (changedColumns
    // bits) touch; rows whose masks are all zero get one for RecordRole on column 0. Rows may
    // come in any order and repeat.
    void emitRowsChanged(QList<std::pair<int, quint32>> rows);

    // Sorts rows by text the way compareText() orders it, ties in row order. Why not
    // std::sort over compareText(): a case-insensitive QString compare folds every character
    // through the Unicode tables, ~1.7 million times for 100 000 rows. Here each row's first
    // twelve folded characters are packed into three integers once, and only rows whose packed
    // prefixes are equal (or hold surrogates) compare the full strings.
    template <typename TextOf>
    static void sortRowsByText(QList<int> &rows, Qt::SortOrder order, TextOf textOf);
    // Jobs over keys copied now: texts[i] / keys[i] is the key of rows[i] (rows ascending).
    static SortJob textSortJob(QList<int> rows, QList<QString> texts, Qt::SortOrder order);
    static SortJob numberSortJob(QList<int> rows, std::vector<qint64> keys, Qt::SortOrder order);
    // `rows` in ascending order (what the jobs above expect), sorted only when they are not.
    static QList<int> ascending(QList<int> rows);
    // A text job over textOf(row) for each row, copied now (shared strings: reference counts).
    template <typename TextOf>
    static SortJob textSortJob(QList<int> rows, Qt::SortOrder order, TextOf textOf)
    {
        rows = ascending(std::move(rows));
        QList<QString> texts;
        texts.reserve(rows.size());
        for (int row : std::as_const(rows))
            texts.append(textOf(row));
        return textSortJob(std::move(rows), std::move(texts), order);
    }

    // Runs `apply(value)` when the fetch succeeds, on this object's thread. A later fetch
    // supersedes an earlier one whose answer has not arrived yet.
    template <typename T, typename Apply> void fetch(QFuture<Result<T>> future, Apply apply);

    // A load of asyncLoadRows or more records is indexed on a worker: `prepare()` runs there
    // and must read only what it captured; `adopt(prepared)` runs here and swaps the result
    // in. Until then the model keeps its rows and stays loading, and the changes that arrive
    // meanwhile wait, in order, for the new rows (deferWhileLoading): a change announced after
    // the answer was taken must not be overwritten by it.
    template <typename Prepare, typename Adopt> void loadOnWorker(Prepare prepare, Adopt adopt);
    // True, and `change` kept for later, while a load is being prepared on a worker.
    bool deferWhileLoading(std::function<void()> change);

    // Emits dataChanged for each run of adjacent columns whose bit is set in `columns`, so a
    // change repaints only the cells it touched. No visible cell changed but the record did:
    // one dataChanged on column 0 for RecordRole, for views that show the whole record.
    void emitCellsChanged(int row, quint32 columns);
    static constexpr quint32 bit(int column) { return quint32(1) << column; }

    static QVariant alignRight() { return int(Qt::AlignRight | Qt::AlignVCenter); }

private:
    void setLoading(bool loading);

    Backend *m_backend = nullptr;
    AccountNames m_accountNames;
    quint64 m_prepareGeneration = 0;
    bool m_preparing = false;
    QList<std::function<void()>> m_waitingChanges;
    QList<int> m_movedRows;
    quint64 m_fetchGeneration = 0;
    bool m_loading = false;
    QString m_lastError;
};

template <typename TextOf>
void ResourceTableModel::sortRowsByText(QList<int> &rows, Qt::SortOrder order, TextOf textOf)
{
    constexpr int Words = 3; // 12 folded UTF-16 units: "worker-12345" fits
    struct Key
    {
        std::array<quint64, Words> prefix;
        const QString *text;
        int row;
        bool packed; // false: the prefix holds a surrogate or NUL, compare full strings
    };
    std::vector<Key> keys;
    keys.reserve(size_t(rows.size()));
    for (int row : std::as_const(rows)) {
        const QString &text = textOf(row);
        const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
        const qsizetype length = text.size();
        Key key{{}, &text, row, true};
        for (qsizetype i = 0; i < Words * 4; ++i) {
            const char16_t c = i < length ? SearchMatcher::fold(units[i]) : char16_t(0);
            if (i < length && (c == 0 || QChar::isSurrogate(c)))
                key.packed = false;
            quint64 &word = key.prefix[size_t(i / 4)];
            word = (word << 16) | c;
        }
        keys.push_back(key);
    }
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(keys.begin(), keys.end(), [ascending](const Key &a, const Key &b) {
        int c = 0;
        if (a.packed && b.packed && a.prefix != b.prefix)
            c = a.prefix < b.prefix ? -1 : 1;
        else
            c = compareText(*a.text, *b.text);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a.row < b.row;
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = keys[size_t(i)].row;
}

template <typename Prepare, typename Adopt>
void ResourceTableModel::loadOnWorker(Prepare prepare, Adopt adopt)
{
    using Prepared = std::invoke_result_t<Prepare>;
    const quint64 generation = ++m_prepareGeneration;
    m_preparing = true;
    QtConcurrent::run(workerPool(), std::move(prepare))
        .then(this, [this, generation, adopt = std::move(adopt)](Prepared prepared) {
            if (generation != m_prepareGeneration)
                return; // a newer load is being prepared; it releases the waiting changes
            adopt(std::move(prepared));
            m_preparing = false;
            setLoading(false);
            const QList<std::function<void()>> waiting = std::exchange(m_waitingChanges, {});
            for (const auto &change : waiting)
                change();
        });
}

template <typename RemoveRange, typename MoveToEnd>
void ResourceTableModel::removeRowSet(const QList<int> &rows, RemoveRange removeRange,
                                      MoveToEnd moveToEnd)
{
    if (rows.isEmpty())
        return;
    int runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (rows.at(i) != rows.at(i - 1) + 1)
            ++runs;
    if (runs <= MaxRemovalRuns) {
        for (qsizetype end = rows.size(); end > 0;) {
            qsizetype begin = end - 1;
            while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1)
                --begin;
            beginRemoveRows(QModelIndex(), rows.at(begin), rows.at(end - 1));
            removeRange(rows.at(begin), rows.at(end - 1));
            endRemoveRows();
            end = begin;
        }
        return;
    }
    const int count = rowCount();
    const int kept = count - int(rows.size());
    m_movedRows.resize(count);
    {
        std::vector<char> moving(size_t(count), 0);
        for (int row : rows)
            moving[size_t(row)] = 1;
        int next = 0;
        for (int row = 0; row < count; ++row)
            if (!moving[size_t(row)])
                m_movedRows[row] = next++;
        for (int row : rows)
            m_movedRows[row] = next++;
    }
    emit layoutAboutToBeChanged();
    moveToEnd(rows);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(m_movedRows.at(index.row()), index.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged();
    m_movedRows.clear();
    beginRemoveRows(QModelIndex(), kept, count - 1);
    removeRange(kept, count - 1);
    endRemoveRows();
}

template <typename T, typename Apply>
void ResourceTableModel::fetch(QFuture<Result<T>> future, Apply apply)
{
    const quint64 generation = ++m_fetchGeneration;
    setLoading(true);
    future
        .then(this,
              [this, generation, apply = std::move(apply)](const Result<T> &result) {
                  if (generation != m_fetchGeneration)
                      return; // a newer reload() is under way; its answer wins
                  if (!result.ok()) {
                      setLoading(false);
                      m_lastError = result.error().message;
                      emit loadFailed(m_lastError);
                      return;
                  }
                  m_lastError.clear();
                  apply(result.value());
                  if (!m_preparing)
                      setLoading(false); // else when the worker's rows are in
              })
        .onCanceled(this, [this, generation] {
            if (generation == m_fetchGeneration)
                setLoading(false);
        });
}

} // namespace imprint
