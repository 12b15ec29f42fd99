#pragma once

#include "product.h"

#include <QString>

namespace imprint {

// Custom images in one region against the product's quota and free tier.
struct ImageQuota
{
    Product product = Product::Lighthouse;
    QString regionId;
    int used = 0; // custom images that count against the quota (every state)
    int quota = 0;
    int freeTier = 0; // images free of charge (Lighthouse: 5); 0 when not applicable
    // Where `quota` comes from when the cloud's API does not report it (ECS has no image-quota
    // API): one sentence the UI shows. Empty: the cloud (or the simulator) reported it.
    QString source;

    int remaining() const { return qMax(0, quota - used); }
    int billedImages() const { return freeTier > 0 ? qMax(0, used - freeTier) : 0; }
    bool isFull() const { return used >= quota; }

    friend bool operator==(const ImageQuota &, const ImageQuota &) = default;
};

} // namespace imprint
