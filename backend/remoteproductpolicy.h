#pragma once

#include "imagequota.h"
#include "productpolicy.h"

#include <QHash>
#include <QString>

namespace imprint {

// A product's rules as ProductPolicy::forProduct has them, with the image quota the cloud
// reports instead of the seed's figure (design.md: CVM's live quota is larger than the seed's
// 10; the remote backend asks DescribeImageQuota / DescribeGeneralResourceQuotas rather than
// assume). Until a region's quota is known, the seed's figure stands.
//
// Every rule is forwarded to the base policy, so the wizards see the same behaviour as with
// the simulator except for the numbers the cloud owns. Lives in the GUI thread, where the
// UI asks it.
class RemoteProductPolicy : public ProductPolicy
{
public:
    // `editUnavailableReason`: ProductApi::editUnavailableReason() of the product's API.
    explicit RemoteProductPolicy(Product product, QString editUnavailableReason = {});

    void setQuota(const ImageQuota &quota);

    Product product() const override { return m_base.product(); }
    int customImageQuota(const QString &regionId) const override;
    int freeImagesPerRegion() const override;
    ImagePricing imagePricing() const override { return m_base.imagePricing(); }
    ShutdownRule shutdownRule() const override { return m_base.shutdownRule(); }
    DataDiskRule dataDiskRule() const override { return m_base.dataDiskRule(); }
    Status canAssociateDisk(const Disk &disk) const override
    {
        return m_base.canAssociateDisk(disk);
    }
    bool associationNeedsSnapshotService() const override
    {
        return m_base.associationNeedsSnapshotService();
    }
    qint64 creationSeconds(int dataGiB) const override { return m_base.creationSeconds(dataGiB); }
    QStringList creationGuidance(OsType osType) const override
    {
        return m_base.creationGuidance(osType);
    }
    bool supportsCreateFromSnapshots() const override
    {
        return m_base.supportsCreateFromSnapshots();
    }
    Status validateSnapshotSelection(const QList<Snapshot> &snapshots) const override
    {
        return m_base.validateSnapshotSelection(snapshots);
    }
    CopyRule copyRule() const override { return m_base.copyRule(); }
    bool deleteNeedsConfirmation() const override { return m_base.deleteNeedsConfirmation(); }
    bool deleteRemovesAssociatedSnapshots() const override
    {
        return m_base.deleteRemovesAssociatedSnapshots();
    }
    bool associatedSnapshotsDeletableAlone() const override
    {
        return m_base.associatedSnapshotsDeletableAlone();
    }
    bool snapshotBillingContinuesAfterDelete() const override
    {
        return m_base.snapshotBillingContinuesAfterDelete();
    }
    QString descriptionLabel() const override { return m_base.descriptionLabel(); }
    QString imageEditUnavailableReason() const override
    {
        return m_editUnavailable.isEmpty() ? m_base.imageEditUnavailableReason()
                                           : m_editUnavailable;
    }
    int maxLaunchCount() const override { return m_base.maxLaunchCount(); }
    bool offersNetworkAcceleration() const override { return m_base.offersNetworkAcceleration(); }
    bool supportsImageTags() const override { return m_base.supportsImageTags(); }
    int maxImageTags() const override { return m_base.maxImageTags(); }
    QString diskKindName(DiskKind kind) const override { return m_base.diskKindName(kind); }
    QList<DiskKind> launchDiskKinds(DiskRole role) const override
    {
        return m_base.launchDiskKinds(role);
    }
    bool confinesLaunchToSnapshotZone() const override
    {
        return m_base.confinesLaunchToSnapshotZone();
    }
    bool refusesLocalDisksWithDataSnapshots() const override
    {
        return m_base.refusesLocalDisksWithDataSnapshots();
    }
    bool inheritsParentTypeRestrictions() const override
    {
        return m_base.inheritsParentTypeRestrictions();
    }
    int defaultEmptyDataDiskGiB() const override { return m_base.defaultEmptyDataDiskGiB(); }
    bool offersPreinstalledApplications() const override
    {
        return m_base.offersPreinstalledApplications();
    }
    bool billingIndependentOfSource() const override { return m_base.billingIndependentOfSource(); }
    QString otherRegionHint() const override { return m_base.otherRegionHint(); }
    OverdueRule overdueRule() const override { return m_base.overdueRule(); }
    int maxNameLength() const override { return m_base.maxNameLength(); }
    int maxDescriptionLength() const override { return m_base.maxDescriptionLength(); }
    Status validateName(const QString &name) const override { return m_base.validateName(name); }
    Status validateDescription(const QString &description) const override
    {
        return m_base.validateDescription(description);
    }

private:
    const ProductPolicy &m_base;
    QString m_editUnavailable;
    QHash<QString, int> m_quotas; // by region id
    int m_freeTier = -1;          // -1: not reported yet
};

} // namespace imprint
