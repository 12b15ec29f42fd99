#include "costestimator.h"

#include "stringhash.h"

#include <algorithm>
#include <unordered_set>

namespace imprint {

// Definitions used below (all figures are simulated list prices, see PriceList):
//
// snapshotGiB(image): the snapshot storage that backs one image.
//   - The system disk counts when the image names a system-disk snapshot, or when the product
//     bills images through snapshot storage (ECS, CVM: those images always consist of a
//     system-disk snapshot, even when the simulator has not given it an id yet).
//   - Every data disk that carries a snapshot counts with its size. A data disk without a
//     snapshot is an empty disk made at launch (ECS default 5 GiB): no storage, no cost.
//   - UHost's system disk is an image, not a snapshot, so it counts only when the image
//     explicitly names a system snapshot; the UHost price ignores it anyway (see below).
//
// imageMonthlyFen(image): one image on its own.
//   - Lighthouse: the per-image price when the image is beyond the free tier, else 0.
//   - ECS, CVM: snapshotGiB x price. The ECS free 5 GiB is an allowance of the region's whole
//     snapshot storage, so it is applied in regionMonthlyFen only, never per image: a single
//     image's figure is what it adds before any allowance (an upper bound).
//   - UHost: the parent image's fee (free public parent: 0) plus the associated data-disk
//     snapshots x price. The system disk is never billed as a snapshot.
//
// regionMonthlyFen(product, images): every image of the product in one region counts, in
// every state (Creating, Available, Failed, Copying, ToBeRepossessed), just as they all count
// against ImageQuota::used. ToBeRepossessed images are counted on purpose: the figure is the
// steady monthly cost, and an isolated image returns to Available (and to billing) as soon as
// the account is topped up; it also keeps the total consistent with ImageQuota::billedImages().
// A snapshot shared by several images (two ECS images made from the same system snapshot) is
// stored, and billed, once. Images of other products in the list are ignored.

namespace {

bool usesSnapshotStorage(Product product)
{
    return ProductPolicy::forProduct(product).imagePricing() == ImagePricing::SnapshotStorage;
}

// GiB of the snapshots one image keeps, summed in place: a cost sort asks this of every
// image, so no list per image.
int imageSnapshotGiB(const Image &image, bool includeSystemDisk)
{
    int total = 0;
    if (includeSystemDisk &&
        (!image.systemSnapshotId.isEmpty() || usesSnapshotStorage(image.product)))
        total += qMax(0, image.systemDiskGiB);
    for (const ImageDataDisk &d : image.dataDisks)
        if (!d.snapshotId.isEmpty())
            total += qMax(0, d.sizeGiB);
    return total;
}

int dataSnapshotGiB(const Image &image)
{
    return imageSnapshotGiB(image, false);
}

// Snapshot GiB of several images, each named snapshot counted once. Called on every change
// of a region's images, with tens of thousands of them: no list per image, a fast set.
qint64 distinctSnapshotGiB(const QList<Image> &images, bool includeSystemDisk)
{
    qint64 total = 0;
    std::unordered_set<QString, FastStringHash> seen;
    const auto count = [&](const QString &id, int sizeGiB) {
        if (!id.isEmpty() && !seen.insert(id).second)
            return;
        total += qMax(0, sizeGiB);
    };
    for (const Image &image : images) {
        if (includeSystemDisk &&
            (!image.systemSnapshotId.isEmpty() || usesSnapshotStorage(image.product)))
            count(image.systemSnapshotId, image.systemDiskGiB);
        for (const ImageDataDisk &d : image.dataDisks)
            if (!d.snapshotId.isEmpty())
                count(d.snapshotId, d.sizeGiB);
    }
    return total;
}

// The images of `product`: the list itself when it holds no other (a region's row, the usual
// case: shared, not copied), else a filtered copy.
QList<Image> ofProduct(Product product, const QList<Image> &images)
{
    if (std::all_of(images.cbegin(), images.cend(),
                    [product](const Image &image) { return image.product == product; }))
        return images;
    QList<Image> out;
    for (const Image &image : images)
        if (image.product == product)
            out.append(image);
    return out;
}

} // namespace

CostEstimator::CostEstimator(PriceList prices)
    : m_prices(prices)
{}

int CostEstimator::snapshotGiB(const Image &image)
{
    return imageSnapshotGiB(image, true);
}

qint64 CostEstimator::imageMonthlyFen(const Image &image, bool billedBeyondFreeTier) const
{
    switch (ProductPolicy::forProduct(image.product).imagePricing()) {
    case ImagePricing::PerImageBeyondFreeTier:
        return billedBeyondFreeTier ? m_prices.lighthouseExtraImageFenPerMonth() : 0;
    case ImagePricing::SnapshotStorage:
        return qint64(snapshotGiB(image)) * m_prices.snapshotFenPerGbMonth;
    case ImagePricing::ParentImagePrice:
        return qMax<qint64>(0, image.parentMonthlyFeeFen) +
               qint64(dataSnapshotGiB(image)) * m_prices.snapshotFenPerGbMonth;
    }
    return 0;
}

qint64 CostEstimator::regionMonthlyFen(Product product, const QList<Image> &imagesInRegion) const
{
    const QList<Image> images = ofProduct(product, imagesInRegion);

    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    switch (policy.imagePricing()) {
    case ImagePricing::PerImageBeyondFreeTier: {
        const qint64 billed = qMax<qint64>(0, images.size() - policy.freeImagesPerRegion());
        return billed * m_prices.lighthouseExtraImageFenPerMonth();
    }
    case ImagePricing::SnapshotStorage: {
        // Only ECS has a free allowance in the price seeds. Tencent's free CBS snapshot
        // capacity for CVM is uncertain (reference section 4), so CVM gets none by default.
        const qint64 freeGiB = m_prices.freeSnapshotGiB(product);
        const qint64 billedGiB = qMax<qint64>(0, distinctSnapshotGiB(images, true) - freeGiB);
        return billedGiB * m_prices.snapshotFenPerGbMonth;
    }
    case ImagePricing::ParentImagePrice: {
        qint64 parents = 0;
        for (const Image &image : images)
            parents += qMax<qint64>(0, image.parentMonthlyFeeFen);
        return parents + distinctSnapshotGiB(images, false) * m_prices.snapshotFenPerGbMonth;
    }
    }
    return 0;
}

qint64 CostEstimator::nextImageMonthlyFen(const ImageQuota &quota, const Image &prospective) const
{
    // The quota names the product; a prospective image built by a wizard may not.
    Image image = prospective;
    image.product = quota.product;
    const ProductPolicy &policy = ProductPolicy::forProduct(quota.product);
    if (policy.imagePricing() == ImagePricing::PerImageBeyondFreeTier) {
        // The quota's own free tier (a remote API may report one); 0 means "not reported".
        const int freeTier = quota.freeTier > 0 ? quota.freeTier : policy.freeImagesPerRegion();
        return imageMonthlyFen(image, quota.used >= freeTier);
    }
    // Others: the image's own figure. For ECS this ignores whatever is left of the region's
    // free 5 GiB, so it never understates the cost.
    return imageMonthlyFen(image, true);
}

qint64 CostEstimator::regionSnapshotGiB(Product product, const QList<Image> &imagesInRegion)
{
    const QList<Image> images = ofProduct(product, imagesInRegion);
    // The same storage regionMonthlyFen prices: UHost's system disk is an image, not a snapshot.
    const bool includeSystemDisk =
        ProductPolicy::forProduct(product).imagePricing() != ImagePricing::ParentImagePrice;
    return distinctSnapshotGiB(images, includeSystemDisk);
}

QString CostEstimator::formatFen(qint64 fen)
{
    // The magnitude as unsigned, so that the most negative qint64 formats too.
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const quint64 cents = magnitude % 100;
    return QStringLiteral("%1\u00a5%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(yuan)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace imprint
