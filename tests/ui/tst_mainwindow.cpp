#include "dialoganswerer.h"
#include "imagetablemodel.h"
#include "itemlistdialog.h"
#include "itemroles.h"
#include "launchwizard.h"
#include "mainwindow.h"
#include "overduebanner.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace imprint;

// Drives the real main window over the embedded simulator, as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view(const char *name) { return m_window->findChild<QTableView *>(name); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(name); }
    static int rowOf(QAbstractItemModel *model, const QString &name)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == name)
                return r;
        return -1;
    }
    void selectRow(QTableView *table, int row)
    {
        table->setFocus();
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_sim.start());
        m_window = std::make_unique<MainWindow>(m_sim.backend.get());
        m_window->show();
        m_window->waitForBackend(QtFuture::makeReadyFuture(Status()));
        QTRY_VERIFY(m_window->isLoaded());
        QCOMPARE(m_window->findChild<QTreeView *>("regionView")->model()->rowCount(), 4);
    }

    void selectingARegionShowsOnlyItsResources()
    {
        m_window->selectRegion(QStringLiteral("lighthouse/ap-guangzhou"));
        m_window->showTab(MainWindow::Tab::Images);
        QAbstractItemModel *images = view("imageView")->model();
        QTRY_COMPARE(images->rowCount(), 18);
        for (int r = 0; r < images->rowCount(); ++r)
            QCOMPARE(images->index(r, 0).data(ItemRoles::RegionKeyRole).toString(),
                     QStringLiteral("lighthouse/ap-guangzhou"));
        QAbstractItemModel *instances = view("instanceView")->model();
        QCOMPARE(instances->rowCount(), 3);
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        QVERIFY(images->rowCount() > 0);
        for (int r = 0; r < images->rowCount(); ++r)
            QCOMPARE(images->index(r, 0).data(ItemRoles::RegionKeyRole).toString(),
                     QStringLiteral("uhost/cn-bj2"));
    }

    void aHiddenTableFollowsTheRegionWhenShown()
    {
        // A region is applied to the table on show only (one pass over the rows per switch);
        // the table must never show another region than the tree's.
        m_window->showTab(MainWindow::Tab::Images);
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        m_window->showTab(MainWindow::Tab::Instances);
        QAbstractItemModel *instances = view("instanceView")->model();
        QVERIFY(instances->rowCount() > 0);
        for (int r = 0; r < instances->rowCount(); ++r)
            QCOMPARE(instances->index(r, 0).data(ItemRoles::RegionKeyRole).toString(),
                     QStringLiteral("uhost/cn-bj2"));
        m_window->showTab(MainWindow::Tab::Snapshots);
        QAbstractItemModel *snapshots = view("snapshotView")->model();
        for (int r = 0; r < snapshots->rowCount(); ++r)
            QCOMPARE(snapshots->index(r, 0).data(ItemRoles::RegionKeyRole).toString(),
                     QStringLiteral("uhost/cn-bj2"));
    }

    void idColumnsFitTheWidestIdOfAnyRegion()
    {
        // Columns are fitted once, when the first region shown may have narrow ids only
        // (Lighthouse's "lhins-"); a UHost or ECS id must not be elided afterwards.
        for (const char *name : {"instanceView", "imageView"}) {
            QTableView *table = view(name);
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
            QVERIFY(proxy);
            const QAbstractItemModel *source = proxy->sourceModel();
            QTRY_VERIFY(source->rowCount() > 0);
            const int idColumn = 1;
            QCOMPARE(source->headerData(idColumn, Qt::Horizontal).toString(), QStringLiteral("ID"));
            // The fit runs a few passes after the load: wait for it, not for a time.
            const auto elided = [&]() -> QString {
                const int width = table->horizontalHeader()->sectionSize(idColumn);
                for (int r = 0; r < source->rowCount(); ++r) {
                    const QString id = source->index(r, idColumn).data().toString();
                    if (table->fontMetrics().horizontalAdvance(id) >= width)
                        return QStringLiteral("%1: %2 in %3 px").arg(name, id).arg(width);
                }
                return {};
            };
            QTRY_COMPARE(elided(), QString());
        }
    }

    void filterTextNarrowsRows()
    {
        m_window->selectRegion(QStringLiteral("lighthouse/ap-guangzhou"));
        m_window->showTab(MainWindow::Tab::Images);
        QAbstractItemModel *images = view("imageView")->model();
        QTRY_COMPARE(images->rowCount(), 18);
        auto *search = m_window->findChild<QLineEdit *>("searchField");
        QTest::keyClicks(search, QStringLiteral("wordpress"));
        QCOMPARE(images->rowCount(), 6);
        for (int r = 0; r < images->rowCount(); ++r)
            QVERIFY(images->index(r, 0).data().toString().contains(QLatin1String("wordpress")));
        search->clear();
        QCOMPARE(images->rowCount(), 18);
    }

    void imageCreationShowsProgressThenBecomesAvailableWithoutReset()
    {
        m_window->selectRegion(QStringLiteral("lighthouse/ap-shanghai"));
        m_window->showTab(MainWindow::Tab::Images);
        QAbstractItemModel *images = view("imageView")->model();
        auto *proxy = qobject_cast<QAbstractProxyModel *>(images);
        QVERIFY(proxy);
        QSignalSpy resets(proxy->sourceModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(proxy->sourceModel(), &QAbstractItemModel::rowsInserted);
        const int before = images->rowCount();
        const Instance shop = m_sim.findInstance(
            [](const Instance &i) { return i.name == QLatin1String("shop-frontend"); });
        CreateImageRequest request;
        request.product = Product::Lighthouse;
        request.regionId = shop.regionId;
        request.sourceInstanceId = shop.id;
        request.name = QStringLiteral("shop-progress");
        request.forcedShutdownConsent = true;
        QVERIFY(SimFixture::wait(m_sim.backend->createImage(request)).ok());
        QTRY_COMPARE(images->rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        int row = rowOf(images, QStringLiteral("shop-progress"));
        QVERIFY(row >= 0);
        QCOMPARE(images->index(row, 0).data(ItemRoles::StateRole).toInt(),
                 int(ImageState::Creating));
        m_sim.advance(5 * 60);
        row = rowOf(images, QStringLiteral("shop-progress"));
        QTRY_VERIFY(images->index(row, 0).data(ItemRoles::ProgressRole).toInt() > 0);
        QVERIFY(images->index(row, 0).data(ItemRoles::ProgressRole).toInt() < 100);
        m_sim.advance(60 * 60);
        row = rowOf(images, QStringLiteral("shop-progress"));
        QTRY_COMPARE(images->index(row, 0).data(ItemRoles::StateRole).toInt(),
                     int(ImageState::Available));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
    }

    void deletingAnImageRemovesItsRow()
    {
        m_window->selectRegion(QStringLiteral("lighthouse/ap-shanghai"));
        m_window->showTab(MainWindow::Tab::Images);
        QAbstractItemModel *images = view("imageView")->model();
        const int before = images->rowCount();
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("shop-frontend-base"); });
        QVERIFY(!image.id.isEmpty());
        QVERIFY(SimFixture::wait(m_sim.backend->deleteImages({image.id})).ok());
        QTRY_COMPARE(images->rowCount(), before - 1);
        QCOMPARE(rowOf(images, QStringLiteral("shop-frontend-base")), -1);
    }

    void createInstanceLinkInTheImageRowOpensTheLaunchWizard()
    {
        m_window->selectRegion(QStringLiteral("cvm/ap-guangzhou"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), QStringLiteral("api-gateway-golden"));
        QVERIFY(row >= 0);
        const QModelIndex link = images->model()->index(row, ImageTableModel::LaunchColumn);
        QCOMPARE(link.data().toString(), QStringLiteral("Create instance"));
        images->scrollTo(link);
        QTest::mouseClick(images->viewport(), Qt::LeftButton, {},
                          images->visualRect(link).center());
        LaunchWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<LaunchWizard *>()) && wizard->isVisible());
        QCOMPARE(wizard->context().image.name, QStringLiteral("api-gateway-golden"));
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<LaunchWizard *>());
    }

    void deleteConfirmationListsTheSnapshotsThatGoWithTheImage()
    {
        m_window->selectRegion(QStringLiteral("uhost/cn-bj2"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        const int row = rowOf(images->model(), QStringLiteral("web-with-data"));
        QVERIFY(row >= 0);
        const Image image = m_sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("web-with-data"); });
        QString dataSnapshot;
        for (const ImageDataDisk &disk : image.dataDisks)
            if (!disk.snapshotId.isEmpty())
                dataSnapshot = disk.snapshotId;
        QVERIFY(!dataSnapshot.isEmpty());
        selectRow(images, row);
        QVERIFY(action("deleteAction")->isEnabled());
        const int before = images->model()->rowCount();

        // First answer Cancel: nothing is deleted.
        QStringList shownSnapshots;
        QString shownNote;
        {
            DialogAnswerer cancel(
                QStringLiteral("deleteConfirmation"),
                [&](QDialog *dialog) {
                    auto *box = static_cast<ItemListDialog *>(dialog);
                    shownNote = box->note();
                    if (auto *list = box->findChild<QListWidget *>("snapshotList"))
                        for (int i = 0; i < list->count(); ++i)
                            shownSnapshots << list->item(i)->text();
                },
                [](QDialog *) -> QAbstractButton * { return nullptr; });
            action("deleteAction")->trigger();
            QVERIFY(cancel.answered());
        }
        QVERIFY(shownSnapshots.join(QLatin1Char('\n')).contains(dataSnapshot));
        QVERIFY(shownNote.contains(QLatin1String("billing continues")));
        QCoreApplication::processEvents();
        QCOMPARE(images->model()->rowCount(), before);

        // Then confirm: the image and its data-disk snapshot go.
        DialogAnswerer confirm(QStringLiteral("deleteConfirmation"), {}, [](QDialog *dialog) {
            for (auto *button : dialog->findChildren<QPushButton *>())
                if (button->text().startsWith(QLatin1String("Delete")))
                    return static_cast<QAbstractButton *>(button);
            return static_cast<QAbstractButton *>(nullptr);
        });
        action("deleteAction")->trigger();
        QVERIFY(confirm.answered());
        QTRY_COMPARE(images->model()->rowCount(), before - 1);
        const QList<Snapshot> snapshots =
            SimFixture::wait(m_sim.backend->fetchSnapshots({})).value();
        QVERIFY(std::none_of(snapshots.begin(), snapshots.end(),
                             [&](const Snapshot &s) { return s.id == dataSnapshot; }));
    }

    void stopAndStartAnInstanceFromTheWindow()
    {
        m_window->selectRegion(QStringLiteral("cvm/ap-beijing"));
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        const int row = rowOf(instances->model(), QStringLiteral("ci-runner"));
        QVERIFY(row >= 0);
        selectRow(instances, row);
        QVERIFY(!action("startAction")->isEnabled());
        QVERIFY(action("startAction")->toolTip().contains(QLatin1String("running")));
        QVERIFY(action("stopAction")->isEnabled());
        // Stop asks first (Cancel changes nothing), then stops on confirmation.
        {
            DialogAnswerer cancel(QStringLiteral("stopConfirmation"), {},
                                  [](QDialog *) -> QAbstractButton * { return nullptr; });
            action("stopAction")->trigger();
            QVERIFY(cancel.answered());
        }
        QCoreApplication::processEvents();
        QCOMPARE(instances->model()->index(row, 0).data(ItemRoles::StateRole).toInt(),
                 int(InstanceState::Running));
        DialogAnswerer confirm(QStringLiteral("stopConfirmation"), {}, [](QDialog *dialog) {
            for (auto *button : dialog->findChildren<QPushButton *>())
                if (button->text().startsWith(QLatin1String("Stop")))
                    return static_cast<QAbstractButton *>(button);
            return static_cast<QAbstractButton *>(nullptr);
        });
        action("stopAction")->trigger();
        QVERIFY(confirm.answered());
        QTRY_COMPARE(instances->model()->index(row, 0).data(ItemRoles::StateRole).toInt(),
                     int(InstanceState::Stopping));
        m_sim.advance(120);
        QTRY_COMPARE(instances->model()->index(row, 0).data(ItemRoles::StateRole).toInt(),
                     int(InstanceState::Stopped));
        QTRY_VERIFY(action("startAction")->isEnabled());
        action("startAction")->trigger();
        m_sim.advance(120);
        QTRY_COMPARE(instances->model()->index(row, 0).data(ItemRoles::StateRole).toInt(),
                     int(InstanceState::Running));
    }

    void overdueAccountShowsBannerAndDisablesLighthouseCreation()
    {
        auto *banner = m_window->findChild<OverdueBanner *>("overdueBanner");
        QVERIFY(!banner->isVisible());
        QVERIFY(SimFixture::wait(m_sim.backend->setBalance(-500)).ok());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("overdue")));
        QVERIFY(banner->text().contains(QLatin1String("7 days")));
        m_window->selectRegion(QStringLiteral("lighthouse/ap-guangzhou"));
        m_window->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        selectRow(instances, rowOf(instances->model(), QStringLiteral("blog-server")));
        QVERIFY(!action("createImageAction")->isEnabled());
        QVERIFY(action("createImageAction")->toolTip().contains(QLatin1String("overdue")));
        m_window->showTab(MainWindow::Tab::Images);
        QAbstractItemModel *images = view("imageView")->model();
        QTRY_COMPARE(images->index(0, 0).data(ItemRoles::StateRole).toInt(),
                     int(ImageState::ToBeRepossessed));
        QVERIFY(SimFixture::wait(m_sim.backend->topUp(10000)).ok());
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE(images->index(0, 0).data(ItemRoles::StateRole).toInt(),
                     int(ImageState::Available));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
