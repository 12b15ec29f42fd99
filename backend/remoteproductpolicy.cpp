#include "remoteproductpolicy.h"

namespace imprint {

RemoteProductPolicy::RemoteProductPolicy(Product product, QString editUnavailableReason)
    : m_base(ProductPolicy::forProduct(product))
    , m_editUnavailable(std::move(editUnavailableReason))
{}

void RemoteProductPolicy::setQuota(const ImageQuota &quota)
{
    if (quota.product != product())
        return;
    m_quotas.insert(quota.regionId, quota.quota);
    // Only Lighthouse reports a free tier (FREE_BLUEPRINT); CVM has none to report.
    if (product() == Product::Lighthouse)
        m_freeTier = quota.freeTier;
}

int RemoteProductPolicy::customImageQuota(const QString &regionId) const
{
    auto it = m_quotas.constFind(regionId);
    return it != m_quotas.cend() ? *it : m_base.customImageQuota(regionId);
}

int RemoteProductPolicy::freeImagesPerRegion() const
{
    return m_freeTier >= 0 ? m_freeTier : m_base.freeImagesPerRegion();
}

} // namespace imprint
