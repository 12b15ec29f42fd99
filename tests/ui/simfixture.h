#pragma once

#include "clock.h"
#include "simulatorbackend.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace imprint {

// An embedded simulator on a fresh demo world in a temporary folder, with a manual clock and
// no timer: tests move time themselves.
class SimFixture
{
public:
    // demoScale: 0 is the hand-made demo world; N adds about N thousand images and instances.
    bool start(int demoScale = 0)
    {
        if (!m_dir.isValid())
            return false;
        backend = std::make_unique<SimulatorBackend>(std::make_unique<ManualClock>());
        SimulatorBackend::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("simulator.sqlite"));
        options.tickIntervalMs = 0;
        options.demoScale = demoScale;
        return wait(backend->start(options)).ok();
    }

    template <typename T> static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

    // Moves simulated time and lets the queued change signals reach this thread.
    void advance(qint64 seconds)
    {
        wait(backend->advanceClock(seconds));
        QCoreApplication::processEvents();
    }

    template <typename Pred> Instance findInstance(Pred pred)
    {
        for (const Instance &i : wait(backend->fetchInstances({})).value())
            if (pred(i))
                return i;
        return {};
    }
    template <typename Pred> Image findImage(Pred pred)
    {
        for (const Image &i : wait(backend->fetchImages({})).value())
            if (pred(i))
                return i;
        return {};
    }
    Region region(Product product, const QString &id)
    {
        for (const Region &r : wait(backend->fetchRegions()).value())
            if (r.product == product && r.id == id)
                return r;
        return {};
    }

    std::unique_ptr<SimulatorBackend> backend;

private:
    QTemporaryDir m_dir;
};

} // namespace imprint
