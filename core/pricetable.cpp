#include "pricetable.h"

#include "instancetypecatalog.h"
#include "productpolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace imprint {

namespace {

const QString kFormat = QStringLiteral("imprint-prices/1");

// Keys of a figure object and of the containers around it.
const QString kCny = QStringLiteral("cny");
const QString kGib = QStringLiteral("gib");
const QString kSource = QStringLiteral("source");
const QString kNote = QStringLiteral("note");
const QString kInstanceTypes = QStringLiteral("instanceTypesPerMonth");
const QString kRegions = QStringLiteral("regions");

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Collects the first error with the path of the field it is about.
class Validator
{
public:
    explicit Validator(QString origin)
        : m_origin(std::move(origin))
    {}

    bool fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? QStringLiteral("%1: %2").arg(m_origin, what)
                                     : QStringLiteral("%1: %2: %3").arg(m_origin, path, what);
        return false;
    }
    QString error() const { return m_error; }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path, QStringLiteral("must be an object, not %1").arg(jsonTypeName(value)));
        *out = value.toObject();
        return true;
    }

    // Refuses keys outside `allowed`, naming the first one.
    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed,
                  const QString &why = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                const QString what = why.isEmpty()
                                         ? QStringLiteral("unknown key; expected one of %1")
                                               .arg(allowed.join(QStringLiteral(", ")))
                                         : why;
                return fail(join(path, it.key()), what);
            }
        }
        return true;
    }

    bool text(const QJsonObject &object, const QString &path, const QString &key, bool required,
              QString *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(join(path, key), QStringLiteral("missing"));
            return true;
        }
        if (!value.isString())
            return fail(join(path, key),
                        QStringLiteral("must be a string, not %1").arg(jsonTypeName(value)));
        *out = value.toString();
        if (required && out->trimmed().isEmpty())
            return fail(join(path, key), QStringLiteral("must not be empty"));
        return true;
    }

    // A money figure {"cny": "0.12", "source": "...", "note": "..."}.
    bool money(const QJsonValue &value, const QString &path, PriceFigure *figure)
    {
        QJsonObject object;
        if (!this->object(value, path, &object))
            return false;
        if (!onlyKeys(object, path, {kCny, kSource, kNote}))
            return false;
        const QJsonValue cny = object.value(kCny);
        if (cny.isUndefined())
            return fail(join(path, kCny), QStringLiteral("missing"));
        if (!cny.isString())
            return fail(join(path, kCny),
                        QStringLiteral("must be a decimal string such as \"0.12\", not %1 "
                                       "(JSON numbers would pass through floating point)")
                            .arg(jsonTypeName(cny)));
        QString why;
        if (!PriceTable::parseFen(cny.toString(), &figure->value, &why))
            return fail(join(path, kCny), quoted(cny.toString()) + QLatin1Char(' ') + why);
        if (figure->value < 0)
            return fail(join(path, kCny), quoted(cny.toString()) +
                                              QStringLiteral(" is negative; prices are 0 or more"));
        return sourceAndNote(object, path, figure);
    }

    // A size figure {"gib": 5, "source": "..."}.
    bool size(const QJsonValue &value, const QString &path, PriceFigure *figure)
    {
        QJsonObject object;
        if (!this->object(value, path, &object))
            return false;
        if (!onlyKeys(object, path, {kGib, kSource, kNote}))
            return false;
        const QJsonValue gib = object.value(kGib);
        if (gib.isUndefined())
            return fail(join(path, kGib), QStringLiteral("missing"));
        // Integers up to 2^53 are exact in a double; a size is far below that.
        const double number = gib.toDouble(-1);
        if (!gib.isDouble() || number < 0 || number > 1e9 || number != double(qint64(number)))
            return fail(join(path, kGib),
                        QStringLiteral("must be a whole number of GiB, 0 or more"));
        figure->value = qint64(number);
        return sourceAndNote(object, path, figure);
    }

    bool sourceAndNote(const QJsonObject &object, const QString &path, PriceFigure *figure)
    {
        if (!text(object, path, kSource, true, &figure->source))
            return false;
        if (!text(object, path, kNote, false, &figure->note))
            return false;
        figure->present = true;
        return true;
    }

private:
    QString m_origin;
    QString m_error;
};

QString pricingName(Product product)
{
    switch (ProductPolicy::forProduct(product).imagePricing()) {
    case ImagePricing::PerImageBeyondFreeTier:
        return QStringLiteral("prices custom images per image beyond the free tier");
    case ImagePricing::SnapshotStorage:
        return QStringLiteral("bills custom images through snapshot storage");
    case ImagePricing::ParentImagePrice:
        return QStringLiteral("prices a custom image as its parent image plus its data-disk "
                              "snapshots");
    }
    return {};
}

} // namespace

