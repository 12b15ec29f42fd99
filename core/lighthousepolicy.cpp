#include "lighthousepolicy.h"

namespace imprint {

qint64 LighthousePolicy::creationSeconds(int dataGiB) const
{
    // "Ten minutes or more, which depends on the data size."
    return 10 * 60 + qint64(qMax(0, dataGiB)) * 6;
}

QStringList LighthousePolicy::creationGuidance(OsType) const
{
    // The forced shut-down is the consent box on the same page; only what it does not say.
    return {tr("Creation takes ten minutes or more, depending on the data size: plan ahead to "
               "avoid affecting your business.")};
}

QList<DiskKind> LighthousePolicy::launchDiskKinds(DiskRole) const
{
    return {DiskKind::CloudPremium, DiskKind::CloudSsd};
}

} // namespace imprint
