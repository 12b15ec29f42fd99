#include "image.h"

#include "region.h"

#include <QCoreApplication>

namespace imprint {

QString imageStateName(ImageState state)
{
    switch (state) {
    case ImageState::Creating:
        return QCoreApplication::translate("Image", "Creating");
    case ImageState::Available:
        return QCoreApplication::translate("Image", "Available");
    case ImageState::Failed:
        return QCoreApplication::translate("Image", "Failed");
    case ImageState::Copying:
        return QCoreApplication::translate("Image", "Copying");
    case ImageState::ToBeRepossessed:
        return QCoreApplication::translate("Image", "To be repossessed");
    }
    return {};
}

QString Image::regionKey() const
{
    return Region::regionKey(product, regionId);
}

QStringList Image::snapshotIds() const
{
    QStringList ids;
    if (!systemSnapshotId.isEmpty())
        ids << systemSnapshotId;
    for (const ImageDataDisk &d : dataDisks)
        if (!d.snapshotId.isEmpty())
            ids << d.snapshotId;
    return ids;
}

int Image::totalSizeGiB() const
{
    int total = systemDiskGiB;
    for (const ImageDataDisk &d : dataDisks)
        total += d.sizeGiB;
    return total;
}

} // namespace imprint
