// Issue 16, defect 3: every launch with a ClientToken answers exactly what it did the first time.
// In-process over the CVM and Lighthouse dispatchers with a clock that does not move, so that
// two launches happen in the same simulated millisecond - the case where finding "the earlier
// launch" by image, zone and creation time mixed two launches up.

#include "clock.h"
#include "cvmactiondispatcher.h"
#include "ecsactiondispatcher.h"
#include "ecserrorcodes.h"
#include "ecsparams.h"
#include "lighthouseactiondispatcher.h"
#include "simulatorengine.h"
#include "tencenterrorcodes.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList ids(const Result<ApiFields> &answer)
{
    QStringList list;
    for (const QJsonValue &id : answer->toObject().value(s("InstanceIdSet")).toArray())
        list << id.toString();
    return list;
}

} // namespace

class TestClientTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameMillisecondLaunchesReplayTheirOwnInstances();
    void sameTokenWithOtherParametersIsRefused_data();
    void sameTokenWithOtherParametersIsRefused();
    void lighthouseTokensAreExactToo();
    void tokensOutliveARestart();
    void ecsImageTokensAreExactAcrossARestart();
    void eachCloudRefusesWithItsOwnCode();

private:
    void open();
    Image availableImage(Product product) const;
    QJsonObject cvmLaunch(const QString &token, int count = 2) const;
    Result<ApiFields> runInstances(const QJsonObject &body);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<SimulatorEngine> m_engine;
    Image m_image;
};

void TestClientTokens::open()
{
    m_engine = std::make_unique<SimulatorEngine>(&m_clock);
    SimulatorEngine::Options options;
    options.databasePath = m_dir.filePath(s("simulator.sqlite"));
    const Status opened = m_engine->open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestClientTokens::init()
{
    QVERIFY(m_dir.isValid());
    open();
    m_image = availableImage(Product::Cvm);
    QVERIFY(!m_image.id.isEmpty());
}

void TestClientTokens::cleanup()
{
    m_engine.reset();
    QFile::remove(m_dir.filePath(s("simulator.sqlite")));
}

Image TestClientTokens::availableImage(Product product) const
{
    for (const Image &image : m_engine->images())
        if (image.product == product && image.state == ImageState::Available &&
            image.osType == OsType::Linux && image.dataDisks.isEmpty())
            return image;
    return {};
}

QJsonObject TestClientTokens::cvmLaunch(const QString &token, int count) const
{
    QString zone;
    for (const Region &r : m_engine->regions())
        if (r.product == Product::Cvm && r.id == m_image.regionId)
            zone = r.zones.first().id;
    return {{s("Placement"), QJsonObject{{s("Zone"), zone}}},
            {s("ImageId"), m_image.id},
            {s("InstanceType"), s("S5.MEDIUM4")},
            {s("InstanceCount"), count},
            {s("InstanceName"), s("node")},
            {s("ClientToken"), token}};
}

Result<ApiFields> TestClientTokens::runInstances(const QJsonObject &body)
{
    const CvmActionDispatcher cvm(*m_engine);
    return cvm.dispatch(s("RunInstances"), m_image.regionId, body);
}

void TestClientTokens::sameMillisecondLaunchesReplayTheirOwnInstances()
{
    const QDateTime instant = m_clock.now();
    const Result<ApiFields> a = runInstances(cvmLaunch(s("token-a")));
    const Result<ApiFields> b = runInstances(cvmLaunch(s("token-b")));
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QCOMPARE(m_clock.now(), instant); // one simulated millisecond for both
    const QStringList aIds = ids(a);
    const QStringList bIds = ids(b);
    QCOMPARE(aIds.size(), 2);
    QCOMPARE(bIds.size(), 2);
    QVERIFY(!QSet<QString>(aIds.begin(), aIds.end())
                 .intersects(QSet<QString>(bIds.begin(), bIds.end())));

    const int instances = m_engine->instances().size();
    QCOMPARE(ids(runInstances(cvmLaunch(s("token-a")))), aIds);
    QCOMPARE(ids(runInstances(cvmLaunch(s("token-b")))), bIds);
    QCOMPARE(m_engine->instances().size(), instances);
}

void TestClientTokens::sameTokenWithOtherParametersIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("count") << s("InstanceCount") << QJsonValue(3);
    QTest::newRow("type") << s("InstanceType") << QJsonValue(s("S5.LARGE8"));
    QTest::newRow("name") << s("InstanceName") << QJsonValue(s("other"));
}

