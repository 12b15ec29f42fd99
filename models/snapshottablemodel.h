#pragma once

#include "recordtablemodel.h"
#include "snapshot.h"

namespace imprint {

// Disk snapshots of every product and region, one row each; filter and sort them with a
// ResourceFilterProxy.
class SnapshotTableModel : public RecordTableModel<Snapshot>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        StateColumn,
        ProductColumn,
        RoleColumn, // system or data disk
        SizeColumn,
        EncryptedColumn,
        ZoneColumn,
        SourceDiskColumn,
        SourceInstanceColumn,
        ImageColumn, // the custom image it backs, if any
        CreatedColumn,
        AccountColumn, // with several accounts: which one holds it
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SnapshotTableModel(Backend *backend, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Snapshot &snapshotAt(int row) const { return m_store.at(row); }
    // nullptr when no snapshot has this id.
    const Snapshot *findSnapshot(const QString &id) const;
    // Copies the snapshot to *snapshot when found.
    bool findSnapshot(const QString &id, Snapshot *snapshot) const;
    // The snapshots of one region (Region::key()), or of a whole product ("ecs/").
    QList<Snapshot> snapshotsInRegion(const QString &regionKey) const;

    bool acceptsRow(int row, const ResourceFilter &filter) const override;
    int compareRows(int column, int left, int right) const override;
    SortJob sortJob(QList<int> rows, int column, Qt::SortOrder order) const override;

public slots:
    void reload() override;
    // A load: replaces every row in one model reset.
    void setSnapshots(QList<Snapshot> snapshots);
    // Backend::snapshotsChanged: new ids are appended as one range, known ones get one dataChanged
    // per run of rows over the cells whose value changed.
    void upsertSnapshots(const QList<imprint::Snapshot> &snapshots);
    void removeSnapshots(const QStringList &snapshotIds);
    // One record: the same, for a batch of one.
    void upsertSnapshot(const Snapshot &snapshot);
    void removeSnapshot(const QString &snapshotId);

private:
    QString cellText(const Snapshot &snapshot, int column) const;
    quint32 changedColumns(const Snapshot &before, const Snapshot &after) const override;

    QString m_stateNames[2]; // searchable state names, by SnapshotState
    QString m_roleNames[2];  // searchable disk role names, by DiskRole
};

} // namespace imprint
