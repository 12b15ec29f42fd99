// RegionTreeModel against a FakeBackend: the product -> region tree, its roles and keys, and
// counts that follow image and instance changes with dataChanged on just the count cells.

#include "fakebackend.h"
#include "regiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

// dataChanged signals as "parentRow/row:column" ("-" for no parent), one cell each.
QStringList changedCells(const QSignalSpy &spy)
{
    QStringList cells;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        const QString parent = topLeft.parent().isValid() ? QString::number(topLeft.parent().row())
                                                          : QStringLiteral("-");
        QString cell =
            QStringLiteral("%1/%2:%3").arg(parent).arg(topLeft.row()).arg(topLeft.column());
        if (bottomRight != topLeft)
            cell += QStringLiteral(" (more than one cell)");
        cells.append(cell);
    }
    cells.sort();
    return cells;
}

struct Fixture
{
    Fixture()
    {
        backend.productList = {Product::Lighthouse, Product::Ecs};
        backend.regions = {
            makeRegion(Product::Lighthouse, "ap-guangzhou", "South China (Guangzhou)"),
            makeRegion(Product::Lighthouse, "ap-shanghai", "East China (Shanghai)"),
            makeRegion(Product::Ecs, "cn-hangzhou", "China (Hangzhou)")};
        backend.images = {makeImage("lh-1", "web-1"), makeImage("lh-2", "web-2"),
                          makeImage("lh-3", "db", Product::Lighthouse, "ap-shanghai"),
                          makeImage("m-1", "cache", Product::Ecs, "cn-hangzhou")};
        backend.instances = {makeInstance("ins-1", "web"),
                             makeInstance("i-2", "api", Product::Ecs, "cn-hangzhou"),
                             makeInstance("i-3", "api-2", Product::Ecs, "cn-hangzhou")};
        model.reload();
    }
    int count(const QString &key, int column)
    {
        return model.indexForKey(key, column).data().toInt();
    }
    FakeBackend backend;
    RegionTreeModel model{&backend};
    Tester tester{&model, QtTestReporting};
};

} // namespace

class TestRegionTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void largeLoadIsCountedOffThreadAndKeepsChangesMadeMeanwhile();
    void productsHoldTheirRegions();
    void rolesExposeKeysAndProduct();
    void countsAfterLoad();
    void imageAddedRepaintsOnlyItsCountCells();
    void imageRemovedCountsDown();
    void imageMovedBetweenRegions();
    void progressChangeMovesNoCount();
    void instanceCountsFollowChanges();
    void keysAndNames();
    void loadedIsEmittedWithTheRegions();
    void countsForARegionNotYetListed();
    void accountsGroupTheirProductsAndRegions();
    void anAccountsChangeRepaintsItsOwnCells();
    void aFailedAccountSaysSoOnItsNode();
};

