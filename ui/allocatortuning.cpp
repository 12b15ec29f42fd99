#include "allocatortuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace imprint {

void avoidAllocatorStalls()
{
#if defined(__GLIBC__)
    mallopt(M_MXFAST, 0);
#endif
}

} // namespace imprint
