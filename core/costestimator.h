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
    // whether this image is beyond the region's free tier; ignored by the other products.
    // ECS/CVM: snapshotGiB x price (the ECS free 5 GiB applies per region, not per image).
    // UHost: the parent image's fee + data-disk snapshot GiB x price.
    qint64 imageMonthlyFen(const Image &image, bool billedBeyondFreeTier) const;
    // All custom images of one product in one region (free tier applied once). Every state
    // counts, ToBeRepossessed included (they are billed again once the account is topped up);
    // a snapshot shared by several images counts once; other products' images are ignored.
    qint64 regionMonthlyFen(Product product, const QList<Image> &imagesInRegion) const;
    // What one more image would add in a region that already holds `quota.used` images.
    // Lighthouse: the per-image price once quota.used reaches the free tier, else 0. Others:
    // imageMonthlyFen(prospective). The product is quota.product.
    qint64 nextImageMonthlyFen(const ImageQuota &quota, const Image &prospective) const;
    // Snapshot storage that backs one image, GiB: the system disk when the image names a
    // system-disk snapshot or its product bills through snapshot storage (ECS, CVM), plus
    // every data disk that carries a snapshot. Empty data disks (no snapshot) count 0.
    static int snapshotGiB(const Image &image);
    // Snapshot storage behind all custom images of one product in one region, GiB, counted as
    // regionMonthlyFen counts it before any free allowance: a shared snapshot once, UHost's
    // data-disk snapshots only (its system disk is an image). Lighthouse images count the
    // system snapshots they name, though Lighthouse prices per image, not by storage. Other
    // products' images are ignored.
    static qint64 regionSnapshotGiB(Product product, const QList<Image> &imagesInRegion);

    // "¥7.20", "-¥3.10": yuan sign U+00A5, two decimals, no grouping, locale-independent.
    static QString formatFen(qint64 fen);

private:
    PriceList m_prices;
};

} // namespace imprint
