// Durability over a crash: imprint-sim is killed with SIGKILL while a CreateImage runs and
// started again on the same data folder. The image is still there in a valid state (CREATING
// or NORMAL), it finishes, and its source instance is released.
//
// The same kill and restart over the other wire protocols (issue 16): Alibaba Cloud ECS, whose
// writes carry a ClientToken - replayed after every restart, each answers exactly its first
// result and makes nothing new - and UCloud UHost, which has no token: what was acknowledged
// before a kill is there exactly once after it (the client reconciles by listing, so a listing
// must never show a write twice or lose it). Every restart must open the store cleanly.

#include "apiclient.h"
#include "ecsapimapper.h"
#include "servertesthelpers.h"
#include "simprocess.h"
#include "ucloudenvelope.h"
#include "uhostapimapper.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace servertest;

class TestSimServerRestart : public QObject
{
    Q_OBJECT

private slots:
    void killDuringCreateImageLosesNothing();
    void ecsTokenWritesAreExactAcrossKills();
    void uhostWritesSurviveKillsExactlyOnce();
    void secondServerOnTheSameFolderIsRefused();
};

namespace {

// A function, not a constant: SimProcess's keys are another file's statics.
Credentials keys()
{
    return {SimProcess::secretId, SimProcess::secretKey, {}};
}

// SIGKILL, then a start on the same folder: false (with why) when the store does not open.
bool killAndRestart(SimProcess &sim, const QString &dir, QString *why)
{
    sim.kill();
    if (sim.start({}, dir))
        return true;
    *why = sim.error();
    return false;
}

QString ecsImageStatus(ApiClient &c, const QString &region, const QString &imageId)
{
    EcsDescribeImagesCall call;
    call.regionId = region;
    call.imageIds = {imageId};
    call.statuses = EcsApiMapper::imageStatuses();
    const ApiAnswer a =
        c.ecs(QStringLiteral("DescribeImages"), EcsApiMapper::buildDescribeImagesRequest(call));
    const QJsonArray images = a.response.value(QLatin1String("Images"))
                                  .toObject()
                                  .value(QLatin1String("Image"))
                                  .toArray();
    return images.size() == 1 ? text(images.first().toObject(), "Status") : QString();
}

// Every image of the region with that name, in every state.
QList<Image> ecsImagesNamed(ApiClient &c, const QString &region, const QString &name)
{
    EcsDescribeImagesCall call;
    call.regionId = region;
    call.imageName = name;
    call.ownerAlias = QStringLiteral("self");
    call.statuses = EcsApiMapper::imageStatuses();
    call.page.size = EcsPage::maxSize;
    const ApiAnswer a =
        c.ecs(QStringLiteral("DescribeImages"), EcsApiMapper::buildDescribeImagesRequest(call));
    const Result<Page<Image>> page = EcsApiMapper::parseDescribeImagesResponse(a.response, region);
    QList<Image> out;
    for (const Image &i : page.ok() ? page->items : QList<Image>())
        if (i.name == name)
            out << i;
    return out;
}

QList<Instance> ecsInstances(ApiClient &c, const QString &region)
{
    EcsDescribeCall call;
    call.regionId = region;
    call.page.size = EcsPage::maxSize;
    const ApiAnswer a = c.ecs(QStringLiteral("DescribeInstances"),
                              EcsApiMapper::buildDescribeInstancesRequest(call));
    const Result<Page<Instance>> page =
        EcsApiMapper::parseDescribeInstancesResponse(a.response, region);
    return page.ok() ? page->items : QList<Instance>();
}

// A UCloud answer's fields (RetCode 0), or an empty object.
QJsonObject ucloudFields(const ApiAnswer &a, const QString &action)
{
    const Result<QJsonObject> fields = UCloudEnvelope::unwrap(a.body, action);
    return fields.ok() ? fields.value() : QJsonObject();
}

QList<Image> uhostImages(ApiClient &c, const UHostScope &scope)
{
    UHostListQuery query;
    query.limit = UHostListQuery::maxLimit;
    const QString action = QStringLiteral("DescribeImage");
    const ApiAnswer a = c.ucloud(UHostApiMapper::buildDescribeImageRequest(scope, query));
    const Result<Page<Image>> page =
        UHostApiMapper::parseDescribeImageResponse(ucloudFields(a, action), scope);
    return page.ok() ? page->items : QList<Image>();
}

QList<Instance> uhostInstances(ApiClient &c, const UHostScope &scope)
{
    UHostListQuery query;
    query.limit = UHostListQuery::maxLimit;
    const QString action = QStringLiteral("DescribeUHostInstance");
    const ApiAnswer a = c.ucloud(UHostApiMapper::buildDescribeUHostInstanceRequest(scope, query));
    const Result<Page<Instance>> page =
        UHostApiMapper::parseDescribeUHostInstanceResponse(ucloudFields(a, action), scope);
    return page.ok() ? page->items : QList<Instance>();
}

} // namespace

