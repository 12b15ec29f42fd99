#include "alibabacloudbackend.h"
#include "awaitfuture.h"
#include "backendrecorder.h"
#include "simbackendoptions.h"
#include "simprocess.h"

#include <QUuid>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

const QString kRegion = s("cn-hangzhou");
const QString kCopyRegion = s("cn-shanghai");

} // namespace

// AlibabaCloudBackend against the real imprint-sim binary over the ECS RPC API: make an image
// from a running instance (every disk snapshotted), watch its progress, copy it to another
// region, rename it, launch two instances from it and delete it and its copy - once on a healthy
// server and once on one that drops 20% of the connections and throttles 10% of the requests
// (half of them after the action ran). No image, copy or instance may be made twice, none may
// be lost, and every failure must reach the caller as an error, never as a hang.
class TestEcsSimIntegration : public QObject
{
    Q_OBJECT

private slots:
    void cycle_data()
    {
        QTest::addColumn<bool>("faults");
        QTest::newRow("healthy") << false;
        QTest::newRow("faults") << true;
    }

    void cycle()
    {
        QFETCH(bool, faults);

        SimProcess sim;
        QVERIFY2(sim.start(simFaultArguments(faults, 11)), qPrintable(sim.error()));
        AlibabaCloudBackend backend(
            simBackendOptions<AlibabaCloudBackend::Options>(sim.url(), faults));
        QCOMPARE(backend.displayName(), s("imprint-sim at %1").arg(sim.url().authority()));
        QCOMPARE(backend.products(), QList<Product>{Product::Ecs});

        const BackendRecorder seen(backend);
        auto failIf = [&](const Error &error, const char *step) {
            return QStringLiteral("%1 failed: %2 [%3 %4]\n%5")
                .arg(QLatin1String(step), error.message, error.remoteCode, error.requestId,
                     QString::fromUtf8(sim.log().right(3000)));
        };
        auto named = [&](const QString &regionId, const QString &name) {
            QList<Image> out;
            const Result<QList<Image>> all =
                await(backend.fetchImages(Region::regionKey(Product::Ecs, regionId)));
            for (const Image &i : all.value())
                if (i.name == name)
                    out << i;
            return out;
        };

        const QString regionKey = Region::regionKey(Product::Ecs, kRegion);
        const Result<QList<Instance>> instances = await(backend.fetchInstances(regionKey));
        QVERIFY2(instances.ok(), qPrintable(failIf(instances.error(), "fetchInstances")));
        Instance source;
        for (const Instance &i : instances.value())
            if (i.name == s("ecs-web-01"))
                source = i;
        QVERIFY2(!source.id.isEmpty(), "the demo world's running ECS instance");
        QCOMPARE(source.state, InstanceState::Running);
        // DescribeInstances has no disks; DescribeDisks brings them, system disk first.
        QCOMPARE(source.disks.size(), 2);
        QCOMPARE(source.disks.first().role, DiskRole::System);
        QCOMPARE(source.dataDisks().size(), 1);

        const int rounds = faults ? 2 : 1;
        for (int round = 0; round < rounds; ++round) {
            const Result<QList<Image>> before = await(backend.fetchImages(regionKey));
            QVERIFY2(before.ok(), qPrintable(failIf(before.error(), "fetchImages")));

            // 1. From the running instance: it keeps running, every disk is snapshotted.
            const QString name =
                s("it-ecs-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
            CreateImageRequest create;
            create.product = Product::Ecs;
            create.regionId = kRegion;
            create.name = name;
            create.description = s("integration test");
            create.sourceInstanceId = source.id;
            create.tags = {{s("team"), s("web")}};
            const Result<Operation> creating = await(backend.createImage(create));
            QVERIFY2(creating.ok(), qPrintable(failIf(creating.error(), "createImage")));
            const QString imageId = creating->targetId;
            QVERIFY(imageId.startsWith(s("m-")));
            QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(creating->id).isFinished(), 90000);
            const Operation created = seen.lastOf(creating->id);
            QVERIFY2(created.state == OperationState::Succeeded,
                     qPrintable(failIf(created.error, "the create-image operation")));
            const QList<int> progress = seen.progressOf(creating->id);
            QVERIFY(std::is_sorted(progress.begin(), progress.end()));
            QCOMPARE(progress.last(), 100);
            QVERIFY(std::any_of(seen.imageChanges.begin(), seen.imageChanges.end(),
                                [&](const Image &i) {
                                    return i.id == imageId && i.state == ImageState::Available;
                                }));
            QList<Image> made = named(kRegion, name);
            QCOMPARE(made.size(), 1); // no duplicate, whatever the faults did
            QCOMPARE(made.first().id, imageId);
            QVERIFY(!made.first().systemSnapshotId.isEmpty());
            QCOMPARE(made.first().dataDisks.size(), 1); // ecs-web-01's data disk
            QCOMPARE(made.first().tags, create.tags);   // Tag.N there and back
            QCOMPARE(await(backend.fetchImages(regionKey))->size(), before->size() + 1);

            // 2. Copy it to another region.
            CopyImageRequest copy;
            copy.imageId = imageId;
            copy.targetRegionId = kCopyRegion;
            copy.name = name + s("-copy");
            const Result<Operation> copying = await(backend.copyImage(copy));
            QVERIFY2(copying.ok(), qPrintable(failIf(copying.error(), "copyImage")));
            QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(copying->id).isFinished(), 90000);
            QVERIFY2(seen.lastOf(copying->id).state == OperationState::Succeeded,
                     qPrintable(failIf(seen.lastOf(copying->id).error, "the copy operation")));
            const QList<Image> copies = named(kCopyRegion, copy.name);
            QCOMPARE(copies.size(), 1);
            QCOMPARE(copies.first().state, ImageState::Available);

            // 3. Rename it and change its tags: ModifyImageAttribute, then UntagResources /
            // TagResources, each retried as it is (all three are idempotent). Tags ECS would
            // refuse (21 of them, a reserved key) are refused before anything is sent, with
            // nothing changed.
            EditImageRequest edit;
            edit.imageId = imageId;
            edit.name = name + s("-renamed");
            edit.description = s("renamed by the integration test");
            QVERIFY(backend.policy(Product::Ecs).imageTagsEditable());
            edit.tags = QList<Tag>();
            for (int i = 1; i <= 21; ++i)
                edit.tags->append({s("k%1").arg(i), s("v")});
            const Result<Image> tooMany = await(backend.editImage(edit));
            QVERIFY(!tooMany.ok());
            QCOMPARE(tooMany.error().code, ErrorCode::InvalidArgument);
            edit.tags = QList<Tag>{{s("aliyun-owner"), s("x")}}; // a key ECS reserves
            const Result<Image> reserved = await(backend.editImage(edit));
            QVERIFY(!reserved.ok());
            QCOMPARE(reserved.error().code, ErrorCode::InvalidArgument);
            QVERIFY(named(kRegion, edit.name).isEmpty());
            QCOMPARE(named(kRegion, name).first().tags, create.tags);

            edit.tags = QList<Tag>{{s("team"), s("data")}, {s("env"), s("prod")}};
            const Result<Image> retagged = await(backend.editImage(edit));
            QVERIFY2(retagged.ok(), qPrintable(failIf(retagged.error(), "editImage (tags)")));
            QCOMPARE(retagged->tags, *edit.tags);
            // What imprint-sim itself now lists (DescribeImages), not what the client kept.
            QCOMPARE(named(kRegion, edit.name).size(), 1);
            QCOMPARE(named(kRegion, edit.name).first().tags, *edit.tags);
            // A tag removed: UntagResources alone.
            edit.tags = QList<Tag>{{s("env"), s("prod")}};
            const Result<Image> untagged = await(backend.editImage(edit));
            QVERIFY2(untagged.ok(), qPrintable(failIf(untagged.error(), "editImage (untag)")));
            QCOMPARE(named(kRegion, edit.name).first().tags, *edit.tags);
            const QString requests = QString::fromUtf8(sim.log());
            QVERIFY(requests.contains(s("TagResources")));
            QVERIFY(requests.contains(s("UntagResources")));

            // 4. Launch two instances from it.
            LaunchRequest launch;
            launch.imageId = imageId;
            launch.zoneId = source.zoneId;
            launch.instanceType = source.instanceType;
            launch.count = 2;
            launch.namePattern = name + s("-vm-{n}");
            const Result<Operation> launching = await(backend.launchInstances(launch));
            QVERIFY2(launching.ok(), qPrintable(failIf(launching.error(), "launchInstances")));
            QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(launching->id).isFinished(), 60000);
            QVERIFY2(seen.lastOf(launching->id).state == OperationState::Succeeded,
                     qPrintable(failIf(seen.lastOf(launching->id).error, "the launch operation")));
            const Result<QList<Instance>> now = await(backend.fetchInstances(regionKey));
            QVERIFY2(now.ok(), qPrintable(failIf(now.error(), "fetchInstances")));
            QList<Instance> fromImage;
            for (const Instance &i : now.value())
                if (i.imageId == imageId)
                    fromImage << i;
            QCOMPARE(fromImage.size(), 2); // neither lost nor launched twice
            for (const Instance &i : std::as_const(fromImage))
                QCOMPARE(i.state, InstanceState::Running);

