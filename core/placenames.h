#pragma once

#include <QString>

namespace imprint {

// The names of regions and zones in the UI's language. Clouds and the simulator name them in
// English ("South China (Guangzhou)", "Guangzhou Zone 3"); the Chinese UI shows what the
// providers' Chinese consoles call them. A name this table does not know (a region a cloud
// added later, or one a cloud already answered in Chinese) is shown as it came.
QString placeName(const QString &name);

} // namespace imprint
