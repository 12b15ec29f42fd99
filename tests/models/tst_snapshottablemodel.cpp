// SnapshotTableModel against a FakeBackend: cells, roles, lookups for the wizards and details
// pane, and upserts/removals.

#include "fakebackend.h"
#include "snapshottablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestSnapshotTableModel : public QObject
{
    Q_OBJECT

private slots:
    void cellsShowWhatAUserNeeds();
    void roles();
    void lookups();
    void bindingToAnImageRepaintsOnlyTheImageCell();
    void insertAndRemove();
};

void TestSnapshotTableModel::cellsShowWhatAUserNeeds()
{
    FakeBackend backend;
    Snapshot snapshot = makeSnapshot("s-1", "sys");
    snapshot.encrypted = true;
    snapshot.imageId = QStringLiteral("m-1");
    Snapshot data = makeSnapshot("s-2", "data");
    data.role = DiskRole::Data;
    data.sizeGiB = 100;
    backend.snapshots = {snapshot, data};
    SnapshotTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, SnapshotTableModel::NameColumn), QStringLiteral("sys"));
    QCOMPARE(text(model, 0, SnapshotTableModel::IdColumn), QStringLiteral("s-1"));
    QCOMPARE(text(model, 0, SnapshotTableModel::StateColumn), QStringLiteral("Available"));
    QCOMPARE(text(model, 0, SnapshotTableModel::RoleColumn), QStringLiteral("System disk"));
    QCOMPARE(text(model, 1, SnapshotTableModel::RoleColumn), QStringLiteral("Data disk"));
    QCOMPARE(text(model, 1, SnapshotTableModel::SizeColumn), QStringLiteral("100 GiB"));
    QCOMPARE(text(model, 0, SnapshotTableModel::EncryptedColumn), QStringLiteral("Yes"));
    QCOMPARE(text(model, 1, SnapshotTableModel::EncryptedColumn), QStringLiteral("No"));
    QCOMPARE(text(model, 0, SnapshotTableModel::ZoneColumn), QStringLiteral("cn-hangzhou-h"));
    QCOMPARE(text(model, 0, SnapshotTableModel::SourceDiskColumn), QStringLiteral("d-s-1"));
    QCOMPARE(text(model, 0, SnapshotTableModel::SourceInstanceColumn), QStringLiteral("i-s-1"));
    QCOMPARE(text(model, 0, SnapshotTableModel::ImageColumn), QStringLiteral("m-1"));
    QCOMPARE(text(model, 1, SnapshotTableModel::ImageColumn), QString());
}

void TestSnapshotTableModel::roles()
{
    SnapshotTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    Snapshot snapshot = makeSnapshot("s-1", "sys");
    snapshot.state = SnapshotState::Creating;
    model.setSnapshots({snapshot});
    const QModelIndex cell = model.index(0, SnapshotTableModel::SizeColumn);
    QCOMPARE(cell.data(SnapshotTableModel::IdRole).toString(), QStringLiteral("s-1"));
    QCOMPARE(cell.data(SnapshotTableModel::RegionKeyRole).toString(),
             QStringLiteral("ecs/cn-hangzhou"));
    QCOMPARE(cell.data(SnapshotTableModel::ProductRole).toInt(), int(Product::Ecs));
    QCOMPARE(cell.data(SnapshotTableModel::StateRole).toInt(), int(SnapshotState::Creating));
    QCOMPARE(cell.data(SnapshotTableModel::RecordRole).value<Snapshot>().id, QStringLiteral("s-1"));
}

void TestSnapshotTableModel::lookups()
{
    SnapshotTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setSnapshots({makeSnapshot("s-1", "a"), makeSnapshot("s-2", "b"),
                        makeSnapshot("s-3", "c", Product::UHost, "cn-bj2")});
    Snapshot found;
    QVERIFY(model.findSnapshot(QStringLiteral("s-2"), &found));
    QCOMPARE(found.name, QStringLiteral("b"));
    QVERIFY(!model.findSnapshot(QStringLiteral("s-9"), &found));
    QCOMPARE(model.snapshotsInRegion(QStringLiteral("ecs/cn-hangzhou")).size(), 2);
    QCOMPARE(model.snapshotsInRegion(QStringLiteral("uhost/")).size(), 1);
    QCOMPARE(model.snapshotAt(2).id, QStringLiteral("s-3"));
}

void TestSnapshotTableModel::bindingToAnImageRepaintsOnlyTheImageCell()
{
    FakeBackend backend;
    Snapshot snapshot = makeSnapshot("s-1", "sys");
    backend.snapshots = {snapshot};
    SnapshotTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    snapshot.imageId = QStringLiteral("m-7");
    backend.upsertSnapshot(snapshot);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(),
             model.index(0, SnapshotTableModel::ImageColumn));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             model.index(0, SnapshotTableModel::ImageColumn));
}

void TestSnapshotTableModel::insertAndRemove()
{
    FakeBackend backend;
    SnapshotTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    backend.upsertSnapshot(makeSnapshot("s-1", "a"));
    backend.upsertSnapshot(makeSnapshot("s-2", "b"));
    backend.removeSnapshot(QStringLiteral("s-1"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.snapshotAt(0).id, QStringLiteral("s-2"));
}

QTEST_GUILESS_MAIN(TestSnapshotTableModel)
#include "tst_snapshottablemodel.moc"
