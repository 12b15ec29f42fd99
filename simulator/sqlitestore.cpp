#include "sqlitestore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <map>

#include <sqlite3.h>

namespace imprint {

namespace {

// ---- JSON encoding of the records --------------------------------------------------------
// Dates are milliseconds since the epoch (exact, and cheaper than ISO text); a null date is
// simply absent. Enums are their stored numeric values (append-only by their declarations).

void putDate(QJsonObject &o, QLatin1String key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, double(t.toMSecsSinceEpoch()));
}

QDateTime getDate(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
}

void putText(QJsonObject &o, QLatin1String key, const QString &text)
{
    // Empty strings are the common case for optional fields; leaving them out keeps rows small.
    if (!text.isEmpty())
        o.insert(key, text);
}

template <typename E> E getEnum(const QJsonObject &o, QLatin1String key, E fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? E(v.toInt()) : fallback;
}

QJsonObject diskToJson(const Disk &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.id);
    o.insert(QLatin1String("role"), int(d.role));
    o.insert(QLatin1String("kind"), int(d.kind));
    o.insert(QLatin1String("size"), d.sizeGiB);
    if (d.usedGiB)
        o.insert(QLatin1String("used"), *d.usedGiB);
    return o;
}

Disk diskFromJson(const QJsonObject &o)
{
    Disk d;
    d.id = o.value(QLatin1String("id")).toString();
    d.role = getEnum(o, QLatin1String("role"), DiskRole::Data);
    d.kind = getEnum(o, QLatin1String("kind"), DiskKind::CloudPremium);
    d.sizeGiB = o.value(QLatin1String("size")).toInt();
    if (o.contains(QLatin1String("used")))
        d.usedGiB = o.value(QLatin1String("used")).toInt();
    return d;
}

QJsonObject regionToJson(const Region &r, int order)
{
    QJsonObject o;
    o.insert(QLatin1String("order"), order);
    o.insert(QLatin1String("id"), r.id);
    o.insert(QLatin1String("product"), int(r.product));
    o.insert(QLatin1String("name"), r.name);
    QJsonArray zones;
    for (const Zone &z : r.zones)
        zones.append(QJsonObject{{QLatin1String("id"), z.id}, {QLatin1String("name"), z.name}});
    o.insert(QLatin1String("zones"), zones);
    return o;
}

Region regionFromJson(const QJsonObject &o)
{
    Region r;
    r.id = o.value(QLatin1String("id")).toString();
    r.product = getEnum(o, QLatin1String("product"), Product::Lighthouse);
    r.name = o.value(QLatin1String("name")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("zones")).toArray()) {
        const QJsonObject z = v.toObject();
        r.zones.append(
            {z.value(QLatin1String("id")).toString(), z.value(QLatin1String("name")).toString()});
    }
    return r;
}

QJsonObject instanceToJson(const Instance &i)
{
    QJsonObject o;
    o.insert(QLatin1String("product"), int(i.product));
    o.insert(QLatin1String("region"), i.regionId);
    o.insert(QLatin1String("zone"), i.zoneId);
    putText(o, QLatin1String("project"), i.projectId);
    o.insert(QLatin1String("name"), i.name);
    o.insert(QLatin1String("state"), int(i.state));
    o.insert(QLatin1String("type"), i.instanceType);
    o.insert(QLatin1String("cpu"), i.cpuCores);
    o.insert(QLatin1String("mem"), i.memoryGiB);
    if (i.networkAcceleration)
        o.insert(QLatin1String("netAccel"), true);
    o.insert(QLatin1String("os"), int(i.osType));
    o.insert(QLatin1String("osName"), i.osName);
    putText(o, QLatin1String("image"), i.imageId);
    o.insert(QLatin1String("billing"), int(i.billing));
    QJsonArray disks;
    for (const Disk &d : i.disks)
        disks.append(diskToJson(d));
    o.insert(QLatin1String("disks"), disks);
    putDate(o, QLatin1String("created"), i.createdAt);
    putText(o, QLatin1String("imaging"), i.imagingOperationId);
    return o;
}

