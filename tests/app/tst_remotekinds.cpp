#include "appsettings.h"
#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "remotebackend.h"
#include "remotekindregistry.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

bool parse(const QStringList &arguments, CommandLineOptions *options)
{
    int exitCode = -1;
    return CommandLineOptions::parse(QStringList{s("imprint")} + arguments,
                                     RemoteKindRegistry::builtIn().connectionKinds(), options,
                                     &exitCode);
}

} // namespace

// The registry of remote kinds in the composition root: what it offers, that --backend and the
// saved settings read it, and that each entry makes a backend of its kind.
class TestRemoteKinds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(s("ImprintTest"));
        QCoreApplication::setApplicationName(s("tst_remotekinds"));
    }

    void everyKindHasWhatTheUiAndTheCommandLineNeed()
    {
        const RemoteKindRegistry &registry = RemoteKindRegistry::builtIn();
        QVERIFY(!registry.kinds().isEmpty());
        QSet<QString> ids{RemoteKindRegistry::embeddedSimulator().id};
        for (const RemoteKind &kind : registry.kinds()) {
            QVERIFY2(!ids.contains(kind.kind.id), qPrintable(kind.kind.id)); // ids are unique
            ids.insert(kind.kind.id);
            QVERIFY(!kind.kind.name.isEmpty());
            QVERIFY(!kind.kind.help.isEmpty());
            QVERIFY(kind.make);
            if (kind.kind.needsKey) {
                QVERIFY(kind.kind.keyEnvironment.size() >= 2);
                QVERIFY(!kind.keyringAccount.isEmpty());
                QVERIFY(!kind.kind.keyIdLabel.isEmpty() && !kind.kind.secretLabel.isEmpty());
            }
        }
        const QList<ConnectionKind> offered = registry.connectionKinds();
        QCOMPARE(offered.first().id, s("simulator"));
        QCOMPARE(offered.size(), registry.kinds().size() + 1);
    }

    void eachKindMakesItsBackend()
    {
        for (const RemoteKind &kind : RemoteKindRegistry::builtIn().kinds()) {
            const QUrl endpoint = kind.kind.endpoint == ConnectionKind::Endpoint::Required
                                      ? QUrl(s("http://127.0.0.1:9"))
                                      : QUrl();
            const std::unique_ptr<RemoteBackend> backend = kind.make(endpoint);
            QVERIFY(backend);
            QVERIFY(!backend->products().isEmpty());
            QVERIFY(!backend->displayName().isEmpty());
        }
    }

    void eachCloudsKindsTakeItsKeyAndReachIt_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<Product>>("products");
        QTest::addColumn<QStringList>("keyEnvironment");
        QTest::addColumn<QString>("displayName");
        const QStringList sim{s("IMPRINT_SIM_SECRET_ID"), s("IMPRINT_SIM_SECRET_KEY")};
        const QString atSim = s("imprint-sim at 127.0.0.1:9");
        QTest::newRow("imprint-sim")
            << s("imprint-sim") << QList<Product>{Product::Cvm, Product::Lighthouse} << sim
            << atSim;
        QTest::newRow("tencent") << s("tencent")
                                 << QList<Product>{Product::Cvm, Product::Lighthouse}
                                 << QStringList{s("TENCENTCLOUD_SECRET_ID"),
                                                s("TENCENTCLOUD_SECRET_KEY")}
                                 << s("Tencent Cloud");
        QTest::newRow("imprint-sim-uhost")
            << s("imprint-sim-uhost") << QList<Product>{Product::UHost} << sim << atSim;
        QTest::newRow("ucloud") << s("ucloud") << QList<Product>{Product::UHost}
                                << QStringList{s("UCLOUD_PUBLIC_KEY"), s("UCLOUD_PRIVATE_KEY")}
                                << s("UCloud");
        QTest::newRow("imprint-sim-ecs")
            << s("imprint-sim-ecs") << QList<Product>{Product::Ecs} << sim << atSim;
        QTest::newRow("alibaba") << s("alibaba") << QList<Product>{Product::Ecs}
                                 << QStringList{s("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                                s("ALIBABA_CLOUD_ACCESS_KEY_SECRET")}
                                 << s("Alibaba Cloud");
    }

    // Each cloud's entry makes that cloud's backend, and the simulator's entry of each protocol
    // takes imprint-sim's key while the cloud's own takes the variables its tools use.
    void eachCloudsKindsTakeItsKeyAndReachIt()
    {
        QFETCH(QString, id);
        QFETCH(QList<Product>, products);
        QFETCH(QStringList, keyEnvironment);
        QFETCH(QString, displayName);
        const RemoteKind *kind = RemoteKindRegistry::builtIn().find(id);
        QVERIFY2(kind, qPrintable(id));
        QVERIFY(kind->kind.needsKey);
        QCOMPARE(kind->kind.keyEnvironment, keyEnvironment);
        const bool isSim = id.startsWith(s("imprint-sim"));
        QCOMPARE(kind->kind.endpoint == ConnectionKind::Endpoint::Required, isSim);
        const std::unique_ptr<RemoteBackend> backend =
            kind->make(isSim ? QUrl(s("http://127.0.0.1:9")) : QUrl());
        QCOMPARE(backend->products(), products);
        QCOMPARE(backend->displayName(), displayName);
    }

    void backendTakesTheRegistrysIds()
    {
        CommandLineOptions options;
        QVERIFY(parse({s("--backend"), s("simulator")}, &options));
        QCOMPARE(options.backend, s("simulator"));
        for (const RemoteKind &kind : RemoteKindRegistry::builtIn().kinds()) {
            QStringList arguments{s("--backend"), kind.kind.id};
            if (kind.kind.endpoint == ConnectionKind::Endpoint::Required) {
                // Refused without the address it needs, accepted with it.
                QVERIFY(!parse(arguments, &options));
                arguments << s("--endpoint") << s("http://127.0.0.1:8080");
            }
            QVERIFY2(parse(arguments, &options), qPrintable(kind.kind.id));
            QCOMPARE(options.backend, kind.kind.id);
        }
        QVERIFY(!parse({s("--backend"), s("no-such-cloud")}, &options));
    }

    void startupReadsTheCommandLineThenTheSettings()
    {
        QSettings().clear();
        CommandLineOptions none;
        QCOMPARE(ConsoleApplication::startupChoice(none).kindId, s("simulator")); // first start

        ConnectionChoice saved;
        saved.kindId = s("imprint-sim");
        saved.endpoint = QUrl(s("http://127.0.0.1:8080"));
        AppSettings().setConnection(saved);
        QCOMPARE(ConsoleApplication::startupChoice(none).kindId, s("imprint-sim"));
        QCOMPARE(ConsoleApplication::startupChoice(none).endpoint, saved.endpoint);

        CommandLineOptions tencent;
        tencent.backend = s("tencent");
        QCOMPARE(ConsoleApplication::startupChoice(tencent).kindId, s("tencent"));

        // A kind this build does not have falls back to the embedded simulator.
        QSettings().setValue(s("connection/kindId"), s("retired-cloud"));
        QCOMPARE(ConsoleApplication::startupChoice(none).kindId, s("simulator"));

        // Settings of the versions that saved the kind as a number still read.
        QSettings().clear();
        QSettings().setValue(s("connection/kind"), 2);
        QCOMPARE(ConsoleApplication::startupChoice(none).kindId, s("tencent"));
    }
};

QTEST_MAIN(TestRemoteKinds)
#include "tst_remotekinds.moc"
