// ResourceFilterProxy over an ImageTableModel fed by a FakeBackend: region, text and state
// filters, typed sorting, the signals of each change, and a randomized check of the mapping
// against a brute-force filter + sort.

#include "fakebackend.h"
#include "imagetablemodel.h"
#include "instancetablemodel.h"
#include "resourcefilterproxy.h"
#include "searchmatcher.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace imprint;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

// What the proxy shows in one column, top to bottom.
QStringList column(const QAbstractItemModel &model, int column = ImageTableModel::NameColumn)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// Several products and regions, names chosen so that text filters have clear answers.
QList<Image> sampleImages()
{
    QList<Image> images;
    images
        << makeImage("lh-1", "web-1", Product::Lighthouse, "ap-guangzhou", ImageState::Available, 1)
        << makeImage("lh-2", "web-2", Product::Lighthouse, "ap-guangzhou", ImageState::Creating, 2)
        << makeImage("lh-3", "db-1", Product::Lighthouse, "ap-shanghai", ImageState::Available, 3)
        << makeImage("cvm-1", "web-10", Product::Cvm, "ap-guangzhou", ImageState::Failed, 4)
        << makeImage("m-1", "Cache", Product::Ecs, "cn-hangzhou", ImageState::Available, 5);
    images[0].systemDiskGiB = 100;
    images[1].systemDiskGiB = 5;
    images[2].systemDiskGiB = 40;
    images[3].systemDiskGiB = 20;
    images[4].systemDiskGiB = 60;
    return images;
}

struct Fixture
{
    Fixture()
    {
        backend.images = sampleImages();
        model.reload();
        proxy.setSourceModel(&model);
    }
    FakeBackend backend;
    ImageTableModel model{&backend};
    ResourceFilterProxy proxy;
    Tester modelTester{&model, QtTestReporting};
    Tester proxyTester{&proxy, QtTestReporting};
};

} // namespace

class TestResourceFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void searchMatcherFoldsCase();
    void showsEverythingUnfiltered();
    void regionFilterShowsOnlyThatRegion();
    void productKeyShowsTheWholeProduct();
    void accountKeysShowOneAccount();
    void filterTextNarrowsCaseInsensitively();
    void filterTextMatchesIdStateAndRegion();
    void keyValueTextFindsTaggedImages();
    void typingOnRemovesRowsWithoutReset();
    void clearingTheFilterInsertsRowsBack();
    void sweepingChangeMovesThenRemovesOneRange();
    void stateFilter();
    void sortsByTypedKeys();
    void sortKeepsPersistentIndexes();
    void newImageLandsAtItsSortedPlace();
    void removalRemovesTheProxyRow();
    void renameMovesTheRow();
    void changeInOrOutOfTheFilter();
    void progressChangeRepaintsOneProxyCell();
    void sourceReloadResetsTheProxy();
    void refusesOtherSourceModels();
    void instancesFilterByZone();
    void costSortSurvivesFreeTierFlips();
    void randomChangesMatchBruteForce_data();
    void randomChangesMatchBruteForce();
    void manyRowsSortOnAWorker();
    void aLoadShowsItsRowsAtOnceThenSorted();
    void randomChangesWhileAWorkerSorts();
};

void TestResourceFilterProxy::searchMatcherFoldsCase()
{
    QVERIFY(SearchMatcher(u"WEB").matches(u"my-web-server"));
    QVERIFY(SearchMatcher(u"web").matches(u"MY-WEB"));
    QVERIFY(SearchMatcher(u"ÄRGER").matches(u"kein ärger"));
    QVERIFY(SearchMatcher(u"广州").matches(u"华南地区(广州)"));
    QVERIFY(!SearchMatcher(u"web-3").matches(u"web-2"));
    QVERIFY(SearchMatcher(u"").matches(u"anything"));
    QVERIFY(!SearchMatcher(u"longer").matches(u"long"));
    QVERIFY(SearchMatcher(u"aab").matches(u"aaab"));
    QVERIFY(SearchMatcher(u"web-1").isNarrowerThan(SearchMatcher(u"WEB")));
    QVERIFY(!SearchMatcher(u"web").isNarrowerThan(SearchMatcher(u"web-1")));
}

