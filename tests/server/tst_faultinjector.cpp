// --faults: the spec's grammar and refusals, and the injector's rates, determinism and the
// before/after split.

#include "faultinjector.h"

#include <QTest>

using namespace imprint;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample();
    void parsesVariants_data();
    void parsesVariants();
    void refusesMalformedSpecs_data();
    void refusesMalformedSpecs();
    void emptySpecInjectsNothing();
    void rateOneAlwaysStrikes();
    void ratesAreHonoured();
    void sameSeedSameFates();
};

void TestFaultInjector::parsesTheDocumentedExample()
{
    QString error;
    const auto spec = FaultSpec::parse(
        QStringLiteral("latency=200ms:0.3,drop=0.2,http5xx=0.05,ratelimit=0.1"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->latencyMs, 200);
    QCOMPARE(spec->latencyRate, 0.3);
    QCOMPARE(spec->dropRate, 0.2);
    QCOMPARE(spec->http5xxRate, 0.05);
    QCOMPARE(spec->rateLimitRate, 0.1);
    QCOMPARE(spec->toString(),
             QStringLiteral("latency=200ms:0.3,drop=0.2,http5xx=0.05,ratelimit=0.1"));
}

void TestFaultInjector::parsesVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<double>("latencyRate");
    QTest::newRow("seconds, no rate") << "latency=2s" << 2000 << 1.0;
    QTest::newRow("bare milliseconds") << "latency=150:0.5" << 150 << 0.5;
    QTest::newRow("spaces") << " latency = 10ms:1 , drop = 0 " << 10 << 1.0;
    QTest::newRow("empty") << "" << 0 << 0.0;
}

void TestFaultInjector::parsesVariants()
{
    QFETCH(QString, text);
    QFETCH(int, latencyMs);
    QFETCH(double, latencyRate);
    QString error;
    const auto spec = FaultSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->latencyMs, latencyMs);
    QCOMPARE(spec->latencyRate, latencyRate);
}

void TestFaultInjector::refusesMalformedSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("rate above 1") << "drop=1.5"
                                  << "from 0 to 1";
    QTest::newRow("negative rate") << "ratelimit=-0.1"
                                   << "from 0 to 1";
    QTest::newRow("not a number") << "http5xx=often"
                                  << "from 0 to 1";
    QTest::newRow("unknown fault") << "flood=0.5"
                                   << "unknown fault";
    QTest::newRow("no value") << "drop"
                              << "name=value";
    QTest::newRow("bad duration") << "latency=fast"
                                  << "latency";
    QTest::newRow("sum above 1") << "drop=0.6,ratelimit=0.6"
                                 << "add up";
}

void TestFaultInjector::refusesMalformedSpecs()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!FaultSpec::parse(text, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestFaultInjector::emptySpecInjectsNothing()
{
    FaultInjector injector(FaultSpec(), 1);
    for (int n = 0; n < 100; ++n) {
        const FaultPlan plan = injector.next();
        QCOMPARE(plan.kind, FaultPlan::Kind::None);
        QCOMPARE(plan.delayMs, 0);
    }
}

void TestFaultInjector::rateOneAlwaysStrikes()
{
    FaultSpec spec;
    spec.dropRate = 1.0;
    spec.latencyMs = 50;
    spec.latencyRate = 1.0;
    FaultInjector injector(spec, 3);
    int before = 0;
    for (int n = 0; n < 200; ++n) {
        const FaultPlan plan = injector.next();
        QCOMPARE(plan.kind, FaultPlan::Kind::Drop);
        QCOMPARE(plan.delayMs, 50);
        before += plan.timing == FaultPlan::Timing::BeforeAction ? 1 : 0;
    }
    // Half before the action, half after it (answer lost), give or take chance.
    QVERIFY2(before > 70 && before < 130, qPrintable(QString::number(before)));
}

void TestFaultInjector::ratesAreHonoured()
{
    FaultSpec spec;
    spec.dropRate = 0.2;
    spec.http5xxRate = 0.1;
    spec.rateLimitRate = 0.3;
    FaultInjector injector(spec, 99);
    int drop = 0, http = 0, limit = 0, status502 = 0;
    const int n = 10000;
    for (int i = 0; i < n; ++i) {
        const FaultPlan plan = injector.next();
        drop += plan.kind == FaultPlan::Kind::Drop;
        limit += plan.kind == FaultPlan::Kind::RateLimit;
        // RequestLimitExceeded means "not executed": never after the action ran.
        if (plan.kind == FaultPlan::Kind::RateLimit)
            QCOMPARE(plan.timing, FaultPlan::Timing::BeforeAction);
        if (plan.kind == FaultPlan::Kind::Http5xx) {
            ++http;
            QVERIFY(plan.httpStatus == 502 || plan.httpStatus == 503);
            status502 += plan.httpStatus == 502;
        }
    }
    QVERIFY2(qAbs(drop - 2000) < 250, qPrintable(QString::number(drop)));
    QVERIFY2(qAbs(http - 1000) < 200, qPrintable(QString::number(http)));
    QVERIFY2(qAbs(limit - 3000) < 300, qPrintable(QString::number(limit)));
    QVERIFY(status502 > 0 && status502 < http);
}

void TestFaultInjector::sameSeedSameFates()
{
    FaultSpec spec;
    spec.dropRate = 0.25;
    spec.rateLimitRate = 0.25;
    spec.latencyMs = 10;
    spec.latencyRate = 0.5;
    FaultInjector a(spec, 1234567890123ull), b(spec, 1234567890123ull), c(spec, 1234567890124ull);
    bool differs = false;
    for (int n = 0; n < 200; ++n) {
        const FaultPlan pa = a.next(), pb = b.next(), pc = c.next();
        QCOMPARE(pa.kind, pb.kind);
        QCOMPARE(pa.timing, pb.timing);
        QCOMPARE(pa.delayMs, pb.delayMs);
        differs = differs || pa.kind != pc.kind || pa.delayMs != pc.delayMs;
    }
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
