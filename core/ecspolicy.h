#pragma once

#include "productpolicy.h"

namespace imprint {

// Seeds 002 and 004: Alibaba Cloud ECS custom images.
class EcsPolicy : public ProductPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EcsPolicy)

public:
    // No seed figure; the reference's "100 per region" (2021 doc), the simulator's quota.
    EcsPolicy()
        : ProductPolicy({100})
    {}
    Product product() const override { return Product::Ecs; }
    ImagePricing imagePricing() const override { return ImagePricing::SnapshotStorage; }
    ShutdownRule shutdownRule() const override { return ShutdownRule::MayStayRunning; }
    DataDiskRule dataDiskRule() const override { return DataDiskRule::AllAutomatic; }
    qint64 creationSeconds(int dataGiB) const override;
    QStringList creationGuidance(OsType osType) const override;
    bool supportsCreateFromSnapshots() const override { return true; }
    CopyRule copyRule() const override { return {true, false, false}; }
    // DeleteSnapshot refuses a snapshot that backs a custom image (SnapshotCreatedImage):
    // delete the image first. Deleting the image keeps its snapshots (and their billing).
    bool associatedSnapshotsDeletableAlone() const override { return false; }
    int defaultEmptyDataDiskGiB() const override { return 5; }
    // Alibaba's disk categories: cloud_essd, cloud_ssd, cloud_efficiency, cloud.
    QString diskKindName(DiskKind kind) const override;
    // Cloud disks only: local disks come with particular instance families, never chosen.
    QList<DiskKind> launchDiskKinds(DiskRole role) const override;
    // Seed 004: optional tags for classification; 20 per resource, keys and values up to 128.
    bool supportsImageTags() const override { return true; }
    int maxImageTags() const override { return 20; }
    int maxTagKeyLength() const override { return 128; }
    int maxTagValueLength() const override { return 128; }
    // TagResources: a key must not start with "aliyun" or "acs:", a value not with "acs:", and
    // neither may contain "http://" or "https://".
    Status validateTag(const Tag &tag) const override;
    int maxNameLength() const override { return 128; }
    int maxDescriptionLength() const override { return 256; }
    // 2-128 characters, starting with a letter or a Chinese character; letters, digits, ':',
    // '_', '.', '-' and Chinese characters; no "http(s)://", "acs:" or "aliyun" prefix.
    Status validateName(const QString &name) const override;
    // Optional; when given, 2-256 characters and not starting with "http(s)://".
    Status validateDescription(const QString &description) const override;
};

} // namespace imprint
