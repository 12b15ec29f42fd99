// CostEstimator against hand-worked figures from the simulated list prices (design.md "Price
// seeds", alibaba-ecs-and-ucloud-api.md section 4): Lighthouse 1 fen per extra image-hour
// (720 fen a month) beyond 5 free per region; snapshot storage 12 fen per GiB-month, ECS with
// 5 GiB free per region; UHost images cost what their parent costs.

#include "costestimator.h"

#include <QTest>

#include <limits>

using namespace imprint;

namespace {

Image lighthouseImage(int n, ImageState state = ImageState::Available)
{
    Image image;
    image.id = QStringLiteral("lhbp-%1").arg(n);
    image.product = Product::Lighthouse;
    image.regionId = QStringLiteral("ap-guangzhou");
    image.name = QStringLiteral("web%1").arg(n);
    image.state = state;
    image.systemDiskGiB = 40;
    return image;
}

QList<Image> lighthouseImages(int count)
{
    QList<Image> images;
    for (int i = 0; i < count; ++i)
        images.append(lighthouseImage(i));
    return images;
}

// An image backed by a system-disk snapshot of systemGiB and data-disk snapshots of dataGiB.
Image snapshotImage(Product product, const QString &id, int systemGiB,
                    const QList<int> &dataGiB = {})
{
    Image image;
    image.id = id;
    image.product = product;
    image.regionId = QStringLiteral("cn-hangzhou");
    image.name = id;
    image.state = ImageState::Available;
    image.systemDiskGiB = systemGiB;
    image.systemSnapshotId = QStringLiteral("s-sys-") + id;
    for (int i = 0; i < dataGiB.size(); ++i)
        image.dataDisks.append({QStringLiteral("s-data-%1-%2").arg(id).arg(i), dataGiB.at(i)});
    return image;
}

// A UHost image: system disk image (not a snapshot), optional data-disk snapshots.
Image uhostImage(const QString &id, qint64 parentFeeFen, const QList<int> &dataSnapshotGiB = {})
{
    Image image;
    image.id = id;
    image.product = Product::UHost;
    image.regionId = QStringLiteral("cn-bj2");
    image.name = id;
    image.state = ImageState::Available;
    image.systemDiskGiB = 40;
    image.parentMonthlyFeeFen = parentFeeFen;
    for (int i = 0; i < dataSnapshotGiB.size(); ++i)
        image.dataDisks.append(
            {QStringLiteral("snap-%1-%2").arg(id).arg(i), dataSnapshotGiB.at(i)});
    return image;
}

ImageQuota quotaOf(Product product, int used, int freeTier)
{
    ImageQuota quota;
    quota.product = product;
    quota.regionId = QStringLiteral("region");
    quota.used = used;
    quota.quota = 20;
    quota.freeTier = freeTier;
    return quota;
}

} // namespace

class TestCostEstimator : public QObject
{
    Q_OBJECT

private slots:
    void simulatedListPrices();

    // Lighthouse
    void lighthouseFreeTierBoundary_data();
    void lighthouseFreeTierBoundary();
    void lighthouseImageWithinFreeTierIsFree();
    void lighthouseEveryStateCountsIncludingRepossessed();
    void regionIgnoresOtherProducts();

    // UHost
    void uhostFreeParentImageCostsNothing();
    void uhostPaidParentImage();
    void uhostDataDiskSnapshotsAreBilled();

    // ECS
    void ecsFreeSnapshotAllowanceBoundary_data();
    void ecsFreeSnapshotAllowanceBoundary();
    void ecsAllowanceAppliesToTheRegionNotPerImage();
    void ecsEmptyDataDisksCostNothing();
    void ecsSharedSnapshotIsBilledOnce();

    // CVM
    void cvmSnapshotStorage();

    // snapshotGiB
    void snapshotGiBDefinition();

