// ECS RPC actions: domain -> parameters -> domain and domain -> JSON -> domain for every action
// the client and imprint-sim share, the refusals the server side documents, the parameter
// reader's checked numbers, dotted lists and JSON-array ids, the error envelope and the codes.

#include "domaincompare.h"
#include "ecsapimapper.h"
#include "ecsenvelope.h"
#include "ecserrorcodes.h"
#include "ecsparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;
using domaincompare::diff;

namespace {

QString codeOf(const Error &e)
{
    return e.remoteCode;
}

EcsParamList with(EcsParamList params, const QString &key, const QString &value)
{
    for (auto &p : params)
        if (p.first == key) {
            p.second = value;
            return params;
        }
    params.append({key, value});
    return params;
}

// What goes over the wire between the two ends: percent-encoded and decoded again is the
// identity for the parameter list, so the JSON body of a RemoteRequest is the interesting hop.
EcsParamList overTheWire(const EcsParamList &params)
{
    return EcsParams::fromJson(EcsParams::toJson(params));
}

Image sampleImage()
{
    Image i;
    i.id = "m-bp1g7004ksh0oeuc0001";
    i.product = Product::Ecs;
    i.regionId = "cn-hangzhou";
    i.name = "web-golden";
    i.description = "Nginx and the app";
    i.state = ImageState::Creating;
    i.progress = 32;
    i.osType = OsType::Linux;
    i.osName = "Ubuntu 22.04";
    i.systemSnapshotId = "s-sys01";
    i.systemDiskGiB = 40;
    i.dataDisks = {{"s-data01", 100}, {QString(), 5}};
    i.createdAt = QDateTime::fromString("2026-12-01T08:30:00Z", Qt::ISODate);
    return i;
}

} // namespace

