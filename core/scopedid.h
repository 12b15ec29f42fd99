#pragma once

#include <QString>

namespace imprint {

// Record ids of several accounts in one window. Two accounts of the same cloud (or two
// imprint-sim processes) hand out the same ids, so the backend that spans accounts prefixes
// each id with its account's scope: "a2:img-8kd0". Every other backend's ids have no scope.
// Cloud ids never contain ':', so the first ':' ends the scope. Region keys
// ("cvm/a2:ap-guangzhou") carry the scope of their region id.
//
// What the user reads and copies is the cloud's own id: views show local().
namespace ScopedId {

inline constexpr QChar separator = QLatin1Char(':');

inline QString make(const QString &scope, const QString &id)
{
    if (scope.isEmpty() || id.isEmpty())
        return id;
    return scope + separator + id;
}

// The part of an id, region id or region key after its product ("cvm/"), if any.
inline QStringView withoutProduct(const QString &id)
{
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringView(id) : QStringView(id).mid(slash + 1);
}

// "a2" for "a2:img-8kd0" and for "cvm/a2:ap-guangzhou"; empty for an id without a scope.
inline QString scopeOf(const QString &id)
{
    const QStringView rest = withoutProduct(id);
    const qsizetype colon = rest.indexOf(separator);
    return colon < 0 ? QString() : rest.left(colon).toString();
}

// "img-8kd0" for "a2:img-8kd0"; the id itself when it has no scope.
inline QString local(const QString &id)
{
    const qsizetype colon = id.indexOf(separator);
    if (colon < 0)
        return id;
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    if (slash >= 0 && slash < colon) // a region key: keep the product
        return id.left(slash + 1) + id.mid(colon + 1);
    return id.mid(colon + 1);
}

} // namespace ScopedId

} // namespace imprint