void TestClientTokens::sameTokenWithOtherParametersIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const Result<ApiFields> first = runInstances(cvmLaunch(s("token-c")));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    const int instances = m_engine->instances().size();
    QJsonObject other = cvmLaunch(s("token-c"));
    other.insert(field, value);
    const Result<ApiFields> refused = runInstances(other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ClientTokenReused);
    QVERIFY2(refused.error().message.contains(s("token-c")), qPrintable(refused.error().message));
    QCOMPARE(m_engine->instances().size(), instances);
    // A dry run asks the same question and gets the same answer.
    other.insert(s("DryRun"), true);
    QCOMPARE(runInstances(other).error().code, ErrorCode::ClientTokenReused);
    // The first parameters are still answered with the first launch.
    QCOMPARE(ids(runInstances(cvmLaunch(s("token-c")))), ids(first));
}

void TestClientTokens::lighthouseTokensAreExactToo()
{
    const Image blueprint = availableImage(Product::Lighthouse);
    QVERIFY(!blueprint.id.isEmpty());
    const LighthouseActionDispatcher lighthouse(*m_engine);
    auto launch = [&](const char *token, const char *name) {
        const QJsonObject body{
            {s("BundleId"), s("bundle_basic_2c2g")},
            {s("BlueprintId"), blueprint.id},
            {s("InstanceName"), s(name)},
            {s("InstanceChargePrepaid"),
             QJsonObject{{s("Period"), 1}, {s("RenewFlag"), s("NOTIFY_AND_MANUAL_RENEW")}}},
            {s("InstanceCount"), 1},
            {s("ClientToken"), s(token)}};
        return lighthouse.dispatch(s("CreateInstances"), blueprint.regionId, body);
    };
    const Result<ApiFields> a = launch("lh-a", "blog");
    const Result<ApiFields> b = launch("lh-b", "blog");
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QVERIFY(ids(a) != ids(b));
    QCOMPARE(ids(launch("lh-a", "blog")), ids(a));
    QCOMPARE(ids(launch("lh-b", "blog")), ids(b));
    QCOMPARE(launch("lh-a", "shop").error().code, ErrorCode::ClientTokenReused);
}

void TestClientTokens::tokensOutliveARestart()
{
    const QStringList a = ids(runInstances(cvmLaunch(s("token-d"))));
    const QStringList b = ids(runInstances(cvmLaunch(s("token-e"))));
    QCOMPARE(a.size(), 2);
    m_engine.reset(); // a clean shutdown; a kill is tst_simserverrestart's
    open();
    const int instances = m_engine->instances().size();
    QCOMPARE(ids(runInstances(cvmLaunch(s("token-d")))), a);
    QCOMPARE(ids(runInstances(cvmLaunch(s("token-e")))), b);
    QCOMPARE(runInstances(cvmLaunch(s("token-d"), 1)).error().code, ErrorCode::ClientTokenReused);
    QCOMPARE(m_engine->instances().size(), instances);
}

