#pragma once

namespace imprint {

// Starts loading the system's fonts on a worker thread, to be called right after the
// application object is made. Fontconfig parses its configuration and font list the first
// time any text is measured; on the GUI thread that would take several milliseconds of the
// first frame. QFontDatabase is thread-safe: should the window need a font before the worker
// is done, the GUI thread waits on the database's lock instead of doing the work twice.
void warmUpFonts();

} // namespace imprint
