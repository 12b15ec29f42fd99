#include "disk.h"

#include <QCoreApplication>

namespace imprint {

QString diskKindName(DiskKind kind)
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return QCoreApplication::translate("Disk", "Premium cloud disk");
    case DiskKind::CloudSsd:
        return QCoreApplication::translate("Disk", "SSD cloud disk");
    case DiskKind::CloudBasic:
        return QCoreApplication::translate("Disk", "Basic cloud disk");
    case DiskKind::EconomyCloud:
        return QCoreApplication::translate("Disk", "Economy cloud disk");
    case DiskKind::Local:
        return QCoreApplication::translate("Disk", "Local disk");
    }
    return {};
}

QString diskRoleName(DiskRole role)
{
    return role == DiskRole::System ? QCoreApplication::translate("Disk", "System disk")
                                    : QCoreApplication::translate("Disk", "Data disk");
}

} // namespace imprint
