#pragma once

#include "image.h"
#include "requests.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// Request values of API actions that core's requests.h does not cover: paging and filters, and
// the wire's extra knobs (DryRun, DeleteBindedSnap, ...) around a domain request. The mappers
// build JSON from these on the client and parse JSON into them on the server.

// {"Name": "image-type", "Values": ["PRIVATE_IMAGE"]}
struct ApiFilter
{
    QString name;
    QStringList values;

    friend bool operator==(const ApiFilter &, const ApiFilter &) = default;
};

// Describe* paging (reference §3: Offset default 0, Limit default 20, at most 100). An id list
// and filters cannot be combined.
struct ListQuery
{
    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 100;

    QStringList ids; // InstanceIds / ImageIds / BlueprintIds
    QList<ApiFilter> filters;
    int offset = 0;
    int limit = defaultLimit;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

// CVM CreateImage / Lighthouse CreateBlueprint.
struct CreateImageCall
{
    CreateImageRequest request;
    bool dryRun = false; // CVM only
};

// CVM DeleteImages.
struct DeleteImagesCall
{
    QStringList imageIds;
    bool deleteBindedSnapshots = false; // DeleteBindedSnap: "Binded" is the real spelling
    bool dryRun = false;

    friend bool operator==(const DeleteImagesCall &, const DeleteImagesCall &) = default;
};

// CVM SyncImages: one image to one or more regions. The domain copies to one region at a time.
struct SyncImagesCall
{
    QString imageId;
    QStringList destinationRegions;
    QString imageName;             // empty: keep the source's name
    bool imageSetRequired = false; // answer with the new ids (the client always wants them)
    bool dryRun = false;

    static SyncImagesCall fromCopy(const CopyImageRequest &copy);
    // One CopyImageRequest per destination region.
    QList<CopyImageRequest> copies() const;

    friend bool operator==(const SyncImagesCall &, const SyncImagesCall &) = default;
};

// CVM ModifyImageAttribute / Lighthouse ModifyBlueprintAttribute. The wire lets a client change
// one attribute and leave the other alone, which EditImageRequest cannot say: an absent value
// here means "unchanged".
struct ImageAttributeChange
{
    QString imageId;
    std::optional<QString> name;
    std::optional<QString> description;

    // Both attributes, as the edit dialog always sends them.
    static ImageAttributeChange fromEdit(const EditImageRequest &edit);
    // The full edit, unchanged attributes taken from the image as it is.
    EditImageRequest applyTo(const Image &current) const;

    friend bool operator==(const ImageAttributeChange &, const ImageAttributeChange &) = default;
};

// CVM RunInstances / InquiryPriceRunInstances, Lighthouse CreateInstances.
struct LaunchCall
{
    LaunchRequest request;
    // CVM DataDisks: one per data disk of the image, from its snapshot, of request.dataDiskKind.
    // Without data disks the wire cannot carry dataDiskKind; it reads back as the default.
    QList<ImageDataDisk> dataDisks;
    int systemDiskGiB = 0; // CVM SystemDisk.DiskSize; 0: the cloud's default (50 GiB)
    bool dryRun = false;
};

} // namespace imprint
