#include "instancetypecatalog.h"

namespace imprint {

QList<InstanceType> InstanceTypeCatalog::forProduct(Product product)
{
    // Simulated list prices in CNY fen per month; shapes follow each product's naming.
    switch (product) {
    case Product::Lighthouse:
        return {{QStringLiteral("bundle_starter_1c1g"), 1, 1, false, 3400},
                {QStringLiteral("bundle_basic_2c2g"), 2, 2, false, 5000},
                {QStringLiteral("bundle_standard_2c4g"), 2, 4, false, 8000},
                {QStringLiteral("bundle_pro_4c8g"), 4, 8, false, 16000}};
    case Product::Cvm:
        return {{QStringLiteral("S5.SMALL1"), 1, 1, false, 4500},
                {QStringLiteral("S5.MEDIUM4"), 2, 4, false, 13500},
                {QStringLiteral("S5.LARGE8"), 4, 8, true, 27000},
                {QStringLiteral("S5.2XLARGE16"), 8, 16, true, 54000}};
    case Product::UHost:
        return {{QStringLiteral("N-1C1G"), 1, 1, false, 4000},
                {QStringLiteral("N-2C4G"), 2, 4, true, 12000},
                {QStringLiteral("N-4C8G"), 4, 8, true, 24000},
                {QStringLiteral("O-8C16G"), 8, 16, true, 50000}};
    case Product::Ecs:
        return {{QStringLiteral("ecs.t6-c1m1.large"), 1, 1, false, 3800},
                {QStringLiteral("ecs.g7.large"), 2, 8, true, 26000},
                {QStringLiteral("ecs.g7.xlarge"), 4, 16, true, 52000},
                {QStringLiteral("ecs.c7.2xlarge"), 8, 16, true, 60000}};
    }
    return {};
}

bool InstanceTypeCatalog::find(Product product, const QString &id, InstanceType *type)
{
    for (const InstanceType &t : forProduct(product)) {
        if (t.id == id) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace imprint
