// --faults against a real imprint-sim: each fault at rate 1 (seeded) does what it says, and a
// seeded mixed run fails the same requests every time.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "simprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;

class TestSimServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void dropClosesTheConnection();
    void ratelimitAnswersRequestLimitExceeded();
    void faultsStrikeUnrecognisedRequestsToo();
    void http5xxAnswersBadGatewayOrUnavailable();
    void latencyDelaysTheAnswer();
    void seededRunsRepeat();
    void faultsAfterTheActionLoseOnlyTheAnswer();
    void badSpecIsRefused();

private:
    static ApiClient client(const SimProcess &sim)
    {
        return ApiClient(sim.url(), Credentials{SimProcess::secretId, SimProcess::secretKey, {}});
    }
    // The outcome of `count` DescribeImageQuota calls: "ok", a code, or "net<error>".
    static QStringList outcomes(const SimProcess &sim, int count);
};

QStringList TestSimServerFaults::outcomes(const SimProcess &sim, int count)
{
    ApiClient c = client(sim);
    QStringList out;
    for (int n = 0; n < count; ++n) {
        const ApiAnswer a = c.call("cvm", "DescribeImageQuota");
        if (a.httpStatus == 0)
            out << QStringLiteral("net");
        else if (a.httpStatus != 200)
            out << QString::number(a.httpStatus);
        else
            out << (a.code.isEmpty() ? QStringLiteral("ok") : a.code);
    }
    return out;
}

void TestSimServerFaults::dropClosesTheConnection()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--faults"), QStringLiteral("drop=1.0"),
                        QStringLiteral("--faults-seed"), QStringLiteral("7")}),
             qPrintable(sim.error()));
    ApiClient c = client(sim);
    const ApiAnswer a = c.call("cvm", "DescribeImageQuota");
    QVERIFY2(a.error == QNetworkReply::RemoteHostClosedError, a.describe());
    QCOMPARE(a.httpStatus, 0);
    QVERIFY(a.body.isEmpty());
}

void TestSimServerFaults::ratelimitAnswersRequestLimitExceeded()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--faults"), QStringLiteral("ratelimit=1.0"),
                        QStringLiteral("--faults-seed"), QStringLiteral("7")}),
             qPrintable(sim.error()));
    ApiClient c = client(sim);
    const ApiAnswer a = c.call("cvm", "DescribeImageQuota");
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code, QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(a.requestId.size(), 36);
}

void TestSimServerFaults::faultsStrikeUnrecognisedRequestsToo()
{
    // Faults are rolled per request before the protocol is known: a request no gateway
    // recognises is throttled like any other, in a protocol-neutral answer.
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--faults"), QStringLiteral("ratelimit=1.0"),
                        QStringLiteral("--faults-seed"), QStringLiteral("7")}),
             qPrintable(sim.error()));
    ApiClient c = client(sim);
    const ApiAnswer a = c.send(HttpHeaders{{"Content-Type", "application/json"}}, "{}");
    QCOMPARE(a.httpStatus, 429);
    QVERIFY2(a.body.contains("RequestLimitExceeded"), a.body.constData());
}

void TestSimServerFaults::http5xxAnswersBadGatewayOrUnavailable()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--faults"), QStringLiteral("http5xx=1.0"),
                        QStringLiteral("--faults-seed"), QStringLiteral("7")}),
             qPrintable(sim.error()));
    const QStringList seen = outcomes(sim, 8);
    for (const QString &o : seen)
        QVERIFY2(o == QLatin1String("502") || o == QLatin1String("503"),
                 qPrintable(seen.join(QLatin1Char(' '))));
}

void TestSimServerFaults::latencyDelaysTheAnswer()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--faults"), QStringLiteral("latency=300ms:1")}),
             qPrintable(sim.error()));
    ApiClient c = client(sim);
    QElapsedTimer timer;
    timer.start();
    const ApiAnswer a = c.call("cvm", "DescribeImageQuota");
    QVERIFY2(a.ok(), a.describe());
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
}

void TestSimServerFaults::seededRunsRepeat()
{
    const QStringList arguments{QStringLiteral("--faults"),
                                QStringLiteral("ratelimit=0.3,http5xx=0.3"),
                                QStringLiteral("--faults-seed"), QStringLiteral("42")};
    QStringList runs[2];
    for (QStringList &run : runs) {
        SimProcess sim;
        QVERIFY2(sim.start(arguments), qPrintable(sim.error()));
        run = outcomes(sim, 16);
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY2(runs[0].contains(QStringLiteral("ok")), qPrintable(runs[0].join(QLatin1Char(' '))));
    QVERIFY2(runs[0].contains(QStringLiteral("RequestLimitExceeded")),
             qPrintable(runs[0].join(QLatin1Char(' '))));
}

void TestSimServerFaults::faultsAfterTheActionLoseOnlyTheAnswer()
{
    // Every launch is answered 502 or 503, yet some of them ran: the fault came after the action.
    // A client that retries must therefore send a ClientToken. (Not RequestLimitExceeded: that
    // one means "not executed" and always strikes before the action.)
    QTemporaryDir dir;
    const int launches = 10;
    QJsonArray names;
    for (int n = 1; n <= launches; ++n)
        names.append(QStringLiteral("lost-answer-%1").arg(n));
    SimProcess plain;
    QVERIFY2(plain.start({}, dir.path()), qPrintable(plain.error()));
    const QString imageId = servertest::text(
        servertest::first(
            client(plain).call("cvm", "DescribeImages",
                               servertest::filterBody(QStringLiteral("image-name"),
                                                      QStringLiteral("api-gateway-golden"))),
            "ImageSet"),
        "ImageId");
    QVERIFY(!imageId.isEmpty());
    plain.stop();

    SimProcess faulty;
    QVERIFY2(faulty.start({QStringLiteral("--faults"), QStringLiteral("http5xx=1"),
                           QStringLiteral("--faults-seed"), QStringLiteral("7")},
                          dir.path()),
             qPrintable(faulty.error()));
    ApiClient c = client(faulty);
    for (const QJsonValue &name : std::as_const(names)) {
        const ApiAnswer a =
            c.call("cvm", "RunInstances",
                   {{QStringLiteral("Placement"),
                     QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                    {QStringLiteral("ImageId"), imageId},
                    {QStringLiteral("InstanceType"), QStringLiteral("S5.MEDIUM4")},
                    {QStringLiteral("InstanceName"), name.toString()}});
        QVERIFY2(a.httpStatus == 502 || a.httpStatus == 503, a.describe().constData());
    }
    faulty.stop();

    QVERIFY2(plain.start({}, dir.path()), qPrintable(plain.error()));
    const ApiAnswer found =
        client(plain).call("cvm", "DescribeInstances", {{QStringLiteral("Limit"), 100}});
    QVERIFY2(found.ok(), found.describe());
    int ran = 0;
    for (const QJsonValue &i : servertest::set(found, "InstanceSet"))
        ran += names.contains(i.toObject().value(QLatin1String("InstanceName")));
    QVERIFY2(ran > 0 && ran < launches, qPrintable(QString::number(ran)));
}

void TestSimServerFaults::badSpecIsRefused()
{
    SimProcess sim;
    QVERIFY(!sim.start({QStringLiteral("--faults"), QStringLiteral("drop=2")}));
    QVERIFY2(sim.error().contains(QLatin1String("from 0 to 1")), qPrintable(sim.error()));
}

QTEST_GUILESS_MAIN(TestSimServerFaults)
#include "tst_simserverfaults.moc"
