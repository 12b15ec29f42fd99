#include "retrypolicy.h"

#include <algorithm>

namespace imprint {

int RetryPolicy::delayMs(int attemptsMade, QRandomGenerator &random) const
{
    // 2^20 * base is far beyond any sensible maximum; the cap keeps the shift defined.
    const int doublings = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 ceiling =
        std::min<qint64>(qMax(0, maxDelayMs), qint64(qMax(0, baseDelayMs)) << doublings);
    const qint64 half = ceiling / 2;
    return int(half + (ceiling - half > 0 ? random.bounded(int(ceiling - half + 1)) : 0));
}

} // namespace imprint
