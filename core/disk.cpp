#include "disk.h"

#include "productpolicy.h"

#include <QCoreApplication>

namespace imprint {

QString diskKindName(Product product, DiskKind kind)
{
    return ProductPolicy::forProduct(product).diskKindName(kind);
}

QString diskRoleName(DiskRole role)
{
    return role == DiskRole::System ? QCoreApplication::translate("Disk", "System disk")
                                    : QCoreApplication::translate("Disk", "Data disk");
}

QString diskSizeText(const Disk &disk)
{
    if (!disk.usedGiB)
        return QCoreApplication::translate("Disk", "%1 GiB").arg(disk.sizeGiB);
    return QCoreApplication::translate("Disk", "%1 GiB (%2 GiB used)")
        .arg(disk.sizeGiB)
        .arg(*disk.usedGiB);
}

} // namespace imprint