bool PriceFigure::isSimulated() const
{
    return source == PriceTable::simulatedSource();
}

QList<PriceItem> PriceTable::itemsOf(Product product)
{
    switch (ProductPolicy::forProduct(product).imagePricing()) {
    case ImagePricing::PerImageBeyondFreeTier:
        return {PriceItem::ExtraImagePerHour};
    case ImagePricing::SnapshotStorage:
        return {PriceItem::SnapshotPerGbMonth, PriceItem::FreeSnapshotGiB};
    case ImagePricing::ParentImagePrice:
        return {PriceItem::SnapshotPerGbMonth};
    }
    return {};
}

QString PriceTable::itemKey(PriceItem item)
{
    switch (item) {
    case PriceItem::ExtraImagePerHour:
        return QStringLiteral("extraImagePerHour");
    case PriceItem::SnapshotPerGbMonth:
        return QStringLiteral("snapshotPerGbMonth");
    case PriceItem::FreeSnapshotGiB:
        return QStringLiteral("freeSnapshotGiB");
    case PriceItem::InstanceTypePerMonth:
        return kInstanceTypes;
    }
    return {};
}

bool PriceTable::parseFen(QStringView text, qint64 *fen, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (text.isEmpty())
        return refuse(QStringLiteral("is empty; enter an amount such as 0.12"));
    qsizetype i = 0;
    const bool negative = text.at(0) == QLatin1Char('-');
    if (negative)
        ++i;
    qint64 yuan = 0;
    int integerDigits = 0;
    // 13 digits of yuan keep every value below 10^15 fen, far from overflow.
    constexpr int maxIntegerDigits = 13;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128) {
        if (++integerDigits > maxIntegerDigits)
            return refuse(QStringLiteral("is too large"));
        yuan = yuan * 10 + (text.at(i).unicode() - '0');
        ++i;
    }
    if (integerDigits == 0)
        return refuse(QStringLiteral("is not a decimal amount such as 0.12"));
    qint64 cents = 0;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        int decimals = 0;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128) {
            if (++decimals > 2)
                return refuse(
                    QStringLiteral("has more than two decimals; amounts are whole fen (0.01 CNY)"));
            cents = cents * 10 + (text.at(i).unicode() - '0');
            ++i;
        }
        if (decimals == 0)
            return refuse(QStringLiteral("is not a decimal amount such as 0.12"));
        if (decimals == 1)
            cents *= 10;
    }
    if (i != text.size())
        return refuse(QStringLiteral("is not a decimal amount such as 0.12"));
    const qint64 magnitude = yuan * 100 + cents;
    *fen = negative ? -magnitude : magnitude;
    return true;
}

