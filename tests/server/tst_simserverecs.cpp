// imprint-sim serving Alibaba Cloud ECS on the same address as the Tencent API: hand-signed
// requests over HTTP in each shape the SDKs send (V1 GET, V1 form POST, V1 split between query
// and body, V3 headers), the envelope and HTTP status of refusals, and a request of no known
// shape still answered with a clear message.

#include "ecsenvelope.h"
#include "ecssignaturev1.h"
#include "ecssignaturev3.h"
#include "simprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace imprint;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

class EcsCaller
{
public:
    explicit EcsCaller(QUrl url)
        : m_url(std::move(url))
    {}

    Credentials credentials(const QString &secret = SimProcess::secretKey) const
    {
        Credentials c;
        c.secretId = SimProcess::secretId;
        c.secretKey = secret;
        return c;
    }

    QByteArray host() const
    {
        return m_url.host().toLatin1() + ':' + QByteArray::number(m_url.port());
    }

    // V1: `inQuery` of the signed parameters go in the query, the rest in a form body (POST).
    Answer v1(const QByteArray &method, const QString &action, const EcsParamList &params,
              int inQuery = -1, const QString &secret = SimProcess::secretKey)
    {
        const EcsParamList all = EcsSignatureV1::sign(
            method, action, "2014-05-26", params, credentials(secret),
            QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const int split = inQuery < 0 ? int(all.size()) : inQuery;
        return send(method, EcsSignatureV1::encode(all.mid(0, split)),
                    EcsSignatureV1::encode(all.mid(split)), {});
    }

    Answer v3(const QString &action, const EcsParamList &query)
    {
        const HttpHeaders headers = EcsSignatureV3::headers(
            "POST", host(), action, "2014-05-26", query, {}, credentials(),
            QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        return send("POST", EcsSignatureV1::encode(query), {}, headers);
    }

    Answer send(const QByteArray &method, const QByteArray &query, const QByteArray &form,
                const HttpHeaders &headers)
    {
        QUrl url = m_url;
        url.setPath("/");
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkRequest request(url);
        for (const auto &h : headers.entries())
            request.setRawHeader(h.first, h.second);
        if (!form.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        reply->deleteLater();
        return a;
    }

private:
    QUrl m_url;
    QNetworkAccessManager m_network;
};

} // namespace

class TestSimServerEcs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void everySignatureShapeIsServed()
    {
        EcsCaller ecs(m_sim.url());
        const EcsParamList params{{"RegionId", "cn-hangzhou"}, {"PageSize", "100"}};
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const Answer a = ecs.v1(method, "DescribeInstances", params);
            QVERIFY2(a.status == 200, a.raw);
            QVERIFY(a.body["TotalCount"].toInt() >= 3);
            QVERIFY(!a.body["RequestId"].toString().isEmpty());
        }
        // The Go SDK's shape: the common parameters in the query, the rest in the body.
        Answer split = ecs.v1("POST", "DescribeInstances", params, 4);
        QVERIFY2(split.status == 200, split.raw);
        Answer v3 = ecs.v3("DescribeImages", {{"RegionId", "cn-hangzhou"},
                                              {"ImageOwnerAlias", "self"},
                                              {"Status", "Creating,Available"}});
        QVERIFY2(v3.status == 200, v3.raw);
        QVERIFY(v3.body["Images"].toObject()["Image"].toArray().size() >= 3);
    }

