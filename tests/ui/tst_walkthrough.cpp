#include "copyimagedialog.h"
#include "detailspane.h"
#include "dialoganswerer.h"
#include "editimagedialog.h"
#include "imagetablemodel.h"
#include "itemlistdialog.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "operationlistmodel.h"
#include "overduebanner.h"
#include "simfixture.h"
#include "translationloader.h"
#include "windowhelpers.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

// Issue 13's walkthrough, driven through the real window over the demo world at 1024x700: each
// test is one defect a user hit, and would have caught it. (The 2 000-image delete is in
// tst_bulkdelete, over a large account.)
class TestWalkthrough : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view(const char *name) { return m_window->findChild<QTableView *>(name); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(name); }
    QString details() { return m_window->findChild<DetailsPane *>()->toPlainText(); }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_walkthrough"));
        QSettings().clear();
        QVERIFY(m_sim.start());
        m_window = std::make_unique<MainWindow>(m_sim.backend.get());
        m_window->resize(1024, 700);
        m_window->show();
        m_window->waitForBackend(QtFuture::makeReadyFuture(Status()));
        QTRY_VERIFY(m_window->isLoaded());
    }

    // 16: a one-image delete says "the image", not "them".
    void deletingOneImageSaysImageNotImages()
    {
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(images->model(), QStringLiteral("web-with-data"))) >= 0);
        selectRow(images, row);
        QCOMPARE(action("deleteAction")->text(), QStringLiteral("&Delete Image…"));
        QString heading;
        DialogAnswerer answer(
            QStringLiteral("deleteConfirmation"),
            [&](QDialog *dialog) {
                for (auto *label : dialog->findChildren<QLabel *>())
                    if (label->text().contains(QLatin1String("deleted too")))
                        heading = label->text();
            },
            [](QDialog *) -> QAbstractButton * { return nullptr; });
        action("deleteAction")->trigger();
        QVERIFY(answer.answered());
        QCOMPARE(heading, QStringLiteral("The image's 1 associated data-disk snapshot will be "
                                         "deleted too:"));
    }

    // 2: one availability rule; a stopped CVM instance being imaged cannot be started anywhere.
    void cvmStartIsNotOfferedWhileAStoppedInstanceIsImaged()
    {
        const Instance runner = m_sim.findInstance(
            [](const Instance &i) { return i.name == QLatin1String("ci-runner"); });
        QVERIFY(SimFixture::wait(m_sim.backend->stopInstance(runner.id)).ok());
        m_sim.advance(120);
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = runner.regionId;
        request.sourceInstanceId = runner.id;
        request.name = QStringLiteral("from-stopped-runner");
        QVERIFY(SimFixture::wait(m_sim.backend->createImage(request)).ok());
        m_window->selectRegion(runner.regionKey());
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(instances->model(), QStringLiteral("ci-runner"))) >= 0);
        QTRY_VERIFY(!instances->model()
                         ->index(row, 0)
                         .data(ItemRoles::RecordRole)
                         .value<Instance>()
                         .imagingOperationId.isEmpty());
        selectRow(instances, row);
        QTRY_VERIFY(!action("startAction")->isEnabled());
        QVERIFY(action("startAction")->toolTip().contains(QLatin1String("image is being made")));
        // The details pane lists it under "Unavailable", with the same reason, not as a link.
        QTRY_VERIFY(details().contains(QLatin1String("image is being made")));
        m_sim.advance(24 * 3600);
        QTRY_VERIFY(action("startAction")->isEnabled());
    }

    // 4: no UHost-only or Tencent-only wording on ECS.
    void ecsImageDetailsUseEcsRulesAndWords()
    {
        const Image ecs = m_sim.findImage([](const Image &i) {
            return i.product == Product::Ecs && !i.snapshotZoneId.isEmpty();
        });
        QVERIFY(!ecs.id.isEmpty());
        m_window->selectRegion(ecs.regionKey());
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(images->model(), ecs.name)) >= 0);
        selectRow(images, row);
        QTRY_VERIFY(details().contains(ecs.id));
        QVERIFY2(!details().contains(QLatin1String("only be created in their zone")),
                 qPrintable(details()));
        QVERIFY(!details().contains(QLatin1String("Launch zone")));
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        selectRow(instances, 0);
        QTRY_VERIFY(details().contains(QLatin1String("Disks")));
        for (const char *tencent : {"Premium cloud disk", "SSD cloud disk", "Basic cloud disk"})
            QVERIFY2(!details().contains(QLatin1String(tencent)), tencent);
    }

    void imageMadeFromSnapshotsSaysSo()
    {
        Snapshot system;
        for (const Snapshot &s : SimFixture::wait(m_sim.backend->fetchSnapshots({})).value())
            if (s.product == Product::Ecs && s.role == DiskRole::System &&
                s.state == SnapshotState::Available)
                system = s;
        QVERIFY(!system.id.isEmpty());
        CreateImageRequest create;
        create.product = Product::Ecs;
        create.regionId = system.regionId;
        create.name = QStringLiteral("made-from-snapshot");
        create.snapshotIds = {system.id};
        QVERIFY(SimFixture::wait(m_sim.backend->createImage(create)).ok());
        m_window->selectRegion(Region::regionKey(Product::Ecs, system.regionId));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(images->model(), QStringLiteral("made-from-snapshot"))) >= 0);
        selectRow(images, row);
        QTRY_VERIFY(details().contains(QLatin1String("Made from snapshots")));
        QVERIFY(details().contains(system.id));
        QVERIFY(!details().contains(QLatin1String("Made from instance")));
    }

    // 11, 12, 13: keyboard and menus.
    void escapeInTheFilterClearsIt()
    {
        m_window->showTab(MainWindow::Tab::Images);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("no-such-image-anywhere"));
        QCOMPARE(view("imageView")->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(view("imageView")->model()->rowCount() > 0);
    }

    void viewMenuKeepsTheAmpersandAndConnectIsCtrlO()
    {
        QStringList shown;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->text() == QLatin1String("&View"))
                for (QAction *item : menu->menu()->actions())
                    shown << item->text();
        // "&&" is how a menu shows one "&": "Quota & Cost", not "Quota  Cost".
        QVERIFY2(shown.contains(QStringLiteral("&Quota && Cost")), qPrintable(shown.join('|')));
        QCOMPARE(action("accountsAction")->shortcut(), QKeySequence(QKeySequence::Open));
    }

    // 5: the overdue flow, to the release and after it.
    void overdueImagesCannotBeEditedShowTheirReleaseDateAndTheReleaseIsLogged()
    {
        m_window->selectRegion(QStringLiteral("lighthouse/ap-guangzhou"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        QAbstractItemModel *model = images->model();
        auto firstAvailable = [model] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(ItemRoles::StateRole).toInt() ==
                    int(ImageState::Available))
                    return model->index(r, 0).data().toString();
            return QString();
        };
        QString name;
        QTRY_VERIFY(!(name = firstAvailable()).isEmpty());
        QVERIFY(SimFixture::wait(m_sim.backend->setBalance(-100)).ok());
        QTRY_COMPARE(model->index(rowOf(model, name), 0).data(ItemRoles::StateRole).toInt(),
                     int(ImageState::ToBeRepossessed));
        selectRow(images, rowOf(model, name));
        QTRY_VERIFY(!action("editAction")->isEnabled());
        QVERIFY(!action("deleteAction")->isEnabled());
        QVERIFY(action("editAction")->toolTip().contains(QLatin1String("top up")));
        QTRY_VERIFY(details().contains(QLatin1String("Released on")));

        auto *banner = m_window->findChild<OverdueBanner *>(QStringLiteral("overdueBanner"));
        for (int day = 0; day < 7; ++day)
            m_sim.advance(86400);
        QTRY_COMPARE(images->model()->rowCount(), 0);
        QTRY_VERIFY(banner->text().contains(QLatin1String("were released")));
        QVERIFY(!banner->text().contains(QLatin1String("being released now")));
        QAbstractItemModel *operations = view("operationView")->model();
        QTRY_VERIFY(rowOf(operations, QStringLiteral("Release image")) >= 0);
        QVERIFY(SimFixture::wait(m_sim.backend->topUp(100000000)).ok());
        QTRY_VERIFY(!banner->isVisible());
    }

    // 22 and 17: a new image is selected and in view; Recent Operations leads back to it.
    void createdImageIsSelectedAndOperationsLeadToTheirTarget()
    {
        m_window->selectRegion(QStringLiteral("ecs"));
        m_window->showTab(MainWindow::Tab::Images);
        const Instance source = m_sim.findInstance([](const Instance &i) {
            return i.product == Product::Ecs && i.name == QLatin1String("ecs-app-01");
        });
        QVERIFY(!source.id.isEmpty());
        CreateImageRequest request;
        request.product = Product::Ecs;
        request.regionId = source.regionId;
        request.sourceInstanceId = source.id;
        request.name = QStringLiteral("zz-revealed-image");
        const Result<Operation> op = SimFixture::wait(m_sim.backend->createImage(request));
        QVERIFY(op.ok());
        m_window->reveal(MainWindow::Tab::Images, source.regionKey(), op->targetId);
        QTRY_COMPARE(m_window->selectedImages().size(), 1);
        QCOMPARE(m_window->selectedImages().first().id, op->targetId);
        QTableView *images = view("imageView");
        QVERIFY(images->viewport()->rect().intersects(
            images->visualRect(images->selectionModel()->selectedRows().first())));

        // Somewhere else, then back through Recent Operations.
        m_window->selectRegion(QStringLiteral("cvm"));
        QTableView *operations = view("operationView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(operations->model(), QStringLiteral("Create image"))) >= 0);
        for (int r = 0; r < operations->model()->rowCount(); ++r)
            if (operations->model()->index(r, 0).data(ItemRoles::IdRole).toString() == op->id)
                row = r;
        const QModelIndex cell = operations->model()->index(row, 0);
        operations->scrollTo(cell);
        const QPoint at = operations->visualRect(cell).center();
        QVERIFY(operations->viewport()->rect().contains(at));
        QTest::mouseClick(operations->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(operations->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_window->selectedImages().size(), 1);
        QCOMPARE(m_window->selectedImages().first().id, op->targetId);
    }

    // 20: a delete made in the window is logged in Recent Operations, with its target.
    void deletingAnImageIsLoggedInRecentOperations()
    {
        m_sim.advance(3600); // the image made above is finished and can go
        m_window->selectRegion(QStringLiteral("ecs"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(images->model(), QStringLiteral("zz-revealed-image"))) >= 0);
        selectRow(images, row);
        QTRY_VERIFY(action("deleteAction")->isEnabled());
        DialogAnswerer answer(
            QStringLiteral("deleteConfirmation"), [](QDialog *) {},
            [](QDialog *dialog) { return buttonStartingWith(dialog, QStringLiteral("Delete")); });
        action("deleteAction")->trigger();
        QVERIFY(answer.answered());
        QTRY_VERIFY(rowOf(images->model(), QStringLiteral("zz-revealed-image")) < 0);
        QAbstractItemModel *operations = view("operationView")->model();
        const auto logged = [operations] {
            for (int r = 0; r < operations->rowCount(); ++r)
                if (operations->index(r, OperationListModel::KindColumn).data().toString() ==
                        QLatin1String("Delete image") &&
                    operations->index(r, OperationListModel::TargetColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("zz-revealed-image")))
                    return true;
            return false;
        };
        QTRY_VERIFY(logged());
    }

    // 17: a launch in Recent Operations leads to the instance it made.
    void launchOperationLeadsToItsInstance()
    {
        const Image golden = m_sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("api-gateway-golden"); });
        QVERIFY(!golden.id.isEmpty());
        LaunchRequest request;
        request.imageId = golden.id;
        request.zoneId = QStringLiteral("ap-guangzhou-4");
        request.instanceType = QStringLiteral("S5.MEDIUM4");
        request.namePattern = QStringLiteral("zz-launched-{n}");
        const Result<Operation> op = SimFixture::wait(m_sim.backend->launchInstances(request));
        QVERIFY2(op.ok(), op.ok() ? "" : qPrintable(op.error().message));
        m_sim.advance(600);
        m_window->selectRegion(QStringLiteral("ecs")); // somewhere else first
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *operations = view("operationView");
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < operations->model()->rowCount(); ++r)
                if (operations->model()->index(r, 0).data(ItemRoles::IdRole).toString() == op->id)
                    row = r;
            return row >= 0;
        }());
        const QModelIndex cell = operations->model()->index(row, 0);
        operations->scrollTo(cell);
        const QPoint at = operations->visualRect(cell).center();
        QTest::mouseClick(operations->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(operations->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_window->selectedInstances().size(), 1);
        QCOMPARE(m_window->selectedInstances().first().id, op->targetId);
        QCOMPARE(m_window->selectedInstances().first().name, QStringLiteral("zz-launched-1"));
        QVERIFY(view("instanceView")->isVisible());
    }

    // 18, 19: finish time, and Operation and Target are not cut off.
    void recentOperationsShowFinishTimeAndWholeNames()
    {
        QTableView *operations = view("operationView");
        QAbstractItemModel *model = operations->model();
        QCOMPARE(model->headerData(OperationListModel::FinishedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Finished"));
        int finished = -1;
        for (int r = 0; r < model->rowCount() && finished < 0; ++r)
            if (model->index(r, 0).data(ItemRoles::StateRole).toInt() ==
                int(OperationState::Succeeded))
                finished = r;
        QVERIFY(finished >= 0);
        QVERIFY(!model->index(finished, OperationListModel::FinishedColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QHeaderView *header = operations->horizontalHeader();
        const QFontMetrics metrics(operations->font());
        for (int column :
             {int(OperationListModel::KindColumn), int(OperationListModel::TargetColumn)})
            for (int r = 0; r < qMin(model->rowCount(), 20); ++r)
                QVERIFY(header->sectionSize(column) >=
                        metrics.horizontalAdvance(model->index(r, column).data().toString()));
    }

    // 21: Refresh keeps the rows on screen; "Loading…" is only for an empty table.
    void refreshDoesNotDrawLoadingOverRows()
    {
        m_window->selectRegion(QStringLiteral("ecs"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        QTRY_VERIFY(images->model()->rowCount() > 0);
        auto *overlay = images->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(overlay);
        m_window->reloadAll();
        QVERIFY(!overlay->isVisible());
        QTRY_VERIFY(images->model()->rowCount() > 0);
        QVERIFY(!overlay->isVisible());
    }

    // 6 and 7: a backend that never opens ends every "Loading…", offers Connect, and leaves
    // no column widths behind; saved widths never squeeze the names.
    void failedConnectionEndsLoadingAndSavesNoWidths()
    {
        QSettings().remove(QStringLiteral("ui/imageColumns"));
        {
            MainWindow failed(m_sim.backend.get());
            failed.show();
            bool offeredAccounts = false;
            DialogAnswerer answer(
                QStringLiteral("connectionFailed"),
                [&](QDialog *dialog) {
                    offeredAccounts =
                        buttonStartingWith(dialog, QStringLiteral("Accounts")) != nullptr;
                },
                [](QDialog *dialog) {
                    return buttonStartingWith(dialog, QStringLiteral("Close"));
                });
            failed.waitForBackend(QtFuture::makeReadyFuture(
                Status(Error(ErrorCode::InvalidArgument, QStringLiteral("No key.")))));
            QTRY_VERIFY(answer.answered());
            QVERIFY(offeredAccounts);
            QTableView *operations = failed.findChild<QTableView *>("operationView");
            auto *overlay =
                operations->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
            QCOMPARE(overlay->text(), QStringLiteral("No key."));
            failed.close();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("ui/imageColumns")));

        // Widths saved by an older build that never sized them: names stay readable.
        MainWindow probe(m_sim.backend.get());
        QByteArray narrow =
            probe.findChild<QTableView *>("imageView")->horizontalHeader()->saveState();
        QSettings().setValue(QStringLiteral("ui/imageColumns"), narrow);
        MainWindow restored(m_sim.backend.get());
        QVERIFY(restored.findChild<QTableView *>("imageView")->horizontalHeader()->sectionSize(0) >=
                200);
        QSettings().remove(QStringLiteral("ui/imageColumns"));
    }

    // 23: tags in the Tags column, key:value in the filter box, and in the edit dialog.
    void tagsShowFilterAndEdit()
    {
        m_window->selectRegion(QStringLiteral("ecs"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->clear();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("team:web"));
        QTRY_COMPARE(images->model()->rowCount(), 1);
        QCOMPARE(images->model()->index(0, 0).data().toString(), QStringLiteral("web-golden-2025"));
        QCOMPARE(images->model()->index(0, ImageTableModel::TagsColumn).data().toString(),
                 QStringLiteral("env:prod, team:web"));
        QCOMPARE(images->model()->headerData(ImageTableModel::TagsColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Tags")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("ENV:stag"));
        QTRY_COMPARE(images->model()->rowCount(), 1);
        QCOMPARE(images->model()->index(0, 0).data().toString(), QStringLiteral("db-base"));

        // Edit: the dialog shows the tags and saves new ones.
        selectRow(images, 0);
        QVERIFY(action("editAction")->isEnabled());
        action("editAction")->trigger();
        EditImageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<EditImageDialog *>()) && dialog->isVisible());
        auto *tags = dialog->findChild<QLineEdit *>(QStringLiteral("tagsField"));
        QVERIFY(tags && tags->isVisible());
        QCOMPARE(tags->text(), QStringLiteral("env:staging, team:data"));
        tags->setText(QStringLiteral("env:staging, env:prod"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("tagsError"))
                    ->text()
                    .contains(QLatin1String("appears twice")));
        QVERIFY(!dialog->isInputValid());
        tags->setText(QStringLiteral("env:staging, owner:dba"));
        QVERIFY(dialog->isInputValid());
        dialog->accept();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("owner:dba"));
        QTRY_COMPARE(images->model()->rowCount(), 1);
        QCOMPARE(images->model()->index(0, 0).data().toString(), QStringLiteral("db-base"));
        search->clear();
    }

    // 8: the dashboard at 1024x700 takes the window; its table shows every row, one scroll bar.
    void dashboardReadsAt1024By700()
    {
        m_window->showTab(MainWindow::Tab::Dashboard);
        QTRY_VERIFY(!m_window->findChild<QTreeView *>(QStringLiteral("regionView"))->isVisible());
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("quotaCostTable"));
        QTRY_VERIFY(table->model()->rowCount() > 5);
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(table->height() >= table->verticalHeader()->length());
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->isColumnHidden(c)) // the Account column, with a single account
                continue;
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(table->horizontalHeader()->sectionSize(c) >=
                         table->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
        m_window->showTab(MainWindow::Tab::Images);
        QTRY_VERIFY(m_window->findChild<QTreeView *>(QStringLiteral("regionView"))->isVisible());
    }

    // 9: the copy dialog grows for its messages; nothing overlaps or is cut off.
    void copyDialogMessagesNeitherOverlapNorClip()
    {
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("web-with-data"); });
        QVERIFY(!image.id.isEmpty());
        QList<Region> regions;
        QHash<QString, QStringList> names;
        for (const Region &r : SimFixture::wait(m_sim.backend->fetchRegions()).value())
            if (r.product == Product::UHost) {
                regions << r;
                names.insert(r.id, {image.name});
            }
        CopyImageDialog dialog(m_sim.backend.get(), image, regions, names);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("nameError"));
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("copyNotice"));
        QTRY_VERIFY(error->isVisible()); // the name exists in every target region
        QTRY_VERIFY(!error->geometry().intersects(notice->geometry()));
        for (QLabel *label : {error, notice}) {
            QVERIFY(label->height() >= label->heightForWidth(label->width()));
            QVERIFY(dialog.rect().contains(label->geometry()));
        }
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
