#pragma once

#include "apirequests.h"
#include "productapi.h"

namespace imprint {

// What CVM's and Lighthouse's APIs share over API 3.0: ids say their product (Lighthouse's
// start with "lh"), Describe* lists take Offset/Limit with ids or Filters (never both), and
// every call is an action with a JSON body.
class TencentProductApi : public ProductApi
{
public:
    bool ownsId(const QString &id) const override;
    int maxPageSize() const override { return ListQuery::maxLimit; }

protected:
    RemoteRequest request(const QString &action, const QString &regionId, QJsonObject body) const;
    // A Describe* query: the ids, or custom images only (`customOnly`) with `nameFilter` set to
    // the name when one is asked for.
    static ListQuery listQuery(const ResourceQuery &query,
                               const std::optional<ApiFilter> &customOnly,
                               const QString &nameFilter = {});
    // A launch with the image's disks: CVM starts each data disk from its snapshot.
    static LaunchCall launchCall(const Image &image, const LaunchRequest &launch);
};

} // namespace imprint
