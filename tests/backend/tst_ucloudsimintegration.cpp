// UCloudBackend against the real imprint-sim binary, seed 001 end to end: make an image with
// one data disk associated, see an economy disk refused, copy the image to another region and
// project (system disk only), launch a host from it in the snapshot's zone, stop and start it,
// rename the image, delete it. Once on a healthy server and once on one that drops 20% of the
// connections and rate-limits 10% of the requests (some after the action ran): no image, copy
// or host may be made twice - CreateUHostInstance has no ClientToken, so the engine must
// reconcile by listing - and every failure must reach the caller as an error, never a hang.

#include "awaitfuture.h"
#include "backendrecorder.h"
#include "servertesthelpers.h"
#include "simbackendoptions.h"
#include "simprocess.h"
#include "ucloudbackend.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QtTest>

using namespace imprint;
using servertest::where;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

const QString kRegion = s("cn-bj2");
const QString kCopyRegion = s("hk");
const QString kCopyProject = s("org-data");

UCloudBackend::Options optionsFor(const QUrl &url, bool faults)
{
    return simBackendOptions<UCloudBackend::Options>(url, faults);
}

} // namespace

class TestUCloudSimIntegration : public QObject
{
    Q_OBJECT

private slots:
    void cycle_data();
    void cycle();
    void wrongKeyIsRefused();
    void realAccountCannotRenameAndSaysWhy();
    void plainHttpToAnotherHostIsRefused();
};

void TestUCloudSimIntegration::cycle_data()
{
    QTest::addColumn<bool>("faults");
    QTest::newRow("healthy") << false;
    QTest::newRow("faults") << true;
}

