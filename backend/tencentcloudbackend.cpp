#include "tencentcloudbackend.h"

#include "cvmproductapi.h"
#include "lighthouseproductapi.h"
#include "tc3transport.h"
#include "tencentservice.h"

namespace imprint {

TencentCloudBackend::TencentCloudBackend(const Options &options, QObject *parent)
    : RemoteBackend(cloud(options), displayNameFor(options.endpoint), options, parent)
{}

RemoteCloud TencentCloudBackend::cloud(const Options &options)
{
    Tc3Transport::Options transport;
    transport.endpoint = options.endpoint;
    transport.credentials = options.credentials;
    transport.defaultRegion = options.defaultRegion;
    transport.language = options.language;
    transport.transferTimeoutMs = options.transferTimeoutMs;
    RemoteCloud cloud;
    cloud.name = tr("Tencent Cloud");
    cloud.transport = std::make_unique<Tc3Transport>(transport);
    // CVM first: its regions lead the region tree.
    cloud.products.push_back(std::make_unique<CvmProductApi>());
    cloud.products.push_back(std::make_unique<LighthouseProductApi>());
    return cloud;
}

QString TencentCloudBackend::displayNameFor(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return tr("Tencent Cloud");
    const QString authority = endpoint.authority();
    return TencentService::isAddressOrLocalhost(endpoint.host())
               ? tr("imprint-sim at %1").arg(authority)
               : tr("Tencent Cloud API at %1").arg(authority);
}

} // namespace imprint