void TestResourceFilterProxy::showsEverythingUnfiltered()
{
    Fixture f;
    QCOMPARE(f.proxy.rowCount(), 5);
    QCOMPARE(f.proxy.columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(column(f.proxy), column(f.model));
    QCOMPARE(f.proxy.mapToSource(f.proxy.index(3, 2)), f.model.index(3, 2));
    QCOMPARE(f.proxy.mapFromSource(f.model.index(4, 1)), f.proxy.index(4, 1));
    QCOMPARE(f.proxy.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestResourceFilterProxy::regionFilterShowsOnlyThatRegion()
{
    Fixture f;
    f.proxy.setRegionKey(QStringLiteral("lighthouse/ap-guangzhou"));
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-2"}));
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        QCOMPARE(f.proxy.index(row, 0).data(ItemRoles::RegionKeyRole).toString(),
                 QStringLiteral("lighthouse/ap-guangzhou"));
    // Same region id, other product: not shown.
    QVERIFY(!column(f.proxy).contains(QStringLiteral("web-10")));
    QCOMPARE(f.proxy.mapFromSource(f.model.index(3, 0)), QModelIndex());

    f.proxy.setRegionKey(QStringLiteral("cvm/ap-guangzhou"));
    QCOMPARE(column(f.proxy), QStringList({"web-10"}));
    f.proxy.setRegionKey(QStringLiteral("nosuchproduct/x"));
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.setRegionKey(QString());
    QCOMPARE(f.proxy.rowCount(), 5);
}

void TestResourceFilterProxy::productKeyShowsTheWholeProduct()
{
    Fixture f;
    f.proxy.setRegionKey(QStringLiteral("lighthouse/"));
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-2", "db-1"}));
    f.proxy.setRegionKey(QStringLiteral("ecs"));
    QCOMPARE(column(f.proxy), QStringList({"Cache"}));
}

void TestResourceFilterProxy::accountKeysShowOneAccount()
{
    // Scoped ids as a composite of accounts hands them out: the same region in two accounts.
    FakeBackend backend;
    backend.images = {makeImage("a1:lh-1", "web-1", Product::Lighthouse, "a1:ap-guangzhou"),
                      makeImage("a2:lh-1", "web-1b", Product::Lighthouse, "a2:ap-guangzhou"),
                      makeImage("a2:m-1", "cache", Product::Ecs, "a2:cn-hangzhou")};
    ImageTableModel model(&backend);
    model.reload();
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setRegionKey(QStringLiteral("a2:"));
    QCOMPARE(column(proxy), QStringList({"web-1b", "cache"}));
    proxy.setRegionKey(QStringLiteral("lighthouse/a2:"));
    QCOMPARE(column(proxy), QStringList({"web-1b"}));
    proxy.setRegionKey(QStringLiteral("lighthouse/a1:ap-guangzhou"));
    QCOMPARE(column(proxy), QStringList({"web-1"}));
    proxy.setRegionKey(QStringLiteral("lighthouse/"));
    QCOMPARE(column(proxy), QStringList({"web-1", "web-1b"}));
    // The view shows the cloud's own id, not the scope.
    QCOMPARE(proxy.index(0, ImageTableModel::IdColumn).data().toString(), QStringLiteral("lh-1"));

    // Narrowing from an account to its product or region keeps rows; to another account not.
    ResourceFilter account, product, region, other;
    account.setRegionKey(QStringLiteral("a2:"));
    product.setRegionKey(QStringLiteral("lighthouse/a2:"));
    region.setRegionKey(QStringLiteral("lighthouse/a2:ap-guangzhou"));
    other.setRegionKey(QStringLiteral("lighthouse/a1:"));
    QVERIFY(product.isNarrowerThan(account));
    QVERIFY(region.isNarrowerThan(account));
    QVERIFY(region.isNarrowerThan(product));
    QVERIFY(!account.isNarrowerThan(product));
    QVERIFY(!other.isNarrowerThan(account));
    QVERIFY(!other.isNarrowerThan(product));
}

void TestResourceFilterProxy::filterTextNarrowsCaseInsensitively()
{
    Fixture f;
    f.proxy.setFilterText(QStringLiteral("WEB"));
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-2", "web-10"}));
    f.proxy.setFilterText(QStringLiteral("web-1"));
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-10"}));
    f.proxy.setFilterText(QStringLiteral("  web-10 "));
    QCOMPARE(column(f.proxy), QStringList({"web-10"}));
    QCOMPARE(f.proxy.filterText(), QStringLiteral("  web-10 "));
    f.proxy.setFilterText(QStringLiteral("cache"));
    QCOMPARE(column(f.proxy), QStringList({"Cache"}));
    f.proxy.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(f.proxy.rowCount(), 0);
}

void TestResourceFilterProxy::keyValueTextFindsTaggedImages()
{
    Fixture f;
    Image tagged = f.backend.images[4];
    tagged.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    f.backend.upsertImage(tagged);
    Image other = f.backend.images[2];
    other.tags = {{QStringLiteral("team"), QStringLiteral("env:prod")}};
    f.backend.upsertImage(other);
    // Typed keystroke by keystroke: each step narrows only where that is safe.
    QString typed;
    for (QChar c : QStringLiteral("Env:pro")) {
        typed += c;
        f.proxy.setFilterText(typed);
    }
    QCOMPARE(column(f.proxy), QStringList({"Cache"}));
    QCOMPARE(f.proxy.index(0, ImageTableModel::TagsColumn).data().toString(),
             QStringLiteral("env:prod"));
    f.proxy.setFilterText(QStringLiteral("env:"));
    QCOMPARE(column(f.proxy), QStringList({"Cache"}));
    // "nv:prod" is a different key: "Cache" is not kept by a mistaken narrowing.
    f.proxy.setFilterText(QStringLiteral("nv:prod"));
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.setFilterText(QStringLiteral("team:env"));
    QCOMPARE(column(f.proxy), QStringList({"db-1"}));
}

void TestResourceFilterProxy::filterTextMatchesIdStateAndRegion()
{
    Fixture f;
    f.proxy.setFilterText(QStringLiteral("cvm-1"));
    QCOMPARE(column(f.proxy), QStringList({"web-10"}));
    f.proxy.setFilterText(QStringLiteral("creat"));
    QCOMPARE(column(f.proxy), QStringList({"web-2"}));
    f.proxy.setFilterText(QStringLiteral("failed"));
    QCOMPARE(column(f.proxy), QStringList({"web-10"}));
    f.proxy.setFilterText(QStringLiteral("shanghai"));
    QCOMPARE(column(f.proxy), QStringList({"db-1"}));
    // Text and region combine.
    f.proxy.setFilterText(QStringLiteral("web"));
    f.proxy.setRegionKey(QStringLiteral("cvm/"));
    QCOMPARE(column(f.proxy), QStringList({"web-10"}));
}

void TestResourceFilterProxy::typingOnRemovesRowsWithoutReset()
{
    Fixture f;
    f.proxy.setFilterText(QStringLiteral("web"));
    QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    QSignalSpy filterChanged(&f.proxy, &ResourceFilterProxy::filterChanged);

    f.proxy.setFilterText(QStringLiteral("web-"));
    QCOMPARE(removed.count(), 0); // same rows: no signal at all
    f.proxy.setFilterText(QStringLiteral("web-1"));
    QCOMPARE(removed.count(), 1); // web-2 (proxy row 1)
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(filterChanged.count(), 2);
}

void TestResourceFilterProxy::clearingTheFilterInsertsRowsBack()
{
    Fixture f;
    f.proxy.setFilterText(QStringLiteral("web-2"));
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    f.proxy.setFilterText(QString());
    QCOMPARE(column(f.proxy), column(f.model));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 2); // rows 0..0 and 2..4 around web-2
}

void TestResourceFilterProxy::sweepingChangeMovesThenRemovesOneRange()
{
    // Every other row goes: more runs than views like as separate signals, so one layout
    // change gathers them at the end and one rowsRemoved drops them; nothing resets, and a
    // persistent index on a kept row follows it.
    ImageTableModel model(nullptr);
    QList<Image> images;
    for (int i = 0; i < 200; ++i)
        images.append(makeImage(QStringLiteral("img-%1").arg(i),
                                QString::fromLatin1(i % 2 ? "odd-%1" : "even-%1").arg(i)));
    model.setImages(images);
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    const QPersistentModelIndex kept = proxy.index(151, 0);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setFilterText(QStringLiteral("odd"));
    QCOMPARE(proxy.rowCount(), 100);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 100);
    QCOMPARE(removed.first().at(2).toInt(), 199);
    QCOMPARE(kept.data().toString(), QStringLiteral("odd-151"));
    QCOMPARE(kept.row(), 75);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.sourceRow(row), 2 * row + 1);
}

