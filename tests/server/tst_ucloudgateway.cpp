// imprint-sim's UCloud gateway in-process, over a real simulator engine and behind the protocol
// multiplexer next to the TC3 gateway: recognition by PublicKey + Signature, form / JSON / query
// parameters, the refusals before an action runs (each in UCloud's envelope with its RetCode),
// and the UHost actions' project scoping. The whole cycle over HTTP is tests/sdk/ucloud-cycle.mjs.

#include "clock.h"
#include "protocolmultiplexer.h"
#include "simulatorengine.h"
#include "tc3gateway.h"
#include "ucloudenvelope.h"
#include "uclouderrorcodes.h"
#include "ucloudgateway.h"
#include "ucloudsigner.h"
#include "uhostactiondispatcher.h"
#include "uhostapimapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;

namespace {

const Credentials kKeys{QStringLiteral("ucloud-public"), QStringLiteral("ucloud-private"), {}};

QString s(const char *text)
{
    return QLatin1String(text);
}

ReceivedRequest formRequest(UCloudParams params, const Credentials &keys = kKeys)
{
    UCloudSigner(keys).sign(params);
    ReceivedRequest r;
    r.headers.append("Content-Type", "application/x-www-form-urlencoded");
    r.body = params.toFormBody();
    return r;
}

QJsonObject envelope(const ApiReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

int retCode(const ApiReply &reply)
{
    return envelope(reply).value(s("RetCode")).toInt(-1);
}

} // namespace

class TestUCloudGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMapperActionHasAHandler();
    void recognisedBySignatureParameters();
    void answersInUCloudsEnvelope();
    void jsonAndQueryParameters();
    void describeImageZoneNarrowsBySnapshotZone();
    void refusalsBeforeTheAction_data();
    void refusalsBeforeTheAction();
    void projectsScopeListsAndWrites();
    void faultAnswersAreUCloudEnvelopes();

private:
    ApiReply call(const UCloudParams &params) { return m_protocols.handle(formRequest(params), 0); }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    SimulatorEngine m_engine{&m_clock};
    ProtocolMultiplexer m_protocols;
};

void TestUCloudGateway::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SimulatorEngine::Options options;
    options.databasePath = m_dir.filePath(s("sim.sqlite"));
    QVERIFY(m_engine.open(options).ok());
    m_protocols.add(std::make_unique<Tc3Gateway>(m_engine, kKeys));
    m_protocols.add(std::make_unique<UCloudGateway>(m_engine, kKeys));
}

void TestUCloudGateway::everyMapperActionHasAHandler()
{
    const UHostActionDispatcher uhost(m_engine);
    QStringList actions = uhost.actions();
    QStringList mapped = UHostApiMapper::actions();
    actions.sort();
    mapped.sort();
    QCOMPARE(actions, mapped);
    QVERIFY(!uhost.needsRegion(s("GetRegion")));
    QVERIFY(!uhost.needsRegion(s("GetProjectList")));
    QVERIFY(uhost.needsRegion(s("CreateCustomImage")));
}

void TestUCloudGateway::recognisedBySignatureParameters()
{
    UCloudGateway gateway(m_engine, kKeys);
    QVERIFY(gateway.recognises(formRequest(UHostApiMapper::buildGetRegionRequest())));
    // A TC3 request, or a form without the signature, is not UCloud's.
    ReceivedRequest tc3;
    tc3.headers.append("Content-Type", "application/json");
    tc3.headers.append("Authorization", "TC3-HMAC-SHA256 Credential=x");
    tc3.body = "{}";
    QVERIFY(!gateway.recognises(tc3));
    ReceivedRequest unsigned_;
    unsigned_.headers.append("Content-Type", "application/x-www-form-urlencoded");
    unsigned_.body = "Action=GetRegion&PublicKey=ucloud-public";
    QVERIFY(!gateway.recognises(unsigned_));
    QVERIFY(m_protocols.route(formRequest(UHostApiMapper::buildGetRegionRequest())) != nullptr);
    QCOMPARE(
        m_protocols.route(formRequest(UHostApiMapper::buildGetRegionRequest()))->protocolName(),
        gateway.protocolName());
}

