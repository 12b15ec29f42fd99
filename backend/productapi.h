#pragma once

#include "apiresponses.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "region.h"
#include "remoterequest.h"
#include "requests.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// Which resources one list request asks for: these ids, or the custom images named exactly
// `name`, or (both empty) every custom image / instance of the region; one page of them.
struct ResourceQuery
{
    QStringList ids;
    QString name; // images only
    int offset = 0;
    int limit = 100;
};

// One product of one cloud as the remote engine sees it: for every step the engine takes, the
// request to send (a RemoteRequest its transport understands) and the parser of the answer.
// No state, no I/O, no retries: the engine does paging, region fan-out, reconciliation,
// polling and ClientTokens the same way for every product.
//
// Requests carry product, action, region and body; the engine adds `reconcile` where a call is
// not idempotent. Parsers turn the cloud's answer (the transport has taken the envelope off)
// into domain values, or an Error with a sentence.
class ProductApi
{
    Q_DECLARE_TR_FUNCTIONS(ProductApi)

public:
    virtual ~ProductApi() = default;

    virtual Product product() const = 0;
    // Whether an id names a resource of this product. Used before the engine has seen the
    // resource; the products of one cloud must not both claim an id.
    virtual bool ownsId(const QString &id) const = 0;
    // The most items one list request may ask for (and ids one request may name).
    virtual int maxPageSize() const { return 100; }

    // Regions, then (unless the regions' answer carries them) each region's zones.
    virtual RemoteRequest listRegions() const = 0;
    virtual Result<QList<Region>> parseRegions(const QJsonObject &answer) const = 0;
    virtual std::optional<RemoteRequest> listZones(const QString &regionId) const = 0;
    virtual Result<QList<Zone>> parseZones(const QJsonObject &answer) const = 0;

    // One page of custom images / instances. Page::totalCount counts every match.
    virtual RemoteRequest listImages(const QString &regionId, const ResourceQuery &query) const = 0;
    virtual Result<Page<Image>> parseImages(const QJsonObject &answer,
                                            const QString &regionId) const = 0;
    virtual RemoteRequest listInstances(const QString &regionId,
                                        const ResourceQuery &query) const = 0;
    virtual Result<Page<Instance>> parseInstances(const QJsonObject &answer,
                                                  const QString &regionId) const = 0;

    // An API whose instance list lacks the disks (ECS: DescribeInstances has none) lists the
    // region's disks apart, one page at a time from `offset`; nullopt (the default): the
    // instance answer carries them. attachInstanceDisks appends each disk of the page to its
    // instance (system disk first) and answers {disks on this page, disks in all}.
    virtual std::optional<RemoteRequest> listInstanceDisks(const QString &regionId,
                                                           int offset) const
    {
        Q_UNUSED(regionId)
        Q_UNUSED(offset)
        return std::nullopt;
    }
    virtual Result<QPair<int, int>> attachInstanceDisks(const QJsonObject &answer,
                                                        QList<Instance> &instances) const
    {
        Q_UNUSED(answer)
        Q_UNUSED(instances)
        return QPair<int, int>(0, 0);
    }

    // The region's custom image quota. When quotaCountsImages() is false the answer lacks the
    // number in use, and the engine counts the region's custom images itself. An API without a
    // quota action (ECS, reference §2.7) returns nullopt: parseImageQuota then gets an empty
    // answer and gives the documented figure with ImageQuota::source saying where it is from.
    virtual std::optional<RemoteRequest> imageQuota(const QString &regionId) const = 0;
    virtual Result<ImageQuota> parseImageQuota(const QJsonObject &answer,
                                               const QString &regionId) const = 0;
    virtual bool quotaCountsImages() const = 0;

    // Writes. Each answers with the id(s) of what it made, where it makes something.
    virtual RemoteRequest createImage(const CreateImageRequest &request) const = 0;
    virtual Result<QString> parseCreateImage(const QJsonObject &answer) const = 0;
    // nullopt: this product cannot copy images (its policy says so too).
    virtual std::optional<RemoteRequest> copyImage(const Image &source,
                                                   const CopyImageRequest &request) const
    {
        Q_UNUSED(source)
        Q_UNUSED(request)
        return std::nullopt;
    }
    // The copy's id in `targetRegionId`; empty when the answer does not name one.
    virtual Result<QString> parseCopyImage(const QJsonObject &answer,
                                           const QString &targetRegionId) const
    {
        Q_UNUSED(answer)
        Q_UNUSED(targetRegionId)
        return QString();
    }
    // nullopt (the default): a copy cannot be stopped over this API. Else the call that stops
    // the copy `copyId` in its destination `regionId` and removes the half-made image (ECS
    // CancelCopyImage); any answer that is not an error means it was stopped.
    virtual std::optional<RemoteRequest> cancelCopy(const QString &regionId,
                                                    const QString &copyId) const
    {
        Q_UNUSED(regionId)
        Q_UNUSED(copyId)
        return std::nullopt;
    }
    // Name and description, both as the dialog sends them (setting a value twice is harmless).
    virtual RemoteRequest editImage(const Image &image, const EditImageRequest &request) const = 0;
    // At most maxImagesPerDelete() ids, all in `regionId`.
    virtual RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const = 0;
    virtual Status parseDeleteImages(const QJsonObject &answer) const = 0;
    virtual int maxImagesPerDelete() const { return maxPageSize(); }
    virtual RemoteRequest powerInstance(const Instance &instance, bool start) const = 0;
    // `request.clientToken` is set: the engine makes one per logical launch and every retry
    // resends it, so the cloud answers a repeat with the first launch.
    virtual RemoteRequest launchInstances(const Image &image,
                                          const LaunchRequest &request) const = 0;
    virtual Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const = 0;
    // Whether launchInstances() puts the ClientToken on the wire. When not (UCloud has no such
    // field), the engine lists the region's instances before a launch and, when an answer is in
    // doubt, adopts the instances of this image that appeared since instead of launching again.
    virtual bool launchTakesClientToken() const { return true; }

    // The account's projects (UCloud: GetProjectList), default first; nullopt when the product
    // has none.
    virtual std::optional<RemoteRequest> listProjects() const { return std::nullopt; }
    virtual Result<QStringList> parseProjects(const QJsonObject &answer) const
    {
        Q_UNUSED(answer)
        return QStringList();
    }
    // Empty when editImage() works. Else why images cannot be renamed over this API, for the
    // UI to show instead of the Edit action (UCloud's public API has no image rename).
    virtual QString editUnavailableReason() const { return {}; }
    // Empty when retagImage() changes an existing image's tags. Else why not, for the Edit
    // dialog to show beside the read-only tags and for the engine to refuse a tag change with.
    // Tags given when an image is created go with createImage() on every product that takes
    // them; changing them later is the cloud's tagging API's job: ECS has TagResources /
    // UntagResources beside its image actions; Tencent keeps them in its separate Tag service
    // (its own endpoint, resources named with the account's UIN), which no product API calls.
    virtual QString tagEditUnavailableReason() const;
    // The calls, in the order to send them, that turn `image`'s tags into `tags` (each call is
    // idempotent, so simply retried); empty when they are the same. Only asked when
    // tagEditUnavailableReason() is empty, after editImage() succeeded.
    virtual QList<RemoteRequest> retagImage(const Image &image, const QList<Tag> &tags) const
    {
        Q_UNUSED(image)
        Q_UNUSED(tags)
        return {};
    }
};

} // namespace imprint