void TestResourceFilterProxy::stateFilter()
{
    Fixture f;
    f.proxy.setStateFilter(int(ImageState::Creating));
    QCOMPARE(column(f.proxy), QStringList({"web-2"}));
    QCOMPARE(f.proxy.stateFilter(), int(ImageState::Creating));
    f.proxy.setStateFilter(ResourceFilterProxy::AnyState);
    QCOMPARE(f.proxy.rowCount(), 5);
}

void TestResourceFilterProxy::sortsByTypedKeys()
{
    Fixture f;
    QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);

    f.proxy.sort(ImageTableModel::NameColumn);
    QCOMPARE(column(f.proxy), QStringList({"Cache", "db-1", "web-1", "web-10", "web-2"}));
    f.proxy.sort(ImageTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(f.proxy), QStringList({"web-2", "web-10", "web-1", "db-1", "Cache"}));
    // Sizes sort as numbers (a string compare would put "100 GiB" before "20 GiB").
    f.proxy.sort(ImageTableModel::SizeColumn);
    QCOMPARE(column(f.proxy, ImageTableModel::SizeColumn),
             QStringList({"5 GiB", "20 GiB", "40 GiB", "60 GiB", "100 GiB"}));
    f.proxy.sort(ImageTableModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(column(f.proxy, ImageTableModel::IdColumn),
             QStringList({"m-1", "cvm-1", "lh-3", "lh-2", "lh-1"}));
    f.proxy.sort(ImageTableModel::CostColumn, Qt::DescendingOrder);
    QCOMPARE(f.proxy.index(0, ImageTableModel::IdColumn).data().toString(),
             QStringLiteral("m-1")); // 60 GiB of ECS snapshots is the dearest
    // Sorting works on the filtered rows too, and -1 restores the source order.
    f.proxy.setRegionKey(QStringLiteral("lighthouse/"));
    f.proxy.sort(ImageTableModel::NameColumn);
    QCOMPARE(column(f.proxy), QStringList({"db-1", "web-1", "web-2"}));
    f.proxy.sort(-1);
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-2", "db-1"}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 7);
    QCOMPARE(f.proxy.sortColumn(), -1);
}

