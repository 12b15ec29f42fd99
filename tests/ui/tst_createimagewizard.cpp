#include "costestimator.h"
#include "createimagewizard.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QtTest>

using namespace imprint;

// Walks the create-image wizard for each product against the embedded simulator.
class TestCreateImageWizard : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

    CreateImageContext contextFor(const Instance &instance)
    {
        CreateImageContext c;
        c.product = instance.product;
        c.regionId = instance.regionId;
        c.regionName = instance.regionId;
        c.instance = instance;
        fillRegion(c);
        return c;
    }
    void fillRegion(CreateImageContext &c)
    {
        const ProductPolicy &policy = ProductPolicy::forProduct(c.product);
        const QString key = Region::regionKey(c.product, c.regionId);
        for (const Image &image : SimFixture::wait(m_sim.backend->fetchImages(key)).value())
            c.imageNamesInRegion << image.name;
        c.regionSnapshots = SimFixture::wait(m_sim.backend->fetchSnapshots(key)).value();
        c.quota.product = c.product;
        c.quota.regionId = c.regionId;
        c.quota.used = int(c.imageNamesInRegion.size());
        c.quota.quota = policy.customImageQuota(c.regionId);
        c.quota.freeTier = policy.freeImagesPerRegion();
        c.account = SimFixture::wait(m_sim.backend->fetchAccount()).value();
    }
    static QAbstractButton *next(QWizard &w) { return w.button(QWizard::NextButton); }
    static QAbstractButton *finish(QWizard &w) { return w.button(QWizard::FinishButton); }
    static void typeName(QWizard &w, const QString &name)
    {
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("nameField"));
        QVERIFY(field);
        field->selectAll();
        QTest::keyClicks(field, name);
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QVERIFY(m_sim.start());
    }

    void lighthouseForcedShutdownConsentGatesCreate()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Lighthouse && i.regionId == QLatin1String("ap-shanghai");
        });
        QVERIFY(!instance.id.isEmpty());
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::SourcePage));
        QVERIFY(next(wizard)->isEnabled());
        wizard.next();
        typeName(wizard, QStringLiteral("shop-consent-test"));
        QVERIFY(next(wizard)->isEnabled());
        wizard.next();
        // Lighthouse images hold the system disk only: the data-disk page is skipped.
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::ShutdownPage));
        auto *consent = wizard.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"));
        QVERIFY(consent && consent->isVisible());
        QVERIFY(!next(wizard)->isEnabled());
        consent->setChecked(true);
        QVERIFY(next(wizard)->isEnabled());
        consent->setChecked(false);
        QVERIFY(!next(wizard)->isEnabled());
        consent->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::SummaryPage));
        QVERIFY(wizard.request().forcedShutdownConsent);
    }

    void uhostEconomyDiskCannotBeAssociated()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::UHost && i.name == QLatin1String("web-01");
        });
        QVERIFY(!instance.id.isEmpty());
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        wizard.show();
        wizard.next();
        typeName(wizard, QStringLiteral("web-assoc-test"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::DataDisksPage));
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("dataDiskList"));
        QVERIFY(list);
        int economy = -1;
        int ssd = -1;
        const QList<Disk> disks = instance.dataDisks();
        for (int i = 0; i < disks.size(); ++i)
            (disks[i].kind == DiskKind::EconomyCloud ? economy : ssd) = i;
        QVERIFY(economy >= 0 && ssd >= 0);
        QVERIFY(!(list->item(economy)->flags() & Qt::ItemIsEnabled));
        // The reason names the disk and says why.
        QVERIFY(list->item(economy)->text().contains(disks[economy].id));
        QVERIFY(list->item(economy)->text().contains(
            QLatin1String("cannot associate economy cloud disks")));
        QVERIFY(list->item(ssd)->flags() & Qt::ItemIsEnabled);
        // Even forced to checked, a disabled disk is never sent.
        list->item(economy)->setCheckState(Qt::Checked);
        list->item(ssd)->setCheckState(Qt::Checked);
        QCOMPARE(wizard.request().dataDiskIds, QStringList{disks[ssd].id});
        auto *notice = wizard.findChild<QLabel *>(QStringLiteral("snapshotServiceNotice"));
        QVERIFY(notice && notice->text().contains(QLatin1String("billed separately")));
    }

    void ecsDataDiskSnapshotsAloneAreRefused()
    {
        CreateImageContext c;
        c.product = Product::Ecs;
        c.regionId = QStringLiteral("cn-hangzhou");
        c.regionName = c.regionId;
        fillRegion(c);
        QString dataSnapshot;
        for (const Snapshot &s : c.regionSnapshots)
            if (s.role == DiskRole::Data && s.state == SnapshotState::Available)
                dataSnapshot = s.id;
        QVERIFY(!dataSnapshot.isEmpty());
        c.preselectedSnapshotId = dataSnapshot;
        CreateImageWizard wizard(m_sim.backend.get(), c);
        wizard.show();
        QVERIFY(wizard.fromSnapshots());
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("sourceError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("Data-disk snapshots alone")));
        QVERIFY(!next(wizard)->isEnabled());
        auto *system = wizard.findChild<QComboBox *>(QStringLiteral("systemSnapshotCombo"));
        QVERIFY(system && system->count() > 1);
        system->setCurrentIndex(1);
        QVERIFY(!error->isVisible());
        QVERIFY(next(wizard)->isEnabled());
        QCOMPARE(wizard.request().snapshotIds.size(), 2);
    }

    void invalidNameShowsInlineErrorAndNextStaysDisabled()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Cvm && i.name == QLatin1String("api-gateway-01");
        });
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        wizard.show();
        wizard.next();
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("nameError"));
        typeName(wizard, QString(61, QLatin1Char('x')));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("at most 60")));
        QVERIFY(!next(wizard)->isEnabled());
        typeName(wizard, QStringLiteral("api-gateway-golden")); // exists in the region
        QVERIFY(error->text().contains(QLatin1String("already exists")));
        QVERIFY(!next(wizard)->isEnabled());
        typeName(wizard, QStringLiteral("api-gateway-new"));
        QVERIFY(!error->isVisible());
        QVERIFY(next(wizard)->isEnabled());
    }

    void cvmOffersTheRecommendedShutdownAndSendsIt()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Cvm && i.name == QLatin1String("api-gateway-01");
        });
        QCOMPARE(instance.state, InstanceState::Running);
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        wizard.show();
        wizard.next();
        typeName(wizard, QStringLiteral("cvm-shutdown"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::DataDisksPage));
        wizard.next();
        auto *shutDown = wizard.findChild<QCheckBox *>(QStringLiteral("shutDownFirst"));
        QVERIFY(shutDown->isVisible());
        QVERIFY(shutDown->isChecked());     // recommended, so on by default
        QVERIFY(next(wizard)->isEnabled()); // but not required
        wizard.next();
        QVERIFY(wizard.request().shutDownFirst);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summaryText"))
                    ->text()
                    .contains(QLatin1String("shut down first")));
    }

    void fullQuotaBlocksSummary()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Lighthouse && i.name == QLatin1String("blog-server");
        });
        CreateImageContext c = contextFor(instance);
        c.quota.used = c.quota.quota;
        CreateImageWizard wizard(m_sim.backend.get(), c);
        wizard.show();
        wizard.next();
        typeName(wizard, QStringLiteral("one-too-many"));
        wizard.next();
        wizard.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::SummaryPage));
        auto *blocked = wizard.findChild<QLabel *>(QStringLiteral("summaryBlocked"));
        QVERIFY(blocked->isVisible());
        QVERIFY(blocked->text().contains(QLatin1String("20 of 20")));
        QVERIFY(!finish(wizard)->isEnabled());
    }

    void summaryShowsQuotaAndFreeTierCost()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Lighthouse && i.name == QLatin1String("blog-server");
        });
        CreateImageContext c = contextFor(instance);
        c.nextImageMonthlyFen = 720;
        CreateImageWizard wizard(m_sim.backend.get(), c);
        wizard.show();
        wizard.next();
        typeName(wizard, QStringLiteral("blog-summary"));
        wizard.next();
        wizard.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"))->setChecked(true);
        wizard.next();
        const QString text = wizard.findChild<QLabel *>(QStringLiteral("summaryText"))->text();
        QVERIFY2(text.contains(QStringLiteral("%1 of 20").arg(c.quota.used + 1)), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("beyond the free tier of 5")));
        QVERIFY(text.contains(QStringLiteral("¥7.20")));
        QVERIFY(text.contains(QLatin1String("minute")));
    }

    void finishingCreatesExactlyOneOperationAndOneImage()
    {
        const Instance instance = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Ecs && i.name == QLatin1String("ecs-web-01");
        });
        QVERIFY(!instance.id.isEmpty());
        const int imagesBefore =
            int(SimFixture::wait(m_sim.backend->fetchImages({})).value().size());
        const int opsBefore =
            int(SimFixture::wait(m_sim.backend->fetchOperations()).value().size());
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        QSignalSpy started(&wizard, &CreateImageWizard::imageCreationStarted);
        wizard.show();
        wizard.next();
        typeName(wizard, QStringLiteral("ecs-web-golden"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::DataDisksPage)); // says "automatic"
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateImageWizard::ShutdownPage));
        auto *guidance = wizard.findChild<QListWidget *>(QStringLiteral("guidanceChecklist"));
        QVERIFY(guidance->count() >= 9); // confidential data, running rule, Linux checklist
        wizard.next();
        QVERIFY(finish(wizard)->isEnabled());
        finish(wizard)->click();
        finish(wizard)->click(); // a double click must not create twice
        QTRY_COMPARE(started.count(), 1);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const QList<Image> images = SimFixture::wait(m_sim.backend->fetchImages({})).value();
        QCOMPARE(int(images.size()), imagesBefore + 1);
        int named = 0;
        for (const Image &image : images)
            named += image.name == QLatin1String("ecs-web-golden") ? 1 : 0;
        QCOMPARE(named, 1);
        QCOMPARE(int(SimFixture::wait(m_sim.backend->fetchOperations()).value().size()),
                 opsBefore + 1);
    }
};

QTEST_MAIN(TestCreateImageWizard)
#include "tst_createimagewizard.moc"
