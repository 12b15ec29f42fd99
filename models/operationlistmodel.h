#pragma once

#include "accountnames.h"
#include "backend.h"
#include "itemroles.h"
#include "operation.h"

#include <QAbstractTableModel>

namespace imprint {

// Recent Operations: newest first (by start time), at most capacity() of them. Kept current
// from Backend::operationsChanged; an operation never leaves except by falling off the end.
class OperationListModel : public QAbstractTableModel, public ItemRoles
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Column {
        KindColumn,
        TargetColumn,
        ProgressColumn, // "42%"; ProgressRole carries the number while it runs
        StateColumn,
        ErrorColumn, // what went wrong, for failed operations
        StartedColumn,
        FinishedColumn, // empty while it runs
        AccountColumn,  // with several accounts: which one it runs in
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int DefaultCapacity = 200;

    explicit OperationListModel(Backend *backend, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Operation &operationAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const;
    bool isLoading() const { return m_loading; }

    int capacity() const { return m_capacity; }
    // Drops the oldest rows beyond the new capacity (at least 1).
    void setCapacity(int capacity);

public slots:
    void reload();
    // A load: keeps the newest capacity() operations, in one model reset.
    void setOperations(QList<Operation> operations);
    // One operation: a new operation is inserted at its place (row 0 when it is the
    // newest) and the oldest drops off beyond capacity(); a known one emits dataChanged for the
    // cells whose value changed.
    void upsertOperation(const Operation &operation);
    // Backend::operationsChanged: each in turn. A commit changes one or two operations and the
    // list holds at most capacity() rows, so there is no burst to coalesce.
    void upsertOperations(const QList<imprint::Operation> &operations);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    static bool isNewer(const Operation &a, const Operation &b);
    int insertionRow(const Operation &operation) const;
    QString cellText(const Operation &operation, int column) const;
    quint32 changedColumns(const Operation &before, const Operation &after) const;
    void setLoading(bool loading);

    Backend *m_backend = nullptr;
    AccountNames m_accountNames;
    // Newest first. Linear lookups: a few hundred rows never justify an index.
    QList<Operation> m_rows;
    int m_capacity = DefaultCapacity;
    quint64 m_fetchGeneration = 0;
    bool m_loading = false;
};

} // namespace imprint