Instance instanceFromJson(const QString &id, const QJsonObject &o)
{
    Instance i;
    i.id = id;
    i.product = getEnum(o, QLatin1String("product"), Product::Lighthouse);
    i.regionId = o.value(QLatin1String("region")).toString();
    i.zoneId = o.value(QLatin1String("zone")).toString();
    i.projectId = o.value(QLatin1String("project")).toString();
    i.name = o.value(QLatin1String("name")).toString();
    i.state = getEnum(o, QLatin1String("state"), InstanceState::Stopped);
    i.instanceType = o.value(QLatin1String("type")).toString();
    i.cpuCores = o.value(QLatin1String("cpu")).toInt(1);
    i.memoryGiB = o.value(QLatin1String("mem")).toInt(1);
    i.networkAcceleration = o.value(QLatin1String("netAccel")).toBool();
    i.osType = getEnum(o, QLatin1String("os"), OsType::Linux);
    i.osName = o.value(QLatin1String("osName")).toString();
    i.imageId = o.value(QLatin1String("image")).toString();
    i.billing = getEnum(o, QLatin1String("billing"), BillingMethod::PayAsYouGo);
    for (const QJsonValue &v : o.value(QLatin1String("disks")).toArray())
        i.disks.append(diskFromJson(v.toObject()));
    i.createdAt = getDate(o, QLatin1String("created"));
    i.imagingOperationId = o.value(QLatin1String("imaging")).toString();
    return i;
}

QJsonObject imageToJson(const Image &m)
{
    QJsonObject o;
    o.insert(QLatin1String("product"), int(m.product));
    o.insert(QLatin1String("region"), m.regionId);
    putText(o, QLatin1String("project"), m.projectId);
    o.insert(QLatin1String("name"), m.name);
    putText(o, QLatin1String("description"), m.description);
    o.insert(QLatin1String("state"), int(m.state));
    o.insert(QLatin1String("progress"), m.progress);
    o.insert(QLatin1String("os"), int(m.osType));
    o.insert(QLatin1String("osName"), m.osName);
    putText(o, QLatin1String("sourceInstance"), m.sourceInstanceId);
    putText(o, QLatin1String("sourceImage"), m.sourceImageId);
    if (m.madeFromSnapshots)
        o.insert(QLatin1String("fromSnapshots"), true);
    if (!m.tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag &tag : m.tags)
            tags.append(QJsonArray{tag.key, tag.value});
        o.insert(QLatin1String("tags"), tags);
    }
    putText(o, QLatin1String("systemSnapshot"), m.systemSnapshotId);
    if (!m.dataDisks.isEmpty()) {
        QJsonArray disks;
        for (const ImageDataDisk &d : m.dataDisks) {
            QJsonObject dj{{QLatin1String("size"), d.sizeGiB}};
            putText(dj, QLatin1String("snapshot"), d.snapshotId);
            disks.append(dj);
        }
        o.insert(QLatin1String("dataDisks"), disks);
    }
    o.insert(QLatin1String("systemDisk"), m.systemDiskGiB);
    putText(o, QLatin1String("snapshotZone"), m.snapshotZoneId);
    if (m.parentIsWindows)
        o.insert(QLatin1String("parentWindows"), true);
    if (m.parentMonthlyFeeFen != 0)
        o.insert(QLatin1String("parentFee"), double(m.parentMonthlyFeeFen));
    putDate(o, QLatin1String("created"), m.createdAt);
    putDate(o, QLatin1String("repossessed"), m.repossessedAt);
    return o;
}

