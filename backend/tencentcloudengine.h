#pragma once

#include "credentials.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "region.h"
#include "requests.h"
#include "tencentapiclient.h"
#include "tencentoperationtracker.h"
#include "tencentretrypolicy.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QTimer;

namespace imprint {

class TencentChangeTracker;
class TencentCloudReader;

// The work behind TencentCloudBackend, in the backend's network thread: every Backend call as
// a sequence of API calls, the synthesised Operations and their polling, and the periodic
// light refresh that brings in changes made elsewhere.
//
// Non-idempotent calls never run twice by accident (see TencentApiRequest::reconcile):
//  - launches carry a ClientToken (the request's, or one made once per logical call), which
//    every retry resends unchanged, so the cloud answers a repeat with the first launch;
//  - CreateImage/CreateBlueprint and SyncImages first note the ids of images that already have
//    the requested name in the region; if an answer is lost, or the server refuses in a way
//    our own earlier attempt would explain, an image with that name and a new id is adopted as
//    the result instead of creating another (names are unique per region; where a cloud
//    allows duplicates, the ids noted before still tell ours apart);
//  - DeleteImages/DeleteBlueprints retry only the images that still exist and count "already
//    gone" as done;
//  - Start/StopInstances count an instance already in (or on its way to) the asked state as
//    done.
// If the state cannot be checked, the call fails with an error that says so rather than risk
// a duplicate.
class TencentCloudEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: the real endpoints (https://cvm.tencentcloudapi.com,
        // https://lighthouse.tencentcloudapi.com). Else every service at this base URL, e.g.
        // imprint-sim at http://127.0.0.1:PORT.
        QUrl endpoint;
        Credentials credentials;
        QString defaultRegion = QStringLiteral("ap-guangzhou"); // region-less actions
        QByteArray language;                                    // X-TC-Language, e.g. "en-US"
        int transferTimeoutMs = 15000; // per attempt (QNetworkRequest::setTransferTimeout)
        TencentRetryPolicy retry;      // 5 attempts, 0.5 s doubling to 8 s, with jitter
        quint32 randomSeed = 0;        // jitter; 0: from the system
        int pollIntervalMs = 3000;     // in-flight images and instances
        int refreshIntervalMs = 60000; // every region's lists; 0: no periodic refresh
        TencentOperationTracker::Options operations;
    };
    template <typename T> using Done = std::function<void(T)>;

    explicit TencentCloudEngine(Options options, QObject *parent = nullptr);
    ~TencentCloudEngine() override;

    // Starts the timers; call in the engine's thread.
    void start();
    void setCredentials(const Credentials &credentials);
    const Options &options() const { return m_options; }

    void regions(Done<Result<QList<Region>>> done);
    void instances(const QString &regionKey, Done<Result<QList<Instance>>> done);
    void images(const QString &regionKey, Done<Result<QList<Image>>> done);
    QList<Operation> operations() const;
    void imageQuotas(Done<Result<QList<ImageQuota>>> done);

    void createImage(const CreateImageRequest &request, Done<Result<Operation>> done);
    void copyImage(const CopyImageRequest &request, Done<Result<Operation>> done);
    void editImage(const EditImageRequest &request, Done<Result<Image>> done);
    void deleteImages(const QStringList &imageIds, Done<Status> done);
    void launchInstances(const LaunchRequest &request, Done<Result<Operation>> done);
    void startInstance(const QString &instanceId, Done<Result<Operation>> done);
    void stopInstance(const QString &instanceId, Done<Result<Operation>> done);

    // Lists every region's images and instances, announcing what changed since last time.
    void refresh();
    // Asks the cloud about every in-flight image and instance now.
    void poll();

    // Tencent ids say their product: Lighthouse's start with "lh" (lhins-, lhbp-), CVM's not.
    static Product productOfId(const QString &id);

signals:
    void instanceChanged(const imprint::Instance &instance);
    void instanceRemoved(const QString &instanceId);
    void imageChanged(const imprint::Image &image);
    void imageRemoved(const QString &imageId);
    void operationChanged(const imprint::Operation &operation);
    void connectionStateChanged(bool connected, const QString &text);
    // Before any imageQuotas() answer: the facade's policies take the cloud's figures.
    void quotasChanged(const QList<imprint::ImageQuota> &quotas);

private:
    void locateImage(const QString &imageId, Done<Result<Image>> done);
    void locateInstance(const QString &instanceId, Done<Result<Instance>> done);
    void powerInstance(const QString &instanceId, bool start, Done<Result<Operation>> done);
    void deleteInRegion(Product product, const QString &regionId, const QStringList &imageIds,
                        Done<Status> done);
    // Reconciliation for calls that make an image named `name` in a region (see above).
    TencentApiRequest::Reconcile
    adoptNewImageNamed(Product product, const QString &regionId, const QString &name,
                       QSet<QString> before, std::function<QJsonObject(const Image &)> answer);
    // The answer after the call went through: the operation, once its target was looked at.
    void announceStarted(const Operation &operation, Done<Result<Operation>> done);
    Image withProgress(Image image) const;
    qint64 creationSeconds(Product product, const QString &sourceInstanceId) const;

    Options m_options;
    TencentApiClient *m_client;
    TencentCloudReader *m_reader;
    TencentChangeTracker *m_changes;
    TencentOperationTracker *m_operations;
    QTimer *m_pollTimer;
    QTimer *m_refreshTimer;
    QSet<QString> m_pollsInFlight;
    bool m_refreshing = false;
};

} // namespace imprint
