#pragma once

#include "disk.h"
#include "product.h"

#include <QDateTime>
#include <QString>

namespace imprint {

enum class SnapshotState { Creating = 0, Available = 1 };

struct Snapshot
{
    QString id;
    Product product = Product::Lighthouse;
    QString regionId;
    QString zoneId;
    QString name;
    QString sourceDiskId;
    QString sourceInstanceId;
    DiskRole role = DiskRole::System;
    DiskKind diskKind = DiskKind::CloudPremium;
    int sizeGiB = 0;
    bool encrypted = false;
    SnapshotState state = SnapshotState::Available;
    QDateTime createdAt;
    // Set when the snapshot backs a custom image (UHost data-disk association, ECS/CVM image
    // snapshots). UHost forbids deleting such a snapshot on its own.
    QString imageId;

    QString regionKey() const;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace imprint
