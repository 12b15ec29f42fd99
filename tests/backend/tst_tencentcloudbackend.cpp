#include "apienvelope.h"
#include "cvmapimapper.h"
#include "fakecloudserver.h"
#include "faketencentcloud.h"
#include "tencentcloudbackend.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

#include <memory>

using namespace imprint;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

QString s(const char *text)
{
    return QLatin1String(text);
}

// Spins the event loop (the fake server lives in this thread) until the future resolves.
template <typename T> T await(QFuture<T> future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return T(Error(ErrorCode::Timeout, s("test: the call never answered (a hang)")));
    // Change signals were queued before the answer; let them in.
    QCoreApplication::processEvents();
    return future.result();
}

// Everything the backend announced, in order.
struct Announcements
{
    QList<Image> images;
    QStringList removedImages;
    QList<Instance> instances;
    QList<Operation> operations;

    explicit Announcements(Backend *backend)
    {
        QObject::connect(backend, &Backend::imagesChanged, backend,
                         [this](const QList<Image> &batch) { images << batch; });
        QObject::connect(backend, &Backend::imagesRemoved, backend,
                         [this](const QStringList &ids) { removedImages << ids; });
        QObject::connect(backend, &Backend::instancesChanged, backend,
                         [this](const QList<Instance> &batch) { instances << batch; });
        QObject::connect(backend, &Backend::operationsChanged, backend,
                         [this](const QList<Operation> &batch) { operations << batch; });
    }
    std::optional<Operation> lastOf(const QString &id) const
    {
        for (qsizetype n = operations.size() - 1; n >= 0; --n)
            if (operations.at(n).id == id)
                return operations.at(n);
        return std::nullopt;
    }
    bool sawImage(const QString &id, ImageState state) const
    {
        return std::any_of(images.begin(), images.end(),
                           [&](const Image &i) { return i.id == id && i.state == state; });
    }
};

} // namespace

