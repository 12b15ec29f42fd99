#pragma once

#include <QList>
#include <QString>

namespace imprint {

// The four cloud products Imprint manages. The numeric values are stored in SQLite: append only.
enum class Product { Lighthouse = 0, Cvm = 1, UHost = 2, Ecs = 3 };

QList<Product> allProducts();
// Human name, e.g. "Tencent Cloud Lighthouse".
QString productDisplayName(Product product);
// Short name used in tight places, e.g. "Lighthouse".
QString productShortName(Product product);
// Stable key for files and command lines, e.g. "lighthouse".
QString productKey(Product product);
bool productFromKey(const QString &key, Product *product);

} // namespace imprint
