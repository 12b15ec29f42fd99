// One owner per store, across programs (issue 16, defects 1 and 2): the GUI's embedded simulator
// is refused a store that a running imprint-sim holds, with a sentence naming that process and
// where it serves the store; imprint-sim refuses a damaged store with a sentence and a non-zero
// exit, and writes nothing to it.

#include "apiclient.h"
#include "clock.h"
#include "servertesthelpers.h"
#include "simprocess.h"
#include "simulatorbackend.h"
#include "storelock.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace servertest;

class TestStoreOwnership : public QObject
{
    Q_OBJECT

private slots:
    void embeddedSimulatorIsRefusedWhileImprintSimHoldsTheStore();
    void damagedStoreStopsImprintSimWithASentence();
};

void TestStoreOwnership::embeddedSimulatorIsRefusedWhileImprintSimHoldsTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimProcess sim;
    QVERIFY2(sim.start({}, dir.path()), qPrintable(sim.error()));
    const QString store = QDir(dir.path()).filePath(QStringLiteral("simulator.sqlite"));

    // The holder is known, with the address it serves the store at.
    const std::optional<StoreLock::Holder> holder = StoreLock::holderOf(store);
    QVERIFY(holder.has_value());
    QCOMPARE(holder->application, QStringLiteral("imprint-sim"));
    QCOMPARE(holder->endpoint, sim.url());

    SimulatorBackend embedded(std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc()));
    SimulatorBackend::Options options;
    options.databasePath = store;
    options.tickIntervalMs = 0;
    QFuture<Status> ready = embedded.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(ready.isFinished(), 20000);
    const Status status = ready.result();
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::StoreInUse);
    const QString message = status.error().message;
    QVERIFY2(message.contains(QStringLiteral("imprint-sim (process %1)").arg(holder->pid)),
             qPrintable(message));
    QVERIFY2(message.contains(sim.url().toString()), qPrintable(message));

    // imprint-sim is untouched and still serves its world.
    ApiClient c(sim.url(), {SimProcess::secretId, SimProcess::secretKey, {}});
    const ApiAnswer regions = c.call("cvm", "DescribeRegions", {});
    QVERIFY2(regions.ok(), regions.describe().constData());
}

void TestStoreOwnership::damagedStoreStopsImprintSimWithASentence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = QDir(dir.path()).filePath(QStringLiteral("simulator.sqlite"));
    {
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x42'));
    }
    SimProcess sim;
    QVERIFY(!sim.start({}, dir.path()));
    QVERIFY2(sim.error().contains(QStringLiteral("%1 cannot be read").arg(store)),
             qPrintable(sim.error()));
    QVERIFY(sim.exitCode() != 0);
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, '\x42'));
}

QTEST_GUILESS_MAIN(TestStoreOwnership)
#include "tst_storeownership.moc"
