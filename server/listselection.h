#pragma once

#include "apirequests.h"
#include "apiresponses.h"
#include "tag.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace imprint {

// Applies a Describe* ListQuery to the records of one region, the way the API does: an id list
// selects those ids (in the order of the records, unknown ids silently absent, as the cloud
// answers); otherwise every filter must match (AND) and a filter matches when any of its
// values does (OR). TotalCount counts all matches, the page holds Offset..Offset+Limit.
//
// Tag filters mean the same on every product and live here once, for every record that has
// tags: "tag-key" (a tag with one of these keys), "tag-value" (a tag with one of these values)
// and "tag:<key>" (tag <key> with one of these values), as Tencent's DescribeImages and
// DescribeBlueprints name them; ECS's Tag.N.Key / Tag.N.Value are read into the same names.
class ListSelection
{
public:
    // Whether `record` matches one filter. Filter names are already validated by the mapper;
    // a name the simulator has no data for (vpc-id, tag:..., ...) matches nothing.
    template <typename T> using Matcher = std::function<bool(const T &, const ApiFilter &)>;

    template <typename T>
    static Page<T> select(const QList<T> &records, const ListQuery &query,
                          const Matcher<T> &matches)
    {
        // Only the page's records are copied; the others are just counted.
        const qsizetype first = qMax(0, query.offset);
        const qsizetype end = first + qMax(0, query.limit);
        Page<T> page;
        qsizetype matched = 0;
        for (const T &record : records) {
            bool keep = true;
            if (!query.ids.isEmpty())
                keep = query.ids.contains(record.id);
            for (qsizetype n = 0; keep && n < query.filters.size(); ++n)
                keep = matches(record, query.filters.at(n));
            if (!keep)
                continue;
            if (matched >= first && matched < end)
                page.items.append(record);
            ++matched;
        }
        page.totalCount = int(matched);
        return page;
    }

    // A product's filters as data: each name, the record's value it compares with, and how.
    enum class Compare { Exactly, Contains };
    template <typename T> struct Filter
    {
        QString name;
        std::function<QString(const T &)> value;
        Compare compare = Compare::Exactly;
    };
    // The matcher for a table of filters; a name not in the table matches nothing.
    template <typename T> static Matcher<T> matcher(QList<Filter<T>> filters)
    {
        return [filters = std::move(filters)](const T &record, const ApiFilter &f) {
            if constexpr (requires { record.tags; })
                if (const std::optional<bool> tagged = matchTags(record.tags, f))
                    return *tagged;
            for (const Filter<T> &known : filters)
                if (known.name == f.name)
                    return known.compare == Compare::Exactly ? anyEquals(f, known.value(record))
                                                             : anyContained(f, known.value(record));
            return false;
        };
    }

    // Helpers for matchers: exact and case-insensitive "contains" against any filter value.
    static bool anyEquals(const ApiFilter &filter, const QString &value);
    static bool anyContained(const ApiFilter &filter, const QString &text);
    // Whether `tags` match a tag filter; nullopt when `filter` is not one.
    static std::optional<bool> matchTags(const QList<Tag> &tags, const ApiFilter &filter);
};

} // namespace imprint
