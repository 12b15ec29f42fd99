// OperationListModel against a FakeBackend: Recent Operations newest first, capped, with
// progress updates repainting only the cells that changed.

#include "fakebackend.h"
#include "operationlistmodel.h"
#include "resourcetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList targets(const OperationListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, OperationListModel::TargetColumn).data().toString());
    return names;
}

} // namespace

class TestOperationListModel : public QObject
{
    Q_OBJECT

private slots:
    void loadShowsNewestFirst();
    void newOperationGoesOnTop();
    void progressRepaintsOnlyTheProgressCell();
    void failureShowsTheError();
    void capDropsTheOldest();
    void olderThanAFullListIsIgnored();
    void loadKeepsOnlyTheNewest();
    void shrinkingTheCapacity();
};

void TestOperationListModel::loadShowsNewestFirst()
{
    FakeBackend backend;
    backend.operations = {makeOperation("op-1", "first", 1), makeOperation("op-3", "third", 3),
                          makeOperation("op-2", "second", 2)};
    OperationListModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QCOMPARE(targets(model), QStringList({"third", "second", "first"}));
    QCOMPARE(model.operationAt(0).id, QStringLiteral("op-3"));
    QCOMPARE(model.rowOfId(QStringLiteral("op-1")), 2);
    QCOMPARE(model.index(0, OperationListModel::KindColumn).data().toString(),
             QStringLiteral("Create image"));
    QCOMPARE(model.index(0, OperationListModel::StateColumn).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(model.index(0, OperationListModel::StartedColumn).data().toString(),
             QStringLiteral("2024-01-01 00:03"));
    QVERIFY(!model.isLoading());
}

void TestOperationListModel::newOperationGoesOnTop()
{
    FakeBackend backend;
    backend.operations = {makeOperation("op-1", "first", 1)};
    OperationListModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    backend.upsertOperation(makeOperation("op-2", "second", 2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(targets(model), QStringList({"second", "first"}));
}

void TestOperationListModel::progressRepaintsOnlyTheProgressCell()
{
    FakeBackend backend;
    Operation operation = makeOperation("op-1", "web", 1, OperationState::Running, 10);
    backend.operations = {makeOperation("op-0", "older", 0), operation};
    OperationListModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    operation.progress = 42;
    backend.upsertOperation(operation);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, OperationListModel::ProgressColumn));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), topLeft);
    QCOMPARE(topLeft.data().toString(), QStringLiteral("42%"));
    QCOMPARE(topLeft.data(OperationListModel::ProgressRole), QVariant(42));

    // Finishing: progress and state cells (adjacent), no progress to draw any more, and the
    // finish time.
    changed.clear();
    QVERIFY(model.index(0, OperationListModel::FinishedColumn).data().toString().isEmpty());
    operation.progress = 100;
    operation.state = OperationState::Succeeded;
    operation.finishedAt = operation.startedAt.addSecs(120);
    backend.upsertOperation(operation);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(),
             int(OperationListModel::ProgressColumn));
    QCOMPARE(changed.first().at(1).value<QModelIndex>().column(),
             int(OperationListModel::StateColumn));
    QCOMPARE(changed.last().at(0).value<QModelIndex>().column(),
             int(OperationListModel::FinishedColumn));
    QCOMPARE(model.index(0, OperationListModel::FinishedColumn).data().toString(),
             ResourceTableModel::formatDateTime(operation.finishedAt));
    QVERIFY(!model.index(0, 0).data(OperationListModel::ProgressRole).isValid());
}

void TestOperationListModel::failureShowsTheError()
{
    OperationListModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    Operation failed = makeOperation("op-1", "web", 1, OperationState::Failed, 30);
    failed.error = Error(ErrorCode::QuotaExceeded,
                         QStringLiteral("The region holds 20 images already. Delete one first."));
    failed.error.requestId = QStringLiteral("req-1");
    model.setOperations({failed});
    QCOMPARE(model.index(0, OperationListModel::ErrorColumn).data().toString(),
             failed.error.message);
    QVERIFY(model.index(0, OperationListModel::ErrorColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("req-1")));
    QCOMPARE(model.index(0, 0).data(OperationListModel::StateRole).toInt(),
             int(OperationState::Failed));
}

void TestOperationListModel::capDropsTheOldest()
{
    OperationListModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setCapacity(3);
    model.setOperations({makeOperation("op-1", "a", 1), makeOperation("op-2", "b", 2),
                         makeOperation("op-3", "c", 3)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsertOperation(makeOperation("op-4", "d", 4));
    QCOMPARE(targets(model), QStringList({"d", "c", "b"}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(model.rowCount(), 3);
}

void TestOperationListModel::olderThanAFullListIsIgnored()
{
    OperationListModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setCapacity(2);
    model.setOperations({makeOperation("op-5", "e", 5), makeOperation("op-6", "f", 6)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsertOperation(makeOperation("op-1", "ancient", 1));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(targets(model), QStringList({"f", "e"}));
    // One in between still gets in, pushing the oldest out.
    model.upsertOperation(makeOperation("op-55", "between", 5));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(targets(model).first(), QStringLiteral("f"));
}

void TestOperationListModel::loadKeepsOnlyTheNewest()
{
    QList<Operation> many;
    for (int i = 0; i < 250; ++i)
        many.append(makeOperation(QStringLiteral("op-%1").arg(i, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("t%1").arg(i), i));
    OperationListModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setOperations(many);
    QCOMPARE(model.rowCount(), OperationListModel::DefaultCapacity);
    QCOMPARE(model.operationAt(0).id, QStringLiteral("op-249"));
    QCOMPARE(model.operationAt(199).id, QStringLiteral("op-050"));
}

void TestOperationListModel::shrinkingTheCapacity()
{
    OperationListModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setOperations({makeOperation("op-1", "a", 1), makeOperation("op-2", "b", 2),
                         makeOperation("op-3", "c", 3)});
    model.setCapacity(1);
    QCOMPARE(targets(model), QStringList({"c"}));
}

QTEST_GUILESS_MAIN(TestOperationListModel)
#include "tst_operationlistmodel.moc"
