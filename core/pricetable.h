#pragma once

#include "error.h"
#include "instancetype.h"
#include "pricelist.h"
#include "product.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <array>

namespace imprint {

// The priced items of the table. Which ones a product has follows its ProductPolicy's
// ImagePricing: Lighthouse prices extra images per hour; ECS and CVM price snapshot storage
// with a free allowance; UHost prices the data-disk snapshots of its images. Every product
// prices its instance types.
enum class PriceItem {
    ExtraImagePerHour,    // fen per custom image-hour beyond the free tier (Lighthouse)
    SnapshotPerGbMonth,   // fen per GB-month of snapshot storage (ECS, CVM, UHost)
    FreeSnapshotGiB,      // GiB free per region (ECS, CVM); a size, not money
    InstanceTypePerMonth, // fen per instance-month, one per instance type
};

// One figure of the table and where it comes from.
struct PriceFigure
{
    qint64 value = 0; // fen, or GiB for FreeSnapshotGiB
    QString source;   // a citation of the reference, or PriceTable::simulatedSource()
    QString note;     // optional explanation from the file
    bool present = false;

    // True when no published figure backs it (source is exactly "simulated list price").
    bool isSimulated() const;
};

// Simulated list prices per product and per region, loaded from a JSON file (the shipped one
// is resources/prices.json, embedded as ":/imprint/prices.json"). Money is in CNY fen, read
// exactly from decimal strings ("0.12" -> 12 fen); no figure passes through floating point.
//
// File format (see resources/prices.json):
//   { "format": "imprint-prices/1", "currency": "CNY", "note": "...",
//     "products": {
//       "<product key>": {
//         "extraImagePerHour":     { "cny": "0.01", "source": "...", "note": "..." },
//         "snapshotPerGbMonth":    { "cny": "0.12", "source": "..." },
//         "freeSnapshotGiB":       { "gib": 5, "source": "..." },
//         "instanceTypesPerMonth": { "<type id>": { "cny": "34.00", "source": "..." }, ... },
//         "regions": { "<region id>": { <any of the four above, overriding> } } } } }
// Rules, each refusal naming the field: the product keys are productKey() values; an item the
// product's pricing does not use is refused (so is any unknown key); the product-level entry
// must price every item its pricing uses and every type of InstanceTypeCatalog, and no other
// type; "cny" is a string of digits with at most two decimals; "gib" a non-negative integer;
// every figure has a non-empty "source".
//
// Why whole fen: every seed figure is a whole number of fen (0.01 CNY/h is 1 fen/h). A figure
// with more decimals (Lighthouse's old 0.008 CNY/h) is refused rather than rounded; should one
// ever be needed, PriceList would move to milli-fen first.
class PriceTable
{
public:
    // An empty table: isEmpty(), priceList() answers zeros.
    PriceTable() = default;

    // Parses and validates. `origin` prefixes error messages ("prices.json").
    static Result<PriceTable> fromJson(const QByteArray &json,
                                       const QString &origin = QStringLiteral("prices"));
    static Result<PriceTable> fromFile(const QString &path);
    // The table shipped in the core library's resources.
    static Result<PriceTable> loadBuiltIn();
    static QString builtInPath() { return QStringLiteral(":/imprint/prices.json"); }
    // loadBuiltIn(), loaded once. Should the resource ever fail to load, a warning is logged
    // and the table falls back to fromPriceList(PriceList::simulatedListPrices()).
    static const PriceTable &builtIn();
    // A table with one price list for every product and region, every figure simulated.
    static PriceTable fromPriceList(const PriceList &prices);

    bool isEmpty() const { return !m_loaded; }
    QString currency() const { return m_currency; }
    QString note() const { return m_note; }

    // The prices of one product in one region (the product's figures with the region's
    // overrides). Only the fields the product's pricing uses are set; the others are 0.
    PriceList priceList(Product product, const QString &regionId) const;
    // One figure; `typeId` names the instance type for InstanceTypePerMonth.
    PriceFigure figure(Product product, const QString &regionId, PriceItem item,
                       const QString &typeId = {}) const;
    // Instance type monthly prices, by type id.
    QMap<QString, qint64> instanceTypeMonthlyFen(Product product, const QString &regionId) const;
    // InstanceTypeCatalog's types with this table's prices.
    QList<InstanceType> instanceTypes(Product product, const QString &regionId) const;
    // Regions with their own figures.
    QStringList regionsWithOverrides(Product product) const;
    // Whether every figure behind priceList(product, regionId) is a simulated list price.
    bool isSimulated(Product product, const QString &regionId) const;
    // The distinct sources of the figures behind priceList(product, regionId).
    QStringList sources(Product product, const QString &regionId) const;

    // Which items a product's pricing uses (instance types excluded).
    static QList<PriceItem> itemsOf(Product product);
    static QString itemKey(PriceItem item); // "snapshotPerGbMonth"
    static QString simulatedSource() { return QStringLiteral("simulated list price"); }

    // "12.34" -> 1234 fen exactly. Accepts an optional leading '-', digits, and at most two
    // decimals after a '.' ("7", "7.2", "7.20"); refuses anything else, including grouping,
    // exponents, spaces and values beyond ±10^15 fen. On refusal `error` says why.
    static bool parseFen(QStringView text, qint64 *fen, QString *error = nullptr);
    // 1234 -> "12.34", -5 -> "-0.05": the inverse of parseFen (no currency sign).
    static QString fenToDecimal(qint64 fen);

private:
    struct Entry
    {
        std::array<PriceFigure, 3> items; // by PriceItem, InstanceTypePerMonth excluded
        QMap<QString, PriceFigure> instanceTypes;
    };
    struct ProductEntry
    {
        Entry base;
        QHash<QString, Entry> regions;
    };

    PriceFigure lookup(Product product, const QString &regionId, PriceItem item,
                       const QString &typeId) const;

    QHash<int, ProductEntry> m_products; // by int(Product)
    QString m_currency;
    QString m_note;
    bool m_loaded = false;
};

} // namespace imprint
