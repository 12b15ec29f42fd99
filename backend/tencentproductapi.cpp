#include "tencentproductapi.h"

namespace imprint {

bool TencentProductApi::ownsId(const QString &id) const
{
    return id.startsWith(QLatin1String("lh")) == (product() == Product::Lighthouse);
}

RemoteRequest TencentProductApi::request(const QString &action, const QString &regionId,
                                         QJsonObject body) const
{
    RemoteRequest r;
    r.product = product();
    r.action = action;
    r.region = regionId;
    r.body = std::move(body);
    return r;
}

ListQuery TencentProductApi::listQuery(const ResourceQuery &query,
                                       const std::optional<ApiFilter> &customOnly,
                                       const QString &nameFilter)
{
    ListQuery list;
    list.offset = query.offset;
    list.limit = query.limit;
    // Ids and filters cannot be combined.
    if (!query.ids.isEmpty()) {
        list.ids = query.ids;
        return list;
    }
    if (customOnly)
        list.filters << *customOnly;
    if (!query.name.isEmpty())
        list.filters << ApiFilter{nameFilter, {query.name}};
    return list;
}

LaunchCall TencentProductApi::launchCall(const Image &image, const LaunchRequest &launch)
{
    LaunchCall call;
    call.request = launch;
    call.dataDisks = image.dataDisks;
    call.systemDiskGiB = image.systemDiskGiB;
    return call;
}

} // namespace imprint