void TestUCloudSimIntegration::cycle()
{
    QFETCH(bool, faults);
    SimProcess sim;
    QVERIFY2(sim.start(QStringList{s("--sim-speed"), s("500")} + simFaultArguments(faults, 7)),
             qPrintable(sim.error()));

    UCloudBackend backend(optionsFor(sim.url(), faults));
    QCOMPARE(backend.displayName(), s("imprint-sim at %1").arg(sim.url().authority()));
    QCOMPARE(backend.products(), QList<Product>{Product::UHost});
    QVERIFY(backend.policy(Product::UHost).imageEditUnavailableReason().isEmpty());

    const BackendRecorder seen(backend);
    auto failIf = [&](const Error &error, const char *step) {
        return QStringLiteral("%1 failed: %2 [%3 %4]\n%5")
            .arg(QLatin1String(step), error.message, error.remoteCode, error.requestId,
                 QString::fromUtf8(sim.log().right(3000)));
    };
    auto finished = [&](const Result<Operation> &started, const char *step) {
        if (!started)
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!seen.lastOf(started->id).isFinished() && timer.elapsed() < 90000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const Operation op = seen.lastOf(started->id);
        if (op.state != OperationState::Succeeded)
            qWarning("%s", qPrintable(failIf(op.error, step)));
        return op.state == OperationState::Succeeded;
    };
    const QString regionKey = Region::regionKey(Product::UHost, kRegion);
    const QString copyKey = Region::regionKey(Product::UHost, kCopyRegion);

    // Regions with their zones, projects for the copy dialog, the seed's quota.
    const Result<QList<Region>> regions = await(backend.fetchRegions());
    QVERIFY2(regions.ok(), qPrintable(failIf(regions.error(), "fetchRegions")));
    QCOMPARE(regions->size(), 6);
    const Result<QStringList> projects = await(backend.fetchProjects(Product::UHost, kRegion));
    QVERIFY2(projects.ok(), qPrintable(failIf(projects.error(), "fetchProjects")));
    QVERIFY(projects->contains(kCopyProject));
    const Result<QList<ImageQuota>> quotas = await(backend.fetchImageQuotas());
    QVERIFY2(quotas.ok(), qPrintable(failIf(quotas.error(), "fetchImageQuotas")));
    for (const ImageQuota &q : quotas.value())
        QCOMPARE(q.quota, q.regionId.startsWith(s("cn-")) && q.regionId != s("cn-gd") ? 30 : 10);

    // The host to image: web-01, with an SSD data disk and an economy one.
    const Result<QList<Instance>> instances = await(backend.fetchInstances(regionKey));
    QVERIFY2(instances.ok(), qPrintable(failIf(instances.error(), "fetchInstances")));
    const QList<Instance> webs =
        where<Instance>(instances.value(), [](const Instance &i) { return i.name == "web-01"; });
    QCOMPARE(webs.size(), 1);
    const Instance web = webs.first();
    QCOMPARE(web.projectId, s("org-web"));
    Disk ssd;
    Disk economy;
    for (const Disk &d : web.dataDisks())
        (d.kind == DiskKind::EconomyCloud ? economy : ssd) = d;
    QVERIFY(!ssd.id.isEmpty() && !economy.id.isEmpty());

    const int rounds = faults ? 2 : 1;
    for (int round = 0; round < rounds; ++round) {
        const QString name =
            s("it-uhost-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        CreateImageRequest create;
        create.product = Product::UHost;
        create.regionId = kRegion;
        create.name = name;
        create.description = s("integration test");
        create.sourceInstanceId = web.id;

        // The economy disk is refused, naming it; nothing is made.
        create.dataDiskIds = {economy.id};
        const Result<Operation> refused = await(backend.createImage(create));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DiskNotAssociable);
        QVERIFY2(refused.error().message.contains(economy.id), qPrintable(refused.error().message));

        // One data disk associated.
        create.dataDiskIds = {ssd.id};
        const Result<Operation> creating = await(backend.createImage(create));
        QVERIFY2(creating.ok(), qPrintable(failIf(creating.error(), "createImage")));
        QVERIFY(finished(creating, "the create-image operation"));
        const QString imageId = creating->targetId;
        const Result<QList<Image>> images = await(backend.fetchImages(regionKey));
        QVERIFY2(images.ok(), qPrintable(failIf(images.error(), "fetchImages")));
        const QList<Image> named =
            where<Image>(images.value(), [&](const Image &i) { return i.name == name; });
        QCOMPARE(named.size(), 1); // not made twice
        const Image image = named.first();
        QCOMPARE(image.id, imageId);
        QCOMPARE(image.state, ImageState::Available);
        QCOMPARE(image.dataDisks.size(), 1);
        QCOMPARE(image.snapshotZoneId, web.zoneId);
        QCOMPARE(image.projectId, web.projectId);

        // Rename it and its remarks.
        const Result<Image> renamed =
            await(backend.editImage({imageId, name + s("-r"), s("new remarks")}));
        QVERIFY2(renamed.ok(), qPrintable(failIf(renamed.error(), "editImage")));
        QCOMPARE(renamed->name, name + s("-r"));
        QCOMPARE(renamed->description, s("new remarks"));

        // Copy to another region and project: the system disk only.
        const Result<Operation> copying =
            await(backend.copyImage({imageId, kCopyRegion, kCopyProject, QString()}));
        QVERIFY2(copying.ok(), qPrintable(failIf(copying.error(), "copyImage")));
        QVERIFY(finished(copying, "the copy operation"));
        const Result<QList<Image>> copies = await(backend.fetchImages(copyKey));
        QVERIFY2(copies.ok(), qPrintable(failIf(copies.error(), "fetchImages")));
        const QList<Image> copied =
            where<Image>(copies.value(), [&](const Image &i) { return i.name == name + s("-r"); });
        QCOMPARE(copied.size(), 1); // not copied twice
        QCOMPARE(copied.first().projectId, kCopyProject);
        QVERIFY(copied.first().dataDisks.isEmpty());
        QCOMPARE(copied.first().state, ImageState::Available);

        // Launch a host from it in the snapshot's zone; exactly one, whatever was lost.
        LaunchRequest launch;
        launch.imageId = imageId;
        launch.zoneId = image.snapshotZoneId;
        launch.instanceType = web.instanceType;
        launch.billing = BillingMethod::PayAsYouGo;
        launch.systemDiskKind = DiskKind::CloudSsd;
        launch.dataDiskKind = DiskKind::CloudSsd;
        launch.namePattern = name + s("-host");
        const Result<Operation> launching = await(backend.launchInstances(launch));
        QVERIFY2(launching.ok(), qPrintable(failIf(launching.error(), "launchInstances")));
        QVERIFY(finished(launching, "the launch operation"));
        const Result<QList<Instance>> now = await(backend.fetchInstances(regionKey));
        QVERIFY2(now.ok(), qPrintable(failIf(now.error(), "fetchInstances")));
        const QList<Instance> hosts =
            where<Instance>(now.value(), [&](const Instance &i) { return i.imageId == imageId; });
        // No duplicate launch; on failure, what the server saw of the launches.
        QVERIFY2(hosts.size() == 1, qPrintable(QString::fromUtf8(sim.log())
                                                   .split(QLatin1Char('\n'))
                                                   .filter(s("CreateUHostInstance"))
                                                   .join(QLatin1Char('\n'))));
        QCOMPARE(hosts.first().state, InstanceState::Running);
        QCOMPARE(hosts.first().zoneId, image.snapshotZoneId);

        // Stop and start it.
        QVERIFY(finished(await(backend.stopInstance(hosts.first().id)), "stop"));
        QVERIFY(finished(await(backend.startInstance(hosts.first().id)), "start"));

        // Delete both images; the data-disk snapshot goes with the original.
        const Status deleted = await(backend.deleteImages({imageId, copied.first().id}));
        QVERIFY2(deleted.ok(), qPrintable(failIf(deleted.error(), "deleteImages")));
        QVERIFY(seen.removed.contains(imageId) && seen.removed.contains(copied.first().id));
        const Result<QList<Image>> last = await(backend.fetchImages(regionKey));
        QVERIFY2(last.ok(), qPrintable(failIf(last.error(), "fetchImages")));
        QVERIFY(
            where<Image>(last.value(), [&](const Image &i) { return i.id == imageId; }).isEmpty());
    }

    if (faults) {
        const QString log = QString::fromUtf8(sim.log());
        qInfo("%lld requests, %lld dropped, %lld rate-limited", log.count(QLatin1Char('\n')),
              log.count(s("fault=drop")), log.count(s("fault=ratelimit")));
        QVERIFY(log.contains(s("fault=drop")));
        QVERIFY(log.contains(s("fault=ratelimit")));
    }
    const Result<QList<Operation>> all = await(backend.fetchOperations());
    QVERIFY(all.ok());
    for (const Operation &op : all.value())
        QVERIFY2(op.isFinished(), qPrintable(op.targetName));
}