class TestEcsApiMapper : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreCheckedNotTruncated()
    {
        EcsParams p({{"PageSize", "4294967297"}}, "DescribeImages");
        QCOMPARE(p.integer("PageSize", 10, 1, 100), qint64(10));
        QVERIFY(!p.ok());
        QCOMPARE(codeOf(p.error()), QString("InvalidParameter"));
        QVERIFY(p.error().message.contains("PageSize"));

        for (const char *bad : {"ten", "1e3", "99999999999999999999", "-1", "0", "101", ""}) {
            EcsParams q({{"PageSize", bad}}, "DescribeImages");
            q.integer("PageSize", 10, 1, 100);
            QVERIFY2(!q.ok(), bad);
        }
        EcsParams good({{"PageSize", " 100 "}}, "DescribeImages");
        QCOMPARE(good.integer("PageSize", 10, 1, 100), qint64(100));
        QVERIFY(good.ok());

        // Amount through the whole action parser: 2^32 + 2 must not become 2.
        const Result<EcsRunInstancesCall> run =
            EcsApiMapper::parseRunInstancesRequest({{"RegionId", "cn-hangzhou"},
                                                    {"ImageId", "m-1"},
                                                    {"InstanceType", "ecs.g7.large"},
                                                    {"Amount", "4294967298"}});
        QVERIFY(!run);
        QCOMPARE(codeOf(run.error()), QString("InvalidParameter"));
    }

    // Issue 16, defect 5, for ECS: every integer parameter at 2^31, 2^32 and 2^53 (and just
    // past them) through the action's whole parser. A value in range comes back exact; anything
    // else is refused with InvalidParameter naming the parameter and the value, never narrowed
    // to a small valid number (2^32 + 2 must not launch 2).
    void integersAtWordEdges_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("expected"); // -1: refused
        struct Parameter
        {
            const char *action;
            const char *key;
            qint64 max;
        };
        const Parameter parameters[] = {
            {"DescribeImages", "PageNumber", 1000000},
            {"DescribeImages", "PageSize", EcsPage::maxSize},
            {"DescribeInstances", "PageSize", EcsPage::maxSize},
            {"RunInstances", "Amount", 100},
            {"RunInstances", "SystemDisk.Size", 2048},
            {"RunInstances", "DataDisk.1.Size", 32768},
            {"CreateImage", "DiskDeviceMapping.1.Size", 32768},
        };
        const QList<QPair<const char *, const char *>> edges{
            {"2^31 - 1", "2147483647"},   {"2^31", "2147483648"},
            {"2^32", "4294967296"},       {"2^32 + 2", "4294967298"},
            {"2^53", "9007199254740992"}, {"2^53 + 1", "9007199254740993"},
            {"-2^32", "-4294967296"},     {"2^64 + 2", "18446744073709551618"},
        };
        for (const Parameter &parameter : parameters) {
            const QString row = QStringLiteral("%1 %2 ").arg(parameter.action, parameter.key);
            for (const auto &[name, value] : edges)
                QTest::newRow(qPrintable(row + name))
                    << parameter.action << parameter.key << value << qint64(-1);
            QTest::newRow(qPrintable(row + "max"))
                << parameter.action << parameter.key << QString::number(parameter.max)
                << parameter.max;
            QTest::newRow(qPrintable(row + "max + 1"))
                << parameter.action << parameter.key << QString::number(parameter.max + 1)
                << qint64(-1);
        }
    }

    void integersAtWordEdges()
    {
        QFETCH(QString, action);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(qint64, expected);
        EcsParamList params{{"RegionId", "cn-hangzhou"}};
        if (action == "RunInstances")
            params << EcsParamList{{"ImageId", "m-1"}, {"InstanceType", "ecs.g7.large"}};
        if (action == "CreateImage")
            params << EcsParamList{{"DiskDeviceMapping.1.SnapshotId", "s-sys"},
                                   {"DiskDeviceMapping.1.DiskType", "system"}};
        params << EcsParamList{{key, value}};

        // The parsed value of `key`, or the refusal.
        Result<qint64> parsed = Error(ErrorCode::InvalidArgument, QString());
        if (action == "DescribeImages") {
            const auto call = EcsApiMapper::parseDescribeImagesRequest(params);
            parsed = call ? Result<qint64>(key == "PageSize" ? call->page.size : call->page.number)
                          : Result<qint64>(call.error());
        } else if (action == "DescribeInstances") {
            const auto call = EcsApiMapper::parseDescribeInstancesRequest(params);
            parsed = call ? Result<qint64>(call->page.size) : Result<qint64>(call.error());
        } else if (action == "RunInstances") {
            const auto call = EcsApiMapper::parseRunInstancesRequest(params);
            if (!call)
                parsed = call.error();
            else if (key == "Amount")
                parsed = call->launch.request.count;
            else if (key == "SystemDisk.Size")
                parsed = call->launch.systemDiskGiB;
            else
                parsed = call->launch.dataDisks.value(0).sizeGiB;
        } else {
            const auto call = EcsApiMapper::parseCreateImageRequest(params);
            parsed = call ? Result<qint64>(call->mappings.value(0).sizeGiB)
                          : Result<qint64>(call.error());
        }

        if (expected >= 0) {
            QVERIFY2(parsed, qPrintable(parsed.error().message));
            QCOMPARE(parsed.value(), expected);
            return;
        }
        QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed.value() : 0)));
        QCOMPARE(codeOf(parsed.error()), QString("InvalidParameter"));
        const QString message = parsed.error().message;
        QVERIFY2(message.contains('"' + key + '"') && message.contains(value), qPrintable(message));
    }

    // What the client reads back is checked the same way: a TotalCount or size of 2^32 + 1 in an
    // answer is an unreadable answer, not a count of 1.
    void answerIntegersBeyond32BitsAreRefused()
    {
        EcsImageRecord record;
        record.image = sampleImage();
        const QJsonObject json =
            EcsApiMapper::buildDescribeImagesResponse({record}, 1, {}, "cn-hangzhou");
        QVERIFY(EcsApiMapper::parseDescribeImagesResponse(json, "cn-hangzhou"));
        for (const QJsonValue &total :
             {QJsonValue(4294967297.0), QJsonValue("4294967297"), QJsonValue(9007199254740992.0),
              QJsonValue(2.5), QJsonValue(-1)}) {
            QJsonObject wrong = json;
            wrong["TotalCount"] = total;
            const auto read = EcsApiMapper::parseDescribeImagesResponse(wrong, "cn-hangzhou");
            QVERIFY2(!read, qPrintable(QString::number(read ? read->totalCount : 0)));
            QCOMPARE(read.error().code, ErrorCode::RemoteError);
            QVERIFY2(read.error().message.contains("TotalCount"), qPrintable(read.error().message));
        }
        QJsonObject largest = json;
        largest["TotalCount"] = 2147483647.0;
        const auto read = EcsApiMapper::parseDescribeImagesResponse(largest, "cn-hangzhou");
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->totalCount, 2147483647);
    }

    void dottedListsAndJsonArrays()
    {
        EcsParams p({{"Tag.2.Key", "b"},
                     {"Tag.1.Key", "a"},
                     {"Tag.1.Value", "x"},
                     {"InstanceIds", "[\"i-1\",\"i-2\"]"}},
                    "CreateImage");
        const QList<EcsParams> tags = p.entries("Tag", 20);
        QCOMPARE(tags.size(), 2);
        EcsParams first = tags.at(0);
        QCOMPARE(first.string("Key"), QString("a"));
        QCOMPARE(first.string("Value"), QString("x"));
        QCOMPARE(first.path("Key"), QString("Tag.1.Key"));
        QCOMPARE(p.jsonStrings("InstanceIds", 100), QStringList({"i-1", "i-2"}));
        QVERIFY(p.ok());

        EcsParams zero({{"Tag.0.Key", "a"}}, "CreateImage");
        zero.entries("Tag", 20);
        QCOMPARE(codeOf(zero.error()), QString("InvalidParameter"));
        EcsParams many({{"Tag.21.Key", "a"}}, "CreateImage");
        many.entries("Tag", 20);
        QVERIFY(!many.ok());
        EcsParams notJson({{"InstanceIds", "i-1,i-2"}}, "DescribeInstances");
        notJson.jsonStrings("InstanceIds", 100);
        QCOMPARE(codeOf(notJson.error()), QString("InvalidParameter"));
        EcsParams numbers({{"InstanceIds", "[1,2]"}}, "DescribeInstances");
        numbers.jsonStrings("InstanceIds", 100);
        QVERIFY(!numbers.ok());
    }

    void describeImagesRequest()
    {
        EcsDescribeImagesCall call;
        call.regionId = "cn-hangzhou";
        call.imageIds = {"m-1", "m-2"};
        call.ownerAlias = "self";
        call.statuses = {"Creating", "Available", "CreateFailed"};
        call.page = {3, 50};
        const Result<EcsDescribeImagesCall> back = EcsApiMapper::parseDescribeImagesRequest(
            overTheWire(EcsApiMapper::buildDescribeImagesRequest(call)));
        QVERIFY2(back, qPrintable(back.error().message));
        QVERIFY(back.value() == call);

        // Status defaults to Available alone, paging to page 1 of 10.
        const auto defaults =
            EcsApiMapper::parseDescribeImagesRequest({{"RegionId", "cn-hangzhou"}});
        QVERIFY(defaults);
        QCOMPARE(defaults->statuses, QStringList{"Available"});
        QCOMPARE(defaults->page, (EcsPage{1, 10}));
        QCOMPARE(defaults->page.offset(), 0);

        const EcsParamList base{{"RegionId", "cn-hangzhou"}};
        QCOMPARE(
            codeOf(EcsApiMapper::parseDescribeImagesRequest(with(base, "ImageOwnerAlias", "mine"))
                       .error()),
            QString("InvalidImageOwnerAlias.ValueNotSupported"));
        QCOMPARE(
            codeOf(EcsApiMapper::parseDescribeImagesRequest(with(base, "Status", "Ready")).error()),
            QString("InvalidStatus.ValueNotSupported"));
        QCOMPARE(
            codeOf(EcsApiMapper::parseDescribeImagesRequest(with(base, "PageSize", "101")).error()),
            QString("InvalidParameter"));
        QCOMPARE(codeOf(EcsApiMapper::parseDescribeImagesRequest({}).error()),
                 QString("MissingParameter"));
    }

    void describeImagesResponse()
    {
        EcsImageRecord record;
        record.image = sampleImage();
        record.remainSeconds = 120;
        record.inUse = true;
        record.image.tags = {{"team", "web"}};
        const QJsonObject json =
            EcsApiMapper::buildDescribeImagesResponse({record}, 31, EcsPage{2, 10}, "cn-hangzhou");
        const QJsonObject image = json["Images"]["Image"][0].toObject();
        QCOMPARE(image["Progress"].toString(), QString("32%"));
        QCOMPARE(image["Status"].toString(), QString("Creating"));
        QCOMPARE(image["Usage"].toString(), QString("instance"));
        QCOMPARE(image["ImageOwnerAlias"].toString(), QString("self"));
        const QJsonArray mappings = image["DiskDeviceMappings"]["DiskDeviceMapping"].toArray();
        QCOMPARE(mappings.size(), 3);
        QCOMPARE(mappings[0]["Type"].toString(), QString("system"));
        QCOMPARE(mappings[0]["Size"].toString(), QString("40")); // a string on the wire
        QCOMPARE(mappings[1]["Device"].toString(), QString("/dev/xvdb"));
        QCOMPARE(mappings[1]["RemainTime"].toInt(), 120);
        QCOMPARE(image["Tags"]["Tag"][0]["TagKey"].toString(), QString("team"));
        QCOMPARE(json["TotalCount"].toInt(), 31);
        QCOMPARE(json["PageNumber"].toInt(), 2);

        const Result<Page<Image>> back =
            EcsApiMapper::parseDescribeImagesResponse(json, "cn-hangzhou");
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->totalCount, 31);
        QCOMPARE(back->items.size(), 1);
        QCOMPARE(diff(back->items.first(), record.image), QStringList()); // tags included

        // A copy in progress reads back as Copying; an available one at 100%.
        EcsImageRecord copy;
        copy.image = sampleImage();
        copy.image.state = ImageState::Copying;
        copy.image.sourceImageId = "m-source";
        EcsImageRecord done;
        done.image = sampleImage();
        done.image.state = ImageState::Available;
        const auto both = EcsApiMapper::parseDescribeImagesResponse(
            EcsApiMapper::buildDescribeImagesResponse({copy, done}, 2, {}, "cn-hangzhou"),
            "cn-hangzhou");
        QVERIFY(both);
        QCOMPARE(both->items[0].state, ImageState::Copying);
        QCOMPARE(both->items[1].state, ImageState::Available);
        QCOMPARE(both->items[1].progress, 100);

        QJsonObject broken = json;
        broken["Images"] = QJsonObject{{"Image", QJsonArray{QJsonObject{{"ImageName", "x"}}}}};
        const auto unreadable = EcsApiMapper::parseDescribeImagesResponse(broken, "cn-hangzhou");
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().code, ErrorCode::RemoteError);
    }

    void instancesAndDisks()
    {
        Instance i;
        i.id = "i-bp67acfmxazb4p0001";
        i.product = Product::Ecs;
        i.regionId = "cn-hangzhou";
        i.zoneId = "cn-hangzhou-h";
        i.name = "web-1";
        i.state = InstanceState::Running;
        i.instanceType = "ecs.g7.large";
        i.cpuCores = 2;
        i.memoryGiB = 8;
        i.osName = "Ubuntu 22.04";
        i.imageId = "m-1";
        i.billing = BillingMethod::Subscription;
        i.createdAt = QDateTime::fromString("2026-11-30T04:04:00Z", Qt::ISODate);
        i.disks = {{"d-sys", DiskRole::System, DiskKind::CloudSsd, 40, std::nullopt},
                   {"d-data", DiskRole::Data, DiskKind::CloudBasic, 100, std::nullopt}};

        EcsDescribeCall call;
        call.regionId = "cn-hangzhou";
        call.ids = {i.id};
        call.page = {1, 100};
        const auto request = EcsApiMapper::parseDescribeInstancesRequest(
            overTheWire(EcsApiMapper::buildDescribeInstancesRequest(call)));
        QVERIFY(request);
        QVERIFY(request.value() == call);

        const Result<Page<Instance>> back = EcsApiMapper::parseDescribeInstancesResponse(
            EcsApiMapper::buildDescribeInstancesResponse({{i}, 1}, call.page), "cn-hangzhou");
        QVERIFY2(back, qPrintable(back.error().message));
        QList<Instance> instances = back->items;
        QCOMPARE(instances.size(), 1);
        QVERIFY(instances.first().disks.isEmpty()); // DescribeDisks brings them

        Page<EcsDisk> disks;
        for (const Disk &d : i.disks)
            disks.items.append({d, i.id, i.regionId, i.zoneId});
        disks.totalCount = 2;
        const auto diskBack = EcsApiMapper::parseDescribeDisksResponse(
            EcsApiMapper::buildDescribeDisksResponse(disks, {}));
        QVERIFY2(diskBack, qPrintable(diskBack.error().message));
        // Data disk listed first: attachDisks still puts the system disk first.
        QList<EcsDisk> shuffled = diskBack->items;
        std::reverse(shuffled.begin(), shuffled.end());
        EcsApiMapper::attachDisks(instances, shuffled);
        QCOMPARE(diff(instances.first(), i), QStringList());
    }

    void snapshotsJoinDisksAndImages()
    {
        Snapshot sn;
        sn.id = "s-data01";
        sn.product = Product::Ecs;
        sn.regionId = "cn-hangzhou";
        sn.name = "nightly";
        sn.sourceDiskId = "d-data";
        sn.role = DiskRole::Data;
        sn.sizeGiB = 100;
        sn.encrypted = true;
        sn.state = SnapshotState::Available;
        sn.createdAt = QDateTime::fromString("2026-11-30T04:04:00Z", Qt::ISODate);
        const QJsonObject json = EcsApiMapper::buildDescribeSnapshotsResponse({{sn}, 1}, {});
        QCOMPARE(json["Snapshots"]["Snapshot"][0]["Progress"].toString(), QString("100%"));
        QCOMPARE(json["Snapshots"]["Snapshot"][0]["SourceDiskType"].toString(), QString("Data"));
        auto back = EcsApiMapper::parseDescribeSnapshotsResponse(json, "cn-hangzhou");
        QVERIFY2(back, qPrintable(back.error().message));
        QList<Snapshot> snapshots = back->items;
        EcsApiMapper::joinSnapshots(
            snapshots,
            {{{"d-data", DiskRole::Data, DiskKind::CloudBasic, 100, std::nullopt},
              "i-1",
              "cn-hangzhou",
              "cn-hangzhou-h"}},
            {sampleImage()});
        const Snapshot &got = snapshots.first();
        QCOMPARE(got.id, sn.id);
        QCOMPARE(got.role, DiskRole::Data);
        QCOMPARE(got.sizeGiB, 100);
        QVERIFY(got.encrypted);
        QCOMPARE(got.createdAt, sn.createdAt);
        QCOMPARE(got.zoneId, QString("cn-hangzhou-h"));
        QCOMPARE(got.sourceInstanceId, QString("i-1"));
        QCOMPARE(got.diskKind, DiskKind::CloudBasic);
        QCOMPARE(got.imageId, sampleImage().id);

        EcsDescribeCall call;
        call.regionId = "cn-hangzhou";
        call.ids = {"s-1", "s-2"};
        call.instanceId = "i-1";
        const auto request = EcsApiMapper::parseDescribeSnapshotsRequest(
            overTheWire(EcsApiMapper::buildDescribeSnapshotsRequest(call)));
        QVERIFY(request);
        QVERIFY(request.value() == call);
    }

    void createImageThreeWays()
    {
        // 1. From an instance, with tags and a ClientToken.
        EcsCreateImageCall fromInstance;
        fromInstance.request.product = Product::Ecs;
        fromInstance.request.regionId = "cn-hangzhou";
        fromInstance.request.name = "golden";
        fromInstance.request.description = "from web-1";
        fromInstance.request.sourceInstanceId = "i-1";
        fromInstance.request.tags = {{"team", "web"}, {"env", ""}};
        fromInstance.request.clientToken = "token-1";
        auto back = EcsApiMapper::parseCreateImageRequest(
            overTheWire(EcsApiMapper::buildCreateImageRequest(fromInstance)));
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(diff(back->request, fromInstance.request), QStringList());
        QVERIFY(back->request.tags == fromInstance.request.tags);
        QCOMPARE(back->request.clientToken, QString("token-1"));

        // 2. From one system snapshot.
        EcsCreateImageCall fromSnapshot = fromInstance;
        fromSnapshot.request.sourceInstanceId.clear();
        fromSnapshot.request.snapshotIds = {"s-sys"};
        back = EcsApiMapper::parseCreateImageRequest(
            EcsApiMapper::buildCreateImageRequest(fromSnapshot));
        QVERIFY(back);
        QCOMPARE(back->request.snapshotIds, QStringList{"s-sys"});

        // 3. From a disk mapping: the system snapshot leads whatever the order given, an empty
        //    data disk adds no snapshot.
        EcsCreateImageCall fromMapping = fromSnapshot;
        fromMapping.request.snapshotIds.clear();
        fromMapping.mappings = {{"s-data", 0, DiskRole::Data, "/dev/xvdb"},
                                {"s-sys", 0, DiskRole::System, QString()},
                                {QString(), 5, DiskRole::Data, "/dev/xvdc"}};
        back = EcsApiMapper::parseCreateImageRequest(
            overTheWire(EcsApiMapper::buildCreateImageRequest(fromMapping)));
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->request.snapshotIds, QStringList({"s-sys", "s-data"}));
        QVERIFY(back->mappings == fromMapping.mappings);

        // Precedence: InstanceId > DiskDeviceMapping > SnapshotId.
        EcsParamList all = EcsApiMapper::buildCreateImageRequest(fromMapping);
        all = with(all, "SnapshotId", "s-other");
        back = EcsApiMapper::parseCreateImageRequest(with(all, "InstanceId", "i-9"));
        QVERIFY(back);
        QCOMPARE(back->request.sourceInstanceId, QString("i-9"));
        QVERIFY(back->request.snapshotIds.isEmpty());
        back = EcsApiMapper::parseCreateImageRequest(all);
        QVERIFY(back);
        QCOMPARE(back->request.snapshotIds, QStringList({"s-sys", "s-data"}));
    }

    void createImageRefusals()
    {
        const EcsParamList base{{"RegionId", "cn-hangzhou"}, {"ImageName", "golden"}};
        auto code = [](const EcsParamList &params) {
            return codeOf(EcsApiMapper::parseCreateImageRequest(params).error());
        };
        QCOMPARE(code(base), QString("MissingParameter"));
        QCOMPARE(code(with(with(base, "DiskDeviceMapping.1.DiskType", "system"),
                           "DiskDeviceMapping.1.Size", "40")),
                 QString("MissingParameter")); // a system disk needs its snapshot
        QCOMPARE(code(with(with(base, "DiskDeviceMapping.1.DiskType", "data"),
                           "DiskDeviceMapping.1.Size", "4")),
                 QString("InvalidSize.ValueNotSupported"));
        QCOMPARE(code(with(with(base, "DiskDeviceMapping.1.SnapshotId", "s-1"),
                           "DiskDeviceMapping.1.Device", "/dev/sda")),
                 QString("InvalidDevice.Malformed"));
        EcsParamList twice = with(base, "DiskDeviceMapping.1.SnapshotId", "s-1");
        twice = with(twice, "DiskDeviceMapping.1.Device", "/dev/xvdb");
        twice = with(twice, "DiskDeviceMapping.2.SnapshotId", "s-2");
        twice = with(twice, "DiskDeviceMapping.2.Device", "/dev/xvdb");
        QCOMPARE(code(twice), QString("InvalidDevice.InUse"));
        QCOMPARE(code(with(with(base, "InstanceId", "i-1"), "Tag.1.Key", "aliyun:x")),
                 QString("InvalidTagKey.Malformed"));
        QCOMPARE(code(with(with(base, "InstanceId", "i-1"), "ClientToken", QString(65, 'x'))),
                 QString("InvalidClientToken.ValueNotSupported"));
        // Data-disk snapshots alone reach the engine, which refuses them (seed 004): the mapper
        // does not copy that check.
        const auto dataOnly = EcsApiMapper::parseCreateImageRequest(
            with(with(base, "DiskDeviceMapping.1.SnapshotId", "s-data"),
                 "DiskDeviceMapping.1.DiskType", "data"));
        QVERIFY(dataOnly);
        QCOMPARE(dataOnly->request.snapshotIds, QStringList{"s-data"});
    }

    void copyCancelDeleteModify()
    {
        EcsCopyImageCall copy;
        copy.regionId = "cn-hangzhou";
        copy.copy.imageId = "m-1";
        copy.copy.targetRegionId = "cn-beijing";
        copy.copy.name = "golden-bj";
        copy.description = "copied";
        copy.copy.clientToken = "t";
        copy.copy.tags = QList<Tag>{{"team", "web"}};
        const auto copyBack = EcsApiMapper::parseCopyImageRequest(
            overTheWire(EcsApiMapper::buildCopyImageRequest(copy)));
        QVERIFY(copyBack);
        QCOMPARE(copyBack->copy.targetRegionId, QString("cn-beijing"));
        QCOMPARE(copyBack->copy.name, QString("golden-bj"));
        QCOMPARE(copyBack->description, QString("copied"));
        QCOMPARE(copyBack->copy.clientToken, QString("t"));
        QVERIFY(copyBack->copy.tags == copy.copy.tags);
        QCOMPARE(codeOf(EcsApiMapper::parseCopyImageRequest(
                            {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-1"}})
                            .error()),
                 QString("MissingParameter"));

        const EcsImageCall cancel{"cn-beijing", "m-copy", false};
        QVERIFY(EcsApiMapper::parseCancelCopyImageRequest(
                    EcsApiMapper::buildCancelCopyImageRequest(cancel))
                    .value() == cancel);
        const EcsImageCall forced{"cn-hangzhou", "m-1", true};
        QVERIFY(EcsApiMapper::parseDeleteImageRequest(EcsApiMapper::buildDeleteImageRequest(forced))
                    .value() == forced);
        const auto notForced = EcsApiMapper::parseDeleteImageRequest(
            {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-1"}});
        QVERIFY(notForced);
        QVERIFY(!notForced->force);
        QCOMPARE(codeOf(EcsApiMapper::parseDeleteImageRequest(
                            {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-1"}, {"Force", "yes"}})
                            .error()),
                 QString("InvalidParameter"));

        EcsModifyImageCall modify;
        modify.regionId = "cn-hangzhou";
        modify.change.imageId = "m-1";
        modify.change.name = "renamed";
        const auto modifyBack = EcsApiMapper::parseModifyImageAttributeRequest(
            EcsApiMapper::buildModifyImageAttributeRequest(modify));
        QVERIFY(modifyBack);
        QVERIFY(modifyBack.value() == modify); // description absent: unchanged
    }

    // TagResources / UntagResources: both ends agree, and the reader refuses what the docs do.
    void tagAndUntagResources()
    {
        EcsTagResourcesCall tag{
            "cn-hangzhou", "image", {"m-1", "m-2"}, {{"env", "prod"}, {"o", ""}}, {}, false};
        const EcsParamList tagParams = EcsApiMapper::buildTagResourcesRequest(tag);
        QVERIFY(tagParams.contains(QPair<QString, QString>("ResourceId.2", "m-2")));
        QVERIFY(tagParams.contains(QPair<QString, QString>("Tag.1.Key", "env")));
        const auto parsedTag = EcsApiMapper::parseTagResourcesRequest(overTheWire(tagParams));
        QVERIFY2(parsedTag.ok(), qPrintable(parsedTag.error().message));
        QCOMPARE(parsedTag.value(), tag);

        EcsTagResourcesCall untag{"cn-hangzhou", "image", {"m-1"}, {}, {"env", "o"}, false};
        const EcsParamList untagParams = EcsApiMapper::buildUntagResourcesRequest(untag);
        QVERIFY(untagParams.contains(QPair<QString, QString>("TagKey.2", "o")));
        const auto parsedUntag = EcsApiMapper::parseUntagResourcesRequest(overTheWire(untagParams));
        QVERIFY2(parsedUntag.ok(), qPrintable(parsedUntag.error().message));
        QCOMPARE(parsedUntag.value(), untag);
        untag.tagKeys.clear();
        untag.all = true;
        QCOMPARE(EcsApiMapper::parseUntagResourcesRequest(
                     EcsApiMapper::buildUntagResourcesRequest(untag))
                     .value(),
                 untag);

        auto refusedWith = [](const Result<EcsTagResourcesCall> &r) {
            return r.ok() ? QString("accepted") : r.error().remoteCode;
        };
        QCOMPARE(
            refusedWith(EcsApiMapper::parseTagResourcesRequest(with(tagParams, "Tag.21.Key", "k"))),
            QString("NumberExceed.Tags"));
        QCOMPARE(refusedWith(
                     EcsApiMapper::parseTagResourcesRequest(with(tagParams, "Tag.2.Key", "env"))),
                 QString("Duplicate.TagKey"));
        QCOMPARE(refusedWith(EcsApiMapper::parseTagResourcesRequest(
                     with(tagParams, "ResourceType", "bucket"))),
                 QString("InvalidResourceType.NotFound"));
        QCOMPARE(refusedWith(EcsApiMapper::parseTagResourcesRequest(
                     with(tagParams, "ResourceId.51", "m-3"))),
                 QString("NumberExceed.ResourceIds"));
        QCOMPARE(
            refusedWith(EcsApiMapper::parseUntagResourcesRequest(
                {{"RegionId", "cn-hangzhou"}, {"ResourceType", "image"}, {"ResourceId.1", "m-1"}})),
            QString("MissingParameter.Tags"));
        QCOMPARE(EcsErrorCodes::httpStatus("MissingParameter.Tags"), 404);
        QCOMPARE(EcsErrorCodes::fromWire("TagResources", "OperationDenied.QuotaExceed"),
                 ErrorCode::InvalidArgument);
    }

    void runStartStop()
    {
        EcsRunInstancesCall run;
        run.regionId = "cn-hangzhou";
        LaunchRequest &r = run.launch.request;
        r.imageId = "m-1";
        r.zoneId = "cn-hangzhou-h";
        r.instanceType = "ecs.g7.large";
        r.count = 2;
        r.namePattern = "web-{n}";
        r.billing = BillingMethod::PayAsYouGo;
        r.systemDiskKind = DiskKind::CloudSsd;
        r.dataDiskKind = DiskKind::CloudBasic;
        r.clientToken = "launch-1";
        run.launch.dataDisks = {{"s-data", 100}, {QString(), 5}};
        run.launch.systemDiskGiB = 40;
        const EcsParamList params = EcsApiMapper::buildRunInstancesRequest(run);
        QVERIFY(params.contains(qMakePair(QString("InstanceName"), QString("web-[1,1]"))));
        QVERIFY(params.contains(qMakePair(QString("DataDisk.1.SnapshotId"), QString("s-data"))));
        const auto back = EcsApiMapper::parseRunInstancesRequest(overTheWire(params));
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->regionId, QString("cn-hangzhou"));
        QCOMPARE(diff(back->launch, run.launch), QStringList());

        const auto ids = EcsApiMapper::parseRunInstancesResponse(
            EcsApiMapper::buildRunInstancesResponse({"i-1", "i-2"}));
        QVERIFY(ids);
        QCOMPARE(ids.value(), QStringList({"i-1", "i-2"}));
        QVERIFY(!EcsApiMapper::parseRunInstancesResponse({}));

        const EcsPowerCall stop{"i-1", true};
        QVERIFY(EcsApiMapper::parseStopInstanceRequest(EcsApiMapper::buildStopInstanceRequest(stop))
                    .value() == stop);
        const EcsPowerCall start{"i-1", false};
        QVERIFY(
            EcsApiMapper::parseStartInstanceRequest(EcsApiMapper::buildStartInstanceRequest(start))
                .value() == start);
        QCOMPARE(codeOf(EcsApiMapper::parseStartInstanceRequest({}).error()),
                 QString("MissingParameter"));
    }

    void regionsAndZones()
    {
        Region r;
        r.id = "cn-hangzhou";
        r.product = Product::Ecs;
        r.name = "China (Hangzhou)";
        const auto regions = EcsApiMapper::parseDescribeRegionsResponse(
            EcsApiMapper::buildDescribeRegionsResponse({r}));
        QVERIFY(regions);
        QCOMPARE(diff(regions->first(), r), QStringList());
        const auto zones = EcsApiMapper::parseDescribeZonesResponse(
            EcsApiMapper::buildDescribeZonesResponse({{"cn-hangzhou-h", "Hangzhou Zone H"}}));
        QVERIFY(zones);
        QCOMPARE(zones->first().id, QString("cn-hangzhou-h"));
        QCOMPARE(EcsApiMapper::parseRegionRequest({{"RegionId", "cn-hangzhou"}}, "DescribeZones")
                     .value(),
                 QString("cn-hangzhou"));
    }

    void progressAndVocabulary()
    {
        QCOMPARE(EcsApiMapper::progress(42), QString("42%"));
        QCOMPARE(EcsApiMapper::progressFromWire("100%"), std::optional<int>(100));
        QCOMPARE(EcsApiMapper::progressFromWire("7"), std::optional<int>(7));
        QCOMPARE(EcsApiMapper::progressFromWire("120%"), std::nullopt);
        QCOMPARE(EcsApiMapper::imageStateFromWire("Waiting", false), ImageState::Creating);
        QCOMPARE(EcsApiMapper::imageStateFromWire("SomethingNew", false), ImageState::Creating);
        QCOMPARE(EcsApiMapper::instanceStateFromWire("Rebooting"), InstanceState::Pending);
        QCOMPARE(EcsApiMapper::diskKindFromCategory("cloud_auto"), DiskKind::CloudPremium);
        QCOMPARE(EcsApiMapper::diskKindFromCategory("cloud_efficiency"), DiskKind::EconomyCloud);
    }

    void errorEnvelopeAndCodes()
    {
        const EcsEnvelope::Reply failure = EcsEnvelope::failure(
            Error(ErrorCode::QuotaExceeded, "The image quota of the region is used up."),
            "CreateImage", "req-1", "ecs.127.0.0.1");
        QCOMPARE(failure.httpStatus, 403);
        const QJsonObject body = QJsonDocument::fromJson(failure.body).object();
        QCOMPARE(body["Code"].toString(), QString("QuotaExceed.Image"));
        QCOMPARE(body["RequestId"].toString(), QString("req-1"));
        QCOMPARE(body["HostId"].toString(), QString("ecs.127.0.0.1"));
        QCOMPARE(body["Message"].toString(), QString("The image quota of the region is used up."));

        const Result<QJsonObject> back =
            EcsEnvelope::unwrap(failure.httpStatus, failure.body, "CreateImage");
        QVERIFY(!back);
        QCOMPARE(back.error().code, ErrorCode::QuotaExceeded);
        QCOMPARE(back.error().remoteCode, QString("QuotaExceed.Image"));
        QCOMPARE(back.error().requestId, QString("req-1"));

        const EcsEnvelope::Reply ok =
            EcsEnvelope::success(EcsApiMapper::buildImageIdResponse("m-1"), "req-2");
        QCOMPARE(ok.httpStatus, 200);
        const Result<QJsonObject> fields = EcsEnvelope::unwrap(200, ok.body, "CreateImage");
        QVERIFY(fields);
        QVERIFY(!fields->contains("RequestId"));
        QCOMPARE(EcsApiMapper::parseImageIdResponse(fields.value()).value(), QString("m-1"));
        QCOMPARE(EcsEnvelope::unwrap(502, "<html>bad gateway</html>", "CreateImage").error().code,
                 ErrorCode::RemoteError);

        // Statuses the codes travel with, and the way back per action.
        QCOMPARE(EcsErrorCodes::httpStatus("InvalidImageId.NotFound"), 404);
        QCOMPARE(EcsErrorCodes::httpStatus("ImageUsingByInstance"), 403);
        QCOMPARE(EcsErrorCodes::httpStatus("InternalError"), 500);
        QCOMPARE(EcsErrorCodes::httpStatus("ServiceUnavailable"), 503);
        QCOMPARE(EcsErrorCodes::httpStatus("MissingParameter"), 400);
        QCOMPARE(EcsErrorCodes::toWire("DeleteImage", ErrorCode::ImageBusy),
                 QString("OperationDenied.ImageCopying"));
        QCOMPARE(EcsErrorCodes::fromWire("DeleteImage", "ImageUsingByInstance"),
                 ErrorCode::ImageBusy);
        QCOMPARE(EcsErrorCodes::toWire("StartInstance", ErrorCode::InvalidInstanceState),
                 QString("IncorrectInstanceStatus"));
        QCOMPARE(EcsErrorCodes::toWire("CreateImage", ErrorCode::SnapshotSelectionInvalid),
                 QString("OperationDenied"));
        QCOMPARE(EcsErrorCodes::fromWire("", "InvalidFoo.NotFound"), ErrorCode::NotFound);
        QVERIFY(EcsErrorCodes::isRetryable("Throttling.User"));
        QVERIFY(!EcsErrorCodes::isRetryable("QuotaExceed.Image"));
        // Every code imprint-sim sends for a domain refusal comes back as that refusal.
        for (const QString &action : EcsApiMapper::actions())
            for (ErrorCode c : {ErrorCode::NotFound, ErrorCode::InvalidName,
                                ErrorCode::DuplicateName, ErrorCode::QuotaExceeded,
                                ErrorCode::AccountOverdue, ErrorCode::InvalidDescription})
                QCOMPARE(EcsErrorCodes::fromWire(action, EcsErrorCodes::toWire(action, c)), c);
    }
};

QTEST_GUILESS_MAIN(TestEcsApiMapper)
#include "tst_ecsapimapper.moc"
