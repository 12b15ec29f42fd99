// UHost actions: domain -> UCloud params / JSON -> domain for every action, on both sides, the
// wire names the seed and the reference fix (DiskSet, DataUDiskIds.N, states, disk types),
// refusals that name the parameter, the envelope and the RetCode mapping.

#include "domaincompare.h"
#include "ucloudenvelope.h"
#include "uclouderrorcodes.h"
#include "uhostapimapper.h"
#include "uhostwireenums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace imprint;
using domaincompare::diff;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

const UHostScope kScope{s("cn-bj2"), s("cn-bj2-05"), s("org-web")};

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

Instance host()
{
    Instance i;
    i.id = s("uhost-web01");
    i.product = Product::UHost;
    i.regionId = kScope.regionId;
    i.zoneId = kScope.zoneId;
    i.projectId = kScope.projectId;
    i.name = s("web-01");
    i.state = InstanceState::Running;
    i.instanceType = s("N-2C4G");
    i.cpuCores = 2;
    i.memoryGiB = 4;
    i.networkAcceleration = true;
    i.osType = OsType::Linux;
    i.osName = s("CentOS 7.9 64-bit");
    i.imageId = s("uimage-base");
    i.billing = BillingMethod::Subscription;
    i.createdAt = at(1700000000);
    i.disks = {{s("bsi-sys"), DiskRole::System, DiskKind::CloudSsd, 40, std::nullopt},
               {s("bs-data"), DiskRole::Data, DiskKind::CloudSsd, 100, std::nullopt},
               {s("bs-economy"), DiskRole::Data, DiskKind::EconomyCloud, 200, std::nullopt},
               {s("bs-local"), DiskRole::Data, DiskKind::Local, 500, std::nullopt}};
    return i;
}

Image image()
{
    Image m;
    m.id = s("uimage-web");
    m.product = Product::UHost;
    m.regionId = kScope.regionId;
    m.projectId = kScope.projectId;
    m.name = s("web-with-data");
    m.description = s("Web tier plus its data disk");
    m.state = ImageState::Available;
    m.osType = OsType::Windows;
    m.parentIsWindows = true;
    m.osName = s("Windows Server 2019 64-bit");
    m.systemDiskGiB = 40;
    m.createdAt = at(1700000100);
    m.dataDisks = {{s("snap-1"), 100}};
    m.snapshotZoneId = kScope.zoneId;
    return m;
}

QJsonObject throughEnvelope(const QString &action, const QJsonObject &fields)
{
    Result<QJsonObject> back = UCloudEnvelope::unwrap(
        UCloudEnvelope::toJson(UCloudEnvelope::success(action, fields)), action);
    return back.ok() ? back.value() : QJsonObject();
}

} // namespace

class TestUHostApiMapper : public QObject
{
    Q_OBJECT

private slots:
    void getRegion();
    void getProjectList();
    void describeUHostInstance();
    void describeUHostInstanceDiskSetOnTheWire();
    void describeImage();
    void imageStatesOnTheWire();
    void createCustomImage();
    void copyCustomImage();
    void copyNeedsTargetProject();
    void terminateAndRename();
    void createUHostInstance();
    void createUHostInstanceRefusals_data();
    void createUHostInstanceRefusals();
    void integersAtWordEdges_data();
    void integersAtWordEdges();
    void power();
    void envelope();
    void envelopeRefusesForeignAnswers();
    void retCodesRoundTrip();
};

void TestUHostApiMapper::getRegion()
{
    QCOMPARE(UHostApiMapper::buildGetRegionRequest().value(s("Action")), s("GetRegion"));
    Region bj2{s("cn-bj2"),
               Product::UHost,
               s("North China Two"),
               {{s("cn-bj2-02"), s("North China Two Zone B")},
                {s("cn-bj2-05"), s("North China Two Zone E")}}};
    Region hk{s("hk"), Product::UHost, s("Hong Kong"), {{s("hk-01"), s("Hong Kong Zone A")}}};
    const QJsonObject wire = UHostApiMapper::buildGetRegionResponse({bj2, hk});
    QCOMPARE(wire.value(s("Regions")).toArray().size(), 3); // one entry per zone
    Result<QList<Region>> back =
        UHostApiMapper::parseGetRegionResponse(throughEnvelope(s("GetRegion"), wire));
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 2);
    QVERIFY(diff(back->at(0), bj2).isEmpty());
    QVERIFY(diff(back->at(1), hk).isEmpty());
}

