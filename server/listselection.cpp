#include "listselection.h"

#include <algorithm>

namespace imprint {

bool ListSelection::anyEquals(const ApiFilter &filter, const QString &value)
{
    return filter.values.contains(value);
}

bool ListSelection::anyContained(const ApiFilter &filter, const QString &text)
{
    for (const QString &v : filter.values)
        if (text.contains(v, Qt::CaseInsensitive))
            return true;
    return false;
}

std::optional<bool> ListSelection::matchTags(const QList<Tag> &tags, const ApiFilter &filter)
{
    static const QString tagPrefix = QStringLiteral("tag:");
    if (filter.name == QLatin1String("tag-key"))
        return std::any_of(tags.cbegin(), tags.cend(),
                           [&](const Tag &t) { return anyEquals(filter, t.key); });
    if (filter.name == QLatin1String("tag-value"))
        return std::any_of(tags.cbegin(), tags.cend(),
                           [&](const Tag &t) { return anyEquals(filter, t.value); });
    if (filter.name.startsWith(tagPrefix)) {
        const QString key = filter.name.mid(tagPrefix.size());
        return std::any_of(tags.cbegin(), tags.cend(), [&](const Tag &t) {
            return t.key == key && anyEquals(filter, t.value);
        });
    }
    return std::nullopt;
}

} // namespace imprint
