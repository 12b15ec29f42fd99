#pragma once

#include "product.h"

#include <QMetaType>
#include <QString>

#include <optional>

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
    // Data written, where the cloud reports it: the simulator does, the clouds' instance APIs do
    // not (nullopt). Image creation time grows with it.
    std::optional<int> usedGiB;

    // What an estimate counts: the data written, or the whole disk when that is not known.
    int usedOrSizeGiB() const { return usedGiB.value_or(sizeGiB); }

    friend bool operator==(const Disk &, const Disk &) = default;
};

// "40 GiB (12 GiB used)", or "40 GiB" where the cloud does not report the usage.
QString diskSizeText(const Disk &disk);

} // namespace imprint