void TestRegionTreeModel::productsHoldTheirRegions()
{
    Fixture f;
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.model.columnCount(), int(RegionTreeModel::ColumnCount));
    const QModelIndex lighthouse = f.model.index(0, 0);
    QCOMPARE(lighthouse.data().toString(), QStringLiteral("Tencent Cloud Lighthouse"));
    QCOMPARE(f.model.rowCount(lighthouse), 2);
    QCOMPARE(f.model.index(1, 0, lighthouse).data().toString(),
             QStringLiteral("East China (Shanghai)"));
    QCOMPARE(f.model.index(1, 0, lighthouse).parent(), lighthouse);
    const QModelIndex ecs = f.model.index(1, 0);
    QCOMPARE(ecs.data().toString(), QStringLiteral("Alibaba Cloud ECS"));
    QCOMPARE(f.model.rowCount(ecs), 1);
    QCOMPARE(f.model.rowCount(f.model.index(0, 0, ecs)), 0);
    QCOMPARE(f.model.headerData(RegionTreeModel::ImagesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Images"));
}

void TestRegionTreeModel::rolesExposeKeysAndProduct()
{
    Fixture f;
    const QModelIndex lighthouse = f.model.index(0, 0);
    QCOMPARE(lighthouse.data(RegionTreeModel::RegionKeyRole).toString(),
             QStringLiteral("lighthouse/"));
    QCOMPARE(lighthouse.data(RegionTreeModel::ProductRole).toInt(), int(Product::Lighthouse));
    const QModelIndex guangzhou = f.model.index(0, 0, lighthouse);
    QCOMPARE(guangzhou.data(RegionTreeModel::RegionKeyRole).toString(),
             QStringLiteral("lighthouse/ap-guangzhou"));
    QCOMPARE(guangzhou.data(RegionTreeModel::IdRole).toString(), QStringLiteral("ap-guangzhou"));
    QCOMPARE(guangzhou.data(RegionTreeModel::ProductRole).toInt(), int(Product::Lighthouse));
    QCOMPARE(guangzhou.data(RegionTreeModel::RecordRole).value<Region>().key(),
             QStringLiteral("lighthouse/ap-guangzhou"));
    // Every column of a row answers the key, so a selection of any cell works.
    QCOMPARE(f.model.index(0, RegionTreeModel::ImagesColumn, lighthouse)
                 .data(RegionTreeModel::RegionKeyRole)
                 .toString(),
             QStringLiteral("lighthouse/ap-guangzhou"));
}

void TestRegionTreeModel::countsAfterLoad()
{
    Fixture f;
    QCOMPARE(f.count("lighthouse/ap-guangzhou", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("lighthouse/ap-shanghai", RegionTreeModel::ImagesColumn), 1);
    QCOMPARE(f.count("lighthouse/", RegionTreeModel::ImagesColumn), 3);
    QCOMPARE(f.count("ecs/cn-hangzhou", RegionTreeModel::InstancesColumn), 2);
    QCOMPARE(f.count("ecs/", RegionTreeModel::InstancesColumn), 2);
    QCOMPARE(f.model.imageCount(QStringLiteral("lighthouse/ap-guangzhou")), 2);
    QCOMPARE(f.model.imageCount(QStringLiteral("lighthouse")), 3);
    QCOMPARE(f.model.instanceCount(QStringLiteral("lighthouse/ap-guangzhou")), 1);
    QCOMPARE(f.model.imageCount(QStringLiteral("cvm/ap-nowhere")), 0);
}

void TestRegionTreeModel::imageAddedRepaintsOnlyItsCountCells()
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    f.backend.upsertImage(makeImage("lh-9", "new", Product::Lighthouse, "ap-shanghai"));
    QCOMPARE(changedCells(changed), QStringList({"-/0:2", "0/1:2"}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(f.count("lighthouse/ap-shanghai", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("lighthouse/", RegionTreeModel::ImagesColumn), 4);
}

void TestRegionTreeModel::imageRemovedCountsDown()
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.backend.removeImage(QStringLiteral("m-1"));
    QCOMPARE(changedCells(changed), QStringList({"-/1:2", "1/0:2"}));
    QCOMPARE(f.count("ecs/cn-hangzhou", RegionTreeModel::ImagesColumn), 0);
    // Removing it again changes nothing.
    changed.clear();
    f.backend.removeImage(QStringLiteral("m-1"));
    QCOMPARE(changed.count(), 0);
}

void TestRegionTreeModel::imageMovedBetweenRegions()
{
    Fixture f;
    Image image = f.backend.images.at(0);
    image.regionId = QStringLiteral("ap-shanghai");
    f.backend.upsertImage(image);
    QCOMPARE(f.count("lighthouse/ap-guangzhou", RegionTreeModel::ImagesColumn), 1);
    QCOMPARE(f.count("lighthouse/ap-shanghai", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("lighthouse/", RegionTreeModel::ImagesColumn), 3);
}

void TestRegionTreeModel::progressChangeMovesNoCount()
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    Image image = f.backend.images.at(0);
    image.state = ImageState::Creating;
    image.progress = 50;
    f.backend.upsertImage(image);
    QCOMPARE(changed.count(), 0);
}

void TestRegionTreeModel::instanceCountsFollowChanges()
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.backend.upsertInstance(makeInstance("ins-9", "new"));
    QCOMPARE(changedCells(changed), QStringList({"-/0:1", "0/0:1"}));
    QCOMPARE(f.count("lighthouse/ap-guangzhou", RegionTreeModel::InstancesColumn), 2);
    f.backend.removeInstance(QStringLiteral("i-2"));
    QCOMPARE(f.count("ecs/cn-hangzhou", RegionTreeModel::InstancesColumn), 1);
    QCOMPARE(f.count("ecs/", RegionTreeModel::InstancesColumn), 1);
}

void TestRegionTreeModel::keysAndNames()
{
    Fixture f;
    QCOMPARE(f.model.regionKeys(Product::Lighthouse),
             QStringList({"lighthouse/ap-guangzhou", "lighthouse/ap-shanghai"}));
    QCOMPARE(f.model.displayNameForKey(QStringLiteral("ecs/cn-hangzhou")),
             QStringLiteral("China (Hangzhou)"));
    QCOMPARE(f.model.displayNameForKey(QStringLiteral("lighthouse/")),
             QStringLiteral("Tencent Cloud Lighthouse"));
    QCOMPARE(f.model.displayNameForKey(QString()), QStringLiteral("all regions"));
    QCOMPARE(f.model.indexForKey(QStringLiteral("ecs/cn-hangzhou")),
             f.model.index(0, 0, f.model.index(1, 0)));
    QCOMPARE(f.model.indexForKey(QStringLiteral("ecs")), f.model.index(1, 0));
    QVERIFY(!f.model.indexForKey(QStringLiteral("cvm/ap-beijing")).isValid());
    QVERIFY(f.model.findRegion(QStringLiteral("lighthouse/ap-shanghai")));
}

void TestRegionTreeModel::largeLoadIsCountedOffThreadAndKeepsChangesMadeMeanwhile()
{
    Fixture f;
    QList<Image> many;
    const int n = int(RegionTreeModel::AsyncCountThreshold) + 5000;
    for (int i = 0; i < n; ++i)
        many.append(makeImage(
            QStringLiteral("lh-%1").arg(i), QStringLiteral("web-%1").arg(i), Product::Lighthouse,
            i % 4 == 0 ? QStringLiteral("ap-shanghai") : QStringLiteral("ap-guangzhou")));
    f.backend.images = many;
    f.model.reload();
    // Arrives while the worker counts: applied after the swap, not lost under it.
    f.backend.upsertImage(makeImage(QStringLiteral("new-1"), QStringLiteral("late"), Product::Ecs,
                                    QStringLiteral("cn-hangzhou")));
    f.backend.removeImage(QStringLiteral("lh-1"));
    const int shanghai = (n + 3) / 4;
    QTRY_COMPARE(f.count(QStringLiteral("lighthouse/ap-shanghai"), RegionTreeModel::ImagesColumn),
                 shanghai);
    QCOMPARE(f.count(QStringLiteral("lighthouse/ap-guangzhou"), RegionTreeModel::ImagesColumn),
             n - shanghai - 1);
    QCOMPARE(f.count(QStringLiteral("ecs/cn-hangzhou"), RegionTreeModel::ImagesColumn), 1);
    QCOMPARE(f.model.imageCount(QStringLiteral("lighthouse/")), n - 1);
    // And the index built off-thread serves later removals.
    f.backend.removeImage(QStringLiteral("lh-0"));
    QCOMPARE(f.count(QStringLiteral("lighthouse/ap-shanghai"), RegionTreeModel::ImagesColumn),
             shanghai - 1);
}

void TestRegionTreeModel::loadedIsEmittedWithTheRegions()
{
    FakeBackend backend;
    backend.regions = {makeRegion(Product::Cvm, "ap-beijing", "North China (Beijing)")};
    RegionTreeModel model(&backend);
    Tester tester(&model, QtTestReporting);
    QSignalSpy loaded(&model, &RegionTreeModel::loaded);
    QSignalSpy loading(&model, &RegionTreeModel::loadingChanged);
    model.reload();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY(model.indexForKey(QStringLiteral("cvm/ap-beijing")).isValid());
}

void TestRegionTreeModel::countsForARegionNotYetListed()
{
    // Images may arrive before the regions do: the counts wait for their row.
    RegionTreeModel model(nullptr);
    Tester tester(&model, QtTestReporting);
    model.setImages({makeImage("lh-1", "a"), makeImage("lh-2", "b")});
    QCOMPARE(model.imageCount(QStringLiteral("lighthouse/ap-guangzhou")), 2);
    model.setRegions({makeRegion(Product::Lighthouse, "ap-guangzhou", "Guangzhou")});
    QCOMPARE(
        model.indexForKey(QStringLiteral("lighthouse/ap-guangzhou"), RegionTreeModel::ImagesColumn)
            .data()
            .toInt(),
        2);
    QCOMPARE(model.index(0, RegionTreeModel::ImagesColumn).data().toInt(), 2);
}

namespace {

// Two accounts of the same cloud, with the same region and image ids (scoped, as
// CompositeBackend hands them out).
struct AccountsFixture
{
    AccountsFixture()
    {
        backend.productList = {Product::Lighthouse, Product::Ecs};
        backend.accountList = {
            {QStringLiteral("a1"), QStringLiteral("Company"), AccountStatus::State::Connected, {}},
            {QStringLiteral("a2"), QStringLiteral("Client"), AccountStatus::State::Connected, {}}};
        backend.regions = {
            makeRegion(Product::Lighthouse, "a1:ap-guangzhou", "South China (Guangzhou)"),
            makeRegion(Product::Ecs, "a1:cn-hangzhou", "China (Hangzhou)"),
            makeRegion(Product::Lighthouse, "a2:ap-guangzhou", "South China (Guangzhou)")};
        backend.images = {makeImage("a1:lh-1", "web-1", Product::Lighthouse, "a1:ap-guangzhou"),
                          makeImage("a2:lh-1", "web-1", Product::Lighthouse, "a2:ap-guangzhou"),
                          makeImage("a2:lh-2", "web-2", Product::Lighthouse, "a2:ap-guangzhou"),
                          makeImage("a1:m-1", "cache", Product::Ecs, "a1:cn-hangzhou")};
        model.reload();
    }
    int count(const QString &key, int column)
    {
        return model.indexForKey(key, column).data().toInt();
    }
    FakeBackend backend;
    RegionTreeModel model{&backend};
    Tester tester{&model, QtTestReporting};
};

} // namespace

void TestRegionTreeModel::accountsGroupTheirProductsAndRegions()
{
    AccountsFixture f;
    QVERIFY(f.model.showsAccounts());
    QCOMPARE(f.model.rowCount(), 2);
    const QModelIndex company = f.model.index(0, 0);
    const QModelIndex client = f.model.index(1, 0);
    QCOMPARE(company.data().toString(), QStringLiteral("Company"));
    QCOMPARE(client.data().toString(), QStringLiteral("Client"));
    QCOMPARE(company.data(RegionTreeModel::RegionKeyRole).toString(), QStringLiteral("a1:"));
    // Account -> product -> region: Company has Lighthouse and ECS, Client only Lighthouse.
    QCOMPARE(f.model.rowCount(company), 2);
    QCOMPARE(f.model.rowCount(client), 1);
    const QModelIndex clientLighthouse = f.model.index(0, 0, client);
    QCOMPARE(clientLighthouse.data(RegionTreeModel::ProductRole).toInt(), int(Product::Lighthouse));
    QCOMPARE(clientLighthouse.data(RegionTreeModel::RegionKeyRole).toString(),
             QStringLiteral("lighthouse/a2:"));
    QCOMPARE(clientLighthouse.parent(), client);
    const QModelIndex region = f.model.index(0, 0, clientLighthouse);
    QCOMPARE(region.data(RegionTreeModel::RegionKeyRole).toString(),
             QStringLiteral("lighthouse/a2:ap-guangzhou"));
    QCOMPARE(region.parent(), clientLighthouse);
    QCOMPARE(region.data(Qt::ToolTipRole).toString(), QStringLiteral("ap-guangzhou"));
    // Counts per region, per account's product, per account; the same region id of two
    // accounts counts apart.
    QCOMPARE(f.count("lighthouse/a2:ap-guangzhou", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("lighthouse/a1:ap-guangzhou", RegionTreeModel::ImagesColumn), 1);
    QCOMPARE(f.count("lighthouse/a2:", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("a1:", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.count("a2:", RegionTreeModel::ImagesColumn), 2);
    QCOMPARE(f.model.imageCount(QStringLiteral("lighthouse/")), 3); // the product, all accounts
    QCOMPARE(f.model.indexForKey(QStringLiteral("a2:")), client);
    QCOMPARE(f.model.regionKeys(Product::Lighthouse, QStringLiteral("a2:lh-1")),
             QStringList{QStringLiteral("lighthouse/a2:ap-guangzhou")});
    QCOMPARE(f.model.regionKeys(Product::Lighthouse).size(), 2);
}

void TestRegionTreeModel::anAccountsChangeRepaintsItsOwnCells()
{
    AccountsFixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    f.backend.upsertImage(makeImage("a2:lh-9", "new", Product::Lighthouse, "a2:ap-guangzhou"));
    QCOMPARE(resets.count(), 0);
    // The region's cell, its product's under Client, and Client's: nothing of Company.
    QCOMPARE(changed.count(), 3);
    const QModelIndex client = f.model.index(1, 0);
    const QModelIndex product = f.model.index(0, 0, client);
    QList<QModelIndex> cells;
    for (const QList<QVariant> &args : changed)
        cells << args.at(0).value<QModelIndex>();
    QVERIFY(cells.contains(f.model.index(0, RegionTreeModel::ImagesColumn, product)));
    QVERIFY(cells.contains(f.model.index(0, RegionTreeModel::ImagesColumn, client)));
    QVERIFY(cells.contains(f.model.index(1, RegionTreeModel::ImagesColumn)));
    QCOMPARE(f.count("a2:", RegionTreeModel::ImagesColumn), 3);
    QCOMPARE(f.count("a1:", RegionTreeModel::ImagesColumn), 2);
}

void TestRegionTreeModel::aFailedAccountSaysSoOnItsNode()
{
    AccountsFixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.backend.setAccountStatus({QStringLiteral("a2"), QStringLiteral("Client"),
                                AccountStatus::State::Failed,
                                QStringLiteral("Connection refused by 127.0.0.1:9.")});
    QCOMPARE(changed.count(), 1);
    const QModelIndex client = f.model.index(1, 0);
    QVERIFY(client.data().toString().contains(QStringLiteral("Client")));
    QVERIFY(client.data().toString() != QStringLiteral("Client"));
    QCOMPARE(client.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Connection refused by 127.0.0.1:9."));
    const auto status = client.data(RegionTreeModel::AccountStatusRole).value<AccountStatus>();
    QCOMPARE(status.state, AccountStatus::State::Failed);
    // Company is untouched.
    QCOMPARE(f.model.index(0, 0).data().toString(), QStringLiteral("Company"));
}

QTEST_GUILESS_MAIN(TestRegionTreeModel)
#include "tst_regiontreemodel.moc"
