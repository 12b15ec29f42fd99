#include "appsettings.h"

#include <QStandardPaths>

#include <algorithm>

namespace imprint {

namespace {

const QString SimSpeedKey = QStringLiteral("simulator/speed");
const QString DataDirKey = QStringLiteral("simulator/dataDir");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ConnectionKindKey = QStringLiteral("connection/kind"); // before kind ids
const QString ConnectionKindIdKey = QStringLiteral("connection/kindId");
const QString ConnectionEndpointKey = QStringLiteral("connection/endpoint");
const QString AccountsKey = QStringLiteral("accounts");
const QString NextAccountKey = QStringLiteral("accountIds/next");

ConnectionKind kindOf(const QList<ConnectionKind> &kinds, const QString &id)
{
    for (const ConnectionKind &kind : kinds)
        if (kind.id == id)
            return kind;
    ConnectionKind unknown;
    unknown.id = id;
    unknown.name = id;
    return unknown;
}

} // namespace

double AppSettings::simSpeed() const
{
    bool ok = false;
    const double speed = m_settings.value(SimSpeedKey, DefaultSimSpeed).toDouble(&ok);
    // A hand-edited file with nonsense falls back to the default instead of stopping time.
    return ok && speed > 0 && speed <= MaxSimSpeed ? speed : DefaultSimSpeed;
}

void AppSettings::setSimSpeed(double speed)
{
    m_settings.setValue(SimSpeedKey, speed);
}

QString AppSettings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppSettings::dataDir() const
{
    const QString dir = m_settings.value(DataDirKey).toString();
    return dir.isEmpty() ? defaultDataDir() : dir;
}

void AppSettings::setDataDir(const QString &dir)
{
    if (dir.isEmpty() || dir == defaultDataDir())
        m_settings.remove(DataDirKey);
    else
        m_settings.setValue(DataDirKey, dir);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(LanguageKey).toString();
    return languages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(LanguageKey);
    else
        m_settings.setValue(LanguageKey, language);
}

ConnectionChoice AppSettings::connection() const
{
    ConnectionChoice choice;
    if (m_settings.contains(ConnectionKindIdKey)) {
        choice.kindId = m_settings.value(ConnectionKindIdKey).toString();
    } else {
        // Versions before the registry of remote kinds saved the kind as a number.
        static const QStringList legacy{QStringLiteral("simulator"), QStringLiteral("imprint-sim"),
                                        QStringLiteral("tencent")};
        choice.kindId =
            legacy.value(m_settings.value(ConnectionKindKey, 0).toInt(), legacy.first());
    }
    choice.endpoint = m_settings.value(ConnectionEndpointKey).toUrl();
    return choice;
}

void AppSettings::setConnection(const ConnectionChoice &choice)
{
    m_settings.setValue(ConnectionKindIdKey, choice.kindId);
    m_settings.setValue(ConnectionEndpointKey, choice.endpoint);
    m_settings.remove(ConnectionKindKey);
}

QList<AccountSpec> AppSettings::accounts(const QList<ConnectionKind> &kinds) const
{
    QList<AccountSpec> accounts;
    // const: reading never writes. The group itself (even empty) says the list was saved.
    auto &settings = const_cast<QSettings &>(m_settings);
    if (settings.childGroups().contains(AccountsKey)) {
        const int size = settings.beginReadArray(AccountsKey);
        for (int i = 0; i < size; ++i) {
            settings.setArrayIndex(i);
            AccountSpec account;
            account.id = settings.value(QStringLiteral("id")).toString();
            account.kindId = settings.value(QStringLiteral("kind")).toString();
            account.name = settings.value(QStringLiteral("name")).toString();
            account.endpoint = settings.value(QStringLiteral("endpoint")).toUrl();
            account.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
            const QStringList variables =
                settings.value(QStringLiteral("keyEnvironment")).toStringList();
            if (!variables.isEmpty()) {
                account.keySource = AccountSpec::KeySource::Environment;
                account.keyEnvironment = variables;
            }
            // A hand-edited entry with a bad or repeated id would mix two accounts' records.
            const bool idTaken = std::any_of(
                accounts.cbegin(), accounts.cend(),
                [&account](const AccountSpec &other) { return other.id == account.id; });
            if (AccountSpec::isValidId(account.id) && !idTaken && !account.kindId.isEmpty())
                accounts << account;
        }
        settings.endArray();
        return accounts;
    }
    // First start, or the settings of a version with one connection.
    const ConnectionChoice old = connection();
    AccountSpec simulator;
    simulator.id = QStringLiteral("a1");
    simulator.name = kindOf(kinds, simulator.kindId).name;
    accounts << simulator;
    if (old.kindId != simulator.kindId) {
        accounts.first().enabled = false;
        AccountSpec remote;
        remote.id = QStringLiteral("a2");
        remote.kindId = old.kindId;
        remote.endpoint = old.endpoint;
        remote.name = AccountSpec::freeName(kindOf(kinds, old.kindId), accounts);
        accounts << remote;
    }
    return accounts;
}

void AppSettings::setAccounts(const QList<AccountSpec> &accounts)
{
    int next = m_settings.value(NextAccountKey, 1).toInt(); // read outside the array's group
    m_settings.beginWriteArray(AccountsKey);
    int i = 0;
    for (const AccountSpec &account : accounts) {
        if (account.transient)
            continue;
        bool ok = false;
        const int n = account.id.mid(1).toInt(&ok);
        if (account.id.startsWith(QLatin1Char('a')) && ok)
            next = qMax(next, n + 1);
        m_settings.setArrayIndex(i++);
        m_settings.setValue(QStringLiteral("id"), account.id);
        m_settings.setValue(QStringLiteral("kind"), account.kindId);
        m_settings.setValue(QStringLiteral("name"), account.name);
        m_settings.setValue(QStringLiteral("endpoint"), account.endpoint);
        m_settings.setValue(QStringLiteral("enabled"), account.enabled);
        if (account.keySource == AccountSpec::KeySource::Environment)
            m_settings.setValue(QStringLiteral("keyEnvironment"), account.keyEnvironment);
        else
            m_settings.remove(QStringLiteral("keyEnvironment"));
    }
    m_settings.endArray();
    // Counted now, so that an id saved here is not handed out again once its account is gone.
    m_settings.setValue(NextAccountKey, next);
    // An array that shrank keeps its old entries beyond the new size: drop them.
    m_settings.beginGroup(AccountsKey);
    for (const QString &group : m_settings.childGroups())
        if (group.toInt() > i)
            m_settings.remove(group);
    m_settings.endGroup();
}

QString AppSettings::newAccountId()
{
    // Above every number saved so far (the migrated accounts took a1 and a2 without counting).
    int next = qMax(m_settings.value(NextAccountKey, 1).toInt(), 1);
    for (const AccountSpec &account : accounts({})) {
        bool ok = false;
        const int n = account.id.mid(1).toInt(&ok);
        if (account.id.startsWith(QLatin1Char('a')) && ok)
            next = qMax(next, n + 1);
    }
    m_settings.setValue(NextAccountKey, next + 1);
    return QStringLiteral("a%1").arg(next);
}

void AppSettings::keepIn(const QString &dataDir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
}

} // namespace imprint
