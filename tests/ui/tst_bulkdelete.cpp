#include "dialoganswerer.h"
#include "itemlistdialog.h"
#include "mainwindow.h"
#include "simfixture.h"
#include "translationloader.h"
#include "windowhelpers.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

// Issue 13, item 1: select all 2 000+ images of a large account and press Delete. The
// confirmation must fit on the screen with its buttons reachable, and count right.
class TestBulkDelete : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view(const char *name) { return m_window->findChild<QTableView *>(name); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(name); }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_bulkdelete"));
        QSettings().clear();
        // About 10 000 images over every product: each holds well over 2 000.
        QVERIFY(m_sim.start(10));
        m_window = std::make_unique<MainWindow>(m_sim.backend.get());
        m_window->resize(1024, 700);
        m_window->show();
        m_window->waitForBackend(QtFuture::makeReadyFuture(Status()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoaded(), 60000);
    }

    void bulkDeleteOf2000ImagesFitsOnTheScreen()
    {
        m_window->selectRegion(QStringLiteral("lighthouse"));
        m_window->showTab(MainWindow::Tab::Images);
        QTableView *images = view("imageView");
        QTRY_VERIFY(images->model()->rowCount() >= 2000);
        images->setFocus();
        images->selectAll();
        const int selected = int(m_window->selectedImages().size());
        QVERIFY(selected >= 2000);
        QVERIFY(action("deleteAction")->isEnabled());
        QCOMPARE(action("deleteAction")->text(),
                 QStringLiteral("&Delete %1 Images…").arg(selected));

        QRect dialogRect;
        QRect buttonRect;
        QString summary;
        int listed = 0;
        const QRect screen = m_window->screen()->availableGeometry();
        DialogAnswerer answer(
            QStringLiteral("deleteConfirmation"),
            [&](QDialog *dialog) {
                auto *box = static_cast<ItemListDialog *>(dialog);
                dialogRect = box->frameGeometry();
                summary = box->summary();
                listed = box->findChild<QListWidget *>(QStringLiteral("imageList"))->count();
                if (QAbstractButton *del = buttonStartingWith(box, QStringLiteral("Delete")))
                    buttonRect = QRect(del->mapToGlobal(QPoint(0, 0)), del->size());
            },
            [](QDialog *) -> QAbstractButton * { return nullptr; });
        action("deleteAction")->trigger();
        QVERIFY(answer.answered());
        QCOMPARE(listed, selected);
        QCOMPARE(summary,
                 QStringLiteral("Delete %1 custom images? This cannot be undone.").arg(selected));
        QVERIFY2(screen.contains(dialogRect), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                             .arg(dialogRect.width())
                                                             .arg(dialogRect.height())
                                                             .arg(screen.width())
                                                             .arg(screen.height())));
        QVERIFY(!buttonRect.isEmpty());
        QVERIFY(screen.contains(buttonRect));
        QCOMPARE(images->model()->rowCount(), selected); // cancelled: nothing deleted
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestBulkDelete)
#include "tst_bulkdelete.moc"
