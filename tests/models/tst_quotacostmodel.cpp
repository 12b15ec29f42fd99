// QuotaCostModel against a FakeQuotaBackend, always watched by QAbstractItemModelTester:
// one row per (product, region), counts, quota levels, the Lighthouse free-tier boundary
// (5 images -> ¥0.00, 6 -> ¥7.20), snapshot GiB, totals, and live updates that touch only the
// affected row (dataChanged), insert a row for a new region (rowsInserted), never reset.

#include "fakequotabackend.h"
#include "itemroles.h"
#include "quotacostmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace imprint;

namespace {

const QString kGuangzhou = QStringLiteral("ap-guangzhou");
const QString kShanghai = QStringLiteral("ap-shanghai");
const QString kHangzhou = QStringLiteral("cn-hangzhou");
const QString kHongKong = QStringLiteral("cn-hongkong");

Image lighthouse(int n, const QString &region = kGuangzhou,
                 ImageState state = ImageState::Available)
{
    return makeImage(QStringLiteral("lhbp-%1-%2").arg(region).arg(n),
                     QStringLiteral("web%1").arg(n), Product::Lighthouse, region, state, n);
}

// An ECS image backed by a named system snapshot (and optional data-disk snapshots).
Image ecs(const QString &id, const QString &region, int systemGiB, const QString &systemSnapshot,
          const QList<int> &dataGiB = {})
{
    Image image = makeImage(id, id, Product::Ecs, region);
    image.systemDiskGiB = systemGiB;
    image.systemSnapshotId = systemSnapshot;
    for (int i = 0; i < dataGiB.size(); ++i)
        image.dataDisks.append({QStringLiteral("s-%1-d%2").arg(id).arg(i), dataGiB.at(i)});
    return image;
}

struct Fixture
{
    Fixture()
    {
        backend.regions = {
            makeRegion(Product::Lighthouse, kGuangzhou, QStringLiteral("Guangzhou")),
            makeRegion(Product::Lighthouse, kShanghai, QStringLiteral("Shanghai")),
            makeRegion(Product::Cvm, kGuangzhou, QStringLiteral("Guangzhou")),
            makeRegion(Product::UHost, QStringLiteral("cn-bj2"), QStringLiteral("North China Two")),
            makeRegion(Product::Ecs, kHangzhou, QStringLiteral("Hangzhou")),
            makeRegion(Product::Ecs, kHongKong, QStringLiteral("Hong Kong"))};
    }

    // Creates the model (with its tester) and waits for the first load.
    bool load()
    {
        model = std::make_unique<QuotaCostModel>(&backend);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->reload();
        // A backend whose answers are ready completes the load within reload().
        return (!reset.isEmpty() || reset.wait(2000)) && !model->isLoading();
    }

    QString cell(Product product, const QString &region, int column,
                 int role = Qt::DisplayRole) const
    {
        const int row = model->rowOf(product, region);
        return row < 0 ? QStringLiteral("<no row>")
                       : model->index(row, column).data(role).toString();
    }

