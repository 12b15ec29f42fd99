// imprint-sim's command line: --listen, the key pair's sources and their order, and the
// sentences it refuses with.

#include "simserveroptions.h"

#include <QTest>

using namespace imprint;

class TestSimServerOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void listenForms_data();
    void listenForms();
    void keyPairSources();
    void refusesToStartWithoutAKeyPair();
    void refusals_data();
    void refusals();
    void beyondLoopbackNeedsAFlagAndSignedActions();

private:
    static SimServerOptions::Outcome parse(const QStringList &args, const QProcessEnvironment &env,
                                           SimServerOptions *o, QString *text)
    {
        int code = 0;
        return SimServerOptions::parse(QStringList{QStringLiteral("imprint-sim")} + args, env, o,
                                       text, &code);
    }
    static QProcessEnvironment keys()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("IMPRINT_SIM_SECRET_ID"), QStringLiteral("AKIDenv"));
        env.insert(QStringLiteral("IMPRINT_SIM_SECRET_KEY"), QStringLiteral("env-key"));
        return env;
    }
};

void TestSimServerOptions::defaults()
{
    SimServerOptions o;
    QString text;
    QCOMPARE(parse({}, keys(), &o, &text), SimServerOptions::Outcome::Run);
    QCOMPARE(o.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(o.port, quint16(8080));
    QCOMPARE(o.simSpeed, 60.0);
    QVERIFY(o.faults.isEmpty());
    QVERIFY(!o.faultsSeed);
    QVERIFY(o.databasePath().endsWith(QLatin1String("Imprint/imprint/simulator.sqlite")));
}

void TestSimServerOptions::listenForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("localhost") << "localhost:9000" << true << "127.0.0.1" << 9000;
    QTest::newRow("ipv6") << "[::1]:8443" << true << "::1" << 8443;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
    QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0;
    QTest::newRow("bare ipv6") << "::1:80" << false << "" << 0;
    QTest::newRow("host name") << "example:80" << false << "" << 0;
}

void TestSimServerOptions::listenForms()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress a;
    quint16 p = 1;
    QCOMPARE(SimServerOptions::parseListen(text, &a, &p), valid);
    if (valid) {
        QCOMPARE(a, QHostAddress(address));
        QCOMPARE(int(p), port);
    }
}

void TestSimServerOptions::keyPairSources()
{
    SimServerOptions o;
    QString text;
    // Command line first.
    QCOMPARE(parse({QStringLiteral("--secret-id"), QStringLiteral("AKIDcli"),
                    QStringLiteral("--secret-key"), QStringLiteral("cli-key")},
                   keys(), &o, &text),
             SimServerOptions::Outcome::Run);
    QCOMPARE(o.credentials.secretId, QStringLiteral("AKIDcli"));
    QCOMPARE(o.credentials.secretKey, QStringLiteral("cli-key"));
    // Then IMPRINT_SIM_*, ahead of TENCENTCLOUD_*.
    QProcessEnvironment both = keys();
    both.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDtc"));
    both.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("tc-key"));
    QCOMPARE(parse({}, both, &o, &text), SimServerOptions::Outcome::Run);
    QCOMPARE(o.credentials.secretId, QStringLiteral("AKIDenv"));
    // Then the SDKs' usual variables.
    QProcessEnvironment tencent;
    tencent.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDtc"));
    tencent.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("tc-key"));
    QCOMPARE(parse({}, tencent, &o, &text), SimServerOptions::Outcome::Run);
    QCOMPARE(o.credentials.secretId, QStringLiteral("AKIDtc"));
    QCOMPARE(o.credentials.secretKey, QStringLiteral("tc-key"));
}

void TestSimServerOptions::refusesToStartWithoutAKeyPair()
{
    SimServerOptions o;
    QString text;
    int code = 0;
    QCOMPARE(SimServerOptions::parse({QStringLiteral("imprint-sim")}, QProcessEnvironment(), &o,
                                     &text, &code),
             SimServerOptions::Outcome::Exit);
    QCOMPARE(code, 2);
    QVERIFY2(text.contains(QLatin1String("--secret-id")) &&
                 text.contains(QLatin1String("IMPRINT_SIM_SECRET_KEY")),
             qPrintable(text));
    // Half a pair is no pair; the half never mixes with another source's half.
    QProcessEnvironment half;
    half.insert(QStringLiteral("IMPRINT_SIM_SECRET_ID"), QStringLiteral("AKIDhalf"));
    half.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("other-key"));
    QCOMPARE(parse({}, half, &o, &text), SimServerOptions::Outcome::Exit);
}

void TestSimServerOptions::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")}
                            << "--listen";
    QTest::newRow("speed") << QStringList{QStringLiteral("--sim-speed"), QStringLiteral("0")}
                           << "--sim-speed";
    QTest::newRow("faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("drop=3")}
                            << "from 0 to 1";
    QTest::newRow("seed") << QStringList{QStringLiteral("--faults-seed"), QStringLiteral("x")}
                          << "--faults-seed";
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << "positional";
    QTest::newRow("beyond loopback")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:8080")}
        << "--listen-beyond-loopback";
}

void TestSimServerOptions::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    SimServerOptions o;
    QString text;
    QCOMPARE(parse(args, keys(), &o, &text), SimServerOptions::Outcome::Exit);
    QVERIFY2(text.contains(mentions), qPrintable(text));
}

void TestSimServerOptions::beyondLoopbackNeedsAFlagAndSignedActions()
{
    SimServerOptions o;
    QString text;
    QCOMPARE(parse({}, keys(), &o, &text), SimServerOptions::Outcome::Run);
    QVERIFY(!o.requireSignedAction);
    QVERIFY(!o.beyondLoopback());
    QCOMPARE(parse({QStringLiteral("--require-signed-action")}, keys(), &o, &text),
             SimServerOptions::Outcome::Run);
    QVERIFY(o.requireSignedAction);
    // Refused without the flag, and the sentence says why: plain HTTP.
    QCOMPARE(parse({QStringLiteral("--listen"), QStringLiteral("[::]:8080")}, keys(), &o, &text),
             SimServerOptions::Outcome::Exit);
    QVERIFY2(text.contains(QLatin1String("plain HTTP")), qPrintable(text));
    // With it, signed actions are required whatever else the command line says.
    QCOMPARE(parse({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:8080"),
                    QStringLiteral("--listen-beyond-loopback")},
                   keys(), &o, &text),
             SimServerOptions::Outcome::Run);
    QVERIFY(o.beyondLoopback());
    QVERIFY(o.requireSignedAction);
    // Loopback in either family needs no flag.
    QCOMPARE(parse({QStringLiteral("--listen"), QStringLiteral("[::1]:0")}, keys(), &o, &text),
             SimServerOptions::Outcome::Run);
    QVERIFY(!o.requireSignedAction);
}

QTEST_GUILESS_MAIN(TestSimServerOptions)
#include "tst_simserveroptions.moc"