Image imageFromJson(const QString &id, const QJsonObject &o)
{
    Image m;
    m.id = id;
    m.product = getEnum(o, QLatin1String("product"), Product::Lighthouse);
    m.regionId = o.value(QLatin1String("region")).toString();
    m.projectId = o.value(QLatin1String("project")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.description = o.value(QLatin1String("description")).toString();
    m.state = getEnum(o, QLatin1String("state"), ImageState::Failed);
    m.progress = o.value(QLatin1String("progress")).toInt();
    m.osType = getEnum(o, QLatin1String("os"), OsType::Linux);
    m.osName = o.value(QLatin1String("osName")).toString();
    m.sourceInstanceId = o.value(QLatin1String("sourceInstance")).toString();
    m.sourceImageId = o.value(QLatin1String("sourceImage")).toString();
    m.madeFromSnapshots = o.value(QLatin1String("fromSnapshots")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray()) {
        const QJsonArray pair = v.toArray();
        m.tags.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    m.systemSnapshotId = o.value(QLatin1String("systemSnapshot")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("dataDisks")).toArray()) {
        const QJsonObject dj = v.toObject();
        m.dataDisks.append({dj.value(QLatin1String("snapshot")).toString(),
                            dj.value(QLatin1String("size")).toInt()});
    }
    m.systemDiskGiB = o.value(QLatin1String("systemDisk")).toInt();
    m.snapshotZoneId = o.value(QLatin1String("snapshotZone")).toString();
    m.parentIsWindows = o.value(QLatin1String("parentWindows")).toBool();
    m.parentMonthlyFeeFen = qint64(o.value(QLatin1String("parentFee")).toDouble());
    m.createdAt = getDate(o, QLatin1String("created"));
    m.repossessedAt = getDate(o, QLatin1String("repossessed"));
    return m;
}

QJsonObject snapshotToJson(const Snapshot &s)
{
    QJsonObject o;
    o.insert(QLatin1String("product"), int(s.product));
    o.insert(QLatin1String("region"), s.regionId);
    o.insert(QLatin1String("zone"), s.zoneId);
    o.insert(QLatin1String("name"), s.name);
    putText(o, QLatin1String("disk"), s.sourceDiskId);
    putText(o, QLatin1String("instance"), s.sourceInstanceId);
    o.insert(QLatin1String("role"), int(s.role));
    o.insert(QLatin1String("kind"), int(s.diskKind));
    o.insert(QLatin1String("size"), s.sizeGiB);
    if (s.encrypted)
        o.insert(QLatin1String("encrypted"), true);
    o.insert(QLatin1String("state"), int(s.state));
    putDate(o, QLatin1String("created"), s.createdAt);
    putText(o, QLatin1String("image"), s.imageId);
    return o;
}

Snapshot snapshotFromJson(const QString &id, const QJsonObject &o)
{
    Snapshot s;
    s.id = id;
    s.product = getEnum(o, QLatin1String("product"), Product::Lighthouse);
    s.regionId = o.value(QLatin1String("region")).toString();
    s.zoneId = o.value(QLatin1String("zone")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.sourceDiskId = o.value(QLatin1String("disk")).toString();
    s.sourceInstanceId = o.value(QLatin1String("instance")).toString();
    s.role = getEnum(o, QLatin1String("role"), DiskRole::Data);
    s.diskKind = getEnum(o, QLatin1String("kind"), DiskKind::CloudPremium);
    s.sizeGiB = o.value(QLatin1String("size")).toInt();
    s.encrypted = o.value(QLatin1String("encrypted")).toBool();
    s.state = getEnum(o, QLatin1String("state"), SnapshotState::Available);
    s.createdAt = getDate(o, QLatin1String("created"));
    s.imageId = o.value(QLatin1String("image")).toString();
    return s;
}

QJsonObject operationToJson(const Operation &op)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), int(op.kind));
    o.insert(QLatin1String("product"), int(op.product));
    o.insert(QLatin1String("region"), op.regionId);
    o.insert(QLatin1String("target"), op.targetId);
    o.insert(QLatin1String("targetName"), op.targetName);
    if (op.targetCount != 1)
        o.insert(QLatin1String("targetCount"), op.targetCount);
    if (!op.sourceName.isEmpty())
        o.insert(QLatin1String("sourceName"), op.sourceName);
    o.insert(QLatin1String("progress"), op.progress);
    o.insert(QLatin1String("state"), int(op.state));
    if (op.error.isError()) {
        o.insert(QLatin1String("errorCode"), int(op.error.code));
        o.insert(QLatin1String("errorMessage"), op.error.message);
    }
    putDate(o, QLatin1String("started"), op.startedAt);
    putDate(o, QLatin1String("finished"), op.finishedAt);
    putDate(o, QLatin1String("expectedEnd"), op.expectedEndAt);
    if (op.cancellable)
        o.insert(QLatin1String("cancellable"), true);
    return o;
}

