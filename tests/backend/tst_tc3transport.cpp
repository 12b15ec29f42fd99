#include "fakecloudserver.h"
#include "remotecaller.h"
#include "tc3transport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

#include <optional>

using namespace imprint;

namespace {

// Every message Qt or we log while a test runs, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

Credentials testCredentials()
{
    return {
        QLatin1String(FakeCloudServer::secretId), QLatin1String(FakeCloudServer::secretKey), {}};
}

// The TC3 transport under the caller every cloud shares: what the backend uses to reach
// Tencent Cloud, built the way TencentCloudBackend builds it.
class Tc3Client : public RemoteCaller
{
public:
    struct Options
    {
        Tc3Transport::Options transport;
        RemoteCaller::Options calls;
    };
    explicit Tc3Client(const Options &options)
        : RemoteCaller(std::make_unique<Tc3Transport>(options.transport), options.calls)
    {}
};

} // namespace

// Tc3Transport and RemoteCaller against an in-test server: signing, retries with back-off, giving
// up, error mapping, reconciliation of calls whose answer was lost, and no secret in any log.
class TestTc3Transport : public QObject
{
    Q_OBJECT

private:
    FakeCloudServer m_server;

    Tc3Client::Options options() const
    {
        Tc3Client::Options o;
        o.transport.endpoint = m_server.url();
        o.transport.credentials = testCredentials();
        o.transport.transferTimeoutMs = 2000;
        o.calls.retry.maxAttempts = 5;
        o.calls.retry.baseDelayMs = 10;
        o.calls.retry.maxDelayMs = 40;
        o.calls.randomSeed = 7;
        return o;
    }

    // Calls and spins the event loop until the answer; the client lives in this thread.
    static Result<QJsonObject> call(Tc3Client &client, RemoteRequest request, int timeoutMs = 20000)
    {
        std::optional<Result<QJsonObject>> answer;
        client.call(std::move(request), [&answer](Result<QJsonObject> r) { answer = r; });
        QElapsedTimer timer;
        timer.start();
        while (!answer && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!answer)
            return Error(ErrorCode::Timeout, QStringLiteral("test: no answer (a hang)"));
        return *answer;
    }

