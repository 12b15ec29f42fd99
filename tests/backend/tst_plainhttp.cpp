// Signed requests go over HTTPS, or over plain HTTP only to this computer: the rule every
// cloud's transport shares (isSafeApiEndpoint, core/endpointrule.h), checked on all three.

#include "ecstransport.h"
#include "endpointrule.h"
#include "tc3transport.h"
#include "ucloudtransport.h"

#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const Credentials kKey{s("AKIDplain"), s("plain-secret"), {}};

std::unique_ptr<HttpTransport> transportFor(const QString &cloud, const QUrl &endpoint)
{
    if (cloud == QLatin1String("tencent")) {
        Tc3Transport::Options options;
        options.endpoint = endpoint;
        options.credentials = kKey;
        return std::make_unique<Tc3Transport>(options);
    }
    if (cloud == QLatin1String("alibaba")) {
        EcsTransport::Options options;
        options.endpoint = endpoint;
        options.credentials = kKey;
        return std::make_unique<EcsTransport>(options);
    }
    UCloudTransport::Options options;
    options.endpoint = endpoint;
    options.credentials = kKey;
    return std::make_unique<UCloudTransport>(options);
}

RemoteRequest requestFor(const QString &cloud)
{
    RemoteRequest r;
    r.product = cloud == QLatin1String("tencent")   ? Product::Cvm
                : cloud == QLatin1String("alibaba") ? Product::Ecs
                                                    : Product::UHost;
    r.action = cloud == QLatin1String("ucloud") ? s("DescribeImage") : s("DescribeImages");
    r.region = s("cn-hangzhou");
    return r;
}

RemoteAttempt sendAndWait(HttpTransport &transport, const RemoteRequest &request)
{
    std::optional<RemoteAttempt> attempt;
    transport.send(request, [&attempt](RemoteAttempt a) { attempt = std::move(a); });
    // A refused address is answered at once, without a connection; the loopback one reaches
    // the server below. Either way well within the transfer timeout.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(attempt.has_value(), 20000); }();
    return attempt.value_or(RemoteAttempt{});
}

} // namespace

class TestPlainHttp : public QObject
{
    Q_OBJECT

private slots:
    void theRuleItself()
    {
        QVERIFY(isSafeApiEndpoint(QUrl(s("https://ecs.aliyuncs.com/"))));
        QVERIFY(isSafeApiEndpoint(QUrl(s("https://10.0.0.7:8443/"))));
        QVERIFY(isSafeApiEndpoint(QUrl(s("http://127.0.0.1:8080/"))));
        QVERIFY(isSafeApiEndpoint(QUrl(s("http://127.8.9.10/"))));
        QVERIFY(isSafeApiEndpoint(QUrl(s("http://[::1]:8080/"))));
        QVERIFY(isSafeApiEndpoint(QUrl(s("http://localhost:8080/"))));
        QVERIFY(!isSafeApiEndpoint(QUrl(s("http://192.0.2.10:8080/"))));
        QVERIFY(!isSafeApiEndpoint(QUrl(s("http://sim.example.com/"))));
        // A name that merely starts like loopback is not loopback.
        QVERIFY(!isSafeApiEndpoint(QUrl(s("http://127.0.0.1.example.com/"))));
        QVERIFY(!isSafeApiEndpoint(QUrl(s("ftp://127.0.0.1/"))));
        QVERIFY(!isSafeApiEndpoint(QUrl(s("http://127.0.0.256/"))));
        QVERIFY(!isSafeApiEndpoint(QUrl(s("http://[::2]/"))));
    }

    void everyCloudRefusesPlainHttpElsewhere_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::newRow("tencent") << s("tencent");
        QTest::newRow("alibaba") << s("alibaba");
        QTest::newRow("ucloud") << s("ucloud");
    }

    void everyCloudRefusesPlainHttpElsewhere()
    {
        QFETCH(QString, cloud);
        // TEST-NET-1: nothing listens there, and nothing may be sent there.
        auto transport = transportFor(cloud, QUrl(s("http://192.0.2.10:8080")));
        const RemoteAttempt attempt = sendAndWait(*transport, requestFor(cloud));
        QCOMPARE(attempt.kind, RemoteAttempt::Kind::Fatal);
        QCOMPARE(attempt.error.code, ErrorCode::InvalidArgument);
        QVERIFY2(attempt.error.message.contains(s("not an HTTPS address")),
                 qPrintable(attempt.error.message));
        QVERIFY(attempt.error.message.contains(s("192.0.2.10")));
        QVERIFY(!attempt.error.message.contains(kKey.secretKey));
    }

    void everyCloudReachesLoopbackOverPlainHttp_data()
    {
        everyCloudRefusesPlainHttpElsewhere_data();
    }

    void everyCloudReachesLoopbackOverPlainHttp()
    {
        QFETCH(QString, cloud);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        bool connected = false;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            connected = true;
            // Not an API endpoint: close at once. The request did go out.
            while (QTcpSocket *socket = server.nextPendingConnection())
                socket->close();
        });
        auto transport =
            transportFor(cloud, QUrl(s("http://127.0.0.1:%1").arg(server.serverPort())));
        const RemoteAttempt attempt = sendAndWait(*transport, requestFor(cloud));
        QVERIFY(connected);
        QVERIFY2(!attempt.error.message.contains(s("not an HTTPS address")),
                 qPrintable(attempt.error.message));
    }
};

QTEST_GUILESS_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
