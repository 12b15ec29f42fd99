#pragma once

// What the integration tests of every cloud's client against the real imprint-sim share beside
// SimProcess (tests/server): a bounded wait on a backend's future. The backend works in its own
// thread, so a test may simply block on a future - bounded, so that a hang fails the test
// instead of stalling it.

#include "error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>

template <typename T> T await(QFuture<T> future, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!future.isFinished())
        return T(imprint::Error(imprint::ErrorCode::Timeout,
                                QStringLiteral("test: the call never answered (a hang)")));
    QCoreApplication::processEvents();
    return future.result();
}
