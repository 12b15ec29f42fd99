#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace imprint {

// What can be done about a store that cannot be read (StoreDamaged). The user chooses; this
// class carries the choice out. Every choice keeps the damaged original: it is renamed to
// "<store>.damaged-<time>", never deleted or written. Non-UI so that the choices are testable;
// the GUI shows them in a small dialog and imprint-sim names them in its refusal.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)

public:
    enum class Choice {
        KeepAndQuit,   // change nothing
        Recover,       // SQLite's recovery (sqlite3 .recover) into a new file, then use that
        MoveAside,     // keep the original aside and start with a new demo world
        RestoreBackup, // keep the original aside and put the rolling backup in its place
    };

    explicit StoreRecovery(QString storePath);

    // The choices that apply now: RestoreBackup only when a backup exists, Recover only when
    // SQLite's command-line shell (which carries the recovery) is installed.
    QList<Choice> choices() const;
    bool hasBackup() const;
    QDateTime backupTime() const;

    // Carries out a choice and says in one sentence what it did (where the original went, how
    // many records a recovery kept). Takes the store's lock meanwhile. KeepAndQuit does nothing.
    Result<QString> apply(Choice choice, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // "simulator.sqlite.damaged-20261203-104512"
    static QString damagedPath(const QString &storePath, const QDateTime &at);
    // Tests: the sqlite3 shell to run (default: found on PATH); empty disables Recover.
    void setRecoveryProgram(const QString &program) { m_sqlite3 = program; }

private:
    Result<QString> moveAside(const QDateTime &now, QString *movedTo);
    Status moveBack(const QString &from);
    Result<QString> recover(const QDateTime &now);
    Result<QString> restoreBackup(const QDateTime &now);

    QString m_path;
    QString m_sqlite3;
};

} // namespace imprint
