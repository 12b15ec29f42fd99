// Issue 12's check, through the real window: a UCloud user points Imprint at imprint-sim in
// UHost mode (UCloud's API), makes an image from web-01 with its SSD data disk associated and
// sees the economy disk refused with the reason, copies the image to another region and
// project, and launches a host from it. With IMPRINT_SHOTS=DIR every step is saved as a PNG to
// look at.

#include "copyimagedialog.h"
#include "createimagewizard.h"
#include "imagetablemodel.h"
#include "launchwizard.h"
#include "remoteconsole.h"
#include "ucloudbackend.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

class TestUHostConsole : public QObject
{
    Q_OBJECT

private:
    RemoteConsole m_console;
    MainWindow *m_window = nullptr;

    QTableView *view(const char *name) { return m_console.view(name); }
    QAction *action(const char *name) { return m_console.action(name); }
    static void shot(QWidget *widget, const QString &name) { RemoteConsole::shot(widget, name); }
    Image imageNamed(const QString &name) { return m_console.imageNamed(name); }

private slots:
    void initTestCase()
    {
        const QString why = m_console.open<UCloudBackend>(QStringLiteral("tst_uhostconsole"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_window = m_console.window();
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
        shot(m_window, QStringLiteral("uhost-1-instances"));
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
        shot(m_window, QStringLiteral("uhost-4-image-available"));
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
        shot(m_window, QStringLiteral("uhost-6-copy-available"));
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
        shot(m_window, QStringLiteral("uhost-9-host-launched"));
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(TestUHostConsole)
#include "tst_uhostconsole.moc"
