// Issue 17's check, through the real window the composition root builds: the embedded
// simulator and two imprint-sim processes with different keys, given as --account. An image
// is made in each remote account through the create-image wizard, and each server's own API
// lists it only where it belongs; one server is killed mid-session and only its account fails
// while the others keep acting; restarted and retried, its account comes back without a
// restart of Imprint.

#include "apiclient.h"
#include "backend.h"
#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "createimagewizard.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "regiontreemodel.h"
#include "remotekindregistry.h"
#include "simprocess.h"
#include "translationloader.h"
#include "windowhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace imprint;
using namespace imprint::WindowHelpers;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// A test's generous wait: a remote read retries with back-off before it gives up.
constexpr int Patience = 120000;

} // namespace

class TestAccountsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;    // the embedded simulator's store and the run's settings
    QTemporaryDir m_clientData; // the killed server's store, kept for its restart
    SimProcess m_company;
    SimProcess m_client;
    QUrl m_clientUrl;
    std::unique_ptr<ConsoleApplication> m_app;

    MainWindow *window() const { return m_app->window(); }
    Backend *backend() const { return m_app->backend(); }
    QTableView *view(const char *name) const { return window()->findChild<QTableView *>(name); }
    QAction *action(const char *name) const { return window()->findChild<QAction *>(name); }

    AccountStatus status(const QString &id) const
    {
        for (const AccountStatus &account : backend()->accounts())
            if (account.id == id)
                return account;
        return {};
    }

    // The account's node in the region tree, as the user reads it.
    QString nodeText(const QString &id) const
    {
        QAbstractItemModel *tree = window()->findChild<QTreeView *>()->model();
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex index = tree->index(row, 0);
            if (index.data(ItemRoles::IdRole).toString() == id)
                return index.data().toString();
        }
        return {};
    }

    static QStringList imageNamesOn(SimProcess &server, const QString &secretId,
                                    const QString &secretKey)
    {
        ApiClient client(server.url(), Credentials{secretId, secretKey, {}});
        QJsonObject body{{s("Limit"), 100}};
        const ApiAnswer answer = client.call("cvm", "DescribeImages", body);
        if (!answer.ok())
            return {s("<error: ") + QString::fromUtf8(answer.describe()) + s(">")};
        QStringList names;
        for (const QJsonValue &image : answer.response.value(s("ImageSet")).toArray())
            names << image.toObject().value(s("ImageName")).toString();
        return names;
    }

    // Through the window: the first CVM instance of the account's Guangzhou region, imaged.
    void createImageIn(const QString &accountId, const QString &imageName)
    {
        window()->selectRegion(s("cvm/") + accountId + s(":ap-guangzhou"));
        window()->showTab(MainWindow::Tab::Instances);
        QTableView *instances = view("instanceView");
        QTRY_VERIFY_WITH_TIMEOUT(instances->model()->rowCount() > 0, Patience);
        selectRow(instances, 0);
        QTRY_VERIFY(action("createImageAction")->isEnabled());
        action("createImageAction")->trigger();
        auto *wizard = window()->findChild<CreateImageWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        for (int page = 1; page <= 8 && wizard->currentId() != CreateImageWizard::SummaryPage;
             ++page) {
            if (auto *name = wizard->findChild<QLineEdit *>(s("nameField"));
                name && name->isVisible())
                name->setText(imageName);
            if (auto *consent = wizard->findChild<QCheckBox *>(s("forcedShutdownConsent"));
                consent && consent->isVisible())
                consent->setChecked(true);
            QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QString::number(wizard->currentId())));
            wizard->next();
        }
        QTRY_COMPARE(wizard->currentId(), int(CreateImageWizard::SummaryPage));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<CreateImageWizard *>(), Patience);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid() && m_clientData.isValid());
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dataDir.path());
        QCoreApplication::setOrganizationName(s("ImprintTest"));
        QCoreApplication::setApplicationName(s("tst_accountswindow"));

        // Two servers, two keys: each answers only its own.
        QVERIFY2(m_company.start({s("--secret-id"), s("AKIDcompany0000000000000000000000"),
                                  s("--secret-key"), s("company-secret-key-000000000000")}),
                 qPrintable(m_company.error()));
        QVERIFY2(m_client.start({s("--secret-id"), s("AKIDclient00000000000000000000000"),
                                 s("--secret-key"), s("client-secret-key-0000000000000")},
                                m_clientData.path()),
                 qPrintable(m_client.error()));
        m_clientUrl = m_client.url();
        qputenv("TST_COMPANY_ID", "AKIDcompany0000000000000000000000");
        qputenv("TST_COMPANY_KEY", "company-secret-key-000000000000");
        qputenv("TST_CLIENT_ID", "AKIDclient00000000000000000000000");
        qputenv("TST_CLIENT_KEY", "client-secret-key-0000000000000");

        CommandLineOptions options;
        int exitCode = -1;
        QVERIFY(CommandLineOptions::parse(
            {s("imprint"), s("--data-dir"), m_dataDir.path(), s("--sim-speed"), s("600"),
             s("--account"),
             s("imprint-sim,name=Company,endpoint=%1,key-env=TST_COMPANY_ID:TST_COMPANY_KEY")
                 .arg(m_company.url().toString()),
             s("--account"),
             s("imprint-sim,name=Client,endpoint=%1,key-env=TST_CLIENT_ID:TST_CLIENT_KEY")
                 .arg(m_clientUrl.toString())},
            RemoteKindRegistry::builtIn().connectionKinds(), &options, &exitCode));
        m_app = std::make_unique<ConsoleApplication>(options);
        m_app->start();
        window()->resize(1600, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isLoaded(), Patience);
    }

    void everyAccountIsInTheWindow()
    {
        const QList<AccountStatus> accounts = backend()->accounts();
        QCOMPARE(accounts.size(), 3); // the embedded simulator (first start), then --account
        QTRY_VERIFY_WITH_TIMEOUT(status(s("a1")).state == AccountStatus::State::Connected,
                                 Patience);
        QTRY_VERIFY_WITH_TIMEOUT(status(s("cli1")).state == AccountStatus::State::Connected,
                                 Patience);
        QTRY_VERIFY_WITH_TIMEOUT(status(s("cli2")).state == AccountStatus::State::Connected,
                                 Patience);
        QCOMPARE(status(s("cli1")).name, s("Company"));
        QTRY_COMPARE(nodeText(s("cli2")), s("Client"));
    }

    void anImageIsMadeInEachRemoteAccountAndOnlyThere()
    {
        createImageIn(s("cli1"), s("company-golden"));
        createImageIn(s("cli2"), s("client-golden"));
        const QString companyId = s("AKIDcompany0000000000000000000000");
        const QString companyKey = s("company-secret-key-000000000000");
        const QString clientId = s("AKIDclient00000000000000000000000");
        const QString clientKey = s("client-secret-key-0000000000000");
        QTRY_VERIFY_WITH_TIMEOUT(
            imageNamesOn(m_company, companyId, companyKey).contains(s("company-golden")), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(
            imageNamesOn(m_client, clientId, clientKey).contains(s("client-golden")), Patience);
        QVERIFY(!imageNamesOn(m_company, companyId, companyKey).contains(s("client-golden")));
        QVERIFY(!imageNamesOn(m_client, clientId, clientKey).contains(s("company-golden")));
        // Each key opens only its own server.
        QVERIFY(imageNamesOn(m_company, clientId, clientKey).first().startsWith(s("<error")));
    }

    void aKilledServerFailsOnlyItsAccount()
    {
        m_client.kill();
        // The user refreshes; the dead server's reads fail after their retries.
        action("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status(s("cli2")).state == AccountStatus::State::Failed, Patience);
        QVERIFY(!status(s("cli2")).problem.isEmpty());
        QTRY_VERIFY(nodeText(s("cli2")) != s("Client"));
        QVERIFY(nodeText(s("cli2")).startsWith(s("Client")));
        QCOMPARE(status(s("cli1")).state, AccountStatus::State::Connected);
        QCOMPARE(status(s("a1")).state, AccountStatus::State::Connected);
        QCOMPARE(nodeText(s("cli1")), s("Company"));

        // The others keep acting: another image in Company, made and served.
        createImageIn(s("cli1"), s("company-second"));
        QTRY_VERIFY_WITH_TIMEOUT(imageNamesOn(m_company, s("AKIDcompany0000000000000000000000"),
                                              s("company-secret-key-000000000000"))
                                     .contains(s("company-second")),
                                 Patience);
        QCOMPARE(status(s("cli1")).state, AccountStatus::State::Connected);
    }

    void aRetriedAccountComesBackWithoutARestart()
    {
        // The same store on the same address, as after an operator restarts it.
        QVERIFY2(m_client.start({s("--listen"), m_clientUrl.authority(), s("--secret-id"),
                                 s("AKIDclient00000000000000000000000"), s("--secret-key"),
                                 s("client-secret-key-0000000000000")},
                                m_clientData.path()),
                 qPrintable(m_client.error()));
        QCOMPARE(m_client.url(), m_clientUrl);
        backend()->retryAccount(s("cli2"));
        QTRY_VERIFY_WITH_TIMEOUT(status(s("cli2")).state == AccountStatus::State::Connected,
                                 Patience);
        QTRY_COMPARE(nodeText(s("cli2")), s("Client"));
        // Its records are back in the window: the image made before the kill.
        window()->selectRegion(s("cvm/cli2:ap-guangzhou"));
        window()->showTab(MainWindow::Tab::Images);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view("imageView")->model(), s("client-golden")) >= 0,
                                 Patience);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_company.stop();
        m_client.stop();
    }
};

QTEST_MAIN(TestAccountsWindow)
#include "tst_accountswindow.moc"