void TestResourceFilterProxy::sortKeepsPersistentIndexes()
{
    Fixture f;
    const QPersistentModelIndex web2(f.proxy.index(1, ImageTableModel::StateColumn));
    f.proxy.sort(ImageTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(web2.isValid());
    QCOMPARE(web2.row(), 0);
    QCOMPARE(web2.column(), int(ImageTableModel::StateColumn));
    QCOMPARE(web2.data(ItemRoles::IdRole).toString(), QStringLiteral("lh-2"));
}

void TestResourceFilterProxy::newImageLandsAtItsSortedPlace()
{
    Fixture f;
    f.proxy.sort(ImageTableModel::NameColumn);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    f.backend.upsertImage(makeImage("lh-9", "dz", Product::Lighthouse, "ap-guangzhou"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(column(f.proxy), QStringList({"Cache", "db-1", "dz", "web-1", "web-10", "web-2"}));

    // Filtered out: no proxy signal.
    f.proxy.setRegionKey(QStringLiteral("ecs/"));
    inserted.clear();
    f.backend.upsertImage(makeImage("lh-10", "aaa", Product::Lighthouse, "ap-guangzhou"));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(column(f.proxy), QStringList({"Cache"}));
}

void TestResourceFilterProxy::removalRemovesTheProxyRow()
{
    Fixture f;
    f.proxy.sort(ImageTableModel::NameColumn);
    QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
    f.backend.removeImage(QStringLiteral("lh-3")); // db-1, proxy row 1
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(column(f.proxy), QStringList({"Cache", "web-1", "web-10", "web-2"}));
    // The mapping follows the source rows that moved up.
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex source = f.proxy.mapToSource(f.proxy.index(row, 0));
        QCOMPARE(f.proxy.mapFromSource(source).row(), row);
        QCOMPARE(source.data().toString(), f.proxy.index(row, 0).data().toString());
    }
}

void TestResourceFilterProxy::renameMovesTheRow()
{
    Fixture f;
    f.proxy.sort(ImageTableModel::NameColumn);
    QSignalSpy moved(&f.proxy, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex cache(f.proxy.index(0, 0));

    Image image = f.model.imageAt(f.model.rowOfId(QStringLiteral("m-1")));
    image.name = QStringLiteral("zz-cache");
    f.backend.upsertImage(image);

    QCOMPARE(moved.count(), 1);
    QCOMPARE(column(f.proxy), QStringList({"db-1", "web-1", "web-10", "web-2", "zz-cache"}));
    QCOMPARE(cache.row(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 4);
    QCOMPARE(resets.count(), 0);

    // Upwards too.
    image.name = QStringLiteral("a-cache");
    f.backend.upsertImage(image);
    QCOMPARE(column(f.proxy), QStringList({"a-cache", "db-1", "web-1", "web-10", "web-2"}));
    QCOMPARE(cache.row(), 0);
    // A rename that keeps its place moves nothing.
    moved.clear();
    image.name = QStringLiteral("b-cache");
    f.backend.upsertImage(image);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(column(f.proxy).first(), QStringLiteral("b-cache"));
}

void TestResourceFilterProxy::changeInOrOutOfTheFilter()
{
    Fixture f;
    f.proxy.setStateFilter(int(ImageState::Creating));
    QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);

    Image image = f.model.imageAt(f.model.rowOfId(QStringLiteral("lh-2")));
    image.state = ImageState::Available;
    f.backend.upsertImage(image);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.proxy.rowCount(), 0);

    image.state = ImageState::Creating;
    f.backend.upsertImage(image);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(column(f.proxy), QStringList({"web-2"}));
}

void TestResourceFilterProxy::progressChangeRepaintsOneProxyCell()
{
    Fixture f;
    f.proxy.sort(ImageTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
    Image image = f.model.imageAt(f.model.rowOfId(QStringLiteral("lh-2")));
    image.progress = 55;
    f.backend.upsertImage(image);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, f.proxy.index(0, ImageTableModel::StateColumn));
    QCOMPARE(bottomRight, topLeft);
    QCOMPARE(topLeft.data().toString(), QStringLiteral("Creating 55%"));
}

void TestResourceFilterProxy::sourceReloadResetsTheProxy()
{
    Fixture f;
    f.proxy.sort(ImageTableModel::NameColumn);
    f.proxy.setFilterText(QStringLiteral("web"));
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    f.backend.images.append(makeImage("lh-20", "web-0"));
    f.model.reload();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(column(f.proxy), QStringList({"web-0", "web-1", "web-10", "web-2"}));
}

void TestResourceFilterProxy::refusesOtherSourceModels()
{
    QStandardItemModel other(2, 2);
    ResourceFilterProxy proxy;
    Tester tester(&proxy, QtTestReporting);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("needs a ResourceTableModel")));
    proxy.setSourceModel(&other);
    QCOMPARE(proxy.sourceModel(), nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestResourceFilterProxy::instancesFilterByZone()
{
    FakeBackend backend;
    backend.instances = {makeInstance("ins-1", "web-a"),
                         makeInstance("ins-2", "web-b", Product::Lighthouse, "ap-shanghai")};
    InstanceTableModel model(&backend);
    model.reload();
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    proxy.setFilterText(QStringLiteral("shanghai-1"));
    QCOMPARE(column(proxy), QStringList({"web-b"}));
    proxy.setFilterText(QString());
    proxy.setRegionKey(QStringLiteral("lighthouse/ap-guangzhou"));
    QCOMPARE(column(proxy), QStringList({"web-a"}));
}

namespace {

// The proxy's rows as source rows, and what filtering + sorting from scratch gives.
QList<int> shownSourceRows(const ResourceFilterProxy &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

QList<int> bruteForce(const ImageTableModel &model, const ResourceFilterProxy &proxy)
{
    ResourceFilter filter;
    filter.setRegionKey(proxy.regionKey());
    filter.setText(proxy.filterText());
    filter.setState(proxy.stateFilter());
    QList<int> expected;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.acceptsRow(row, filter))
            expected.append(row);
    if (proxy.sortColumn() >= 0) {
        const int sortColumn = proxy.sortColumn();
        const bool ascending = proxy.sortOrder() == Qt::AscendingOrder;
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            const int c = model.compareRows(sortColumn, a, b);
            return ascending ? c < 0 : c > 0;
        });
    }
    return expected;
}

} // namespace

