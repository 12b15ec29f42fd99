#pragma once

#include "productpolicy.h"

namespace imprint {

// Seed 003 and the CVM API: Tencent Cloud CVM custom images.
class CvmPolicy : public ProductPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CvmPolicy)

public:
    // The seed's figure of 10 per region; the live API reports more, which the remote backend
    // asks for.
    CvmPolicy()
        : ProductPolicy({10})
    {}
    Product product() const override { return Product::Cvm; }
    ImagePricing imagePricing() const override { return ImagePricing::SnapshotStorage; }
    ShutdownRule shutdownRule() const override { return ShutdownRule::ShutdownRecommended; }
    DataDiskRule dataDiskRule() const override { return DataDiskRule::OptionalPerDisk; }
    // CreateImage DataDiskIds: local data disks are refused (LocalDataDiskNotSupport).
    Status canAssociateDisk(const Disk &disk) const override;
    qint64 creationSeconds(int dataGiB) const override;
    QStringList creationGuidance(OsType osType) const override;
    bool supportsCreateFromSnapshots() const override { return true; }
    CopyRule copyRule() const override { return {true, false, false}; }
    // CreateImage TagSpecification: up to 50 tags per resource.
    bool supportsImageTags() const override { return true; }
    int maxImageTags() const override { return 50; }
    int maxNameLength() const override { return 60; }
    int maxDescriptionLength() const override { return 256; }
};

} // namespace imprint
