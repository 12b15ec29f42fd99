#include "fontwarmup.h"

#include <QFontDatabase>
#include <QThreadPool>

namespace imprint {

void warmUpFonts()
{
    QThreadPool::globalInstance()->start([] { QFontDatabase::families(); });
}

} // namespace imprint