void TestSimServerRestart::killDuringCreateImageLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Credentials credentials{SimProcess::secretId, SimProcess::secretKey, {}};
    QString imageId, instanceId;
    {
        // A slow clock, so that the image is surely still being made when the kill comes.
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--sim-speed"), QStringLiteral("10")}, dir.path()),
                 qPrintable(sim.error()));
        ApiClient c(sim.url(), credentials);
        const ApiAnswer sources =
            c.call("cvm", "DescribeInstances", filterBody("instance-name", "api-gateway-01"));
        instanceId = text(first(sources, "InstanceSet"), "InstanceId");
        const ApiAnswer created =
            c.call("cvm", "CreateImage",
                   {{QStringLiteral("ImageName"), QStringLiteral("survives-a-kill")},
                    {QStringLiteral("InstanceId"), instanceId},
                    {QStringLiteral("ForcePoweroff"), QStringLiteral("TRUE")}});
        QVERIFY2(created.ok(), created.describe());
        imageId = text(created.response, "ImageId");
        QTest::qWait(500); // a few engine ticks
        const ApiAnswer creating =
            c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
        QCOMPARE(text(first(creating, "ImageSet"), "ImageState"), QStringLiteral("CREATING"));
        sim.kill();
    }

    SimProcess again;
    QVERIFY2(again.start({}, dir.path()), qPrintable(again.error()));
    ApiClient c(again.url(), credentials);
    const ApiAnswer after =
        c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
    QVERIFY2(after.ok(), after.describe());
    const QString state = text(first(after, "ImageSet"), "ImageState");
    QVERIFY2(state == QLatin1String("CREATING") || state == QLatin1String("NORMAL"),
             qPrintable(state));
    QCOMPARE(text(first(after, "ImageSet"), "ImageName"), QStringLiteral("survives-a-kill"));
    QVERIFY(waitFor([&] {
        const ApiAnswer a =
            c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
        return text(first(a, "ImageSet"), "ImageState") == QLatin1String("NORMAL");
    }));
    // The instance is free again: no operation left hanging on it.
    QVERIFY(waitFor([&] {
        const ApiAnswer a = c.call("cvm", "DescribeInstances",
                                   {{QStringLiteral("InstanceIds"), QJsonArray{instanceId}}});
        const QJsonObject i = first(a, "InstanceSet");
        return text(i, "InstanceState") == QLatin1String("RUNNING") &&
               i.value(QLatin1String("LatestOperation")).isNull();
    }));
}

