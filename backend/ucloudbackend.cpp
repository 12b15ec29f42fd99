#include "ucloudbackend.h"

#include "tencentservice.h"
#include "ucloudtransport.h"
#include "uhostproductapi.h"

namespace imprint {

UCloudBackend::UCloudBackend(const Options &options, QObject *parent)
    : RemoteBackend(cloud(options), displayNameFor(options.endpoint), options, parent)
{}

RemoteCloud UCloudBackend::cloud(const Options &options)
{
    UCloudTransport::Options transport;
    transport.endpoint = options.endpoint;
    transport.credentials = options.credentials;
    transport.transferTimeoutMs = options.transferTimeoutMs;
    RemoteCloud cloud;
    cloud.name = tr("UCloud");
    cloud.transport = std::make_unique<UCloudTransport>(transport);
    cloud.products.push_back(std::make_unique<UHostProductApi>(canRenameImages(options.endpoint)));
    return cloud;
}

QString UCloudBackend::displayNameFor(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return tr("UCloud");
    const QString authority = endpoint.authority();
    return TencentService::isAddressOrLocalhost(endpoint.host())
               ? tr("imprint-sim at %1").arg(authority)
               : tr("UCloud API at %1").arg(authority);
}

bool UCloudBackend::canRenameImages(const QUrl &endpoint)
{
    return !endpoint.isEmpty() && TencentService::isAddressOrLocalhost(endpoint.host());
}

} // namespace imprint