    static RemoteRequest request(const QString &action, QJsonObject body = {})
    {
        RemoteRequest r;
        r.product = Product::Cvm;
        r.action = action;
        r.region = QStringLiteral("ap-shanghai");
        r.body = std::move(body);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        g_previousHandler = qInstallMessageHandler(captureMessage);
        // Every category at every level: Qt's own network logging included.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void cleanupTestCase()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previousHandler);
        // Nothing anyone logged carries the key, a signature or the Authorization header.
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "the client should have logged its calls at debug level");
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QLatin1String(FakeCloudServer::secretKey)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("Authorization"), Qt::CaseInsensitive),
                     qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("TC3-HMAC")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("Signature=")), qPrintable(line));
        }
    }

    void init() { m_server.clear(); }

    void signedRequestReachesTheServer()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int) {
            return FakeCloudServer::Reply::ok({{QStringLiteral("TotalCount"), 0}});
        });
        Tc3Client client(options());
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeZones")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().value(QStringLiteral("TotalCount")).toInt(), 0);
        QCOMPARE(m_server.requests().size(), 1);
        const FakeCloudServer::Request &got = m_server.requests().first();
        QVERIFY2(got.verification.ok(), qPrintable(got.verification.message));
        // The Host sent is the one signed: the URL's authority, port included.
        QCOMPARE(got.raw.headers.value("Host"),
                 QByteArray("127.0.0.1:") + QByteArray::number(m_server.url().port()));
        QCOMPARE(got.verification.service, QStringLiteral("cvm"));
        QCOMPARE(got.region, QStringLiteral("ap-shanghai"));
        QCOMPARE(got.raw.headers.value("X-TC-Version"), QByteArray("2017-03-12"));
        // Issue 16: what the request does and where is signed, not only content-type and host.
        QCOMPARE(
            got.verification.signedHeaders,
            QByteArrayList({"content-type", "host", "x-tc-action", "x-tc-region", "x-tc-version"}));
    }

    void regionlessCallsUseTheDefaultRegion()
    {
        m_server.setHandler(
            [](const FakeCloudServer::Request &, int) { return FakeCloudServer::Reply::ok(); });
        Tc3Client client(options());
        RemoteRequest r = request(QStringLiteral("DescribeRegions"));
        r.region.clear();
        r.product = Product::Lighthouse;
        QVERIFY(call(client, r).ok());
        QCOMPARE(m_server.requests().first().region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(m_server.requests().first().verification.service, QStringLiteral("lighthouse"));
    }

    void retriesHttp503UntilSuccess()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int n) {
            return n < 2 ? FakeCloudServer::Reply::http(503) : FakeCloudServer::Reply::ok();
        });
        Tc3Client client(options());
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 3);
        QVERIFY(m_server.allAuthentic());
    }

    void retriesRequestLimitExceededUntilSuccess()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int n) {
            return n < 3 ? FakeCloudServer::Reply::error(
                               QStringLiteral("RequestLimitExceeded.UinLimitExceeded"),
                               QStringLiteral("Your request rate exceeds the limit."))
                         : FakeCloudServer::Reply::ok();
        });
        Tc3Client client(options());
        QVERIFY(call(client, request(QStringLiteral("DescribeImages"))).ok());
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 4);
    }

    void retriesDroppedConnectionsUntilSuccess()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int n) {
            return n < 4 ? FakeCloudServer::Reply::drop() : FakeCloudServer::Reply::ok();
        });
        Tc3Client client(options());
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 5);
    }

    void givesUpAfterMaxAttemptsWithAVisibleError()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int) {
            return FakeCloudServer::Reply::http(503);
        });
        Tc3Client client(options());
        QSignalSpy connection(&client, &RemoteCaller::connectionStateChanged);
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 5);
        QCOMPARE(r.error().code, ErrorCode::RemoteError);
        QVERIFY2(r.error().message.startsWith(QLatin1String("Gave up after 5 attempts:")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("HTTP 503")),
                 qPrintable(r.error().message));
        // A server that answers, even badly, is not a lost connection.
        QCOMPARE(connection.size(), 0);
    }

    void givesUpOnAServerThatAlwaysDrops()
    {
        m_server.setHandler(
            [](const FakeCloudServer::Request &, int) { return FakeCloudServer::Reply::drop(); });
        Tc3Client client(options());
        QSignalSpy connection(&client, &RemoteCaller::connectionStateChanged);
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.startsWith(QLatin1String("Gave up after 5 attempts:")),
                 qPrintable(r.error().message));
        // Qt may resend a request itself once the connection closes unanswered; our attempts
        // are bounded all the same.
        QVERIFY(m_server.count(QStringLiteral("DescribeImages")) >= 5);
        QVERIFY(m_server.count(QStringLiteral("DescribeImages")) <= 15);
        QCOMPARE(connection.size(), 1);
        QCOMPARE(connection.first().at(0).toBool(), false);

        // The next answer restores the connection state.
        m_server.setHandler(
            [](const FakeCloudServer::Request &, int) { return FakeCloudServer::Reply::ok(); });
        QVERIFY(call(client, request(QStringLiteral("DescribeImages"))).ok());
        QCOMPARE(connection.size(), 2);
        QCOMPARE(connection.last().at(0).toBool(), true);
    }

    void refusalOfOurOwnResentWriteIsReconciled()
    {
        // When a connection closes before the answer, QNetworkAccessManager itself may send
        // the request again, unseen by the retry logic; the copy is then refused because the
        // first one took effect ("the name is taken"). Reconciling refusals too turns that
        // into the success it is, whether or not Qt resent.
        m_server.setHandler([](const FakeCloudServer::Request &r, int n) {
            if (r.action != QStringLiteral("CreateImage"))
                return FakeCloudServer::Reply::ok();
            if (n == 0)
                return FakeCloudServer::Reply::drop(); // carried out, answer lost
            return FakeCloudServer::Reply::error(QStringLiteral("InvalidImageName.Duplicate"),
                                                 QStringLiteral("The name is taken."));
        });
        Tc3Client client(options());
        QVERIFY(call(client, request(QStringLiteral("DescribeZones"))).ok()); // keep-alive
        RemoteRequest write = request(QStringLiteral("CreateImage"));
        QList<ErrorCode> reconciled;
        write.reconcile = [&reconciled](const Error &failure,
                                        std::function<void(Reconciliation)> done) {
            reconciled << failure.code;
            done(Reconciliation::adopt(
                {{QStringLiteral("ImageId"), QStringLiteral("img-made-once")}}));
        };
        const Result<QJsonObject> answer = call(client, write);
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.value().value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-made-once"));
        QCOMPARE(reconciled.size(), 1);
        QVERIFY(reconciled.first() == ErrorCode::DuplicateName ||
                reconciled.first() == ErrorCode::Network);
    }

    void timesOutAServerThatNeverAnswers()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int) {
            return FakeCloudServer::Reply::silence();
        });
        Tc3Client::Options o = options();
        o.transport.transferTimeoutMs = 200;
        o.calls.retry.maxAttempts = 2;
        Tc3Client client(o);
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY2(r.error().message.contains(QLatin1String("did not answer")),
                 qPrintable(r.error().message));
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Tc3Client::Options o = options();
        o.transport.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        o.calls.retry.maxAttempts = 2;
        Tc3Client client(o);
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("Could not connect")),
                 qPrintable(r.error().message));
    }

    void refusalsCarryCodeRequestIdAndASentence()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int) {
            return FakeCloudServer::Reply::error(
                QStringLiteral("InvalidImageName.Duplicate"),
                QStringLiteral("An image named web already exists in ap-shanghai; choose "
                               "another name"),
                QStringLiteral("b5b41468-520d-4192-b42f-595cc34b6c1c"));
        });
        Tc3Client client(options());
        const Result<QJsonObject> r = call(client, request(QStringLiteral("CreateImage")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DuplicateName);
        QCOMPARE(r.error().remoteCode, QStringLiteral("InvalidImageName.Duplicate"));
        QCOMPARE(r.error().requestId, QStringLiteral("b5b41468-520d-4192-b42f-595cc34b6c1c"));
        QVERIFY(r.error().message.endsWith(QLatin1Char('.')));
        // A refusal is final: not retried.
        QCOMPARE(m_server.count(QStringLiteral("CreateImage")), 1);
    }

    void authFailuresSayWhatToCheck()
    {
        Tc3Client::Options o = options();
        o.transport.credentials.secretKey = QStringLiteral("wrong-key");
        Tc3Client client(o);
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().remoteCode, QStringLiteral("AuthFailure.SignatureFailure"));
        QVERIFY(!r.error().requestId.isEmpty());
        QVERIFY2(r.error().message.contains(QLatin1String("SecretKey")),
                 qPrintable(r.error().message));
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 1);
    }

    void missingCredentialsFailBeforeSending()
    {
        Tc3Client::Options o = options();
        o.transport.credentials = {};
        Tc3Client client(o);
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void notAnApiServerIsFatal()
    {
        m_server.setHandler([](const FakeCloudServer::Request &, int) {
            return FakeCloudServer::Reply::http(200, "<html>captive portal</html>");
        });
        Tc3Client client(options());
        const Result<QJsonObject> r = call(client, request(QStringLiteral("DescribeImages")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::RemoteError);
        QCOMPARE(m_server.count(QStringLiteral("DescribeImages")), 1);
    }

    void lostAnswerIsReconciledBeforeRetrying()
    {
        // The server carries out every CreateImage but the connection always drops: the
        // reconciliation finds the image and adopts it instead of creating another.
        m_server.setHandler(
            [](const FakeCloudServer::Request &, int) { return FakeCloudServer::Reply::drop(); });
        Tc3Client client(options());
        int asked = 0;
        RemoteRequest r = request(QStringLiteral("CreateImage"));
        r.reconcile = [&asked](const Error &failure, std::function<void(Reconciliation)> done) {
            ++asked;
            QCOMPARE(failure.code, ErrorCode::Network);
            done(Reconciliation::adopt({{QStringLiteral("ImageId"), QStringLiteral("img-1")}}));
        };
        const Result<QJsonObject> answer = call(client, r);
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.value().value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-1"));
        QCOMPARE(asked, 1);
    }

    void reconciliationCanNarrowTheRetry()
    {
        // The refusal of a repeated DeleteImages ("already gone") is reconciled: retry with
        // what is left.
        m_server.setHandler([](const FakeCloudServer::Request &req, int) {
            const QJsonArray ids = req.body.value(QStringLiteral("ImageIds")).toArray();
            if (ids.contains(QStringLiteral("img-gone")))
                return FakeCloudServer::Reply::error(QStringLiteral("InvalidImageId.NotFound"),
                                                     QStringLiteral("No image img-gone."));
            return FakeCloudServer::Reply::ok();
        });
        Tc3Client client(options());
        RemoteRequest r =
            request(QStringLiteral("DeleteImages"),
                    {{QStringLiteral("ImageIds"),
                      QJsonArray{QStringLiteral("img-gone"), QStringLiteral("img-left")}}});
        r.reconcile = [](const Error &, std::function<void(Reconciliation)> done) {
            done(Reconciliation::proceed(
                QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-left")}}}));
        };
        QVERIFY(call(client, r).ok());
        QCOMPARE(m_server.count(QStringLiteral("DeleteImages")), 2);
    }

    void failedReconciliationIsReportedNotRetried()
    {
        m_server.setHandler(
            [](const FakeCloudServer::Request &, int) { return FakeCloudServer::Reply::drop(); });
        Tc3Client client(options());
        RemoteRequest r = request(QStringLiteral("CreateImage"));
        r.reconcile = [](const Error &, std::function<void(Reconciliation)> done) {
            done(Reconciliation::fail(
                Error(ErrorCode::Network, QStringLiteral("Could not check."))));
        };
        const Result<QJsonObject> answer = call(client, r);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().message, QStringLiteral("Could not check."));
    }

    void backOffGrowsAndStaysBounded()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator random(1);
        for (int round = 0; round < 50; ++round) {
            const int first = policy.delayMs(1, random);
            QVERIFY(first >= 50 && first <= 100);
            const int third = policy.delayMs(3, random);
            QVERIFY(third >= 200 && third <= 400);
            const int late = policy.delayMs(30, random);
            QVERIFY(late >= 500 && late <= 1000);
        }
        QVERIFY(policy.canRetry(4));
        QVERIFY(!policy.canRetry(5));
    }
};

QTEST_GUILESS_MAIN(TestTc3Transport)
#include "tst_tc3transport.moc"