void TestSimServerRestart::ecsTokenWritesAreExactAcrossKills()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString region = QStringLiteral("cn-hangzhou");
    const QString name = QStringLiteral("ecs-survives-a-kill");
    QString why;

    // A slow clock, so that the image is surely still being made when the kill comes.
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--sim-speed"), QStringLiteral("10")}, dir.path()),
             qPrintable(sim.error()));
    std::unique_ptr<ApiClient> c = std::make_unique<ApiClient>(sim.url(), keys());
    const QList<Instance> sources = where<Instance>(
        ecsInstances(*c, region), [](const Instance &i) { return i.name == "ecs-web-01"; });
    QCOMPARE(sources.size(), 1);
    const Instance source = sources.first();

    EcsCreateImageCall create;
    create.request.product = Product::Ecs;
    create.request.regionId = region;
    create.request.name = name;
    create.request.sourceInstanceId = source.id;
    create.request.clientToken = QStringLiteral("restart-create-1");
    const EcsParamList createParams = EcsApiMapper::buildCreateImageRequest(create);
    const ApiAnswer created = c->ecs(QStringLiteral("CreateImage"), createParams);
    QVERIFY2(created.ok(), created.describe());
    const QString imageId = EcsApiMapper::parseImageIdResponse(created.response).value();
    QCOMPARE(ecsImageStatus(*c, region, imageId), QStringLiteral("Creating"));

    // Kill 1, mid-CreateImage: the image is there once, the token answers it again.
    QVERIFY2(killAndRestart(sim, dir.path(), &why), qPrintable(why));
    c = std::make_unique<ApiClient>(sim.url(), keys());
    const ApiAnswer replayed = c->ecs(QStringLiteral("CreateImage"), createParams);
    QVERIFY2(replayed.ok(), replayed.describe());
    QCOMPARE(EcsApiMapper::parseImageIdResponse(replayed.response).value(), imageId);
    QCOMPARE(ecsImagesNamed(*c, region, name).size(), 1);
    QVERIFY(
        waitFor([&] { return ecsImageStatus(*c, region, imageId) == QLatin1String("Available"); }));

    // A launch and a copy with their tokens, both acknowledged, then kill 2 at once.
    const int instancesBefore = ecsInstances(*c, region).size();
    EcsRunInstancesCall run;
    run.regionId = region;
    run.launch.request.imageId = imageId;
    run.launch.request.zoneId = source.zoneId;
    run.launch.request.instanceType = source.instanceType;
    run.launch.request.count = 2;
    run.launch.request.namePattern = QStringLiteral("after-kill-{n}");
    run.launch.request.clientToken = QStringLiteral("restart-run-1");
    const EcsParamList runParams = EcsApiMapper::buildRunInstancesRequest(run);
    const ApiAnswer launched = c->ecs(QStringLiteral("RunInstances"), runParams);
    QVERIFY2(launched.ok(), launched.describe());
    QStringList launchedIds = EcsApiMapper::parseRunInstancesResponse(launched.response).value();
    QCOMPARE(launchedIds.size(), 2);
    launchedIds.sort();

    EcsCopyImageCall copy;
    copy.regionId = region;
    copy.copy.imageId = imageId;
    copy.copy.targetRegionId = QStringLiteral("cn-shanghai");
    copy.copy.name = name + QStringLiteral("-copy");
    copy.copy.clientToken = QStringLiteral("restart-copy-1");
    const EcsParamList copyParams = EcsApiMapper::buildCopyImageRequest(copy);
    const ApiAnswer copied = c->ecs(QStringLiteral("CopyImage"), copyParams);
    QVERIFY2(copied.ok(), copied.describe());
    const QString copyId = EcsApiMapper::parseImageIdResponse(copied.response).value();

    // Kills 2 and 3: every token write answers its first result and makes nothing new.
    for (int kill = 2; kill <= 3; ++kill) {
        QVERIFY2(killAndRestart(sim, dir.path(), &why), qPrintable(why));
        c = std::make_unique<ApiClient>(sim.url(), keys());
        const ApiAnswer image = c->ecs(QStringLiteral("CreateImage"), createParams);
        QCOMPARE(EcsApiMapper::parseImageIdResponse(image.response).value(), imageId);
        const ApiAnswer again = c->ecs(QStringLiteral("RunInstances"), runParams);
        QVERIFY2(again.ok(), again.describe());
        QStringList againIds = EcsApiMapper::parseRunInstancesResponse(again.response).value();
        againIds.sort();
        QCOMPARE(againIds, launchedIds);
        const ApiAnswer copyAgain = c->ecs(QStringLiteral("CopyImage"), copyParams);
        QVERIFY2(copyAgain.ok(), copyAgain.describe());
        QCOMPARE(EcsApiMapper::parseImageIdResponse(copyAgain.response).value(), copyId);

        const QList<Instance> all = ecsInstances(*c, region);
        QCOMPARE(all.size(), instancesBefore + 2);
        QStringList fromImage;
        for (const Instance &i : all)
            if (i.imageId == imageId)
                fromImage << i.id;
        fromImage.sort();
        QCOMPARE(fromImage, launchedIds);
        QCOMPARE(ecsImagesNamed(*c, region, name).size(), 1);
        QCOMPARE(ecsImagesNamed(*c, copy.copy.targetRegionId, copy.copy.name).size(), 1);
    }
    QVERIFY(waitFor([&] {
        return ecsImageStatus(*c, copy.copy.targetRegionId, copyId) == QLatin1String("Available");
    }));
}