    // Marginal cost
    void nextImageMarginalCostLighthouse_data();
    void nextImageMarginalCostLighthouse();
    void nextImageMarginalCostOtherProducts();

    void customPriceList();

    // Formatting
    void formatFen_data();
    void formatFen();
    void formatFenUsesTheYuanSign();
};

void TestCostEstimator::simulatedListPrices()
{
    const PriceList prices = PriceList::simulatedListPrices();
    QCOMPARE(prices.lighthouseExtraImageFenPerHour, qint64(1));
    QCOMPARE(prices.lighthouseExtraImageFenPerMonth(), qint64(720));
    QCOMPARE(prices.snapshotFenPerGbMonth, qint64(12));
    QCOMPARE(prices.ecsFreeSnapshotGiB, 5);
}

// --- Lighthouse ------------------------------------------------------------------------------

void TestCostEstimator::lighthouseFreeTierBoundary_data()
{
    QTest::addColumn<int>("images");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("none") << 0 << qint64(0) << QStringLiteral("¥0.00");
    QTest::newRow("one") << 1 << qint64(0) << QStringLiteral("¥0.00");
    QTest::newRow("free tier full") << 5 << qint64(0) << QStringLiteral("¥0.00");
    QTest::newRow("one beyond") << 6 << qint64(720) << QStringLiteral("¥7.20");
    QTest::newRow("two beyond") << 7 << qint64(1440) << QStringLiteral("¥14.40");
    QTest::newRow("quota full") << 20 << qint64(10800) << QStringLiteral("¥108.00");
}

void TestCostEstimator::lighthouseFreeTierBoundary()
{
    QFETCH(int, images);
    QFETCH(qint64, fen);
    QFETCH(QString, formatted);
    const CostEstimator estimator;
    const qint64 cost = estimator.regionMonthlyFen(Product::Lighthouse, lighthouseImages(images));
    QCOMPARE(cost, fen);
    QCOMPARE(CostEstimator::formatFen(cost), formatted);
}

void TestCostEstimator::lighthouseImageWithinFreeTierIsFree()
{
    const CostEstimator estimator;
    QCOMPARE(estimator.imageMonthlyFen(lighthouseImage(1), false), qint64(0));
    QCOMPARE(estimator.imageMonthlyFen(lighthouseImage(6), true), qint64(720));
    // The Lighthouse price does not depend on disk size.
    Image big = lighthouseImage(7);
    big.systemDiskGiB = 500;
    QCOMPARE(estimator.imageMonthlyFen(big, true), qint64(720));
}

void TestCostEstimator::lighthouseEveryStateCountsIncludingRepossessed()
{
    QList<Image> images = lighthouseImages(3);
    images << lighthouseImage(10, ImageState::Creating) << lighthouseImage(11, ImageState::Failed)
           << lighthouseImage(12, ImageState::ToBeRepossessed)
           << lighthouseImage(13, ImageState::ToBeRepossessed);
    QCOMPARE(images.size(), 7);
    const CostEstimator estimator;
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, images), qint64(2 * 720));
    // Consistent with the quota's count of billed images.
    QCOMPARE(quotaOf(Product::Lighthouse, int(images.size()), 5).billedImages(), 2);
}

void TestCostEstimator::regionIgnoresOtherProducts()
{
    QList<Image> images = lighthouseImages(5);
    images << snapshotImage(Product::Ecs, QStringLiteral("m-1"), 40);
    const CostEstimator estimator;
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, images), qint64(0));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, images), qint64((40 - 5) * 12));
}

// --- UHost -----------------------------------------------------------------------------------

void TestCostEstimator::uhostFreeParentImageCostsNothing()
{
    const CostEstimator estimator;
    const Image image = uhostImage(QStringLiteral("uimage-centos"), 0);
    QCOMPARE(estimator.imageMonthlyFen(image, false), qint64(0));
    QCOMPARE(estimator.regionMonthlyFen(Product::UHost, {image}), qint64(0));
}

