#pragma once

#include "product.h"

#include <QList>
#include <QString>

namespace imprint {

struct Zone
{
    QString id;   // e.g. "ap-guangzhou-3"
    QString name; // e.g. "Guangzhou Zone 3"

    friend bool operator==(const Zone &, const Zone &) = default;
};

struct Region
{
    QString id; // unique across products: products may share a cloud region id, so the
                // simulator prefixes nothing and the pair (product, id) is the real key
    Product product = Product::Lighthouse;
    QString name; // e.g. "South China (Guangzhou)"
    QList<Zone> zones;

    // The key every other record stores to point at its region.
    QString key() const { return regionKey(product, id); }
    // key() == regionKey, without building key(): lookups compare every region's.
    bool hasKey(QStringView regionKey) const
    {
        const QString product = productKey(this->product);
        return regionKey.size() == product.size() + 1 + id.size() &&
               regionKey.startsWith(product) && regionKey.at(product.size()) == QLatin1Char('/') &&
               regionKey.endsWith(id);
    }
    static QString regionKey(Product product, const QString &id)
    {
        return productKey(product) + QLatin1Char('/') + id;
    }

    friend bool operator==(const Region &, const Region &) = default;
};

} // namespace imprint