void TestSimServerRestart::uhostWritesSurviveKillsExactlyOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("uhost-survives-a-kill");
    QString why;

    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--sim-speed"), QStringLiteral("10")}, dir.path()),
             qPrintable(sim.error()));
    std::unique_ptr<ApiClient> c = std::make_unique<ApiClient>(sim.url(), keys());
    const UHostScope region{QStringLiteral("cn-bj2"), {}, {}};
    const QList<Instance> webs = where<Instance>(
        uhostInstances(*c, region), [](const Instance &i) { return i.name == "web-01"; });
    QCOMPARE(webs.size(), 1);
    const Instance web = webs.first();
    const UHostScope scope{region.regionId, web.zoneId, web.projectId};

    CreateImageRequest create;
    create.product = Product::UHost;
    create.regionId = scope.regionId;
    create.name = name;
    create.sourceInstanceId = web.id;
    const ApiAnswer created =
        c->ucloud(UHostApiMapper::buildCreateCustomImageRequest(scope, create));
    QVERIFY2(created.ok(), created.describe());
    const QString imageId = UHostApiMapper::parseCreateCustomImageResponse(
                                ucloudFields(created, QStringLiteral("CreateCustomImage")))
                                ->imageId;
    QVERIFY(!imageId.isEmpty());
    // Images listed as the client lists them: by region and project.
    const UHostScope images{scope.regionId, {}, scope.projectId};
    auto named = [&] {
        return where<Image>(uhostImages(*c, images),
                            [&](const Image &i) { return i.name == name; });
    };
    QCOMPARE(named().size(), 1);
    QCOMPARE(named().first().state, ImageState::Creating);

    // Kill 1, mid-CreateCustomImage: the acknowledged image is there once and finishes.
    QVERIFY2(killAndRestart(sim, dir.path(), &why), qPrintable(why));
    c = std::make_unique<ApiClient>(sim.url(), keys());
    QCOMPARE(named().size(), 1);
    QCOMPARE(named().first().id, imageId);
    QVERIFY(waitFor([&] {
        const QList<Image> images = named();
        return images.size() == 1 && images.first().state == ImageState::Available;
    }));
    const Image image = named().first();

    // An acknowledged launch of two hosts, then kills 2 and 3 at once.
    const int hostsBefore = uhostInstances(*c, scope).size();
    LaunchCall launch;
    launch.request.imageId = imageId;
    launch.request.zoneId = web.zoneId;
    launch.request.instanceType = web.instanceType;
    launch.request.count = 2;
    launch.request.billing = BillingMethod::PayAsYouGo;
    launch.request.systemDiskKind = DiskKind::CloudSsd;
    launch.request.namePattern = name + QStringLiteral("-host");
    launch.systemDiskGiB = image.systemDiskGiB;
    const ApiAnswer launched =
        c->ucloud(UHostApiMapper::buildCreateUHostInstanceRequest(scope, launch));
    QVERIFY2(launched.ok(), launched.describe());
    QStringList hostIds = UHostApiMapper::parseCreateUHostInstanceResponse(
                              ucloudFields(launched, QStringLiteral("CreateUHostInstance")))
                              .value();
    QCOMPARE(hostIds.size(), 2);
    hostIds.sort();
    for (int kill = 2; kill <= 3; ++kill) {
        QVERIFY2(killAndRestart(sim, dir.path(), &why), qPrintable(why));
        c = std::make_unique<ApiClient>(sim.url(), keys());
        const QList<Instance> all = uhostInstances(*c, scope);
        QCOMPARE(all.size(), hostsBefore + 2);
        QStringList fromImage;
        for (const Instance &i : all)
            if (i.imageId == imageId)
                fromImage << i.id;
        fromImage.sort();
        QCOMPARE(fromImage, hostIds);
        QCOMPARE(named().size(), 1);
    }
}

void TestSimServerRestart::secondServerOnTheSameFolderIsRefused()
{
    QTemporaryDir dir;
    SimProcess first;
    QVERIFY2(first.start({}, dir.path()), qPrintable(first.error()));
    SimProcess second;
    QVERIFY(!second.start({}, dir.path()));
    // The refusal names the holder and where it serves the store.
    QVERIFY2(second.error().contains(QLatin1String("in use by imprint-sim (process ")),
             qPrintable(second.error()));
    QVERIFY2(second.error().contains(first.url().toString()), qPrintable(second.error()));
}

QTEST_GUILESS_MAIN(TestSimServerRestart)
#include "tst_simserverrestart.moc"