QString PriceTable::fenToDecimal(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Result<PriceTable> PriceTable::fromJson(const QByteArray &json, const QString &origin)
{
    auto invalid = [](const QString &message) {
        return Result<PriceTable>(Error(ErrorCode::InvalidArgument, message));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("%1: not valid JSON at offset %2: %3")
                           .arg(origin)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    Validator v(origin);
    if (!document.isObject()) {
        v.fail({}, QStringLiteral("the document must be an object"));
        return invalid(v.error());
    }
    const QJsonObject root = document.object();
    const QString productsKey = QStringLiteral("products");
    const QString formatKey = QStringLiteral("format");
    const QString currencyKey = QStringLiteral("currency");

    PriceTable table;
    QString format;
    if (!v.onlyKeys(root, {}, {formatKey, currencyKey, kNote, productsKey}) ||
        !v.text(root, {}, formatKey, true, &format) ||
        !v.text(root, {}, currencyKey, true, &table.m_currency) ||
        !v.text(root, {}, kNote, false, &table.m_note))
        return invalid(v.error());
    if (format != kFormat) {
        v.fail(formatKey, QStringLiteral("%1 is not supported; expected %2")
                              .arg(quoted(format), quoted(kFormat)));
        return invalid(v.error());
    }
    // Every figure is in fen of CNY; another currency would need another minor unit.
    if (table.m_currency != QStringLiteral("CNY")) {
        v.fail(
            currencyKey,
            QStringLiteral("%1 is not supported; prices are in CNY").arg(quoted(table.m_currency)));
        return invalid(v.error());
    }

    QJsonObject products;
    if (!root.contains(productsKey)) {
        v.fail(productsKey, QStringLiteral("missing"));
        return invalid(v.error());
    }
    if (!v.object(root.value(productsKey), productsKey, &products))
        return invalid(v.error());
    QStringList productKeys;
    for (Product p : allProducts())
        productKeys.append(productKey(p));
    if (!v.onlyKeys(products, productsKey, productKeys))
        return invalid(v.error());

    for (Product product : allProducts()) {
        const QString productPath = Validator::join(productsKey, productKey(product));
        if (!products.contains(productKey(product))) {
            v.fail(productPath, QStringLiteral("missing; every product needs its prices"));
            return invalid(v.error());
        }
        QJsonObject productObject;
        if (!v.object(products.value(productKey(product)), productPath, &productObject))
            return invalid(v.error());

        const QList<PriceItem> items = itemsOf(product);
        QStringList itemKeys;
        for (PriceItem item : items)
            itemKeys.append(itemKey(item));
        const QStringList entryKeys = itemKeys + QStringList{kInstanceTypes, kNote};

        QSet<QString> catalog;
        for (const InstanceType &type : InstanceTypeCatalog::forProduct(product))
            catalog.insert(type.id);

        // One entry: the product's own (every figure required) or a region's (all optional).
        auto parseEntry = [&](const QJsonObject &object, const QString &path, bool complete,
                              Entry *entry) {
            // A known item this product does not use is refused with the reason.
            for (PriceItem item : {PriceItem::ExtraImagePerHour, PriceItem::SnapshotPerGbMonth,
                                   PriceItem::FreeSnapshotGiB}) {
                if (!items.contains(item) && object.contains(itemKey(item)))
                    return v.fail(Validator::join(path, itemKey(item)),
                                  QStringLiteral("does not apply: %1 %2")
                                      .arg(productShortName(product), pricingName(product)));
            }
            QStringList allowed = entryKeys;
            if (complete)
                allowed.append(kRegions);
            QString note;
            if (!v.onlyKeys(object, path, allowed) || !v.text(object, path, kNote, false, &note))
                return false;
            for (PriceItem item : items) {
                const QString key = itemKey(item);
                const QString itemPath = Validator::join(path, key);
                if (!object.contains(key)) {
                    if (complete)
                        return v.fail(itemPath, QStringLiteral("missing"));
                    continue;
                }
                PriceFigure &figure = entry->items[size_t(item)];
                const bool ok = item == PriceItem::FreeSnapshotGiB
                                    ? v.size(object.value(key), itemPath, &figure)
                                    : v.money(object.value(key), itemPath, &figure);
                if (!ok)
                    return false;
            }
            const QString typesPath = Validator::join(path, kInstanceTypes);
            if (!object.contains(kInstanceTypes)) {
                if (complete)
                    return v.fail(typesPath, QStringLiteral("missing"));
                return true;
            }
            QJsonObject types;
            if (!v.object(object.value(kInstanceTypes), typesPath, &types))
                return false;
            for (auto it = types.begin(); it != types.end(); ++it) {
                const QString typePath = Validator::join(typesPath, it.key());
                if (!catalog.contains(it.key()))
                    return v.fail(typePath, QStringLiteral("is not an instance type of %1")
                                                .arg(productShortName(product)));
                PriceFigure figure;
                if (!v.money(it.value(), typePath, &figure))
                    return false;
                entry->instanceTypes.insert(it.key(), figure);
            }
            if (complete) {
                for (const InstanceType &type : InstanceTypeCatalog::forProduct(product))
                    if (!entry->instanceTypes.contains(type.id))
                        return v.fail(Validator::join(typesPath, type.id),
                                      QStringLiteral("missing; every instance type needs a price"));
            }
            return true;
        };

        ProductEntry productEntry;
        if (!parseEntry(productObject, productPath, true, &productEntry.base))
            return invalid(v.error());

        if (productObject.contains(kRegions)) {
            const QString regionsPath = Validator::join(productPath, kRegions);
            QJsonObject regions;
            if (!v.object(productObject.value(kRegions), regionsPath, &regions))
                return invalid(v.error());
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                const QString regionPath = Validator::join(regionsPath, it.key());
                if (it.key().trimmed().isEmpty()) {
                    v.fail(regionPath, QStringLiteral("a region id must not be empty"));
                    return invalid(v.error());
                }
                QJsonObject regionObject;
                if (!v.object(it.value(), regionPath, &regionObject))
                    return invalid(v.error());
                Entry entry;
                if (!parseEntry(regionObject, regionPath, false, &entry))
                    return invalid(v.error());
                productEntry.regions.insert(it.key(), entry);
            }
        }
        table.m_products.insert(int(product), productEntry);
    }
    table.m_loaded = true;
    return table;
}

Result<PriceTable> PriceTable::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("The price table %1 could not be read: %2")
                                              .arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<PriceTable> PriceTable::loadBuiltIn()
{
    return fromFile(builtInPath());
}

const PriceTable &PriceTable::builtIn()
{
    static const PriceTable table = [] {
        Result<PriceTable> loaded = loadBuiltIn();
        if (loaded.ok())
            return std::move(loaded).value();
        qWarning("Imprint: the built-in price table did not load (%s); using the default "
                 "simulated list prices.",
                 qPrintable(loaded.error().message));
        return fromPriceList(PriceList::simulatedListPrices());
    }();
    return table;
}

PriceTable PriceTable::fromPriceList(const PriceList &prices)
{
    PriceTable table;
    table.m_currency = QStringLiteral("CNY");
    auto figure = [](qint64 value) {
        PriceFigure f;
        f.value = value;
        f.source = simulatedSource();
        f.present = true;
        return f;
    };
    for (Product product : allProducts()) {
        ProductEntry entry;
        for (PriceItem item : itemsOf(product)) {
            qint64 value = 0;
            switch (item) {
            case PriceItem::ExtraImagePerHour:
                value = prices.lighthouseExtraImageFenPerHour;
                break;
            case PriceItem::SnapshotPerGbMonth:
                value = prices.snapshotFenPerGbMonth;
                break;
            case PriceItem::FreeSnapshotGiB:
                value = prices.freeSnapshotGiB(product);
                break;
            case PriceItem::InstanceTypePerMonth:
                break;
            }
            entry.base.items[size_t(item)] = figure(value);
        }
        for (const InstanceType &type : InstanceTypeCatalog::forProduct(product))
            entry.base.instanceTypes.insert(type.id, figure(type.monthlyPriceFen));
        table.m_products.insert(int(product), entry);
    }
    table.m_loaded = true;
    return table;
}

PriceFigure PriceTable::lookup(Product product, const QString &regionId, PriceItem item,
                               const QString &typeId) const
{
    const auto productIt = m_products.constFind(int(product));
    if (productIt == m_products.cend())
        return {};
    const auto pick = [&](const Entry &entry) -> PriceFigure {
        if (item == PriceItem::InstanceTypePerMonth)
            return entry.instanceTypes.value(typeId);
        return entry.items[size_t(item)];
    };
    const auto regionIt = productIt->regions.constFind(regionId);
    if (regionIt != productIt->regions.cend()) {
        const PriceFigure regional = pick(*regionIt);
        if (regional.present)
            return regional;
    }
    return pick(productIt->base);
}

PriceFigure PriceTable::figure(Product product, const QString &regionId, PriceItem item,
                               const QString &typeId) const
{
    return lookup(product, regionId, item, typeId);
}

PriceList PriceTable::priceList(Product product, const QString &regionId) const
{
    PriceList prices;
    prices.lighthouseExtraImageFenPerHour = 0;
    prices.snapshotFenPerGbMonth = 0;
    prices.ecsFreeSnapshotGiB = 0;
    prices.cvmFreeSnapshotGiB = 0;
    for (PriceItem item : itemsOf(product)) {
        const qint64 value = lookup(product, regionId, item, {}).value;
        switch (item) {
        case PriceItem::ExtraImagePerHour:
            prices.lighthouseExtraImageFenPerHour = value;
            break;
        case PriceItem::SnapshotPerGbMonth:
            prices.snapshotFenPerGbMonth = value;
            break;
        case PriceItem::FreeSnapshotGiB:
            if (product == Product::Ecs)
                prices.ecsFreeSnapshotGiB = int(value);
            else if (product == Product::Cvm)
                prices.cvmFreeSnapshotGiB = int(value);
            break;
        case PriceItem::InstanceTypePerMonth:
            break;
        }
    }
    return prices;
}

QMap<QString, qint64> PriceTable::instanceTypeMonthlyFen(Product product,
                                                         const QString &regionId) const
{
    QMap<QString, qint64> prices;
    const auto productIt = m_products.constFind(int(product));
    if (productIt == m_products.cend())
        return prices;
    for (auto it = productIt->base.instanceTypes.cbegin();
         it != productIt->base.instanceTypes.cend(); ++it)
        prices.insert(it.key(),
                      lookup(product, regionId, PriceItem::InstanceTypePerMonth, it.key()).value);
    return prices;
}

QList<InstanceType> PriceTable::instanceTypes(Product product, const QString &regionId) const
{
    QList<InstanceType> types = InstanceTypeCatalog::forProduct(product);
    const QMap<QString, qint64> prices = instanceTypeMonthlyFen(product, regionId);
    for (InstanceType &type : types)
        type.monthlyPriceFen = prices.value(type.id, type.monthlyPriceFen);
    return types;
}

QStringList PriceTable::regionsWithOverrides(Product product) const
{
    QStringList regions = m_products.value(int(product)).regions.keys();
    regions.sort();
    return regions;
}

bool PriceTable::isSimulated(Product product, const QString &regionId) const
{
    for (PriceItem item : itemsOf(product))
        if (!lookup(product, regionId, item, {}).isSimulated())
            return false;
    return true;
}

QStringList PriceTable::sources(Product product, const QString &regionId) const
{
    QStringList sources;
    for (PriceItem item : itemsOf(product)) {
        const QString source = lookup(product, regionId, item, {}).source;
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    return sources;
}

} // namespace imprint
