// The simulated cloud's rules (design.md, seeds 000-004): one test per behaviour and per refusal,
// each on a fresh demo world with a ManualClock.

#include "demoworld.h"
#include "enginefixture.h"
#include "instancetypecatalog.h"
#include "pricelist.h"
#include "productpolicy.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace imprint;
using namespace imprint::test;

namespace {

// How many records a spy on a batched signal saw, over all its batches.
int records(const QSignalSpy &spy)
{
    int total = 0;
    for (const QList<QVariant> &arguments : spy) {
        const QVariant &batch = arguments.first();
        if (batch.canConvert<QList<Image>>())
            total += int(batch.value<QList<Image>>().size());
        else if (batch.canConvert<QList<Instance>>())
            total += int(batch.value<QList<Instance>>().size());
        else if (batch.canConvert<QList<Snapshot>>())
            total += int(batch.value<QList<Snapshot>>().size());
        else if (batch.canConvert<QList<Operation>>())
            total += int(batch.value<QList<Operation>>().size());
        else
            total += int(batch.toStringList().size());
    }
    return total;
}

CreateImageRequest fromInstance(const Instance &instance, const QString &name)
{
    CreateImageRequest r;
    r.product = instance.product;
    r.regionId = instance.regionId;
    r.name = name;
    r.sourceInstanceId = instance.id;
    return r;
}

CreateImageRequest fromSnapshots(Product product, const QString &regionId, const QString &name,
                                 const QStringList &snapshotIds)
{
    CreateImageRequest r;
    r.product = product;
    r.regionId = regionId;
    r.name = name;
    r.snapshotIds = snapshotIds;
    return r;
}

LaunchRequest launchOf(const Image &image, const QString &zone, const QString &type, int count = 1)
{
    LaunchRequest r;
    r.imageId = image.id;
    r.zoneId = zone;
    r.instanceType = type;
    r.count = count;
    return r;
}

qint64 durationOf(const Operation &op)
{
    return op.startedAt.secsTo(op.expectedEndAt);
}

} // namespace

class TestSimulatorEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QVERIFY(f->dir.isValid());
        IMPRINT_ACCEPTED(f->open());
    }
    void cleanup() { f.reset(); }

    // ---- the demo world -----------------------------------------------------------------

    void demoWorldHasEveryProductAndRegion()
    {
        const QList<Region> regions = f->engine->regions();
        QCOMPARE(regions.size(), 21);
        QMap<Product, int> perProduct;
        for (const Region &r : regions) {
            ++perProduct[r.product];
            QVERIFY2(!r.zones.isEmpty(), qPrintable(r.key()));
        }
        for (Product p : allProducts())
            QVERIFY(perProduct.value(p) >= 5);
        // UHost: the seed's six regions, with the ids UHostPolicy's quota table uses.
        const QHash<QString, QString> uhost{
            {"cn-bj1", "North China One"}, {"cn-bj2", "North China Two"},
            {"cn-sh2", "Shanghai Two"},    {"cn-gd", "Guangdong"},
            {"hk", "Hong Kong"},           {"us-ca", "California"}};
        for (const Region &r : regions)
            if (r.product == Product::UHost)
                QCOMPARE(r.name, uhost.value(r.id));
        QCOMPARE(perProduct.value(Product::UHost), 6);
        QVERIFY(f->engine->projects(Product::UHost).contains("Default"));
        QVERIFY(f->engine->projects(Product::UHost).contains("org-web"));
        QCOMPARE(f->engine->account().balanceFen, DemoWorld::initialBalanceFen(0));
        QVERIFY(!f->engine->account().isOverdue());

        // Real-looking ids per product.
        QCOMPARE(f->instance("blog-server").id.left(6), QStringLiteral("lhins-"));
        QVERIFY(f->image("api-gateway-golden").id.startsWith("img-"));
        QVERIFY(f->instance("web-01").id.startsWith("uhost-"));
        QVERIFY(f->image("web-with-data").id.startsWith("uimage-"));
        QVERIFY(f->instance("ecs-web-01").id.startsWith("i-bp1"));
        QVERIFY(f->image("db-base").id.startsWith("m-bp1"));
        QVERIFY(f->snapshot("ecs-web-01-system-daily").id.startsWith("s-bp1"));

        // Every product has images; Lighthouse ap-guangzhou is close to its quota.
        for (Product p : allProducts())
            QVERIFY(!f->imagesOf(p).isEmpty());
        QCOMPARE(f->imagesOf(Product::Lighthouse, "ap-guangzhou").size(), 18);

        // The rule-bearing records.
        const Image withData = f->image("web-with-data");
        QCOMPARE(withData.snapshotZoneId, QStringLiteral("cn-bj2-05"));
        QCOMPARE(withData.dataDisks.size(), 1);
        QVERIFY(f->image("win-base").parentIsWindows);
        QVERIFY(f->image("lamp-market").parentMonthlyFeeFen > 0);
        QVERIFY(f->snapshot("ecs-db-01-data-encrypted").encrypted);
        bool economy = false, local = false, basic = false, windows = false, stopped = false;
        for (const Instance &i : f->engine->instances()) {
            windows |= i.osType == OsType::Windows;
            stopped |= i.state == InstanceState::Stopped;
            for (const Disk &d : i.disks) {
                economy |= i.product == Product::UHost && d.kind == DiskKind::EconomyCloud;
                local |= i.product == Product::UHost && d.kind == DiskKind::Local;
                basic |= i.product == Product::Ecs && d.kind == DiskKind::CloudBasic;
            }
        }
        QVERIFY(economy && local && basic && windows && stopped);
        // Every image's snapshots exist, and every bound snapshot's image exists.
        for (const Image &m : f->engine->images())
            for (const QString &id : m.snapshotIds())
                QVERIFY2(f->engine->findSnapshot(id, nullptr), qPrintable(m.name));
        for (const Snapshot &s : f->engine->snapshots())
            QVERIFY(s.imageId.isEmpty() || f->engine->findImage(s.imageId, nullptr));
    }

    void demoWorldIsDeterministic()
    {
        const CloudState a = DemoWorld::build(startInstant());
        const CloudState b = DemoWorld::build(startInstant());
        QStringList ia = a.images.keys(), ib = b.images.keys();
        ia.sort();
        ib.sort();
        QCOMPARE(ia, ib);
        QStringList sa = a.instances.keys(), sb = b.instances.keys();
        sa.sort();
        sb.sort();
        QCOMPARE(sa, sb);
        for (const Image &m : a.images)
            QCOMPARE(describe(m), describe(b.images.value(m.id)));
        QCOMPARE(a.nextId, b.nextId);
    }

    void imageQuotasFollowPolicies()
    {
        const ImageQuota lighthouse = f->engine->imageQuota(Product::Lighthouse, "ap-guangzhou");
        QCOMPARE(lighthouse.used, 18);
        QCOMPARE(lighthouse.quota, 20);
        QCOMPARE(lighthouse.freeTier, 5);
        QCOMPARE(lighthouse.billedImages(), 13);
        QCOMPARE(f->engine->imageQuota(Product::Cvm, "ap-guangzhou").quota, 10);
        QCOMPARE(f->engine->imageQuota(Product::UHost, "cn-bj2").quota, 30);
        QCOMPARE(f->engine->imageQuota(Product::UHost, "cn-gd").quota, 10);
        QCOMPARE(f->engine->imageQuota(Product::UHost, "us-ca").quota, 10);
        const QList<ImageQuota> all = f->engine->imageQuotas();
        QCOMPARE(all.size(), f->engine->regions().size());
        int used = 0;
        for (const ImageQuota &q : all)
            used += q.used;
        QCOMPARE(used, f->engine->images().size());
    }

    // ---- creation from an instance ------------------------------------------------------

    void createImageFromInstanceCompletes()
    {
        const Instance api = f->instance("api-gateway-01");
        const Disk data = api.dataDisks().first();
        CreateImageRequest r = fromInstance(api, "gateway-2026");
        r.dataDiskIds = {data.id};
        QSignalSpy imageSpy(f->engine.get(), &SimulatorEngine::imagesChanged);
        QSignalSpy snapshotSpy(f->engine.get(), &SimulatorEngine::snapshotsChanged);
        QSignalSpy operationSpy(f->engine.get(), &SimulatorEngine::operationsChanged);

        const Result<Operation> result = f->engine->createImage(r);
        IMPRINT_ACCEPTED(result);
        const Operation op = result.value();
        QCOMPARE(op.kind, OperationKind::CreateImage);
        QCOMPARE(op.state, OperationState::Running);
        QVERIFY(!op.cancellable);
        const qint64 expected =
            ProductPolicy::forProduct(Product::Cvm)
                .creationSeconds(api.systemDisk()->usedOrSizeGiB() + data.usedOrSizeGiB());
        QCOMPARE(durationOf(op), expected);
        QCOMPARE(records(imageSpy), 1);
        QCOMPARE(records(snapshotSpy), 2);
        QCOMPARE(records(operationSpy), 1);

        Image image = f->imageById(op.targetId);
        QCOMPARE(image.state, ImageState::Creating);
        QCOMPARE(image.progress, 0);
        QCOMPARE(image.systemDiskGiB, 50);
        QCOMPARE(image.dataDisks.size(), 1);
        QCOMPARE(image.dataDisks.first().sizeGiB, 200);
        for (const QString &id : image.snapshotIds()) {
            const Snapshot s = f->snapshotById(id);
            QCOMPARE(s.state, SnapshotState::Creating);
            QCOMPARE(s.imageId, image.id);
        }
        QCOMPARE(f->instanceById(api.id).imagingOperationId, op.id);

        // Progress moves linearly with simulated time.
        f->run(expected / 2);
        image = f->imageById(op.targetId);
        QVERIFY2(image.progress >= 49 && image.progress <= 50,
                 qPrintable(QString::number(image.progress)));
        QCOMPARE(f->operation(op.id).progress, image.progress);
        QCOMPARE(records(imageSpy), 2);

        f->run(expected);
        image = f->imageById(op.targetId);
        QCOMPARE(image.state, ImageState::Available);
        QCOMPARE(image.progress, 100);
        for (const QString &id : image.snapshotIds())
            QCOMPARE(f->snapshotById(id).state, SnapshotState::Available);
        const Operation done = f->operation(op.id);
        QCOMPARE(done.state, OperationState::Succeeded);
        QCOMPARE(done.progress, 100);
        QCOMPARE(done.finishedAt, op.expectedEndAt);
        QVERIFY(f->instanceById(api.id).imagingOperationId.isEmpty());
    }

    void progressSignalsOnlyOnWholePercent()
    {
        const Instance api = f->instance("api-gateway-01");
        const Result<Operation> result = f->engine->createImage(fromInstance(api, "gw-steps"));
        IMPRINT_ACCEPTED(result);
        QSignalSpy operationSpy(f->engine.get(), &SimulatorEngine::operationsChanged);
        // A step far below 1 % of the duration announces nothing new.
        f->run(1);
        QCOMPARE(records(operationSpy), 0);
        f->run(durationOf(result.value()) / 10);
        QCOMPARE(records(operationSpy), 1);
    }

    void lighthouseCreateRequiresForcedShutdownConsent()
    {
        const Instance blog = f->instance("blog-server");
        CreateImageRequest r = fromInstance(blog, "blog-consent");
        QSignalSpy imageSpy(f->engine.get(), &SimulatorEngine::imagesChanged);
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::ShutdownConsentRequired);
        QCOMPARE(records(imageSpy), 0);
        QCOMPARE(f->instanceById(blog.id).state, InstanceState::Running);
        r.forcedShutdownConsent = true;
        IMPRINT_ACCEPTED(f->engine->createImage(r));
        QCOMPARE(f->instanceById(blog.id).state, InstanceState::Stopping);
    }

    void lighthouseCreationTakesAtLeastTenMinutes()
    {
        QVERIFY(ProductPolicy::forProduct(Product::Lighthouse).creationSeconds(0) >= 600);
        CreateImageRequest r = fromInstance(f->instance("blog-server"), "blog-ten-minutes");
        r.forcedShutdownConsent = true;
        const Result<Operation> result = f->engine->createImage(r);
        IMPRINT_ACCEPTED(result);
        QVERIFY(durationOf(result.value()) >= 600);
        f->runInSteps(599, 60);
        QCOMPARE(f->imageById(result->targetId).state, ImageState::Creating);
        f->run(durationOf(result.value()) - 599);
        QCOMPARE(f->imageById(result->targetId).state, ImageState::Available);
    }

    void lighthouseDataDisksAreRefused()
    {
        CreateImageRequest r = fromInstance(f->instance("blog-server"), "blog-data");
        r.forcedShutdownConsent = true;
        r.dataDiskIds = {QStringLiteral("lhdisk-anything")};
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::DiskNotAssociable);
    }

    void creationDurationGrowsWithDataSize()
    {
        const Instance small = f->instance("ecs-web-01"); // 12 + 35 GiB used
        const Instance large = f->instance("ecs-db-01");  // 15 + 220 GiB used
        const Result<Operation> a = f->engine->createImage(fromInstance(small, "small-image"));
        const Result<Operation> b = f->engine->createImage(fromInstance(large, "large-image"));
        IMPRINT_ACCEPTED(a);
        IMPRINT_ACCEPTED(b);
        const ProductPolicy &ecs = ProductPolicy::forProduct(Product::Ecs);
        QCOMPARE(durationOf(a.value()), ecs.creationSeconds(small.totalUsedGiB()));
        QCOMPARE(durationOf(b.value()), ecs.creationSeconds(large.totalUsedGiB()));
        QVERIFY(durationOf(b.value()) > durationOf(a.value()));
        // The smaller one is done while the larger one is still running.
        f->run(durationOf(a.value()));
        QCOMPARE(f->imageById(a->targetId).state, ImageState::Available);
        QCOMPARE(f->imageById(b->targetId).state, ImageState::Creating);
    }

    void instanceReturnsToPriorStateAfterImaging()
    {
        // Lighthouse, running: forced shutdown, then running again.
        const Instance blog = f->instance("blog-server");
        CreateImageRequest r = fromInstance(blog, "blog-prior");
        r.forcedShutdownConsent = true;
        const Result<Operation> running = f->engine->createImage(r);
        IMPRINT_ACCEPTED(running);
        // Lighthouse, stopped: stays stopped.
        const Instance windows = f->instance("win-remote-desktop");
        CreateImageRequest w = fromInstance(windows, "win-prior");
        w.forcedShutdownConsent = true;
        IMPRINT_ACCEPTED(f->engine->createImage(w));
        // CVM, "shut down first" ticked: stopped meanwhile, running afterwards.
        CreateImageRequest c = fromInstance(f->instance("api-gateway-01"), "gw-prior");
        c.shutDownFirst = true;
        IMPRINT_ACCEPTED(f->engine->createImage(c));
        // CVM without it: keeps running.
        IMPRINT_ACCEPTED(
            f->engine->createImage(fromInstance(f->instance("win-build-01"), "wb-prior")));

        QCOMPARE(f->instance("blog-server").state, InstanceState::Stopping);
        QCOMPARE(f->instance("api-gateway-01").state, InstanceState::Stopping);
        QCOMPARE(f->instance("win-build-01").state, InstanceState::Running);
        f->run(30);
        QCOMPARE(f->instance("blog-server").state, InstanceState::Stopped);
        QCOMPARE(f->instance("api-gateway-01").state, InstanceState::Stopped);
        QCOMPARE(f->instance("win-remote-desktop").state, InstanceState::Stopped);
        f->run(durationOf(running.value()));
        QCOMPARE(f->instance("blog-server").state, InstanceState::Running);
        QCOMPARE(f->instance("win-remote-desktop").state, InstanceState::Stopped);
        f->run(3600);
        QCOMPARE(f->instance("api-gateway-01").state, InstanceState::Running);
        QCOMPARE(f->instance("win-build-01").state, InstanceState::Running);
        for (const Instance &i : f->engine->instances())
            QVERIFY(i.imagingOperationId.isEmpty());
    }

    void ecsInstanceCannotStopWhileImaging()
    {
        const Instance web = f->instance("ecs-web-01");
        const Result<Operation> result = f->engine->createImage(fromInstance(web, "web-imaging"));
        IMPRINT_ACCEPTED(result);
        QCOMPARE(f->instanceById(web.id).state, InstanceState::Running); // may stay running
        const Result<Operation> stop = f->engine->stopInstance(web.id);
        IMPRINT_REFUSED(stop, ErrorCode::InstanceBusy);
        QVERIFY(stop.error().message.contains("do not stop, start or restart"));
        IMPRINT_REFUSED(f->engine->startInstance(web.id), ErrorCode::InstanceBusy);
        f->run(durationOf(result.value()));
        QCOMPARE(f->instanceById(web.id).state, InstanceState::Running);
        IMPRINT_ACCEPTED(f->engine->stopInstance(web.id));
    }

    void ecsSnapshotsEveryDiskAutomatically()
    {
        const Instance web = f->instance("ecs-web-01");
        const int before = f->engine->snapshots().size();
        const Result<Operation> result = f->engine->createImage(fromInstance(web, "web-all-disks"));
        IMPRINT_ACCEPTED(result);
        const Image image = f->imageById(result->targetId);
        QCOMPARE(image.dataDisks.size(), web.dataDisks().size());
        QCOMPARE(image.dataDisks.first().sizeGiB, 100);
        QVERIFY(!image.dataDisks.first().snapshotId.isEmpty());
        QCOMPARE(f->engine->snapshots().size(), before + 1 + int(web.dataDisks().size()));
    }

    void uhostEconomyDiskCannotBeAssociated()
    {
        const Instance web = f->instance("web-01");
        const Disk economy = web.disks.at(2);
        QCOMPARE(economy.kind, DiskKind::EconomyCloud);
        CreateImageRequest r = fromInstance(web, "web-economy");
        r.dataDiskIds = {economy.id};
        const int images = f->engine->images().size();
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::DiskNotAssociable);
        QCOMPARE(f->engine->images().size(), images);
    }

    void uhostLocalDiskCannotBeAssociated()
    {
        const Instance db = f->instance("db-01");
        const Disk local = db.disks.at(1);
        QCOMPARE(local.kind, DiskKind::Local);
        CreateImageRequest r = fromInstance(db, "db-local");
        r.dataDiskIds = {local.id};
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::DiskNotAssociable);
        // The cloud disk next to it is fine.
        r.dataDiskIds = {db.disks.at(2).id};
        IMPRINT_ACCEPTED(f->engine->createImage(r));
    }

    void uhostAssociatedDataDiskGetsSnapshot()
    {
        const Instance web = f->instance("web-01");
        CreateImageRequest r = fromInstance(web, "web-associated");
        r.dataDiskIds = {web.disks.at(1).id};
        const Result<Operation> result = f->engine->createImage(r);
        IMPRINT_ACCEPTED(result);
        const Image image = f->imageById(result->targetId);
        QCOMPARE(image.dataDisks.size(), 1);
        QCOMPARE(image.snapshotZoneId, web.zoneId);
        QCOMPARE(image.projectId, web.projectId);
        const Snapshot s = f->snapshotById(image.dataDisks.first().snapshotId);
        QCOMPARE(s.imageId, image.id);
        QCOMPARE(s.sourceDiskId, web.disks.at(1).id);
        QCOMPARE(s.zoneId, web.zoneId);
        // Without association the image holds the system disk only.
        const Result<Operation> plain =
            f->engine->createImage(fromInstance(f->instance("win-01"), "win-plain"));
        IMPRINT_ACCEPTED(plain);
        QVERIFY(f->imageById(plain->targetId).dataDisks.isEmpty());
    }

    void imageInheritsParentRestrictionsAndFee()
    {
        // An instance launched from a paid market parent passes the fee on to its images...
        const Image lamp = f->image("lamp-market");
        const Result<Operation> launched =
            f->engine->launchInstances(launchOf(lamp, "cn-bj2-04", "N-2C4G"));
        IMPRINT_ACCEPTED(launched);
        f->run(60);
        const Result<Operation> paid = f->engine->createImage(
            fromInstance(f->instanceById(launched->targetId), "lamp-grandchild"));
        IMPRINT_ACCEPTED(paid);
        QCOMPARE(f->imageById(paid->targetId).parentMonthlyFeeFen, lamp.parentMonthlyFeeFen);
        // ...and a Windows parent its instance-type limits.
        const Result<Operation> win =
            f->engine->launchInstances(launchOf(f->image("win-base"), "cn-bj2-02", "N-4C8G"));
        IMPRINT_ACCEPTED(win);
        f->run(60);
        const Result<Operation> child =
            f->engine->createImage(fromInstance(f->instanceById(win->targetId), "win-grandchild"));
        IMPRINT_ACCEPTED(child);
        f->run(durationOf(child.value()));
        const Image grandchild = f->imageById(child->targetId);
        QVERIFY(grandchild.parentIsWindows);
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(grandchild, "cn-bj2-02", "N-1C1G")),
                        ErrorCode::InstanceTypeNotAllowed);
    }

    void unknownDataDiskIsRefused()
    {
        CreateImageRequest r = fromInstance(f->instance("web-01"), "web-unknown-disk");
        r.dataDiskIds = {QStringLiteral("bsm-doesnotexist")};
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::NotFound);
    }

    void busyInstanceIsRefused()
    {
        const Instance web = f->instance("ecs-web-01");
        IMPRINT_ACCEPTED(f->engine->createImage(fromInstance(web, "first-image")));
        IMPRINT_REFUSED(f->engine->createImage(fromInstance(web, "second-image")),
                        ErrorCode::InstanceBusy);
        const Instance api = f->instance("api-gateway-01");
        IMPRINT_ACCEPTED(f->engine->stopInstance(api.id));
        IMPRINT_REFUSED(f->engine->createImage(fromInstance(api, "while-stopping")),
                        ErrorCode::InstanceBusy);
    }

    void invalidNameIsRefused()
    {
        const Instance web = f->instance("ecs-web-01");
        IMPRINT_REFUSED(f->engine->createImage(fromInstance(web, "1-starts-with-digit")),
                        ErrorCode::InvalidName);
        IMPRINT_REFUSED(f->engine->createImage(fromInstance(web, "")), ErrorCode::InvalidName);
        CreateImageRequest r = fromInstance(f->instance("blog-server"), "blog-long-description");
        r.forcedShutdownConsent = true;
        r.description = QString(61, QLatin1Char('x'));
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::InvalidDescription);
    }

    void duplicateNameIsRefused()
    {
        const Instance web = f->instance("ecs-web-01");
        IMPRINT_REFUSED(f->engine->createImage(fromInstance(web, "web-golden-2025")),
                        ErrorCode::DuplicateName);
        // The same name in another region is fine.
        IMPRINT_ACCEPTED(
            f->engine->createImage(fromInstance(f->instance("ecs-sg-01"), "web-golden-2025")));
    }

    void instanceFromOtherRegionIsRefused()
    {
        CreateImageRequest r = fromInstance(f->instance("ecs-sg-01"), "wrong-region");
        r.regionId = QStringLiteral("cn-hangzhou");
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::RegionMismatch);
        r.regionId = QStringLiteral("mars-1");
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::NotFound);
    }

    void quotaFullRefusesCreation()
    {
        // ap-guangzhou holds 18 of 20.
        for (const QString &name :
             {QStringLiteral("blog-server"), QStringLiteral("wordpress-prod")}) {
            CreateImageRequest r = fromInstance(f->instance(name), name + "-quota");
            r.forcedShutdownConsent = true;
            IMPRINT_ACCEPTED(f->engine->createImage(r));
        }
        QVERIFY(f->engine->imageQuota(Product::Lighthouse, "ap-guangzhou").isFull());
        CreateImageRequest r = fromInstance(f->instance("win-remote-desktop"), "one-too-many");
        r.forcedShutdownConsent = true;
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::QuotaExceeded);
        QCOMPARE(f->engine->imageQuota(Product::Lighthouse, "ap-guangzhou").used, 20);
        // Deleting one makes room again.
        IMPRINT_ACCEPTED(
            f->engine->deleteImages({f->imagesOf(Product::Lighthouse, "ap-guangzhou").first().id}));
        IMPRINT_ACCEPTED(f->engine->createImage(r));
    }

    // ---- creation from snapshots --------------------------------------------------------

    void ecsDataDiskSnapshotsAloneAreRefused()
    {
        const Snapshot data = f->snapshot("ecs-web-01-data-daily");
        IMPRINT_REFUSED(f->engine->createImage(
                            fromSnapshots(Product::Ecs, "cn-hangzhou", "data-only", {data.id})),
                        ErrorCode::SnapshotSelectionInvalid);
    }

    void ecsCreateFromSnapshotsUsesSnapshotSizes()
    {
        const Snapshot system = f->snapshot("ecs-web-01-system-daily");
        const Snapshot data = f->snapshot("ecs-web-01-data-daily");
        const Result<Operation> result = f->engine->createImage(
            fromSnapshots(Product::Ecs, "cn-hangzhou", "from-snapshots", {system.id, data.id}));
        IMPRINT_ACCEPTED(result);
        QCOMPARE(
            durationOf(result.value()),
            ProductPolicy::forProduct(Product::Ecs).creationSeconds(system.sizeGiB + data.sizeGiB));
        Image image = f->imageById(result->targetId);
        QCOMPARE(image.systemSnapshotId, system.id);
        QCOMPARE(image.systemDiskGiB, system.sizeGiB);
        QCOMPARE(image.dataDisks.size(), 1);
        QCOMPARE(image.dataDisks.first().snapshotId, data.id);
        QCOMPARE(image.dataDisks.first().sizeGiB, 100);
        f->run(durationOf(result.value()));
        QCOMPARE(f->imageById(image.id).state, ImageState::Available);
        // The user's snapshots stay the user's.
        QVERIFY(f->snapshotById(system.id).imageId.isEmpty());
    }

    void ecsDefaultEmptyDataDiskIs5GiB()
    {
        const Snapshot system = f->snapshot("ecs-web-01-system-daily");
        const Result<Operation> result = f->engine->createImage(
            fromSnapshots(Product::Ecs, "cn-hangzhou", "system-only", {system.id}));
        IMPRINT_ACCEPTED(result);
        Image image = f->imageById(result->targetId);
        QCOMPARE(image.dataDisks.size(), 1);
        QVERIFY(image.dataDisks.first().snapshotId.isEmpty());
        QCOMPARE(image.dataDisks.first().sizeGiB, 5);
        f->run(durationOf(result.value()));
        // Launching gives an empty 5 GiB data disk, billed as the user chooses.
        LaunchRequest launch = launchOf(f->imageById(image.id), "cn-hangzhou-i", "ecs.g7.large");
        launch.dataDiskKind = DiskKind::CloudBasic;
        launch.billing = BillingMethod::Subscription;
        const Result<Operation> launched = f->engine->launchInstances(launch);
        IMPRINT_ACCEPTED(launched);
        const Instance i = f->instanceById(launched->targetId);
        QCOMPARE(i.dataDisks().size(), 1);
        QCOMPARE(i.dataDisks().first().sizeGiB, 5);
        QCOMPARE(i.dataDisks().first().kind, DiskKind::CloudBasic);
        QCOMPARE(i.billing, BillingMethod::Subscription);
    }

    void encryptedSnapshotsAreAccepted()
    {
        const Snapshot system = f->snapshot("ecs-db-01-system-weekly");
        const Snapshot encrypted = f->snapshot("ecs-db-01-data-encrypted");
        QVERIFY(encrypted.encrypted);
        const Result<Operation> result = f->engine->createImage(fromSnapshots(
            Product::Ecs, "cn-hangzhou", "with-encrypted", {system.id, encrypted.id}));
        IMPRINT_ACCEPTED(result);
        QCOMPARE(f->imageById(result->targetId).dataDisks.first().sizeGiB, 500);
    }

    void createFromSnapshotsIsUnsupportedOnLighthouseAndUHost()
    {
        const Image lighthouse = f->imagesOf(Product::Lighthouse, "ap-guangzhou").first();
        IMPRINT_REFUSED(
            f->engine->createImage(fromSnapshots(Product::Lighthouse, "ap-guangzhou", "from-snap",
                                                 {lighthouse.systemSnapshotId})),
            ErrorCode::Unsupported);
        const Image uhost = f->image("centos-base");
        IMPRINT_REFUSED(f->engine->createImage(fromSnapshots(Product::UHost, "cn-bj2", "from-snap",
                                                             {uhost.systemSnapshotId})),
                        ErrorCode::Unsupported);
    }

    void snapshotsFromAnotherRegionAreRefused()
    {
        const Snapshot system = f->snapshot("ecs-web-01-system-daily");
        IMPRINT_REFUSED(f->engine->createImage(
                            fromSnapshots(Product::Ecs, "cn-shanghai", "elsewhere", {system.id})),
                        ErrorCode::RegionMismatch);
    }

    // ---- copy ---------------------------------------------------------------------------

    void lighthouseCopyIsRefused()
    {
        CopyImageRequest r;
        r.imageId = f->imagesOf(Product::Lighthouse, "ap-guangzhou").first().id;
        r.targetRegionId = QStringLiteral("ap-shanghai");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::CrossRegionNotSupported);
    }

    void uhostCopyNeedsProjectAndCopiesSystemDiskOnly()
    {
        const Image source = f->image("web-with-data");
        QVERIFY(!source.dataDisks.isEmpty());
        CopyImageRequest r;
        r.imageId = source.id;
        r.targetRegionId = QStringLiteral("cn-sh2");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::ProjectRequired);
        r.targetProjectId = QStringLiteral("no-such-project");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::NotFound);
        r.targetProjectId = QStringLiteral("org-data");
        const Result<Operation> result = f->engine->copyImage(r);
        IMPRINT_ACCEPTED(result);
        QCOMPARE(result->kind, OperationKind::CopyImage);
        QVERIFY(result->cancellable);
        Image copy = f->imageById(result->targetId);
        QCOMPARE(copy.state, ImageState::Copying);
        QCOMPARE(copy.regionId, QStringLiteral("cn-sh2"));
        QCOMPARE(copy.projectId, QStringLiteral("org-data"));
        QCOMPARE(copy.sourceImageId, source.id);
        QVERIFY(copy.dataDisks.isEmpty());
        QVERIFY(copy.snapshotZoneId.isEmpty());
        const Snapshot system = f->snapshotById(copy.systemSnapshotId);
        QCOMPARE(system.regionId, QStringLiteral("cn-sh2"));
        QCOMPARE(system.imageId, copy.id);
        QVERIFY(system.id != source.systemSnapshotId);
        f->run(durationOf(result.value()));
        copy = f->imageById(copy.id);
        QCOMPARE(copy.state, ImageState::Available);
        QCOMPARE(f->snapshotById(copy.systemSnapshotId).state, SnapshotState::Available);
        // UHost may copy within the region into another project, but not onto itself.
        r.targetRegionId = source.regionId;
        r.targetProjectId = source.projectId;
        r.name = QStringLiteral("web-with-data-again");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::InvalidArgument);
        r.targetProjectId = QStringLiteral("org-data");
        IMPRINT_ACCEPTED(f->engine->copyImage(r));
    }

    void ecsCopyCreatesImageInTargetRegion()
    {
        const Image source = f->image("web-golden-2025");
        CopyImageRequest r;
        r.imageId = source.id;
        r.targetRegionId = QStringLiteral("cn-shanghai");
        const Result<Operation> result = f->engine->copyImage(r);
        IMPRINT_ACCEPTED(result);
        Image copy = f->imageById(result->targetId);
        QCOMPARE(copy.name, source.name);
        QCOMPARE(copy.dataDisks.size(), source.dataDisks.size());
        for (const QString &id : copy.snapshotIds()) {
            QCOMPARE(f->snapshotById(id).regionId, QStringLiteral("cn-shanghai"));
            QVERIFY(!source.snapshotIds().contains(id));
        }
        f->run(durationOf(result.value()) / 2);
        QVERIFY(f->imageById(copy.id).progress > 0);
        QCOMPARE(f->imageById(copy.id).state, ImageState::Copying);
        f->run(durationOf(result.value()));
        QCOMPARE(f->imageById(copy.id).state, ImageState::Available);
        // Same region is not a copy.
        r.targetRegionId = source.regionId;
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::InvalidArgument);
        r.targetRegionId = QStringLiteral("nowhere-1");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::NotFound);
    }

    void cancelCopyRemovesHalfMadeCopy()
    {
        CopyImageRequest r;
        r.imageId = f->image("web-golden-2025").id;
        r.targetRegionId = QStringLiteral("cn-beijing");
        const Result<Operation> result = f->engine->copyImage(r);
        IMPRINT_ACCEPTED(result);
        const Image copy = f->imageById(result->targetId);
        f->run(30);
        QSignalSpy removedImages(f->engine.get(), &SimulatorEngine::imagesRemoved);
        QSignalSpy removedSnapshots(f->engine.get(), &SimulatorEngine::snapshotsRemoved);
        IMPRINT_ACCEPTED(f->engine->cancelOperation(result->id));
        QCOMPARE(records(removedImages), 1);
        QCOMPARE(removedImages.first().first().toStringList(), QStringList{copy.id});
        QCOMPARE(records(removedSnapshots), copy.snapshotIds().size());
        QVERIFY(!f->engine->findImage(copy.id, nullptr));
        for (const QString &id : copy.snapshotIds())
            QVERIFY(!f->engine->findSnapshot(id, nullptr));
        QCOMPARE(f->operation(result->id).state, OperationState::Cancelled);
        IMPRINT_REFUSED(f->engine->cancelOperation(result->id), ErrorCode::InvalidArgument);
        f->run(3600); // nothing left to finish
        QCOMPARE(f->operation(result->id).state, OperationState::Cancelled);
        // Image creation cannot be cancelled.
        const Result<Operation> create =
            f->engine->createImage(fromInstance(f->instance("ecs-app-01"), "app-not-cancellable"));
        IMPRINT_ACCEPTED(create);
        IMPRINT_REFUSED(f->engine->cancelOperation(create->id), ErrorCode::Unsupported);
        IMPRINT_REFUSED(f->engine->cancelOperation("op-none"), ErrorCode::NotFound);
    }

    void copyOfUnavailableImageIsRefused()
    {
        const Result<Operation> create =
            f->engine->createImage(fromInstance(f->instance("ecs-web-01"), "still-creating"));
        IMPRINT_ACCEPTED(create);
        CopyImageRequest r;
        r.imageId = create->targetId;
        r.targetRegionId = QStringLiteral("cn-shanghai");
        IMPRINT_REFUSED(f->engine->copyImage(r), ErrorCode::ImageNotAvailable);
    }

    // ---- edit and delete ----------------------------------------------------------------

    void editImageRenamesAndValidates()
    {
        const Image image = f->image("web-golden-2025");
        QSignalSpy imageSpy(f->engine.get(), &SimulatorEngine::imagesChanged);
        EditImageRequest r{image.id, QStringLiteral("web-golden-2026"), QStringLiteral("Renewed")};
        const Result<Image> edited = f->engine->editImage(r);
        IMPRINT_ACCEPTED(edited);
        QCOMPARE(edited->name, QStringLiteral("web-golden-2026"));
        QCOMPARE(f->imageById(image.id).description, QStringLiteral("Renewed"));
        QCOMPARE(records(imageSpy), 1);
        // Its own name is not a duplicate; another image's is.
        IMPRINT_ACCEPTED(f->engine->editImage(r));
        r.name = QStringLiteral("db-base");
        IMPRINT_REFUSED(f->engine->editImage(r), ErrorCode::DuplicateName);
        r.name = QStringLiteral("http://bad");
        IMPRINT_REFUSED(f->engine->editImage(r), ErrorCode::InvalidName);
        IMPRINT_REFUSED(f->engine->editImage({"m-none", "x-name", {}}), ErrorCode::NotFound);
        QCOMPARE(f->imageById(image.id).name, QStringLiteral("web-golden-2026"));
    }

    void uhostDeleteRemovesAssociatedSnapshots()
    {
        const Image image = f->image("web-with-data");
        const QStringList snapshots = image.snapshotIds();
        QCOMPARE(snapshots.size(), 2);
        QSignalSpy removedSnapshots(f->engine.get(), &SimulatorEngine::snapshotsRemoved);
        QSignalSpy removedImages(f->engine.get(), &SimulatorEngine::imagesRemoved);
        IMPRINT_ACCEPTED(f->engine->deleteImages({image.id}));
        QCOMPARE(records(removedImages), 1);
        QCOMPARE(records(removedSnapshots), 2);
        for (const QString &id : snapshots)
            QVERIFY(!f->engine->findSnapshot(id, nullptr));
    }

    void uhostAssociatedSnapshotCannotBeDeletedAlone()
    {
        const Image image = f->image("web-with-data");
        const QString data = image.dataDisks.first().snapshotId;
        IMPRINT_REFUSED(f->engine->deleteSnapshot(data), ErrorCode::SnapshotBoundToImage);
        QVERIFY(f->engine->findSnapshot(data, nullptr));
    }

    void ecsDeleteKeepsSnapshotsAsOrdinary()
    {
        const Image image = f->image("web-golden-2025");
        const QStringList snapshots = image.snapshotIds();
        IMPRINT_ACCEPTED(f->engine->deleteImages({image.id}));
        for (const QString &id : snapshots) {
            Snapshot s;
            QVERIFY(f->engine->findSnapshot(id, &s));
            QVERIFY(s.imageId.isEmpty());
        }
        IMPRINT_ACCEPTED(f->engine->deleteSnapshot(snapshots.first()));
    }

    void deleteIsAllOrNothing()
    {
        const Image golden = f->image("web-golden-2025");
        const Result<Operation> create =
            f->engine->createImage(fromInstance(f->instance("ecs-app-01"), "busy-image"));
        IMPRINT_ACCEPTED(create);
        QSignalSpy removed(f->engine.get(), &SimulatorEngine::imagesRemoved);
        IMPRINT_REFUSED(f->engine->deleteImages({golden.id, create->targetId}),
                        ErrorCode::ImageBusy);
        IMPRINT_REFUSED(f->engine->deleteImages({golden.id, "m-missing"}), ErrorCode::NotFound);
        IMPRINT_REFUSED(f->engine->deleteImages({}), ErrorCode::InvalidArgument);
        QCOMPARE(records(removed), 0);
        QVERIFY(f->engine->findImage(golden.id, nullptr));
        QVERIFY(f->engine->findImage(create->targetId, nullptr));
        // Both, once the busy one is done.
        f->run(durationOf(create.value()));
        IMPRINT_ACCEPTED(f->engine->deleteImages({golden.id, create->targetId, golden.id}));
        QCOMPARE(records(removed), 2);
    }

    void snapshotBackingImageCannotBeDeleted()
    {
        // An image made from the user's snapshots keeps them from being deleted.
        const Snapshot system = f->snapshot("ecs-web-01-system-daily");
        IMPRINT_ACCEPTED(f->engine->createImage(
            fromSnapshots(Product::Ecs, "cn-hangzhou", "pinned", {system.id})));
        IMPRINT_REFUSED(f->engine->deleteSnapshot(system.id), ErrorCode::SnapshotBoundToImage);
        // So does an image's own snapshot on CVM.
        const Image golden = f->image("api-gateway-golden");
        IMPRINT_REFUSED(f->engine->deleteSnapshot(golden.systemSnapshotId),
                        ErrorCode::SnapshotBoundToImage);
        IMPRINT_REFUSED(f->engine->deleteSnapshot("snap-none"), ErrorCode::NotFound);
    }

    void ordinarySnapshotCanBeDeleted()
    {
        const Snapshot weekly = f->snapshot("ecs-db-01-system-weekly");
        QSignalSpy removed(f->engine.get(), &SimulatorEngine::snapshotsRemoved);
        IMPRINT_ACCEPTED(f->engine->deleteSnapshot(weekly.id));
        QCOMPARE(records(removed), 1);
        QVERIFY(!f->engine->findSnapshot(weekly.id, nullptr));
    }

    // ---- launch -------------------------------------------------------------------------

    void launchCreatesInstancesThatBecomeRunning()
    {
        const Image golden = f->image("api-gateway-golden"); // system 50 + data 200 (snapshot)
        LaunchRequest r = launchOf(golden, "ap-guangzhou-4", "S5.MEDIUM4", 3);
        r.namePattern = QStringLiteral("api-{n}");
        QSignalSpy instanceSpy(f->engine.get(), &SimulatorEngine::instancesChanged);
        const Result<Operation> result = f->engine->launchInstances(r);
        IMPRINT_ACCEPTED(result);
        QCOMPARE(result->kind, OperationKind::LaunchInstances);
        QCOMPARE(records(instanceSpy), 3);
        for (const char *name : {"api-1", "api-2", "api-3"}) {
            const Instance i = f->instance(QString::fromLatin1(name));
            QCOMPARE(i.state, InstanceState::Pending);
            QCOMPARE(i.regionId, golden.regionId);
            QCOMPARE(i.zoneId, QStringLiteral("ap-guangzhou-4"));
            QCOMPARE(i.imageId, golden.id);
            QCOMPARE(i.osName, golden.osName);
            QCOMPARE(i.cpuCores, 2);
            QCOMPARE(i.disks.size(), 2);
            QCOMPARE(i.systemDisk()->sizeGiB, 50);
            QCOMPARE(i.dataDisks().first().sizeGiB, 200);
        }
        f->run(30);
        QVERIFY(f->operation(result->id).progress >= 49);
        QCOMPARE(f->instance("api-1").state, InstanceState::Pending);
        f->run(30);
        QCOMPARE(f->instance("api-1").state, InstanceState::Running);
        QCOMPARE(f->instance("api-3").state, InstanceState::Running);
        QCOMPARE(f->operation(result->id).state, OperationState::Succeeded);

        // Plain names get -N when several, stay as they are when one.
        r.namePattern = QStringLiteral("node");
        r.count = 2;
        IMPRINT_ACCEPTED(f->engine->launchInstances(r));
        QVERIFY(!f->instance("node-1").id.isEmpty());
        QVERIFY(!f->instance("node-2").id.isEmpty());
        r.namePattern = QStringLiteral("solo");
        r.count = 1;
        IMPRINT_ACCEPTED(f->engine->launchInstances(r));
        QVERIFY(!f->instance("solo").id.isEmpty());
    }

    void launchConfinedToSnapshotZone()
    {
        const Image withData = f->image("web-with-data");
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(withData, "cn-bj2-02", "N-2C4G")),
                        ErrorCode::ZoneNotAllowed);
        IMPRINT_ACCEPTED(f->engine->launchInstances(launchOf(withData, "cn-bj2-05", "N-2C4G")));
        // Without data-disk snapshots any zone of the region will do.
        IMPRINT_ACCEPTED(
            f->engine->launchInstances(launchOf(f->image("centos-base"), "cn-bj2-02", "N-2C4G")));
    }

    void uhostLaunchWithDataSnapshotsRefusesLocalDisks()
    {
        LaunchRequest r = launchOf(f->image("web-with-data"), "cn-bj2-05", "N-2C4G");
        r.dataDiskKind = DiskKind::Local;
        IMPRINT_REFUSED(f->engine->launchInstances(r), ErrorCode::LocalDiskNotAllowed);
    }

    void windowsParentRefusesOneCoreType()
    {
        const Image win = f->image("win-base");
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(win, "cn-bj2-05", "N-1C1G")),
                        ErrorCode::InstanceTypeNotAllowed);
        LaunchRequest accelerated = launchOf(win, "cn-bj2-05", "N-2C4G");
        accelerated.networkAcceleration = true;
        IMPRINT_REFUSED(f->engine->launchInstances(accelerated), ErrorCode::InstanceTypeNotAllowed);
        IMPRINT_ACCEPTED(f->engine->launchInstances(launchOf(win, "cn-bj2-05", "N-2C4G")));
        // A Linux parent has no such limit.
        IMPRINT_ACCEPTED(
            f->engine->launchInstances(launchOf(f->image("centos-base"), "cn-bj2-05", "N-1C1G")));
    }

    void launchWithRepeatedClientTokenCreatesNoDuplicates()
    {
        LaunchRequest r = launchOf(f->image("db-base"), "cn-hangzhou-h", "ecs.g7.large", 2);
        r.clientToken = QStringLiteral("token-7f3a");
        const int before = f->engine->instances().size();
        const Result<Operation> first = f->engine->launchInstances(r);
        IMPRINT_ACCEPTED(first);
        QSignalSpy instanceSpy(f->engine.get(), &SimulatorEngine::instancesChanged);
        const Result<Operation> again = f->engine->launchInstances(r);
        IMPRINT_ACCEPTED(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(records(instanceSpy), 0);
        QCOMPARE(f->engine->instances().size(), before + 2);
        // Another token is another launch.
        r.clientToken = QStringLiteral("token-8b1c");
        IMPRINT_ACCEPTED(f->engine->launchInstances(r));
        QCOMPARE(f->engine->instances().size(), before + 4);
    }

    void launchZoneMustBelongToRegion()
    {
        const Image golden = f->image("api-gateway-golden");
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(golden, "ap-shanghai-2", "S5.MEDIUM4")),
                        ErrorCode::ZoneNotAllowed);
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(golden, "", "S5.MEDIUM4")),
                        ErrorCode::ZoneNotAllowed);
        IMPRINT_REFUSED(
            f->engine->launchInstances(launchOf(golden, "ap-guangzhou-3", "ecs.g7.large")),
            ErrorCode::InstanceTypeNotAllowed);
        IMPRINT_REFUSED(
            f->engine->launchInstances(launchOf(Image{}, "ap-guangzhou-3", "S5.MEDIUM4")),
            ErrorCode::NotFound);
    }

    void launchCountIsLimited()
    {
        const Image image = f->imagesOf(Product::Lighthouse, "ap-shanghai").first();
        const int max = ProductPolicy::forProduct(Product::Lighthouse).maxLaunchCount();
        IMPRINT_REFUSED(f->engine->launchInstances(
                            launchOf(image, "ap-shanghai-2", "bundle_basic_2c2g", max + 1)),
                        ErrorCode::InvalidCount);
        IMPRINT_REFUSED(
            f->engine->launchInstances(launchOf(image, "ap-shanghai-2", "bundle_basic_2c2g", 0)),
            ErrorCode::InvalidCount);
    }

    void launchFromUnavailableImageIsRefused()
    {
        const Result<Operation> create =
            f->engine->createImage(fromInstance(f->instance("ecs-app-01"), "not-yet"));
        IMPRINT_ACCEPTED(create);
        IMPRINT_REFUSED(f->engine->launchInstances(launchOf(f->imageById(create->targetId),
                                                            "cn-shanghai-e", "ecs.g7.large")),
                        ErrorCode::ImageNotAvailable);
    }

    // ---- start and stop -----------------------------------------------------------------

    void stopAndStartTakeThirtySeconds()
    {
        const Instance api = f->instance("api-gateway-01");
        const Result<Operation> stop = f->engine->stopInstance(api.id);
        IMPRINT_ACCEPTED(stop);
        QCOMPARE(stop->kind, OperationKind::StopInstance);
        QCOMPARE(f->instanceById(api.id).state, InstanceState::Stopping);
        f->run(29);
        QCOMPARE(f->instanceById(api.id).state, InstanceState::Stopping);
        f->run(1);
        QCOMPARE(f->instanceById(api.id).state, InstanceState::Stopped);
        QCOMPARE(f->operation(stop->id).state, OperationState::Succeeded);
        IMPRINT_ACCEPTED(f->engine->startInstance(api.id));
        QCOMPARE(f->instanceById(api.id).state, InstanceState::Starting);
        f->run(30);
        QCOMPARE(f->instanceById(api.id).state, InstanceState::Running);
    }

    void startRunningInstanceIsRefused()
    {
        IMPRINT_REFUSED(f->engine->startInstance(f->instance("api-gateway-01").id),
                        ErrorCode::InvalidInstanceState);
        IMPRINT_REFUSED(f->engine->stopInstance(f->instance("batch-worker-01").id),
                        ErrorCode::InvalidInstanceState);
        IMPRINT_REFUSED(f->engine->stopInstance("ins-none"), ErrorCode::NotFound);
    }

    void transitionalInstanceIsRefused()
    {
        const Instance api = f->instance("api-gateway-01");
        IMPRINT_ACCEPTED(f->engine->stopInstance(api.id));
        IMPRINT_REFUSED(f->engine->stopInstance(api.id), ErrorCode::InstanceBusy);
        IMPRINT_REFUSED(f->engine->startInstance(api.id), ErrorCode::InstanceBusy);
    }

    // ---- account and billing ------------------------------------------------------------

    void billingChargesRunningInstancesHourly()
    {
        QSignalSpy accountSpy(f->engine.get(), &SimulatorEngine::accountChanged);
        const qint64 start = f->engine->account().balanceFen;
        f->run(3599);
        QCOMPARE(f->engine->account().balanceFen, start);
        QCOMPARE(accountSpy.count(), 0);
        f->run(1);
        const qint64 hourly = start - f->engine->account().balanceFen;
        QVERIFY(hourly > 0);
        QCOMPARE(accountSpy.count(), 1);
        f->run(2 * 3600);
        QCOMPARE(f->engine->account().balanceFen, start - 3 * hourly);

        // One more running CVM S5.SMALL1 adds its list price / 720, rounded up.
        InstanceType small;
        QVERIFY(InstanceTypeCatalog::find(Product::Cvm, "S5.SMALL1", &small));
        IMPRINT_ACCEPTED(f->engine->launchInstances(
            launchOf(f->image("test-node-clean"), "ap-chengdu-2", "S5.SMALL1")));
        f->run(60);
        const qint64 before = f->engine->account().balanceFen;
        f->run(3600 - 60);
        QCOMPARE(before - f->engine->account().balanceFen,
                 hourly + (small.monthlyPriceFen + PriceList::hoursPerMonth - 1) /
                              PriceList::hoursPerMonth);
    }

    void lighthouseImagesBeyondFreeTierAreBilled()
    {
        f->run(3600);
        const qint64 first = f->engine->account().balanceFen;
        f->run(3600);
        const qint64 hourly = first - f->engine->account().balanceFen;
        // A 19th image in ap-guangzhou (beyond the 5 free) costs one more image-hour. The
        // instance is stopped, so imaging it changes nothing else that is billed.
        CreateImageRequest r = fromInstance(f->instance("win-remote-desktop"), "win-billed");
        r.forcedShutdownConsent = true;
        IMPRINT_ACCEPTED(f->engine->createImage(r));
        const qint64 before = f->engine->account().balanceFen;
        f->run(3600);
        QCOMPARE(before - f->engine->account().balanceFen,
                 hourly + PriceList::simulatedListPrices().lighthouseExtraImageFenPerHour);
    }

    void billingIntoDebtStartsOverdue()
    {
        IMPRINT_ACCEPTED(f->engine->setBalance(1));
        QVERIFY(!f->engine->account().isOverdue());
        const QDateTime start = f->clock.now();
        f->run(3 * 3600); // one long jump: the overdue instant is still the first hour
        const Account a = f->engine->account();
        QVERIFY(a.balanceFen < 0);
        QCOMPARE(a.overdueSince, start.addSecs(3600));
        const Image lighthouse = f->imagesOf(Product::Lighthouse).first();
        QCOMPARE(lighthouse.state, ImageState::ToBeRepossessed);
        QCOMPARE(lighthouse.repossessedAt, a.overdueSince);
    }

    void overdueDisablesCreationAndRepossessesImages()
    {
        QSignalSpy accountSpy(f->engine.get(), &SimulatorEngine::accountChanged);
        QSignalSpy imageSpy(f->engine.get(), &SimulatorEngine::imagesChanged);
        IMPRINT_ACCEPTED(f->engine->setBalance(-100));
        QCOMPARE(accountSpy.count(), 1);
        const Account a = f->engine->account();
        QCOMPARE(a.balanceFen, -100);
        QCOMPARE(a.overdueSince, f->clock.now());
        const QList<Image> lighthouse = f->imagesOf(Product::Lighthouse);
        QCOMPARE(records(imageSpy), lighthouse.size());
        for (const Image &m : lighthouse) {
            QCOMPARE(m.state, ImageState::ToBeRepossessed); // free tier included
            QCOMPARE(m.repossessedAt, f->clock.now());
            QVERIFY(!m.isUsable());
        }
        for (const Image &m : f->imagesOf(Product::Cvm))
            QCOMPARE(m.state, ImageState::Available);

        CreateImageRequest r = fromInstance(f->instance("blog-server"), "while-overdue");
        r.forcedShutdownConsent = true;
        IMPRINT_REFUSED(f->engine->createImage(r), ErrorCode::AccountOverdue);
        IMPRINT_REFUSED(f->engine->launchInstances(
                            launchOf(lighthouse.first(), "ap-guangzhou-3", "bundle_basic_2c2g")),
                        ErrorCode::ImageNotAvailable);
        // Products without the rule carry on.
        IMPRINT_ACCEPTED(f->engine->createImage(
            fromInstance(f->instance("api-gateway-01"), "cvm-while-overdue")));
    }

    void repossessedImagesReleasedAfterSevenDays()
    {
        const int lighthouse = f->imagesOf(Product::Lighthouse).size();
        const int others = f->engine->images().size() - lighthouse;
        const Image one = f->imagesOf(Product::Lighthouse).first();
        IMPRINT_ACCEPTED(f->engine->setBalance(-1));
        QSignalSpy removed(f->engine.get(), &SimulatorEngine::imagesRemoved);
        f->runInSteps(6 * 86400, 86400);
        QCOMPARE(records(removed), 0);
        QCOMPARE(f->imagesOf(Product::Lighthouse).size(), lighthouse);
        f->run(86400);
        QCOMPARE(records(removed), lighthouse);
        QVERIFY(f->imagesOf(Product::Lighthouse).isEmpty());
        QCOMPARE(f->engine->images().size(), others);
        QVERIFY(!f->engine->findSnapshot(one.systemSnapshotId, nullptr));
    }

    void releaseIsLoggedAndRepossessedImagesRefuseEditAndDelete()
    {
        const QList<Image> lighthouse = f->imagesOf(Product::Lighthouse);
        IMPRINT_ACCEPTED(f->engine->setBalance(-1));
        const Image held = f->imageById(lighthouse.first().id);
        QCOMPARE(held.state, ImageState::ToBeRepossessed);
        // The same rule the console disables its actions with.
        IMPRINT_REFUSED(f->engine->editImage({held.id, QStringLiteral("renamed"), {}}),
                        ErrorCode::ImageNotAvailable);
        IMPRINT_REFUSED(f->engine->deleteImages({held.id}), ErrorCode::ImageNotAvailable);
        f->runInSteps(7 * 86400, 86400);
        QVERIFY(f->imagesOf(Product::Lighthouse).isEmpty());
        int released = 0;
        for (const Operation &op : f->engine->operations()) {
            if (op.kind != OperationKind::ReleaseImage)
                continue;
            QCOMPARE(op.state, OperationState::Succeeded);
            QVERIFY(op.finishedAt.isValid());
            released += op.targetCount;
        }
        QCOMPARE(released, lighthouse.size());
    }

    void deletesAndEditsAreLoggedAsOperations()
    {
        const Image golden = f->image("web-golden-2025");
        IMPRINT_ACCEPTED(
            f->engine->editImage({golden.id, QStringLiteral("web-golden-renamed"), {}}));
        const QList<Image> lighthouse = f->imagesOf(Product::Lighthouse, "ap-guangzhou");
        QStringList ids;
        for (const Image &m : lighthouse)
            ids << m.id;
        IMPRINT_ACCEPTED(f->engine->deleteImages(ids));
        bool edited = false;
        int deleted = 0;
        int deleteEntries = 0;
        for (const Operation &op : f->engine->operations()) {
            if (op.kind == OperationKind::EditImage && op.targetId == golden.id)
                edited = op.state == OperationState::Succeeded &&
                         op.targetName == QLatin1String("web-golden-renamed");
            if (op.kind == OperationKind::DeleteImage) {
                deleted += op.targetCount;
                ++deleteEntries;
            }
        }
        QVERIFY(edited);
        QCOMPARE(deleted, int(lighthouse.size()));
        QCOMPARE(deleteEntries, 1); // one region: one line in Recent Operations
        Operation one;
        one.kind = OperationKind::DeleteImage;
        one.targetName = QStringLiteral("a");
        one.targetCount = 18;
        one.state = OperationState::Succeeded;
        // One sentence with the count (English plural forms come with the UI's translations).
        const QString outcome = OperationText::outcome(one);
        QVERIFY2(outcome.startsWith(QLatin1String("18 image")) &&
                     outcome.endsWith(QLatin1String(" deleted.")),
                 qPrintable(outcome));
    }

    void demoAccountStaysHealthyForAMonthOfSimulatedTime()
    {
        // A month of simulated time is twelve real hours at the default speed (60).
        f->runInSteps(30 * 86400, 86400);
        QVERIFY(!f->engine->account().isOverdue());
        for (const Image &m : f->imagesOf(Product::Lighthouse))
            QCOMPARE(m.state, ImageState::Available);
    }

    void noProductStartsOrStopsAnInstanceBeingImaged()
    {
        // CVM: an image made from a stopped instance; the instance must stay stopped meanwhile.
        IMPRINT_ACCEPTED(f->engine->stopInstance(f->instance("ci-runner").id));
        f->run(120);
        const Instance stopped = f->instance("ci-runner");
        QCOMPARE(stopped.state, InstanceState::Stopped);
        IMPRINT_ACCEPTED(f->engine->createImage(fromInstance(stopped, "from-stopped")));
        const Instance imaging = f->instance(stopped.name);
        QVERIFY(!imaging.imagingOperationId.isEmpty());
        QVERIFY(!ProductPolicy::forProduct(Product::Cvm).canChangePower(imaging, true));
        IMPRINT_REFUSED(f->engine->startInstance(imaging.id), ErrorCode::InstanceBusy);
    }

    void topUpRestoresRepossessedImages()
    {
        IMPRINT_ACCEPTED(f->engine->setBalance(-500));
        f->run(86400);
        QSignalSpy accountSpy(f->engine.get(), &SimulatorEngine::accountChanged);
        IMPRINT_REFUSED(f->engine->topUp(0), ErrorCode::InvalidArgument);
        IMPRINT_REFUSED(f->engine->topUp(-5), ErrorCode::InvalidArgument);
        const qint64 debt = f->engine->account().balanceFen;
        IMPRINT_ACCEPTED(f->engine->topUp(-debt - 1)); // still one fen short
        QVERIFY(f->engine->account().isOverdue());
        QCOMPARE(f->imagesOf(Product::Lighthouse).first().state, ImageState::ToBeRepossessed);
        IMPRINT_ACCEPTED(f->engine->topUp(100000));
        QCOMPARE(accountSpy.count(), 2);
        const Account a = f->engine->account();
        QCOMPARE(a.balanceFen, 100000 - 1);
        QVERIFY(!a.isOverdue());
        for (const Image &m : f->imagesOf(Product::Lighthouse)) {
            QCOMPARE(m.state, ImageState::Available);
            QVERIFY(!m.repossessedAt.isValid());
        }
        // And nothing is released later.
        f->run(8 * 86400);
        QCOMPARE(f->imagesOf(Product::Lighthouse, "ap-guangzhou").size(), 18);
    }

    void imageFinishedWhileOverdueIsRepossessed()
    {
        CreateImageRequest r = fromInstance(f->instance("blog-server"), "finishing-late");
        r.forcedShutdownConsent = true;
        const Result<Operation> result = f->engine->createImage(r);
        IMPRINT_ACCEPTED(result);
        IMPRINT_ACCEPTED(f->engine->setBalance(-1));
        QCOMPARE(f->imageById(result->targetId).state, ImageState::Creating);
        f->run(durationOf(result.value()));
        QCOMPARE(f->imageById(result->targetId).state, ImageState::ToBeRepossessed);
        IMPRINT_ACCEPTED(f->engine->setBalance(100));
        QCOMPARE(f->imageById(result->targetId).state, ImageState::Available);
    }

    // ---- all or nothing -----------------------------------------------------------------

    // ---- validators: the checks dry runs ask --------------------------------------------

    // Each refusal comes from the validator exactly as from the mutation: same code, same
    // sentence. Asking the validator changes nothing.
    void validatorsRefuseAsTheirMutations()
    {
        const Instance web = f->instance("ecs-web-01");
        IMPRINT_ACCEPTED(f->engine->createImage(fromInstance(web, "first-image")));
        CreateImageRequest consentless = fromInstance(f->instance("blog-server"), "blog-consent");
        CreateImageRequest economyDisk = fromInstance(f->instance("web-01"), "web-economy");
        economyDisk.dataDiskIds = {f->instance("web-01").disks.at(2).id};
        CreateImageRequest elsewhere = fromSnapshots(Product::Ecs, "cn-shanghai", "elsewhere",
                                                     {f->snapshot("ecs-web-01-system-daily").id});
        const QList<CreateImageRequest> creations{
            fromInstance(web, "second-image"),                        // busy
            fromInstance(f->instance("ecs-app-01"), "app-release-7"), // duplicate name
            consentless,
            economyDisk,
            elsewhere,
            fromSnapshots(Product::Ecs, "cn-hangzhou", "data-only",
                          {f->snapshot("ecs-web-01-data-daily").id}),
        };
        CopyImageRequest lighthouseCopy;
        lighthouseCopy.imageId = f->imagesOf(Product::Lighthouse, "ap-guangzhou").first().id;
        lighthouseCopy.targetRegionId = QStringLiteral("ap-shanghai");
        CopyImageRequest uhostCopy;
        uhostCopy.imageId = f->image("web-with-data").id;
        uhostCopy.targetRegionId = QStringLiteral("cn-sh2");
        const QList<CopyImageRequest> copies{lighthouseCopy, uhostCopy};
        const QList<LaunchRequest> launches{
            launchOf(f->image("win-base"), "cn-bj2-02", "NO-SUCH-TYPE"),
            launchOf(f->image("win-base"), "ap-guangzhou-3", "N-4C8G"),
            launchOf(Image(), "cn-bj2-02", "N-4C8G"),
        };
        const QList<QStringList> deletions{{}, {f->image("db-base").id, "m-missing"}};

        const int images = f->engine->images().size();
        const int operations = f->engine->operations().size();
        auto same = [](const Status &validator, const Error &mutation) {
            QVERIFY2(!validator.ok(), qPrintable(mutation.message));
            QCOMPARE(validator.error().code, mutation.code);
            QCOMPARE(validator.error().message, mutation.message);
        };
        for (const CreateImageRequest &r : creations) {
            const Status check = f->engine->canCreateImage(r);
            QCOMPARE(f->engine->images().size(), images);
            const Result<Operation> done = f->engine->createImage(r);
            QVERIFY(!done.ok());
            same(check, done.error());
        }
        for (const CopyImageRequest &r : copies) {
            const Status check = f->engine->canCopyImage(r);
            const Result<Operation> done = f->engine->copyImage(r);
            QVERIFY(!done.ok());
            same(check, done.error());
        }
        for (const LaunchRequest &r : launches) {
            const Status check = f->engine->canLaunchInstances(r);
            const Result<Operation> done = f->engine->launchInstances(r);
            QVERIFY(!done.ok());
            same(check, done.error());
        }
        for (const QStringList &ids : deletions) {
            const Status check = f->engine->canDeleteImages(ids);
            const Status done = f->engine->deleteImages(ids);
            QVERIFY(!done.ok());
            same(check, done.error());
        }
        QCOMPARE(f->engine->images().size(), images);
        QCOMPARE(f->engine->operations().size(), operations);
    }

    void validatorsAcceptWhatTheirMutationsAccept()
    {
        const CreateImageRequest create = fromInstance(f->instance("ecs-app-01"), "app-image");
        const LaunchRequest launch = launchOf(f->image("win-base"), "cn-bj2-02", "N-4C8G");
        const QStringList doomed{f->image("db-base").id};
        const int images = f->engine->images().size();
        const int operations = f->engine->operations().size();
        IMPRINT_ACCEPTED(f->engine->canCreateImage(create));
        IMPRINT_ACCEPTED(f->engine->canLaunchInstances(launch));
        IMPRINT_ACCEPTED(f->engine->canDeleteImages(doomed));
        QCOMPARE(f->engine->images().size(), images);
        QCOMPARE(f->engine->operations().size(), operations);
        IMPRINT_ACCEPTED(f->engine->createImage(create));
        LaunchRequest once = launch;
        once.clientToken = QStringLiteral("token-1");
        IMPRINT_ACCEPTED(f->engine->launchInstances(once));
        // A repeated ClientToken with the same parameters is the same launch and is accepted;
        // with other parameters it is refused.
        IMPRINT_ACCEPTED(f->engine->canLaunchInstances(once));
        once.instanceType = QStringLiteral("NO-SUCH-TYPE");
        IMPRINT_REFUSED(f->engine->canLaunchInstances(once), ErrorCode::ClientTokenReused);
        IMPRINT_ACCEPTED(f->engine->deleteImages(doomed));
    }

    void failedRequestLeavesStateUnchanged()
    {
        const QStringList before = describeEngine(*f->engine);
        QSignalSpy images(f->engine.get(), &SimulatorEngine::imagesChanged);
        QSignalSpy instances(f->engine.get(), &SimulatorEngine::instancesChanged);
        QSignalSpy snapshots(f->engine.get(), &SimulatorEngine::snapshotsChanged);
        QSignalSpy operations(f->engine.get(), &SimulatorEngine::operationsChanged);
        QSignalSpy account(f->engine.get(), &SimulatorEngine::accountChanged);
        // Refusals from late in each validation: earlier steps passed, nothing may stick.
        const Instance web = f->instance("web-01");
        CreateImageRequest r = fromInstance(web, "half-valid");
        r.dataDiskIds = {web.disks.at(1).id, web.disks.at(2).id}; // good, then economy
        QVERIFY(!f->engine->createImage(r).ok());
        QVERIFY(!f->engine->deleteImages({f->image("db-base").id, "m-missing"}).ok());
        LaunchRequest launch = launchOf(f->image("win-base"), "cn-bj2-05", "N-1C1G", 3);
        QVERIFY(!f->engine->launchInstances(launch).ok());
        QVERIFY(!f->engine->topUp(0).ok());
        QCOMPARE(describeEngine(*f->engine), before);
        QCOMPARE(records(images) + records(instances) + records(snapshots) + records(operations) +
                     account.count(),
                 0);
        // And the store agrees: a restart shows the same world.
        f->close();
        IMPRINT_ACCEPTED(f->open());
        QCOMPARE(describeEngine(*f->engine), before);
    }

    void storageFailureLeavesMemoryUntouched()
    {
        const QStringList before = describeEngine(*f->engine);
        // Another connection makes every image write fail, as a full disk would.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(f->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec("CREATE TRIGGER fail_images BEFORE INSERT ON images BEGIN "
                            "SELECT RAISE(ABORT, 'simulated disk failure'); END"),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));

        QSignalSpy images(f->engine.get(), &SimulatorEngine::imagesChanged);
        QSignalSpy instances(f->engine.get(), &SimulatorEngine::instancesChanged);
        const Instance api = f->instance("api-gateway-01");
        const Result<Operation> result = f->engine->createImage(fromInstance(api, "not-saved"));
        IMPRINT_REFUSED(result, ErrorCode::StorageFailure);
        QCOMPARE(records(images), 0);
        QCOMPARE(records(instances), 0);
        QCOMPARE(describeEngine(*f->engine), before);
        QVERIFY(f->instanceById(api.id).imagingOperationId.isEmpty());
        // The instance rows of that batch were rolled back too: a restart shows the old world.
        f->close();
        IMPRINT_ACCEPTED(f->open());
        QCOMPARE(describeEngine(*f->engine), before);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("repair"));
            db.setDatabaseName(f->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("DROP TRIGGER fail_images"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("repair"));
        IMPRINT_ACCEPTED(f->engine->createImage(fromInstance(api, "saved")));
    }

    void notOpenEngineRefusesEverything()
    {
        ManualClock clock;
        SimulatorEngine engine(&clock);
        IMPRINT_REFUSED(engine.topUp(100), ErrorCode::StorageFailure);
        IMPRINT_REFUSED(engine.deleteImages({"x"}), ErrorCode::StorageFailure);
        engine.advance(); // harmless
        IMPRINT_REFUSED(engine.open({}), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorEngine)
#include "tst_simulatorengine.moc"