Operation operationFromJson(const QString &id, const QJsonObject &o)
{
    Operation op;
    op.id = id;
    op.kind = getEnum(o, QLatin1String("kind"), OperationKind::CreateImage);
    op.product = getEnum(o, QLatin1String("product"), Product::Lighthouse);
    op.regionId = o.value(QLatin1String("region")).toString();
    op.targetId = o.value(QLatin1String("target")).toString();
    op.targetName = o.value(QLatin1String("targetName")).toString();
    op.targetCount = o.value(QLatin1String("targetCount")).toInt(1);
    op.sourceName = o.value(QLatin1String("sourceName")).toString(); // absent in older rows
    op.progress = o.value(QLatin1String("progress")).toInt();
    op.state = getEnum(o, QLatin1String("state"), OperationState::Failed);
    if (o.contains(QLatin1String("errorCode")))
        op.error = Error(getEnum(o, QLatin1String("errorCode"), ErrorCode::RemoteError),
                         o.value(QLatin1String("errorMessage")).toString());
    op.startedAt = getDate(o, QLatin1String("started"));
    op.finishedAt = getDate(o, QLatin1String("finished"));
    op.expectedEndAt = getDate(o, QLatin1String("expectedEnd"));
    op.cancellable = o.value(QLatin1String("cancellable")).toBool();
    return op;
}

QJsonObject taskToJson(const OperationTask &t)
{
    QJsonObject o;
    o.insert(QLatin1String("instances"), QJsonArray::fromStringList(t.instanceIds));
    o.insert(QLatin1String("duration"), double(t.durationSeconds));
    o.insert(QLatin1String("priorState"), int(t.priorState));
    o.insert(QLatin1String("stops"), t.stopsInstance);
    return o;
}

OperationTask taskFromJson(const QJsonObject &o)
{
    OperationTask t;
    for (const QJsonValue &v : o.value(QLatin1String("instances")).toArray())
        t.instanceIds.append(v.toString());
    t.durationSeconds = qint64(o.value(QLatin1String("duration")).toDouble());
    t.priorState = getEnum(o, QLatin1String("priorState"), InstanceState::Running);
    t.stopsInstance = o.value(QLatin1String("stops")).toBool();
    return t;
}

QJsonObject accountToJson(const Account &a)
{
    QJsonObject o;
    o.insert(QLatin1String("balance"), double(a.balanceFen));
    putDate(o, QLatin1String("overdueSince"), a.overdueSince);
    return o;
}

Account accountFromJson(const QJsonObject &o)
{
    Account a;
    a.balanceFen = qint64(o.value(QLatin1String("balance")).toDouble());
    a.overdueSince = getDate(o, QLatin1String("overdueSince"));
    return a;
}

QJsonObject tokenToJson(const ClientTokenRecord &r)
{
    QJsonObject o;
    o.insert(QLatin1String("request"), r.request);
    o.insert(QLatin1String("operation"), r.operationId);
    o.insert(QLatin1String("results"), QJsonArray::fromStringList(r.resultIds));
    return o;
}

ClientTokenRecord tokenFromJson(const QJsonObject &o)
{
    ClientTokenRecord r;
    r.request = o.value(QLatin1String("request")).toString();
    r.operationId = o.value(QLatin1String("operation")).toString();
    for (const QJsonValue &id : o.value(QLatin1String("results")).toArray())
        r.resultIds << id.toString();
    return r;
}

QString encode(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject decode(const QString &text, bool *ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toMSecsSinceEpoch()) : QString();
}

QDateTime dateFromText(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// The record tables, all of one shape.
const char *const kTables[] = {"regions",    "instances", "images",        "snapshots",
                               "operations", "tasks",     "repossessions", "client_tokens"};

} // namespace

// Prepared once per connection: preparing 200 000 inserts would cost more than running them.
struct SqliteStore::Statements
{
    struct Table
    {
        QSqlQuery upsert;
        QSqlQuery remove;
    };
    // std::map, not QHash: QSqlQuery is move-only and QHash wants copyable values.
    std::map<QString, Table> tables;
    QSqlQuery meta;
};