void TestUHostApiMapper::getProjectList()
{
    const QStringList projects{s("Default"), s("org-web"), s("org-data")};
    const QJsonObject wire = UHostApiMapper::buildGetProjectListResponse(projects);
    QCOMPARE(wire.value(s("ProjectCount")).toInt(), 3);
    QVERIFY(wire.value(s("ProjectSet")).toArray().at(0).toObject().value(s("IsDefault")).toBool());
    Result<QStringList> back = UHostApiMapper::parseGetProjectListResponse(wire);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), projects);
}

void TestUHostApiMapper::describeUHostInstance()
{
    const UHostListQuery query{{s("uhost-a"), s("uhost-b")}, 20, 50};
    const UCloudParams params = UHostApiMapper::buildDescribeUHostInstanceRequest(kScope, query);
    QCOMPARE(params.value(s("UHostIds.1")), s("uhost-b"));
    Result<UHostCall<UHostListQuery>> parsed =
        UHostApiMapper::parseDescribeUHostInstanceRequest(params);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->scope, kScope);
    QCOMPARE(parsed->value, query);

    const Page<Instance> page{{host()}, 7};
    Result<Page<Instance>> back = UHostApiMapper::parseDescribeUHostInstanceResponse(
        throughEnvelope(s("DescribeUHostInstance"),
                        UHostApiMapper::buildDescribeUHostInstanceResponse(page)),
        kScope);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->totalCount, 7);
    QCOMPARE(back->items.size(), 1);
    const QStringList d = diff(back->items.first(), host());
    QVERIFY2(d.isEmpty(), qPrintable(d.join(u'\n')));

    // Limit beyond 100 is refused, naming the parameter and its value.
    UCloudParams tooMany = params;
    tooMany.set(s("Limit"), s("101"));
    Result<UHostCall<UHostListQuery>> refused =
        UHostApiMapper::parseDescribeUHostInstanceRequest(tooMany);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(s("`Limit`")));
    QVERIFY(refused.error().message.contains(s("101")));
    tooMany.remove(s("Region"));
    tooMany.set(s("Limit"), s("10"));
    refused = UHostApiMapper::parseDescribeUHostInstanceRequest(tooMany);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(s("`Region`")));
}

void TestUHostApiMapper::describeUHostInstanceDiskSetOnTheWire()
{
    const QJsonObject wire = UHostApiMapper::buildDescribeUHostInstanceResponse({{host()}, 1});
    const QJsonObject h = wire.value(s("UHostSet")).toArray().at(0).toObject();
    QCOMPARE(h.value(s("Memory")).toInt(), 4096);
    QCOMPARE(h.value(s("MachineType")).toString(), s("N"));
    QCOMPARE(h.value(s("NetCapability")).toString(), s("Super"));
    const QJsonArray disks = h.value(s("DiskSet")).toArray();
    QCOMPARE(disks.size(), 4);
    const QJsonObject boot = disks.at(0).toObject();
    QCOMPARE(boot.value(s("DiskId")).toString(), s("bsi-sys"));
    QCOMPARE(boot.value(s("Type")).toString(), s("Boot"));
    QCOMPARE(boot.value(s("DiskType")).toString(), s("CLOUD_SSD"));
    QCOMPARE(boot.value(s("Size")).toInt(), 40);
    QCOMPARE(disks.at(1).toObject().value(s("Type")).toString(), s("Data"));
    QCOMPARE(disks.at(2).toObject().value(s("DiskType")).toString(), s("CLOUD_SSD_ESSENTIAL"));
    QCOMPARE(disks.at(3).toObject().value(s("DiskType")).toString(), s("LOCAL_NORMAL"));
    // UCloud's other names read back as the nearest domain kind.
    QCOMPARE(UHostWireEnums::diskKindFromWire(s("LOCAL_SSD")), DiskKind::Local);
    QCOMPARE(UHostWireEnums::diskKindFromWire(s("CLOUD_RSSD")), DiskKind::CloudPremium);
    QCOMPARE(UHostWireEnums::diskKindFromWire(s("CLOUD_NORMAL")), DiskKind::CloudBasic);
    QVERIFY(!UHostWireEnums::diskKindFromWire(s("FLOPPY")).has_value());
}