void TestCostEstimator::uhostPaidParentImage()
{
    // A market parent at ¥50.00 a month: the custom image costs the same. The 40 GiB system
    // disk is an image, not a snapshot, and adds nothing.
    const CostEstimator estimator;
    const Image paid = uhostImage(QStringLiteral("uimage-market"), 5000);
    QCOMPARE(estimator.imageMonthlyFen(paid, false), qint64(5000));
    QCOMPARE(estimator.imageMonthlyFen(paid, true), qint64(5000));
    const Image free = uhostImage(QStringLiteral("uimage-centos"), 0);
    QCOMPARE(estimator.regionMonthlyFen(Product::UHost, {paid, free}), qint64(5000));
    QCOMPARE(CostEstimator::formatFen(estimator.regionMonthlyFen(Product::UHost, {paid, free})),
             QStringLiteral("¥50.00"));
}

void TestCostEstimator::uhostDataDiskSnapshotsAreBilled()
{
    // ¥50.00 parent + 20 GiB + 30 GiB associated snapshots x 12 fen = 5000 + 600 = 5600.
    const CostEstimator estimator;
    Image image = uhostImage(QStringLiteral("uimage-db"), 5000, {20, 30});
    image.dataDisks.append({QString(), 100}); // not associated: no snapshot, no cost
    QCOMPARE(estimator.imageMonthlyFen(image, false), qint64(5600));
    // A free parent with a 10 GiB snapshot: 120 fen; the region has no free snapshot GiB.
    const Image small = uhostImage(QStringLiteral("uimage-small"), 0, {10});
    QCOMPARE(estimator.imageMonthlyFen(small, false), qint64(120));
    QCOMPARE(estimator.regionMonthlyFen(Product::UHost, {image, small}), qint64(5720));
    QCOMPARE(CostEstimator::formatFen(5720), QStringLiteral("¥57.20"));
}

// --- ECS -------------------------------------------------------------------------------------

void TestCostEstimator::ecsFreeSnapshotAllowanceBoundary_data()
{
    QTest::addColumn<int>("systemGiB");
    QTest::addColumn<qint64>("regionFen");
    QTest::newRow("4 GiB") << 4 << qint64(0);
    QTest::newRow("5 GiB, all free") << 5 << qint64(0);
    QTest::newRow("6 GiB, 1 billed") << 6 << qint64(12);
    QTest::newRow("40 GiB, 35 billed") << 40 << qint64(420);
}

void TestCostEstimator::ecsFreeSnapshotAllowanceBoundary()
{
    QFETCH(int, systemGiB);
    QFETCH(qint64, regionFen);
    const CostEstimator estimator;
    const Image image = snapshotImage(Product::Ecs, QStringLiteral("m-1"), systemGiB);
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {image}), regionFen);
}

void TestCostEstimator::ecsAllowanceAppliesToTheRegionNotPerImage()
{
    const CostEstimator estimator;
    // 40 GiB system + 20 GiB data snapshot = 60 GiB: 720 fen on its own, (60 - 5) x 12 = 660
    // for the region.
    const Image image = snapshotImage(Product::Ecs, QStringLiteral("m-1"), 40, {20});
    QCOMPARE(estimator.imageMonthlyFen(image, false), qint64(720));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {image}), qint64(660));
    QCOMPARE(CostEstimator::formatFen(660), QStringLiteral("¥6.60"));
    // Two 3 GiB images: 6 GiB in the region, 1 beyond the free 5.
    const Image a = snapshotImage(Product::Ecs, QStringLiteral("m-a"), 3);
    const Image b = snapshotImage(Product::Ecs, QStringLiteral("m-b"), 3);
    QCOMPARE(estimator.imageMonthlyFen(a, false), qint64(36));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {a}), qint64(0));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {a, b}), qint64(12));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {}), qint64(0));
}