SqliteStore::SqliteStore(QString path)
    : m_path(std::move(path))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("imprint-sqlitestore-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteStore::~SqliteStore()
{
    disconnect();
}

void SqliteStore::disconnect()
{
    // Queries and every QSqlDatabase handle must be gone before the connection is removed.
    m_statements.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status SqliteStore::fail(const QString &what, const QString &detail)
{
    return Error(ErrorCode::StorageFailure, QStringLiteral("%1: %2").arg(what, detail));
}

// SQLite's own sentence ("file is not a database"); QSqlError::text() glues Qt's driver
// message to it ("... Unable to execute statement"), which reads as two errors.
QString SqliteStore::sqliteReason(const QSqlError &error)
{
    const QString reason = error.databaseText().trimmed();
    return reason.isEmpty() ? error.driverText().trimmed() : reason;
}

Status SqliteStore::damaged(const QString &detail) const
{
    return Error(ErrorCode::StoreDamaged,
                 SqliteStore::tr("The simulator's store %1 cannot be read (SQLite "
                                 "says: %2). Nothing has been written to it.")
                     .arg(QDir::toNativeSeparators(m_path), detail));
}

QStringList SqliteStore::sideFileSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

bool SqliteStore::exists(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    // A journal without its store is a store that went missing, not a folder without one: a new
    // file next to an old WAL would even have the old frames replayed into it.
    for (const QString &suffix : sideFileSuffixes())
        if (QFileInfo::exists(path + suffix))
            return true;
    return false;
}

bool SqliteStore::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : QStringList{QString()} + sideFileSuffixes()) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            ok = false;
    }
    return ok;
}

Status SqliteStore::connect(bool readOnly)
{
    disconnect();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    if (!m_db.open())
        return readOnly ? damaged(sqliteReason(m_db.lastError()))
                        : fail(QStringLiteral("open %1").arg(m_path), m_db.lastError().text());
    QSqlQuery q(m_db);
    if (readOnly)
        return {};
    // WAL: a reader never sees a half-committed batch and a kill loses at most the batch in
    // flight; FULL: a commit is on disk when it returns, not merely handed to the OS.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString().toLower() != QLatin1String("wal"))
        return fail(QStringLiteral("journal_mode=WAL"), q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return fail(QStringLiteral("synchronous=FULL"), q.lastError().text());
    return {};
}

Status SqliteStore::createTables()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return fail(QStringLiteral("create meta"), q.lastError().text());
    for (const char *table : kTables) {
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, "
                                   "region_key TEXT NOT NULL DEFAULT '', data TEXT NOT NULL)")
                        .arg(QLatin1String(table))))
            return fail(QStringLiteral("create %1").arg(QLatin1String(table)),
                        q.lastError().text());
    }
    return {};
}

Status SqliteStore::create(const QString &path, const CloudState &state)
{
    const QString staging = path + QStringLiteral(".new");
    // A staging file is only ever a creation that did not finish: never a committed world.
    if (!removeFiles(staging))
        return Error(ErrorCode::StorageFailure,
                     SqliteStore::tr("The simulator could not remove %1, left over from an "
                                     "earlier start; remove it and start again.")
                         .arg(QDir::toNativeSeparators(staging)));
    {
        SqliteStore store(staging);
        if (Status s = store.connect(false); !s)
            return s;
        if (Status s = store.createTables(); !s)
            return s;
        if (Status s = store.prepare(); !s)
            return s;
        if (Status s = store.writeWorld(state); !s)
            return s;
        // Closing the last connection checkpoints the WAL into the file and removes it.
    }
    if (exists(path) || !QFile::rename(staging, path))
        return Error(ErrorCode::StorageFailure,
                     SqliteStore::tr("The simulator could not put its new store in "
                                     "place at %1; check the folder's permissions.")
                         .arg(QDir::toNativeSeparators(path)));
    return {};
}

Status SqliteStore::open()
{
    if (QFileInfo(m_path).size() == 0 && QFileInfo::exists(m_path))
        return damaged(SqliteStore::tr("the file is empty"));
    if (!QFileInfo::exists(m_path))
        return damaged(SqliteStore::tr("the file is missing but its "
                                       "journal is there"));
    if (Status s = connect(true); !s)
        return s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // quick_check walks every page and B-tree: what a read would stumble on later is found now,
    // before anything trusts the file.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(sqliteReason(q.lastError()));
    QStringList problems;
    while (q.next() && problems.size() < 3)
        if (const QString row = q.value(0).toString(); row != QLatin1String("ok"))
            problems << row;
    if (!problems.isEmpty())
        return damaged(problems.join(QStringLiteral("; ")));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return damaged(sqliteReason(q.lastError()));
    if (!q.next())
        return damaged(SqliteStore::tr("the schema version is not recorded"));
    return {};
}

