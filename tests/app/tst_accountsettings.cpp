#include "accountspec.h"
#include "appsettings.h"
#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "remotekindregistry.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

QList<ConnectionKind> kinds()
{
    return RemoteKindRegistry::builtIn().connectionKinds();
}

bool parse(const QStringList &arguments, CommandLineOptions *options)
{
    int exitCode = -1;
    return CommandLineOptions::parse(QStringList{s("imprint")} + arguments, kinds(), options,
                                     &exitCode);
}

qsizetype simulators(const QList<AccountSpec> &accounts)
{
    return std::count_if(accounts.cbegin(), accounts.cend(),
                         [](const AccountSpec &a) { return a.isEmbeddedSimulator(); });
}

QString problemWith(const QString &value)
{
    AccountSpec account;
    return CommandLineOptions::parseAccount(value, kinds(), &account);
}

} // namespace

// The accounts of issue 17 as settings and command line see them: what a first start, an old
// settings file and a saved list give; what --account accepts and what it refuses, and why.
class TestAccountSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        AppSettings::keepIn(m_settingsDir.path());
        QCoreApplication::setOrganizationName(s("ImprintTest"));
        QCoreApplication::setApplicationName(s("tst_accountsettings"));
    }

    void init() { QSettings().clear(); }

    // Issue 13, item 6: what a run saves lives in its --data-dir; another folder starts fresh,
    // and the first folder still has it afterwards.
    void aDataFolderKeepsItsOwnSettings()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(first.isValid() && second.isValid());
        AppSettings::keepIn(first.path());
        {
            AppSettings settings;
            QList<AccountSpec> accounts = settings.accounts(kinds());
            AccountSpec cloud;
            cloud.id = settings.newAccountId();
            cloud.kindId = s("imprint-sim");
            cloud.name = s("Company");
            cloud.endpoint = QUrl(s("http://127.0.0.1:9000"));
            accounts.append(cloud);
            settings.setAccounts(accounts);
        }
        QVERIFY(!QDir(first.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

        AppSettings::keepIn(second.path());
        QCOMPARE(AppSettings().accounts(kinds()).size(), 1); // the embedded simulator only

        AppSettings::keepIn(first.path());
        const QList<AccountSpec> kept = AppSettings().accounts(kinds());
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.last().name, s("Company"));
        AppSettings::keepIn(m_settingsDir.path()); // as the other tests expect
    }

    void firstStartHasTheEmbeddedSimulatorOnly()
    {
        const QList<AccountSpec> accounts = AppSettings().accounts(kinds());
        QCOMPARE(accounts.size(), 1);
        QVERIFY(accounts.first().isEmbeddedSimulator());
        QVERIFY(accounts.first().enabled);
        QCOMPARE(accounts.first().name, RemoteKindRegistry::embeddedSimulator().name);
        QVERIFY(AccountSpec::isValidId(accounts.first().id));
    }

    void theOldSavedConnectionBecomesAnAccount()
    {
        ConnectionChoice old;
        old.kindId = s("imprint-sim");
        old.endpoint = QUrl(s("http://127.0.0.1:8080"));
        AppSettings().setConnection(old);
        const QList<AccountSpec> accounts = AppSettings().accounts(kinds());
        QCOMPARE(accounts.size(), 2);
        // The simulator stays listed, off, so the window opens where it did last time.
        QVERIFY(accounts.at(0).isEmbeddedSimulator());
        QVERIFY(!accounts.at(0).enabled);
        QCOMPARE(accounts.at(1).kindId, s("imprint-sim"));
        QCOMPARE(accounts.at(1).endpoint, old.endpoint);
        QVERIFY(accounts.at(1).enabled);
        QVERIFY(accounts.at(0).id != accounts.at(1).id);
    }

    void accountsAndTheirOrderPersistWithoutKeys()
    {
        AppSettings settings;
        QList<AccountSpec> accounts = settings.accounts(kinds());
        AccountSpec staging;
        staging.id = settings.newAccountId();
        staging.kindId = s("imprint-sim");
        staging.name = s("Staging");
        staging.endpoint = QUrl(s("http://127.0.0.1:9000"));
        staging.keySource = AccountSpec::KeySource::Environment;
        staging.keyEnvironment = {s("STAGING_ID"), s("STAGING_KEY")};
        AccountSpec client = staging;
        client.id = settings.newAccountId();
        client.name = s("Client");
        client.enabled = false;
        client.keySource = AccountSpec::KeySource::Keyring;
        client.keyEnvironment.clear();
        AccountSpec once = staging;
        once.id = s("cli1");
        once.name = s("Once");
        once.transient = true;
        accounts = {client, accounts.first(), staging, once};
        settings.setAccounts(accounts);

        const QList<AccountSpec> read = AppSettings().accounts(kinds());
        QCOMPARE(read.size(), 3); // the --account one is for its run only
        QCOMPARE(read.at(0).name, s("Client"));
        QVERIFY(!read.at(0).enabled);
        QCOMPARE(read.at(0).keySource, AccountSpec::KeySource::Keyring);
        QVERIFY(read.at(1).isEmbeddedSimulator());
        QCOMPARE(read.at(2).id, staging.id);
        QCOMPARE(read.at(2).endpoint, staging.endpoint);
        QCOMPARE(read.at(2).keySource, AccountSpec::KeySource::Environment);
        QCOMPARE(read.at(2).keyEnvironment, staging.keyEnvironment);

        // Removing an account shrinks the list, and its id is never handed out again.
        settings.setAccounts({read.at(1)});
        QCOMPARE(AppSettings().accounts(kinds()).size(), 1);
        const QString fresh = AppSettings().newAccountId();
        QVERIFY2(fresh != client.id && fresh != staging.id && fresh != read.at(1).id,
                 qPrintable(fresh));

        // An empty list stays empty: it was saved, it is not a first start.
        settings.setAccounts({});
        QCOMPARE(AppSettings().accounts(kinds()).size(), 0);
    }

    void aSavedAccountWithABadIdIsDropped()
    {
        AccountSpec good;
        good.id = s("a1");
        good.name = s("Good");
        AccountSpec bad = good;
        bad.id = s("a:1"); // would split scoped record ids wrongly
        bad.name = s("Bad");
        AccountSpec twin = good;
        twin.name = s("Twin");
        AppSettings().setAccounts({good, bad, twin});
        const QList<AccountSpec> read = AppSettings().accounts(kinds());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().name, s("Good"));
    }

    void savedSettingsFileNeverHoldsAKey()
    {
        AppSettings().setAccounts(AppSettings().accounts(kinds()));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(s("secret"), Qt::CaseInsensitive), qPrintable(key));
    }

    void accountOptionIsRepeatable()
    {
        CommandLineOptions options;
        QVERIFY(parse({s("--account"),
                       s("imprint-sim,name=Staging,endpoint=http://127.0.0.1:8080,"
                         "key-env=STAGING_ID:STAGING_KEY"),
                       s("--account"), s("imprint-sim,endpoint=127.0.0.1:8081,key=keyring"),
                       s("--account"), s("simulator")},
                      &options));
        QCOMPARE(options.accounts.size(), 3);
        const AccountSpec &staging = options.accounts.at(0);
        QCOMPARE(staging.kindId, s("imprint-sim"));
        QCOMPARE(staging.name, s("Staging"));
        QCOMPARE(staging.endpoint, QUrl(s("http://127.0.0.1:8080")));
        QCOMPARE(staging.keySource, AccountSpec::KeySource::Environment);
        QCOMPARE(staging.keyEnvironment, QStringList({s("STAGING_ID"), s("STAGING_KEY")}));
        QVERIFY(staging.transient);
        const AccountSpec &second = options.accounts.at(1);
        QCOMPARE(second.keySource, AccountSpec::KeySource::Keyring);
        QCOMPARE(second.endpoint, QUrl(s("http://127.0.0.1:8081")));
        // Unnamed: the kind's name, which no other account has.
        QCOMPARE(second.name, RemoteKindRegistry::builtIn().find(s("imprint-sim"))->kind.name);
        QVERIFY(options.accounts.at(2).isEmbeddedSimulator());
        QSet<QString> ids;
        for (const AccountSpec &account : options.accounts) {
            QVERIFY(AccountSpec::isValidId(account.id));
            ids.insert(account.id);
        }
        QCOMPARE(ids.size(), 3);

        // Two unnamed accounts of one kind get different names.
        QVERIFY(parse({s("--account"), s("imprint-sim,endpoint=http://127.0.0.1:1"), s("--account"),
                       s("imprint-sim,endpoint=http://127.0.0.1:2")},
                      &options));
        QVERIFY(options.accounts.at(0).name != options.accounts.at(1).name);
        QVERIFY(parse({}, &options));
        QVERIFY(options.accounts.isEmpty());
    }

    void accountSimulatorIsTheSimulatorTheRunHasAlready()
    {
        // First start: the saved list is the simulator, enabled. --account simulator names that
        // same account: the run has it once, saved and in its place, with no complaint.
        const AccountSpec saved = AppSettings().accounts(kinds()).first();
        QVERIFY(saved.isEmbeddedSimulator() && saved.enabled);
        CommandLineOptions options;
        QVERIFY(parse({s("--account"), s("simulator"), s("--account"),
                       s("imprint-sim,endpoint=http://127.0.0.1:8080")},
                      &options));
        QList<AccountSpec> run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 2);
        QCOMPARE(simulators(run), 1);
        QCOMPARE(run.at(0).id, saved.id);
        QCOMPARE(run.at(0).name, saved.name);
        QVERIFY(!run.at(0).transient);
        QCOMPARE(run.at(1).kindId, s("imprint-sim"));
        QVERIFY(run.at(1).transient);

        // A name given on the command line is what this run calls it; the saved name stays.
        AccountSpec renamed = saved;
        renamed.name = s("My simulator");
        AppSettings().setAccounts({renamed});
        QVERIFY(parse({s("--account"), s("simulator")}, &options));
        run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.first().name, s("My simulator")); // no name given: the saved one
        QVERIFY(parse({s("--account"), s("simulator,name=Lab")}, &options));
        run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.first().id, saved.id);
        QCOMPARE(run.first().name, s("Lab"));
        QCOMPARE(AppSettings().accounts(kinds()).first().name, s("My simulator"));

        // --backend simulator is the simulator too.
        QVERIFY(parse({s("--backend"), s("simulator"), s("--account"), s("simulator,name=Lab")},
                      &options));
        run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 1);
        QVERIFY(run.first().isEmbeddedSimulator());
        QCOMPARE(run.first().name, s("Lab"));
    }

    void accountSimulatorAddsTheSimulatorTheRunLacks()
    {
        // Saved but switched off, beside a cloud: the option brings it in for this run only.
        AccountSpec off = AppSettings().accounts(kinds()).first();
        off.enabled = false;
        AccountSpec cloud;
        cloud.id = s("a2");
        cloud.kindId = s("imprint-sim");
        cloud.name = s("Staging");
        cloud.endpoint = QUrl(s("http://127.0.0.1:9000"));
        AppSettings().setAccounts({off, cloud});
        CommandLineOptions options;
        QVERIFY(parse({s("--account"), s("simulator")}, &options));
        QList<AccountSpec> run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 2);
        QCOMPARE(run.at(0).id, cloud.id);
        QVERIFY(run.at(1).isEmbeddedSimulator());
        QVERIFY(run.at(1).enabled);
        QVERIFY(run.at(1).transient);
        QVERIFY(run.at(1).id != off.id);
        QCOMPARE(run.at(1).name, RemoteKindRegistry::embeddedSimulator().name);
        // The saved one stays off.
        QVERIFY(!AppSettings().accounts(kinds()).first().enabled);

        // --backend elsewhere: the simulator joins it.
        QVERIFY(parse({s("--backend"), s("imprint-sim"), s("--endpoint"), s("http://127.0.0.1:1"),
                       s("--account"), s("simulator")},
                      &options));
        run = ConsoleApplication::startupAccounts(options);
        QCOMPARE(run.size(), 2);
        QCOMPARE(run.at(0).kindId, s("imprint-sim"));
        QCOMPARE(simulators(run), 1);
    }

    void accountOptionRefusesWithAReason_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        QTest::newRow("unknown kind") << s("no-such-cloud") << s("simulator");
        QTest::newRow("no endpoint") << s("imprint-sim") << s("endpoint=");
        QTest::newRow("bad endpoint") << s("imprint-sim,endpoint=ftp://x") << s("ftp://x");
        QTest::newRow("plain http elsewhere")
            << s("imprint-sim,endpoint=http://192.0.2.10:8080") << s("https://");
        QTest::newRow("endpoint not taken")
            << s("tencent,endpoint=http://127.0.0.1:1") << s("no endpoint");
        QTest::newRow("the key itself")
            << s("imprint-sim,endpoint=http://127.0.0.1:1,key=AKIDsecret")
            << s("never the key itself");
        QTest::newRow("secret field")
            << s("imprint-sim,endpoint=http://127.0.0.1:1,secret=abc") << s("secret=abc");
        QTest::newRow("one variable")
            << s("imprint-sim,endpoint=http://127.0.0.1:1,key-env=ONLY_ONE")
            << s("ID_VAR:SECRET_VAR");
        QTest::newRow("two key sources")
            << s("imprint-sim,endpoint=http://127.0.0.1:1,key-env=A:B,key=keyring") << s("once");
        QTest::newRow("simulator key") << s("simulator,key=keyring") << s("needs no key");
    }

    void accountOptionRefusesWithAReason()
    {
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const QString why = problemWith(value);
        QVERIFY2(why.contains(reason), qPrintable(why));
        CommandLineOptions options;
        QVERIFY(!parse({s("--account"), value}, &options));
    }

    void accountOptionRefusesDuplicates()
    {
        CommandLineOptions options;
        QVERIFY(!parse({s("--account"), s("simulator"), s("--account"), s("simulator")}, &options));
        QVERIFY(!parse({s("--account"), s("imprint-sim,name=A,endpoint=http://127.0.0.1:1"),
                        s("--account"), s("imprint-sim,name=a,endpoint=http://127.0.0.1:2")},
                       &options));
        QVERIFY(!parse({s("--account"), s("imprint-sim,endpoint=http://127.0.0.1:1,key-env=1X:Y")},
                       &options));
    }
};

QTEST_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
