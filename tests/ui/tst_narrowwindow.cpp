#include "mainwindow.h"
#include "panewidthpolicy.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QHeaderView>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace imprint;

// Issue 13, item 8: at 1024x700 the side panes make room, so the tables' key columns and the
// region tree's names read whole; widths the user dragged are kept, in this run and the next.
class TestNarrowWindow : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QSplitter *splitter() const { return child<QSplitter>("mainSplitter"); }

    // Which of Name, ID, State and Product does not lie wholly inside the table's viewport;
    // empty when all four do.
    static QString clippedKeyColumns(QTableView *table)
    {
        const QHeaderView *header = table->horizontalHeader();
        const QRect viewport = table->viewport()->rect();
        QStringList clipped;
        for (int column = 0; column <= 3; ++column) {
            const QRect section(header->sectionViewportPosition(column), 0,
                                header->sectionSize(column), 1);
            if (!viewport.contains(section))
                clipped << QStringLiteral("%1 (%2 to %3 px in a %4 px viewport)")
                               .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                               .arg(section.left())
                               .arg(section.right())
                               .arg(viewport.width());
        }
        return clipped.join(QStringLiteral(", "));
    }

    // Drags a splitter handle by `dx` px, as the mouse does.
    static void dragHandle(QSplitterHandle *handle, int dx)
    {
        const QPoint from = handle->rect().center();
        const QPoint to = from + QPoint(dx, 0);
        auto send = [handle](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, handle->mapToGlobal(at), Qt::LeftButton, buttons,
                              Qt::NoModifier);
            QApplication::sendEvent(handle, &event);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        send(QEvent::MouseMove, to, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    }

    void openWindow(QSize size)
    {
        m_window = std::make_unique<MainWindow>(m_sim.backend.get());
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->waitForBackend(QtFuture::makeReadyFuture(Status()));
        QTRY_VERIFY(m_window->isLoaded());
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_narrowwindow"));
        QSettings().clear();
        QVERIFY(m_sim.start());
        openWindow(QSize(1024, 700));
    }

    void keyColumnsAndRegionNamesReadWholeAt1024By700()
    {
        m_window->selectRegion(QStringLiteral("cvm/ap-guangzhou"));
        const QList<std::pair<MainWindow::Tab, const char *>> tables{
            {MainWindow::Tab::Images, "imageView"},
            {MainWindow::Tab::Instances, "instanceView"},
            {MainWindow::Tab::Snapshots, "snapshotView"}};
        for (const auto &[tab, name] : tables) {
            m_window->showTab(tab);
            auto *table = child<QTableView>(name);
            QTRY_VERIFY2(table->model()->rowCount() > 0, name);
            QTRY_VERIFY(table->isVisible());
            // Once the columns are sized to their rows (before, all are 100 px and fit anyway).
            QTRY_VERIFY(table->horizontalHeader()->sectionSize(0) >= 200);
            QTRY_VERIFY2(clippedKeyColumns(table).isEmpty(), qPrintable(clippedKeyColumns(table)));
        }
        // Every region's name whole: the name column is as wide as its widest name, and the
        // whole tree fits its viewport (no sideways scrolling).
        auto *regions = child<QTreeView>("regionView");
        const QHeaderView *header = regions->header();
        QTRY_VERIFY(header->length() <= regions->viewport()->width());
        QTRY_VERIFY2(header->sectionSize(0) >=
                         static_cast<QAbstractItemView *>(regions)->sizeHintForColumn(0),
                     qPrintable(QString::number(header->sectionSize(0))));
        // The details pane folded to make the room; View > Details Pane says so, and brings
        // it back at its least width.
        auto *details = child<QAction>("detailsPaneAction");
        QTRY_COMPARE(splitter()->sizes().at(2), 0);
        QVERIFY(!details->isChecked());
        details->trigger();
        QTRY_VERIFY(splitter()->sizes().at(2) >= PaneWidthPolicy::MinDetails);
        QVERIFY(details->isChecked());
        details->trigger();
        QTRY_COMPARE(splitter()->sizes().at(2), 0);
        QVERIFY(!details->isChecked());
    }

    void wideWindowShowsEveryPane()
    {
        m_window->resize(1600, 1000);
        QTRY_VERIFY(splitter()->sizes().at(2) == 0); // the user hid it: kept, whatever the width
        child<QAction>("resetPanesAction")->trigger();
        QTRY_VERIFY(splitter()->sizes().at(2) >= PaneWidthPolicy::MinDetails);
        QVERIFY(child<QAction>("detailsPaneAction")->isChecked());
        m_window->showTab(MainWindow::Tab::Images);
        auto *images = child<QTableView>("imageView");
        QTRY_VERIFY2(clippedKeyColumns(images).isEmpty(), qPrintable(clippedKeyColumns(images)));
        m_window->resize(1024, 700);
        QTRY_COMPARE(splitter()->sizes().at(2), 0);
    }

    void userDraggedWidthsAreKept()
    {
        QTRY_VERIFY(splitter()->sizes().at(0) > 200);
        const int before = splitter()->sizes().at(0);
        dragHandle(splitter()->handle(1), -60);
        const QList<int> dragged = splitter()->sizes();
        QVERIFY2(dragged.at(0) < before - 40, qPrintable(QString::number(dragged.at(0))));
        // Neither a wider window, nor the dashboard's coming and going, nor a reload changes
        // the side panes the user sized.
        m_window->resize(1300, 700);
        QTRY_COMPARE(splitter()->sizes().at(0), dragged.at(0));
        m_window->showTab(MainWindow::Tab::Dashboard);
        m_window->showTab(MainWindow::Tab::Images);
        m_window->reloadAll();
        QTRY_VERIFY(m_window->isLoaded());
        QCOMPARE(splitter()->sizes().at(0), dragged.at(0));
        QCOMPARE(splitter()->sizes().at(2), dragged.at(2));
        // And the next run opens with them.
        const QList<int> kept = splitter()->sizes();
        m_window->close();
        openWindow(QSize(1300, 700));
        QTRY_COMPARE(splitter()->sizes(), kept);
    }

    // Quota & Cost: at 1600x1000 the charts sit beside the table, on the first screen, and no
    // column of the table is cut; at 1024x700 they go under it.
    void dashboardChartsBesideTheTableWhenThereIsRoom()
    {
        m_window->resize(1600, 1000);
        m_window->showTab(MainWindow::Tab::Dashboard);
        auto *table = child<QTableView>("quotaCostTable");
        QTRY_VERIFY(table && table->isVisible() && table->model()->rowCount() > 5);
        auto *charts = child<QSplitter>("chartSplitter");
        auto *page = child<QWidget>("dashboardScroll");
        auto *viewport = qobject_cast<QAbstractScrollArea *>(page)->viewport();
        QTRY_COMPARE(charts->orientation(), Qt::Vertical);
        QTRY_VERIFY(charts->geometry().left() > table->geometry().right());
        // Wholly inside the first screen's width, once the page is laid out for its scroll bar.
        const auto chartsShown = [&] {
            const QPoint at = charts->mapTo(viewport, QPoint(0, 0));
            return viewport->rect().contains(at) &&
                   viewport->rect().contains(at + QPoint(charts->width() - 1, 0));
        };
        QTRY_VERIFY2(chartsShown(), qPrintable(QStringLiteral("charts %1 px wide at %2 in a %3 px "
                                                              "viewport")
                                                   .arg(charts->width())
                                                   .arg(charts->mapTo(viewport, QPoint()).x())
                                                   .arg(viewport->width())));
        QVERIFY(charts->width() >= 320);
        const QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                QVERIFY(header->sectionViewportPosition(c) + header->sectionSize(c) <=
                        table->viewport()->width());
        m_window->resize(1024, 700);
        QTRY_COMPARE(charts->orientation(), Qt::Horizontal);
        QTRY_VERIFY(charts->geometry().top() > table->geometry().bottom());
        m_window->showTab(MainWindow::Tab::Images);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
