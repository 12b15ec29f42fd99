#pragma once

namespace imprint {

// Makes glibc's allocator free small blocks for good at once instead of keeping them in its
// "fast bins", to be called first thing in main().
//
// Why: a load hands the GUI thread hundreds of thousands of strings, and when they are
// released the fast bins fill up. The next larger allocation on the GUI thread (a repaint's
// region, say) then consolidates every one of them in one go: 16 ms of a 42 ms pass in the
// stall probe with three accounts loading. Without fast bins that work is spread over the
// frees themselves. A no-op where the C library is not glibc.
void avoidAllocatorStalls();

} // namespace imprint