void TestUHostApiMapper::describeImage()
{
    const UHostListQuery one{{s("uimage-web")}, 0, 20};
    UCloudParams params = UHostApiMapper::buildDescribeImageRequest(kScope, one);
    QCOMPARE(params.value(s("ImageType")), s("Custom"));
    QCOMPARE(params.value(s("ImageId")), s("uimage-web"));
    Result<UHostCall<UHostListQuery>> parsed = UHostApiMapper::parseDescribeImageRequest(params);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value, one);
    params.set(s("ImageType"), s("Private"));
    QVERIFY(!UHostApiMapper::parseDescribeImageRequest(params).ok());

    Result<Page<Image>> back = UHostApiMapper::parseDescribeImageResponse(
        throughEnvelope(s("DescribeImage"),
                        UHostApiMapper::buildDescribeImageResponse({{image()}, 1})),
        kScope);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    const QStringList d = diff(back->items.first(), image());
    QVERIFY2(d.isEmpty(), qPrintable(d.join(u'\n')));

    const QJsonObject wire = UHostApiMapper::buildDescribeImageResponse({{image()}, 1})
                                 .value(s("ImageSet"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(wire.value(s("ImageType")).toString(), s("Custom"));
    QCOMPARE(wire.value(s("CreateTime")).toInteger(), 1700000100);
    QCOMPARE(wire.value(s("DataSnapshotIds")).toArray(), QJsonArray({s("snap-1")}));
}

void TestUHostApiMapper::imageStatesOnTheWire()
{
    QCOMPARE(UHostWireEnums::imageState(ImageState::Creating), s("Making"));
    QCOMPARE(UHostWireEnums::imageState(ImageState::Available), s("Available"));
    QCOMPARE(UHostWireEnums::imageState(ImageState::Failed), s("Unavailable"));
    QCOMPARE(UHostWireEnums::imageState(ImageState::Copying), s("Copying"));
    for (ImageState st :
         {ImageState::Creating, ImageState::Available, ImageState::Failed, ImageState::Copying})
        QCOMPARE(UHostWireEnums::imageStateFromWire(UHostWireEnums::imageState(st)), st);
    // A state UCloud adds later reads as busy, never as an error.
    QCOMPARE(UHostWireEnums::imageStateFromWire(s("Deleting")), ImageState::Creating);
    QCOMPARE(UHostWireEnums::instanceStateFromWire(s("Install Fail")), InstanceState::Stopped);
    QCOMPARE(UHostWireEnums::instanceStateFromWire(QString()), InstanceState::Pending);
}

void TestUHostApiMapper::createCustomImage()
{
    CreateImageRequest request;
    request.product = Product::UHost;
    request.regionId = kScope.regionId;
    request.name = s("web-image");
    request.description = s("with its data disk");
    request.sourceInstanceId = s("uhost-web01");
    request.dataDiskIds = {s("bs-data"), s("bs-more")};
    const UCloudParams params = UHostApiMapper::buildCreateCustomImageRequest(kScope, request);
    QCOMPARE(params.value(s("Action")), s("CreateCustomImage"));
    QCOMPARE(params.value(s("DataUDiskIds.0")), s("bs-data"));
    QCOMPARE(params.value(s("DataUDiskIds.1")), s("bs-more"));
    QCOMPARE(params.value(s("UHostId")), s("uhost-web01"));

    Result<UHostCall<CreateImageRequest>> parsed =
        UHostApiMapper::parseCreateCustomImageRequest(params);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->scope, kScope);
    QCOMPARE(parsed->value.product, Product::UHost);
    QCOMPARE(parsed->value.regionId, request.regionId);
    QCOMPARE(parsed->value.name, request.name);
    QCOMPARE(parsed->value.description, request.description);
    QCOMPARE(parsed->value.sourceInstanceId, request.sourceInstanceId);
    QCOMPARE(parsed->value.dataDiskIds, request.dataDiskIds);

    UCloudParams gap = params;
    gap.remove(s("DataUDiskIds.0"));
    Result<UHostCall<CreateImageRequest>> refused =
        UHostApiMapper::parseCreateCustomImageRequest(gap);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(s("DataUDiskIds")));

    const UHostCreatedImage created{s("uimage-new"), {s("snap-a")}};
    Result<UHostCreatedImage> back = UHostApiMapper::parseCreateCustomImageResponse(throughEnvelope(
        s("CreateCustomImage"), UHostApiMapper::buildCreateCustomImageResponse(created)));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), created);
}