void TestUCloudGateway::answersInUCloudsEnvelope()
{
    const ApiReply reply = call(UHostApiMapper::buildGetProjectListRequest());
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.outcome, s("OK"));
    QCOMPARE(reply.action, s("GetProjectList"));
    const QJsonObject e = envelope(reply);
    QCOMPARE(e.value(s("Action")).toString(), s("GetProjectListResponse"));
    QCOMPARE(e.value(s("RetCode")).toInt(-1), 0);
    QCOMPARE(e.value(s("RequestUUID")).toString(), reply.requestId);
    QCOMPARE(e.value(s("ProjectCount")).toInt(), m_engine.projects(Product::UHost).size());
}

void TestUCloudGateway::jsonAndQueryParameters()
{
    UCloudParams p = UHostApiMapper::buildDescribeImageRequest({s("cn-bj2"), {}, {}}, {});
    UCloudSigner(kKeys).sign(p);
    ReceivedRequest json;
    json.headers.append("Content-Type", "application/json");
    json.body = QJsonDocument(p.toJson()).toJson();
    QCOMPARE(retCode(m_protocols.handle(json, 0)), 0);

    // GET with every parameter in the query, as UCloud's docs show it.
    ReceivedRequest get;
    get.method = "GET";
    get.query = p.toFormBody();
    const ApiReply viaQuery = m_protocols.handle(get, 0);
    QCOMPARE(retCode(viaQuery), 0);
    QVERIFY(envelope(viaQuery).value(s("TotalCount")).toInt() > 0);

    // One parameter both in the query and in the body is ambiguous: which did the signer mean?
    ReceivedRequest both = formRequest(UHostApiMapper::buildGetRegionRequest());
    both.query = "Action=GetRegion";
    const ApiReply refused = m_protocols.handle(both, 0);
    QCOMPARE(retCode(refused), UCloudErrorCodes::paramsError);
    QVERIFY(envelope(refused).value(s("Message")).toString().contains(s("`Action`")));
}

void TestUCloudGateway::describeImageZoneNarrowsBySnapshotZone()
{
    auto images = [this](const UHostScope &scope) {
        UHostListQuery query;
        query.limit = UHostListQuery::maxLimit;
        const ApiReply reply = call(UHostApiMapper::buildDescribeImageRequest(scope, query));
        const Result<QJsonObject> fields = UCloudEnvelope::unwrap(reply.body, s("DescribeImage"));
        const Result<Page<Image>> page = UHostApiMapper::parseDescribeImageResponse(
            fields.ok() ? fields.value() : QJsonObject(), scope);
        return page.ok() ? page->items : QList<Image>();
    };
    const QList<Image> all = images({s("cn-bj2"), {}, {}});
    QVERIFY(!all.isEmpty());
    const QString zone = s("cn-bj2-05");
    QStringList expected;
    int inZone = 0;
    for (const Image &m : all) {
        if (m.snapshotZoneId.isEmpty() || m.snapshotZoneId == zone)
            expected << m.id;
        inZone += m.snapshotZoneId == zone ? 1 : 0;
    }
    QVERIFY(inZone > 0); // the seed has images with data snapshots in that zone
    QStringList listed;
    for (const Image &m : images({s("cn-bj2"), zone, {}}))
        listed << m.id;
    QCOMPARE(listed, expected);
}

void TestUCloudGateway::refusalsBeforeTheAction_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("retCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong key") << "key" << UCloudErrorCodes::signatureError << "signature";
    QTest::newRow("unknown public key") << "user" << UCloudErrorCodes::userNotFound << "PublicKey";
    QTest::newRow("unknown action") << "action" << UCloudErrorCodes::unknownAction << "Describe";
    QTest::newRow("no region") << "noregion" << UCloudErrorCodes::paramsError << "`Region`";
    QTest::newRow("another product's region")
        << "region" << UCloudErrorCodes::paramsError << "ap-guangzhou";
    QTest::newRow("unknown project")
        << "project" << UCloudErrorCodes::projectNotFound << "org-none";
    QTest::newRow("bad body") << "body" << UCloudErrorCodes::paramsError << "twice";
}

