// Durability over a crash: imprint-sim is killed with SIGKILL while a CreateImage runs and
// started again on the same data folder. The image is still there in a valid state (CREATING
// or NORMAL), it finishes, and its source instance is released.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "simprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace servertest;

class TestSimServerRestart : public QObject
{
    Q_OBJECT

private slots:
    void killDuringCreateImageLosesNothing();
    void secondServerOnTheSameFolderIsRefused();
};

void TestSimServerRestart::killDuringCreateImageLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Credentials credentials{SimProcess::secretId, SimProcess::secretKey, {}};
    QString imageId, instanceId;
    {
        // A slow clock, so that the image is surely still being made when the kill comes.
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--sim-speed"), QStringLiteral("10")}, dir.path()),
                 qPrintable(sim.error()));
        ApiClient c(sim.url(), credentials);
        const ApiAnswer sources =
            c.call("cvm", "DescribeInstances", filterBody("instance-name", "api-gateway-01"));
        instanceId = text(first(sources, "InstanceSet"), "InstanceId");
        const ApiAnswer created =
            c.call("cvm", "CreateImage",
                   {{QStringLiteral("ImageName"), QStringLiteral("survives-a-kill")},
                    {QStringLiteral("InstanceId"), instanceId},
                    {QStringLiteral("ForcePoweroff"), QStringLiteral("TRUE")}});
        QVERIFY2(created.ok(), created.describe());
        imageId = text(created.response, "ImageId");
        QTest::qWait(500); // a few engine ticks
        const ApiAnswer creating =
            c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
        QCOMPARE(text(first(creating, "ImageSet"), "ImageState"), QStringLiteral("CREATING"));
        sim.kill();
    }

    SimProcess again;
    QVERIFY2(again.start({}, dir.path()), qPrintable(again.error()));
    ApiClient c(again.url(), credentials);
    const ApiAnswer after =
        c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
    QVERIFY2(after.ok(), after.describe());
    const QString state = text(first(after, "ImageSet"), "ImageState");
    QVERIFY2(state == QLatin1String("CREATING") || state == QLatin1String("NORMAL"),
             qPrintable(state));
    QCOMPARE(text(first(after, "ImageSet"), "ImageName"), QStringLiteral("survives-a-kill"));
    QVERIFY(waitFor([&] {
        const ApiAnswer a =
            c.call("cvm", "DescribeImages", {{QStringLiteral("ImageIds"), QJsonArray{imageId}}});
        return text(first(a, "ImageSet"), "ImageState") == QLatin1String("NORMAL");
    }));
    // The instance is free again: no operation left hanging on it.
    QVERIFY(waitFor([&] {
        const ApiAnswer a = c.call("cvm", "DescribeInstances",
                                   {{QStringLiteral("InstanceIds"), QJsonArray{instanceId}}});
        const QJsonObject i = first(a, "InstanceSet");
        return text(i, "InstanceState") == QLatin1String("RUNNING") &&
               i.value(QLatin1String("LatestOperation")).isNull();
    }));
}

void TestSimServerRestart::secondServerOnTheSameFolderIsRefused()
{
    QTemporaryDir dir;
    SimProcess first;
    QVERIFY2(first.start({}, dir.path()), qPrintable(first.error()));
    SimProcess second;
    QVERIFY(!second.start({}, dir.path()));
    // The refusal names the holder and where it serves the store.
    QVERIFY2(second.error().contains(QLatin1String("in use by imprint-sim (process ")),
             qPrintable(second.error()));
    QVERIFY2(second.error().contains(first.url().toString()), qPrintable(second.error()));
}

QTEST_GUILESS_MAIN(TestSimServerRestart)
#include "tst_simserverrestart.moc"
