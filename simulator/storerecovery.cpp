#include "storerecovery.h"

#include "cloudstate.h"
#include "sqlitestore.h"
#include "storelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

namespace imprint {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The store and its journal side files, renamed together so that they stay a pair.
bool renameStore(const QString &from, const QString &to)
{
    if (QFileInfo::exists(from) && !QFile::rename(from, to))
        return false;
    for (const QString &suffix : SqliteStore::sideFileSuffixes())
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return false;
    return true;
}

} // namespace

StoreRecovery::StoreRecovery(QString storePath)
    : m_path(std::move(storePath))
    , m_sqlite3(QStandardPaths::findExecutable(QStringLiteral("sqlite3")))
{}

QList<StoreRecovery::Choice> StoreRecovery::choices() const
{
    QList<Choice> out{Choice::KeepAndQuit};
    if (!m_sqlite3.isEmpty())
        out << Choice::Recover;
    if (hasBackup())
        out << Choice::RestoreBackup;
    out << Choice::MoveAside;
    return out;
}

bool StoreRecovery::hasBackup() const
{
    return QFileInfo(SqliteStore::backupPath(m_path)).size() > 0;
}

QDateTime StoreRecovery::backupTime() const
{
    return QFileInfo(SqliteStore::backupPath(m_path)).lastModified();
}

QString StoreRecovery::damagedPath(const QString &storePath, const QDateTime &at)
{
    return storePath + QStringLiteral(".damaged-") +
           at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Result<QString> StoreRecovery::apply(Choice choice, const QDateTime &now)
{
    StoreLock lock(m_path);
    if (Status s = lock.acquire(); !s)
        return s.error();
    switch (choice) {
    case Choice::KeepAndQuit:
        return StoreRecovery::tr("The store was left as it is.");
    case Choice::MoveAside: {
        QString movedTo;
        return moveAside(now, &movedTo);
    }
    case Choice::Recover:
        return recover(now);
    case Choice::RestoreBackup:
        return restoreBackup(now);
    }
    return Error(ErrorCode::InvalidArgument,
                 StoreRecovery::tr("That is not a way to recover the store."));
}

Result<QString> StoreRecovery::moveAside(const QDateTime &now, QString *movedTo)
{
    QString target = damagedPath(m_path, now);
    // Two damaged stores in one second: keep both.
    for (int n = 2; SqliteStore::exists(target); ++n)
        target = damagedPath(m_path, now) + QStringLiteral("-%1").arg(n);
    if (!renameStore(m_path, target))
        return Error(
            ErrorCode::StorageFailure,
            StoreRecovery::tr("The damaged store %1 could not be moved to %2; check the folder's "
                              "permissions. Nothing else was changed.")
                .arg(native(m_path), native(target)));
    *movedTo = target;
    return StoreRecovery::tr(
               "The damaged store was kept as %1; the simulator starts with a new demo world.")
        .arg(native(target));
}

Status StoreRecovery::moveBack(const QString &from)
{
    if (renameStore(from, m_path))
        return {};
    return Error(ErrorCode::StorageFailure,
                 StoreRecovery::tr("The damaged store is at %1 and could not be moved back to %2.")
                     .arg(native(from), native(m_path)));
}

Result<QString> StoreRecovery::recover(const QDateTime &now)
{
    if (m_sqlite3.isEmpty())
        return Error(ErrorCode::Unsupported,
                     StoreRecovery::tr(
                         "SQLite's recovery needs the sqlite3 program, which is not installed; "
                         "install it (Debian: sqlite3) and try again."));
    // The original goes aside first and is only ever read from there: the recovery reads it
    // read-only, so not even a WAL checkpoint touches it.
    QString damaged;
    if (Result<QString> moved = moveAside(now, &damaged); !moved)
        return moved.error();
    const QString recovered = m_path + QStringLiteral(".recovered");
    SqliteStore::removeFiles(recovered);

    QProcess reader;
    QProcess writer;
    reader.setStandardOutputProcess(&writer);
    writer.setStandardOutputFile(QProcess::nullDevice());
    writer.start(m_sqlite3, {recovered});
    reader.start(m_sqlite3, {QStringLiteral("-readonly"), damaged, QStringLiteral(".recover")});
    const bool ran = reader.waitForFinished(-1) && writer.waitForFinished(-1) &&
                     reader.exitStatus() == QProcess::NormalExit &&
                     writer.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0;
    const QString detail = QString::fromLocal8Bit(reader.readAllStandardError().trimmed() +
                                                  writer.readAllStandardError().trimmed());

    // What the recovery kept counts only when it reads as a whole world.
    CloudState state;
    Status usable;
    if (!ran) {
        usable = Error(ErrorCode::StoreDamaged, detail.isEmpty() ? reader.errorString() : detail);
    } else {
        SqliteStore check(recovered);
        usable = check.open();
        if (usable)
            usable = check.load(&state);
    }
    if (!usable) {
        SqliteStore::removeFiles(recovered);
        if (Status s = moveBack(damaged); !s)
            return s.error();
        return Error(ErrorCode::StoreDamaged,
                     StoreRecovery::tr(
                         "SQLite's recovery could not rebuild a usable store from %1 (%2). The "
                         "store was left as it was; restore the backup or move it aside.")
                         .arg(native(m_path), usable.error().message));
    }
    if (!renameStore(recovered, m_path))
        return Error(ErrorCode::StorageFailure,
                     StoreRecovery::tr(
                         "The recovered store %1 could not be put in place; the damaged original "
                         "is kept as %2.")
                         .arg(native(recovered), native(damaged)));
    // One count per sentence: each takes its own plural form, in every language.
    return StoreRecovery::tr("SQLite's recovery kept %n image(s).", nullptr,
                             int(state.images.size())) +
           QLatin1Char(' ') +
           StoreRecovery::tr("It kept %n instance(s); the damaged original is kept as %1.", nullptr,
                             int(state.instances.size()))
               .arg(native(damaged));
}

Result<QString> StoreRecovery::restoreBackup(const QDateTime &now)
{
    if (!hasBackup())
        return Error(ErrorCode::NotFound,
                     StoreRecovery::tr("There is no backup of %1 to restore.").arg(native(m_path)));
    QString damaged;
    if (Result<QString> moved = moveAside(now, &damaged); !moved)
        return moved.error();
    // A copy: the backup stays a backup until the restored store has been opened and saved.
    if (!QFile::copy(SqliteStore::backupPath(m_path), m_path)) {
        if (Status s = moveBack(damaged); !s)
            return s.error();
        return Error(ErrorCode::StorageFailure,
                     StoreRecovery::tr(
                         "The backup %1 could not be copied into place; the store was left as it "
                         "was.")
                         .arg(native(SqliteStore::backupPath(m_path))));
    }
    return StoreRecovery::tr("The backup from %1 is in place; the damaged store is kept as %2.")
        .arg(QLocale().toString(backupTime(), QLocale::ShortFormat), native(damaged));
}

} // namespace imprint
