#include "appsettings.h"

#include <QStandardPaths>

namespace imprint {

namespace {

const QString SimSpeedKey = QStringLiteral("simulator/speed");
const QString DataDirKey = QStringLiteral("simulator/dataDir");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ConnectionKindKey = QStringLiteral("connection/kind"); // before kind ids
const QString ConnectionKindIdKey = QStringLiteral("connection/kindId");
const QString ConnectionEndpointKey = QStringLiteral("connection/endpoint");

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

} // namespace imprint
