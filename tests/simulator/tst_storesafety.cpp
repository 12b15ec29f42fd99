// A store that cannot be read is never replaced or written (issue 16, defect 1); one process
// owns a store and its id counter never goes backwards (defect 2); the ways back from a damaged
// store keep the original (StoreRecovery).

#include "enginefixture.h"
#include "sqlitestore.h"
#include "storelock.h"
#include "storerecovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace imprint;
using namespace imprint::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

void execute(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("safety-probe"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("safety-probe"));
}

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    Image usableCvmImage() const
    {
        for (const Image &m : f->imagesOf(Product::Cvm, QStringLiteral("ap-guangzhou")))
            if (m.state == ImageState::Available)
                return m;
        return {};
    }

    // The demo world plus 50 instances of the user's own, closed cleanly (WAL folded in).
    QStringList populate()
    {
        if (!f->open())
            return {};
        const Image image = usableCvmImage();
        for (int n = 0; n < 5; ++n) {
            LaunchRequest launch;
            launch.imageId = image.id;
            launch.zoneId = QStringLiteral("ap-guangzhou-3");
            launch.instanceType = QStringLiteral("S5.MEDIUM4");
            launch.count = 10;
            launch.namePattern = QStringLiteral("user-%1").arg(n);
            if (!f->engine->launchInstances(launch))
                return {};
        }
        const QStringList before = describeEngine(*f->engine);
        f->close();
        return before;
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QVERIFY(f->dir.isValid());
    }
    void cleanup() { f.reset(); }

    void everyDamagedPageIsRefusedOrReadExactly()
    {
        const QStringList before = populate();
        QVERIFY(before.size() > 50);
        const QString path = f->databasePath();
        const QByteArray good = readAll(path);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const int pageSize = 4096;
        QCOMPARE(good.size() % pageSize, 0);
        const int pages = int(good.size() / pageSize);
        QVERIFY(pages > 10);

        QRandomGenerator random(16);
        int refused = 0;
        int exact = 0;
        for (int page = 0; page < pages; ++page) {
            QByteArray damaged = good;
            for (int i = 0; i < pageSize; ++i)
                damaged[page * pageSize + i] = char(random.generate() & 0xff);
            SqliteStore::removeFiles(path);
            QVERIFY(writeAll(path, damaged));

            const Status opened = f->open();
            if (opened) {
                // Accepted only when every record reads back exactly as it was written.
                QVERIFY2(describeEngine(*f->engine) == before,
                         qPrintable(QStringLiteral("page %1 lost records silently").arg(page)));
                ++exact;
                f->close();
                continue;
            }
            ++refused;
            QCOMPARE(opened.error().code, ErrorCode::StoreDamaged);
            QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
                     qPrintable(opened.error().message));
            // SQLite's one reason, not Qt's driver text glued to it.
            QVERIFY2(!opened.error().message.contains(QLatin1String("Unable to")),
                     qPrintable(opened.error().message));
            f->close();
            // Never written: byte for byte what the damage left.
            QVERIFY2(
                readAll(path) == damaged,
                qPrintable(QStringLiteral("page %1: the damaged store was written").arg(page)));
        }
        qInfo("%d pages: %d refused as damaged, %d read back exactly", pages, refused, exact);
        QVERIFY(refused > 0);
    }

    void emptyFileIsRefusedNotReplaced()
    {
        QVERIFY(!populate().isEmpty());
        QVERIFY(writeAll(f->databasePath(), {}));
        const Status opened = f->open();
        IMPRINT_REFUSED(opened, ErrorCode::StoreDamaged);
        QVERIFY(opened.error().message.contains(f->databasePath()));
        f->close();
        QCOMPARE(QFileInfo(f->databasePath()).size(), 0);
    }

    void journalWithoutItsStoreIsRefused()
    {
        QVERIFY(writeAll(f->databasePath() + QStringLiteral("-wal"), QByteArray(64, 'x')));
        IMPRINT_REFUSED(f->open(), ErrorCode::StoreDamaged);
        f->close();
        QVERIFY(!QFile::exists(f->databasePath()));
    }

    void leftoverStagingFileIsNotAWorld()
    {
        // A creation killed before its rename leaves "<store>.new": the next start builds anew.
        QVERIFY(writeAll(f->databasePath() + QStringLiteral(".new"), QByteArray(4096, 'x')));
        IMPRINT_ACCEPTED(f->open());
        QVERIFY(!f->engine->instances().isEmpty());
        QVERIFY(!QFile::exists(f->databasePath() + QStringLiteral(".new")));
    }

    void secondOpenerIsRefusedNamingTheHolder()
    {
        IMPRINT_ACCEPTED(f->open());
        ManualClock clock(startInstant());
        SimulatorEngine second(&clock);
        const Status refused = second.open({f->databasePath(), false, 0});
        IMPRINT_REFUSED(refused, ErrorCode::StoreInUse);
        QVERIFY2(
            refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(refused.error().message));
        // Not even a reset goes through the lock.
        SimulatorEngine third(&clock);
        IMPRINT_REFUSED(third.open({f->databasePath(), true, 0}), ErrorCode::StoreInUse);
        QVERIFY(!f->engine->instances().isEmpty());
        f->close();
        // Released with the engine: the next opener gets it.
        IMPRINT_ACCEPTED(second.open({f->databasePath(), false, 0}));
    }

    void idCounterNeverGoesBackwards()
    {
        QVERIFY(!populate().isEmpty());
        // The counter as a second writer would have left it: behind the records.
        execute(f->databasePath(), QStringLiteral("UPDATE meta SET value = '1' WHERE key = "
                                                  "'next_id'"));
        IMPRINT_ACCEPTED(f->open());
        const QList<Instance> before = f->engine->instances();
        const Image image = usableCvmImage();
        LaunchRequest launch;
        launch.imageId = image.id;
        launch.zoneId = QStringLiteral("ap-guangzhou-3");
        launch.instanceType = QStringLiteral("S5.MEDIUM4");
        launch.count = 5;
        IMPRINT_ACCEPTED(f->engine->launchInstances(launch));
        QCOMPARE(f->engine->instances().size(), before.size() + 5);
        for (const Instance &i : before) {
            Instance now;
            QVERIFY(f->engine->findInstance(i.id, &now));
            QCOMPARE(describe(now), describe(i));
        }
    }

    void moveAsideKeepsTheOriginalAndStartsAfresh()
    {
        QVERIFY(!populate().isEmpty());
        QVERIFY(writeAll(f->databasePath(), QByteArray(8192, '\x5a')));
        IMPRINT_REFUSED(f->open(), ErrorCode::StoreDamaged);
        f->close();
        StoreRecovery recovery(f->databasePath());
        const QDateTime at(QDate(2026, 12, 3), QTime(10, 45, 12), Qt::UTC);
        const Result<QString> done = recovery.apply(StoreRecovery::Choice::MoveAside, at);
        IMPRINT_ACCEPTED(done);
        const QString aside = f->databasePath() + QStringLiteral(".damaged-20261203-104512");
        QVERIFY2(done->contains(aside), qPrintable(done.value()));
        QCOMPARE(readAll(aside), QByteArray(8192, '\x5a'));
        IMPRINT_ACCEPTED(f->open());
        QVERIFY(!f->engine->regions().isEmpty());
    }

    void keepAndQuitChangesNothing()
    {
        QVERIFY(writeAll(f->databasePath(), QByteArray(4096, '\x01')));
        StoreRecovery recovery(f->databasePath());
        QCOMPARE(recovery.choices().first(), StoreRecovery::Choice::KeepAndQuit);
        IMPRINT_ACCEPTED(recovery.apply(StoreRecovery::Choice::KeepAndQuit));
        QCOMPARE(readAll(f->databasePath()), QByteArray(4096, '\x01'));
        QCOMPARE(QDir(f->dir.path()).entryList(QDir::Files).size(), 1);
    }

    void backupOnCleanShutdownIsOfferedAndRestored()
    {
        StoreRecovery before(f->databasePath());
        QVERIFY(!before.choices().contains(StoreRecovery::Choice::RestoreBackup));
        const QStringList world = populate();
        QVERIFY(!world.isEmpty());
        QVERIFY(QFileInfo(SqliteStore::backupPath(f->databasePath())).size() > 0);

        QVERIFY(writeAll(f->databasePath(), QByteArray(4096, '\x02')));
        StoreRecovery recovery(f->databasePath());
        QVERIFY(recovery.choices().contains(StoreRecovery::Choice::RestoreBackup));
        IMPRINT_ACCEPTED(recovery.apply(StoreRecovery::Choice::RestoreBackup));
        IMPRINT_ACCEPTED(f->open());
        QCOMPARE(describeEngine(*f->engine), world);
        // The damaged one is still there, aside.
        QCOMPARE(QDir(f->dir.path())
                     .entryList({QStringLiteral("simulator.db.damaged-*")}, QDir::Files)
                     .size(),
                 1);
    }

    void backupFollowsChangesAtMostEveryInterval()
    {
        f->engine = std::make_unique<SimulatorEngine>(&f->clock);
        SimulatorEngine::Options options;
        options.databasePath = f->databasePath();
        options.backupIntervalSeconds = 0; // every change
        IMPRINT_ACCEPTED(f->engine->open(options));
        const QString backup = SqliteStore::backupPath(f->databasePath());
        IMPRINT_ACCEPTED(f->engine->topUp(12345));
        QVERIFY(QFile::exists(backup));
        // The backup is a store of its own, with the change in it.
        EngineFixture other;
        QVERIFY(QFile::copy(backup, other.databasePath()));
        IMPRINT_ACCEPTED(other.open());
        QCOMPARE(other.engine->account().balanceFen, f->engine->account().balanceFen);
    }

    void recoveryRebuildsFromADamagedStoreAndKeepsTheOriginal()
    {
        StoreRecovery probe(f->databasePath());
        if (!probe.choices().contains(StoreRecovery::Choice::Recover))
            QSKIP("the sqlite3 shell is not installed");
        const QStringList world = populate();
        QVERIFY(!world.isEmpty());
        // Damage the last page (instance rows), keep meta intact.
        QByteArray bytes = readAll(f->databasePath());
        for (qsizetype i = bytes.size() - 4096 + 8; i < bytes.size(); ++i)
            bytes[i] = '\xff';
        QVERIFY(writeAll(f->databasePath(), bytes));
        SqliteStore::removeFiles(SqliteStore::backupPath(f->databasePath()));
        IMPRINT_REFUSED(f->open(), ErrorCode::StoreDamaged);
        f->close();

        StoreRecovery recovery(f->databasePath());
        const Result<QString> done = recovery.apply(StoreRecovery::Choice::Recover);
        if (!done) {
            // Recovery may not rebuild a usable world; then the original is back in place.
            QCOMPARE(done.error().code, ErrorCode::StoreDamaged);
            QCOMPARE(readAll(f->databasePath()), bytes);
            return;
        }
        QVERIFY2(done->contains(QStringLiteral("damaged-")), qPrintable(done.value()));
        IMPRINT_ACCEPTED(f->open());
        QVERIFY(!f->engine->regions().isEmpty());
        const QStringList aside =
            QDir(f->dir.path()).entryList({QStringLiteral("simulator.db.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(f->dir.filePath(aside.first())), bytes);
    }
};

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_storesafety.moc"
