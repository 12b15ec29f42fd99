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

    void emptyNameSaysWhyAndTheFieldStaysPut()
    {
        const Instance instance = m_sim.findInstance(
            [](const Instance &i) { return i.name == QLatin1String("api-gateway-01"); });
        CreateImageWizard wizard(m_sim.backend.get(), contextFor(instance));
        wizard.show();
        wizard.next();
        auto *field = wizard.findChild<QLineEdit *>(QStringLiteral("nameField"));
        auto *description = wizard.findChild<QWidget *>(QStringLiteral("descriptionField"));
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("nameError"));
        // Not a silent grey Next: the page says what is missing, as Edit Image does.
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Enter a name for the image."));
        QVERIFY(!next(wizard)->isEnabled());
        // The fields sit at the top of the page and do not move as messages come and go.
        QVERIFY(field->y() < wizard.currentPage()->height() / 3);
        const QPoint fieldAt = field->pos();
        const QPoint descriptionAt = description->pos();
        typeName(wizard, QStringLiteral("api-gateway-named"));
        QVERIFY(!error->isVisible());
        QCOMPARE(field->pos(), fieldAt);
        QCOMPARE(description->pos(), descriptionAt);
        typeName(wizard, QString(61, QLatin1Char('x')));
        QVERIFY(error->isVisible());
        QCOMPARE(field->pos(), fieldAt);
        QCOMPARE(description->pos(), descriptionAt);
    }

    void checklistsNeitherRepeatNorContradictThePage()
    {
        // Lighthouse: the consent box says it; the list does not say it again.
        const Instance lighthouse =
            m_sim.findInstance([](const Instance &i) { return i.product == Product::Lighthouse; });
        CreateImageWizard lw(m_sim.backend.get(), contextFor(lighthouse));
        lw.show();
        lw.next();
        typeName(lw, QStringLiteral("checklist-lh"));
        lw.next();
        QCOMPARE(lw.currentId(), int(CreateImageWizard::ShutdownPage));
        auto *guidance = lw.findChild<QListWidget *>(QStringLiteral("guidanceChecklist"));
        for (int i = 0; i < guidance->count(); ++i)
            QVERIFY2(!guidance->item(i)->text().contains(QLatin1String("shut down")),
                     qPrintable(guidance->item(i)->text()));
        const QString explanation = lw.currentPage()->findChildren<QLabel *>().first()->text();
        QVERIFY2(!explanation.contains(QLatin1String("Create Image stays")),
                 qPrintable(explanation));

        // CVM, already stopped: the page says so and asks for no shutdown, and its advice
        // does not tell to stop it again.
        Instance cvm = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Cvm && i.state == InstanceState::Running;
        });
        QVERIFY(SimFixture::wait(m_sim.backend->stopInstance(cvm.id)).ok());
        m_sim.advance(120);
        cvm = m_sim.findInstance([&cvm](const Instance &i) { return i.id == cvm.id; });
        QCOMPARE(cvm.state, InstanceState::Stopped);
        CreateImageWizard cw(m_sim.backend.get(), contextFor(cvm));
        cw.show();
        cw.next();
        typeName(cw, QStringLiteral("checklist-cvm"));
        while (cw.currentId() != int(CreateImageWizard::ShutdownPage) &&
               cw.currentId() != int(CreateImageWizard::SummaryPage) &&
               cw.button(QWizard::NextButton)->isEnabled())
            cw.next();
        QCOMPARE(cw.currentId(), int(CreateImageWizard::ShutdownPage));
        QVERIFY(!cw.findChild<QCheckBox *>(QStringLiteral("shutDownFirst"))->isVisible());
        QVERIFY(!cw.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"))->isVisible());
        QString stoppedPage;
        for (QLabel *label : cw.currentPage()->findChildren<QLabel *>())
            stoppedPage += label->text() + u'\n';
        QVERIFY2(stoppedPage.contains(QLatin1String("already stopped")), qPrintable(stoppedPage));
        auto *cvmGuidance = cw.findChild<QListWidget *>(QStringLiteral("guidanceChecklist"));
        for (int i = 0; i < cvmGuidance->count(); ++i)
            QVERIFY2(!cvmGuidance->item(i)->text().startsWith(QLatin1String("Shut down")),
                     qPrintable(cvmGuidance->item(i)->text()));
        cw.close();
        QVERIFY(SimFixture::wait(m_sim.backend->startInstance(cvm.id)).ok()); // as it was
        m_sim.advance(120);

        // ECS: every disk is imaged; a line per disk, no box that cannot be unticked.
        const Instance ecs = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Ecs && !i.dataDisks().isEmpty();
        });
        CreateImageWizard ew(m_sim.backend.get(), contextFor(ecs));
        ew.show();
        ew.next();
        typeName(ew, QStringLiteral("checklist-ecs"));
        ew.next();
        QCOMPARE(ew.currentId(), int(CreateImageWizard::DataDisksPage));
        auto *disks = ew.findChild<QListWidget *>(QStringLiteral("dataDiskList"));
        QVERIFY(disks->count() > 0);
        for (int i = 0; i < disks->count(); ++i) {
            QVERIFY(!(disks->item(i)->flags() & Qt::ItemIsUserCheckable));
            QVERIFY(!disks->item(i)->data(Qt::CheckStateRole).isValid());
        }
    }

    void tagsWhereTheProductTakesThem()
    {
        // UHost images take no tags: no field.
        const Instance uhost =
            m_sim.findInstance([](const Instance &i) { return i.product == Product::UHost; });
        CreateImageWizard uw(m_sim.backend.get(), contextFor(uhost));
        uw.show();
        uw.next();
        QVERIFY(!uw.findChild<QLineEdit *>(QStringLiteral("tagsField"))->isVisible());

        // ECS (seed 004): optional tags, checked against the product's limits, sent along.
        const Instance ecs = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Ecs && i.name == QLatin1String("ecs-app-01");
        });
        CreateImageWizard ew(m_sim.backend.get(), contextFor(ecs));
        ew.show();
        ew.next();
        typeName(ew, QStringLiteral("tagged-image"));
        auto *tags = ew.findChild<QLineEdit *>(QStringLiteral("tagsField"));
        QVERIFY(tags->isVisible());
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many << QStringLiteral("k%1:v").arg(i);
        tags->setText(many.join(QLatin1Char(',')));
        QVERIFY(ew.findChild<QLabel *>(QStringLiteral("tagsError"))
                    ->text()
                    .contains(QLatin1String("at most 20")));
        QVERIFY(!next(ew)->isEnabled());
        tags->setText(QStringLiteral("env:prod, team:web"));
        QVERIFY(next(ew)->isEnabled());
        QCOMPARE(ew.request().tags, (QList<Tag>{{"env", "prod"}, {"team", "web"}}));
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