    FakeQuotaBackend backend;
    std::unique_ptr<QuotaCostModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestQuotaCostModel : public QObject
{
    Q_OBJECT

private slots:
    void noRegionsNoRows();
    void oneRowPerProductAndRegion();
    void reportedQuotaWinsOverPolicy();
    void freeTierBoundaryCost_data();
    void freeTierBoundaryCost();
    void documentedQuotaSaysWhereItComesFrom();
    void quotaLevels_data();
    void quotaLevels();
    void snapshotGiBBackingImages();
    void regionPricesApply();
    void totalsPerProduct();
    void liveUpdateEmitsDataChangedForTheRowOnly();
    void unchangedUpsertEmitsNothing();
    void burstOfChangesRecomputesOnce();
    void removalAndRepossession();
    void newRegionInsertsARow();
    void changesDuringLoadAreKept();
    void loadFailureIsReported();
    void sortsThroughAProxy();
};

void TestQuotaCostModel::noRegionsNoRows()
{
    Fixture f;
    f.backend.regions.clear();
    QVERIFY(f.load());
    QCOMPARE(f.model->rowCount(), 0);
    QCOMPARE(f.model->columnCount(), int(QuotaCostModel::ColumnCount));
    QCOMPARE(f.model->totalImages(), 0);
    QCOMPARE(f.model->totalMonthlyFen(), qint64(0));
}

void TestQuotaCostModel::oneRowPerProductAndRegion()
{
    Fixture f;
    f.backend.images = {
        lighthouse(1), lighthouse(2), lighthouse(3),
        makeImage(QStringLiteral("img-cvm1"), QStringLiteral("cvm1"), Product::Cvm, kGuangzhou)};
    QVERIFY(f.load());
    QCOMPARE(f.model->rowCount(), 6);
    // Lighthouse and CVM share the id ap-guangzhou; (product, id) keeps them apart.
    QVERIFY(f.model->rowOf(Product::Lighthouse, kGuangzhou) !=
            f.model->rowOf(Product::Cvm, kGuangzhou));
    using M = QuotaCostModel;
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::ProductColumn),
             QStringLiteral("Lighthouse"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::RegionColumn), QStringLiteral("Guangzhou"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::RegionColumn, Qt::ToolTipRole), kGuangzhou);
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::ImagesColumn), QStringLiteral("3"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::QuotaColumn), QStringLiteral("20"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::QuotaUseColumn), QStringLiteral("15%"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::FreeTierColumn), QStringLiteral("3 of 5"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::MonthlyCostColumn),
             QStringLiteral("\u00a50.00"));
    QCOMPARE(f.cell(Product::Lighthouse, kShanghai, M::ImagesColumn), QStringLiteral("0"));
    QCOMPARE(f.cell(Product::Lighthouse, kShanghai, M::FreeTierColumn), QStringLiteral("0 of 5"));
    // Products without a free tier say so; quotas come from the product policy.
    QCOMPARE(f.cell(Product::Cvm, kGuangzhou, M::FreeTierColumn), QStringLiteral("\u2014"));
    QCOMPARE(f.cell(Product::Cvm, kGuangzhou, M::QuotaColumn), QStringLiteral("10"));
    QCOMPARE(f.cell(Product::Cvm, kGuangzhou, M::QuotaUseColumn), QStringLiteral("10%"));
    QCOMPARE(f.cell(Product::UHost, QStringLiteral("cn-bj2"), M::QuotaColumn),
             QStringLiteral("30"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn), QStringLiteral("100"));
    // CVM: 40 GiB of snapshot storage at 0.12, no free allowance = 480 fen.
    QCOMPARE(f.cell(Product::Cvm, kGuangzhou, M::MonthlyCostColumn), QStringLiteral("\u00a54.80"));
    const int row = f.model->rowOf(Product::Cvm, kGuangzhou);
    QCOMPARE(f.model->index(row, M::MonthlyCostColumn).data(M::MonthlyFenRole).toLongLong(),
             qint64(480));
    QCOMPARE(f.model->index(row, 0).data(M::ProductRole).toInt(), int(Product::Cvm));
    QCOMPARE(f.model->index(row, 0).data(M::RegionKeyRole).toString(),
             QStringLiteral("cvm/ap-guangzhou"));
    QVERIFY(f.model->index(row, M::MonthlyCostColumn).data(M::PricesSimulatedRole).toBool());
    QVERIFY(f.model->index(row, M::MonthlyCostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("simulated list price")));
    QCOMPARE(f.model->headerData(M::MonthlyCostColumn, Qt::Horizontal).toString(),
             QStringLiteral("Est. Monthly Cost"));
}

void TestQuotaCostModel::reportedQuotaWinsOverPolicy()
{
    Fixture f;
    ImageQuota quota;
    quota.product = Product::Ecs;
    quota.regionId = kHangzhou;
    quota.quota = 4;
    f.backend.quotas = {quota};
    f.backend.images = {ecs(QStringLiteral("m-1"), kHangzhou, 20, QStringLiteral("s-1"))};
    QVERIFY(f.load());
    using M = QuotaCostModel;
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn), QStringLiteral("4"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaUseColumn), QStringLiteral("25%"));
    QCOMPARE(f.cell(Product::Ecs, kHongKong, M::QuotaColumn), QStringLiteral("100"));
    // A reported figure carries no explanation.
    QVERIFY(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn, Qt::ToolTipRole).isEmpty());
}

void TestQuotaCostModel::documentedQuotaSaysWhereItComesFrom()
{
    // ECS has no image-quota API: the backend reports the documented figure with its source,
    // and the table says so where the figure is read.
    Fixture f;
    ImageQuota quota;
    quota.product = Product::Ecs;
    quota.regionId = kHangzhou;
    quota.quota = 100;
    quota.source = QStringLiteral("Alibaba Cloud's ECS limits page; the API does not report it.");
    f.backend.quotas = {quota};
    f.backend.images = {ecs(QStringLiteral("m-1"), kHangzhou, 20, QStringLiteral("s-1"))};
    QVERIFY(f.load());
    using M = QuotaCostModel;
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn), QStringLiteral("100 (documented)"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn, Qt::ToolTipRole), quota.source);
    // Still sorts as a number.
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaColumn, M::SortRole), QStringLiteral("100"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::QuotaUseColumn), QStringLiteral("1%"));
}

