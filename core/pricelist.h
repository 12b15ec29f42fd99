#pragma once

#include "product.h"

#include <QtGlobal>

namespace imprint {

// Simulated list prices (design.md "Price seeds"), CNY minor units (fen). Every figure here is
// a simulated list price, not a quote from the cloud.
struct PriceList
{
    // Lighthouse: 0.01 CNY per image-hour beyond the free tier (~7.20 CNY/month).
    qint64 lighthouseExtraImageFenPerHour = 1;
    // Snapshot storage per GB-month (ECS 0.12 CNY with 5 GiB free; CVM and UHost assumed equal).
    qint64 snapshotFenPerGbMonth = 12;
    int ecsFreeSnapshotGiB = 5;
    // CVM's free CBS snapshot capacity is uncertain (reference section 4), so none by default.
    int cvmFreeSnapshotGiB = 0;

    static constexpr int hoursPerMonth = 720;
    qint64 lighthouseExtraImageFenPerMonth() const
    {
        return lighthouseExtraImageFenPerHour * hoursPerMonth;
    }
    // The free snapshot allowance of one region of a product billed through snapshot storage.
    int freeSnapshotGiB(Product product) const
    {
        return product == Product::Ecs ? ecsFreeSnapshotGiB
                                       : (product == Product::Cvm ? cvmFreeSnapshotGiB : 0);
    }
    static PriceList simulatedListPrices() { return {}; }
    friend bool operator==(const PriceList &, const PriceList &) = default;
};

} // namespace imprint
