// ImageTableModel against a FakeBackend: loads, upserts (insert vs. dataChanged on just the
// changed cells), removals, the Lighthouse free tier by creation rank, and the id index.

#include "fakebackend.h"
#include "imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

// dataChanged signals as "row:first-last" strings, for readable comparisons.
QStringList changedCells(const QSignalSpy &spy)
{
    QStringList cells;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        cells.append(
            QStringLiteral("%1:%2-%3%4")
                .arg(topLeft.row())
                .arg(topLeft.column())
                .arg(bottomRight.column())
                .arg(topLeft.row() == bottomRight.row() ? QString() : QStringLiteral(" (rows!)")));
    }
    return cells;
}

QString cell(int row, int column)
{
    return QStringLiteral("%1:%2-%2").arg(row).arg(column);
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestImageTableModel : public QObject
{
    Q_OBJECT

private slots:
    void reloadLoadsEveryImageInOneReset();
    void aLargeLoadIsIndexedOnAWorkerAndLosesNoChange();
    void reloadFailureKeepsRowsAndReports();
    void cellsShowWhatAUserNeeds();
    void rolesExposeIdRegionProductStateAndRecord();
    void upsertOfNewImageInsertsExactlyOneRow();
    void progressChangeRepaintsOnlyTheStateCell();
    void finishingRepaintsStateAndClearsProgress();
    void renameRepaintsOnlyTheNameCell();
    void removalRemovesOneRow();
    void unknownRemovalIsIgnored();
    void idIndexSurvivesRandomInsertsAndRemovals();
    void lighthouseFreeTierFollowsCreationRank();
    void freeTierFlipsRepaintOnlyCostCells();
    void monthlyCostTextForAProspectiveImage();
    void duplicateIdsInALoadKeepTheLast();
    void namesInRegion();
};

void TestImageTableModel::reloadLoadsEveryImageInOneReset()
{
    FakeBackend backend;
    backend.images = {makeImage("img-1", "web-1"), makeImage("img-2", "web-2"),
                      makeImage("img-3", "db-1", Product::Ecs, "cn-hangzhou")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loading(&model, &ResourceTableModel::loadingChanged);

    model.reload();

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2); // true, then false
    QCOMPARE(model.imageAt(2).id, QStringLiteral("img-3"));
    QCOMPARE(model.rowOfId(QStringLiteral("img-2")), 1);
    QVERIFY(model.findImage(QStringLiteral("img-1")));
    QVERIFY(!model.findImage(QStringLiteral("nope")));
}

void TestImageTableModel::aLargeLoadIsIndexedOnAWorkerAndLosesNoChange()
{
    FakeBackend backend;
    const int count = ResourceTableModel::AsyncLoadRows + 10;
    for (int i = 0; i < count; ++i)
        backend.images.append(
            makeImage(QStringLiteral("img-%1").arg(i), QStringLiteral("web-%1").arg(i)));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&model, &ResourceTableModel::loadingChanged);

    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), count, 10000);
    QCOMPARE(resets.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2); // true, then false once the rows are in: no flicker
    // The worker ranked the free tier as a load here does: every row costs the same.
    ImageTableModel here(nullptr);
    here.setImages(backend.images);
    for (int row = 0; row < count; row += 97)
        QCOMPARE(model.monthlyCostFen(row), here.monthlyCostFen(row));
    QCOMPARE(model.monthlyCostFen(0), 0); // the oldest image, in the free tier

    // Changes announced while the next load is indexed wait for it, then apply in order.
    QList<Image> next = backend.images;
    next[5].name = QStringLiteral("renamed-before-the-answer");
    model.loadImages(next);
    Image renamed = next.at(7);
    renamed.name = QStringLiteral("renamed-after-the-answer");
    backend.upsertImage(renamed);
    backend.removeImage(QStringLiteral("img-9"));
    backend.upsertImage(makeImage(QStringLiteral("img-new"), QStringLiteral("brand-new")));
    QCOMPARE(model.rowCount(), count); // the old rows, untouched so far
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 2, 10000);
    QCOMPARE(model.rowCount(), count); // one removed, one added
    QCOMPARE(model.imageAt(model.rowOfId(QStringLiteral("img-5"))).name,
             QStringLiteral("renamed-before-the-answer"));
    QCOMPARE(model.imageAt(model.rowOfId(QStringLiteral("img-7"))).name,
             QStringLiteral("renamed-after-the-answer"));
    QCOMPARE(model.rowOfId(QStringLiteral("img-9")), -1);
    QVERIFY(model.findImage(QStringLiteral("img-new")));
}

