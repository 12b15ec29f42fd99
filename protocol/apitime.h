#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace imprint {

// Timestamps on the wire: ISO 8601 in UTC (reference §1.3).
//
// The docs write "YYYY-MM-DDThh:mm:ssZ" while CLI examples show "+00:00", so reading accepts
// both (and any other offset, converted to UTC); writing always uses "Z". Whole seconds only:
// the API has no sub-second times, so milliseconds are dropped when writing.
class ApiTime
{
public:
    static QString toWire(const QDateTime &time); // empty for an invalid time
    // A time as UTC text without QDateTime::toString's locale machinery (imprint-sim writes a few
    // per request): "2026-12-03", "2026-12-03T18:05:06Z" or "2026-12-03T18:05:06.789Z", the
    // bytes QDate::toString(Qt::ISODate), toWire and toString(Qt::ISODateWithMs) give. Empty for
    // an invalid time.
    enum class Precision { Day, Second, Millisecond };
    static QByteArray utcText(const QDateTime &time, Precision precision);
    // JSON null for an invalid time: the API's "may return null".
    static QJsonValue toJson(const QDateTime &time);
    // Invalid QDateTime for anything that is not ISO 8601 with a zone.
    static QDateTime fromWire(const QString &text);
};

} // namespace imprint
