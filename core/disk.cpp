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

} // namespace imprint
