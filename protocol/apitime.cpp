#include "apitime.h"

namespace imprint {

namespace {

// `value` in `width` decimal digits, zero-padded, at `to`; returns the end.
char *writeDigits(char *to, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        to[i] = char('0' + value % 10);
    return to + width;
}

} // namespace

QString ApiTime::toWire(const QDateTime &time)
{
    return QString::fromLatin1(utcText(time, Precision::Second));
}

QByteArray ApiTime::utcText(const QDateTime &time, Precision precision)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    // Four-digit years only; others as QDateTime writes them (negative, five digits...).
    if (d.year() < 1000 || d.year() > 9999) {
        switch (precision) {
        case Precision::Day:
            return d.toString(Qt::ISODate).toLatin1();
        case Precision::Second:
            return (utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'))
                .toLatin1();
        case Precision::Millisecond:
            return utc.toString(Qt::ISODateWithMs).toLatin1();
        }
    }
    char text[32];
    char *to = writeDigits(text, d.year(), 4);
    *to++ = '-';
    to = writeDigits(to, d.month(), 2);
    *to++ = '-';
    to = writeDigits(to, d.day(), 2);
    if (precision != Precision::Day) {
        *to++ = 'T';
        to = writeDigits(to, t.hour(), 2);
        *to++ = ':';
        to = writeDigits(to, t.minute(), 2);
        *to++ = ':';
        to = writeDigits(to, t.second(), 2);
        if (precision == Precision::Millisecond) {
            *to++ = '.';
            to = writeDigits(to, t.msec(), 3);
        }
        *to++ = 'Z';
    }
    return QByteArray(text, to - text);
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