void TestUHostApiMapper::copyCustomImage()
{
    const CopyImageRequest copy{s("uimage-web"), s("hk"), s("org-data"), s("web-hk")};
    const UCloudParams params = UHostApiMapper::buildCopyCustomImageRequest(kScope, copy);
    QCOMPARE(params.value(s("SourceImageId")), s("uimage-web"));
    QCOMPARE(params.value(s("TargetProjectId")), s("org-data"));
    QCOMPARE(params.value(s("TargetRegion")), s("hk"));
    Result<UHostCall<CopyImageRequest>> parsed =
        UHostApiMapper::parseCopyCustomImageRequest(params);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value.imageId, copy.imageId);
    QCOMPARE(parsed->value.targetRegionId, copy.targetRegionId);
    QCOMPARE(parsed->value.targetProjectId, copy.targetProjectId);
    QCOMPARE(parsed->value.name, copy.name);

    // Within the region: TargetRegion is left out and reads back as the source's region.
    const CopyImageRequest local{s("uimage-web"), kScope.regionId, s("org-web"), QString()};
    const UCloudParams same = UHostApiMapper::buildCopyCustomImageRequest(kScope, local);
    QVERIFY(!same.contains(s("TargetRegion")));
    QCOMPARE(UHostApiMapper::parseCopyCustomImageRequest(same)->value.targetRegionId,
             kScope.regionId);

    Result<QString> back = UHostApiMapper::parseCopyCustomImageResponse(throughEnvelope(
        s("CopyCustomImage"), UHostApiMapper::buildCopyCustomImageResponse(s("uimage-copy"))));
    QCOMPARE(back.value(), s("uimage-copy"));
}

void TestUHostApiMapper::copyNeedsTargetProject()
{
    UCloudParams params = UHostApiMapper::buildCopyCustomImageRequest(
        kScope, {s("uimage-web"), s("hk"), s("org-data"), QString()});
    params.remove(s("TargetProjectId"));
    Result<UHostCall<CopyImageRequest>> refused =
        UHostApiMapper::parseCopyCustomImageRequest(params);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().remoteCode, QString::number(UCloudErrorCodes::paramsError));
    QVERIFY2(refused.error().message.contains(s("`TargetProjectId`")),
             qPrintable(refused.error().message));
}

void TestUHostApiMapper::terminateAndRename()
{
    const UCloudParams del =
        UHostApiMapper::buildTerminateCustomImageRequest(kScope, s("uimage-x"));
    QCOMPARE(del.value(s("Action")), s("TerminateCustomImage"));
    QCOMPARE(UHostApiMapper::parseTerminateCustomImageRequest(del)->value, s("uimage-x"));
    QCOMPARE(UHostApiMapper::parseImageIdResponse(
                 throughEnvelope(s("TerminateCustomImage"),
                                 UHostApiMapper::buildImageIdResponse(s("uimage-x"))),
                 s("TerminateCustomImage"))
                 .value(),
             s("uimage-x"));

    ImageAttributeChange change{s("uimage-x"), s("renamed"), std::nullopt};
    UCloudParams rename = UHostApiMapper::buildRenameImageRequest(kScope, change);
    QCOMPARE(rename.value(s("Action")), UHostApiMapper::renameAction());
    QVERIFY(!rename.contains(s("ImageDescription")));
    Result<UHostCall<ImageAttributeChange>> parsed =
        UHostApiMapper::parseRenameImageRequest(rename);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value, change);
    rename.remove(s("ImageName"));
    QVERIFY(!UHostApiMapper::parseRenameImageRequest(rename).ok());
}

