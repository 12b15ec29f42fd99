// ProtocolMultiplexer in-process, with stand-in gateways: a request goes to the first gateway
// that recognises it, one that none recognises gets a message naming every protocol, and the
// fault answers (not run, throttled) come in the recognising protocol's envelope.

#include "protocolmultiplexer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint;

namespace {

// Recognises requests that carry its marker header; answers with its name as the body.
class StandInGateway : public WireGateway
{
public:
    StandInGateway(QByteArray marker, QString name)
        : m_marker(std::move(marker))
        , m_name(std::move(name))
    {}

    QString protocolName() const override { return m_name; }
    QString requestShape() const override { return m_name + QStringLiteral(" wants ") + m_marker; }
    bool recognises(const ReceivedRequest &request) const override
    {
        return request.headers.contains(m_marker);
    }
    ApiReply handle(const ReceivedRequest &, qint64) override
    {
        ++handled;
        ApiReply reply;
        reply.body = m_name.toUtf8();
        reply.outcome = QStringLiteral("OK");
        return reply;
    }
    ApiReply notRun(const ReceivedRequest &) const override
    {
        ApiReply reply;
        reply.service = m_name;
        reply.outcome = QStringLiteral("not run");
        return reply;
    }
    ApiReply throttled() const override
    {
        ApiReply reply;
        reply.body = m_name.toUtf8() + " is busy";
        reply.outcome = QStringLiteral("Throttled");
        return reply;
    }

    int handled = 0;

private:
    QByteArray m_marker;
    QString m_name;
};

ReceivedRequest requestWith(const QByteArray &header)
{
    ReceivedRequest r;
    r.headers.append("Content-Type", "application/json");
    if (!header.isEmpty())
        r.headers.append(header, "1");
    r.body = "{}";
    return r;
}

} // namespace

class TestProtocolMultiplexer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstRecognisingGatewayAnswers();
    void unrecognisedRequestNamesEveryProtocol();
    void faultAnswersUseTheRequestsProtocol();
    void unrecognisedRequestsAreThrottledToo();
    void formParametersComeFromQueryAndFormBody();
    void hasParameterLooksIntoJsonBodies();

private:
    ProtocolMultiplexer m_mux;
    StandInGateway *m_alpha = nullptr;
    StandInGateway *m_beta = nullptr;
};

void TestProtocolMultiplexer::init()
{
    m_mux = ProtocolMultiplexer();
    auto alpha = std::make_unique<StandInGateway>("X-Alpha", QStringLiteral("Alpha API"));
    auto beta = std::make_unique<StandInGateway>("X-Beta", QStringLiteral("Beta API"));
    m_alpha = alpha.get();
    m_beta = beta.get();
    m_mux.add(std::move(alpha));
    m_mux.add(std::move(beta));
}

void TestProtocolMultiplexer::firstRecognisingGatewayAnswers()
{
    QCOMPARE(m_mux.handle(requestWith("X-Beta"), 0).body, QByteArray("Beta API"));
    QCOMPARE(m_beta->handled, 1);
    QCOMPARE(m_alpha->handled, 0);
    // Both recognise it: registration order decides.
    ReceivedRequest both = requestWith("X-Alpha");
    both.headers.append("X-Beta", "1");
    QCOMPARE(m_mux.route(both), m_alpha);
    QCOMPARE(m_mux.protocolNames(), QStringList({"Alpha API", "Beta API"}));
}

void TestProtocolMultiplexer::unrecognisedRequestNamesEveryProtocol()
{
    const ApiReply reply = m_mux.handle(requestWith({}), 0);
    QCOMPARE(m_alpha->handled + m_beta->handled, 0);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QCOMPARE(reply.outcome, QStringLiteral("UnsupportedProtocol"));
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("UnsupportedProtocol"));
    QCOMPARE(body.value(QLatin1String("RequestId")).toString().size(), 36);
    const QString message = body.value(QLatin1String("Message")).toString();
    QVERIFY2(message.contains(QLatin1String("Alpha API wants X-Alpha")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Beta API wants X-Beta")), qPrintable(message));
}

void TestProtocolMultiplexer::faultAnswersUseTheRequestsProtocol()
{
    QCOMPARE(m_mux.notRun(requestWith("X-Beta")).service, QStringLiteral("Beta API"));
    QCOMPARE(m_mux.throttled(requestWith("X-Alpha")).body, QByteArray("Alpha API is busy"));
    QCOMPARE(m_alpha->handled + m_beta->handled, 0);
}

void TestProtocolMultiplexer::unrecognisedRequestsAreThrottledToo()
{
    const ApiReply reply = m_mux.throttled(requestWith({}));
    QCOMPARE(reply.httpStatus, 429);
    QCOMPARE(reply.outcome, QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(m_mux.notRun(requestWith({})).outcome, QStringLiteral("not run"));
}

void TestProtocolMultiplexer::formParametersComeFromQueryAndFormBody()
{
    ReceivedRequest r;
    r.query = "Action=DescribeImages&RegionId=cn-hangzhou";
    r.headers.append("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    r.body = "Signature=a%2Bb%3D&ImageName=two+words";
    const QList<QPair<QString, QString>> expected{{"Action", "DescribeImages"},
                                                  {"RegionId", "cn-hangzhou"},
                                                  {"Signature", "a+b="},
                                                  {"ImageName", "two words"}};
    QCOMPARE(r.formParameters(), expected);
    QVERIFY(r.hasParameter(QStringLiteral("Signature")));
    QVERIFY(!r.hasParameter(QStringLiteral("PublicKey")));
    // The same body sent as JSON is not a form: its bytes are not parameters.
    r.headers.set("Content-Type", "application/json");
    QVERIFY(!r.hasParameter(QStringLiteral("Signature")));
}

void TestProtocolMultiplexer::hasParameterLooksIntoJsonBodies()
{
    ReceivedRequest r;
    r.headers.append("Content-Type", "application/json");
    r.body = R"({"PublicKey":"pk","Signature":"s","Nested":{"Inner":1}})";
    QVERIFY(r.hasParameter(QStringLiteral("PublicKey")));
    QVERIFY(!r.hasParameter(QStringLiteral("Inner")));
    r.body = "[1,2]";
    QVERIFY(!r.hasParameter(QStringLiteral("PublicKey")));
}

QTEST_GUILESS_MAIN(TestProtocolMultiplexer)
#include "tst_protocolmultiplexer.moc"
