#include "cvmpolicy.h"

#include <QCoreApplication>

namespace imprint {

qint64 CvmPolicy::creationSeconds(int dataGiB) const
{
    return 3 * 60 + qint64(qMax(0, dataGiB)) * 4;
}

Status CvmPolicy::canAssociateDisk(const Disk &disk) const
{
    if (Status s = ProductPolicy::canAssociateDisk(disk); !s)
        return s;
    if (disk.kind == DiskKind::Local)
        return Error(ErrorCode::DiskNotAssociable,
                     QCoreApplication::translate(
                         "CvmPolicy", "Local data disks cannot be included in a CVM image; "
                                      "choose cloud data disks only."));
    return {};
}

QStringList CvmPolicy::creationGuidance(OsType) const
{
    return {QCoreApplication::translate(
                "CvmPolicy", "Shut the instance down first, so the image has exactly the "
                             "environment the instance has."),
            QCoreApplication::translate(
                "CvmPolicy", "To keep data-disk data, snapshot the data disk and create a new "
                             "disk from that snapshot when you launch.")};
}

} // namespace imprint
