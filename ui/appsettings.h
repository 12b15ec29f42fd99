#pragma once

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

private:
    QSettings m_settings;
};

} // namespace imprint
