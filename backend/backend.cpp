#include "backend.h"

namespace imprint {

const ProductPolicy &Backend::policy(Product product) const
{
    return ProductPolicy::forProduct(product);
}

} // namespace imprint