// ECS CreateImage and CopyImage take a ClientToken too: a repeat answers the first image id,
// after a restart as before it, and makes nothing; with other parameters it is
// IdempotentParameterMismatch. Tags sent with the image are kept with it the same way.
void TestClientTokens::ecsImageTokensAreExactAcrossARestart()
{
    auto dispatch = [this](const QString &action, const QString &region, const EcsParamList &p) {
        const EcsActionDispatcher ecs(*m_engine);
        return ecs.dispatch(action, region, EcsParams::toJson(p));
    };
    Instance source;
    for (const Instance &i : m_engine->instances())
        if (i.product == Product::Ecs && i.state == InstanceState::Running && source.id.isEmpty())
            source = i;
    QVERIFY(!source.id.isEmpty());
    QString target;
    for (const Region &r : m_engine->regions())
        if (r.product == Product::Ecs && r.id != source.regionId && target.isEmpty())
            target = r.id;
    const EcsParamList create{
        {s("RegionId"), source.regionId}, {s("InstanceId"), source.id},
        {s("ImageName"), s("golden")},    {s("Tag.1.Key"), s("team")},
        {s("Tag.1.Value"), s("web")},     {s("ClientToken"), s("ecs-create-1")}};
    const Result<ApiFields> made = dispatch(s("CreateImage"), source.regionId, create);
    QVERIFY2(made, qPrintable(made.error().message));
    const QString imageId = made->toObject().value(s("ImageId")).toString();
    QVERIFY(imageId.startsWith(s("m-")));
    m_clock.advance(3600); // the image is made
    m_engine->advance();
    const EcsParamList copy{{s("RegionId"), source.regionId},
                            {s("ImageId"), imageId},
                            {s("DestinationRegionId"), target},
                            {s("DestinationImageName"), s("golden-copy")},
                            {s("ClientToken"), s("ecs-copy-1")}};
    const Result<ApiFields> copied = dispatch(s("CopyImage"), source.regionId, copy);
    QVERIFY2(copied, qPrintable(copied.error().message));
    const QString copyId = copied->toObject().value(s("ImageId")).toString();

    m_engine.reset();
    open();
    const qsizetype images = m_engine->images().size();
    const qsizetype operations = m_engine->operations().size();
    QCOMPARE(dispatch(s("CreateImage"), source.regionId, create)
                 ->toObject()
                 .value(s("ImageId"))
                 .toString(),
             imageId);
    QCOMPARE(
        dispatch(s("CopyImage"), source.regionId, copy)->toObject().value(s("ImageId")).toString(),
        copyId);
    QCOMPARE(m_engine->images().size(), images);
    QCOMPARE(m_engine->operations().size(), operations);
    Image kept;
    QVERIFY(m_engine->findImage(imageId, &kept));
    QCOMPARE(kept.tags, (QList<Tag>{{s("team"), s("web")}}));

    EcsParamList otherName = create;
    otherName[2].second = s("golden-2");
    const Result<ApiFields> refused = dispatch(s("CreateImage"), source.regionId, otherName);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ClientTokenReused);
    QCOMPARE(EcsErrorCodes::toWire(s("CreateImage"), refused.error().code),
             s("IdempotentParameterMismatch"));
    // A copy's token is not a create's, whatever the parameters.
    EcsParamList createWithCopyToken = create;
    createWithCopyToken.last().second = s("ecs-copy-1");
    QCOMPARE(dispatch(s("CreateImage"), source.regionId, createWithCopyToken).error().code,
             ErrorCode::ClientTokenReused);
    QCOMPARE(m_engine->images().size(), images);
}

void TestClientTokens::eachCloudRefusesWithItsOwnCode()
{
    // Tencent documents no code of its own for this; each product's code for conflicting
    // parameters. Alibaba Cloud documents IdempotentParameterMismatch.
    QCOMPARE(
        TencentErrorCodes::toWire(Product::Cvm, s("RunInstances"), ErrorCode::ClientTokenReused),
        s("InvalidParameterConflict"));
    QCOMPARE(TencentErrorCodes::toWire(Product::Lighthouse, s("CreateInstances"),
                                       ErrorCode::ClientTokenReused),
             s("InvalidParameter.Conflict"));
    QCOMPARE(EcsErrorCodes::toWire(s("RunInstances"), ErrorCode::ClientTokenReused),
             s("IdempotentParameterMismatch"));
    // And the client reads them back as what they are.
    QCOMPARE(
        TencentErrorCodes::fromWire(Product::Cvm, s("RunInstances"), s("InvalidParameterConflict")),
        ErrorCode::ClientTokenReused);
}

QTEST_GUILESS_MAIN(TestClientTokens)
#include "tst_clienttokens.moc"
