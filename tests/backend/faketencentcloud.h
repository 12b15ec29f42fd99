#pragma once

#include "fakecloudserver.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "region.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace imprint {

// A few CVM and Lighthouse regions, images and instances behind a FakeCloudServer, answering
// with the protocol layer's own server-side builders: enough of the cloud for
// TencentCloudBackend's paging, fan-out, operations and idempotency to be tested without
// imprint-sim. Tests change the state between polls to move things along, and inject faults.
class FakeTencentCloud
{
public:
    using Request = FakeCloudServer::Request;
    using Reply = FakeCloudServer::Reply;

    explicit FakeTencentCloud(FakeCloudServer &server);

    Region &addRegion(Product product, const QString &id, const QStringList &zones);
    Image &addImage(Product product, const QString &regionId, const QString &name,
                    ImageState state = ImageState::Available);
    Instance &addInstance(Product product, const QString &regionId, const QString &name,
                          InstanceState state = InstanceState::Running);
    QList<Image> images(const QString &name) const;

    QList<Region> regions;
    QMap<QString, Image> imagesById;
    QMap<QString, Instance> instancesById;
    QHash<QString, QStringList> launchesByToken; // ClientToken -> instance ids
    QHash<QString, ImageQuota> quotas;           // by "<product>/<region>"
    int launches = 0;                            // launches carried out (not repeats)

    // Answers instead of the cloud when it returns a reply (HTTP 503, RequestLimitExceeded).
    std::function<std::optional<Reply>(const Request &, int index)> before;
    // Carries the request out, then loses the answer when this says so.
    std::function<bool(const Request &, int index)> loseAnswer;

private:
    Reply handle(const Request &request);
    QString newId(Product product, bool image);

    int m_nextId = 1;
};

} // namespace imprint