void TestResourceFilterProxy::costSortSurvivesFreeTierFlips()
{
    // An older Lighthouse image takes a free place: the image it pushes out becomes billed.
    // Both move in a cost-sorted view, and the proxy must place the new row while the pushed
    // one still sits among the free ones.
    FakeBackend backend;
    for (int i = 0; i < 8; ++i)
        backend.images.append(makeImage(QStringLiteral("lh-%1").arg(i),
                                        QStringLiteral("web-%1").arg(i), Product::Lighthouse,
                                        "ap-guangzhou", ImageState::Available, 10 + i));
    ImageTableModel model(&backend);
    model.reload();
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(ImageTableModel::CostColumn, order);
        for (int i = 0; i < 4; ++i) {
            backend.upsertImage(makeImage(QStringLiteral("old-%1-%2").arg(order).arg(i),
                                          QStringLiteral("old"), Product::Lighthouse,
                                          "ap-guangzhou", ImageState::Available, -i - 10 * order));
            QCOMPARE(shownSourceRows(proxy), bruteForce(model, proxy));
        }
        // Moving an image in time or out of the region flips places too.
        Image moved = model.imageAt(0);
        moved.createdAt = moved.createdAt.addDays(30);
        backend.upsertImage(moved);
        QCOMPARE(shownSourceRows(proxy), bruteForce(model, proxy));
        moved.regionId = QStringLiteral("ap-shanghai");
        backend.upsertImage(moved);
        QCOMPARE(shownSourceRows(proxy), bruteForce(model, proxy));
        backend.removeImage(model.imageAt(1).id);
        QCOMPARE(shownSourceRows(proxy), bruteForce(model, proxy));
    }
}

