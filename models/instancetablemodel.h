#pragma once

#include "instance.h"
#include "recordtablemodel.h"

#include <array>

namespace imprint {

// Instances of every product and region, one row each; filter and sort them with a
// ResourceFilterProxy.
class InstanceTableModel : public RecordTableModel<Instance>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        StateColumn, // "Running", "Running, imaging" while an image is made from it
        ProductColumn,
        ZoneColumn,
        TypeColumn,
        CpuMemoryColumn, // "2 vCPU, 4 GiB"
        OsColumn,
        DisksColumn, // "50 GiB system + 100 + 200 GiB data"
        BillingColumn,
        CreatedColumn,
        AccountColumn, // with several accounts: which one holds it
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InstanceTableModel(Backend *backend, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Instance &instanceAt(int row) const { return m_store.at(row); }
    // nullptr when no instance has this id.
    const Instance *findInstance(const QString &id) const;

    bool acceptsRow(int row, const ResourceFilter &filter) const override;
    int compareRows(int column, int left, int right) const override;
    SortJob sortJob(QList<int> rows, int column, Qt::SortOrder order) const override;

public slots:
    void reload() override;
    // A load: replaces every row in one model reset.
    void setInstances(QList<Instance> instances);
    // Backend::instancesChanged: new ids are appended as one range, known ones get one dataChanged
    // per run of rows over the cells whose value changed.
    void upsertInstances(const QList<imprint::Instance> &instances);
    void removeInstances(const QStringList &instanceIds);
    // One record: the same, for a batch of one.
    void upsertInstance(const Instance &instance);
    void removeInstance(const QString &instanceId);

private:
    QString cellText(const Instance &instance, int column) const;
    quint32 changedColumns(const Instance &before, const Instance &after) const override;

    std::array<QString, 5> m_stateNames; // searchable state names, by InstanceState
};

} // namespace imprint
