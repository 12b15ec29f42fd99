#include "demoworld.h"

#include "instancetypecatalog.h"

namespace imprint {

namespace {

// splitmix64: tiny, fully specified, and the same on every platform and standard library
// (std::uniform_int_distribution is not), which is what a deterministic world needs.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int bounded(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

struct DiskSpec
{
    DiskKind kind;
    int sizeGiB;
    int usedGiB;
};

class Builder
{
public:
    Builder(CloudState *state, const QDateTime &now)
        : m_state(state)
        , m_now(now)
    {}

    QString newId(Product product, IdKind kind) { return idFor(product, kind, m_state->nextId++); }

    void addRegion(Product product, const QString &id, const QString &name,
                   const QList<std::pair<QString, QString>> &zones)
    {
        Region r;
        r.product = product;
        r.id = id;
        r.name = name;
        for (const auto &z : zones)
            r.zones.append({z.first, z.second});
        m_state->regions.append(r);
    }

    // Records are returned by value: a QHash may move its values when it grows, so a reference
    // into it would not survive the next insert.
    // system disk first, then data disks
    Instance addInstance(Product product, const QString &regionId, const QString &zoneId,
                         const QString &name, const QString &type, InstanceState state, OsType os,
                         const QString &osName, const QList<DiskSpec> &disks,
                         const QString &projectId = {}, int ageDays = 90)
    {
        Instance i;
        i.id = newId(product, IdKind::Instance);
        i.product = product;
        i.regionId = regionId;
        i.zoneId = zoneId;
        i.projectId = projectId;
        i.name = name;
        i.state = state;
        InstanceType t;
        if (InstanceTypeCatalog::find(product, type, &t)) {
            i.instanceType = t.id;
            i.cpuCores = t.cpuCores;
            i.memoryGiB = t.memoryGiB;
        }
        i.osType = os;
        i.osName = osName;
        i.billing = BillingMethod::PayAsYouGo;
        for (int n = 0; n < disks.size(); ++n) {
            Disk d;
            d.id = newId(product, IdKind::Disk);
            d.role = n == 0 ? DiskRole::System : DiskRole::Data;
            d.kind = disks.at(n).kind;
            d.sizeGiB = disks.at(n).sizeGiB;
            d.usedGiB = disks.at(n).usedGiB;
            i.disks.append(d);
        }
        i.createdAt = m_now.addDays(-ageDays);
        m_state->instances.insert(i.id, i);
        return i;
    }

    Snapshot addSnapshot(const Instance &from, int diskIndex, const QString &name, int ageDays,
                         const QString &imageId = {}, bool encrypted = false)
    {
        const Disk &d = from.disks.at(diskIndex);
        Snapshot s;
        s.id = newId(from.product, IdKind::Snapshot);
        s.product = from.product;
        s.regionId = from.regionId;
        s.zoneId = from.zoneId;
        s.name = name;
        s.sourceDiskId = d.id;
        s.sourceInstanceId = from.id;
        s.role = d.role;
        s.diskKind = d.kind;
        s.sizeGiB = d.sizeGiB;
        s.encrypted = encrypted;
        s.state = SnapshotState::Available;
        s.createdAt = m_now.addDays(-ageDays);
        s.imageId = imageId;
        m_state->snapshots.insert(s.id, s);
        return s;
    }

    // An image made from an instance: a bound system snapshot plus one per listed data disk.
    Image addImage(const Instance &from, const QString &name, const QString &description,
                   const QList<int> &dataDiskIndexes, int ageDays)
    {
        Image m;
        m.id = newId(from.product, IdKind::Image);
        m.product = from.product;
        m.regionId = from.regionId;
        m.projectId = from.projectId;
        m.name = name;
        m.description = description;
        m.state = ImageState::Available;
        m.progress = 100;
        m.osType = from.osType;
        m.osName = from.osName;
        m.sourceInstanceId = from.id;
        m.systemDiskGiB = from.disks.first().sizeGiB;
        m.systemSnapshotId =
            addSnapshot(from, 0, name + QStringLiteral("-system"), ageDays, m.id).id;
        for (int index : dataDiskIndexes) {
            const Snapshot s = addSnapshot(
                from, index, QStringLiteral("%1-data%2").arg(name).arg(index), ageDays, m.id);
            m.dataDisks.append({s.id, s.sizeGiB});
            m.snapshotZoneId = from.zoneId;
        }
        m.parentIsWindows = from.osType == OsType::Windows;
        m.createdAt = m_now.addDays(-ageDays);
        m_state->images.insert(m.id, m);
        return m;
    }