            // 5. Delete the image (instances run from it) and its copy.
            const Status deleted = await(backend.deleteImages({imageId}));
            QVERIFY2(deleted.ok(), qPrintable(failIf(deleted.error(), "deleteImages")));
            const Status deletedCopy = await(backend.deleteImages({copies.first().id}));
            QVERIFY2(deletedCopy.ok(), qPrintable(failIf(deletedCopy.error(), "deleteImages")));
            QVERIFY(named(kRegion, edit.name).isEmpty());
            QVERIFY(named(kCopyRegion, copy.name).isEmpty());
        }

        if (faults) {
            const QString log = QString::fromUtf8(sim.log());
            qInfo("%lld requests, %lld dropped, %lld throttled", log.count(QLatin1Char('\n')) - 1,
                  log.count(s("fault=drop")), log.count(s("fault=ratelimit")));
            QVERIFY(log.contains(s("fault=drop")));
            QVERIFY(log.contains(s("fault=ratelimit")));
        }
        const Result<QList<Operation>> all = await(backend.fetchOperations());
        QVERIFY(all.ok());
        for (const Operation &op : all.value())
            QVERIFY2(op.isFinished(), qPrintable(op.targetName));
    }

    // CancelCopyImage: a copy in progress offers Cancel, and cancelling it ends the operation
    // as Cancelled and removes the half-made copy from the destination. What ECS cannot stop (an
    // image being made) stays refused with why, and the operation carries on.
    void cancelCopyOverTheApi()
    {
        SimProcess sim;
        // Real time: the copy must still be running when the cancel arrives.
        QVERIFY2(sim.start({s("--sim-speed"), s("1")}), qPrintable(sim.error()));
        AlibabaCloudBackend::Options options;
        options.endpoint = sim.url();
        options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
        options.pollIntervalMs = 200;
        options.refreshIntervalMs = 0;
        AlibabaCloudBackend backend(options);
        const BackendRecorder seen(backend);
        auto imagesIn = [&](const QString &regionId) {
            return await(backend.fetchImages(Region::regionKey(Product::Ecs, regionId)));
        };

        const Result<QList<Image>> images = imagesIn(kRegion);
        QVERIFY2(images.ok(), qPrintable(images.error().message));
        Image source;
        for (const Image &i : images.value())
            if (i.state == ImageState::Available && source.id.isEmpty())
                source = i;
        QVERIFY2(!source.id.isEmpty(), "the demo world has an available ECS image");

        CopyImageRequest copy;
        copy.imageId = source.id;
        copy.targetRegionId = kCopyRegion;
        copy.name = s("it-cancel-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const Result<Operation> copying = await(backend.copyImage(copy));
        QVERIFY2(copying.ok(), qPrintable(copying.error().message));
        QVERIFY(copying->cancellable);
        QVERIFY(!copying->isFinished());
        const QString copyId = copying->targetId;
        const auto copiesNamed = [&] {
            int n = 0;
            for (const Image &i : imagesIn(kCopyRegion).value())
                n += i.name == copy.name ? 1 : 0;
            return n;
        };
        QCOMPARE(copiesNamed(), 1);

        const Status cancelled = await(backend.cancelOperation(copying->id));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
        QCOMPARE(seen.lastOf(copying->id).state, OperationState::Cancelled);
        QVERIFY(!seen.lastOf(copying->id).cancellable);
        QVERIFY(seen.removed.contains(copyId));
        QCOMPARE(copiesNamed(), 0);
        QVERIFY(imagesIn(kRegion)->contains(source)); // the source is untouched
        QVERIFY(sim.log().contains("CancelCopyImage"));

        const Status again = await(backend.cancelOperation(copying->id));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(s("already finished")),
                 qPrintable(again.error().message));

        // An image being made cannot be stopped over the API.
        Instance running;
        for (const Instance &i :
             await(backend.fetchInstances(Region::regionKey(Product::Ecs, kRegion))).value())
            if (i.state == InstanceState::Running && running.id.isEmpty())
                running = i;
        QVERIFY(!running.id.isEmpty());
        CreateImageRequest create;
        create.product = Product::Ecs;
        create.regionId = kRegion;
        create.name = copy.name + s("-made");
        create.sourceInstanceId = running.id;
        const Result<Operation> creating = await(backend.createImage(create));
        QVERIFY2(creating.ok(), qPrintable(creating.error().message));
        QVERIFY(!creating->cancellable);
        const Status refused = await(backend.cancelOperation(creating->id));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY(!seen.lastOf(creating->id).isFinished());
    }

    void documentedQuotaSaysWhereItComesFrom()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        AlibabaCloudBackend::Options options;
        options.endpoint = sim.url();
        options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
        options.refreshIntervalMs = 0;
        AlibabaCloudBackend backend(options);
        const Result<QList<ImageQuota>> quotas = await(backend.fetchImageQuotas());
        QVERIFY2(quotas.ok(), qPrintable(quotas.error().message));
        QVERIFY(!quotas->isEmpty());
        for (const ImageQuota &q : quotas.value()) {
            QCOMPARE(q.product, Product::Ecs);
            QCOMPARE(q.quota, 100);
            QVERIFY(!q.source.isEmpty());
        }
    }

    void wrongKeyIsRefusedAndNeverEchoed()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        AlibabaCloudBackend::Options options;
        options.endpoint = sim.url();
        options.credentials = {SimProcess::secretId, s("not-the-secret"), {}};
        options.refreshIntervalMs = 0;
        AlibabaCloudBackend backend(options);
        const Result<QList<Region>> r = await(backend.fetchRegions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().remoteCode, s("SignatureDoesNotMatch"));
        QVERIFY(!r.error().requestId.isEmpty());
        QVERIFY(r.error().message.contains(s("AccessKey")));
        QVERIFY(!r.error().message.contains(s("not-the-secret")));
        QVERIFY(!sim.log().contains("not-the-secret"));
    }
};

QTEST_GUILESS_MAIN(TestEcsSimIntegration)
#include "tst_ecssimintegration.moc"