void TestQuotaCostModel::freeTierBoundaryCost_data()
{
    QTest::addColumn<int>("images");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("freeTier");
    QTest::newRow("4: inside the free tier")
        << 4 << QStringLiteral("\u00a50.00") << QStringLiteral("4 of 5");
    QTest::newRow("5: the free tier exactly")
        << 5 << QStringLiteral("\u00a50.00") << QStringLiteral("5 of 5");
    QTest::newRow("6: one billed") << 6 << QStringLiteral("\u00a57.20") << QStringLiteral("5 of 5");
    QTest::newRow("7: two billed")
        << 7 << QStringLiteral("\u00a514.40") << QStringLiteral("5 of 5");
}

void TestQuotaCostModel::freeTierBoundaryCost()
{
    QFETCH(int, images);
    QFETCH(QString, cost);
    QFETCH(QString, freeTier);
    Fixture f;
    for (int i = 0; i < images; ++i)
        f.backend.images.append(lighthouse(i));
    QVERIFY(f.load());
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::MonthlyCostColumn), cost);
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::FreeTierColumn), freeTier);

    // The same boundary, crossed live: one more image adds exactly 720 fen.
    const qint64 before = f.model->totalMonthlyFen();
    f.backend.upsertImage(lighthouse(100));
    f.model->flush();
    QCOMPARE(f.model->totalMonthlyFen() - before, images >= 5 ? qint64(720) : qint64(0));
}

void TestQuotaCostModel::quotaLevels_data()
{
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("level");
    QTest::newRow("15 of 20") << 15 << int(QuotaCostModel::QuotaNormal);
    QTest::newRow("16 of 20 = 80%") << 16 << int(QuotaCostModel::QuotaWarning);
    QTest::newRow("19 of 20") << 19 << int(QuotaCostModel::QuotaWarning);
    QTest::newRow("20 of 20: full") << 20 << int(QuotaCostModel::QuotaFull);
}

void TestQuotaCostModel::quotaLevels()
{
    QFETCH(int, used);
    QFETCH(int, level);
    QCOMPARE(int(QuotaCostModel::quotaLevel(used, 20)), level);
    Fixture f;
    for (int i = 0; i < used; ++i)
        f.backend.images.append(lighthouse(i));
    QVERIFY(f.load());
    const int row = f.model->rowOf(Product::Lighthouse, kGuangzhou);
    const QModelIndex use = f.model->index(row, QuotaCostModel::QuotaUseColumn);
    QCOMPARE(use.data(QuotaCostModel::QuotaLevelRole).toInt(), level);
    QCOMPARE(use.data(QuotaCostModel::QuotaUseRole).toDouble(), used / 20.0);
    if (level == QuotaCostModel::QuotaFull)
        QVERIFY(use.data(Qt::ToolTipRole).toString().contains(QStringLiteral("full")));
    QCOMPARE(int(QuotaCostModel::quotaLevel(0, 0)), int(QuotaCostModel::QuotaFull));
    QCOMPARE(int(QuotaCostModel::quotaLevel(7, 10)), int(QuotaCostModel::QuotaNormal));
    QCOMPARE(int(QuotaCostModel::quotaLevel(8, 10)), int(QuotaCostModel::QuotaWarning));
}

void TestQuotaCostModel::snapshotGiBBackingImages()
{
    Fixture f;
    // Hangzhou: a (20 GiB system + 10 GiB data) and b (40 GiB) share nothing; c is a second
    // image made from a's system snapshot, counted once: 20 + 10 + 40 = 70 GiB, 65 billed.
    f.backend.images = {ecs(QStringLiteral("a"), kHangzhou, 20, QStringLiteral("s-a"), {10}),
                        ecs(QStringLiteral("b"), kHangzhou, 40, QStringLiteral("s-b")),
                        ecs(QStringLiteral("c"), kHangzhou, 20, QStringLiteral("s-a"))};
    // UHost: only data-disk snapshots are storage (the system disk is an image).
    Image uhost = makeImage(QStringLiteral("uimage-1"), QStringLiteral("u1"), Product::UHost,
                            QStringLiteral("cn-bj2"));
    uhost.dataDisks = {{QStringLiteral("snap-u1"), 50}, {QString(), 20}};
    f.backend.images.append(uhost);
    QVERIFY(f.load());
    using M = QuotaCostModel;
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::SnapshotGiBColumn), QStringLiteral("70 GiB"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::SnapshotGiBColumn, M::SortRole),
             QStringLiteral("70"));
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::MonthlyCostColumn), QStringLiteral("\u00a57.80"));
    QCOMPARE(f.cell(Product::UHost, QStringLiteral("cn-bj2"), M::SnapshotGiBColumn),
             QStringLiteral("50 GiB"));
    QCOMPARE(f.cell(Product::UHost, QStringLiteral("cn-bj2"), M::MonthlyCostColumn),
             QStringLiteral("\u00a56.00"));
    QCOMPARE(f.model->totals().snapshotGiB, qint64(120));
}

