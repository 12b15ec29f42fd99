#pragma once

#include "connectionkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace imprint {

// One account the window shows: a kind from the composition root's registry (or the embedded
// simulator), where it is, what the user calls it, and where its key comes from. Never the key
// itself: that lives in the system keyring (one entry per account) or in environment variables
// the user named.
struct AccountSpec
{
    Q_DECLARE_TR_FUNCTIONS(AccountSpec)

public:
    enum class KeySource {
        Keyring,     // the account's own keyring entry (keyringEntry())
        Environment, // the two variables in keyEnvironment: the key's id, then its secret
    };

    // Stable and unique ("a1", "a2", ...; "cli1" for --account), never reused, never ':': the
    // scope of the account's record ids.
    QString id;
    QString kindId = QLatin1String(ConnectionChoice::embeddedSimulator); // a ConnectionKind::id
    QString name;                                                        // what the user calls it
    QUrl endpoint;                                                       // for kinds that need one
    bool enabled = true;
    KeySource keySource = KeySource::Keyring;
    QStringList keyEnvironment; // with KeySource::Environment: the id's and the secret's names
    bool transient = false;     // given on the command line: this run only, never saved

    bool isEmbeddedSimulator() const
    {
        return kindId == QLatin1String(ConnectionChoice::embeddedSimulator);
    }

    // The keyring entry of this account's key: the kind's entry, "/", the account's id, so two
    // accounts of one cloud keep two keys.
    static QString keyringEntry(const QString &kindKeyringAccount, const QString &accountId);
    // Letters, digits and '-' only: an id is a prefix of scoped record ids ("a1:img-123").
    static bool isValidId(const QString &id);
    // A name for a new account of `kind` that no account in `existing` has yet: the kind's
    // name, then "name 2", "name 3"...
    static QString freeName(const ConnectionKind &kind, const QList<AccountSpec> &existing);
    // Why `account` cannot be saved next to `others` (the other accounts), or empty: a missing
    // or duplicate name, an endpoint problem, a second embedded simulator, a variable missing.
    static QString problem(const AccountSpec &account, const ConnectionKind &kind,
                           const QList<AccountSpec> &others);
};

} // namespace imprint
