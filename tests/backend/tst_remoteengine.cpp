#include "fakeproductcloud.h"
#include "remoteengine.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace imprint;
using namespace fakecloud;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// Calls one engine method and spins the event loop (everything lives in this thread) until
// its callback ran.
template <typename T, typename Start> T answer(Start start, int timeoutMs = 10000)
{
    std::optional<T> result;
    start([&result](T value) { result = std::move(value); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!result)
        return T(Error(ErrorCode::Timeout, s("test: the engine never answered (a hang)")));
    return *result;
}

RemoteAttempt lostAnswer()
{
    return RemoteAttempt::failed(RemoteAttempt::Kind::InDoubt,
                                 Error(ErrorCode::Timeout, s("The answer was lost.")), true);
}

} // namespace

// The remote engine over a made-up cloud (FakeTransport + FakeProductApi): what every cloud
// gets without writing it - paging, region fan-out, reconciliation of writes whose answer was
// lost, exact ClientTokens, delete batches, and operations that name the cloud they were given.
class TestRemoteEngine : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FakeCloudState> m_cloud;
    std::unique_ptr<RemoteEngine> m_engine;

    std::unique_ptr<RemoteEngine> engine()
    {
        RemoteCloud cloud;
        cloud.name = s("Fake Cloud");
        cloud.transport = std::make_unique<FakeTransport>(m_cloud);
        cloud.products.push_back(std::make_unique<FakeProductApi>());
        RemoteEngine::Options options;
        options.retry.maxAttempts = 4;
        options.retry.baseDelayMs = 1;
        options.retry.maxDelayMs = 4;
        options.pollIntervalMs = 0;
        options.refreshIntervalMs = 0;
        return std::make_unique<RemoteEngine>(std::move(cloud), options);
    }

    Result<QList<Image>> images(const QString &regionKey = {})
    {
        return answer<Result<QList<Image>>>(
            [this, regionKey](auto done) { m_engine->images(regionKey, done); });
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(s("imprint.*.debug=false")); }

    void init()
    {
        m_cloud = std::make_shared<FakeCloudState>();
        m_engine = engine();
    }

    void cleanup() { m_engine.reset(); }

    void pagesThroughEveryRegionAtTheProductsPageSize()
    {
        for (int i = 0; i < 25; ++i)
            m_cloud->addImage(s("north"), s("n%1").arg(i));
        for (int i = 0; i < 3; ++i)
            m_cloud->addImage(s("south"), s("s%1").arg(i));
        const Result<QList<Image>> all = images();
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->size(), 28);
        QSet<QString> ids;
        for (const Image &image : all.value())
            ids.insert(image.id);
        QCOMPARE(ids.size(), 28); // no page read twice
        // North: offsets 0, 10, 20 at 10 per page; south: one page.
        QList<int> northOffsets;
        for (const RemoteRequest &r : m_cloud->requestsFor(s("ListImages"))) {
            QCOMPARE(r.body.value(s("Limit")).toInt(), 10);
            if (r.region == s("north"))
                northOffsets << r.body.value(s("Offset")).toInt();
        }
        QCOMPARE(northOffsets, (QList<int>{0, 10, 20}));
        QCOMPARE(m_cloud->requestsFor(s("ListRegions")).size(), 1);

        const Result<QList<Image>> south = images(s("uhost/south"));
        QVERIFY2(south.ok(), qPrintable(south.error().message));
        QCOMPARE(south->size(), 3);
    }

    void aLostCreateIsAdoptedNotRepeated()
    {
        const Instance source = m_cloud->addInstance(s("north"), s("web"));
        // The first CreateImage runs, but its answer never arrives.
        m_cloud->fault = [](const RemoteRequest &r, int n) -> std::optional<FakeCloudState::Fault> {
            if (r.action == s("CreateImage") && n == 1)
                return FakeCloudState::Fault{lostAnswer(), true};
            return std::nullopt;
        };
        CreateImageRequest request;
        request.product = Product::UHost;
        request.regionId = s("north");
        request.name = s("golden");
        request.sourceInstanceId = source.id;
        const Result<Operation> op = answer<Result<Operation>>(
            [this, request](auto done) { m_engine->createImage(request, done); });
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(m_cloud->requestsFor(s("CreateImage")).size(), 1); // checked, not resent
        QCOMPARE(m_cloud->images.size(), 1);
        QCOMPARE(op->targetId, m_cloud->images.begin().key());
    }

    void aRefusalThatOurOwnEarlierAttemptExplainsIsAdopted()
    {
        // The name is taken before the call by someone else: that image is not ours.
        const Image theirs = m_cloud->addImage(s("north"), s("golden"));
        CreateImageRequest request;
        request.product = Product::UHost;
        request.regionId = s("north");
        request.name = s("golden");
        const Result<Operation> op = answer<Result<Operation>>(
            [this, request](auto done) { m_engine->createImage(request, done); });
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code, ErrorCode::DuplicateName);
        QCOMPARE(m_cloud->images.size(), 1);
        QCOMPARE(m_cloud->images.begin().key(), theirs.id);
    }

    void everyLaunchAttemptCarriesTheSameClientToken()
    {
        const Image image = m_cloud->addImage(s("south"), s("base"));
        m_cloud->fault = [](const RemoteRequest &r, int n) -> std::optional<FakeCloudState::Fault> {
            if (r.action == s("Launch") && n <= 2)
                return FakeCloudState::Fault{lostAnswer(), true};
            return std::nullopt;
        };
        LaunchRequest request;
        request.imageId = image.id;
        request.count = 2;
        request.namePattern = s("app");
        const Result<Operation> op = answer<Result<Operation>>(
            [this, request](auto done) { m_engine->launchInstances(request, done); });
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        const QList<RemoteRequest> launches = m_cloud->requestsFor(s("Launch"));
        QCOMPARE(launches.size(), 3);
        const QString token = launches.first().body.value(s("ClientToken")).toString();
        QVERIFY(!token.isEmpty());
        for (const RemoteRequest &r : launches)
            QCOMPARE(r.body.value(s("ClientToken")).toString(), token);
        QCOMPARE(m_cloud->instances.size(), 2); // launched once, answered three times
        // The count and the image as data: Recent Operations words the sentence when shown.
        QCOMPARE(op->targetCount, 2);
        QCOMPARE(op->sourceName, s("base"));
        QVERIFY(op->targetName.isEmpty()); // two instances: no one name stands for them

        // A caller's own token is sent exactly as given.
        request.clientToken = s("caller-token-1");
        QVERIFY(answer<Result<Operation>>([this, request](auto done) {
                    m_engine->launchInstances(request, done);
                }).ok());
        QCOMPARE(m_cloud->requestsFor(s("Launch")).last().body.value(s("ClientToken")).toString(),
                 s("caller-token-1"));
    }

    void deletesGoInTheProductsBatchesAndRetryOnlyWhatIsLeft()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << m_cloud->addImage(s("north"), s("old%1").arg(i)).id;
        QVERIFY(images().ok());
        // The first batch is carried out but its answer is lost.
        m_cloud->fault = [](const RemoteRequest &r, int n) -> std::optional<FakeCloudState::Fault> {
            if (r.action == s("DeleteImages") && n == 1)
                return FakeCloudState::Fault{lostAnswer(), true};
            return std::nullopt;
        };
        QSignalSpy logged(m_engine.get(), &RemoteEngine::operationsChanged);
        const Status deleted =
            answer<Status>([this, ids](auto done) { m_engine->deleteImages(ids, done); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().message));
        QVERIFY(m_cloud->images.isEmpty());
        // Recent Operations: one line for the region, however many calls it took.
        QCOMPARE(logged.count(), 1);
        const Operation op = logged.first().at(0).value<QList<Operation>>().first();
        QCOMPARE(op.kind, OperationKind::DeleteImage);
        QCOMPARE(op.state, OperationState::Succeeded);
        QCOMPARE(op.targetCount, 5);
        QCOMPARE(op.targetName, s("old0"));
        QCOMPARE(op.regionId, s("north"));
        // Three batches of at most two; the lost one is checked, not resent.
        const QList<RemoteRequest> calls = m_cloud->requestsFor(s("DeleteImages"));
        QCOMPARE(calls.size(), 3);
        for (const RemoteRequest &r : calls)
            QVERIFY(r.body.value(s("Ids")).toArray().size() <= 2);
    }

    void editsAndFailedDeletesAreLoggedToo()
    {
        const Image image = m_cloud->addImage(s("south"), s("before"));
        QVERIFY(images().ok());
        QSignalSpy logged(m_engine.get(), &RemoteEngine::operationsChanged);
        EditImageRequest edit;
        edit.imageId = image.id;
        edit.name = s("after");
        const Result<Image> edited =
            answer<Result<Image>>([this, edit](auto done) { m_engine->editImage(edit, done); });
        QVERIFY2(edited.ok(), qPrintable(edited.error().message));
        QCOMPARE(logged.count(), 1);
        Operation op = logged.last().at(0).value<QList<Operation>>().first();
        QCOMPARE(op.kind, OperationKind::EditImage);
        QCOMPARE(op.state, OperationState::Succeeded);
        QCOMPARE(op.targetName, s("after"));

        // A delete the cloud refuses is logged as failed, with the cloud's reason.
        m_cloud->fault = [](const RemoteRequest &r, int) -> std::optional<FakeCloudState::Fault> {
            if (r.action == s("DeleteImages"))
                return FakeCloudState::Fault{
                    RemoteAttempt::failed(RemoteAttempt::Kind::Refused,
                                          Error(ErrorCode::ImageBusy, s("The image is in use."))),
                    false};
            return std::nullopt;
        };
        const Status deleted = answer<Status>(
            [this, id = image.id](auto done) { m_engine->deleteImages({id}, done); });
        QVERIFY(!deleted.ok());
        op = logged.last().at(0).value<QList<Operation>>().first();
        QCOMPARE(op.kind, OperationKind::DeleteImage);
        QCOMPARE(op.state, OperationState::Failed);
        QCOMPARE(op.error.message, s("The image is in use."));
        QCOMPARE(op.targetName, s("after"));
        QVERIFY(m_cloud->images.contains(image.id));
    }

    // Issue 13, item 5: an overdue account's images the cloud releases after the grace period
    // vanish from the listing; Recent Operations says so, one line per region, as the simulator
    // logs its own releases. Images that are simply deleted are not called released.
    void imagesTheCloudReleasedAreLogged()
    {
        for (const char *name : {"held-1", "held-2"})
            m_cloud->addImage(s("south"), s(name), ImageState::ToBeRepossessed);
        const Image north = m_cloud->addImage(s("north"), s("held-3"), ImageState::ToBeRepossessed);
        const Image kept = m_cloud->addImage(s("south"), s("kept"));
        const Image deleted = m_cloud->addImage(s("south"), s("deleted"));
        QVERIFY(images().ok());
        QSignalSpy logged(m_engine.get(), &RemoteEngine::operationsChanged);

        // The console deletes one; the cloud releases every repossessed image.
        QVERIFY(answer<Status>([this, id = deleted.id](auto done) {
                    m_engine->deleteImages({id}, done);
                }).ok());
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.takeFirst().at(0).value<QList<Operation>>().first().kind,
                 OperationKind::DeleteImage);
        m_cloud->images.removeIf(
            [](const auto &entry) { return entry.value().state == ImageState::ToBeRepossessed; });
        const Result<QList<Image>> now = images();
        QVERIFY(now.ok());
        QCOMPARE(now->size(), 1);
        QCOMPARE(now->first().id, kept.id);

        QMap<QString, Operation> releases; // by region
        for (const QList<QVariant> &signal : std::as_const(logged))
            for (const Operation &op : signal.at(0).value<QList<Operation>>())
                releases.insert(op.regionId, op);
        QCOMPARE(releases.size(), 2);
        for (const Operation &op : std::as_const(releases)) {
            QCOMPARE(op.kind, OperationKind::ReleaseImage);
            QCOMPARE(op.state, OperationState::Succeeded);
            QVERIFY(op.isFinished());
        }
        QCOMPARE(releases.value(s("south")).targetCount, 2);
        QVERIFY(releases.value(s("south")).targetName.startsWith(s("held-")));
        QCOMPARE(releases.value(s("north")).targetCount, 1);
        QCOMPARE(releases.value(s("north")).targetName, s("held-3"));
        QCOMPARE(releases.value(s("north")).targetId, north.id);

        // Listing again finds nothing more gone: nothing more logged.
        logged.clear();
        QVERIFY(images().ok());
        QCOMPARE(logged.count(), 0);
    }

    void aTagChangeTheApiCannotSendIsRefusedWithoutACall()
    {
        const Image image = m_cloud->addImage(s("south"), s("untagged"));
        QVERIFY(images().ok());
        QSignalSpy logged(m_engine.get(), &RemoteEngine::operationsChanged);
        EditImageRequest edit;
        edit.imageId = image.id;
        edit.name = s("renamed");
        edit.description = image.description;
        edit.tags = QList<Tag>{{s("env"), s("staging")}};
        const Result<Image> refused =
            answer<Result<Image>>([this, edit](auto done) { m_engine->editImage(edit, done); });
        // Refused, not reported as done: the product API would have dropped the tags.
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY2(refused.error().message.contains(s("Nothing was changed")) &&
                     refused.error().message.contains(s("tags")),
                 qPrintable(refused.error().message));
        // The image is looked up, but no change is sent, not even the rename.
        QVERIFY(m_cloud->requestsFor(s("EditImage")).isEmpty());
        QCOMPARE(logged.count(), 0); // and nothing was done to log
        QCOMPARE(m_cloud->images.value(image.id).name, s("untagged"));

        // The image's own tags (none) sent back unchanged are no change: the rename goes through.
        edit.tags = QList<Tag>();
        const Result<Image> renamed =
            answer<Result<Image>>([this, edit](auto done) { m_engine->editImage(edit, done); });
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().message));
        QCOMPARE(m_cloud->requestsFor(s("EditImage")).size(), 1);
    }

    void operationsNameTheCloudTheyWereGiven()
    {
        const Instance source = m_cloud->addInstance(s("north"), s("web"));
        CreateImageRequest request;
        request.product = Product::UHost;
        request.regionId = s("north");
        request.name = s("broken");
        request.sourceInstanceId = source.id;
        QSignalSpy changes(m_engine.get(), &RemoteEngine::operationsChanged);
        const Result<Operation> op = answer<Result<Operation>>(
            [this, request](auto done) { m_engine->createImage(request, done); });
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        m_cloud->images[op->targetId].state = ImageState::Failed;
        m_engine->poll();
        QTRY_VERIFY(!changes.isEmpty() &&
                    changes.last().at(0).value<QList<Operation>>().last().state ==
                        OperationState::Failed);
        const QString message = changes.last().at(0).value<QList<Operation>>().last().error.message;
        QVERIFY2(message.startsWith(s("Fake Cloud reports")), qPrintable(message));
        QVERIFY(!message.contains(s("Tencent")));
    }

    void anIdNoProductClaimsIsRefusedWithoutACall()
    {
        m_cloud->requests.clear();
        const Result<Operation> op = answer<Result<Operation>>(
            [this](auto done) { m_engine->startInstance(s("xyz-1"), done); });
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code, ErrorCode::NotFound);
        QVERIFY(m_cloud->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteEngine)
#include "tst_remoteengine.moc"
