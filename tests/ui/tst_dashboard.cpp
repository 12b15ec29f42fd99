// DashboardWidget over the embedded simulator (demo world, manual clock), as a user sees it:
// an image beyond the free tier moves the count, the cost, the totals and both charts; an
// overdue account shows in the account panel with the release count-down; a top-up brings the
// images back; the CSV export is checked field by field. A FakeQuotaBackend covers the empty
// state and a backend without account controls.

#include "costestimator.h"
#include "dashboardwidget.h"
#include "fakequotabackend.h"
#include "quotacostmodel.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace imprint;

namespace {

const QString kGuangzhou = QStringLiteral("ap-guangzhou");

// The value of a chart's bar for one category, summed over the sets (stacked: one non-zero).
qreal barValue(QChartView *view, const QString &category)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.isEmpty())
        return -1;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
    if (!bars || !axis)
        return -1;
    const int index = int(axis->categories().indexOf(category));
    if (index < 0)
        return -1;
    qreal sum = 0;
    for (QBarSet *set : bars->barSets())
        sum += index < set->count() ? set->at(index) : 0;
    return sum;
}

// The name of the set holding a category's non-zero value.
QString barSetOf(QChartView *view, const QString &category)
{
    auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
    const int index = int(axis->categories().indexOf(category));
    for (QBarSet *set : bars->barSets())
        if (index >= 0 && index < set->count() && set->at(index) > 0)
            return set->label();
    return {};
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<DashboardWidget> m_dashboard;

    QuotaCostModel *model() const { return m_dashboard->model(); }
    QChartView *chart(const char *name) const
    {
        return m_dashboard->findChild<QChartView *>(QLatin1String(name));
    }
    QString cell(Product product, const QString &region, int column) const
    {
        const int row = model()->rowOf(product, region);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    QString guangzhouCategory() const
    {
        // Bars are labelled "<product> <region id>": ids are short and never elided.
        return QStringLiteral("Lighthouse ") + kGuangzhou;
    }

private slots:
    void initTestCase()
    {
        installTranslations(); // English plural forms ("7 days")
        QVERIFY(m_sim.start());
        m_dashboard = std::make_unique<DashboardWidget>(m_sim.backend.get());
        m_dashboard->resize(1200, 800);
        m_dashboard->show();
        auto *empty = m_dashboard->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QLatin1String("Loading"))); // until reload()
        m_dashboard->reload();
        QTRY_VERIFY(!model()->isLoading() && model()->rowCount() > 0);
    }

    void showsEveryRegionWithCountsAndCosts()
    {
        // The demo world: 5 Lighthouse, 5 CVM, 6 UHost and 5 ECS regions.
        QCOMPARE(model()->rowCount(), 21);
        auto *stack = m_dashboard->findChild<QStackedWidget *>();
        QVERIFY(stack->currentWidget()->objectName() != QLatin1String("emptyState"));
        // Lighthouse Guangzhou: 18 images, 13 beyond the free tier of 5 = 13 x 7.20.
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::ImagesColumn),
                 QStringLiteral("18"));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::FreeTierColumn),
                 QStringLiteral("5 of 5"));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::QuotaUseColumn),
                 QStringLiteral("90%"));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::MonthlyCostColumn),
                 QStringLiteral("\u00a593.60"));
        QVERIFY(m_dashboard->totalsText().contains(QLatin1String("simulated list prices")));
        QVERIFY(m_dashboard->totalsText().contains(
            CostEstimator::formatFen(model()->totalMonthlyFen())));
        auto *view = m_dashboard->findChild<QTableView *>(QStringLiteral("quotaCostTable"));
        QVERIFY(view->isSortingEnabled());
        QVERIFY(view->itemDelegateForColumn(QuotaCostModel::QuotaUseColumn));
        // The charts hold one bar per region with images.
        QTRY_COMPARE(barValue(chart("costChart"), guangzhouCategory()), 93.6);
        QCOMPARE(barSetOf(chart("costChart"), guangzhouCategory()), QStringLiteral("Lighthouse"));
        QCOMPARE(barValue(chart("quotaChart"), guangzhouCategory()), 90.0);
        QCOMPARE(barSetOf(chart("quotaChart"), guangzhouCategory()), QStringLiteral("80% or more"));
    }

    void imageBeyondFreeTierMovesCountCostAndCharts()
    {
        const qint64 totalBefore = model()->totalMonthlyFen();
        const int imagesBefore = model()->totalImages();
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        const Instance blog = m_sim.findInstance(
            [](const Instance &i) { return i.name == QLatin1String("blog-server"); });
        QVERIFY(!blog.id.isEmpty());
        CreateImageRequest request;
        request.product = Product::Lighthouse;
        request.regionId = blog.regionId;
        request.sourceInstanceId = blog.id;
        request.name = QStringLiteral("blog-dashboard");
        request.forcedShutdownConsent = true;
        const Result<Operation> created = SimFixture::wait(m_sim.backend->createImage(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));

        // The count and cost follow at once (the image counts while it is being created).
        QTRY_COMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::ImagesColumn),
                     QStringLiteral("19"));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::MonthlyCostColumn),
                 QStringLiteral("\u00a5100.80"));
        QCOMPARE(model()->totalMonthlyFen(), totalBefore + 720);
        QCOMPARE(model()->totalImages(), imagesBefore + 1);
        QTRY_VERIFY(
            m_dashboard->totalsText().contains(CostEstimator::formatFen(totalBefore + 720)));
        // The charts follow within the coalescing delay.
        QTRY_COMPARE(barValue(chart("costChart"), guangzhouCategory()), 100.8);
        QTRY_COMPARE(barValue(chart("quotaChart"), guangzhouCategory()), 95.0);
        QCOMPARE(resets.count(), 0);

        // Completing the image changes nothing the dashboard shows.
        m_sim.advance(2 * 60 * 60);
        QTRY_COMPARE(
            m_sim
                .findImage([](const Image &i) { return i.name == QLatin1String("blog-dashboard"); })
                .state,
            ImageState::Available);
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::ImagesColumn),
                 QStringLiteral("19"));
    }

    void overdueShowsCountdownAndTopUpBringsImagesBack()
    {
        auto *topUpButton = m_dashboard->findChild<QPushButton *>("dashboardTopUpButton");
        QVERIFY(topUpButton->isVisible()); // the simulator lets the user control the account
        QVERIFY(!m_dashboard->account().isOverdue());
        QVERIFY(m_dashboard->accountText().contains(QLatin1String("In good standing")));
        QVERIFY(m_dashboard->countdownText().isEmpty());

        QVERIFY(SimFixture::wait(m_sim.backend->setBalance(-100)).ok());
        QTRY_VERIFY(m_dashboard->account().isOverdue());
        QVERIFY(m_dashboard->accountText().contains(QLatin1String("Overdue since")));
        QVERIFY(m_dashboard->accountText().contains(QStringLiteral("-\u00a51.00")));
        // Every Lighthouse image is to be repossessed; 7 days until release.
        const int lighthouseImages = model()->totalImages(Product::Lighthouse);
        QTRY_COMPARE(model()->totals().repossessed, lighthouseImages);
        QTRY_VERIFY2(m_dashboard->countdownText().contains(QLatin1String("Released in 7 days")),
                     qPrintable(m_dashboard->countdownText()));
        QVERIFY(m_dashboard->countdownText().contains(
            QStringLiteral("%1 Lighthouse custom images").arg(lighthouseImages)));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::RepossessedColumn),
                 QStringLiteral("19"));
        // The totals say it in a line of its own, a whole sentence with the count.
        QTRY_COMPARE(m_dashboard->totalsText().split(QLatin1Char('\n')).last(),
                     QStringLiteral("%1 custom images to be repossessed").arg(lighthouseImages));

        // Two simulated days later the count-down says 5.
        m_sim.advance(2 * 24 * 60 * 60);
        QTRY_VERIFY2(m_dashboard->countdownText().contains(QLatin1String("Released in 5 days")),
                     qPrintable(m_dashboard->countdownText()));

        // Top up through the dashboard: the account recovers and the images come back.
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        m_dashboard->topUp(1'000'000);
        QTRY_VERIFY(!m_dashboard->account().isOverdue());
        QTRY_COMPARE(model()->totals().repossessed, 0);
        QVERIFY(m_dashboard->countdownText().isEmpty());
        QVERIFY(m_dashboard->accountText().contains(QLatin1String("In good standing")));
        QCOMPARE(cell(Product::Lighthouse, kGuangzhou, QuotaCostModel::ImagesColumn),
                 QStringLiteral("19"));
        QCOMPARE(
            m_sim
                .findImage([](const Image &i) { return i.name == QLatin1String("blog-dashboard"); })
                .state,
            ImageState::Available);
        QCOMPARE(resets.count(), 0);
    }

    void exportsCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("dashboard.csv"));
        QCOMPARE(m_dashboard->exportCsv(path), QString());
        const QString csv = readFile(path);
        QCOMPARE(csv, m_dashboard->csvText());
        QVERIFY(csv.endsWith(QLatin1String("\r\n")));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model()->rowCount() + 2); // header, rows, total
        QCOMPARE(lines.first(),
                 QStringLiteral("Product,Region ID,Region,Custom images,Quota,Quota use %,"
                                "Free tier used,Free tier,Snapshot storage GiB,"
                                "Estimated monthly cost CNY,To be repossessed,Prices"));
        // Exact figures, no currency sign; a field with a comma is quoted. Lighthouse's price
        // is seeded from a cited figure; the snapshot GiB backs the images but is not priced.
        const QString guangzhouStart =
            QStringLiteral("Lighthouse,ap-guangzhou,South China (Guangzhou),19,20,95,5,5,");
        const QString guangzhouEnd =
            QStringLiteral(",100.80,0,\"simulated list price, seeded from published figures\"");
        int guangzhouLines = 0;
        for (const QString &line : lines)
            if (line.startsWith(guangzhouStart) && line.endsWith(guangzhouEnd))
                ++guangzhouLines;
        QCOMPARE(guangzhouLines, 1);
        bool hongKongQuoted = false;
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("Lighthouse,ap-hongkong,\"Hong Kong, China\",")))
                hongKongQuoted = true;
        QVERIFY(hongKongQuoted);
        QVERIFY(lines.last().startsWith(QStringLiteral("Total,,,%1,").arg(model()->totalImages())));
        QVERIFY(lines.last().contains(PriceTable::fenToDecimal(model()->totalMonthlyFen())));
        // Rows follow the table's order: sorted by cost, the dearest region comes first.
        auto *view = m_dashboard->findChild<QTableView *>(QStringLiteral("quotaCostTable"));
        view->sortByColumn(QuotaCostModel::MonthlyCostColumn, Qt::DescendingOrder);
        const QStringList sorted = m_dashboard->csvText().split(QStringLiteral("\r\n"));
        QVERIFY(sorted.at(1).startsWith(QLatin1String("Lighthouse,ap-guangzhou,")));
        view->sortByColumn(QuotaCostModel::ProductColumn, Qt::AscendingOrder);

        // A folder that does not exist: a sentence, no file.
        const QString error =
            m_dashboard->exportCsv(dir.filePath(QStringLiteral("missing/dashboard.csv")));
        QVERIFY(error.contains(QLatin1String("could not be")));
    }

    void csvFieldQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("ECS") << true << QStringLiteral("ECS");
        QTest::newRow("comma") << QStringLiteral("Hong Kong, China") << true
                               << QStringLiteral("\"Hong Kong, China\"");
        QTest::newRow("quote") << QStringLiteral("the \"big\" one") << true
                               << QStringLiteral("\"the \"\"big\"\" one\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
        QTest::newRow("edge space") << QStringLiteral(" a") << true << QStringLiteral("\" a\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << true << QStringLiteral("'=1+1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=SUM(A1,A2)") << true << QStringLiteral("\"'=SUM(A1,A2)\"");
        QTest::newRow("negative number")
            << QStringLiteral("-3.10") << false << QStringLiteral("-3.10");
        QTest::newRow("empty") << QString() << true << QString();
    }

    void csvFieldQuoting()
    {
        QFETCH(QString, value);
        QFETCH(bool, text);
        QFETCH(QString, field);
        QCOMPARE(DashboardWidget::csvField(value, text), field);
    }

    void emptyStateAndNoAccountControls()
    {
        FakeQuotaBackend fake;
        fake.accountControls = false;
        DashboardWidget dashboard(&fake);
        dashboard.show();
        dashboard.reload();
        QTRY_VERIFY(!dashboard.model()->isLoading());
        auto *stack = dashboard.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        auto *empty = dashboard.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QLatin1String("no regions")));
        QVERIFY(!dashboard.findChild<QPushButton *>("dashboardTopUpButton")->isVisible());
        QVERIFY(!dashboard.findChild<QPushButton *>("exportCsvButton")->isEnabled());
        // topUp() is refused without account controls.
        dashboard.topUp(100);
        QCOMPARE(fake.lastTopUpFen, qint64(0));

        // The first image names a region: the table appears, without a reload.
        fake.upsertImage(makeImage(QStringLiteral("lhbp-1"), QStringLiteral("web"),
                                   Product::Lighthouse, kGuangzhou));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("dashboardScroll"));
        QVERIFY(dashboard.findChild<QPushButton *>("exportCsvButton")->isEnabled());
        // One sentence carries the count and the cost, in the count's plural form.
        QTRY_VERIFY2(dashboard.totalsText().startsWith(
                         QStringLiteral("1 custom image, estimated \u00a50.00 a month")),
                     qPrintable(dashboard.totalsText()));
    }

    void cleanupTestCase() { m_dashboard.reset(); }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
