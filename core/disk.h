#pragma once

#include "product.h"

#include <QMetaType>
#include <QString>

namespace imprint {

enum class DiskRole { System = 0, Data = 1 };

// Kinds that matter to the rules: UHost cannot associate economy cloud disks or local disks.
enum class DiskKind {
    CloudPremium = 0,
    CloudSsd = 1,
    CloudBasic = 2,   // ECS "basic disk": empty default data disk is 5 GiB
    EconomyCloud = 3, // UHost economy cloud disk
    Local = 4,        // local (instance-store) disk
};

// The product's own name for the kind (its policy's vocabulary): there is no product-less name.
QString diskKindName(Product product, DiskKind kind);
QString diskRoleName(DiskRole role);

struct Disk
{
    QString id;
    DiskRole role = DiskRole::System;
    DiskKind kind = DiskKind::CloudPremium;
    int sizeGiB = 0;
    int usedGiB = 0; // data written; image creation time grows with it

    friend bool operator==(const Disk &, const Disk &) = default;
};

} // namespace imprint