void TestImageTableModel::reloadFailureKeepsRowsAndReports()
{
    FakeBackend backend;
    backend.images = {makeImage("img-1", "web-1")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QCOMPARE(model.rowCount(), 1);

    backend.fetchError = Error(ErrorCode::Network, QStringLiteral("The cloud is unreachable."));
    QSignalSpy failed(&model, &ResourceTableModel::loadFailed);
    model.reload();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("The cloud is unreachable."));
    QCOMPARE(model.lastError(), QStringLiteral("The cloud is unreachable."));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isLoading());
}

void TestImageTableModel::cellsShowWhatAUserNeeds()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    Image creating =
        makeImage("img-1", "web-1", Product::Lighthouse, "ap-guangzhou", ImageState::Creating, 90);
    creating.progress = 42;
    Image fromSnapshots = makeImage("m-2", "db", Product::Ecs, "cn-hangzhou");
    fromSnapshots.sourceInstanceId.clear();
    fromSnapshots.systemSnapshotId = QStringLiteral("s-sys");
    fromSnapshots.systemDiskGiB = 40;
    fromSnapshots.dataDisks = {{QStringLiteral("s-data"), 100}, {QString(), 5}};
    Image copy = makeImage("img-3", "web-copy", Product::Cvm, "ap-shanghai");
    copy.sourceInstanceId.clear();
    copy.sourceImageId = QStringLiteral("img-9");
    model.setImages({creating, fromSnapshots, copy});

    QCOMPARE(text(model, 0, ImageTableModel::NameColumn), QStringLiteral("web-1"));
    QCOMPARE(text(model, 0, ImageTableModel::IdColumn), QStringLiteral("img-1"));
    QCOMPARE(text(model, 0, ImageTableModel::StateColumn), QStringLiteral("Creating 42%"));
    QCOMPARE(text(model, 0, ImageTableModel::ProductColumn), QStringLiteral("Lighthouse"));
    QCOMPARE(text(model, 0, ImageTableModel::RegionColumn), QStringLiteral("ap-guangzhou"));
    QCOMPARE(text(model, 0, ImageTableModel::SourceColumn), QStringLiteral("ins-img-1"));
    QCOMPARE(text(model, 0, ImageTableModel::SizeColumn), QStringLiteral("40 GiB"));
    QCOMPARE(text(model, 0, ImageTableModel::DataDisksColumn), QStringLiteral("None"));
    QCOMPARE(text(model, 0, ImageTableModel::CreatedColumn), QStringLiteral("2024-01-01 01:30"));
    QCOMPARE(text(model, 0, ImageTableModel::CostColumn), QStringLiteral("Free"));

    QCOMPARE(text(model, 1, ImageTableModel::StateColumn), QStringLiteral("Available"));
    QCOMPARE(text(model, 1, ImageTableModel::SourceColumn), QStringLiteral("s-sys, s-data"));
    QCOMPARE(text(model, 1, ImageTableModel::SizeColumn), QStringLiteral("145 GiB"));
    QCOMPARE(text(model, 1, ImageTableModel::DataDisksColumn), QStringLiteral("100 + 5 GiB"));
    // ECS: snapshot storage, (40 + 100) GiB x 12 fen before the region's allowance.
    QCOMPARE(text(model, 1, ImageTableModel::CostColumn), QStringLiteral("¥16.80/month"));
    QCOMPARE(model.monthlyCostFen(1), qint64(1680));

    QCOMPARE(text(model, 2, ImageTableModel::SourceColumn), QStringLiteral("Copy of img-9"));
    QCOMPARE(model.headerData(ImageTableModel::CostColumn, Qt::Horizontal).toString(),
             QStringLiteral("Monthly Cost"));
}

