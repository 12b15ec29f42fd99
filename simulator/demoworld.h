#pragma once

#include "cloudstate.h"

#include <QDateTime>

namespace imprint {

// The world a fresh simulator starts with: regions of all four products with real-looking ids,
// instances with several kinds of disks, snapshots and custom images that exercise every rule
// in design.md (a Lighthouse region near its quota, UHost images with data-disk snapshots, a
// Windows parent and a paid parent, ECS snapshots including an encrypted one, ...).
//
// Deterministic: the same scale and start instant always give the same world (fixed seed, ids
// from a counter), so tests and screenshots can name its records.
class DemoWorld
{
public:
    // scale 0: the normal demo. scale N > 0: the demo plus N thousand images and N thousand
    // instances spread over every region, for testing how the application copes with size.
    static CloudState build(const QDateTime &now, int scale = 0);

    static qint64 initialBalanceFen(int scale);
};

} // namespace imprint
