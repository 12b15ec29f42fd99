#pragma once

#include "image.h"
#include "imagequota.h"
#include "pricelist.h"
#include "productpolicy.h"

#include <QList>

namespace imprint {

// Estimated monthly cost of custom images, in CNY minor units (fen), from simulated list
// prices. One place computes it so that tables, wizards and the dashboard agree.
class CostEstimator
{
public:
    explicit CostEstimator(PriceList prices = PriceList::simulatedListPrices());

    // One image's monthly cost. billedBeyondFreeTier: for a per-image price (Lighthouse),
    // whether this image is beyond the region's free tier.
    qint64 imageMonthlyFen(const Image &image, bool billedBeyondFreeTier) const;
    // All custom images of one product in one region (free tier applied once).
    qint64 regionMonthlyFen(Product product, const QList<Image> &imagesInRegion) const;
    // What one more image would add in a region that already holds `quota.used` images.
    qint64 nextImageMonthlyFen(const ImageQuota &quota, const Image &prospective) const;
    // Snapshot storage that backs the images, GiB (ECS, CVM; UHost data-disk snapshots).
    static int snapshotGiB(const Image &image);

    // "¥7.20"
    static QString formatFen(qint64 fen);

private:
    PriceList m_prices;
};

} // namespace imprint
