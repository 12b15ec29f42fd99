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
#include <QSpinBox>
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
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->maximum(), 30);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("regionHint"))
                    ->text()
                    .contains(QLatin1String("does not support copying")));
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
        wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(3);
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
