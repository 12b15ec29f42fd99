#include "awaitfuture.h"
#include "backendrecorder.h"
#include "simbackendoptions.h"
#include "simprocess.h"
#include "tencentcloudbackend.h"

#include <QUuid>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

} // namespace

// TencentCloudBackend against the real imprint-sim binary: the whole create -> progress ->
// available -> launch -> delete cycle for CVM and Lighthouse, once on a healthy server and once
// on one that drops 20% of the connections and rate-limits 10% of the requests (half of them
// after the action ran). No image or instance may be made twice, and every failure must reach
// the caller as an error, never as a hang.
class TestTencentSimIntegration : public QObject
{
    Q_OBJECT

private slots:
    void cycle_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<bool>("faults");
        QTest::newRow("cvm") << Product::Cvm << false;
        QTest::newRow("lighthouse") << Product::Lighthouse << false;
        QTest::newRow("cvm-faults") << Product::Cvm << true;
        QTest::newRow("lighthouse-faults") << Product::Lighthouse << true;
    }

    void cycle()
    {
        QFETCH(Product, product);
        QFETCH(bool, faults);

        SimProcess sim;
        QVERIFY2(sim.start(simFaultArguments(faults, 7)), qPrintable(sim.error()));
        TencentCloudBackend backend(
            simBackendOptions<TencentCloudBackend::Options>(sim.url(), faults));
        QCOMPARE(backend.displayName(), s("imprint-sim at %1").arg(sim.url().authority()));

        const BackendRecorder seen(backend);
        auto failIf = [&](const Error &error, const char *step) {
            return QStringLiteral("%1 failed: %2 [%3 %4]\n%5")
                .arg(QLatin1String(step), error.message, error.remoteCode, error.requestId,
                     QString::fromUtf8(sim.log().right(3000)));
        };

        const QString regionKey = Region::regionKey(product, s("ap-guangzhou"));
        const QString sourceName = product == Product::Cvm ? s("api-gateway-01") : s("blog-server");

        // 1. The instance to image.
        const Result<QList<Instance>> instances = await(backend.fetchInstances(regionKey));
        QVERIFY2(instances.ok(), qPrintable(failIf(instances.error(), "fetchInstances")));
        Instance source;
        for (const Instance &i : instances.value())
            if (i.name == sourceName)
                source = i;
        QVERIFY2(!source.id.isEmpty(), "the demo world's instance to image");
        // Faulty rounds repeat the cycle, so that more writes meet a lost answer.
        const int rounds = faults ? 3 : 1;
        for (int round = 0; round < rounds; ++round) {
            const Result<QList<Image>> before = await(backend.fetchImages(regionKey));
            QVERIFY2(before.ok(), qPrintable(failIf(before.error(), "fetchImages")));

            // 2. Create the image: forced shutdown, and for CVM the data disks.
            const QString name =
                s("it-%1-%2")
                    .arg(productKey(product), QUuid::createUuid().toString(QUuid::Id128).left(8));
            CreateImageRequest create;
            create.product = product;
            create.regionId = s("ap-guangzhou");
            create.name = name;
            create.description = s("integration test");
            create.sourceInstanceId = source.id;
            // CVM: TagSpecification there, Tags back; Lighthouse: Tags both ways.
            create.tags = {{s("team"), s("web")}, {s("env"), {}}};
            if (product == Product::Cvm) {
                create.shutDownFirst = true;
                for (const Disk &d : source.dataDisks())
                    create.dataDiskIds << d.id;
                QVERIFY(!create.dataDiskIds.isEmpty());
            } else {
                create.forcedShutdownConsent = true;
            }
            const Result<Operation> creating = await(backend.createImage(create));
            QVERIFY2(creating.ok(), qPrintable(failIf(creating.error(), "createImage")));
            const QString imageId = creating->targetId;
            QVERIFY(!imageId.isEmpty());

            // 3. Progress until available.
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

            // No duplicate image, whatever the faults did.
            const Result<QList<Image>> after = await(backend.fetchImages(regionKey));
            QVERIFY2(after.ok(), qPrintable(failIf(after.error(), "fetchImages")));
            QList<Image> named;
            for (const Image &i : after.value())
                if (i.name == name)
                    named << i;
            QCOMPARE(named.size(), 1);
            QCOMPARE(named.first().id, imageId);
            QCOMPARE(named.first().state, ImageState::Available);
            QCOMPARE(after->size(), before->size() + 1);
            QCOMPARE(named.first().tags, create.tags);
            if (product == Product::Cvm)
                QCOMPARE(named.first().dataDisks.size(), create.dataDiskIds.size());

            // Changing the tags later is not over this path (no tag service call): the policy
            // says so for the Edit dialog, and an edit that tries is refused, nothing changed.
            QVERIFY(!backend.policy(product).imageTagsEditable());
            QVERIFY(!backend.policy(product).imageTagEditUnavailableReason().isEmpty());
            EditImageRequest retag{imageId, name + s("-renamed"), create.description};
            retag.tags = QList<Tag>{{s("team"), s("data")}};
            const Result<Image> retagged = await(backend.editImage(retag));
            QVERIFY(!retagged.ok());
            QCOMPARE(retagged.error().code, ErrorCode::Unsupported);
            const Result<QList<Image>> unchanged = await(backend.fetchImages(regionKey));
            QVERIFY2(unchanged.ok(), qPrintable(failIf(unchanged.error(), "fetchImages")));
            for (const Image &i : unchanged.value())
                if (i.id == imageId) {
                    QCOMPARE(i.name, name);
                    QCOMPARE(i.tags, create.tags);
                }

            // 4. Launch one instance from it.
            LaunchRequest launch;
            launch.imageId = imageId;
            launch.zoneId = source.zoneId;
            launch.instanceType = source.instanceType;
            launch.billing = source.billing;
            launch.count = 1;
            launch.namePattern = name + s("-vm");
            const Result<Operation> launching = await(backend.launchInstances(launch));
            QVERIFY2(launching.ok(), qPrintable(failIf(launching.error(), "launchInstances")));
            QTRY_VERIFY_WITH_TIMEOUT(seen.lastOf(launching->id).isFinished(), 60000);
            const Operation launched = seen.lastOf(launching->id);
            QVERIFY2(launched.state == OperationState::Succeeded,
                     qPrintable(failIf(launched.error, "the launch operation")));
            const Result<QList<Instance>> now = await(backend.fetchInstances(regionKey));
            QVERIFY2(now.ok(), qPrintable(failIf(now.error(), "fetchInstances")));
            QList<Instance> fromImage;
            for (const Instance &i : now.value())
                if (i.imageId == imageId)
                    fromImage << i;
            QCOMPARE(fromImage.size(), 1); // no duplicate launch
            QCOMPARE(fromImage.first().state, InstanceState::Running);
            QCOMPARE(fromImage.first().id, launched.targetId);

            // 5. Delete the image.
            const Status deleted = await(backend.deleteImages({imageId}));
            QVERIFY2(deleted.ok(), qPrintable(failIf(deleted.error(), "deleteImages")));
            QVERIFY(seen.removed.contains(imageId));
            const Result<QList<Image>> last = await(backend.fetchImages(regionKey));
            QVERIFY2(last.ok(), qPrintable(failIf(last.error(), "fetchImages")));
            for (const Image &i : last.value())
                QVERIFY(i.id != imageId && i.name != name);
        }

        if (faults) {
            // The faults did strike, before and after actions ran, and were ridden out.
            const QString log = QString::fromUtf8(sim.log());
            int writesHitAfter = 0;
            for (const QString &line : log.split(QLatin1Char('\n')))
                if (line.contains(s("/after")) &&
                    (line.contains(s(" Create")) || line.contains(s(" RunInstances")) ||
                     line.contains(s(" Delete"))))
                    ++writesHitAfter;
            qInfo("%s: %lld requests, %lld dropped, %lld rate-limited, %d writes whose answer "
                  "was lost after they ran",
                  QTest::currentDataTag(), log.count(QLatin1Char('\n')) - 1,
                  log.count(s("fault=drop")), log.count(s("fault=ratelimit")), writesHitAfter);
            QVERIFY(log.contains(s("fault=drop")));
            QVERIFY(log.contains(s("fault=ratelimit")));
        }

        // Every operation ended; none is left running.
        const Result<QList<Operation>> all = await(backend.fetchOperations());
        QVERIFY(all.ok());
        for (const Operation &op : all.value())
            QVERIFY2(op.isFinished(), qPrintable(op.targetName));
    }

    void givesUpVisiblyWhenTheServerIsGone()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        const QUrl url = sim.url();
        TencentCloudBackend::Options options;
        options.endpoint = url;
        options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
        options.retry.maxAttempts = 3;
        options.retry.baseDelayMs = 20;
        options.refreshIntervalMs = 0;
        TencentCloudBackend backend(options);
        QVERIFY(await(backend.fetchRegions()).ok());
        QList<bool> states;
        connect(&backend, &Backend::connectionStateChanged, this,
                [&](bool connected, const QString &) { states << connected; });
        sim.stop(); // the server is gone; nothing listens on its port any more
        const Result<QList<Instance>> r = await(backend.fetchInstances());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.contains(s("Gave up after 3 attempts")),
                 qPrintable(r.error().message));
        QCOMPARE(states, QList<bool>{false});
    }

    void wrongKeyIsRefusedWithAnAuthFailure()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        TencentCloudBackend::Options options;
        options.endpoint = sim.url();
        options.credentials = {SimProcess::secretId, s("not-the-key"), {}};
        options.refreshIntervalMs = 0;
        TencentCloudBackend backend(options);
        const Result<QList<Region>> r = await(backend.fetchRegions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().remoteCode, s("AuthFailure.SignatureFailure"));
        QVERIFY(!r.error().requestId.isEmpty());
        QVERIFY(!r.error().message.contains(s("not-the-key")));
    }
};

QTEST_GUILESS_MAIN(TestTencentSimIntegration)
#include "tst_tencentsimintegration.moc"