Status SqliteStore::openForWriting()
{
    if (Status s = connect(false); !s)
        return s;
    return prepare();
}

Status SqliteStore::prepare()
{
    m_statements = std::make_unique<Statements>();
    for (const char *table : kTables) {
        const QString name = QLatin1String(table);
        Statements::Table &t = m_statements->tables[name];
        t.upsert = QSqlQuery(m_db);
        t.remove = QSqlQuery(m_db);
        if (!t.upsert.prepare(
                QStringLiteral("INSERT OR REPLACE INTO %1 (id, region_key, data) VALUES (?, ?, ?)")
                    .arg(name)) ||
            !t.remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name)))
            return fail(QStringLiteral("prepare %1").arg(name), m_db.lastError().text());
    }
    m_statements->meta = QSqlQuery(m_db);
    if (!m_statements->meta.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")))
        return fail(QStringLiteral("prepare meta"), m_db.lastError().text());
    return {};
}

Status SqliteStore::backupTo(const QString &target)
{
    if (!m_db.isOpen())
        return fail(QStringLiteral("backup"), QStringLiteral("the store is not open"));
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *source = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.constData())
                          : nullptr;
    if (!source)
        return fail(QStringLiteral("backup"), QStringLiteral("no SQLite handle"));
    const QString staging = target + QStringLiteral(".tmp");
    removeFiles(staging);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(staging).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        // The whole database in one step: the store is small next to the time a step costs,
        // and one step sees one consistent snapshot.
        if (sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main")) {
            rc = sqlite3_backup_step(backup, -1);
            const int finish = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finish : rc;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        removeFiles(staging);
        return fail(QStringLiteral("backup to %1").arg(target), detail);
    }
    removeFiles(target);
    if (!QFile::rename(staging, target))
        return fail(QStringLiteral("backup to %1").arg(target), QStringLiteral("rename failed"));
    return {};
}

Status SqliteStore::writeMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = m_statements->meta;
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        return fail(QStringLiteral("write meta %1").arg(key), q.lastError().text());
    return {};
}

namespace {

Status exec(QSqlQuery &q, const QString &id, const QString &regionKey, const QString &data)
{
    q.bindValue(0, id);
    q.bindValue(1, regionKey);
    q.bindValue(2, data);
    if (!q.exec())
        return Error(ErrorCode::StorageFailure,
                     QStringLiteral("write %1: %2").arg(id, q.lastError().text()));
    return {};
}

// Large batches go in key order: rows then append to the primary-key B-tree instead of landing
// on random pages (the ids are scrambled on purpose), which makes the 200 000-row first write
// markedly faster. Small batches keep the hash order; sorting them would only cost time.
template <typename T> QStringList keyOrder(const QHash<QString, T> &records)
{
    QStringList keys = records.keys();
    if (keys.size() > 256)
        keys.sort();
    return keys;
}

Status execRemove(QSqlQuery &q, const QString &id)
{
    q.bindValue(0, id);
    if (!q.exec())
        return Error(ErrorCode::StorageFailure,
                     QStringLiteral("delete %1: %2").arg(id, q.lastError().text()));
    return {};
}

} // namespace

Status SqliteStore::writeWorld(const CloudState &state)
{
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    auto body = [&]() -> Status {
        QSqlQuery q(m_db);
        for (const char *table : kTables)
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
                return fail(QStringLiteral("clear"), q.lastError().text());
        if (!q.exec(QStringLiteral("DELETE FROM meta")))
            return fail(QStringLiteral("clear meta"), q.lastError().text());
        auto &t = m_statements->tables;
        for (int i = 0; i < state.regions.size(); ++i) {
            const Region &r = state.regions.at(i);
            if (Status s = exec(t[QStringLiteral("regions")].upsert, r.key(), r.key(),
                                encode(regionToJson(r, i)));
                !s)
                return s;
        }
        ChangeSet all;
        all.instances = state.instances;
        all.images = state.images;
        all.snapshots = state.snapshots;
        all.operations = state.operations;
        all.tasks = state.tasks;
        all.repossessedFrom = state.repossessedFrom;
        all.account = state.account;
        all.clientTokens = state.clientTokens;
        all.nextId = state.nextId;
        all.now = state.now;
        all.lastBilledAt = state.lastBilledAt;
        if (Status s = writeChanges(all); !s)
            return s;
        QJsonObject projects;
        for (auto it = state.projects.begin(); it != state.projects.end(); ++it)
            projects.insert(productKey(it.key()), QJsonArray::fromStringList(it.value()));
        if (Status s = writeMeta(QStringLiteral("projects"), encode(projects)); !s)
            return s;
        // Written last: open() checks it as the mark of a whole world.
        return writeMeta(QStringLiteral("schema_version"), QString::number(schemaVersion));
    };
    if (Status s = body(); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(QStringLiteral("commit"), detail);
    }
    return {};
}

