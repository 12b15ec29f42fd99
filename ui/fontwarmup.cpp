#include "fontwarmup.h"
#include "workerpool.h"

#include <QFontDatabase>
#include <QThreadPool>

namespace imprint {

void warmUpFonts()
{
    workerPool()->start([] { QFontDatabase::families(); });
}

} // namespace imprint
