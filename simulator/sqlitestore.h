#pragma once

#include "cloudstate.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace imprint {

// The simulator's durable state: one SQLite file (Qt SQL, QSQLITE) in WAL mode with
// synchronous=FULL, so a committed batch survives a kill and a half-written one never shows.
//
// Layout: a meta table (schema version, simulated now, id counter, account, projects) and one
// table per kind of record, each (id TEXT PRIMARY KEY, region_key TEXT, data TEXT).
// The data column holds compact JSON rather than a QDataStream blob: JSON is self-describing,
// so a field added later reads as its default from old rows without a migration, and a support
// engineer can read a record with the sqlite3 shell. It costs a few microseconds per row: the
// 200 000-row world (demoScale 100) writes in about 2.5 s and loads in about 1 s on a shared
// two-core machine, JSON being roughly half of it (see the scaled-world test). A positional
// QDataStream blob would be faster but unreadable and would need a migration per new field.
//
// Not thread-safe: it lives in the engine's thread and its connection name is unique per
// instance, so several stores (tests, the server) can be open in one process.
class SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)

public:
    static constexpr int schemaVersion = 1;

    explicit SqliteStore(QString path);
    ~SqliteStore();
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // Creates a new store holding `state`. It is written beside `path` and renamed into place
    // once committed, so a file at `path` is always a committed world: anything there that
    // cannot be read is damage, never "no world yet".
    static Status create(const QString &path, const CloudState &state);
    // Whether `path` or one of its journal side files exists: then it is opened, never replaced.
    static bool exists(const QString &path);

    // Opens an existing store read-only and checks it (SQLite's quick_check and the schema).
    // StoreDamaged, naming the file and SQLite's words, when it cannot be read. Nothing is
    // written until openForWriting().
    Status open();
    // Reads the whole world. Every row must decode; a row that does not is damage (StoreDamaged),
    // never a record quietly read as defaults.
    Status load(CloudState *state);
    // After a successful load: reopens read-write with the journal pragmas.
    Status openForWriting();
    QString path() const { return m_path; }
    // Replaces everything with this world, in one transaction.
    Status writeWorld(const CloudState &state);
    // One transaction: all of it is written, or (on failure) none of it.
    Status write(const ChangeSet &changes);
    // A copy of the store made with SQLite's online backup API, written to a temporary file and
    // renamed over `target`, so a failed backup leaves the previous one intact.
    Status backupTo(const QString &target);
    // Deletes the database and its WAL/SHM side files (the store must not be open on it).
    static bool removeFiles(const QString &path);
    // Where the rolling backup of the store at `path` is kept.
    static QString backupPath(const QString &path) { return path + QStringLiteral(".backup"); }
    // The side files SQLite keeps next to a store.
    static QStringList sideFileSuffixes();

private:
    struct Statements;
    Status connect(bool readOnly);
    void disconnect();
    Status createTables();
    Status prepare();
    Status fail(const QString &what, const QString &detail);
    Status damaged(const QString &detail) const;
    static QString sqliteReason(const QSqlError &error);
    Status writeChanges(const ChangeSet &changes);
    Status writeMeta(const QString &key, const QString &value);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace imprint
