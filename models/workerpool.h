#pragma once

class QThreadPool;

namespace imprint {

// The threads of the window's own background work: loads, sorts, filters, counts.
//
// Why not QThreadPool::globalInstance(): Qt's raster paint engine splits large fills over the
// global pool and waits for them on the GUI thread. Behind a 100 ms sort or a load there, a
// paint waited as long: the stall probe saw passes of 700 ms with three accounts loading.
// With our work in a pool of its own, the global pool stays free for Qt's paints.
QThreadPool *workerPool();

} // namespace imprint
