// Batched change notifications from a Backend (one signal per kind per commit) through the table
// models, the filter proxy and the region tree: inserts arrive as one contiguous range, updates
// as one dataChanged per run of rows, removals (also scattered ones) without a reset, and a
// sorted, filtered proxy ends up exactly where a fresh sort would put it. Every model is watched
// by QAbstractItemModelTester.

#include "fakebackend.h"
#include "imagetablemodel.h"
#include "instancetablemodel.h"
#include "regiontreemodel.h"
#include "resourcefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

// (first, last) row pairs of rowsInserted/rowsRemoved-style signals.
QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(1).toInt(), args.at(2).toInt()});
    return result;
}

// (first row, last row) of dataChanged signals.
QList<std::pair<int, int>> changedRows(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append(
            {args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row()});
    return result;
}

Image image(int i, int minutes = 0, Product product = Product::Lighthouse,
            const QString &region = QStringLiteral("ap-guangzhou"))
{
    return makeImage(QStringLiteral("img-%1").arg(i), QStringLiteral("web-%1").arg(i), product,
                     region, ImageState::Available, minutes);
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::IdRole).toString());
    return ids;
}

} // namespace

class TestBatchedChanges : public QObject
{
    Q_OBJECT

private slots:
    void newImagesArriveAsOneRange();
    void updatesEmitOneSpanPerRunOfRows();
    void fewScatteredRemovalsEmitOneSignalPerRun();
    void manyScatteredRemovalsMoveThenRemoveOneRange();
    void removalBatchMovesFreeTierToTheNextImages();
    void sortedFilteredProxyFollowsRandomBatches();
    void proxyNeverResetsOnABurst();
    void instanceBatchesBehaveAlike();
    void regionCountsMoveOncePerCellPerBatch();
};

void TestBatchedChanges::newImagesArriveAsOneRange()
{
    FakeBackend backend;
    backend.images = {image(0, 0), image(1, 1), image(2, 2)};
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Image renamed = image(1, 1);
    renamed.name = QStringLiteral("renamed");
    backend.upsertImages(
        {image(10, 10), image(11, 11), renamed, image(12, 12), image(13, 13), image(14, 14)});

    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{3, 7}}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(idsOf(model).mid(3), (QStringList{"img-10", "img-11", "img-12", "img-13", "img-14"}));
    // The renamed row repaints; the new images pushed nobody out of the free tier (they are
    // the newest), so nothing else does, and the new rows need no dataChanged of their own.
    QCOMPARE(changedRows(changed), (QList<std::pair<int, int>>{{1, 1}}));
    QCOMPARE(model.index(1, ImageTableModel::NameColumn).data().toString(), renamed.name);
}

void TestBatchedChanges::updatesEmitOneSpanPerRunOfRows()
{
    FakeBackend backend;
    for (int i = 0; i < 10; ++i)
        backend.images.append(image(i, i));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<Image> batch;
    for (int i : {7, 2, 4, 3}) { // any order
        Image repossessed = image(i, i);
        repossessed.state = ImageState::ToBeRepossessed;
        batch.append(repossessed);
    }
    backend.upsertImages(batch);

    QCOMPARE(changedRows(changed), (QList<std::pair<int, int>>{{2, 4}, {7, 7}}));
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QVERIFY(topLeft.column() <= ImageTableModel::StateColumn);
        QVERIFY(bottomRight.column() >= ImageTableModel::StateColumn);
    }
    QCOMPARE(model.imageAt(3).state, ImageState::ToBeRepossessed);
    QCOMPARE(model.imageAt(5).state, ImageState::Available);
}

void TestBatchedChanges::fewScatteredRemovalsEmitOneSignalPerRun()
{
    FakeBackend backend;
    for (int i = 0; i < 10; ++i)
        backend.images.append(image(i, i, Product::Ecs, "cn-hangzhou"));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    backend.removeImages({"img-8", "img-1", "img-5", "img-2", "img-missing"});

    // Bottom up, so every signal's rows are valid when it is sent.
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{8, 8}, {5, 5}, {1, 2}}));
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(idsOf(model), (QStringList{"img-0", "img-3", "img-4", "img-6", "img-7", "img-9"}));
    QCOMPARE(model.rowOfId("img-9"), 5);
    QCOMPARE(model.rowOfId("img-5"), -1);
}