    // A finished operation for Recent Operations, so the first start does not look empty.
    Image &image(const QString &id) { return m_state->images[id]; }

    void addFinishedCreation(const Image &image, qint64 seconds)
    {
        Operation op;
        op.id = newId(image.product, IdKind::Operation);
        op.kind = OperationKind::CreateImage;
        op.product = image.product;
        op.regionId = image.regionId;
        op.targetId = image.id;
        op.targetName = image.name;
        op.progress = 100;
        op.state = OperationState::Succeeded;
        op.startedAt = image.createdAt;
        op.expectedEndAt = image.createdAt.addSecs(seconds);
        op.finishedAt = op.expectedEndAt;
        m_state->operations.insert(op.id, op);
    }

private:
    CloudState *m_state;
    QDateTime m_now;
};

void addRegions(Builder &b)
{
    using Z = std::pair<QString, QString>;
    auto zone = [](const char *id, const char *name) {
        return Z{QString::fromLatin1(id), QString::fromLatin1(name)};
    };
    auto s = [](const char *text) { return QString::fromLatin1(text); };

    // Lighthouse and CVM share Tencent's region ids; the (product, id) pair is the key.
    const QList<std::pair<QString, QString>> tencent{
        {s("ap-guangzhou"), s("South China (Guangzhou)")},
        {s("ap-shanghai"), s("East China (Shanghai)")},
        {s("ap-beijing"), s("North China (Beijing)")},
    };
    const QHash<QString, QList<Z>> tencentZones{
        {s("ap-guangzhou"),
         {zone("ap-guangzhou-3", "Guangzhou Zone 3"), zone("ap-guangzhou-4", "Guangzhou Zone 4"),
          zone("ap-guangzhou-6", "Guangzhou Zone 6")}},
        {s("ap-shanghai"),
         {zone("ap-shanghai-2", "Shanghai Zone 2"), zone("ap-shanghai-3", "Shanghai Zone 3"),
          zone("ap-shanghai-5", "Shanghai Zone 5")}},
        {s("ap-beijing"),
         {zone("ap-beijing-3", "Beijing Zone 3"), zone("ap-beijing-5", "Beijing Zone 5"),
          zone("ap-beijing-7", "Beijing Zone 7")}},
    };
    for (const auto &r : tencent)
        b.addRegion(Product::Lighthouse, r.first, r.second, tencentZones.value(r.first));
    b.addRegion(
        Product::Lighthouse, s("ap-hongkong"), s("Hong Kong, China"),
        {zone("ap-hongkong-2", "Hong Kong Zone 2"), zone("ap-hongkong-3", "Hong Kong Zone 3")});
    b.addRegion(
        Product::Lighthouse, s("ap-singapore"), s("Southeast Asia (Singapore)"),
        {zone("ap-singapore-1", "Singapore Zone 1"), zone("ap-singapore-3", "Singapore Zone 3")});

    for (const auto &r : tencent)
        b.addRegion(Product::Cvm, r.first, r.second, tencentZones.value(r.first));
    b.addRegion(Product::Cvm, s("ap-chengdu"), s("Southwest China (Chengdu)"),
                {zone("ap-chengdu-1", "Chengdu Zone 1"), zone("ap-chengdu-2", "Chengdu Zone 2")});
    b.addRegion(Product::Cvm, s("na-siliconvalley"), s("West US (Silicon Valley)"),
                {zone("na-siliconvalley-1", "Silicon Valley Zone 1"),
                 zone("na-siliconvalley-2", "Silicon Valley Zone 2")});

    // UHost: the seed's six regions; UHostPolicy's quota table is keyed by these ids.
    b.addRegion(Product::UHost, s("cn-bj1"), s("North China One"),
                {zone("cn-bj1-01", "North China One Zone A")});
    b.addRegion(
        Product::UHost, s("cn-bj2"), s("North China Two"),
        {zone("cn-bj2-02", "North China Two Zone B"), zone("cn-bj2-03", "North China Two Zone C"),
         zone("cn-bj2-04", "North China Two Zone D"), zone("cn-bj2-05", "North China Two Zone E")});
    b.addRegion(
        Product::UHost, s("cn-sh2"), s("Shanghai Two"),
        {zone("cn-sh2-01", "Shanghai Two Zone A"), zone("cn-sh2-02", "Shanghai Two Zone B")});
    b.addRegion(Product::UHost, s("cn-gd"), s("Guangdong"), {zone("cn-gd-02", "Guangdong Zone B")});
    b.addRegion(Product::UHost, s("hk"), s("Hong Kong"),
                {zone("hk-01", "Hong Kong Zone A"), zone("hk-02", "Hong Kong Zone B")});
    b.addRegion(Product::UHost, s("us-ca"), s("California"),
                {zone("us-ca-01", "California Zone A")});

    b.addRegion(Product::Ecs, s("cn-hangzhou"), s("China (Hangzhou)"),
                {zone("cn-hangzhou-h", "Hangzhou Zone H"), zone("cn-hangzhou-i", "Hangzhou Zone I"),
                 zone("cn-hangzhou-j", "Hangzhou Zone J")});
    b.addRegion(Product::Ecs, s("cn-shanghai"), s("China (Shanghai)"),
                {zone("cn-shanghai-e", "Shanghai Zone E"), zone("cn-shanghai-f", "Shanghai Zone F"),
                 zone("cn-shanghai-g", "Shanghai Zone G")});
    b.addRegion(Product::Ecs, s("cn-beijing"), s("China (Beijing)"),
                {zone("cn-beijing-g", "Beijing Zone G"), zone("cn-beijing-h", "Beijing Zone H"),
                 zone("cn-beijing-i", "Beijing Zone I")});
    b.addRegion(
        Product::Ecs, s("cn-hongkong"), s("China (Hong Kong)"),
        {zone("cn-hongkong-b", "Hong Kong Zone B"), zone("cn-hongkong-c", "Hong Kong Zone C")});
    b.addRegion(Product::Ecs, s("ap-southeast-1"), s("Singapore"),
                {zone("ap-southeast-1a", "Singapore Zone A"),
                 zone("ap-southeast-1b", "Singapore Zone B"),
                 zone("ap-southeast-1c", "Singapore Zone C")});
}

void addLighthouse(Builder &b)
{
    const Product p = Product::Lighthouse;
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    const DiskKind ssd = DiskKind::CloudSsd;

    Instance blog = b.addInstance(p, s("ap-guangzhou"), s("ap-guangzhou-3"), s("blog-server"),
                                  s("bundle_basic_2c2g"), InstanceState::Running, OsType::Linux,
                                  s("Ubuntu Server 22.04 LTS"), {{ssd, 50, 18}});
    Instance wordpress = b.addInstance(
        p, s("ap-guangzhou"), s("ap-guangzhou-4"), s("wordpress-prod"), s("bundle_standard_2c4g"),
        InstanceState::Running, OsType::Linux, s("WordPress 6.4 (Ubuntu 22.04)"), {{ssd, 80, 35}});
    Instance windows =
        b.addInstance(p, s("ap-guangzhou"), s("ap-guangzhou-3"), s("win-remote-desktop"),
                      s("bundle_pro_4c8g"), InstanceState::Stopped, OsType::Windows,
                      s("Windows Server 2022 Datacenter"), {{ssd, 60, 28}});
    // ap-guangzhou holds 18 of its 20 custom images: 13 beyond the free tier of 5.
    const Instance *sources[] = {&blog, &wordpress, &windows};
    Image latest;
    for (int n = 0; n < 18; ++n) {
        const Instance &from = *sources[n % 3];
        const QString name = QStringLiteral("%1-%2").arg(from.name).arg(
            QDate(2025, 1, 1).addDays(n * 19).toString(Qt::ISODate));
        latest = b.addImage(from, name, s("Weekly baseline"), {}, 330 - n * 19);
    }
    b.addFinishedCreation(latest, 12 * 60);

    Instance shop = b.addInstance(p, s("ap-shanghai"), s("ap-shanghai-2"), s("shop-frontend"),
                                  s("bundle_standard_2c4g"), InstanceState::Running, OsType::Linux,
                                  s("Node.js 18 (Debian 12)"), {{ssd, 60, 22}});
    b.addImage(shop, s("shop-frontend-base"), s("Storefront with Node.js"), {}, 120);
    b.addImage(shop, s("shop-frontend-2025-11"), {}, {}, 20);
    Instance sandbox = b.addInstance(p, s("ap-beijing"), s("ap-beijing-3"), s("dev-sandbox"),
                                     s("bundle_starter_1c1g"), InstanceState::Stopped,
                                     OsType::Linux, s("CentOS Stream 9"), {{ssd, 40, 9}});
    b.addImage(sandbox, s("dev-sandbox-clean"), s("Fresh toolchain"), {}, 60);
    b.addInstance(p, s("ap-hongkong"), s("ap-hongkong-2"), s("vpn-gateway"), s("bundle_basic_2c2g"),
                  InstanceState::Running, OsType::Linux, s("Debian 12"), {{ssd, 40, 6}});
    Instance game = b.addInstance(p, s("ap-singapore"), s("ap-singapore-1"), s("game-server"),
                                  s("bundle_pro_4c8g"), InstanceState::Running, OsType::Windows,
                                  s("Windows Server 2019 Datacenter"), {{ssd, 100, 52}});
    b.addImage(game, s("game-server-season-3"), s("Before the season update"), {}, 40);
}

void addCvm(Builder &b)
{
    const Product p = Product::Cvm;
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    const DiskKind premium = DiskKind::CloudPremium;
    const DiskKind ssd = DiskKind::CloudSsd;

    Instance api = b.addInstance(p, s("ap-guangzhou"), s("ap-guangzhou-3"), s("api-gateway-01"),
                                 s("S5.MEDIUM4"), InstanceState::Running, OsType::Linux,
                                 s("TencentOS Server 3.1"), {{premium, 50, 12}, {ssd, 200, 80}});
    Instance batch =
        b.addInstance(p, s("ap-guangzhou"), s("ap-guangzhou-4"), s("batch-worker-01"),
                      s("S5.LARGE8"), InstanceState::Stopped, OsType::Linux, s("CentOS 7.9 64-bit"),
                      {{premium, 50, 20}, {premium, 500, 310}});
    Instance win = b.addInstance(p, s("ap-guangzhou"), s("ap-guangzhou-3"), s("win-build-01"),
                                 s("S5.LARGE8"), InstanceState::Running, OsType::Windows,
                                 s("Windows Server 2019 Datacenter"), {{premium, 100, 45}});
    Image golden =
        b.addImage(api, s("api-gateway-golden"), s("Gateway with certificates"), {1}, 45);
    b.addFinishedCreation(golden, 9 * 60);
    b.addImage(batch, s("batch-worker-base"), s("Batch runtime, no data"), {}, 80);
    b.addImage(win, s("win-build-2025q4"), s("Build tools, Visual Studio 2022"), {}, 30);
    // Ordinary snapshots of the gateway, ready for "create from snapshots".
    b.addSnapshot(api, 0, s("api-gateway-01-system-nightly"), 1);
    b.addSnapshot(api, 1, s("api-gateway-01-data-nightly"), 1);

    Instance mysql =
        b.addInstance(p, s("ap-shanghai"), s("ap-shanghai-3"), s("mysql-replica"),
                      s("S5.2XLARGE16"), InstanceState::Running, OsType::Linux,
                      s("Ubuntu Server 22.04 LTS"), {{premium, 100, 30}, {ssd, 1000, 640}});
    b.addImage(mysql, s("mysql-replica-template"), {}, {}, 15);
    b.addInstance(p, s("ap-beijing"), s("ap-beijing-5"), s("ci-runner"), s("S5.MEDIUM4"),
                  InstanceState::Running, OsType::Linux, s("Ubuntu Server 20.04 LTS"),
                  {{premium, 80, 41}});
    Instance test =
        b.addInstance(p, s("ap-chengdu"), s("ap-chengdu-1"), s("test-node"), s("S5.SMALL1"),
                      InstanceState::Stopped, OsType::Linux, s("Debian 12"), {{premium, 50, 8}});
    b.addImage(test, s("test-node-clean"), s("Clean test node"), {}, 10);
    b.addInstance(p, s("na-siliconvalley"), s("na-siliconvalley-1"), s("edge-proxy"),
                  s("S5.MEDIUM4"), InstanceState::Running, OsType::Linux, s("Rocky Linux 9"),
                  {{premium, 50, 10}});
}

void addUHost(Builder &b, CloudState *state)
{
    const Product p = Product::UHost;
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    const DiskKind ssd = DiskKind::CloudSsd;
    const DiskKind economy = DiskKind::EconomyCloud;
    const DiskKind local = DiskKind::Local;
    state->projects.insert(p, {s("Default"), s("org-web"), s("org-data")});

    // web-01: an associable SSD data disk and an economy disk that cannot be associated.
    Instance web =
        b.addInstance(p, s("cn-bj2"), s("cn-bj2-05"), s("web-01"), s("N-2C4G"),
                      InstanceState::Running, OsType::Linux, s("CentOS 7.9 64-bit"),
                      {{ssd, 40, 14}, {ssd, 100, 40}, {economy, 200, 120}}, s("org-web"));
    // db-01: a local data disk (not associable either) next to a cloud disk.
    b.addInstance(p, s("cn-bj2"), s("cn-bj2-03"), s("db-01"), s("N-4C8G"), InstanceState::Stopped,
                  OsType::Linux, s("Ubuntu 20.04 64-bit"),
                  {{ssd, 40, 16}, {local, 500, 300}, {ssd, 200, 90}}, s("org-data"));
    Instance win = b.addInstance(p, s("cn-bj2"), s("cn-bj2-05"), s("win-01"), s("N-2C4G"),
                                 InstanceState::Running, OsType::Windows,
                                 s("Windows Server 2019 64-bit"), {{ssd, 60, 31}}, s("Default"));
    Image withData = b.addImage(web, s("web-with-data"), s("Web tier plus its data disk"), {1}, 25);
    b.addFinishedCreation(withData, 6 * 60);
    Image winBase = b.addImage(win, s("win-base"), s("Windows base, IIS"), {}, 50);
    b.image(winBase.id).parentIsWindows = true;
    Image lamp = b.addImage(web, s("lamp-market"), s("From the LAMP market image"), {}, 70);
    b.image(lamp.id).parentMonthlyFeeFen = 3000; // a paid market parent: 30.00 CNY per month
    b.addImage(web, s("centos-base"), {}, {}, 100);

    Instance ops = b.addInstance(p, s("cn-bj1"), s("cn-bj1-01"), s("ops-01"), s("N-1C1G"),
                                 InstanceState::Running, OsType::Linux, s("CentOS 8.2 64-bit"),
                                 {{ssd, 40, 11}}, s("Default"));
    b.addImage(ops, s("ops-toolbox"), s("Monitoring agents"), {}, 35);
    Instance api = b.addInstance(p, s("cn-sh2"), s("cn-sh2-01"), s("api-01"), s("N-4C8G"),
                                 InstanceState::Running, OsType::Linux, s("Ubuntu 22.04 64-bit"),
                                 {{ssd, 40, 13}, {ssd, 100, 22}}, s("org-web"));
    b.addImage(api, s("api-release-42"), {}, {}, 12);
    b.addInstance(p, s("cn-gd"), s("cn-gd-02"), s("cache-01"), s("N-2C4G"), InstanceState::Stopped,
                  OsType::Linux, s("Debian 11 64-bit"), {{ssd, 40, 7}, {economy, 100, 12}},
                  s("Default"));
    Instance proxy =
        b.addInstance(p, s("hk"), s("hk-01"), s("proxy-hk"), s("N-1C1G"), InstanceState::Running,
                      OsType::Linux, s("CentOS 7.9 64-bit"), {{ssd, 20, 5}}, s("Default"));
    b.addImage(proxy, s("proxy-hk-base"), {}, {}, 90);
    b.addInstance(p, s("us-ca"), s("us-ca-01"), s("us-web-01"), s("N-2C4G"), InstanceState::Running,
                  OsType::Linux, s("Ubuntu 22.04 64-bit"), {{ssd, 40, 12}}, s("org-web"));
}

void addEcs(Builder &b)
{
    const Product p = Product::Ecs;
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    const DiskKind ssd = DiskKind::CloudSsd;
    const DiskKind basic = DiskKind::CloudBasic;

    Instance web =
        b.addInstance(p, s("cn-hangzhou"), s("cn-hangzhou-h"), s("ecs-web-01"), s("ecs.g7.large"),
                      InstanceState::Running, OsType::Linux, s("Alibaba Cloud Linux 3.2104"),
                      {{ssd, 40, 12}, {basic, 100, 35}});
    Instance db = b.addInstance(p, s("cn-hangzhou"), s("cn-hangzhou-i"), s("ecs-db-01"),
                                s("ecs.g7.xlarge"), InstanceState::Stopped, OsType::Linux,
                                s("CentOS 7.9 64-bit"), {{ssd, 40, 15}, {ssd, 500, 220}});
    Instance win = b.addInstance(p, s("cn-hangzhou"), s("cn-hangzhou-h"), s("ecs-win-01"),
                                 s("ecs.g7.large"), InstanceState::Running, OsType::Windows,
                                 s("Windows Server 2022 Datacenter"), {{ssd, 60, 30}});
    // Ordinary snapshots for "create from snapshots": system + data, one of them encrypted.
    b.addSnapshot(web, 0, s("ecs-web-01-system-daily"), 1);
    b.addSnapshot(web, 1, s("ecs-web-01-data-daily"), 1);
    b.addSnapshot(db, 1, s("ecs-db-01-data-encrypted"), 2, {}, true);
    b.addSnapshot(db, 0, s("ecs-db-01-system-weekly"), 6);
    Image golden =
        b.addImage(web, s("web-golden-2025"), s("Nginx and app, with data disk"), {1}, 20);
    b.addFinishedCreation(golden, 14 * 60);
    // Seed 004: tags attached to custom images for classification.
    b.image(golden.id).tags = {{s("env"), s("prod")}, {s("team"), s("web")}};
    const Image dbBase = b.addImage(db, s("db-base"), s("Database host, every disk"), {1}, 55);
    b.image(dbBase.id).tags = {{s("env"), s("staging")}, {s("team"), s("data")}};
    b.addImage(win, s("win-iis"), {}, {}, 28);

    Instance app = b.addInstance(p, s("cn-shanghai"), s("cn-shanghai-e"), s("ecs-app-01"),
                                 s("ecs.g7.large"), InstanceState::Running, OsType::Linux,
                                 s("Ubuntu 22.04 64-bit"), {{ssd, 40, 10}, {basic, 50, 5}});
    b.addImage(app, s("app-release-7"), {}, {1}, 9);
    b.addInstance(p, s("cn-beijing"), s("cn-beijing-g"), s("ecs-batch-01"), s("ecs.c7.2xlarge"),
                  InstanceState::Stopped, OsType::Linux, s("Alibaba Cloud Linux 3.2104"),
                  {{ssd, 40, 9}});
    Instance proxy = b.addInstance(p, s("cn-hongkong"), s("cn-hongkong-b"), s("ecs-proxy-01"),
                                   s("ecs.t6-c1m1.large"), InstanceState::Running, OsType::Linux,
                                   s("Debian 12.2 64-bit"), {{basic, 40, 6}});
    b.addImage(proxy, s("proxy-base"), {}, {}, 44);
    b.addInstance(p, s("ap-southeast-1"), s("ap-southeast-1a"), s("ecs-sg-01"), s("ecs.g7.large"),
                  InstanceState::Running, OsType::Linux, s("Ubuntu 22.04 64-bit"), {{ssd, 40, 11}});
}

// The large account: rows without hand-made meaning, but shaped like the real ones.
void addScaled(Builder &b, CloudState *state, const QDateTime &now, int scale)
{
    Random random(20260101);
    const QList<Region> regions = state->regions;
    const int count = scale * 1000;
    state->instances.reserve(state->instances.size() + count);
    state->images.reserve(state->images.size() + count);
    static const char *const linuxNames[] = {"Ubuntu 22.04", "CentOS 7.9", "Debian 12",
                                             "Rocky Linux 9"};
    for (int n = 0; n < count; ++n) {
        const Region &region = regions.at(n % regions.size());
        const Product p = region.product;
        const QList<InstanceType> types = InstanceTypeCatalog::forProduct(p);
        const InstanceType &type = types.at(random.bounded(int(types.size())));
        const bool windows = random.bounded(7) == 0;
        const QString name = QStringLiteral("web-%1").arg(n, 5, 10, QLatin1Char('0'));

        QList<DiskSpec> disks{
            {DiskKind::CloudSsd, 40 + 20 * random.bounded(4), 5 + random.bounded(30)}};
        const int dataDisks = random.bounded(3);
        for (int d = 0; d < dataDisks; ++d) {
            DiskKind kind = DiskKind::CloudPremium;
            if (p == Product::UHost && random.bounded(4) == 0)
                kind = DiskKind::EconomyCloud;
            else if (p == Product::Ecs && random.bounded(3) == 0)
                kind = DiskKind::CloudBasic;
            const int size = 50 * (1 + random.bounded(10));
            disks.append({kind, size, random.bounded(size)});
        }
        const QString project =
            p == Product::UHost ? state->projects.value(p).value(n % 3) : QString();
        Instance i = b.addInstance(
            p, region.id, region.zones.at(random.bounded(int(region.zones.size()))).id, name,
            type.id, random.bounded(3) == 0 ? InstanceState::Stopped : InstanceState::Running,
            windows ? OsType::Windows : OsType::Linux,
            windows ? QStringLiteral("Windows Server 2022")
                    : QString::fromLatin1(linuxNames[random.bounded(4)]),
            disks, project, 1 + random.bounded(700));

        // Images of the scaled account carry no snapshot rows: they only exist to be listed,
        // filtered and sorted, and 100 000 more snapshot rows would double the start-up time.
        Image m;
        m.id = b.newId(p, IdKind::Image);
        m.product = p;
        m.regionId = region.id;
        m.projectId = i.projectId;
        m.name = name + QStringLiteral("-image");
        m.state = ImageState::Available;
        m.progress = 100;
        m.osType = i.osType;
        m.osName = i.osName;
        m.sourceInstanceId = i.id;
        m.systemDiskGiB = i.disks.first().sizeGiB;
        m.parentIsWindows = windows;
        m.createdAt = now.addSecs(-qint64(random.bounded(700 * 24)) * 3600);
        state->images.insert(m.id, m);
    }
}

} // namespace

qint64 DemoWorld::initialBalanceFen(int scale)
{
    // 1,000,000.00 CNY: the demo runs its pay-as-you-go instances for years of simulated time
    // (days of real time at the default speed), so it stays healthy unless the user lowers the
    // balance (Account > Set Balance). A large account gets more in proportion.
    return 100'000'000 + qint64(qMax(0, scale)) * 10'000'000;
}

CloudState DemoWorld::build(const QDateTime &now, int scale)
{
    CloudState state;
    state.now = now;
    state.lastBilledAt = now;
    state.account.balanceFen = initialBalanceFen(scale);
    Builder b(&state, now);
    addRegions(b);
    addLighthouse(b);
    addCvm(b);
    addUHost(b, &state);
    addEcs(b);
    if (scale > 0)
        addScaled(b, &state, now, scale);
    return state;
}

} // namespace imprint