Status SqliteStore::write(const ChangeSet &changes)
{
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    if (Status s = writeChanges(changes); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(QStringLiteral("commit"), detail);
    }
    return {};
}

Status SqliteStore::writeChanges(const ChangeSet &c)
{
    auto &t = m_statements->tables;
    Statements::Table &instances = t[QStringLiteral("instances")];
    Statements::Table &images = t[QStringLiteral("images")];
    Statements::Table &snapshots = t[QStringLiteral("snapshots")];
    Statements::Table &operations = t[QStringLiteral("operations")];
    Statements::Table &tasks = t[QStringLiteral("tasks")];
    Statements::Table &repossessions = t[QStringLiteral("repossessions")];
    Statements::Table &tokens = t[QStringLiteral("client_tokens")];

    for (const QString &id : c.removedInstances)
        if (Status s = execRemove(instances.remove, id); !s)
            return s;
    for (const QString &id : c.removedImages)
        if (Status s = execRemove(images.remove, id); !s)
            return s;
    for (const QString &id : c.removedSnapshots)
        if (Status s = execRemove(snapshots.remove, id); !s)
            return s;
    for (const QString &id : c.finishedTasks)
        if (Status s = execRemove(tasks.remove, id); !s)
            return s;
    for (const QString &id : c.restoredImages)
        if (Status s = execRemove(repossessions.remove, id); !s)
            return s;

    for (const QString &id : keyOrder(c.instances)) {
        const Instance &i = c.instances[id];
        if (Status s = exec(instances.upsert, i.id, i.regionKey(), encode(instanceToJson(i))); !s)
            return s;
    }
    for (const QString &id : keyOrder(c.images)) {
        const Image &m = c.images[id];
        if (Status s = exec(images.upsert, m.id, m.regionKey(), encode(imageToJson(m))); !s)
            return s;
    }
    for (const QString &id : keyOrder(c.snapshots)) {
        const Snapshot &sn = c.snapshots[id];
        if (Status s = exec(snapshots.upsert, sn.id, sn.regionKey(), encode(snapshotToJson(sn)));
            !s)
            return s;
    }
    for (const Operation &op : c.operations)
        if (Status s = exec(operations.upsert, op.id, Region::regionKey(op.product, op.regionId),
                            encode(operationToJson(op)));
            !s)
            return s;
    for (auto it = c.tasks.begin(); it != c.tasks.end(); ++it)
        if (Status s = exec(tasks.upsert, it.key(), QString(), encode(taskToJson(it.value()))); !s)
            return s;
    for (auto it = c.repossessedFrom.begin(); it != c.repossessedFrom.end(); ++it)
        if (Status s =
                exec(repossessions.upsert, it.key(), QString(), QString::number(int(it.value())));
            !s)
            return s;
    for (auto it = c.clientTokens.begin(); it != c.clientTokens.end(); ++it)
        if (Status s = exec(tokens.upsert, it.key(), QString(), encode(tokenToJson(it.value())));
            !s)
            return s;

    if (c.account)
        if (Status s = writeMeta(QStringLiteral("account"), encode(accountToJson(*c.account))); !s)
            return s;
    if (Status s = writeMeta(QStringLiteral("next_id"), QString::number(c.nextId)); !s)
        return s;
    if (Status s = writeMeta(QStringLiteral("now"), dateText(c.now)); !s)
        return s;
    return writeMeta(QStringLiteral("last_billed_at"), dateText(c.lastBilledAt));
}