// TencentCloudBackend against an in-test cloud: paging, fan-out over regions, synthesised
// operations and their polling, idempotent retries of writes, error mapping, quotas from the
// cloud, and no secret in any log line.
class TestTencentCloudBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCloudServer> m_server;
    std::unique_ptr<FakeTencentCloud> m_cloud;

    TencentCloudBackend::Options options() const
    {
        TencentCloudBackend::Options o;
        o.endpoint = m_server->url();
        o.credentials = {s(FakeCloudServer::secretId), s(FakeCloudServer::secretKey), {}};
        o.transferTimeoutMs = 2000;
        o.retry.maxAttempts = 5;
        o.retry.baseDelayMs = 10;
        o.retry.maxDelayMs = 40;
        o.pollIntervalMs = 50;
        o.refreshIntervalMs = 0;
        o.operations.maxPollFailures = 2;
        return o;
    }

    std::unique_ptr<TencentCloudBackend> backend() const
    {
        return std::make_unique<TencentCloudBackend>(options());
    }

    QList<FakeCloudServer::Request> requests(const QString &action,
                                             const QString &region = {}) const
    {
        QList<FakeCloudServer::Request> out;
        for (const FakeCloudServer::Request &r : m_server->requests(action))
            if (region.isEmpty() || r.region == region)
                out << r;
        return out;
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(s("*.debug=true"));
    }

    void cleanupTestCase()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(s(FakeCloudServer::secretKey)), qPrintable(line));
            QVERIFY2(!line.contains(s("Authorization"), Qt::CaseInsensitive), qPrintable(line));
            QVERIFY2(!line.contains(s("TC3-HMAC")), qPrintable(line));
            QVERIFY2(!line.contains(s("Signature=")), qPrintable(line));
        }
    }

    void init()
    {
        m_server = std::make_unique<FakeCloudServer>();
        QVERIFY(m_server->listen());
        m_cloud = std::make_unique<FakeTencentCloud>(*m_server);
        m_cloud->addRegion(Product::Cvm, s("ap-guangzhou"),
                           {s("ap-guangzhou-3"), s("ap-guangzhou-4")});
        m_cloud->addRegion(Product::Cvm, s("ap-shanghai"), {s("ap-shanghai-2")});
        m_cloud->addRegion(Product::Lighthouse, s("ap-guangzhou"), {s("ap-guangzhou-3")});
    }

    void cleanup()
    {
        QVERIFY2(m_server->allAuthentic(), "every request must carry a valid signature");
        m_cloud.reset();
        m_server.reset();
    }

    void describesWhatItIsConnectedTo()
    {
        auto b = backend();
        QCOMPARE(b->displayName(), s("imprint-sim at 127.0.0.1:%1").arg(m_server->url().port()));
        QCOMPARE(b->products(), (QList<Product>{Product::Cvm, Product::Lighthouse}));
        QVERIFY(!b->canControlAccount());
        QCOMPARE(b->policy(Product::Lighthouse).product(), Product::Lighthouse);
        TencentCloudBackend::Options real = options();
        real.endpoint = QUrl();
        QCOMPARE(TencentCloudBackend(real).displayName(), s("Tencent Cloud"));
        QVERIFY(!await(b->fetchAccount()).ok());
        QVERIFY(!await(b->cancelOperation(s("tcop-1"))).ok());
    }

    void pagesThroughEveryImage()
    {
        for (int n = 0; n < 250; ++n)
            m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("image-%1").arg(n));
        m_cloud->addImage(Product::Cvm, s("ap-shanghai"), s("elsewhere"));
        auto b = backend();
        const Result<QList<Image>> images = await(b->fetchImages(s("cvm/ap-guangzhou")));
        QVERIFY2(images.ok(), qPrintable(images.error().message));
        QCOMPARE(images->size(), 250);
        QSet<QString> ids;
        for (const Image &i : images.value())
            ids.insert(i.id);
        QCOMPARE(ids.size(), 250);

        const QList<FakeCloudServer::Request> pages =
            requests(s("DescribeImages"), s("ap-guangzhou"));
        QCOMPARE(pages.size(), 3);
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(pages.at(n).body.value(s("Offset")).toInt(), n * 100);
            QCOMPARE(pages.at(n).body.value(s("Limit")).toInt(), 100);
            // Custom images only: the real cloud also lists public images.
            const QJsonObject filter =
                pages.at(n).body.value(s("Filters")).toArray().first().toObject();
            QCOMPARE(filter.value(s("Name")).toString(), s("image-type"));
            QCOMPARE(filter.value(s("Values")).toArray().first().toString(), s("PRIVATE_IMAGE"));
        }
        QCOMPARE(requests(s("DescribeImages"), s("ap-shanghai")).size(), 0);
    }

    void readsEveryRegionOfBothProductsOnce()
    {
        m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("a"));
        m_cloud->addInstance(Product::Cvm, s("ap-shanghai"), s("b"));
        m_cloud->addInstance(Product::Lighthouse, s("ap-guangzhou"), s("c"));
        auto b = backend();
        const Result<QList<Region>> regions = await(b->fetchRegions());
        QVERIFY(regions.ok());
        QCOMPARE(regions->size(), 3);
        QCOMPARE(regions->first().zones.size(), 2);
        const Result<QList<Instance>> all = await(b->fetchInstances());
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->size(), 3);
        QCOMPARE(requests(s("DescribeInstances")).size(), 3);
        QVERIFY(await(b->fetchInstances()).ok());
        // Regions and zones are looked up once per product and region, then cached.
        QCOMPARE(requests(s("DescribeRegions")).size(), 2);
        QCOMPARE(requests(s("DescribeZones")).size(), 3);
        const Result<QList<Instance>> one = await(b->fetchInstances(s("lighthouse/ap-guangzhou")));
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().product, Product::Lighthouse);
        QVERIFY(!await(b->fetchInstances(s("cvm/nowhere"))).ok());
    }

    void launchResendsOneClientTokenThroughRetries()
    {
        const Image image = m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("golden"));
        // First the launch is carried out but its answer lost; then the rate limit; then a
        // gateway error; then it gets through.
        m_cloud->loseAnswer = [](const FakeCloudServer::Request &r, int n) {
            return r.action == s("RunInstances") && n == 0;
        };
        m_cloud->before = [](const FakeCloudServer::Request &r,
                             int n) -> std::optional<FakeCloudServer::Reply> {
            if (r.action != s("RunInstances"))
                return std::nullopt;
            if (n == 1)
                return FakeCloudServer::Reply::error(s("RequestLimitExceeded"), s("Slow down."));
            if (n == 2)
                return FakeCloudServer::Reply::http(503);
            return std::nullopt;
        };
        auto b = backend();
        Announcements seen(b.get());
        LaunchRequest launch;
        launch.imageId = image.id;
        launch.zoneId = s("ap-guangzhou-3");
        launch.instanceType = s("S5.MEDIUM4");
        launch.namePattern = s("web-{n}");
        launch.count = 2;
        const Result<Operation> op = await(b->launchInstances(launch));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(op->kind, OperationKind::LaunchInstances);
        QCOMPARE(op->regionId, s("ap-guangzhou"));

        const QList<FakeCloudServer::Request> sent = requests(s("RunInstances"));
        QCOMPARE(sent.size(), 4);
        const QString token = sent.first().body.value(s("ClientToken")).toString();
        QVERIFY(!token.isEmpty());
        for (const FakeCloudServer::Request &r : sent)
            QCOMPARE(r.body.value(s("ClientToken")).toString(), token);
        QCOMPARE(m_cloud->launches, 1); // one launch, however many requests
        const QStringList ids = m_cloud->launchesByToken.value(token);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(op->targetId, ids.first());
        // The new instances were announced before the call resolved.
        QVERIFY(std::any_of(seen.instances.begin(), seen.instances.end(),
                            [&](const Instance &i) { return i.id == ids.first(); }));

        for (const QString &id : ids)
            m_cloud->instancesById[id].state = InstanceState::Running;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id) && seen.lastOf(op->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(op->id)->state, OperationState::Succeeded);
        QCOMPARE(seen.lastOf(op->id)->progress, 100);

        // A token the caller chose is the one sent.
        launch.clientToken = s("caller-token-1");
        QVERIFY(await(b->launchInstances(launch)).ok());
        QCOMPARE(requests(s("RunInstances")).last().body.value(s("ClientToken")).toString(),
                 s("caller-token-1"));
    }

    void createImageAdoptsTheImageOfALostAnswer()
    {
        const Instance source =
            m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("api-gateway"));
        m_cloud->addImage(Product::Cvm, s("ap-shanghai"), s("golden")); // same name elsewhere
        // Every CreateImage is carried out and its answer lost.
        m_cloud->loseAnswer = [](const FakeCloudServer::Request &r, int) {
            return r.action == s("CreateImage");
        };
        auto b = backend();
        Announcements seen(b.get());
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = s("ap-guangzhou");
        request.name = s("golden");
        request.sourceInstanceId = source.id;
        request.shutDownFirst = true;
        request.dataDiskIds = {s("disk-data-1")};
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY2(op.ok(), qPrintable(op.error().message));

        // Never sent again by us; Qt may resend once on its own, which the cloud refuses.
        QVERIFY(requests(s("CreateImage")).size() <= 3);
        const QJsonObject sent = requests(s("CreateImage")).first().body;
        QCOMPARE(sent.value(s("ForcePoweroff")).toString(), s("TRUE"));
        QCOMPARE(sent.value(s("DataDiskIds")).toArray().first().toString(), s("disk-data-1"));
        QList<Image> golden;
        for (const Image &i : m_cloud->images(s("golden")))
            if (i.regionId == s("ap-guangzhou"))
                golden << i;
        QCOMPARE(golden.size(), 1);
        QCOMPARE(op->targetId, golden.first().id);
        QCOMPARE(op->kind, OperationKind::CreateImage);
        QCOMPARE(op->state, OperationState::Running);
        QVERIFY(seen.sawImage(golden.first().id, ImageState::Creating));

        // Progress follows SyncPercent; done when the image is NORMAL.
        m_cloud->imagesById[golden.first().id].progress = 40;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->progress >= 40, 10000);
        m_cloud->imagesById[golden.first().id].state = ImageState::Available;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(op->id)->state, OperationState::Succeeded);
        QVERIFY(seen.sawImage(golden.first().id, ImageState::Available));
        const Result<QList<Operation>> operations = await(b->fetchOperations());
        QCOMPARE(operations->size(), 1);
        QCOMPARE(operations->first().state, OperationState::Succeeded);
    }

    void createBlueprintAdoptsAfterARefusalItsOwnEchoCaused()
    {
        // QNetworkAccessManager may resend a request whose connection closed unanswered; the
        // resent copy is refused ("name taken") by the image the first copy made.
        const Instance source =
            m_cloud->addInstance(Product::Lighthouse, s("ap-guangzhou"), s("blog"));
        m_cloud->before = [this](const FakeCloudServer::Request &r,
                                 int n) -> std::optional<FakeCloudServer::Reply> {
            if (r.action != s("CreateBlueprint") || n != 0)
                return std::nullopt;
            m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("blog-base"),
                              ImageState::Creating);
            return FakeCloudServer::Reply::error(s("InvalidParameterValue.Duplicated"),
                                                 s("The name is taken."));
        };
        auto b = backend();
        CreateImageRequest request;
        request.product = Product::Lighthouse;
        request.regionId = s("ap-guangzhou");
        request.name = s("blog-base");
        request.sourceInstanceId = source.id;
        request.forcedShutdownConsent = true;
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(m_cloud->images(s("blog-base")).size(), 1);
        QCOMPARE(op->targetId, m_cloud->images(s("blog-base")).first().id);
        QCOMPARE(requests(s("CreateBlueprint")).first().body.value(s("ForcePowerOff")).toBool(),
                 true);
    }

    void createImageAdoptsTheImageItsRetryIsRefusedFor()
    {
        // Issue 16, defect 3, as imprint-sim's --faults showed it: the first CreateImage took
        // effect but its answer was lost, the listing before the retry did not show the image
        // yet, and the retry is refused with InvalidImageName.Duplicate. The image is ours.
        const Instance source = m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("api"));
        m_cloud->before = [this](const FakeCloudServer::Request &r,
                                 int n) -> std::optional<FakeCloudServer::Reply> {
            if (r.action != s("CreateImage"))
                return std::nullopt;
            if (n == 0)
                return FakeCloudServer::Reply::drop();
            m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("api-golden"),
                              ImageState::Creating);
            return FakeCloudServer::Reply::error(s("InvalidImageName.Duplicate"),
                                                 s("The name is taken."));
        };
        auto b = backend();
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = s("ap-guangzhou");
        request.name = s("api-golden");
        request.sourceInstanceId = source.id;
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(requests(s("CreateImage")).size(), 2);
        QCOMPARE(m_cloud->images(s("api-golden")).size(), 1);
        QCOMPARE(op->targetId, m_cloud->images(s("api-golden")).first().id);
    }

    void refusedCallsFailWithCodeRequestIdAndAFailedOperation()
    {
        const Instance source = m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("api"));
        m_cloud->before = [](const FakeCloudServer::Request &r,
                             int) -> std::optional<FakeCloudServer::Reply> {
            if (r.action != s("CreateImage"))
                return std::nullopt;
            return FakeCloudServer::Reply::error(s("ImageQuotaLimitExceeded"),
                                                 s("The image quota of ap-guangzhou is used up; "
                                                   "delete an image first."),
                                                 s("req-quota-1"));
        };
        auto b = backend();
        Announcements seen(b.get());
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = s("ap-guangzhou");
        request.name = s("one-too-many");
        request.sourceInstanceId = source.id;
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code, ErrorCode::QuotaExceeded);
        QCOMPARE(op.error().remoteCode, s("ImageQuotaLimitExceeded"));
        QCOMPARE(op.error().requestId, s("req-quota-1"));
        QVERIFY(op.error().message.startsWith(s("The image quota")));
        QCOMPARE(requests(s("CreateImage")).size(), 1);
        // The operation the user saw start ends failed, with the same error.
        QVERIFY(!seen.operations.isEmpty());
        const Operation failed = seen.operations.last();
        QCOMPARE(failed.state, OperationState::Failed);
        QCOMPARE(failed.error.requestId, s("req-quota-1"));
        QCOMPARE(failed.targetName, s("one-too-many"));
    }

    void copyImageFollowsTheCopyInItsRegion()
    {
        const Image source = m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("golden"));
        m_cloud->loseAnswer = [](const FakeCloudServer::Request &r, int n) {
            return r.action == s("SyncImages") && n == 0;
        };
        auto b = backend();
        Announcements seen(b.get());
        const Result<Operation> op =
            await(b->copyImage({source.id, s("ap-shanghai"), {}, s("golden-sh")}));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(op->kind, OperationKind::CopyImage);
        QCOMPARE(op->regionId, s("ap-shanghai"));
        // One copy, though the first answer was lost.
        QCOMPARE(m_cloud->images(s("golden-sh")).size(), 1);
        const Image copy = m_cloud->images(s("golden-sh")).first();
        QCOMPARE(copy.regionId, s("ap-shanghai"));
        QCOMPARE(op->targetId, copy.id);
        QCOMPARE(requests(s("SyncImages")).first().region, s("ap-guangzhou"));
        m_cloud->imagesById[copy.id].state = ImageState::Available;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(op->id)->state, OperationState::Succeeded);
        QVERIFY(seen.sawImage(copy.id, ImageState::Available));

        // Lighthouse cannot copy across regions: refused before anything is sent.
        const Image blueprint = m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("bp"));
        const Result<Operation> refused =
            await(b->copyImage({blueprint.id, s("ap-shanghai"), {}, {}}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CrossRegionNotSupported);
    }

    void failedImageFailsItsOperation()
    {
        const Instance source = m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("api"));
        auto b = backend();
        Announcements seen(b.get());
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = s("ap-guangzhou");
        request.name = s("doomed");
        request.sourceInstanceId = source.id;
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY(op.ok());
        m_cloud->imagesById[op->targetId].state = ImageState::Failed;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(op->id)->state, OperationState::Failed);
        QVERIFY(seen.lastOf(op->id)->error.message.contains(s("could not be made")));
    }

    void unknownStatesReadAsBusy()
    {
        const Instance source = m_cloud->addInstance(Product::Cvm, s("ap-guangzhou"), s("api"));
        bool odd = true;
        m_cloud->before = [this, &odd](const FakeCloudServer::Request &r,
                                       int) -> std::optional<FakeCloudServer::Reply> {
            if (!odd || r.action != s("DescribeImages") || !r.body.contains(s("ImageIds")))
                return std::nullopt;
            const QString id = r.body.value(s("ImageIds")).toArray().first().toString();
            if (!m_cloud->imagesById.contains(id))
                return std::nullopt;
            QJsonObject page =
                CvmApiMapper::buildDescribeImagesResponse({{m_cloud->imagesById.value(id)}, 1});
            QJsonArray set = page.value(s("ImageSet")).toArray();
            QJsonObject image = set.first().toObject();
            image.insert(s("ImageState"), s("TRANSMOGRIFYING")); // a state added next year
            set.replace(0, image);
            page.insert(s("ImageSet"), set);
            return FakeCloudServer::Reply::ok(page);
        };
        auto b = backend();
        Announcements seen(b.get());
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = s("ap-guangzhou");
        request.name = s("novel");
        request.sourceInstanceId = source.id;
        const Result<Operation> op = await(b->createImage(request));
        QVERIFY(op.ok());
        m_cloud->imagesById[op->targetId].state = ImageState::Available;
        const int before = int(requests(s("DescribeImages")).size());
        QTRY_VERIFY_WITH_TIMEOUT(requests(s("DescribeImages")).size() > before + 3, 10000);
        QVERIFY(!seen.lastOf(op->id)->isFinished()); // busy, not failed
        odd = false;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(op->id)->state, OperationState::Succeeded);
    }

    void lostPollingFailsTheOperationInsteadOfHanging()
    {
        const Image image = m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("bp"));
        auto b = backend();
        Announcements seen(b.get());
        LaunchRequest launch;
        launch.imageId = image.id;
        launch.zoneId = s("ap-guangzhou-3");
        launch.instanceType = s("bundle_basic_2c2g");
        const Result<Operation> op = await(b->launchInstances(launch));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(requests(s("CreateInstances")).size(), 1);
        m_cloud->before = [](const FakeCloudServer::Request &r,
                             int) -> std::optional<FakeCloudServer::Reply> {
            if (r.action == s("DescribeInstances"))
                return FakeCloudServer::Reply::http(503);
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(op->id)->isFinished(), 15000);
        const Operation failed = *seen.lastOf(op->id);
        QCOMPARE(failed.state, OperationState::Failed);
        QVERIFY2(failed.error.message.contains(s("lost track")), qPrintable(failed.error.message));
        QVERIFY2(failed.error.message.contains(s("HTTP 503")), qPrintable(failed.error.message));
    }

    void stopAndStartFollowTheInstance()
    {
        const Instance vm = m_cloud->addInstance(Product::Cvm, s("ap-shanghai"), s("db"));
        auto b = backend();
        Announcements seen(b.get());
        QVERIFY(await(b->fetchInstances()).ok());
        const Result<Operation> stop = await(b->stopInstance(vm.id));
        QVERIFY2(stop.ok(), qPrintable(stop.error().message));
        QCOMPARE(stop->kind, OperationKind::StopInstance);
        QCOMPARE(stop->targetName, s("db"));
        QCOMPARE(m_cloud->instancesById[vm.id].state, InstanceState::Stopping);
        m_cloud->instancesById[vm.id].state = InstanceState::Stopped;
        QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(stop->id)->isFinished(), 10000);
        QCOMPARE(seen.lastOf(stop->id)->state, OperationState::Succeeded);
        QCOMPARE(seen.instances.last().state, InstanceState::Stopped);
    }

    void deleteCountsImagesAnEarlierAttemptDeleted()
    {
        const Image a = m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("a"));
        const Image b1 = m_cloud->addImage(Product::Cvm, s("ap-shanghai"), s("b"));
        const Image c = m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("c"));
        m_cloud->loseAnswer = [](const FakeCloudServer::Request &r, int n) {
            return r.action.startsWith(s("Delete")) && n == 0;
        };
        auto b = backend();
        Announcements seen(b.get());
        QVERIFY(await(b->fetchImages()).ok());
        const Status deleted = await(b->deleteImages({a.id, b1.id, c.id}));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().message));
        QVERIFY(m_cloud->imagesById.isEmpty());
        // One call per region. A lost answer is reconciled, not blindly resent; Qt itself may
        // resend once, which the cloud refuses as "not found" and reconciling accepts.
        QCOMPARE(requests(s("DeleteImages"), s("ap-shanghai")).size() +
                     requests(s("DeleteImages"), s("ap-guangzhou")).size(),
                 requests(s("DeleteImages")).size());
        QVERIFY(requests(s("DeleteImages")).size() >= 2);
        QVERIFY(requests(s("DeleteImages")).size() <= 3);
        QVERIFY(requests(s("DeleteBlueprints")).size() <= 2);
        QCOMPARE(QSet<QString>(seen.removedImages.begin(), seen.removedImages.end()),
                 (QSet<QString>{a.id, b1.id, c.id}));

        // Deleting what is not there is refused with the cloud's code.
        const Status again = await(b->deleteImages({a.id}));
        QVERIFY(!again.ok());
    }

    void editImageAnswersWithTheEditedImage()
    {
        const Image image = m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("old"));
        auto b = backend();
        const Result<Image> edited =
            await(b->editImage({image.id, s("new-name"), s("new description")}));
        QVERIFY2(edited.ok(), qPrintable(edited.error().message));
        QCOMPARE(edited->name, s("new-name"));
        QCOMPARE(edited->description, s("new description"));
    }

    void quotasComeFromTheCloud()
    {
        ImageQuota cvm;
        cvm.product = Product::Cvm;
        cvm.regionId = s("ap-guangzhou");
        cvm.quota = 500;
        m_cloud->quotas.insert(s("cvm/ap-guangzhou"), cvm);
        cvm.regionId = s("ap-shanghai");
        cvm.quota = 480;
        m_cloud->quotas.insert(s("cvm/ap-shanghai"), cvm);
        ImageQuota lighthouse;
        lighthouse.product = Product::Lighthouse;
        lighthouse.regionId = s("ap-guangzhou");
        lighthouse.quota = 30;
        lighthouse.used = 2;
        lighthouse.freeTier = 7;
        m_cloud->quotas.insert(s("lighthouse/ap-guangzhou"), lighthouse);
        m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("x"));
        m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("y"));

        auto b = backend();
        QCOMPARE(b->policy(Product::Cvm).customImageQuota(s("ap-guangzhou")), 10); // the seed
        const Result<QList<ImageQuota>> quotas = await(b->fetchImageQuotas());
        QVERIFY2(quotas.ok(), qPrintable(quotas.error().message));
        QCOMPARE(quotas->size(), 3);
        QCOMPARE(quotas->at(0).quota, 500);
        QCOMPARE(quotas->at(0).used, 2); // DescribeImages' TotalCount
        QCOMPARE(quotas->at(2).quota, 30);
        QCOMPARE(quotas->at(2).freeTier, 7);
        // The policies the UI reads now carry the cloud's figures.
        QCOMPARE(b->policy(Product::Cvm).customImageQuota(s("ap-guangzhou")), 500);
        QCOMPARE(b->policy(Product::Cvm).customImageQuota(s("ap-shanghai")), 480);
        QCOMPARE(b->policy(Product::Lighthouse).customImageQuota(s("ap-guangzhou")), 30);
        QCOMPARE(b->policy(Product::Lighthouse).freeImagesPerRegion(), 7);
        QCOMPARE(requests(s("DescribeGeneralResourceQuotas")).size(), 1);
    }

    void periodicRefreshAnnouncesChangesMadeElsewhere()
    {
        const Image kept = m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("kept"));
        const Image renamed = m_cloud->addImage(Product::Cvm, s("ap-guangzhou"), s("before"));
        const Image dropped = m_cloud->addImage(Product::Lighthouse, s("ap-guangzhou"), s("bp"));
        TencentCloudBackend::Options o = options();
        o.refreshIntervalMs = 100;
        TencentCloudBackend b(o);
        Announcements seen(&b);
        QVERIFY(await(b.fetchImages()).ok());
        QVERIFY(seen.images.isEmpty()); // the caller has the listing; nothing to announce

        m_cloud->imagesById[renamed.id].name = s("after");
        m_cloud->imagesById.remove(dropped.id);
        const Image added = m_cloud->addImage(Product::Cvm, s("ap-shanghai"), s("new"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.images.size() >= 2 && !seen.removedImages.isEmpty(), 10000);
        QCOMPARE(seen.removedImages, QStringList{dropped.id});
        QStringList changed;
        for (const Image &i : std::as_const(seen.images))
            changed << i.id;
        QVERIFY(changed.contains(renamed.id));
        QVERIFY(changed.contains(added.id));
        QVERIFY(!changed.contains(kept.id));
    }

    void errorsNeverCarryTheSecret()
    {
        m_cloud->before = [](const FakeCloudServer::Request &,
                             int) -> std::optional<FakeCloudServer::Reply> {
            return FakeCloudServer::Reply::drop();
        };
        TencentCloudBackend::Options o = options();
        o.retry.maxAttempts = 2;
        TencentCloudBackend b(o);
        const Result<QList<Region>> r = await(b.fetchRegions());
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.contains(s(FakeCloudServer::secretKey)));
        QVERIFY(!r.error().message.contains(s("Authorization")));
    }
};

QTEST_GUILESS_MAIN(TestTencentCloudBackend)
#include "tst_tencentcloudbackend.moc"
