// Issue 12's check, through the real window: a UCloud user points Imprint at imprint-sim in
// UHost mode (UCloud's API), makes an image from web-01 with its SSD data disk associated and
// sees the economy disk refused with the reason, copies the image to another region and
// project, and launches a host from it. With IMPRINT_SHOTS=DIR every step is saved as a PNG to
// look at.

#include "copyimagedialog.h"
#include "createimagewizard.h"
#include "imagetablemodel.h"
#include "itemroles.h"
#include "launchwizard.h"
#include "mainwindow.h"
#include "simprocess.h"
#include "translationloader.h"
#include "ucloudbackend.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

class TestUHostConsole : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    std::unique_ptr<UCloudBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view(const char *name) { return m_window->findChild<QTableView *>(name); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(name); }

    void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("IMPRINT_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    Image imageNamed(const QString &name)
    {
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), name);
        return row < 0 ? Image()
                       : images->model()->index(row, 0).data(ItemRoles::RecordRole).value<Image>();
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uhostconsole"));
        QSettings().clear();
        QVERIFY2(m_sim.start({QStringLiteral("--sim-speed"), QStringLiteral("600")}),
                 qPrintable(m_sim.error()));
        UCloudBackend::Options options;
        options.endpoint = m_sim.url();
        options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
        options.pollIntervalMs = 200;
        m_backend = std::make_unique<UCloudBackend>(options);
        m_window = std::make_unique<MainWindow>(m_backend.get());
        m_window->resize(1600, 1000);
        m_window->show();
        m_window->waitForBackend(
            m_backend->fetchRegions().then([](const Result<QList<Region>> &regions) {
                return regions ? Status() : Status(regions.error());
            }));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoaded(), 30000);
    }

    void makeAnImageWithOneDataDisk()
    {
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowOf(instances->model(), QStringLiteral("web-01"))) >= 0,
                                 30000);
        selectRow(instances, row);
        shot(m_window.get(), QStringLiteral("uhost-1-instances"));
        QTRY_VERIFY(action("createImageAction")->isEnabled());
        action("createImageAction")->trigger();
        auto *wizard = m_window->findChild<CreateImageWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());

        bool sawDisks = false;
        for (int page = 1; page <= 8 && wizard->currentId() != CreateImageWizard::SummaryPage;
             ++page) {
            if (auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("nameField"));
                name && name->isVisible() && name->text().isEmpty())
                name->setText(QStringLiteral("web-01-golden"));
            if (wizard->currentId() == CreateImageWizard::DataDisksPage) {
                auto *disks = wizard->findChild<QListWidget *>(QStringLiteral("dataDiskList"));
                QVERIFY(disks);
                QCOMPARE(disks->count(), 2);
                QListWidgetItem *ssd = nullptr;
                QListWidgetItem *economy = nullptr;
                for (int i = 0; i < disks->count(); ++i)
                    (disks->item(i)->flags() & Qt::ItemIsEnabled ? ssd : economy) = disks->item(i);
                QVERIFY(ssd && economy);
                // The economy disk is listed, cannot be ticked, and says why.
                QVERIFY(economy->toolTip().contains(QLatin1String("economy")));
                ssd->setCheckState(Qt::Checked);
                sawDisks = true;
            }
            shot(wizard, QStringLiteral("uhost-2-create-page-%1").arg(page));
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            wizard->next();
        }
        QVERIFY(sawDisks);
        QTRY_COMPARE(wizard->currentId(), int(CreateImageWizard::SummaryPage));
        shot(wizard, QStringLiteral("uhost-3-create-summary"));
        QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("summaryText")));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<CreateImageWizard *>(), 30000);

        // The image is made (the server runs at 600x) with the one data disk.
        m_window->showTab(MainWindow::Tab::Images);
        QTRY_VERIFY_WITH_TIMEOUT(imageNamed(QStringLiteral("web-01-golden")).isUsable(), 60000);
        const Image image = imageNamed(QStringLiteral("web-01-golden"));
        QCOMPARE(image.dataDisks.size(), 1);
        shot(m_window.get(), QStringLiteral("uhost-4-image-available"));
    }

    void copyTheImageToAnotherRegionAndProject()
    {
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), QStringLiteral("web-01-golden"));
        QVERIFY(row >= 0);
        selectRow(images, row);
        QTRY_VERIFY(action("copyAction")->isEnabled());
        action("copyAction")->trigger();
        auto *dialog = m_window->findChild<CopyImageDialog *>();
        QVERIFY(dialog);
        auto *region = dialog->findChild<QComboBox *>(QStringLiteral("targetRegion"));
        auto *project = dialog->findChild<QComboBox *>(QStringLiteral("targetProject"));
        const int hk = region->findData(QStringLiteral("hk"));
        QVERIFY(hk >= 0);
        region->setCurrentIndex(hk);
        QTRY_VERIFY_WITH_TIMEOUT(
            project->isEnabled() && project->findText(QStringLiteral("org-data")) >= 0, 30000);
        project->setCurrentIndex(project->findText(QStringLiteral("org-data")));
        shot(dialog, QStringLiteral("uhost-5-copy"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<CopyImageDialog *>(), 30000);

        m_window->selectRegion(QStringLiteral("uhost/hk"));
        QTRY_VERIFY_WITH_TIMEOUT(imageNamed(QStringLiteral("web-01-golden")).isUsable(), 60000);
        const Image copy = imageNamed(QStringLiteral("web-01-golden"));
        QCOMPARE(copy.regionId, QStringLiteral("hk"));
        QCOMPARE(copy.projectId, QStringLiteral("org-data"));
        // UHost copies the system disk only.
        QVERIFY(copy.dataDisks.isEmpty());
        shot(m_window.get(), QStringLiteral("uhost-6-copy-available"));
    }

    void launchAHostFromTheImage()
    {
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        QTableView *images = view("imageView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(images->model(), QStringLiteral("web-01-golden"))) >= 0);
        selectRow(images, row);
        QTRY_VERIFY(action("launchAction")->isEnabled());
        action("launchAction")->trigger();
        auto *wizard = m_window->findChild<LaunchWizard *>();
        QVERIFY(wizard);
        for (int page = 1; page <= 5 && wizard->currentId() != LaunchWizard::SummaryPage; ++page) {
            if (auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("namePattern"));
                name && name->isVisible())
                name->setText(QStringLiteral("web-from-golden"));
            shot(wizard, QStringLiteral("uhost-7-launch-page-%1").arg(page));
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            wizard->next();
        }
        QTRY_COMPARE(wizard->currentId(), int(LaunchWizard::SummaryPage));
        shot(wizard, QStringLiteral("uhost-8-launch-summary"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<LaunchWizard *>(), 30000);

        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(instances->model(), QStringLiteral("web-from-golden")) >= 0,
                                 60000);
        const Instance host =
            instances->model()
                ->index(rowOf(instances->model(), QStringLiteral("web-from-golden")), 0)
                .data(ItemRoles::RecordRole)
                .value<Instance>();
        // Confined to the zone of the image's data-disk snapshot.
        QCOMPARE(host.zoneId, QStringLiteral("cn-bj2-05"));
        shot(m_window.get(), QStringLiteral("uhost-9-host-launched"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
        m_sim.stop();
    }
};

QTEST_MAIN(TestUHostConsole)
#include "tst_uhostconsole.moc"