Status SqliteStore::load(CloudState *state)
{
    CloudState loaded;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString unreadable; // the first row that did not decode
    auto decoded = [&](const char *table, const QString &id, const QString &data) {
        bool ok = false;
        QJsonObject o = decode(data, &ok);
        if (!ok && unreadable.isEmpty())
            unreadable = QStringLiteral("%1 %2").arg(QLatin1String(table), id);
        return o;
    };

    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return damaged(sqliteReason(q.lastError()));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return damaged(sqliteReason(q.lastError()));
    const int version = meta.value(QStringLiteral("schema_version")).toInt();
    if (version != schemaVersion)
        return Error(
            ErrorCode::StorageFailure,
            QStringLiteral("schema version %1, expected %2").arg(version).arg(schemaVersion));
    bool ok = false;
    loaded.account = accountFromJson(
        decoded("meta", QStringLiteral("account"), meta.value(QStringLiteral("account"))));
    loaded.nextId = meta.value(QStringLiteral("next_id")).toULongLong(&ok);
    if (!ok && unreadable.isEmpty())
        unreadable = QStringLiteral("meta next_id");
    loaded.now = dateFromText(meta.value(QStringLiteral("now")));
    loaded.lastBilledAt = dateFromText(meta.value(QStringLiteral("last_billed_at")));
    const QJsonObject projects =
        decoded("meta", QStringLiteral("projects"), meta.value(QStringLiteral("projects")));
    for (auto it = projects.begin(); it != projects.end(); ++it) {
        Product p;
        if (productFromKey(it.key(), &p)) {
            QStringList names;
            for (const QJsonValue &v : it.value().toArray())
                names << v.toString();
            loaded.projects.insert(p, names);
        }
    }

    auto each = [&](const char *table, auto &&fn) -> Status {
        if (!q.exec(QStringLiteral("SELECT id, data FROM %1").arg(QLatin1String(table))))
            return damaged(sqliteReason(q.lastError()));
        while (q.next())
            fn(q.value(0).toString(), q.value(1).toString());
        // A page that breaks half-way through a scan ends it early: that is damage, not the end.
        if (q.lastError().isValid())
            return damaged(sqliteReason(q.lastError()));
        return {};
    };
    QList<std::pair<int, Region>> ordered;
    Status s = each("regions", [&](const QString &id, const QString &data) {
        const QJsonObject o = decoded("regions", id, data);
        ordered.append({o.value(QLatin1String("order")).toInt(), regionFromJson(o)});
    });
    if (s)
        s = each("instances", [&](const QString &id, const QString &data) {
            loaded.instances.insert(id, instanceFromJson(id, decoded("instances", id, data)));
        });
    if (s)
        s = each("images", [&](const QString &id, const QString &data) {
            loaded.images.insert(id, imageFromJson(id, decoded("images", id, data)));
        });
    if (s)
        s = each("snapshots", [&](const QString &id, const QString &data) {
            loaded.snapshots.insert(id, snapshotFromJson(id, decoded("snapshots", id, data)));
        });
    if (s)
        s = each("operations", [&](const QString &id, const QString &data) {
            loaded.operations.insert(id, operationFromJson(id, decoded("operations", id, data)));
        });
    if (s)
        s = each("tasks", [&](const QString &id, const QString &data) {
            loaded.tasks.insert(id, taskFromJson(decoded("tasks", id, data)));
        });
    if (s)
        s = each("repossessions", [&](const QString &id, const QString &data) {
            loaded.repossessedFrom.insert(id, ImageState(data.toInt()));
        });
    if (s)
        s = each("client_tokens", [&](const QString &id, const QString &data) {
            // Stores before the record held only the launch's operation id.
            if (data.startsWith(QLatin1Char('{')))
                loaded.clientTokens.insert(id, tokenFromJson(decoded("client_tokens", id, data)));
            else
                loaded.clientTokens.insert(id, ClientTokenRecord{QString(), data, {}});
        });
    if (!s)
        return s;
    if (!unreadable.isEmpty())
        return damaged(SqliteStore::tr("the record %1 is not readable").arg(unreadable));
    // SQLite returns regions in key order; the world's own order (the console's) is stored.
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &entry : ordered)
        loaded.regions.append(std::move(entry.second));
    *state = std::move(loaded);
    return {};
}

} // namespace imprint