void TestCostEstimator::ecsEmptyDataDisksCostNothing()
{
    // No data-disk snapshot given: an empty 5 GiB disk is made at launch, nothing is stored.
    const CostEstimator estimator;
    Image image = snapshotImage(Product::Ecs, QStringLiteral("m-1"), 20);
    image.dataDisks.append({QString(), 5});
    QCOMPARE(CostEstimator::snapshotGiB(image), 20);
    QCOMPARE(estimator.imageMonthlyFen(image, false), qint64(240));
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {image}), qint64(180));
}

void TestCostEstimator::ecsSharedSnapshotIsBilledOnce()
{
    // Two images made from the same 40 GiB system snapshot store it once.
    const CostEstimator estimator;
    Image a = snapshotImage(Product::Ecs, QStringLiteral("m-a"), 40);
    Image b = snapshotImage(Product::Ecs, QStringLiteral("m-b"), 40, {10});
    b.systemSnapshotId = a.systemSnapshotId;
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {a, b}), qint64((40 + 10 - 5) * 12));
}

// --- CVM -------------------------------------------------------------------------------------

void TestCostEstimator::cvmSnapshotStorage()
{
    // 50 GiB system + 100 GiB data snapshots = 150 GiB x 12 fen = 1800 fen, no free allowance.
    const CostEstimator estimator;
    const Image image = snapshotImage(Product::Cvm, QStringLiteral("img-1"), 50, {100});
    QCOMPARE(estimator.imageMonthlyFen(image, false), qint64(1800));
    QCOMPARE(estimator.regionMonthlyFen(Product::Cvm, {image}), qint64(1800));
    QCOMPARE(CostEstimator::formatFen(1800), QStringLiteral("¥18.00"));
    const Image small = snapshotImage(Product::Cvm, QStringLiteral("img-2"), 5);
    QCOMPARE(estimator.regionMonthlyFen(Product::Cvm, {small}), qint64(60));
    QCOMPARE(estimator.regionMonthlyFen(Product::Cvm, {image, small}), qint64(1860));
}

// --- snapshotGiB -----------------------------------------------------------------------------

void TestCostEstimator::snapshotGiBDefinition()
{
    // ECS/CVM: the system disk always counts, even before the snapshot has an id.
    Image ecs = snapshotImage(Product::Ecs, QStringLiteral("m-1"), 40, {20});
    QCOMPARE(CostEstimator::snapshotGiB(ecs), 60);
    ecs.systemSnapshotId.clear();
    QCOMPARE(CostEstimator::snapshotGiB(ecs), 60);
    Image cvm = snapshotImage(Product::Cvm, QStringLiteral("img-1"), 50);
    cvm.systemSnapshotId.clear();
    QCOMPARE(CostEstimator::snapshotGiB(cvm), 50);
    // UHost: the system disk is an image; only associated data-disk snapshots count.
    Image uhost = uhostImage(QStringLiteral("uimage-1"), 0, {20});
    uhost.dataDisks.append({QString(), 50});
    QCOMPARE(CostEstimator::snapshotGiB(uhost), 20);
    // ...unless it names a system snapshot.
    uhost.systemSnapshotId = QStringLiteral("snap-sys");
    QCOMPARE(CostEstimator::snapshotGiB(uhost), 60);
    // Lighthouse: no snapshots.
    QCOMPARE(CostEstimator::snapshotGiB(lighthouseImage(1)), 0);
}

// --- Marginal cost ---------------------------------------------------------------------------

void TestCostEstimator::nextImageMarginalCostLighthouse_data()
{
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("freeTier");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("first image") << 0 << 5 << qint64(0);
    QTest::newRow("fifth image is still free") << 4 << 5 << qint64(0);
    QTest::newRow("sixth image is billed") << 5 << 5 << qint64(720);
    QTest::newRow("twentieth image") << 19 << 5 << qint64(720);
    QTest::newRow("free tier not reported: policy's 5") << 4 << 0 << qint64(0);
    QTest::newRow("free tier not reported, beyond") << 5 << 0 << qint64(720);
    QTest::newRow("reported free tier wins") << 7 << 10 << qint64(0);
}

