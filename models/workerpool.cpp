#include "workerpool.h"

#include <QThreadPool>

namespace imprint {

QThreadPool *workerPool()
{
    static QThreadPool pool;
    return &pool;
}

} // namespace imprint
