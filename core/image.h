#pragma once

#include "instance.h"
#include "product.h"
#include "tag.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace imprint {

enum class ImageState {
    Creating = 0,
    Available = 1,
    Failed = 2,
    Copying = 3,
    ToBeRepossessed = 4, // Lighthouse, account overdue: unusable until topped up
};
QString imageStateName(ImageState state);

// A data disk that an instance launched from the image will get.
struct ImageDataDisk
{
    QString snapshotId; // empty: an empty disk of the product's default size
    int sizeGiB = 0;

    friend bool operator==(const ImageDataDisk &, const ImageDataDisk &) = default;
};

struct Image
{
    QString id;
    Product product = Product::Lighthouse;
    QString regionId;
    QString projectId; // UHost
    QString name;
    QString description;
    ImageState state = ImageState::Creating;
    int progress = 0; // 0..100 while creating or copying
    OsType osType = OsType::Linux;
    QString osName;
    QString sourceInstanceId;
    QString sourceImageId;          // for copies
    bool madeFromSnapshots = false; // sourceInstanceId then names the snapshots' instance
    QList<Tag> tags{};              // where the product supports image tags
    QString systemSnapshotId;       // the system-disk snapshot that backs it, where one exists
    QList<ImageDataDisk> dataDisks;
    int systemDiskGiB = 0;
    // Zone of the associated data-disk snapshots (UHost): launches are confined to it.
    QString snapshotZoneId;
    // Restrictions inherited from the parent image (UHost: Windows parent).
    bool parentIsWindows = false;
    // Monthly fee of a paid parent (market) image, CNY minor units; 0 when free.
    qint64 parentMonthlyFeeFen = 0;
    QDateTime createdAt;
    QDateTime repossessedAt; // when it entered ToBeRepossessed

    QString regionKey() const;
    bool isUsable() const { return state == ImageState::Available; }
    QStringList snapshotIds() const; // system first, then data-disk snapshots
    int totalSizeGiB() const;

    // Value semantics, every field: the remote backend's change detection compares records.
    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace imprint