void TestQuotaCostModel::regionPricesApply()
{
    Fixture f;
    // The same two images in each region: (20 + 40 - 5 free) GiB = 55 GiB.
    f.backend.images = {ecs(QStringLiteral("hz1"), kHangzhou, 20, QStringLiteral("s-hz1")),
                        ecs(QStringLiteral("hz2"), kHangzhou, 40, QStringLiteral("s-hz2")),
                        ecs(QStringLiteral("hk1"), kHongKong, 20, QStringLiteral("s-hk1")),
                        ecs(QStringLiteral("hk2"), kHongKong, 40, QStringLiteral("s-hk2"))};
    QVERIFY(f.load());
    using M = QuotaCostModel;
    QCOMPARE(f.cell(Product::Ecs, kHangzhou, M::MonthlyCostColumn), QStringLiteral("\u00a56.60"));
    QCOMPARE(f.cell(Product::Ecs, kHongKong, M::MonthlyCostColumn), QStringLiteral("\u00a57.70"));
    QCOMPARE(f.model->totalMonthlyFen(Product::Ecs), qint64(1430));

    // Another table: the model recomputes every row.
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    f.model->setPriceTable(PriceTable::fromPriceList(PriceList::simulatedListPrices()));
    QCOMPARE(f.cell(Product::Ecs, kHongKong, M::MonthlyCostColumn), QStringLiteral("\u00a56.60"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
}

void TestQuotaCostModel::totalsPerProduct()
{
    Fixture f;
    for (int i = 0; i < 7; ++i)
        f.backend.images.append(lighthouse(i)); // 2 billed: 1440
    for (int i = 0; i < 6; ++i)
        f.backend.images.append(lighthouse(i, kShanghai)); // 1 billed: 720
    f.backend.images.append(ecs(QStringLiteral("m-1"), kHangzhou, 15, QStringLiteral("s-1")));
    QVERIFY(f.load());
    QSignalSpy totals(f.model.get(), &QuotaCostModel::totalsChanged);
    QCOMPARE(f.model->totalImages(), 14);
    QCOMPARE(f.model->totalImages(Product::Lighthouse), 13);
    QCOMPARE(f.model->totalImages(Product::Ecs), 1);
    QCOMPARE(f.model->totalImages(Product::Cvm), 0);
    QCOMPARE(f.model->totalMonthlyFen(Product::Lighthouse), qint64(2160));
    QCOMPARE(f.model->totalMonthlyFen(Product::Ecs), qint64(120)); // (15 - 5) x 12
    QCOMPARE(f.model->totalMonthlyFen(), qint64(2280));
    QCOMPARE(f.model->totals().regions, 6);

    f.backend.removeImage(lighthouse(0, kShanghai).id);
    QVERIFY(totals.wait(1000));
    QCOMPARE(f.model->totalMonthlyFen(Product::Lighthouse), qint64(1440));
    QCOMPARE(f.model->totalImages(), 13);
}

void TestQuotaCostModel::liveUpdateEmitsDataChangedForTheRowOnly()
{
    Fixture f;
    for (int i = 0; i < 5; ++i)
        f.backend.images.append(lighthouse(i));
    QVERIFY(f.load());
    const int row = f.model->rowOf(Product::Lighthouse, kGuangzhou);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(f.model.get(), &QAbstractItemModel::layoutChanged);

    f.backend.upsertImage(lighthouse(5)); // the sixth: beyond the free tier
    QVERIFY(changed.wait(1000));          // applied on the next pass of the event loop
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 0);
    QSet<int> columns;
    for (const QList<QVariant> &args : changed) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from.row(), row);
        QCOMPARE(to.row(), row);
        for (int c = from.column(); c <= to.column(); ++c)
            columns.insert(c);
    }
    // Count, quota use and cost changed; the free tier stays "5 of 5", the quota stays 20.
    using M = QuotaCostModel;
    QCOMPARE(columns, (QSet<int>{M::ImagesColumn, M::QuotaUseColumn, M::MonthlyCostColumn}));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::ImagesColumn), QStringLiteral("6"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::MonthlyCostColumn),
             QStringLiteral("\u00a57.20"));
}

