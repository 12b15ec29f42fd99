#pragma once

#include "credentials.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "operationtracker.h"
#include "productapi.h"
#include "region.h"
#include "remotecaller.h"
#include "remotetransport.h"
#include "requests.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace imprint {

class ChangeTracker;
class RemoteReader;

// What one cloud brings: its name for messages, its transport and one API per product.
struct RemoteCloud
{
    QString name; // "Tencent Cloud": who accepted, refused or reports something
    std::unique_ptr<RemoteTransport> transport;
    std::vector<std::unique_ptr<ProductApi>> products; // in the order their regions are listed
};

// The work behind RemoteBackend, in the backend's network thread, the same for every cloud:
// every Backend call as a sequence of calls the product APIs describe, the synthesised
// Operations and their polling, and the periodic light refresh that brings in changes made
// elsewhere.
//
// Non-idempotent calls never run twice by accident (see RemoteRequest::reconcile):
//  - launches carry a ClientToken (the request's, or one made once per logical call), which
//    every retry resends unchanged, so the cloud answers a repeat with the first launch;
//  - creating and copying an image first note the ids of images that already have the
//    requested name in the region; if an answer is lost, or the server refuses in a way our own
//    earlier attempt would explain, an image with that name and a new id is adopted as the
//    result instead of creating another (names are unique per region; where a cloud allows
//    duplicates, the ids noted before still tell ours apart);
//  - deletes retry only the images that still exist and count "already gone" as done;
//  - starting and stopping count an instance already in (or on its way to) the asked state as
//    done.
// If the state cannot be checked, the call fails with an error that says so rather than risk
// a duplicate.
class RemoteEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RetryPolicy retry;             // 5 attempts, 0.5 s doubling to 8 s, with jitter
        quint32 randomSeed = 0;        // back-off jitter; 0: from the system
        int pollIntervalMs = 3000;     // in-flight images and instances
        int refreshIntervalMs = 60000; // every region's lists; 0: no periodic refresh
        OperationTracker::Options operations;
    };
    template <typename T> using Done = std::function<void(T)>;

    RemoteEngine(RemoteCloud cloud, Options options, QObject *parent = nullptr);
    ~RemoteEngine() override;

    // Starts the timers; call in the engine's thread.
    void start();
    void setCredentials(const Credentials &credentials);

    void regions(Done<Result<QList<Region>>> done);
    void instances(const QString &regionKey, Done<Result<QList<Instance>>> done);
    void images(const QString &regionKey, Done<Result<QList<Image>>> done);
    QList<Operation> operations() const;
    void imageQuotas(Done<Result<QList<ImageQuota>>> done);
    // The product's projects (ProductApi::listProjects); none when it has no such thing.
    void projects(Product product, Done<Result<QStringList>> done);

    void createImage(const CreateImageRequest &request, Done<Result<Operation>> done);
    void copyImage(const CopyImageRequest &request, Done<Result<Operation>> done);
    void editImage(const EditImageRequest &request, Done<Result<Image>> done);
    // Stops an operation the cloud can stop (Operation::cancellable: a copy over an API with a
    // cancel call); the half-made copy goes from the lists. Anything else is refused with why.
    void cancelOperation(const QString &operationId, Done<Status> done);
    void deleteImages(const QStringList &imageIds, Done<Status> done);
    void launchInstances(const LaunchRequest &request, Done<Result<Operation>> done);
    void startInstance(const QString &instanceId, Done<Result<Operation>> done);
    void stopInstance(const QString &instanceId, Done<Result<Operation>> done);

    // Lists every region's images and instances, announcing what changed since last time.
    void refresh();
    // Asks the cloud about every in-flight image and instance now.
    void poll();

signals:
    void instancesChanged(const QList<imprint::Instance> &instances);
    void instancesRemoved(const QStringList &instanceIds);
    void imagesChanged(const QList<imprint::Image> &images);
    void imagesRemoved(const QStringList &imageIds);
    void operationsChanged(const QList<imprint::Operation> &operations);
    void connectionStateChanged(bool connected, const QString &text);
    // Before any imageQuotas() answer: the facade's policies take the cloud's figures.
    void quotasChanged(const QList<imprint::ImageQuota> &quotas);

private:
    // The API of the product this image or instance belongs to: the one that has seen it, else
    // the one whose ids look like it. Null when no product of this cloud claims it.
    const ProductApi *apiFor(Product product) const;
    const ProductApi *apiForImage(const QString &imageId) const;
    const ProductApi *apiForInstance(const QString &instanceId) const;
    Error unknownId(const QString &id) const;
    void locateImage(const QString &imageId, Done<Result<Image>> done);
    // Sends calls[next], then the ones after it, each once the one before has answered; `done`
    // gets the last answer, or the first refusal (the calls after it are not sent).
    void callInOrder(std::shared_ptr<QList<RemoteRequest>> calls, qsizetype next,
                     RemoteCaller::Done done);
    void locateInstance(const QString &instanceId, Done<Result<Instance>> done);
    void powerInstance(const QString &instanceId, bool start, Done<Result<Operation>> done);
    void deleteInRegion(const ProductApi &api, const QString &regionId, const QStringList &imageIds,
                        Done<Status> done);
    // The ids of the custom images named `name` in a region, before a call that makes one.
    void imageIdsNamed(Product product, const QString &regionId, const QString &name,
                       Done<Result<QSet<QString>>> done);
    // Reconciliation for calls that make an image named `name` in a region (see above): an
    // image found there that is not `before` is ours, and its id goes to `adopted`.
    RemoteRequest::Reconcile adoptNewImageNamed(Product product, const QString &regionId,
                                                const QString &name, QSet<QString> before,
                                                std::shared_ptr<QString> adopted);
    // The ids of a region's instances, before a launch that carries no ClientToken.
    void instanceIdsIn(const ProductApi &api, const QString &regionId,
                       Done<Result<QSet<QString>>> done);
    // Reconciliation for such a launch: instances of `image` found in its region that are not
    // `before` are ours, and their ids go to `adopted`.
    RemoteRequest::Reconcile adoptNewInstancesOf(const ProductApi &api, const Image &image,
                                                 QSet<QString> before,
                                                 std::shared_ptr<QStringList> adopted);
    // A launch went through (or was adopted): watch its instances until they run.
    void launched(const ProductApi &api, const Image &image, const Operation &op,
                  Result<QStringList> ids, Done<Result<Operation>> done,
                  std::function<void(const Error &)> failed);
    // The answer after the call went through: the operation, once its target was looked at.
    void announceStarted(const Operation &operation, Done<Result<Operation>> done);
    Image withProgress(Image image) const;
    qint64 creationSeconds(Product product, const QString &sourceInstanceId) const;

    QString m_cloudName;
    std::vector<std::unique_ptr<ProductApi>> m_products;
    Options m_options;
    RemoteCaller *m_caller;
    RemoteReader *m_reader;
    ChangeTracker *m_changes;
    OperationTracker *m_operations;
    QTimer *m_pollTimer;
    QTimer *m_refreshTimer;
    QSet<QString> m_pollsInFlight;
    bool m_refreshing = false;
};

} // namespace imprint