void TestUHostApiMapper::createUHostInstance()
{
    LaunchCall call;
    call.request.imageId = s("uimage-web");
    call.request.zoneId = s("cn-bj2-05");
    call.request.instanceType = s("N-4C8G");
    call.request.count = 3;
    call.request.namePattern = s("web-{n}");
    call.request.billing = BillingMethod::PayAsYouGo;
    call.request.systemDiskKind = DiskKind::CloudSsd;
    call.request.dataDiskKind = DiskKind::CloudPremium;
    call.request.networkAcceleration = true;
    call.dataDisks = {{s("snap-1"), 100}};
    call.systemDiskGiB = 40;
    const UCloudParams params = UHostApiMapper::buildCreateUHostInstanceRequest(kScope, call);
    QCOMPARE(params.value(s("Zone")), s("cn-bj2-05"));
    QCOMPARE(params.value(s("MachineType")), s("N"));
    QCOMPARE(params.value(s("CPU")), s("4"));
    QCOMPARE(params.value(s("Memory")), s("8192"));
    QCOMPARE(params.value(s("Disks.0.IsBoot")), s("True"));
    QCOMPARE(params.value(s("Disks.1.SnapshotId")), s("snap-1"));
    QCOMPARE(params.value(s("Disks.1.Type")), s("CLOUD_RSSD"));
    QCOMPARE(params.value(s("MaxCount")), s("3"));
    QCOMPARE(params.value(s("NetCapability")), s("Super"));
    QCOMPARE(params.value(s("ChargeType")), s("Dynamic"));
    QVERIFY(!params.contains(s("ClientToken")));

    Result<UHostCall<LaunchCall>> parsed = UHostApiMapper::parseCreateUHostInstanceRequest(params);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const LaunchRequest &l = parsed->value.request;
    QCOMPARE(parsed->scope.regionId, kScope.regionId);
    QCOMPARE(l.imageId, call.request.imageId);
    QCOMPARE(l.zoneId, call.request.zoneId);
    QCOMPARE(l.instanceType, call.request.instanceType);
    QCOMPARE(l.count, 3);
    QCOMPARE(l.namePattern, call.request.namePattern);
    QCOMPARE(l.billing, BillingMethod::PayAsYouGo);
    QCOMPARE(l.systemDiskKind, DiskKind::CloudSsd);
    QCOMPARE(l.dataDiskKind, DiskKind::CloudPremium);
    QVERIFY(l.networkAcceleration);
    QCOMPARE(parsed->value.systemDiskGiB, 40);
    QCOMPARE(parsed->value.dataDisks.size(), 1);
    QCOMPARE(parsed->value.dataDisks.first().snapshotId, s("snap-1"));
    QCOMPARE(parsed->value.dataDisks.first().sizeGiB, 100);

    Result<QStringList> ids = UHostApiMapper::parseCreateUHostInstanceResponse(
        throughEnvelope(s("CreateUHostInstance"),
                        UHostApiMapper::buildCreateUHostInstanceResponse({s("uhost-1")})));
    QCOMPARE(ids.value(), QStringList{s("uhost-1")});
}

void TestUHostApiMapper::createUHostInstanceRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    // 2^32 + 1 would be 1 after a silent 32-bit truncation.
    QTest::newRow("count beyond 32 bits") << "MaxCount"
                                          << "4294967297"
                                          << "4294967297";
    QTest::newRow("count beyond 64 bits") << "MaxCount"
                                          << "99999999999999999999"
                                          << "MaxCount";
    QTest::newRow("count not a number") << "MaxCount"
                                        << "3x"
                                        << "MaxCount";
    QTest::newRow("count in hex") << "MaxCount"
                                  << "0x3"
                                  << "MaxCount";
    QTest::newRow("count too many") << "MaxCount"
                                    << "101"
                                    << "101";
    QTest::newRow("memory not whole GiB") << "Memory"
                                          << "1500"
                                          << "1024";
    QTest::newRow("unknown disk type") << "Disks.1.Type"
                                       << "FLOPPY"
                                       << "FLOPPY";
    QTest::newRow("two system disks") << "Disks.1.IsBoot"
                                      << "True"
                                      << "system disk";
    QTest::newRow("bad boolean") << "Disks.1.IsBoot"
                                 << "yes"
                                 << "Disks.1.IsBoot";
    QTest::newRow("bad charge type") << "ChargeType"
                                     << "Weekly"
                                     << "ChargeType";
    QTest::newRow("bad login mode") << "LoginMode"
                                    << "Telepathy"
                                    << "LoginMode";
    QTest::newRow("no zone") << "Zone"
                             << ""
                             << "`Zone`";
}

