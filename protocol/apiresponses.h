#pragma once

#include "instance.h"

#include <QList>
#include <QString>

#include <cmath>

namespace imprint {

// Response values of API actions that the domain types do not cover.

// One page of a Describe* answer. totalCount counts every match, not just this page.
template <typename T> struct Page
{
    QList<T> items;
    int totalCount = 0;
};

// CVM SyncImages ImageSet[]: the copy's id in each destination region.
struct SyncedImage
{
    QString region;
    QString imageId;

    friend bool operator==(const SyncedImage &, const SyncedImage &) = default;
};

// CVM InquiryPriceRunInstances Price.InstancePrice. Subscription: OriginalPrice/DiscountPrice
// for the whole period; pay-as-you-go: UnitPrice/UnitPriceDiscount per hour.
struct InstancePriceQuote
{
    BillingMethod billing = BillingMethod::PayAsYouGo;
    qint64 originalFen = 0;
    qint64 discountedFen = 0;

    friend bool operator==(const InstancePriceQuote &, const InstancePriceQuote &) = default;
};

// Lighthouse InquirePriceCreateBlueprint BlueprintPrice.
struct BlueprintPriceQuote
{
    qint64 unitFen = 0;       // OriginalBlueprintPrice: one blueprint
    qint64 originalFen = 0;   // OriginalPrice: all of them
    qint64 discountedFen = 0; // DiscountPrice

    friend bool operator==(const BlueprintPriceQuote &, const BlueprintPriceQuote &) = default;
};

// Amounts are yuan on the wire and fen in the domain (no floating-point currency there).
// Two decimals survive a double exactly enough for qRound64 to give the fen back.
inline double yuanFromFen(qint64 fen)
{
    return double(fen) / 100.0;
}
inline qint64 fenFromYuan(double yuan)
{
    return qint64(std::llround(yuan * 100.0));
}
// The API's Discount: the percentage paid (20.0 means 80% off); 100 when there is no price.
inline double discountPercent(qint64 originalFen, qint64 discountedFen)
{
    return originalFen > 0 ? std::round(double(discountedFen) * 1000.0 / double(originalFen)) / 10.0
                           : 100.0;
}

} // namespace imprint
