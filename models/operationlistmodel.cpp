#include "operationlistmodel.h"

#include "resourcetablemodel.h"
#include "scopedid.h"

#include <algorithm>

namespace imprint {

OperationListModel::OperationListModel(Backend *backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
    if (backend)
        connect(backend, &Backend::operationsChanged, this, &OperationListModel::upsertOperations);
    m_accountNames.follow(backend, this);
}

void OperationListModel::upsertOperations(const QList<Operation> &operations)
{
    for (const Operation &operation : operations)
        upsertOperation(operation);
}

int OperationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Operation &operation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(operation, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && operation.error.isError()) {
            QString text = operation.error.message;
            if (!operation.error.remoteCode.isEmpty())
                text += QLatin1Char('\n') + tr("Code: %1").arg(operation.error.remoteCode);
            if (!operation.error.requestId.isEmpty())
                text += QLatin1Char('\n') + tr("Request ID: %1").arg(operation.error.requestId);
            return text;
        }
        if (index.column() == TargetColumn)
            return ScopedId::local(operation.targetId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return operation.id;
    case RegionKeyRole:
        return Region::regionKey(operation.product, operation.regionId);
    case ProductRole:
        return int(operation.product);
    case ProgressRole:
        return operation.isFinished() ? QVariant() : QVariant(operation.progress);
    case StateRole:
        return int(operation.state);
    case RecordRole:
        return QVariant::fromValue(operation);
    default:
        return {};
    }
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    case ErrorColumn:
        return tr("Error");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case AccountColumn:
        return tr("Account");
    default:
        return {};
    }
}

QHash<int, QByteArray> OperationListModel::roleNames() const
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

int OperationListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void OperationListModel::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    m_capacity = capacity;
    if (m_rows.size() > capacity) {
        beginRemoveRows({}, capacity, int(m_rows.size()) - 1);
        m_rows.resize(capacity);
        endRemoveRows();
    }
}

void OperationListModel::reload()
{
    if (!m_backend)
        return;
    const quint64 generation = ++m_fetchGeneration;
    setLoading(true);
    m_backend->fetchOperations()
        .then(this,
              [this, generation](const Result<QList<Operation>> &result) {
                  if (generation != m_fetchGeneration)
                      return; // a newer reload() is under way; its answer wins
                  setLoading(false);
                  if (!result.ok()) {
                      emit loadFailed(result.error().message);
                      return;
                  }
                  setOperations(result.value());
              })
        .onCanceled(this, [this, generation] {
            if (generation == m_fetchGeneration)
                setLoading(false);
        });
}

void OperationListModel::setOperations(QList<Operation> operations)
{
    std::stable_sort(operations.begin(), operations.end(), &OperationListModel::isNewer);
    // A repeated id keeps its newest record.
    QList<Operation> rows;
    rows.reserve(qMin<qsizetype>(operations.size(), m_capacity));
    for (const Operation &operation : std::as_const(operations)) {
        if (rows.size() >= m_capacity)
            break;
        const bool known = std::any_of(rows.cbegin(), rows.cend(),
                                       [&](const Operation &o) { return o.id == operation.id; });
        if (!known)
            rows.append(operation);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void OperationListModel::upsertOperation(const Operation &operation)
{
    const int row = rowOfId(operation.id);
    if (row >= 0 && m_rows.at(row).startedAt == operation.startedAt) {
        const Operation before = m_rows.at(row);
        m_rows[row] = operation;
        const quint32 changed = changedColumns(before, operation);
        for (int first = 0; first < ColumnCount; ++first) {
            if (!(changed & (1u << first)))
                continue;
            int last = first;
            while (last + 1 < ColumnCount && (changed & (1u << (last + 1))))
                ++last;
            emit dataChanged(index(row, first), index(row, last));
            first = last;
        }
        if (changed == 0)
            emit dataChanged(index(row, 0), index(row, 0), {RecordRole});
        return;
    }
    if (row >= 0) { // its start time moved, so does its place
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
    const int at = insertionRow(operation);
    if (at >= m_capacity)
        return; // older than everything a full list keeps
    beginInsertRows({}, at, at);
    m_rows.insert(at, operation);
    endInsertRows();
    if (m_rows.size() > m_capacity) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
}

bool OperationListModel::isNewer(const Operation &a, const Operation &b)
{
    if (a.startedAt != b.startedAt)
        return b.startedAt < a.startedAt;
    return b.id < a.id;
}

int OperationListModel::insertionRow(const Operation &operation) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), operation, &OperationListModel::isNewer);
    return int(it - m_rows.cbegin());
}

QString OperationListModel::cellText(const Operation &operation, int column) const
{
    switch (column) {
    case KindColumn:
        return operationKindName(operation.kind);
    case TargetColumn:
        if (const QString target = OperationText::target(operation); !target.isEmpty())
            return target;
        return ScopedId::local(operation.targetId);
    case ProgressColumn:
        return tr("%1%").arg(operation.progress);
    case StateColumn:
        return operationStateName(operation.state);
    case ErrorColumn:
        return operation.error.isError() ? operation.error.message : QString();
    case StartedColumn:
        return ResourceTableModel::formatDateTime(operation.startedAt);
    case FinishedColumn:
        return operation.isFinished() ? ResourceTableModel::formatDateTime(operation.finishedAt)
                                      : QString();
    case AccountColumn:
        return m_accountNames.of(operation.id);
    default:
        return {};
    }
}

quint32 OperationListModel::changedColumns(const Operation &before, const Operation &after) const
{
    quint32 changed = 0;
    if (before.kind != after.kind)
        changed |= 1u << KindColumn;
    if (before.targetName != after.targetName || before.targetId != after.targetId ||
        before.targetCount != after.targetCount || before.sourceName != after.sourceName)
        changed |= 1u << TargetColumn;
    if (before.progress != after.progress || before.state != after.state)
        changed |= 1u << ProgressColumn; // ProgressRole depends on the state too
    if (before.state != after.state)
        changed |= 1u << StateColumn;
    if (before.error.code != after.error.code || before.error.message != after.error.message ||
        before.error.remoteCode != after.error.remoteCode ||
        before.error.requestId != after.error.requestId)
        changed |= 1u << ErrorColumn;
    if (before.startedAt != after.startedAt)
        changed |= 1u << StartedColumn;
    if (before.finishedAt != after.finishedAt || before.state != after.state)
        changed |= 1u << FinishedColumn;
    return changed;
}

void OperationListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace imprint
