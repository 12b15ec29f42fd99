#include "snapshot.h"

#include "region.h"

namespace imprint {

QString Snapshot::regionKey() const
{
    return Region::regionKey(product, regionId);
}

} // namespace imprint