void TestImageTableModel::rolesExposeIdRegionProductStateAndRecord()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    Image image = makeImage("img-1", "web-1", Product::Cvm, "ap-shanghai", ImageState::Copying);
    image.progress = 7;
    model.setImages({image, makeImage("img-2", "web-2")});

    const QModelIndex cell = model.index(0, ImageTableModel::SizeColumn);
    QCOMPARE(cell.data(ImageTableModel::IdRole).toString(), QStringLiteral("img-1"));
    QCOMPARE(cell.data(ItemRoles::RegionKeyRole).toString(), QStringLiteral("cvm/ap-shanghai"));
    QCOMPARE(cell.data(ImageTableModel::ProductRole).toInt(), int(Product::Cvm));
    QCOMPARE(cell.data(ImageTableModel::StateRole).toInt(), int(ImageState::Copying));
    QCOMPARE(cell.data(ImageTableModel::ProgressRole).toInt(), 7);
    QCOMPARE(cell.data(ImageTableModel::RecordRole).value<Image>().name, QStringLiteral("web-1"));
    // Progress only while the image is being made.
    QVERIFY(!model.index(1, 0).data(ImageTableModel::ProgressRole).isValid());
    QVERIFY(model.roleNames().values().contains("regionKey"));
}

void TestImageTableModel::upsertOfNewImageInsertsExactlyOneRow()
{
    FakeBackend backend;
    backend.images = {makeImage("img-1", "web-1"), makeImage("img-2", "web-2")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    backend.upsertImage(
        makeImage("img-3", "web-3", Product::Lighthouse, "ap-guangzhou", ImageState::Creating, 10));

    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.first().at(1).toInt(), 2);
    QCOMPARE(inserts.first().at(2).toInt(), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 2, ImageTableModel::NameColumn), QStringLiteral("web-3"));
    QCOMPARE(model.rowOfId(QStringLiteral("img-3")), 2);
}

void TestImageTableModel::progressChangeRepaintsOnlyTheStateCell()
{
    FakeBackend backend;
    Image image =
        makeImage("img-2", "web-2", Product::Lighthouse, "ap-guangzhou", ImageState::Creating);
    backend.images = {makeImage("img-1", "web-1"), image, makeImage("img-3", "web-3")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    image.progress = 42;
    backend.upsertImage(image);

    QCOMPARE(changedCells(changes), QStringList{cell(1, ImageTableModel::StateColumn)});
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(text(model, 1, ImageTableModel::StateColumn), QStringLiteral("Creating 42%"));
    QCOMPARE(model.index(1, ImageTableModel::StateColumn).data(ImageTableModel::ProgressRole),
             QVariant(42));
}

void TestImageTableModel::finishingRepaintsStateAndClearsProgress()
{
    FakeBackend backend;
    Image image =
        makeImage("img-1", "web-1", Product::Lighthouse, "ap-guangzhou", ImageState::Creating);
    backend.images = {image};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    image.state = ImageState::Available;
    image.progress = 100;
    backend.upsertImage(image);

    // The state, and the row's "Create instance" link that an available image gains.
    QStringList expected{cell(0, ImageTableModel::StateColumn),
                         cell(0, ImageTableModel::LaunchColumn)};
    QCOMPARE(changedCells(changes), expected);
    QCOMPARE(text(model, 0, ImageTableModel::StateColumn), QStringLiteral("Available"));
    QCOMPARE(text(model, 0, ImageTableModel::LaunchColumn), QStringLiteral("Create instance"));
    QVERIFY(!model.index(0, 0).data(ImageTableModel::ProgressRole).isValid());
}

void TestImageTableModel::renameRepaintsOnlyTheNameCell()
{
    FakeBackend backend;
    Image image = makeImage("img-1", "web-1");
    backend.images = {image};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    image.name = QStringLiteral("web-renamed");
    image.description = QStringLiteral("now with nginx");
    backend.upsertImage(image);

    QCOMPARE(changedCells(changes), QStringList{cell(0, ImageTableModel::NameColumn)});
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("now with nginx"));

    // A change no column shows still tells record viewers, on one cell.
    changes.clear();
    image.description = QStringLiteral("and php");
    backend.upsertImage(image);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(2).value<QList<int>>(), QList<int>{ItemRoles::RecordRole});
}

