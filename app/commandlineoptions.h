#pragma once

#include "accountspec.h"
#include "connectionkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace imprint {

// What the command line asks for. Parsing lives apart from main() so it can be tested. The
// fields' values before parse() are the defaults (Settings); an option given overrides them.
struct CommandLineOptions
{
    QString dataDir;           // where the simulator keeps its SQLite store; empty: the default
    bool dataDirGiven = false; // --data-dir: the run keeps its settings there too (fresh start)
    double simSpeed = 60;      // simulated seconds per wall-clock second
    bool resetDemo = false;
    int demoScale = 0; // 0: the normal demo world; N: a large account (N thousand rows)
    QString backend;   // empty: as last time; else the id of one of the kinds parse() was given
    QUrl endpoint;     // for kinds that need an address (imprint-sim's base URL)
    QString language;  // "en" or "zh_CN"; empty: Settings, else the system's
    // --account, in the order given: accounts added for this run only (transient, ids "cli1"...).
    QList<AccountSpec> accounts;

    QString databasePath() const;

    // The --lang value, read before translators are installed so that --help is already in
    // that language; parse() checks it.
    static QString languageArgument(const QStringList &arguments);

    // Parses arguments (argv[0] first). On --help/--version or an error it prints the text and
    // returns false with *exitCode set.
    // --backend takes the id of one of `kinds` (the composition root's registry).
    // One --account value, KIND[,name=NAME][,endpoint=URL][,key-env=ID_VAR:SECRET_VAR|key=keyring],
    // into *account (its id is left to the caller). Returns why it cannot be used, or empty.
    static QString parseAccount(const QString &value, const QList<ConnectionKind> &kinds,
                                AccountSpec *account);

    static bool parse(const QStringList &arguments, const QList<ConnectionKind> &kinds,
                      CommandLineOptions *options, int *exitCode);
};

} // namespace imprint
