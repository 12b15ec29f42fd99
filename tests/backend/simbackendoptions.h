#pragma once

// What the integration tests of every cloud's client against the real imprint-sim give their
// backend: the server's address and key, short timeouts and back-off, and more attempts when
// the server injects faults. With 30% of requests failing, five attempts lose about one call in
// 400; ten make a lost cycle practically impossible while every give-up still stays bounded.

#include "simprocess.h"

#include <QStringList>
#include <QUrl>

template <typename Options> Options simBackendOptions(const QUrl &url, bool faults)
{
    Options options;
    options.endpoint = url;
    options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
    options.transferTimeoutMs = 5000;
    options.retry.maxAttempts = faults ? 10 : 5;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 300;
    options.pollIntervalMs = 200;
    options.refreshIntervalMs = 0;
    return options;
}

// imprint-sim's arguments for a faults run (20% of connections dropped, 10% of requests
// throttled, reproducible by `seed`); none for a healthy one.
inline QStringList simFaultArguments(bool faults, int seed)
{
    if (!faults)
        return {};
    return {QStringLiteral("--faults"), QStringLiteral("drop=0.2,ratelimit=0.1"),
            QStringLiteral("--faults-seed"), QString::number(seed)};
}
