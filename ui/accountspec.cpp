#include "accountspec.h"

#include <QRegularExpression>

namespace imprint {

QString AccountSpec::keyringEntry(const QString &kindKeyringAccount, const QString &accountId)
{
    return kindKeyringAccount + QLatin1Char('/') + accountId;
}

bool AccountSpec::isValidId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9-]+$"));
    return valid.match(id).hasMatch();
}

QString AccountSpec::freeName(const ConnectionKind &kind, const QList<AccountSpec> &existing)
{
    auto taken = [&existing](const QString &name) {
        for (const AccountSpec &account : existing)
            if (account.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!taken(kind.name))
        return kind.name;
    for (int n = 2;; ++n) {
        const QString candidate =
            tr("%1 %2", "an account's name and a number").arg(kind.name).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString AccountSpec::problem(const AccountSpec &account, const ConnectionKind &kind,
                             const QList<AccountSpec> &others)
{
    const QString name = account.name.trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the account.");
    for (const AccountSpec &other : others) {
        if (other.id == account.id)
            continue;
        if (other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another account is already called \"%1\". Choose another name.").arg(name);
        if (account.isEmbeddedSimulator() && other.isEmbeddedSimulator())
            return tr("The embedded simulator is already an account (\"%1\"); it has one data "
                      "folder, so it can be added only once.")
                .arg(other.name);
    }
    if (kind.endpoint == ConnectionKind::Endpoint::Required) {
        const QString why = ConnectionChoice::endpointProblem(account.endpoint.toString());
        if (!why.isEmpty())
            return why;
    }
    if (kind.needsKey && account.keySource == KeySource::Environment) {
        static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (account.keyEnvironment.size() != 2)
            return tr("Name the two environment variables that hold the %1 and the %2.")
                .arg(kind.keyIdLabel, kind.secretLabel);
        for (const QString &name : account.keyEnvironment)
            if (!variable.match(name).hasMatch())
                return tr("\"%1\" is not an environment variable's name: use letters, digits and "
                          "underscores, not starting with a digit.")
                    .arg(name);
    }
    return {};
}

} // namespace imprint
