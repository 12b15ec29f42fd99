// InstanceTableModel against a FakeBackend: cells, roles, and upserts that insert one row or
// repaint only the changed cells.

#include "fakebackend.h"
#include "instancetablemodel.h"

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

class TestInstanceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void cellsShowWhatAUserNeeds();
    void roles();
    void newInstanceInsertsOneRow();
    void stopRepaintsOnlyTheStateCell();
    void imagingShowsInTheState();
    void removal();
};

void TestInstanceTableModel::cellsShowWhatAUserNeeds()
{
    FakeBackend backend;
    Instance instance = makeInstance("ins-1", "web");
    instance.billing = BillingMethod::Subscription;
    backend.instances = {instance};
    InstanceTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, InstanceTableModel::NameColumn), QStringLiteral("web"));
    QCOMPARE(text(model, 0, InstanceTableModel::IdColumn), QStringLiteral("ins-1"));
    QCOMPARE(text(model, 0, InstanceTableModel::StateColumn), QStringLiteral("Running"));
    QCOMPARE(text(model, 0, InstanceTableModel::ProductColumn), QStringLiteral("Lighthouse"));
    QCOMPARE(text(model, 0, InstanceTableModel::ZoneColumn), QStringLiteral("ap-guangzhou-1"));
    QCOMPARE(text(model, 0, InstanceTableModel::TypeColumn), QStringLiteral("S5.MEDIUM4"));
    QCOMPARE(text(model, 0, InstanceTableModel::CpuMemoryColumn), QStringLiteral("2 vCPU, 4 GiB"));
    QCOMPARE(text(model, 0, InstanceTableModel::OsColumn), QStringLiteral("Ubuntu 22.04"));
    QCOMPARE(text(model, 0, InstanceTableModel::DisksColumn),
             QStringLiteral("50 GiB system + 100 GiB data"));
    QCOMPARE(text(model, 0, InstanceTableModel::BillingColumn), QStringLiteral("Subscription"));
    QCOMPARE(text(model, 0, InstanceTableModel::CreatedColumn), QStringLiteral("2024-01-01 00:00"));
    QVERIFY(model.index(0, InstanceTableModel::DisksColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("SSD cloud disk")));
}

void TestInstanceTableModel::roles()
{
    InstanceTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setInstances({makeInstance("i-1", "api", Product::Ecs, "cn-hangzhou")});
    const QModelIndex cell = model.index(0, InstanceTableModel::OsColumn);
    QCOMPARE(cell.data(InstanceTableModel::IdRole).toString(), QStringLiteral("i-1"));
    QCOMPARE(cell.data(InstanceTableModel::RegionKeyRole).toString(),
             QStringLiteral("ecs/cn-hangzhou"));
    QCOMPARE(cell.data(InstanceTableModel::ProductRole).toInt(), int(Product::Ecs));
    QCOMPARE(cell.data(InstanceTableModel::StateRole).toInt(), int(InstanceState::Running));
    QVERIFY(!cell.data(InstanceTableModel::ProgressRole).isValid());
    QCOMPARE(cell.data(InstanceTableModel::RecordRole).value<Instance>().name,
             QStringLiteral("api"));
    QCOMPARE(model.instanceAt(0).id, QStringLiteral("i-1"));
    QVERIFY(model.findInstance(QStringLiteral("i-1")));
}

void TestInstanceTableModel::newInstanceInsertsOneRow()
{
    FakeBackend backend;
    backend.instances = {makeInstance("ins-1", "web")};
    InstanceTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    backend.upsertInstance(makeInstance("ins-2", "web-2"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestInstanceTableModel::stopRepaintsOnlyTheStateCell()
{
    FakeBackend backend;
    Instance instance = makeInstance("ins-1", "web");
    backend.instances = {makeInstance("ins-0", "other"), instance};
    InstanceTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    instance.state = InstanceState::Stopping;
    backend.upsertInstance(instance);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(),
             model.index(1, InstanceTableModel::StateColumn));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             model.index(1, InstanceTableModel::StateColumn));
    QCOMPARE(text(model, 1, InstanceTableModel::StateColumn), QStringLiteral("Stopping"));
}

void TestInstanceTableModel::imagingShowsInTheState()
{
    InstanceTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    Instance instance = makeInstance("i-1", "api", Product::Ecs, "cn-hangzhou");
    model.setInstances({instance});
    instance.imagingOperationId = QStringLiteral("op-7");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsertInstance(instance);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(model, 0, InstanceTableModel::StateColumn), QStringLiteral("Running, imaging"));
}

void TestInstanceTableModel::removal()
{
    FakeBackend backend;
    backend.instances = {makeInstance("ins-1", "a"), makeInstance("ins-2", "b")};
    InstanceTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    backend.removeInstance(QStringLiteral("ins-1"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("ins-2")), 0);
}

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"