void TestImageTableModel::removalRemovesOneRow()
{
    FakeBackend backend;
    backend.images = {makeImage("img-1", "web-1"), makeImage("img-2", "web-2"),
                      makeImage("img-3", "web-3")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    backend.removeImage(QStringLiteral("img-2"));

    QCOMPARE(removals.count(), 1);
    QCOMPARE(removals.first().at(1).toInt(), 1);
    QCOMPARE(removals.first().at(2).toInt(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfId(QStringLiteral("img-3")), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("img-2")), -1);
    QCOMPARE(text(model, 1, ImageTableModel::NameColumn), QStringLiteral("web-3"));
}

void TestImageTableModel::unknownRemovalIsIgnored()
{
    FakeBackend backend;
    backend.images = {makeImage("img-1", "web-1")};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy removals(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    backend.removeImage(QStringLiteral("img-404"));
    QCOMPARE(removals.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestImageTableModel::idIndexSurvivesRandomInsertsAndRemovals()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    QList<Image> initial;
    for (int i = 0; i < 50; ++i)
        initial.append(makeImage(QStringLiteral("img-%1").arg(i), QStringLiteral("n%1").arg(i),
                                 Product::Lighthouse, "ap-guangzhou", ImageState::Available, i));
    model.setImages(initial);
    QList<QString> expected;
    for (const Image &image : initial)
        expected.append(image.id);

    QRandomGenerator random(7);
    int next = 50;
    for (int step = 0; step < 400; ++step) {
        if (random.bounded(3) == 0 || expected.isEmpty()) {
            const QString id = QStringLiteral("img-%1").arg(next);
            model.upsertImage(makeImage(id, QStringLiteral("n%1").arg(next), Product::Lighthouse,
                                        "ap-guangzhou", ImageState::Available,
                                        int(random.bounded(500))));
            expected.append(id);
            ++next;
        } else {
            const int at = int(random.bounded(int(expected.size())));
            model.removeImage(expected.takeAt(at));
        }
        if (step % 37 == 0 || step == 399) {
            QCOMPARE(model.rowCount(), int(expected.size()));
            for (int row = 0; row < expected.size(); ++row) {
                QCOMPARE(model.imageAt(row).id, expected.at(row));
                QCOMPARE(model.rowOfId(expected.at(row)), row);
            }
        }
    }
    // The free tier still goes to the five oldest of what is left.
    int free = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        free += model.monthlyCostFen(row) == 0 ? 1 : 0;
    QCOMPARE(free, qMin(5, model.rowCount()));
}

void TestImageTableModel::lighthouseFreeTierFollowsCreationRank()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    QList<Image> images;
    // Listed newest first on purpose: rank is by creation time, not by row.
    for (int i = 5; i >= 0; --i)
        images.append(makeImage(QStringLiteral("lh-%1").arg(i), QStringLiteral("web-%1").arg(i),
                                Product::Lighthouse, "ap-guangzhou", ImageState::Available,
                                i * 10));
    // Another region has its own free tier.
    images.append(makeImage("lh-other", "other", Product::Lighthouse, "ap-shanghai"));
    model.setImages(images);

    QCOMPARE(text(model, 0, ImageTableModel::CostColumn), QStringLiteral("¥7.20/month"));
    for (int row = 1; row < 7; ++row)
        QCOMPARE(text(model, row, ImageTableModel::CostColumn), QStringLiteral("Free"));
    QVERIFY(model.index(0, ImageTableModel::CostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Beyond the 5 free images")));
}

void TestImageTableModel::freeTierFlipsRepaintOnlyCostCells()
{
    FakeBackend backend;
    for (int i = 0; i < 5; ++i)
        backend.images.append(makeImage(QStringLiteral("lh-%1").arg(i),
                                        QStringLiteral("web-%1").arg(i), Product::Lighthouse,
                                        "ap-guangzhou", ImageState::Available, 10 + i));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // An older image arrives (say, a copy finished with an earlier creation time): it takes a
    // free place and the newest one (lh-4, row 4) becomes billed.
    backend.upsertImage(
        makeImage("lh-old", "old", Product::Lighthouse, "ap-guangzhou", ImageState::Available, 0));
    QCOMPARE(changedCells(changes), QStringList{cell(4, ImageTableModel::CostColumn)});
    QCOMPARE(text(model, 4, ImageTableModel::CostColumn), QStringLiteral("¥7.20/month"));
    QCOMPARE(text(model, 5, ImageTableModel::CostColumn), QStringLiteral("Free"));

    // A sixth in time order is billed itself; nothing else changes.
    changes.clear();
    backend.upsertImage(makeImage("lh-new", "new", Product::Lighthouse, "ap-guangzhou",
                                  ImageState::Available, 100));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(text(model, 6, ImageTableModel::CostColumn), QStringLiteral("¥7.20/month"));

    // Removing a free one hands its place to the oldest billed image (lh-4 again).
    changes.clear();
    backend.removeImage(QStringLiteral("lh-1"));
    QCOMPARE(changedCells(changes), QStringList{cell(3, ImageTableModel::CostColumn)});
    QCOMPARE(model.imageAt(3).id, QStringLiteral("lh-4"));
    QCOMPARE(text(model, 3, ImageTableModel::CostColumn), QStringLiteral("Free"));

    // Other products have no free tier to flip.
    changes.clear();
    backend.upsertImage(makeImage("m-1", "ecs", Product::Ecs, "cn-hangzhou"));
    QCOMPARE(changes.count(), 0);
}

void TestImageTableModel::monthlyCostTextForAProspectiveImage()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    QList<Image> images;
    for (int i = 0; i < 5; ++i)
        images.append(makeImage(QStringLiteral("lh-%1").arg(i), QStringLiteral("w%1").arg(i)));
    model.setImages(images);
    Image planned = makeImage("planned", "planned");
    QCOMPARE(model.monthlyCostText(planned), QStringLiteral("¥7.20/month"));
    planned.regionId = QStringLiteral("ap-beijing");
    QCOMPARE(model.monthlyCostText(planned), QStringLiteral("Free"));
    // An image of the model is priced by its own rank.
    QCOMPARE(model.monthlyCostText(model.imageAt(0)), QStringLiteral("Free"));
}

void TestImageTableModel::duplicateIdsInALoadKeepTheLast()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setImages(
        {makeImage("img-1", "first"), makeImage("img-2", "other"), makeImage("img-1", "second")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.findImage(QStringLiteral("img-1"))->name, QStringLiteral("second"));
    QCOMPARE(model.imageAt(model.rowOfId(QStringLiteral("img-2"))).name, QStringLiteral("other"));
}

void TestImageTableModel::namesInRegion()
{
    ImageTableModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setImages({makeImage("a", "web-a"), makeImage("b", "web-b", Product::Cvm),
                     makeImage("c", "web-c", Product::Lighthouse, "ap-shanghai")});
    QCOMPARE(model.namesInRegion(QStringLiteral("lighthouse/ap-guangzhou")),
             QStringList{QStringLiteral("web-a")});
    QCOMPARE(model.namesInRegion(QStringLiteral("lighthouse/")).size(), 2);
}

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