void TestUHostApiMapper::createUHostInstanceRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, says);
    LaunchCall call;
    call.request.imageId = s("uimage-web");
    call.request.zoneId = s("cn-bj2-05");
    call.request.instanceType = s("N-2C4G");
    call.dataDisks = {{s("snap-1"), 100}};
    call.systemDiskGiB = 40;
    UCloudParams params = UHostApiMapper::buildCreateUHostInstanceRequest(kScope, call);
    QVERIFY(UHostApiMapper::parseCreateUHostInstanceRequest(params).ok());
    if (value.isEmpty())
        params.remove(name);
    else
        params.set(name, value);
    Result<UHostCall<LaunchCall>> refused = UHostApiMapper::parseCreateUHostInstanceRequest(params);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().remoteCode, QString::number(UCloudErrorCodes::paramsError));
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
}

// Issue 16, defect 5, for UHost: every integer parameter at 2^31, 2^32 and 2^53 (and just past
// them), as form text and as a JSON number, through the action's whole parser. A value in range
// comes back exact; anything else is refused with ParamsError naming the parameter, never
// narrowed to a small valid number (an Offset of 2^32 must not be the first page).
void TestUHostApiMapper::integersAtWordEdges_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("asJson");
    QTest::addColumn<qint64>("expected"); // -1: refused
    struct Parameter
    {
        const char *action;
        const char *key;
        qint64 max;
    };
    const Parameter parameters[] = {
        {"DescribeImage", "Offset", std::numeric_limits<int>::max()},
        {"DescribeImage", "Limit", UHostListQuery::maxLimit},
        {"DescribeUHostInstance", "Offset", std::numeric_limits<int>::max()},
        {"DescribeUHostInstance", "Limit", UHostListQuery::maxLimit},
        {"CreateUHostInstance", "MaxCount", 100},
        {"CreateUHostInstance", "CPU", 64},
        {"CreateUHostInstance", "Memory", 262144},
        {"CreateUHostInstance", "Disks.0.Size", 32000},
        {"CreateUHostInstance", "Disks.1.Size", 32000},
    };
    const QList<QPair<const char *, const char *>> edges{
        {"2^31", "2147483648"},
        {"2^32", "4294967296"},
        {"2^32 + 1", "4294967297"},
        {"2^53", "9007199254740992"},
        {"2^53 + 1", "9007199254740993"},
        {"-2^32", "-4294967296"},
        {"2^64 + 1", "18446744073709551617"},
    };
    for (const bool asJson : {false, true}) {
        for (const Parameter &p : parameters) {
            const QString row =
                QStringLiteral("%1 %2 %3 ").arg(asJson ? "json" : "form", p.action, p.key);
            for (const auto &[name, value] : edges)
                QTest::newRow(qPrintable(row + name))
                    << s(p.action) << s(p.key) << s(value) << asJson << qint64(-1);
            QTest::newRow(qPrintable(row + "max"))
                << s(p.action) << s(p.key) << QString::number(p.max) << asJson << p.max;
            QTest::newRow(qPrintable(row + "max + 1"))
                << s(p.action) << s(p.key) << QString::number(p.max + 1) << asJson << qint64(-1);
        }
    }
}