void TestBatchedChanges::manyScatteredRemovalsMoveThenRemoveOneRange()
{
    FakeBackend backend;
    for (int i = 0; i < 200; ++i)
        backend.images.append(image(i, i, Product::Ecs, "cn-hangzhou"));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    const QPersistentModelIndex kept = model.index(151, ImageTableModel::NameColumn); // img-151
    const QPersistentModelIndex doomed = model.index(150, ImageTableModel::NameColumn);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QStringList even;
    for (int i = 0; i < 200; i += 2)
        even.append(QStringLiteral("img-%1").arg(i));
    backend.removeImages(even); // 100 runs of one row

    QCOMPARE(layouts.count(), 1);
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{100, 199}}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < 100; ++row) {
        const QString id = QStringLiteral("img-%1").arg(2 * row + 1);
        QCOMPARE(model.imageAt(row).id, id);
        QCOMPARE(model.rowOfId(id), row);
    }
    QCOMPARE(kept.data(ItemRoles::IdRole).toString(), QStringLiteral("img-151"));
    QCOMPARE(kept.row(), 75);
    QVERIFY(!doomed.isValid());
}

void TestBatchedChanges::removalBatchMovesFreeTierToTheNextImages()
{
    FakeBackend backend;
    for (int i = 0; i < 8; ++i) // created in id order: img-0..4 are the free five
        backend.images.append(image(i, i));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    ResourceFilterProxy proxy;
    Tester proxyTester(&proxy, QtTestReporting);
    proxy.setSourceModel(&model);
    proxy.sort(ImageTableModel::CostColumn);
    QCOMPARE(model.monthlyCostFen(model.rowOfId("img-5")) > 0, true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    backend.removeImages({"img-0", "img-3"});

    // img-5 and img-6 moved into the free tier: their cost cells repaint, in one span.
    QCOMPARE(model.monthlyCostFen(model.rowOfId("img-5")), 0);
    QCOMPARE(model.monthlyCostFen(model.rowOfId("img-6")), 0);
    QVERIFY(model.monthlyCostFen(model.rowOfId("img-7")) > 0);
    QCOMPARE(changedRows(changed),
             (QList<std::pair<int, int>>{{model.rowOfId("img-5"), model.rowOfId("img-6")}}));
    // Sorted by cost, the one image still billed comes last.
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(proxy.index(5, 0).data(ItemRoles::IdRole).toString(), QStringLiteral("img-7"));
}

void TestBatchedChanges::sortedFilteredProxyFollowsRandomBatches()
{
    FakeBackend backend;
    QRandomGenerator random(15);
    int next = 0;
    const auto randomImage = [&](int id) {
        Image m = image(id, int(random.bounded(1000)));
        m.name = QStringLiteral("n%1-%2").arg(random.bounded(50)).arg(id % 3 ? "web" : "db");
        return m;
    };
    for (; next < 300; ++next)
        backend.images.append(randomImage(next));
    ImageTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    ResourceFilterProxy proxy;
    Tester proxyTester(&proxy, QtTestReporting);
    proxy.setSourceModel(&model);
    proxy.sort(ImageTableModel::NameColumn, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("web"));
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);

    for (int round = 0; round < 40; ++round) {
        const int kind = int(random.bounded(3));
        if (kind == 0) { // renames (sort key and filter both move) plus new images
            QList<Image> batch;
            for (int n = int(random.bounded(1, 60)); n > 0; --n) {
                const int row = int(random.bounded(model.rowCount()));
                Image m = model.imageAt(row);
                m.name = randomImage(0).name + QStringLiteral("-r");
                batch.append(m);
            }
            for (int n = int(random.bounded(0, 40)); n > 0; --n)
                batch.append(randomImage(next++));
            backend.upsertImages(batch);
        } else if (kind == 1) { // scattered removals, sometimes past the per-run limit
            QStringList ids;
            for (int n = int(random.bounded(1, 80)); n > 0 && model.rowCount() > 50; --n)
                ids.append(model.imageAt(int(random.bounded(model.rowCount()))).id);
            backend.removeImages(ids);
        } else { // creation times move: the free tier (and so the cost) of others moves
            QList<Image> batch;
            for (int n = int(random.bounded(1, 30)); n > 0; --n) {
                Image m = model.imageAt(int(random.bounded(model.rowCount())));
                m.createdAt = m.createdAt.addSecs(qint64(random.bounded(-500, 500)) * 60);
                batch.append(m);
            }
            backend.upsertImages(batch);
        }

        // What a fresh sort and filter of the model shows.
        QList<int> expected;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.imageAt(row).name.contains(QStringLiteral("web")))
                expected.append(row);
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            return model.compareRows(ImageTableModel::NameColumn, a, b) > 0;
        });
        QCOMPARE(proxy.rowCount(), int(expected.size()));
        for (int p = 0; p < expected.size(); ++p)
            QCOMPARE(proxy.sourceRow(p), expected.at(p));
    }
    QCOMPARE(resets.count(), 0);
}

