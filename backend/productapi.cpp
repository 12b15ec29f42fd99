#include "productapi.h"

namespace imprint {

QString ProductApi::tagEditUnavailableReason() const
{
    return tr("Tags of an existing image are changed in the cloud's tagging service, which "
              "Imprint does not call yet; tags set when the image is created are kept.");
}

} // namespace imprint
