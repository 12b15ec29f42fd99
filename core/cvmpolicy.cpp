#include "cvmpolicy.h"

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
                     tr("Local data disks cannot be included in a CVM image; choose cloud data "
                        "disks only."));
    return {};
}

QStringList CvmPolicy::creationGuidance(OsType) const
{
    // The shut-down itself is the page's own choice: the checklist does not repeat it. The
    // seed's data advice applies to the disks the user left out on the data-disk page.
    return {tr("Data disks you did not include are not in the image: to keep their data, "
               "snapshot them and create disks from those snapshots when you launch.")};
}

} // namespace imprint