void TestCostEstimator::nextImageMarginalCostLighthouse()
{
    QFETCH(int, used);
    QFETCH(int, freeTier);
    QFETCH(qint64, fen);
    const CostEstimator estimator;
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::Lighthouse, used, freeTier),
                                           lighthouseImage(99)),
             fen);
}

void TestCostEstimator::nextImageMarginalCostOtherProducts()
{
    const CostEstimator estimator;
    // ECS: the image's own snapshots, 40 + 20 GiB = 720 fen, whatever the count.
    const Image ecs = snapshotImage(Product::Ecs, QStringLiteral("m-new"), 40, {20});
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::Ecs, 0, 0), ecs), qint64(720));
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::Ecs, 50, 0), ecs), qint64(720));
    // CVM: 50 GiB = 600 fen.
    const Image cvm = snapshotImage(Product::Cvm, QStringLiteral("img-new"), 50);
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::Cvm, 3, 0), cvm), qint64(600));
    // UHost: the parent's fee plus associated snapshots.
    const Image uhost = uhostImage(QStringLiteral("uimage-new"), 3000, {10});
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::UHost, 2, 0), uhost), qint64(3120));
    // The quota names the product: a prospective image left at the default product is priced
    // as the quota's product.
    Image unnamed;
    unnamed.systemDiskGiB = 30;
    QCOMPARE(unnamed.product, Product::Lighthouse);
    QCOMPARE(estimator.nextImageMonthlyFen(quotaOf(Product::Ecs, 0, 0), unnamed), qint64(360));
}

void TestCostEstimator::customPriceList()
{
    PriceList prices;
    prices.lighthouseExtraImageFenPerHour = 2;
    prices.snapshotFenPerGbMonth = 10;
    prices.ecsFreeSnapshotGiB = 0;
    const CostEstimator estimator(prices);
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, lighthouseImages(6)), qint64(1440));
    const Image ecs = snapshotImage(Product::Ecs, QStringLiteral("m-1"), 5);
    QCOMPARE(estimator.regionMonthlyFen(Product::Ecs, {ecs}), qint64(50));
}

// --- Formatting ------------------------------------------------------------------------------

void TestCostEstimator::formatFen_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("¥0.01");
    QTest::newRow("ten fen") << qint64(10) << QStringLiteral("¥0.10");
    QTest::newRow("99 fen") << qint64(99) << QStringLiteral("¥0.99");
    QTest::newRow("one yuan") << qint64(100) << QStringLiteral("¥1.00");
    QTest::newRow("lighthouse extra image") << qint64(720) << QStringLiteral("¥7.20");
    QTest::newRow("quota full") << qint64(10800) << QStringLiteral("¥108.00");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("¥1234567.89");
    QTest::newRow("negative") << qint64(-310) << QStringLiteral("-¥3.10");
    QTest::newRow("negative fen") << qint64(-5) << QStringLiteral("-¥0.05");
    QTest::newRow("most negative")
        << std::numeric_limits<qint64>::min() << QStringLiteral("-¥92233720368547758.08");
    QTest::newRow("most positive")
        << std::numeric_limits<qint64>::max() << QStringLiteral("¥92233720368547758.07");
}

void TestCostEstimator::formatFen()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(CostEstimator::formatFen(fen), text);
}

void TestCostEstimator::formatFenUsesTheYuanSign()
{
    const QString text = CostEstimator::formatFen(720);
    QCOMPARE(text.at(0), QChar(0x00A5));
    QCOMPARE(CostEstimator::formatFen(-310).at(1), QChar(0x00A5));
    QCOMPARE(text.size(), 5);
}

QTEST_APPLESS_MAIN(TestCostEstimator)
#include "tst_costestimator.moc"