void TestUHostApiMapper::integersAtWordEdges()
{
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, asJson);
    QFETCH(qint64, expected);
    UCloudParams params;
    if (action == s("DescribeImage")) {
        params = UHostApiMapper::buildDescribeImageRequest(kScope, {});
    } else if (action == s("DescribeUHostInstance")) {
        params = UHostApiMapper::buildDescribeUHostInstanceRequest(kScope, {});
    } else {
        LaunchCall call;
        call.request.imageId = s("uimage-web");
        call.request.zoneId = s("cn-bj2-05");
        call.request.instanceType = s("N-2C4G");
        call.dataDisks = {{s("snap-1"), 100}};
        call.systemDiskGiB = 40;
        params = UHostApiMapper::buildCreateUHostInstanceRequest(kScope, call);
    }
    params.set(key, value);
    if (asJson) {
        // The number as the client wrote it, digit for digit, in a JSON body.
        QJsonObject object = params.toJson();
        object.insert(key, s("@number@"));
        const QByteArray body = QJsonDocument(object)
                                    .toJson(QJsonDocument::Compact)
                                    .replace("\"@number@\"", value.toLatin1());
        const Result<UCloudParams> read = UCloudParams::fromJsonBody(body);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        params = read.value();
    }

    Result<qint64> parsed = Error(ErrorCode::InvalidArgument, QString());
    if (action != s("CreateUHostInstance")) {
        const Result<UHostCall<UHostListQuery>> call =
            action == s("DescribeImage")
                ? UHostApiMapper::parseDescribeImageRequest(params)
                : UHostApiMapper::parseDescribeUHostInstanceRequest(params);
        parsed = !call.ok()           ? Result<qint64>(call.error())
                 : key == s("Offset") ? Result<qint64>(call->value.offset)
                                      : Result<qint64>(call->value.limit);
    } else {
        const Result<UHostCall<LaunchCall>> call =
            UHostApiMapper::parseCreateUHostInstanceRequest(params);
        if (!call.ok())
            parsed = call.error();
        else if (key == s("MaxCount"))
            parsed = call->value.request.count;
        else if (key == s("CPU"))
            parsed = UHostShape::fromInstanceType(call->value.request.instanceType).value().cpu;
        else if (key == s("Memory"))
            parsed =
                UHostShape::fromInstanceType(call->value.request.instanceType).value().memoryMb;
        else if (key == s("Disks.0.Size"))
            parsed = call->value.systemDiskGiB;
        else
            parsed = call->value.dataDisks.value(0).sizeGiB;
    }

    if (expected >= 0) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), expected);
        return;
    }
    QVERIFY2(!parsed.ok(), qPrintable(QString::number(parsed.ok() ? parsed.value() : 0)));
    QCOMPARE(parsed.error().remoteCode, QString::number(UCloudErrorCodes::paramsError));
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(u'`' + key + u'`'), qPrintable(message));
    // A JSON number past 2^53 has no exact double; the form text must be quoted as sent.
    if (!asJson)
        QVERIFY2(message.contains(value), qPrintable(message));
}

void TestUHostApiMapper::power()
{
    for (const QString &action :
         {s("StartUHostInstance"), s("StopUHostInstance"), s("PoweroffUHostInstance")}) {
        const UCloudParams params = UHostApiMapper::buildPowerRequest(action, kScope, s("uhost-1"));
        QCOMPARE(params.value(s("Action")), action);
        Result<UHostCall<QString>> parsed = UHostApiMapper::parsePowerRequest(params);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value, s("uhost-1"));
        QCOMPARE(parsed->scope, kScope);
        QCOMPARE(
            UHostApiMapper::parsePowerResponse(
                throughEnvelope(action, UHostApiMapper::buildPowerResponse(s("uhost-1"))), action)
                .value(),
            s("uhost-1"));
    }
}