    void refusalsCarryTheEnvelopeAndStatus()
    {
        EcsCaller ecs(m_sim.url());
        Answer wrongKey = ecs.v1("GET", "DescribeRegions", {}, -1, "not-the-secret");
        QCOMPARE(wrongKey.status, 400);
        QCOMPARE(wrongKey.body["Code"].toString(), QString("SignatureDoesNotMatch"));
        for (const char *field : {"RequestId", "HostId", "Code", "Message"})
            QVERIFY2(!wrongKey.body[field].toString().isEmpty(), field);

        Answer missing = ecs.v1(
            "POST", "DescribeImages",
            {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-nothere"}, {"Status", "Available"}});
        QCOMPARE(missing.status, 200); // an id that matches nothing lists nothing
        Answer deleted =
            ecs.v1("POST", "DeleteImage", {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-nothere"}});
        QCOMPARE(deleted.status, 404);
        QCOMPARE(deleted.body["Code"].toString(), QString("InvalidImageId.NotFound"));
        Answer region = ecs.v1("GET", "DescribeImages", {{"RegionId", "mars-north-1"}});
        QCOMPARE(region.status, 404);
        QCOMPARE(region.body["Code"].toString(), QString("InvalidRegionId.NotFound"));
        Answer action = ecs.v1("GET", "DescribeSecurityGroups", {{"RegionId", "cn-hangzhou"}});
        QCOMPARE(action.status, 404);
        QCOMPARE(action.body["Code"].toString(), QString("InvalidAction.NotFound"));
        Answer page = ecs.v1("GET", "DescribeImages",
                             {{"RegionId", "cn-hangzhou"}, {"PageSize", "4294967297"}});
        QCOMPARE(page.status, 400);
        QCOMPARE(page.body["Code"].toString(), QString("InvalidParameter"));
        Answer name = ecs.v1(
            "POST", "CreateImage",
            {{"RegionId", "cn-hangzhou"}, {"SnapshotId", "s-nothere"}, {"ImageName", "golden"}});
        QCOMPARE(name.status, 404);
        QCOMPARE(name.body["Code"].toString(), QString("InvalidSnapshotId.NotFound"));
        Answer xml = ecs.v1("GET", "DescribeRegions", {{"Format", "XML"}});
        QCOMPARE(xml.body["Code"].toString(), QString("InvalidParameter"));
    }

    void aUsedSignatureNonceRunsNothing()
    {
        // Issue 16: a captured write sent again is refused with the cloud's code, and not run:
        // the first answer is DeleteImage's own, the second the nonce's.
        EcsCaller ecs(m_sim.url());
        const EcsParamList signedOnce = EcsSignatureV1::sign(
            "POST", "DeleteImage", "2014-05-26",
            {{"RegionId", "cn-hangzhou"}, {"ImageId", "m-nothere"}}, ecs.credentials(),
            QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QByteArray query = EcsSignatureV1::encode(signedOnce);
        const Answer first = ecs.send("POST", query, {}, {});
        QCOMPARE(first.body["Code"].toString(), QString("InvalidImageId.NotFound"));
        const Answer replay = ecs.send("POST", query, {}, {});
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.body["Code"].toString(), QString("SignatureNonceUsed"));
        // A read may be repeated: it changes nothing.
        const EcsParamList readOnce = EcsSignatureV1::sign(
            "GET", "DescribeRegions", "2014-05-26", {}, ecs.credentials(),
            QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(ecs.send("GET", EcsSignatureV1::encode(readOnce), {}, {}).status, 200);
    }

    // TagResources / UntagResources on an image, as the ECS "Tags" API pages document them:
    // tags added, a key's value replaced, tags removed one by one and all at once; every
    // refusal with the documented code and status, and the image's tags untouched by it.
    void imagesAreTaggedAndUntagged()
    {
        EcsCaller ecs(m_sim.url());
        const QString imageId = firstImageId(ecs);
        QVERIFY(!imageId.isEmpty());
        auto call = [&](const char *action, EcsParamList params) {
            params.prepend({"RegionId", "cn-hangzhou"});
            return ecs.v1("POST", action, params);
        };
        const EcsParamList image{{"ResourceType", "image"}, {"ResourceId.1", imageId}};
        // Start from none, whatever the demo world gave it.
        QCOMPARE(call("UntagResources", image + EcsParamList{{"All", "true"}}).status, 200);
        QCOMPARE(tagsOf(ecs, imageId), Tags());

        Answer a = call("TagResources", image + EcsParamList{{"Tag.1.Key", "env"},
                                                             {"Tag.1.Value", "prod"},
                                                             {"Tag.2.Key", "team"},
                                                             {"Tag.2.Value", "web"}});
        QVERIFY2(a.status == 200, a.raw);
        QVERIFY(!a.body["RequestId"].toString().isEmpty());
        QCOMPARE(tagsOf(ecs, imageId), (Tags{{"env", "prod"}, {"team", "web"}}));
        // A key the image has: its value is replaced, nothing added.
        a = call("TagResources",
                 image + EcsParamList{{"Tag.1.Key", "env"}, {"Tag.1.Value", "staging"}});
        QVERIFY2(a.status == 200, a.raw);
        const Tags tagged{{"env", "staging"}, {"team", "web"}};
        QCOMPARE(tagsOf(ecs, imageId), tagged);

        // Refusals: each answered with its documented code and status, and nothing changed.
        EcsParamList nineteen = image;
        for (int i = 1; i <= 19; ++i)
            nineteen += EcsParamList{{QString("Tag.%1.Key").arg(i), QString("k%1").arg(i)},
                                     {QString("Tag.%1.Value").arg(i), "v"}};
        EcsParamList twentyOne = image;
        for (int i = 1; i <= 21; ++i)
            twentyOne += EcsParamList{{QString("Tag.%1.Key").arg(i), QString("k%1").arg(i)}};
        struct Refusal
        {
            const char *action;
            EcsParamList params;
            int status;
            const char *code;
        };
        const QList<Refusal> refusals{
            {"TagResources", nineteen, 400, "OperationDenied.QuotaExceed"}, // 2 + 19 > 20
            {"TagResources", twentyOne, 400, "NumberExceed.Tags"},
            {"TagResources", image + EcsParamList{{"Tag.1.Key", "a"}, {"Tag.2.Key", "a"}}, 400,
             "Duplicate.TagKey"},
            {"TagResources", image + EcsParamList{{"Tag.1.Key", "aliyun:x"}}, 400,
             "InvalidTagKey.Malformed"},
            {"TagResources",
             image + EcsParamList{{"Tag.1.Key", "site"}, {"Tag.1.Value", "https://x"}}, 400,
             "InvalidTagValue.Malformed"},
            {"TagResources", image, 404, "MissingParameter.Tags"},
            {"UntagResources", image, 404, "MissingParameter.Tags"},
            {"TagResources",
             {{"ResourceId.1", imageId}, {"Tag.1.Key", "a"}},
             404,
             "MissingParameter.ResourceType"},
            {"TagResources",
             {{"ResourceType", "bucket"}, {"ResourceId.1", imageId}, {"Tag.1.Key", "a"}},
             404,
             "InvalidResourceType.NotFound"},
            {"TagResources",
             {{"ResourceType", "instance"}, {"ResourceId.1", "i-x"}, {"Tag.1.Key", "a"}},
             403,
             "InvalidResourceId.NotSupported"},
            // One id of two not found: the other is not tagged either.
            {"TagResources",
             image + EcsParamList{{"ResourceId.2", "m-nothere"}, {"Tag.1.Key", "a"}}, 404,
             "InvalidResourceId.NotFound"},
            {"UntagResources",
             {{"ResourceType", "image"}, {"ResourceId.51", imageId}, {"TagKey.1", "env"}},
             400,
             "NumberExceed.ResourceIds"},
        };
        for (const Refusal &r : refusals) {
            const Answer refused = call(r.action, r.params);
            QVERIFY2(refused.status == r.status && refused.body["Code"].toString() == r.code,
                     qPrintable(QString("%1 %2: %3").arg(r.action, r.code, refused.raw)));
            QCOMPARE(tagsOf(ecs, imageId), tagged);
        }

        // Removing a key the image does not have is no error; removing one that it has is.
        a = call("UntagResources",
                 image + EcsParamList{{"TagKey.1", "team"}, {"TagKey.2", "absent"}});
        QVERIFY2(a.status == 200, a.raw);
        QCOMPARE(tagsOf(ecs, imageId), (Tags{{"env", "staging"}}));
        QCOMPARE(call("UntagResources", image + EcsParamList{{"All", "true"}}).status, 200);
        QCOMPARE(tagsOf(ecs, imageId), Tags());
    }

    // DescribeImages' Tag.N.Key / Tag.N.Value: a key alone finds the images with that key, a
    // key and value those with that tag; every Tag.N must match.
    void imagesAreFoundByTheirTags()
    {
        EcsCaller ecs(m_sim.url());
        const QString imageId = firstImageId(ecs);
        const Answer tagged = ecs.v1("POST", "TagResources",
                                     {{"RegionId", "cn-hangzhou"},
                                      {"ResourceType", "image"},
                                      {"ResourceId.1", imageId},
                                      {"Tag.1.Key", "probe"},
                                      {"Tag.1.Value", "one"},
                                      {"Tag.2.Key", "shape"},
                                      {"Tag.2.Value", "round"}});
        QVERIFY2(tagged.status == 200, tagged.raw);
        auto idsFound = [&](const EcsParamList &filters) {
            QStringList ids;
            for (const QJsonValue &v : customImages(ecs, filters))
                ids << v["ImageId"].toString();
            return ids;
        };
        const QStringList only{imageId};
        QCOMPARE(idsFound({{"Tag.1.Key", "probe"}}), only);
        QCOMPARE(idsFound({{"Tag.1.Key", "probe"}, {"Tag.1.Value", "one"}}), only);
        QCOMPARE(
            idsFound({{"Tag.1.Key", "probe"}, {"Tag.2.Key", "shape"}, {"Tag.2.Value", "round"}}),
            only);
        QCOMPARE(idsFound({{"Tag.1.Key", "probe"}, {"Tag.1.Value", "two"}}), QStringList());
        QCOMPARE(idsFound({{"Tag.1.Key", "shape"}, {"Tag.1.Value", "one"}}), QStringList());
        QCOMPARE(idsFound({{"Tag.1.Key", "probe"}, {"Tag.2.Key", "absent"}}), QStringList());
        // TotalCount counts the matches, not the region's images.
        const Answer counted = ecs.v1(
            "POST", "DescribeImages",
            {{"RegionId", "cn-hangzhou"}, {"ImageOwnerAlias", "self"}, {"Tag.1.Key", "probe"}});
        QCOMPARE(counted.body["TotalCount"].toInt(), 1);
        const Answer tooMany = ecs.v1("POST", "DescribeImages",
                                      {{"RegionId", "cn-hangzhou"}, {"Tag.21.Key", "probe"}});
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.body["Code"].toString(), QString("InvalidTagCount"));
        QCOMPARE(ecs.v1("POST", "UntagResources",
                        {{"RegionId", "cn-hangzhou"},
                         {"ResourceType", "image"},
                         {"ResourceId.1", imageId},
                         {"TagKey.1", "probe"},
                         {"TagKey.2", "shape"}})
                     .status,
                 200);
        QCOMPARE(idsFound({{"Tag.1.Key", "probe"}}), QStringList());
    }

    void aRequestOfNoKnownShapeIsToldWhatIsServed()
    {
        EcsCaller ecs(m_sim.url());
        const Answer a = ecs.send("GET", "Action=DescribeRegions&RegionId=cn-hangzhou", {}, {});
        QCOMPARE(a.status, 400);
        QVERIFY2(a.raw.contains("ACS3-HMAC-SHA256") && a.raw.contains("TC3-HMAC-SHA256"), a.raw);
    }

private:
    using Tags = QList<QPair<QString, QString>>;

    static QJsonArray customImages(EcsCaller &ecs, EcsParamList filters = {})
    {
        filters += EcsParamList{{"RegionId", "cn-hangzhou"},
                                {"ImageOwnerAlias", "self"},
                                {"Status", "Creating,Waiting,Available,UnAvailable,CreateFailed"},
                                {"PageSize", "100"}};
        const Answer a = ecs.v1("POST", "DescribeImages", filters);
        return a.body["Images"].toObject()["Image"].toArray();
    }
    static QString firstImageId(EcsCaller &ecs)
    {
        for (const QJsonValue &v : customImages(ecs))
            if (v["Status"].toString() == QLatin1String("Available"))
                return v["ImageId"].toString();
        return {};
    }
    static Tags tagsOf(EcsCaller &ecs, const QString &imageId)
    {
        Tags out;
        for (const QJsonValue &v : customImages(ecs, {{"ImageId", imageId}}))
            for (const QJsonValue &tag : v["Tags"].toObject()["Tag"].toArray())
                out.append({tag["TagKey"].toString(), tag["TagValue"].toString()});
        return out;
    }

    SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestSimServerEcs)
#include "tst_simserverecs.moc"
