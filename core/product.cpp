#include "product.h"

#include <QCoreApplication>

namespace imprint {

QList<Product> allProducts()
{
    return {Product::Lighthouse, Product::Cvm, Product::UHost, Product::Ecs};
}

QString productDisplayName(Product product)
{
    switch (product) {
    case Product::Lighthouse:
        return QCoreApplication::translate("Product", "Tencent Cloud Lighthouse");
    case Product::Cvm:
        return QCoreApplication::translate("Product", "Tencent Cloud CVM");
    case Product::UHost:
        return QCoreApplication::translate("Product", "UCloud UHost");
    case Product::Ecs:
        return QCoreApplication::translate("Product", "Alibaba Cloud ECS");
    }
    return {};
}

QString productShortName(Product product)
{
    switch (product) {
    case Product::Lighthouse:
        return QStringLiteral("Lighthouse");
    case Product::Cvm:
        return QStringLiteral("CVM");
    case Product::UHost:
        return QStringLiteral("UHost");
    case Product::Ecs:
        return QStringLiteral("ECS");
    }
    return {};
}

QString productKey(Product product)
{
    // Spelled out rather than lowered from the short name: region keys are built per request.
    switch (product) {
    case Product::Lighthouse:
        return QStringLiteral("lighthouse");
    case Product::Cvm:
        return QStringLiteral("cvm");
    case Product::UHost:
        return QStringLiteral("uhost");
    case Product::Ecs:
        return QStringLiteral("ecs");
    }
    return {};
}

bool productFromKey(const QString &key, Product *product)
{
    for (Product p : allProducts()) {
        if (productKey(p) == key.toLower()) {
            *product = p;
            return true;
        }
    }
    return false;
}

} // namespace imprint
