#pragma once

#include "instancetype.h"
#include "product.h"

#include <QList>

namespace imprint {

// The instance sizes each product sells in the simulator (simulated list prices).
class InstanceTypeCatalog
{
public:
    static QList<InstanceType> forProduct(Product product);
    static bool find(Product product, const QString &id, InstanceType *type);
};

} // namespace imprint