void TestBatchedChanges::proxyNeverResetsOnABurst()
{
    FakeBackend backend;
    for (int i = 0; i < 2000; ++i)
        backend.images.append(image(i, i, i % 2 ? Product::Lighthouse : Product::Ecs,
                                    QStringLiteral("region-%1").arg(i % 7)));
    ImageTableModel model(&backend);
    model.reload();
    ResourceFilterProxy proxy;
    Tester proxyTester(&proxy, QtTestReporting);
    proxy.setSourceModel(&model);
    proxy.sort(ImageTableModel::StateColumn);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex selected = proxy.index(10, 0);
    const QString selectedId = selected.data(ItemRoles::IdRole).toString();

    // The overdue burst: every Lighthouse image is repossessed in one commit.
    QList<Image> burst;
    for (const Image &m : std::as_const(backend.images)) {
        if (m.product == Product::Lighthouse) {
            Image r = m;
            r.state = ImageState::ToBeRepossessed;
            burst.append(r);
        }
    }
    backend.upsertImages(burst);

    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() <= 32); // runs, never one per record
    QCOMPARE(selected.data(ItemRoles::IdRole).toString(), selectedId);
    // Sorted by state: every Available image before every repossessed one.
    bool seenRepossessed = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const bool repossessed = proxy.index(row, 0).data(ItemRoles::StateRole).toInt() ==
                                 int(ImageState::ToBeRepossessed);
        QVERIFY(!seenRepossessed || repossessed);
        seenRepossessed = seenRepossessed || repossessed;
    }
    QVERIFY(seenRepossessed);
}

void TestBatchedChanges::instanceBatchesBehaveAlike()
{
    FakeBackend backend;
    for (int i = 0; i < 100; ++i)
        backend.instances.append(
            makeInstance(QStringLiteral("ins-%1").arg(i), QStringLiteral("vm-%1").arg(i)));
    InstanceTableModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    ResourceFilterProxy proxy;
    Tester proxyTester(&proxy, QtTestReporting);
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);

    backend.upsertInstances({makeInstance("ins-200", "vm-200"), makeInstance("ins-201", "vm-201")});
    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{100, 101}}));
    QStringList doomed;
    for (int i = 0; i < 100; i += 3)
        doomed.append(QStringLiteral("ins-%1").arg(i));
    backend.removeInstances(doomed);
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{68, 101}}));
    QCOMPARE(model.rowCount(), 68);
    QCOMPARE(proxy.rowCount(), 68);
    QCOMPARE(proxyResets.count(), 0);
    for (int p = 1; p < proxy.rowCount(); ++p)
        QVERIFY(model.compareRows(InstanceTableModel::NameColumn, proxy.sourceRow(p - 1),
                                  proxy.sourceRow(p)) >= 0);
}

void TestBatchedChanges::regionCountsMoveOncePerCellPerBatch()
{
    FakeBackend backend;
    backend.regions = {makeRegion(Product::Lighthouse, "ap-guangzhou", "Guangzhou"),
                       makeRegion(Product::Lighthouse, "ap-shanghai", "Shanghai")};
    RegionTreeModel model(&backend);
    Tester tester(&model, QtTestReporting);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<Image> batch;
    for (int i = 0; i < 100; ++i)
        batch.append(image(i, i, Product::Lighthouse, i % 2 ? "ap-guangzhou" : "ap-shanghai"));
    backend.upsertImages(batch);

    QCOMPARE(model.imageCount("lighthouse/ap-guangzhou"), 50);
    QCOMPARE(model.imageCount("lighthouse/ap-shanghai"), 50);
    QCOMPARE(model.imageCount("lighthouse/"), 100);
    QCOMPARE(changed.count(), 3); // two regions and their product

    changed.clear();
    QStringList ids;
    for (int i = 0; i < 100; i += 2)
        ids.append(QStringLiteral("img-%1").arg(i));
    backend.removeImages(ids);
    QCOMPARE(model.imageCount("lighthouse/ap-shanghai"), 0);
    QCOMPARE(model.imageCount("lighthouse/"), 50);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestBatchedChanges)
#include "tst_batchedchanges.moc"