void TestQuotaCostModel::unchangedUpsertEmitsNothing()
{
    Fixture f;
    f.backend.images = {lighthouse(1)};
    QVERIFY(f.load());
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy totals(f.model.get(), &QuotaCostModel::totalsChanged);
    Image renamed = lighthouse(1);
    renamed.name = QStringLiteral("renamed"); // nothing the dashboard shows
    f.backend.upsertImage(renamed);
    QVERIFY(f.model->hasPendingChanges());
    f.model->flush();
    QVERIFY(!f.model->hasPendingChanges());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(totals.count(), 0);
    // A snapshot backing an image makes its row look again; nothing changed, nothing emitted.
    Snapshot snapshot = makeSnapshot(QStringLiteral("snap-x"), QStringLiteral("x"),
                                     Product::Lighthouse, kGuangzhou);
    snapshot.imageId = renamed.id;
    f.backend.upsertSnapshot(snapshot);
    QVERIFY(f.model->hasPendingChanges());
    f.model->flush();
    QCOMPARE(changed.count(), 0);
}

void TestQuotaCostModel::burstOfChangesRecomputesOnce()
{
    Fixture f;
    QVERIFY(f.load());
    const int row = f.model->rowOf(Product::Lighthouse, kShanghai);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy totals(f.model.get(), &QuotaCostModel::totalsChanged);
    for (int i = 0; i < 18; ++i)
        f.backend.upsertImage(lighthouse(i, kShanghai));
    QCOMPARE(changed.count(), 0); // not yet: coalesced
    QVERIFY(totals.wait(1000));
    QCOMPARE(totals.count(), 1);
    // One pass, one dataChanged per run of changed cells: images; quota use and free tier;
    // cost (the quota itself and the snapshot storage did not change).
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(f.cell(Product::Lighthouse, kShanghai, QuotaCostModel::ImagesColumn),
             QStringLiteral("18"));
    QCOMPARE(f.cell(Product::Lighthouse, kShanghai, QuotaCostModel::QuotaUseColumn),
             QStringLiteral("90%"));
    QCOMPARE(f.cell(Product::Lighthouse, kShanghai, QuotaCostModel::MonthlyCostColumn),
             QStringLiteral("\u00a593.60")); // 13 x 7.20
}

void TestQuotaCostModel::removalAndRepossession()
{
    Fixture f;
    for (int i = 0; i < 6; ++i)
        f.backend.images.append(lighthouse(i));
    QVERIFY(f.load());
    using M = QuotaCostModel;
    // Overdue: every image goes to "to be repossessed"; they still count and are still priced
    // (the steady cost once topped up, as CostEstimator defines it).
    for (int i = 0; i < 6; ++i)
        f.backend.upsertImage(lighthouse(i, kGuangzhou, ImageState::ToBeRepossessed));
    f.model->flush();
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::RepossessedColumn), QStringLiteral("6"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::ImagesColumn), QStringLiteral("6"));
    QCOMPARE(f.model->totals().repossessed, 6);
    // The cell reports an error tone; the view picks its colour (ThemeColors), the model none.
    const auto repossessedCell = [&f] {
        return f.model->index(f.model->rowOf(Product::Lighthouse, kGuangzhou),
                              M::RepossessedColumn);
    };
    QCOMPARE(repossessedCell().data(ItemRoles::ToneRole).toInt(), int(ItemRoles::CellTone::Error));
    QVERIFY(!repossessedCell().data(Qt::ForegroundRole).isValid());
    // Released: removed one by one.
    f.backend.removeImage(lighthouse(0).id);
    f.backend.removeImage(lighthouse(1).id);
    f.backend.removeImage(QStringLiteral("no-such-image"));
    f.model->flush();
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::ImagesColumn), QStringLiteral("4"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::RepossessedColumn), QStringLiteral("4"));
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::MonthlyCostColumn),
             QStringLiteral("\u00a50.00"));
    // Restored after a top-up.
    for (int i = 2; i < 6; ++i)
        f.backend.upsertImage(lighthouse(i));
    f.model->flush();
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, M::RepossessedColumn), QStringLiteral("0"));
    QVERIFY(!repossessedCell().data(ItemRoles::ToneRole).isValid());
}

