#pragma once

#include "productpolicy.h"

namespace imprint {

// Seed 001: UCloud UHost custom images.
class UHostPolicy : public ProductPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UHostPolicy)

public:
    UHostPolicy();
    Product product() const override { return Product::UHost; }
    ImagePricing imagePricing() const override { return ImagePricing::ParentImagePrice; }
    ShutdownRule shutdownRule() const override { return ShutdownRule::NotRequired; }
    DataDiskRule dataDiskRule() const override { return DataDiskRule::OptionalPerDisk; }
    Status canAssociateDisk(const Disk &disk) const override;
    bool associationNeedsSnapshotService() const override { return true; }
    qint64 creationSeconds(int dataGiB) const override;
    QStringList creationGuidance(OsType osType) const override;
    CopyRule copyRule() const override { return {true, true, true}; }
    bool deleteRemovesAssociatedSnapshots() const override { return true; }
    bool associatedSnapshotsDeletableAlone() const override { return false; }
    bool snapshotBillingContinuesAfterDelete() const override { return true; }
    QString descriptionLabel() const override;
    bool confinesLaunchToSnapshotZone() const override { return true; }
    bool refusesLocalDisksWithDataSnapshots() const override { return true; }
    bool inheritsParentTypeRestrictions() const override { return true; }
    // The seed names it: a Windows parent forbids "enable network acceleration".
    bool offersNetworkAcceleration() const override { return true; }
    // UCloud's names: RSSD, SSD and standard cloud disks, economy cloud disks, local disks.
    QString diskKindName(DiskKind kind) const override;
    QString otherRegionHint() const override;
    // UCloud documents no limits; these are the simulator's assumptions.
    int maxNameLength() const override { return 63; }
    int maxDescriptionLength() const override { return 255; }
};

} // namespace imprint
