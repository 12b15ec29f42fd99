#pragma once

#include "apirequests.h"
#include "jsonparams.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace imprint {

// What one Describe* action accepts in its paging and filter parameters, and the codes it
// refuses with (CVM and Lighthouse document different limits and codes).
struct ListQueryRules
{
    QString idsKey;          // "ImageIds", "InstanceIds", "BlueprintIds"
    QStringList filterNames; // documented names; one ending in ':' is a prefix ("tag:")
    int maxIds = 100;
    int maxFilters = 10;
    int maxValuesPerFilter = 5;  // CVM 5, Lighthouse 100
    QString rangeCode;           // Offset/Limit/too many ids
    QString unknownFilterCode;   // a Name not in filterNames
    QString malformedFilterCode; // not {Name, Values[]}
    QString filterLimitCode;     // too many filters or values
    QString conflictCode;        // ids together with filters
};

// ListQuery <-> the Ids/Filters/Offset/Limit parameters of a Describe* body.
class ListQueryCodec
{
public:
    // Offset and Limit always go out, so both ends agree without relying on defaults; ids and
    // filters only when there are some.
    static void write(QJsonObject &body, const ListQuery &query, const QString &idsKey);
    static ListQuery read(JsonParams &params, const ListQueryRules &rules);
};

} // namespace imprint
