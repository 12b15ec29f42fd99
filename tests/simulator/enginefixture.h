#pragma once

// Shared helpers for the simulator tests: a ManualClock, a temporary database and lookups of
// the demo world's records by name.

#include "clock.h"
#include "simulatorengine.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace imprint::test {

// Both check a Result/Status and print the engine's sentence when it is not what we expect.
// The expression is evaluated once (QVERIFY2 evaluates its message eagerly).
#define IMPRINT_ACCEPTED(result)                                                                   \
    do {                                                                                           \
        const auto &a_ = (result);                                                                 \
        QVERIFY2(a_.ok(), qPrintable(a_.error().message));                                         \
    } while (false)

#define IMPRINT_REFUSED(result, expectedCode)                                                      \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(!r_.ok(), "expected a refusal");                                                  \
        QCOMPARE(r_.error().code, expectedCode);                                                   \
        /* one sentence for the user: never a bare code */                                         \
        QVERIFY2(r_.error().message.size() > 20, qPrintable(r_.error().message));                  \
        QVERIFY2(r_.error().message.endsWith(QLatin1Char('.')), qPrintable(r_.error().message));   \
    } while (false)

inline QDateTime startInstant()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

class EngineFixture
{
public:
    QTemporaryDir dir;
    ManualClock clock{startInstant()};
    std::unique_ptr<SimulatorEngine> engine;

    QString databasePath() const { return dir.filePath(QStringLiteral("simulator.db")); }

    Status open(int scale = 0, bool reset = false)
    {
        engine = std::make_unique<SimulatorEngine>(&clock);
        SimulatorEngine::Options options;
        options.databasePath = databasePath();
        options.demoScale = scale;
        options.resetDemo = reset;
        return engine->open(options);
    }
    void close() { engine.reset(); }

    // Moves simulated time on and lets the engine catch up, as the backend's timer would.
    void run(qint64 seconds)
    {
        clock.advance(seconds);
        engine->advance();
    }
    // Runs in steps, so progress is observed along the way.
    void runInSteps(qint64 seconds, qint64 step)
    {
        for (qint64 done = 0; done < seconds; done += step)
            run(qMin(step, seconds - done));
    }

    Instance instance(const QString &name) const
    {
        for (const Instance &i : engine->instances())
            if (i.name == name)
                return i;
        return {};
    }
    Instance instanceById(const QString &id) const
    {
        Instance i;
        engine->findInstance(id, &i);
        return i;
    }
    Image image(const QString &name) const
    {
        for (const Image &m : engine->images())
            if (m.name == name)
                return m;
        return {};
    }
    Image imageById(const QString &id) const
    {
        Image m;
        engine->findImage(id, &m);
        return m;
    }
    Snapshot snapshot(const QString &name) const
    {
        for (const Snapshot &s : engine->snapshots())
            if (s.name == name)
                return s;
        return {};
    }
    Snapshot snapshotById(const QString &id) const
    {
        Snapshot s;
        engine->findSnapshot(id, &s);
        return s;
    }
    Operation operation(const QString &id) const
    {
        for (const Operation &op : engine->operations())
            if (op.id == id)
                return op;
        return {};
    }
    QList<Image> imagesOf(Product product, const QString &regionId = {}) const
    {
        QList<Image> out;
        for (const Image &m : engine->images())
            if (m.product == product && (regionId.isEmpty() || m.regionId == regionId))
                out << m;
        return out;
    }
};

// Every field, for comparing records across a restart.
inline QString describe(const Instance &i)
{
    QString disks;
    for (const Disk &d : i.disks)
        disks += QStringLiteral("[%1 %2 %3 %4 %5]")
                     .arg(d.id)
                     .arg(int(d.role))
                     .arg(int(d.kind))
                     .arg(d.sizeGiB)
                     .arg(d.usedGiB.value_or(-1));
    return QStringList{i.id,
                       QString::number(int(i.product)),
                       i.regionId,
                       i.zoneId,
                       i.projectId,
                       i.name,
                       QString::number(int(i.state)),
                       i.instanceType,
                       QString::number(i.cpuCores),
                       QString::number(i.memoryGiB),
                       QString::number(i.networkAcceleration),
                       QString::number(int(i.osType)),
                       i.osName,
                       i.imageId,
                       QString::number(int(i.billing)),
                       disks,
                       i.createdAt.toString(Qt::ISODateWithMs),
                       i.imagingOperationId}
        .join(QLatin1Char('|'));
}

inline QString describe(const Image &m)
{
    QString disks;
    for (const ImageDataDisk &d : m.dataDisks)
        disks += QStringLiteral("[%1 %2]").arg(d.snapshotId).arg(d.sizeGiB);
    return QStringList{m.id,
                       QString::number(int(m.product)),
                       m.regionId,
                       m.projectId,
                       m.name,
                       m.description,
                       QString::number(int(m.state)),
                       QString::number(m.progress),
                       QString::number(int(m.osType)),
                       m.osName,
                       m.sourceInstanceId,
                       m.sourceImageId,
                       m.systemSnapshotId,
                       disks,
                       QString::number(m.systemDiskGiB),
                       m.snapshotZoneId,
                       QString::number(m.parentIsWindows),
                       QString::number(m.parentMonthlyFeeFen),
                       m.createdAt.toString(Qt::ISODateWithMs),
                       m.repossessedAt.toString(Qt::ISODateWithMs)}
        .join(QLatin1Char('|'));
}

inline QString describe(const Snapshot &s)
{
    return QStringList{s.id,
                       QString::number(int(s.product)),
                       s.regionId,
                       s.zoneId,
                       s.name,
                       s.sourceDiskId,
                       s.sourceInstanceId,
                       QString::number(int(s.role)),
                       QString::number(int(s.diskKind)),
                       QString::number(s.sizeGiB),
                       QString::number(s.encrypted),
                       QString::number(int(s.state)),
                       s.createdAt.toString(Qt::ISODateWithMs),
                       s.imageId}
        .join(QLatin1Char('|'));
}

inline QString describe(const Operation &op)
{
    return QStringList{op.id,
                       QString::number(int(op.kind)),
                       QString::number(int(op.product)),
                       op.regionId,
                       op.targetId,
                       op.targetName,
                       QString::number(op.progress),
                       QString::number(int(op.state)),
                       QString::number(int(op.error.code)),
                       op.error.message,
                       op.startedAt.toString(Qt::ISODateWithMs),
                       op.finishedAt.toString(Qt::ISODateWithMs),
                       op.expectedEndAt.toString(Qt::ISODateWithMs),
                       QString::number(op.cancellable)}
        .join(QLatin1Char('|'));
}

template <typename T> QStringList describeAll(const QList<T> &records)
{
    QStringList out;
    for (const T &r : records)
        out << describe(r);
    return out;
}

// The whole visible state, as text: equal texts mean equal states.
inline QStringList describeEngine(const SimulatorEngine &engine)
{
    QStringList out;
    out << describeAll(engine.instances()) << describeAll(engine.images())
        << describeAll(engine.snapshots()) << describeAll(engine.operations());
    const Account a = engine.account();
    out << QStringLiteral("account %1 %2")
               .arg(a.balanceFen)
               .arg(a.overdueSince.toString(Qt::ISODateWithMs));
    for (const Region &r : engine.regions())
        out << r.key() + QLatin1Char(' ') + r.name;
    return out;
}

} // namespace imprint::test