void TestUCloudGateway::refusalsBeforeTheAction()
{
    QFETCH(QString, change);
    QFETCH(int, retCode);
    QFETCH(QString, says);
    UCloudParams p = UHostApiMapper::buildDescribeUHostInstanceRequest({s("cn-bj2"), {}, {}}, {});
    Credentials keys = kKeys;
    if (change == QLatin1String("key"))
        keys.secretKey = s("not-the-key");
    else if (change == QLatin1String("user"))
        keys.secretId = s("someone-else");
    else if (change == QLatin1String("action"))
        p.set(s("Action"), s("DescribeUHostInstances"));
    else if (change == QLatin1String("noregion"))
        p.remove(s("Region"));
    else if (change == QLatin1String("region"))
        p.set(s("Region"), s("ap-guangzhou"));
    else if (change == QLatin1String("project"))
        p.set(s("ProjectId"), s("org-none"));
    ReceivedRequest request = formRequest(p, keys);
    if (change == QLatin1String("body"))
        request.body += "&Region=hk";
    const ApiReply reply = m_protocols.handle(request, 0);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(::retCode(reply), retCode);
    QCOMPARE(reply.outcome, QString::number(retCode));
    const QString message = envelope(reply).value(s("Message")).toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!message.contains(kKeys.secretKey));
}

void TestUCloudGateway::projectsScopeListsAndWrites()
{
    // Without ProjectId: every project's hosts, each saying its project.
    const QJsonArray all = envelope(call(UHostApiMapper::buildDescribeUHostInstanceRequest(
                                        {s("cn-bj2"), {}, {}}, {{}, 0, 100})))
                               .value(s("UHostSet"))
                               .toArray();
    QStringList projects;
    QString webId;
    for (const QJsonValue &h : all) {
        projects << h.toObject().value(s("ProjectId")).toString();
        if (h.toObject().value(s("Name")).toString() == QLatin1String("web-01"))
            webId = h.toObject().value(s("UHostId")).toString();
    }
    projects.removeDuplicates();
    QVERIFY2(projects.size() > 1, qPrintable(projects.join(u',')));
    QVERIFY(!webId.isEmpty());

    // With one: only that project's, and another project's host is not found for a write.
    const QJsonArray web = envelope(call(UHostApiMapper::buildDescribeUHostInstanceRequest(
                                        {s("cn-bj2"), {}, s("org-web")}, {{}, 0, 100})))
                               .value(s("UHostSet"))
                               .toArray();
    QVERIFY(!web.isEmpty() && web.size() < all.size());
    for (const QJsonValue &h : web)
        QCOMPARE(h.toObject().value(s("ProjectId")).toString(), s("org-web"));

    CreateImageRequest create;
    create.product = Product::UHost;
    create.regionId = s("cn-bj2");
    create.name = s("gateway-test");
    create.sourceInstanceId = webId;
    const ApiReply wrongProject = call(
        UHostApiMapper::buildCreateCustomImageRequest({s("cn-bj2"), {}, s("org-data")}, create));
    QCOMPARE(retCode(wrongProject), UCloudErrorCodes::toWire(ErrorCode::NotFound));
    const ApiReply made = call(
        UHostApiMapper::buildCreateCustomImageRequest({s("cn-bj2"), {}, s("org-web")}, create));
    QCOMPARE(retCode(made), 0);
    QVERIFY(envelope(made).value(s("ImageId")).toString().startsWith(s("uimage-")));
}

void TestUCloudGateway::faultAnswersAreUCloudEnvelopes()
{
    const ReceivedRequest request = formRequest(UHostApiMapper::buildGetRegionRequest());
    const ApiReply throttled = m_protocols.throttled(request);
    QCOMPARE(retCode(throttled), UCloudErrorCodes::rateLimited);
    QVERIFY(!envelope(throttled).value(s("Message")).toString().isEmpty());
    const ApiReply notRun = m_protocols.notRun(request);
    QCOMPARE(notRun.action, s("GetRegion"));
    QCOMPARE(notRun.outcome, s("not run"));
}

QTEST_GUILESS_MAIN(TestUCloudGateway)
#include "tst_ucloudgateway.moc"