void TestQuotaCostModel::newRegionInsertsARow()
{
    Fixture f;
    QVERIFY(f.load());
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy totals(f.model.get(), &QuotaCostModel::totalsChanged);
    const QString singapore = QStringLiteral("ap-singapore");
    f.backend.upsertImage(lighthouse(1, singapore));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 6);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(f.model->rowCount(), 7);
    // The new row holds its first image at once; its name is the id until a reload names it.
    QCOMPARE(f.cell(Product::Lighthouse, singapore, QuotaCostModel::ImagesColumn),
             QStringLiteral("1"));
    QCOMPARE(f.cell(Product::Lighthouse, singapore, QuotaCostModel::RegionColumn), singapore);
    QCOMPARE(f.model->totalImages(), 1);
    // A second image there is a change of that row, not another row.
    f.backend.upsertImage(lighthouse(2, singapore));
    f.model->flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(f.cell(Product::Lighthouse, singapore, QuotaCostModel::ImagesColumn),
             QStringLiteral("2"));
}

void TestQuotaCostModel::changesDuringLoadAreKept()
{
    Fixture f;
    f.backend.images = {lighthouse(1)};
    f.model = std::make_unique<QuotaCostModel>(&f.backend);
    QAbstractItemModelTester tester(f.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    f.backend.holdImages = true;
    f.model->reload();
    QVERIFY(f.model->isLoading());
    f.backend.upsertImage(lighthouse(2)); // after the fetch, before its answer arrives
    f.backend.removeImage(lighthouse(1).id);
    QCOMPARE(reset.count(), 0);
    f.backend.releaseImages(); // answers {image 1}; the two changes are replayed over it
    // The rows are built on a worker thread; the model stays loading until they are swapped in.
    QTRY_COMPARE(reset.count(), 1);
    QVERIFY(!f.model->isLoading());
    f.model->flush();
    QCOMPARE(f.cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::ImagesColumn),
             QStringLiteral("1"));
    QCOMPARE(f.model->totalImages(), 1);
}

void TestQuotaCostModel::loadFailureIsReported()
{
    Fixture f;
    f.backend.fetchError = Error(ErrorCode::Network, QStringLiteral("The network is down."));
    f.model = std::make_unique<QuotaCostModel>(&f.backend);
    QSignalSpy failed(f.model.get(), &QuotaCostModel::loadFailed);
    f.model->reload();
    QVERIFY(!failed.isEmpty() || failed.wait(1000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The network is down."));
    QCOMPARE(f.model->lastError(), QStringLiteral("The network is down."));
    QVERIFY(!f.model->isLoading());
    QCOMPARE(f.model->rowCount(), 0);
}

void TestQuotaCostModel::sortsThroughAProxy()
{
    Fixture f;
    for (int i = 0; i < 9; ++i)
        f.backend.images.append(lighthouse(i)); // 4 billed: 28.80
    for (int i = 0; i < 6; ++i)
        f.backend.images.append(lighthouse(i, kShanghai)); // 1 billed: 7.20
    f.backend.images.append(ecs(QStringLiteral("m-1"), kHangzhou, 100, QStringLiteral("s-1")));
    QVERIFY(f.load()); // ECS: 95 x 0.12 = 11.40
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(f.model.get());
    proxy.setSortRole(QuotaCostModel::SortRole);
    proxy.sort(QuotaCostModel::MonthlyCostColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto costAt = [&](int row) {
        return proxy.index(row, QuotaCostModel::MonthlyCostColumn).data().toString();
    };
    QCOMPARE(costAt(0), QStringLiteral("\u00a528.80"));
    QCOMPARE(costAt(1), QStringLiteral("\u00a511.40"));
    QCOMPARE(costAt(2), QStringLiteral("\u00a57.20"));
    // A live change re-sorts: Shanghai overtakes Guangzhou.
    for (int i = 6; i < 12; ++i)
        f.backend.upsertImage(lighthouse(i, kShanghai));
    f.model->flush();
    QCOMPARE(costAt(0), QStringLiteral("\u00a550.40"));
    QCOMPARE(proxy.index(0, QuotaCostModel::RegionColumn).data().toString(),
             QStringLiteral("Shanghai"));
}

QTEST_GUILESS_MAIN(TestQuotaCostModel)
#include "tst_quotacostmodel.moc"
