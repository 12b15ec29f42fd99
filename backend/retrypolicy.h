#pragma once

#include <QRandomGenerator>

namespace imprint {

// How often and how soon RemoteCaller tries a call again after a transient failure
// (network error, HTTP 5xx, a rate limit), whatever the cloud.
//
// Why exponential back-off with jitter: a rate limit or a busy gateway means "too many requests
// right now", and clients that retry on a fixed beat hit it again together. Doubling the wait
// spreads a burst out; the random half ("equal jitter") keeps the region fan-out of one client,
// or many clients, from retrying in lockstep. Attempts are bounded so that a failure always ends
// in an error the user sees, never in a hang.
class RetryPolicy
{
public:
    int maxAttempts = 5;   // the first try included
    int baseDelayMs = 500; // the wait before the second attempt is 1/2..1 of this
    int maxDelayMs = 8000; // no single wait is longer

    bool canRetry(int attemptsMade) const { return attemptsMade < maxAttempts; }
    // The wait after `attemptsMade` (>= 1) failed attempts: half of
    // min(maxDelayMs, baseDelayMs * 2^(attemptsMade - 1)) plus a random part of up to the other
    // half.
    int delayMs(int attemptsMade, QRandomGenerator &random) const;
};

} // namespace imprint
