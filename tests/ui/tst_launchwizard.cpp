#include "instancetypecatalog.h"
#include "launchwizard.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QtTest>

using namespace imprint;

// Walks the launch wizard for each product against the embedded simulator.
class TestLaunchWizard : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

    LaunchContext contextFor(const Image &image)
    {
        LaunchContext c;
        c.image = image;
        c.region = m_sim.region(image.product, image.regionId);
        c.instanceTypes = InstanceTypeCatalog::forProduct(image.product);
        return c;
    }
    static bool comboItemEnabled(QComboBox *combo, int row)
    {
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        return model->item(row)->flags() & Qt::ItemIsEnabled;
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QVERIFY(m_sim.start());
    }

    void uhostImageWithDataSnapshotsIsConfinedToTheirZone()
    {
        const Image image = m_sim.findImage([](const Image &i) {
            return i.product == Product::UHost && !i.snapshotZoneId.isEmpty();
        });
        QVERIFY(!image.id.isEmpty());
        LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
        wizard.show();
        auto *zones = wizard.findChild<QComboBox *>(QStringLiteral("zoneCombo"));
        QVERIFY(zones->count() > 1);
        for (int i = 0; i < zones->count(); ++i)
            QCOMPARE(comboItemEnabled(zones, i),
                     zones->itemData(i).toString() == image.snapshotZoneId);
        QCOMPARE(zones->currentData().toString(), image.snapshotZoneId);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("zoneNote"))->isVisible());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("regionHint"))
                    ->text()
                    .contains(QLatin1String("regional-level")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::DisksPage));
        auto *dataKind = wizard.findChild<QComboBox *>(QStringLiteral("dataDiskKind"));
        const int local = dataKind->findData(int(DiskKind::Local));
        QVERIFY(local >= 0);
        QVERIFY(!comboItemEnabled(dataKind, local));
        QVERIFY(dataKind->itemText(local).contains(QLatin1String("not with data-disk snapshots")));
    }

    void windowsParentGreysOneCoreTypesAndAcceleration()
    {
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.product == Product::UHost && i.parentIsWindows; });
        QVERIFY(!image.id.isEmpty());
        LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::TypePage));
        auto *types = wizard.findChild<QListWidget *>(QStringLiteral("typeList"));
        const QList<InstanceType> catalog = InstanceTypeCatalog::forProduct(Product::UHost);
        QCOMPARE(types->count(), int(catalog.size()));
        for (int i = 0; i < types->count(); ++i) {
            const bool enabled = types->item(i)->flags() & Qt::ItemIsEnabled;
            QCOMPARE(enabled, catalog[i].cpuCores > 1);
            if (!enabled)
                QVERIFY(types->item(i)->toolTip().contains(QLatin1String("1-core")));
        }
        auto *acceleration = wizard.findChild<QCheckBox *>(QStringLiteral("networkAcceleration"));
        QVERIFY(!acceleration->isEnabled());
        QVERIFY(acceleration->toolTip().contains(QLatin1String("network acceleration")));
        QVERIFY(wizard.request().instanceType != catalog.first().id);
    }

    void lighthouseOffersNoPreinstalledApplication()
    {
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.product == Product::Lighthouse && i.isUsable(); });
        LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
        QCOMPARE(wizard.pageIds(), (QList<int>{LaunchWizard::PlacePage, LaunchWizard::TypePage,
                                               LaunchWizard::DisksPage, LaunchWizard::DetailsPage,
                                               LaunchWizard::SummaryPage}));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::DetailsPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("detailsNote"))
                    ->text()
                    .contains(QLatin1String("no pre-installed application")));
        // Lighthouse's limit is 30: 31 is refused inline, naming it.
        wizard.findChild<QLineEdit *>(QStringLiteral("countField"))->setText(QStringLiteral("31"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("detailsError"))
                    ->text()
                    .contains(QLatin1String("1 to 30")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("regionHint"))
                    ->text()
                    .contains(QLatin1String("does not support copying")));
    }

    // Types into the count field as a user does, replacing what is there.
    // Types into the count field as a user does, replacing what is there.
    static void typeCount(QLineEdit *count, const QString &text)
    {
        count->setFocus();
        count->selectAll();
        QTest::keyClick(count, Qt::Key_Backspace);
        QTest::keyClicks(count, text);
    }

    void countOutsideTheLimitIsRefusedInlineNotReplaced_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("limit");
        QTest::newRow("lighthouse 1000") << int(Product::Lighthouse) << "1000"
                                         << "1 to 30";
        QTest::newRow("lighthouse 0") << int(Product::Lighthouse) << "0"
                                      << "1 to 30";
        QTest::newRow("ecs 1000") << int(Product::Ecs) << "1000"
                                  << "1 to 100";
        QTest::newRow("ecs 0") << int(Product::Ecs) << "0"
                               << "1 to 100";
        QTest::newRow("cvm empty") << int(Product::Cvm) << ""
                                   << "1 to 100";
    }
    void countOutsideTheLimitIsRefusedInlineNotReplaced()
    {
        QFETCH(int, product);
        QFETCH(QString, typed);
        QFETCH(QString, limit);
        const Image image = m_sim.findImage(
            [&](const Image &i) { return int(i.product) == product && i.isUsable(); });
        QVERIFY(!image.id.isEmpty());
        LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::DetailsPage));
        auto *count = wizard.findChild<QLineEdit *>(QStringLiteral("countField"));
        typeCount(count, QStringLiteral("10"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        typeCount(count, typed);
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("detailsError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(limit), qPrintable(error->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Kept as typed: never replaced by the limit or the last valid value.
        QCOMPARE(count->text(), typed);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::DetailsPage));
    }

    void eachProductOffersOnlyItsOwnOptionsAndWords()
    {
        for (Product product : allProducts()) {
            // UHost and ECS: an image carrying data-disk snapshots (with their zone recorded).
            const bool withSnapshots = product == Product::UHost || product == Product::Ecs;
            const Image image = m_sim.findImage([&](const Image &i) {
                return i.product == product && i.isUsable() &&
                       (!withSnapshots || !i.snapshotZoneId.isEmpty());
            });
            QVERIFY2(!image.id.isEmpty(), qPrintable(productKey(product)));
            LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
            wizard.show();
            const bool uhost = product == Product::UHost;
            // UHost's seed rule (launch in the snapshots' zone only) stays on UHost.
            QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("zoneNote"))->isVisible(), uhost);
            wizard.next();
            // Network acceleration is a UHost option; the others never mention it.
            QCOMPARE(
                wizard.findChild<QCheckBox *>(QStringLiteral("networkAcceleration"))->isVisible(),
                uhost);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(LaunchWizard::DisksPage));
            auto *system = wizard.findChild<QComboBox *>(QStringLiteral("systemDiskKind"));
            QStringList names;
            for (int i = 0; i < system->count(); ++i)
                names << system->itemText(i);
            const QString all = names.join(QLatin1Char('|'));
            if (product == Product::Ecs) {
                QVERIFY2(!all.contains(QLatin1String("Local")), qPrintable(all));
                QVERIFY2(!all.contains(QLatin1String("Premium cloud disk")), qPrintable(all));
                QVERIFY2(all.contains(QLatin1String("ESSD")), qPrintable(all));
            } else {
                QVERIFY2(!all.contains(QLatin1String("ESSD")), qPrintable(all));
            }
        }
    }

    void ecsImageWithoutDataSnapshotLaunchesWithEmpty5GiBDisk()
    {
        // Make an ECS image from its system-disk snapshot alone.
        Snapshot system;
        for (const Snapshot &s :
             SimFixture::wait(m_sim.backend->fetchSnapshots(QStringLiteral("ecs/cn-hangzhou")))
                 .value())
            if (s.role == DiskRole::System && s.state == SnapshotState::Available)
                system = s;
        QVERIFY(!system.id.isEmpty());
        CreateImageRequest create;
        create.product = Product::Ecs;
        create.regionId = system.regionId;
        create.name = QStringLiteral("from-system-only");
        create.snapshotIds = {system.id};
        const Result<Operation> op = SimFixture::wait(m_sim.backend->createImage(create));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        m_sim.advance(24 * 3600);
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("from-system-only"); });
        QCOMPARE(image.state, ImageState::Available);

        LaunchWizard wizard(m_sim.backend.get(), contextFor(image));
        const auto disks = wizard.plannedDisks();
        QCOMPARE(disks.size(), 2);
        QCOMPARE(disks[1].second, 5);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("namePattern"));
        name->setText(QStringLiteral("stamp-{n}"));
        wizard.findChild<QLineEdit *>(QStringLiteral("countField"))->setText(QStringLiteral("3"));
        auto *billing = wizard.findChild<QComboBox *>(QStringLiteral("billingCombo"));
        billing->setCurrentIndex(billing->findData(int(BillingMethod::Subscription)));
        const QString zone = wizard.request().zoneId;
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchWizard::SummaryPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summaryText"))
                    ->text()
                    .contains(QLatin1String("3 instances")));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard.isVisible());
        m_sim.advance(600);

        int launched = 0;
        for (const Instance &i : SimFixture::wait(m_sim.backend->fetchInstances({})).value()) {
            if (!i.name.startsWith(QLatin1String("stamp-")))
                continue;
            ++launched;
            QCOMPARE(i.zoneId, zone);
            QCOMPARE(i.imageId, image.id);
            QCOMPARE(i.billing, BillingMethod::Subscription);
            QCOMPARE(i.state, InstanceState::Running);
            QCOMPARE(int(i.dataDisks().size()), 1);
            QCOMPARE(i.dataDisks().first().sizeGiB, 5);
        }
        QCOMPARE(launched, 3);
    }
};

QTEST_MAIN(TestLaunchWizard)
#include "tst_launchwizard.moc"
