#pragma once

#include "accountspec.h"
#include "connectionkind.h"

#include <QSettings>
#include <QString>

namespace imprint {

// The preferences Imprint keeps between runs (QSettings: ~/.config/Imprint/imprint.conf on
// Linux). Only plain preferences live here: API keys stay in the system keyring.
class AppSettings
{
public:
    static constexpr double DefaultSimSpeed = 60;
    static constexpr double MinSimSpeed = 0.1;
    static constexpr double MaxSimSpeed = 100000;

    // Simulated seconds per real second of the embedded simulator.
    double simSpeed() const;
    void setSimSpeed(double speed);

    // Where the embedded simulator keeps its store; defaultDataDir() unless the user chose one.
    QString dataDir() const;
    void setDataDir(const QString &dir); // empty: back to the default
    static QString defaultDataDir();

    // "en", "zh_CN", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList languages();

    // What Imprint connects to at start-up: the last choice made in File > Connect or here.
    // Only the kind and the endpoint: never a key.
    ConnectionChoice connection() const;
    void setConnection(const ConnectionChoice &choice);

    // Every saved account in the user's order, enabled or not; never a key. On first start
    // exactly one, the embedded simulator; a settings file of the versions with one connection
    // becomes that connection's account (and the simulator, disabled, when it was a cloud).
    // `kinds` names the new accounts; an account whose kind is not among them is kept as saved.
    QList<AccountSpec> accounts(const QList<ConnectionKind> &kinds) const;
    // Saves the list and its order; transient accounts (--account) are left out.
    void setAccounts(const QList<AccountSpec> &accounts);
    // A new account's id: "a" and a number no account ever had, so a removed account's id (and
    // its keyring entry) is never given to another.
    QString newAccountId();

    // Keeps the settings of this run in an INI file inside `dataDir` instead of the user's
    // configuration: a data folder is a whole session (window layout, accounts), so a fresh
    // --data-dir is a fresh start, not the last run's connection. Before any AppSettings is
    // made for the run.
    static void keepIn(const QString &dataDir);

private:
    QSettings m_settings;
};

} // namespace imprint