void TestUHostApiMapper::envelope()
{
    const QJsonObject ok =
        UCloudEnvelope::success(s("DescribeImage"), {{s("TotalCount"), 0}}, s("req-1"));
    QCOMPARE(ok.value(s("Action")).toString(), s("DescribeImageResponse"));
    QCOMPARE(ok.value(s("RetCode")).toInt(-1), 0);
    QCOMPARE(ok.value(s("RequestUUID")).toString(), s("req-1"));

    Error quota(ErrorCode::QuotaExceeded, s("This region already holds 30 custom images."));
    const QJsonObject refused = UCloudEnvelope::failure(s("CreateCustomImage"), quota, s("req-2"));
    QCOMPARE(refused.value(s("Action")).toString(), s("CreateCustomImageResponse"));
    QCOMPARE(refused.value(s("RetCode")).toInt(), 8095);
    QCOMPARE(refused.value(s("Message")).toString(), quota.message);
    Result<QJsonObject> back =
        UCloudEnvelope::unwrap(UCloudEnvelope::toJson(refused), s("CreateCustomImage"));
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, ErrorCode::QuotaExceeded);
    QCOMPARE(back.error().remoteCode, s("8095"));
    QCOMPARE(back.error().requestId, s("req-2"));
    QCOMPARE(back.error().message, quota.message);

    // A code a parameter check chose travels as it is.
    Error param = UCloudErrorCodes::error(292, s("No project org-nope."));
    QCOMPARE(UCloudEnvelope::failure(s("CopyCustomImage"), param).value(s("RetCode")).toInt(), 292);

    // A refusal that came before the action was read names no action and still reads.
    Result<QJsonObject> early = UCloudEnvelope::unwrap(
        UCloudEnvelope::toJson(UCloudEnvelope::failure(QString(), 153, s("Slow down."))),
        s("DescribeImage"));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().remoteCode, s("153"));

    // Older docs show RetCode as text.
    Result<QJsonObject> text = UCloudEnvelope::unwrap(
        R"({"Action": "CreateCustomImageResponse", "RetCode": "0", "ImageId": "uimage-1"})",
        s("CreateCustomImage"));
    QVERIFY(text.ok());
    QCOMPARE(text->value(s("ImageId")).toString(), s("uimage-1"));
    QVERIFY(!text->contains(s("RetCode")));
}

void TestUHostApiMapper::envelopeRefusesForeignAnswers()
{
    for (const QByteArray &json :
         {QByteArray("not json"), QByteArray("[]"), QByteArray(R"({"Action": "XResponse"})"),
          QByteArray(R"({"Action": "DescribeImageResponse", "RetCode": 0})"),
          QByteArray(R"({"Response": {"RequestId": "tencent"}})")}) {
        Result<QJsonObject> r = UCloudEnvelope::unwrap(json, s("CreateCustomImage"));
        QVERIFY2(!r.ok(), json.constData());
        QCOMPARE(r.error().code, ErrorCode::RemoteError);
        QVERIFY(r.error().message.contains(s("UCloud")));
    }
}

void TestUHostApiMapper::retCodesRoundTrip()
{
    // Every domain code goes out as some RetCode and comes back as a code of the same row:
    // the collapses below are the only ones.
    const QMap<ErrorCode, ErrorCode> collapses{
        {ErrorCode::RegionMismatch, ErrorCode::NotFound},
        {ErrorCode::CrossRegionNotSupported, ErrorCode::NotFound},
        {ErrorCode::ImageBusy, ErrorCode::InstanceBusy},
        {ErrorCode::LocalDiskNotAllowed, ErrorCode::DiskNotAssociable},
        {ErrorCode::InvalidName, ErrorCode::InvalidArgument},
        {ErrorCode::InvalidDescription, ErrorCode::InvalidArgument},
        {ErrorCode::DuplicateName, ErrorCode::InvalidArgument},
        {ErrorCode::ShutdownConsentRequired, ErrorCode::InvalidArgument},
        {ErrorCode::SnapshotSelectionInvalid, ErrorCode::InvalidArgument},
        {ErrorCode::InvalidCount, ErrorCode::InvalidArgument},
        {ErrorCode::Unsupported, ErrorCode::InvalidArgument},
        {ErrorCode::StorageFailure, ErrorCode::RemoteError},
        {ErrorCode::Network, ErrorCode::RemoteError},
        {ErrorCode::Cancelled, ErrorCode::RemoteError},
    };
    for (int c = int(ErrorCode::NotFound); c <= int(ErrorCode::Cancelled); ++c) {
        const ErrorCode code = ErrorCode(c);
        const int wire = UCloudErrorCodes::toWire(code);
        QVERIFY(wire != 0);
        QCOMPARE(UCloudErrorCodes::fromWire(wire), collapses.value(code, code));
    }
    QCOMPARE(UCloudErrorCodes::toWire(ErrorCode::None), 0);
    QCOMPARE(UCloudErrorCodes::fromWire(UCloudErrorCodes::rateLimited), ErrorCode::RemoteError);
    QCOMPARE(UCloudErrorCodes::fromWire(UCloudErrorCodes::signatureError), ErrorCode::RemoteError);
}

QTEST_GUILESS_MAIN(TestUHostApiMapper)
#include "tst_uhostapimapper.moc"
