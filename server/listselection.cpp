#include "listselection.h"

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

} // namespace imprint
