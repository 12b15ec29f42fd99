#pragma once

#include "apiclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

// Small helpers shared by the imprint-sim tests.
namespace servertest {

inline QJsonObject filterBody(const QString &name, const QString &value)
{
    return {{QStringLiteral("Filters"),
             QJsonArray{QJsonObject{{QStringLiteral("Name"), name},
                                    {QStringLiteral("Values"), QJsonArray{value}}}}}};
}

inline QJsonArray set(const ApiAnswer &answer, const char *key)
{
    return answer.response.value(QLatin1String(key)).toArray();
}

inline QJsonObject first(const ApiAnswer &answer, const char *key)
{
    return set(answer, key).first().toObject();
}

inline QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Polls until `done` says so or `ms` pass; false on time-out. The event loop runs meanwhile.
inline bool waitFor(const std::function<bool()> &done, int ms = 60000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100);
    }
    return true;
}

// The items of `all` that `keep` says yes to, in order.
template <typename T>
QList<T> where(const QList<T> &all, const std::function<bool(const T &)> &keep)
{
    QList<T> out;
    for (const T &item : all)
        if (keep(item))
            out << item;
    return out;
}

} // namespace servertest
