// Issue 11's check, through the real window: an Alibaba Cloud user points Imprint at imprint-sim
// in ECS mode (the ECS RPC API), makes an image from a running instance (its data disk comes
// along, as ECS always takes them) and launches two instances from it. With IMPRINT_SHOTS=DIR
// every step is saved as a PNG to look at. The image carries tags from the wizard, which the Edit
// dialog then changes over the API along with the name.

#include "alibabacloudbackend.h"
#include "createimagewizard.h"
#include "editimagedialog.h"
#include "imagetablemodel.h"
#include "launchwizard.h"
#include "remoteconsole.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

class TestEcsConsole : public QObject
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
        const QString why = m_console.open<AlibabaCloudBackend>(QStringLiteral("tst_ecsconsole"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_window = m_console.window();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoaded(), 30000);
    }

    void makeAnImageFromARunningInstance()
    {
        m_window->selectRegion(QStringLiteral("ecs/cn-hangzhou"));
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            (row = rowOf(instances->model(), QStringLiteral("ecs-web-01"))) >= 0, 30000);
        QCOMPARE(
            instances->model()->index(row, 0).data(ItemRoles::RecordRole).value<Instance>().state,
            InstanceState::Running);
        selectRow(instances, row);
        shot(m_window, QStringLiteral("ecs-1-instances"));
        QTRY_VERIFY(action("createImageAction")->isEnabled());
        action("createImageAction")->trigger();
        auto *wizard = m_window->findChild<CreateImageWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        for (int page = 1; page <= 8 && wizard->currentId() != CreateImageWizard::SummaryPage;
             ++page) {
            if (auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("nameField"));
                name && name->isVisible() && name->text().isEmpty())
                name->setText(QStringLiteral("ecs-web-golden"));
            if (auto *tags = wizard->findChild<QLineEdit *>(QStringLiteral("tagsField"));
                tags && tags->isVisible() && tags->text().isEmpty())
                tags->setText(QStringLiteral("env:prod, team:web"));
            shot(wizard, QStringLiteral("ecs-2-create-page-%1").arg(page));
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            wizard->next();
        }
        QTRY_COMPARE(wizard->currentId(), int(CreateImageWizard::SummaryPage));
        shot(wizard, QStringLiteral("ecs-3-create-summary"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<CreateImageWizard *>(), 30000);
        // The new image is selected and scrolled into view as soon as its row arrives.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->selectedImages().isEmpty(), 30000);
        QCOMPARE(m_window->selectedImages().first().name, QStringLiteral("ecs-web-golden"));
        QTableView *images = view("imageView");
        QVERIFY(images->isVisible());
        QVERIFY(images->viewport()->rect().intersects(
            images->visualRect(images->selectionModel()->selectedRows().first())));

        m_window->showTab(MainWindow::Tab::Images);
        QTRY_VERIFY_WITH_TIMEOUT(imageNamed(QStringLiteral("ecs-web-golden")).isUsable(), 60000);
        const Image image = imageNamed(QStringLiteral("ecs-web-golden"));
        // ECS takes every data disk along, and the tags given in the wizard (Tag.N).
        QCOMPARE(image.dataDisks.size(), 1);
        QCOMPARE(image.tags, TagText::parse(QStringLiteral("env:prod, team:web")));
        shot(m_window, QStringLiteral("ecs-4-image-available"));
    }

    void launchTwoInstancesFromIt()
    {
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), QStringLiteral("ecs-web-golden"));
        QVERIFY(row >= 0);
        selectRow(images, row);
        QTRY_VERIFY(action("launchAction")->isEnabled());
        action("launchAction")->trigger();
        auto *wizard = m_window->findChild<LaunchWizard *>();
        QVERIFY(wizard);
        for (int page = 1; page <= 5 && wizard->currentId() != LaunchWizard::SummaryPage; ++page) {
            if (auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("namePattern"));
                name && name->isVisible())
                name->setText(QStringLiteral("web-golden"));
            if (auto *count = wizard->findChild<QLineEdit *>(QStringLiteral("countField"));
                count && count->isVisible())
                count->setText(QStringLiteral("2"));
            shot(wizard, QStringLiteral("ecs-5-launch-page-%1").arg(page));
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            wizard->next();
        }
        QTRY_COMPARE(wizard->currentId(), int(LaunchWizard::SummaryPage));
        shot(wizard, QStringLiteral("ecs-6-launch-summary"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<LaunchWizard *>(), 30000);

        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(instances->model(), QStringLiteral("web-golden-1")) >= 0 &&
                                     rowOf(instances->model(), QStringLiteral("web-golden-2")) >= 0,
                                 60000);
        shot(m_window, QStringLiteral("ecs-7-instances-launched"));
    }

    // Over the ECS API an existing image's tags are changed as in the simulator (UntagResources
    // and TagResources after ModifyImageAttribute): the Edit dialog offers them for editing,
    // refuses more than ECS allows inline, and Save changes name and tags on imprint-sim.
    void editChangesTagsOverTheApi()
    {
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), QStringLiteral("ecs-web-golden"));
        QVERIFY(row >= 0);
        selectRow(images, row);
        QTRY_VERIFY(action("editAction")->isEnabled());
        action("editAction")->trigger();
        EditImageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<EditImageDialog *>()) && dialog->isVisible());
        auto *tags = dialog->findChild<QLineEdit *>(QStringLiteral("tagsField"));
        QVERIFY(tags && tags->isVisible());
        QCOMPARE(tags->text(), QStringLiteral("env:prod, team:web"));
        QVERIFY(!tags->isReadOnly());
        auto *why = dialog->findChild<QLabel *>(QStringLiteral("tagsReadOnlyNote"));
        QVERIFY(!why || !why->isVisible());
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save && !save->isEnabled()); // nothing changed yet

        // 21 tags: ECS allows 20 on an image; refused inline, nothing sent.
        QStringList many;
        for (int i = 1; i <= 21; ++i)
            many << QStringLiteral("k%1:v").arg(i);
        tags->setText(many.join(QStringLiteral(", ")));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("tagsError"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("20")), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());

        tags->setText(QStringLiteral("env:staging, owner:ops"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameField"));
        name->setText(QStringLiteral("ecs-web-golden-v2"));
        QVERIFY(save->isEnabled());
        shot(dialog, QStringLiteral("ecs-8-edit-tags"));
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<EditImageDialog *>() || !dialog->isVisible(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!imageNamed(QStringLiteral("ecs-web-golden-v2")).id.isEmpty(),
                                 30000);
        // The row is what imprint-sim answered after the edit (DescribeImages), not a guess.
        QTRY_COMPARE_WITH_TIMEOUT(imageNamed(QStringLiteral("ecs-web-golden-v2")).tags,
                                  TagText::parse(QStringLiteral("env:staging, owner:ops")), 30000);
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(TestEcsConsole)
#include "tst_ecsconsole.moc"