void TestUCloudSimIntegration::wrongKeyIsRefused()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.error()));
    UCloudBackend::Options options = optionsFor(sim.url(), false);
    options.credentials.secretKey = s("not-the-key");
    UCloudBackend backend(options);
    const Result<QList<Region>> r = await(backend.fetchRegions());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().remoteCode, s("171"));
    QVERIFY(!r.error().requestId.isEmpty());
    QVERIFY(r.error().message.contains(s("PrivateKey")));
    QVERIFY(!r.error().message.contains(s("not-the-key")));
}

void TestUCloudSimIntegration::realAccountCannotRenameAndSaysWhy()
{
    UCloudBackend::Options options;
    options.refreshIntervalMs = 0;
    UCloudBackend real(options); // https://api.ucloud.cn; nothing is sent here
    QCOMPARE(real.displayName(), s("UCloud"));
    const QString why = real.policy(Product::UHost).imageEditUnavailableReason();
    QVERIFY(why.contains(s("unavailable over the API")));
    QVERIFY(why.contains(s("console")));
    QVERIFY(!UCloudBackend::canRenameImages(QUrl()));
    QVERIFY(UCloudBackend::canRenameImages(QUrl(s("http://127.0.0.1:8080"))));
}

void TestUCloudSimIntegration::plainHttpToAnotherHostIsRefused()
{
    // Nothing is signed for such an address, so nothing can be captured and replayed.
    UCloudBackend::Options options = optionsFor(QUrl(s("http://203.0.113.7:8080")), false);
    options.retry.maxAttempts = 1;
    UCloudBackend backend(options);
    const Result<QList<Region>> r = await(backend.fetchRegions());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(s("HTTPS")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestUCloudSimIntegration)
#include "tst_ucloudsimintegration.moc"
