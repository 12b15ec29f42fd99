#include "apitime.h"

namespace imprint {

QString ApiTime::toWire(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QJsonValue ApiTime::toJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toWire(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime ApiTime::fromWire(const QString &text)
{
    const QString t = text.trimmed();
    // A time without a zone would be read as local time: refuse rather than guess.
    const bool hasZone =
        t.endsWith(QLatin1Char('Z')) ||
        (t.size() > 6 &&
         (t.at(t.size() - 6) == QLatin1Char('+') || t.at(t.size() - 6) == QLatin1Char('-')) &&
         t.at(t.size() - 3) == QLatin1Char(':'));
    if (!hasZone)
        return {};
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace imprint
