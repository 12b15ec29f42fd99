#include "apirequests.h"

namespace imprint {

SyncImagesCall SyncImagesCall::fromCopy(const CopyImageRequest &copy)
{
    SyncImagesCall call;
    call.imageId = copy.imageId;
    call.destinationRegions = {copy.targetRegionId};
    call.imageName = copy.name;
    call.imageSetRequired = true; // the client follows the copy by its new id
    return call;
}

QList<CopyImageRequest> SyncImagesCall::copies() const
{
    QList<CopyImageRequest> out;
    for (const QString &region : destinationRegions) {
        CopyImageRequest c;
        c.imageId = imageId;
        c.targetRegionId = region;
        c.name = imageName;
        out << c;
    }
    return out;
}

ImageAttributeChange ImageAttributeChange::fromEdit(const EditImageRequest &edit)
{
    return {edit.imageId, edit.name, edit.description};
}

EditImageRequest ImageAttributeChange::applyTo(const Image &current) const
{
    EditImageRequest edit;
    edit.imageId = imageId;
    edit.name = name.value_or(current.name);
    edit.description = description.value_or(current.description);
    return edit;
}

} // namespace imprint
