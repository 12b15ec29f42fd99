#include "listquerycodec.h"

#include <QJsonArray>

#include <limits>

namespace imprint {

void ListQueryCodec::write(QJsonObject &body, const ListQuery &query, const QString &idsKey)
{
    if (!query.ids.isEmpty())
        body.insert(idsKey, QJsonArray::fromStringList(query.ids));
    if (!query.filters.isEmpty()) {
        QJsonArray filters;
        for (const ApiFilter &f : query.filters)
            filters.append(
                QJsonObject{{QStringLiteral("Name"), f.name},
                            {QStringLiteral("Values"), QJsonArray::fromStringList(f.values)}});
        body.insert(QStringLiteral("Filters"), filters);
    }
    body.insert(QStringLiteral("Offset"), query.offset);
    body.insert(QStringLiteral("Limit"), query.limit);
}

namespace {

bool knownFilter(const QString &name, const QStringList &known)
{
    for (const QString &k : known) {
        if (k.endsWith(QLatin1Char(':')) ? name.startsWith(k) && name.size() > k.size() : name == k)
            return true;
    }
    return false;
}

} // namespace

ListQuery ListQueryCodec::read(JsonParams &params, const ListQueryRules &rules)
{
    ListQuery q;
    q.ids = params.strings(rules.idsKey);
    if (q.ids.size() > rules.maxIds)
        params.fail(rules.rangeCode, QStringLiteral("The parameter `%1` may hold at most %2 ids; "
                                                    "it holds %3.")
                                         .arg(params.path(rules.idsKey))
                                         .arg(rules.maxIds)
                                         .arg(q.ids.size()));
    q.offset = params.integer(QStringLiteral("Offset"), 0, 0, std::numeric_limits<int>::max(),
                              rules.rangeCode);
    q.limit = params.integer(QStringLiteral("Limit"), ListQuery::defaultLimit, 1,
                             ListQuery::maxLimit, rules.rangeCode);

    // Filters by hand: a malformed filter has its own code, not the generic InvalidParameter.
    const QString key = QStringLiteral("Filters");
    if (!params.has(key))
        return q;
    const QJsonValue raw = params.json().value(key);
    auto malformed = [&]() {
        params.fail(rules.malformedFilterCode,
                    QStringLiteral("The parameter `%1` must be a list of {\"Name\": string, "
                                   "\"Values\": [string]} objects.")
                        .arg(params.path(key)));
    };
    if (!raw.isArray()) {
        malformed();
        return q;
    }
    const QJsonArray filters = raw.toArray();
    if (filters.size() > rules.maxFilters)
        params.fail(rules.filterLimitCode,
                    QStringLiteral("At most %1 filters are allowed; the request has %2.")
                        .arg(rules.maxFilters)
                        .arg(filters.size()));
    for (const QJsonValue &item : filters) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(QStringLiteral("Name")).isString() ||
            !o.value(QStringLiteral("Values")).isArray() || o.size() != 2) {
            malformed();
            return q;
        }
        ApiFilter f;
        f.name = o.value(QStringLiteral("Name")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("Values")).toArray()) {
            if (!v.isString()) {
                malformed();
                return q;
            }
            f.values << v.toString();
        }
        if (!knownFilter(f.name, rules.filterNames))
            params.fail(rules.unknownFilterCode,
                        QStringLiteral("The filter name \"%1\" is not supported; use one of %2.")
                            .arg(f.name, rules.filterNames.join(QStringLiteral(", "))));
        if (f.values.isEmpty() || f.values.size() > rules.maxValuesPerFilter)
            params.fail(rules.filterLimitCode,
                        QStringLiteral("The filter \"%1\" must have 1 to %2 values; it has %3.")
                            .arg(f.name)
                            .arg(rules.maxValuesPerFilter)
                            .arg(f.values.size()));
        q.filters << f;
    }
    if (!q.ids.isEmpty() && !q.filters.isEmpty())
        params.fail(rules.conflictCode,
                    QStringLiteral("The parameters `%1` and `Filters` cannot be used together.")
                        .arg(params.path(rules.idsKey)));
    return q;
}

} // namespace imprint
