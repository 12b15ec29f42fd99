// The window over several accounts when one of them fails: its tree node and the status bar
// say so, Retry (the status bar's button, the node's menu) asks that account again, and an
// account that connects again brings its records in - all through the real window, over a
// FakeBackend that acts as a composite of two accounts.

#include "fakebackend.h"
#include "imagetablemodel.h"
#include "mainwindow.h"
#include "regiontreemodel.h"
#include "translationloader.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace imprint;

namespace {

AccountStatus status(const char *id, const char *name, AccountStatus::State state,
                     const QString &problem = {})
{
    return {QLatin1String(id), QLatin1String(name), state, problem};
}

} // namespace

class TestAccountProblems : public QObject
{
    Q_OBJECT

private:
    FakeBackend m_backend;
    std::unique_ptr<MainWindow> m_window;

    QLabel *problemLabel()
    {
        return m_window->findChild<QLabel *>(QStringLiteral("accountProblemLabel"));
    }
    QPushButton *retryButton()
    {
        return m_window->findChild<QPushButton *>(QStringLiteral("retryAccountsButton"));
    }

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountproblems"));
        QSettings().clear();
        m_backend.accountList = {status("a1", "Company", AccountStatus::State::Connected),
                                 status("a2", "Client", AccountStatus::State::Connected)};
        m_backend.regions = {
            makeRegion(Product::Cvm, "a1:ap-guangzhou", "South China (Guangzhou)"),
            makeRegion(Product::Cvm, "a2:ap-guangzhou", "South China (Guangzhou)")};
        m_backend.images = {makeImage("a1:img-1", "company-web", Product::Cvm, "a1:ap-guangzhou"),
                            makeImage("a2:img-1", "client-web", Product::Cvm, "a2:ap-guangzhou")};
        m_window = std::make_unique<MainWindow>(&m_backend);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->waitForBackend(QtFuture::makeReadyFuture(Status()));
        QTRY_VERIFY(m_window->isLoaded());
    }

    void everyTableSaysWhichAccountHoldsARow()
    {
        m_window->showTab(MainWindow::Tab::Images);
        auto *images = m_window->findChild<QTableView *>(QStringLiteral("imageView"));
        QVERIFY(!images->isColumnHidden(ImageTableModel::AccountColumn));
        QCOMPARE(images->horizontalHeader()->visualIndex(ImageTableModel::AccountColumn), 1);
        // An account's node shows its rows only; the cloud's own id is the same in both accounts,
        // and the Account column tells them apart.
        QStringList seen;
        for (const char *account : {"a1:", "a2:"}) {
            m_window->selectRegion(QLatin1String(account));
            QTRY_COMPARE(images->model()->rowCount(), 1);
            seen << images->model()->index(0, ImageTableModel::AccountColumn).data().toString() +
                        QLatin1Char('/') +
                        images->model()->index(0, ImageTableModel::IdColumn).data().toString();
        }
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("Company/img-1"), QStringLiteral("Client/img-1")}));
        QVERIFY(!retryButton()->isVisible());
    }

    void aFailedAccountIsNamedAndRetriedFromTheStatusBar()
    {
        const QString why = QStringLiteral("Connection refused by 127.0.0.1:18082.");
        m_backend.setAccountStatus(status("a2", "Client", AccountStatus::State::Failed, why));
        QTRY_VERIFY(retryButton()->isVisible());
        QVERIFY(problemLabel()->text().contains(QLatin1String("Client")));
        QVERIFY(problemLabel()->toolTip().contains(why));
        // Its node says so too, with the reason; the other account's node does not.
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("regionView"));
        const QModelIndex client = tree->model()->index(1, 0);
        QVERIFY(client.data().toString().startsWith(QLatin1String("Client ")));
        QCOMPARE(client.data(Qt::ToolTipRole).toString(), why);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Company"));

        m_backend.retried.clear();
        QTest::mouseClick(retryButton(), Qt::LeftButton);
        QCOMPARE(m_backend.retried, QStringList{QStringLiteral("a2")});
    }

    void anAccountThatComesBackIsReadAgain()
    {
        const int fetchesBefore = m_backend.fetchCount;
        m_backend.images << makeImage("a2:img-2", "client-new", Product::Cvm, "a2:ap-guangzhou");
        m_backend.setAccountStatus(status("a2", "Client", AccountStatus::State::Connected));
        QTRY_VERIFY(!retryButton()->isVisible());
        QVERIFY(m_backend.fetchCount > fetchesBefore);
        auto *images = m_window->findChild<QTableView *>(QStringLiteral("imageView"));
        m_window->selectRegion(QStringLiteral("a2:"));
        QTRY_COMPARE(images->model()->rowCount(), 2);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("regionView"));
        QCOMPARE(tree->model()->index(1, 0).data().toString(), QStringLiteral("Client"));
    }
};

QTEST_MAIN(TestAccountProblems)
#include "tst_accountproblems.moc"
