#include "lighthousepolicy.h"

#include <QCoreApplication>

namespace imprint {

int LighthousePolicy::customImageQuota(const QString &) const
{
    return 20;
}

qint64 LighthousePolicy::creationSeconds(int dataGiB) const
{
    // "Ten minutes or more, which depends on the data size."
    return 10 * 60 + qint64(qMax(0, dataGiB)) * 6;
}

QStringList LighthousePolicy::creationGuidance(OsType) const
{
    return {QCoreApplication::translate("LighthousePolicy",
                                        "The instance is shut down while the image is made."),
            QCoreApplication::translate(
                "LighthousePolicy",
                "Creation takes ten minutes or more, depending on the data size: plan ahead to "
                "avoid affecting your business.")};
}

} // namespace imprint
