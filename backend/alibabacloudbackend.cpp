#include "alibabacloudbackend.h"

#include "ecsproductapi.h"
#include "ecstransport.h"
#include "tencentservice.h"

namespace imprint {

AlibabaCloudBackend::AlibabaCloudBackend(const Options &options, QObject *parent)
    : RemoteBackend(cloud(options), displayNameFor(options.endpoint), options, parent)
{}

RemoteCloud AlibabaCloudBackend::cloud(const Options &options)
{
    EcsTransport::Options transport;
    transport.endpoint = options.endpoint;
    transport.credentials = options.credentials;
    transport.transferTimeoutMs = options.transferTimeoutMs;
    RemoteCloud cloud;
    cloud.name = tr("Alibaba Cloud");
    cloud.transport = std::make_unique<EcsTransport>(transport);
    cloud.products.push_back(std::make_unique<EcsProductApi>());
    return cloud;
}

QString AlibabaCloudBackend::displayNameFor(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return tr("Alibaba Cloud");
    const QString authority = endpoint.authority();
    return TencentService::isAddressOrLocalhost(endpoint.host())
               ? tr("imprint-sim at %1").arg(authority)
               : tr("Alibaba Cloud API at %1").arg(authority);
}

} // namespace imprint
