#include "uhostpolicy.h"

#include <QHash>

namespace imprint {

// The seed's quota table, keyed by UCloud region id; 10 elsewhere.
UHostPolicy::UHostPolicy()
    : ProductPolicy({10,
                     {
                         {QStringLiteral("cn-bj1"), 30}, // North China One
                         {QStringLiteral("cn-bj2"), 30}, // North China Two
                         {QStringLiteral("cn-sh2"), 30}, // Shanghai Two
                         {QStringLiteral("cn-gd"), 10},  // Guangdong
                         {QStringLiteral("hk"), 10},     // Hong Kong
                         {QStringLiteral("us-ca"), 10},  // California
                     }})
{}

Status UHostPolicy::canAssociateDisk(const Disk &disk) const
{
    if (Status s = ProductPolicy::canAssociateDisk(disk); !s)
        return s;
    if (disk.kind == DiskKind::EconomyCloud)
        return Error(ErrorCode::DiskNotAssociable,
                     tr("Disk %1 is an economy cloud disk, and UHost "
                        "cannot associate economy cloud disks with an "
                        "image; leave this disk out.")
                         .arg(disk.id));
    if (disk.kind == DiskKind::Local)
        return Error(ErrorCode::DiskNotAssociable, tr("Disk %1 is a local disk, and UHost cannot "
                                                      "associate local disks with an image; leave "
                                                      "this disk out.")
                                                       .arg(disk.id));
    return {};
}

qint64 UHostPolicy::creationSeconds(int dataGiB) const
{
    return 2 * 60 + qint64(qMax(0, dataGiB)) * 3;
}

QStringList UHostPolicy::creationGuidance(OsType) const
{
    return {tr("Do not change network settings or other critical system configuration before "
               "creating the image: the image may fail to be created or fail to start.")};
}

QString UHostPolicy::otherRegionHint() const
{
    return tr(
        "An image in a region can only create hosts in that region. To create hosts in other "
        "regions, submit a ticket to upgrade the image to regional-level permissions, or copy "
        "the image (system disk only) to the other region.");
}

QString UHostPolicy::diskKindName(DiskKind kind) const
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return tr("RSSD cloud disk");
    case DiskKind::CloudSsd:
        return tr("SSD cloud disk");
    case DiskKind::CloudBasic:
        return tr("Standard cloud disk");
    case DiskKind::EconomyCloud:
        return tr("Economy cloud disk");
    case DiskKind::Local:
        return tr("Local disk");
    }
    return {};
}

QString UHostPolicy::descriptionLabel() const
{
    return tr("Remarks");
}

} // namespace imprint
