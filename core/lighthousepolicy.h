#pragma once

#include "productpolicy.h"

namespace imprint {

// Seed 000: Tencent Cloud Lighthouse custom images.
class LighthousePolicy : public ProductPolicy
{
    Q_DECLARE_TR_FUNCTIONS(LighthousePolicy)

public:
    // 20 custom images per region, the first 5 free of charge.
    LighthousePolicy()
        : ProductPolicy({20, {}, 5})
    {}
    Product product() const override { return Product::Lighthouse; }
    ImagePricing imagePricing() const override { return ImagePricing::PerImageBeyondFreeTier; }
    ShutdownRule shutdownRule() const override { return ShutdownRule::ForcedShutdownConsent; }
    DataDiskRule dataDiskRule() const override { return DataDiskRule::NotSupported; }
    qint64 creationSeconds(int dataGiB) const override;
    QStringList creationGuidance(OsType osType) const override;
    CopyRule copyRule() const override { return {}; }
    int maxLaunchCount() const override { return 30; }
    // A Lighthouse instance has one cloud system disk; no local disks.
    QList<DiskKind> launchDiskKinds(DiskRole role) const override;
    bool offersPreinstalledApplications() const override { return false; }
    OverdueRule overdueRule() const override { return {true, true, 7}; }
    // CreateBlueprint Tags: at most 10 (tencentcloud-api.md, CreateBlueprint).
    bool supportsImageTags() const override { return true; }
    int maxImageTags() const override { return 10; }
    int maxNameLength() const override { return 60; }
    int maxDescriptionLength() const override { return 60; }
};

} // namespace imprint