void TestResourceFilterProxy::randomChangesMatchBruteForce_data()
{
    QTest::addColumn<int>("parallelFilterRows");
    QTest::newRow("filtered on this thread") << 1000000;
    QTest::newRow("filtered in parallel") << 0; // as a 100 000-image table is
}

void TestResourceFilterProxy::randomChangesMatchBruteForce()
{
    // Random upserts, renames, removals, filter and sort changes; after each step the proxy
    // must show exactly what filtering and sorting the model from scratch shows.
    QFETCH(int, parallelFilterRows);
    FakeBackend backend;
    ImageTableModel model(&backend);
    ResourceFilterProxy proxy;
    proxy.setParallelFilterRows(parallelFilterRows);
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    QRandomGenerator random(42);
    // Many regions, interleaved row by row, as several accounts load them.
    const QStringList regions{"ap-guangzhou", "ap-shanghai", "ap-beijing",   "ap-chengdu",
                              "ap-nanjing",   "ap-hongkong", "ap-singapore", "ap-tokyo",
                              "ap-seoul",     "na-ashburn"};
    const QStringList words{"web", "db", "cache", "api", "Web"};
    const QStringList filters{"", "w", "we", "web", "web-1", "db", "a", "1"};
    int next = 0;
    QStringList ids;

    auto randomImage = [&](const QString &id) {
        Image image = makeImage(id,
                                QStringLiteral("%1-%2")
                                    .arg(words.at(int(random.bounded(int(words.size())))))
                                    .arg(random.bounded(30)),
                                random.bounded(2) ? Product::Lighthouse : Product::Cvm,
                                regions.at(int(random.bounded(int(regions.size())))),
                                ImageState(random.bounded(3)), int(random.bounded(100)));
        image.systemDiskGiB = int(random.bounded(5)) * 10;
        return image;
    };

    for (int step = 0; step < 600; ++step) {
        const int action = int(random.bounded(10));
        if (action < 4 || ids.isEmpty()) {
            const QString id = QStringLiteral("img-%1").arg(next++);
            ids.append(id);
            backend.upsertImage(randomImage(id));
        } else if (action < 6) {
            const QString id = ids.at(int(random.bounded(int(ids.size()))));
            Image image = randomImage(id);
            backend.upsertImage(image);
        } else if (action < 8) {
            backend.removeImage(ids.takeAt(int(random.bounded(int(ids.size())))));
        } else if (action == 8) {
            proxy.setFilterText(filters.at(int(random.bounded(int(filters.size())))));
            if (random.bounded(3) == 0)
                proxy.setRegionKey(random.bounded(2) ? QStringLiteral("lighthouse/ap-shanghai")
                                                     : QString());
        } else {
            const int columns[] = {-1,
                                   ImageTableModel::NameColumn,
                                   ImageTableModel::StateColumn,
                                   ImageTableModel::SizeColumn,
                                   ImageTableModel::CostColumn,
                                   ImageTableModel::CreatedColumn};
            proxy.sort(columns[random.bounded(6)],
                       random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        }

        // Brute force: test each row, then a stable sort by the typed comparison.
        const QList<int> expected = bruteForce(model, proxy);
        const QList<int> actual = shownSourceRows(proxy);
        if (actual != expected)
            qWarning() << "step" << step << "action" << action << "actual" << actual << "expected"
                       << expected;
        QCOMPARE(actual, expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.proxyRow(actual.at(row)), row);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestResourceFilterProxy::manyRowsSortOnAWorker()
{
    Fixture f;
    f.proxy.setAsyncSortRows(3); // the fixture's five rows count as many
    QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    QSignalSpy sorted(&f.proxy, &ResourceFilterProxy::sorted);
    const QPersistentModelIndex web2(f.proxy.index(1, ImageTableModel::StateColumn));

    f.proxy.sort(ImageTableModel::NameColumn, Qt::DescendingOrder);
    // Asked for, not shown yet: the old order stays until the worker's arrives.
    QVERIFY(f.proxy.isSorting());
    QCOMPARE(f.proxy.sortColumn(), int(ImageTableModel::NameColumn));
    QCOMPARE(column(f.proxy), QStringList({"web-1", "web-2", "db-1", "web-10", "Cache"}));
    QVERIFY(sorted.wait(5000));
    QVERIFY(!f.proxy.isSorting());
    QCOMPARE(column(f.proxy), QStringList({"web-2", "web-10", "web-1", "db-1", "Cache"}));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(web2.row(), 0); // selection and scroll position follow their rows
    QCOMPARE(web2.data(ItemRoles::IdRole).toString(), QStringLiteral("lh-2"));

    // A key that changes while the worker sorts lands in its place all the same.
    f.proxy.sort(ImageTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(f.proxy.isSorting());
    Image cache = f.model.imageAt(f.model.rowOfId(QStringLiteral("m-1")));
    cache.name = QStringLiteral("zz-cache");
    f.backend.upsertImage(cache);
    QVERIFY(sorted.wait(5000));
    QCOMPARE(column(f.proxy), QStringList({"db-1", "web-1", "web-10", "web-2", "zz-cache"}));

    // A row that arrives meanwhile starts the sort over; the answer still has every row.
    f.proxy.sort(ImageTableModel::SizeColumn);
    f.backend.upsertImage(makeImage("lh-9", "dz", Product::Lighthouse, "ap-guangzhou"));
    QVERIFY(sorted.wait(5000));
    QCOMPARE(column(f.proxy, ImageTableModel::SizeColumn),
             QStringList({"5 GiB", "20 GiB", "40 GiB", "40 GiB", "60 GiB", "100 GiB"}));
    QCOMPARE(shownSourceRows(f.proxy), bruteForce(f.model, f.proxy));

    // Asking for the order shown while a worker sorts another drops the other.
    f.proxy.sort(ImageTableModel::NameColumn);
    QVERIFY(f.proxy.isSorting());
    f.proxy.sort(ImageTableModel::SizeColumn);
    QVERIFY(!f.proxy.isSorting());
    QCOMPARE(resets.count(), 0);
}

void TestResourceFilterProxy::aLoadShowsItsRowsAtOnceThenSorted()
{
    Fixture f;
    f.proxy.setAsyncSortRows(3);
    f.proxy.sort(ImageTableModel::NameColumn);
    QSignalSpy sorted(&f.proxy, &ResourceFilterProxy::sorted);
    QVERIFY(sorted.wait(5000));
    f.backend.images = sampleImages();
    f.backend.images[0].name = QStringLiteral("zz-web-1");
    f.model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(f.model.rowCount(), 5, 5000);
    // The load is shown at once, in arrival order, then sorted by the worker.
    QCOMPARE(f.proxy.rowCount(), 5);
    QVERIFY(sorted.wait(5000));
    QCOMPARE(column(f.proxy), QStringList({"Cache", "db-1", "web-10", "web-2", "zz-web-1"}));
}

void TestResourceFilterProxy::randomChangesWhileAWorkerSorts()
{
    // As randomChangesMatchBruteForce, with every sort on a worker and changes arriving while
    // it runs; whenever the worker has answered, the proxy shows what the brute force does.
    FakeBackend backend;
    ImageTableModel model(&backend);
    ResourceFilterProxy proxy;
    proxy.setAsyncSortRows(0);
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    QRandomGenerator random(7);
    const QStringList words{"web", "db", "cache", "api", "Web"};
    int next = 0;
    QStringList ids;
    auto randomImage = [&](const QString &id) {
        Image image = makeImage(id,
                                QStringLiteral("%1-%2")
                                    .arg(words.at(int(random.bounded(int(words.size())))))
                                    .arg(random.bounded(30)),
                                random.bounded(2) ? Product::Lighthouse : Product::Cvm,
                                random.bounded(2) ? "ap-guangzhou" : "ap-shanghai",
                                ImageState(random.bounded(3)), int(random.bounded(100)));
        image.systemDiskGiB = int(random.bounded(5)) * 10;
        return image;
    };
    for (int i = 0; i < 40; ++i) {
        ids.append(QStringLiteral("img-%1").arg(next++));
        backend.upsertImage(randomImage(ids.last()));
    }
    const int columns[] = {ImageTableModel::NameColumn, ImageTableModel::SizeColumn,
                           ImageTableModel::CostColumn, ImageTableModel::CreatedColumn,
                           ImageTableModel::SourceColumn};
    for (int round = 0; round < 60; ++round) {
        proxy.sort(columns[random.bounded(5)],
                   random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        for (int change = int(random.bounded(4)); change > 0; --change) {
            const int action = int(random.bounded(3));
            if (action == 0) {
                ids.append(QStringLiteral("img-%1").arg(next++));
                backend.upsertImage(randomImage(ids.last()));
            } else if (action == 1) {
                backend.upsertImage(randomImage(ids.at(int(random.bounded(int(ids.size()))))));
            } else if (ids.size() > 1) {
                backend.removeImage(ids.takeAt(int(random.bounded(int(ids.size())))));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSorting(), 5000);
        QCOMPARE(shownSourceRows(proxy), bruteForce(model, proxy));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestResourceFilterProxy)
#include "tst_resourcefilterproxy.moc"
