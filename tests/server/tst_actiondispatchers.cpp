// The dispatchers' tables in-process: every action a product's mapper speaks has a handler, and
// an action outside the table is refused rather than guessed at.

#include "clock.h"
#include "cvmactiondispatcher.h"
#include "cvmapimapper.h"
#include "lighthouseactiondispatcher.h"
#include "lighthouseapimapper.h"
#include "simulatorengine.h"

#include <QTest>

using namespace imprint;

class TestActionDispatchers : public QObject
{
    Q_OBJECT

private slots:
    void everyMapperActionHasAHandler();
    void actionOutsideTheTableIsUnsupported();

private:
    ManualClock m_clock;
    SimulatorEngine m_engine{&m_clock};
};

void TestActionDispatchers::everyMapperActionHasAHandler()
{
    auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    const CvmActionDispatcher cvm(m_engine);
    const LighthouseActionDispatcher lighthouse(m_engine);
    QCOMPARE(cvm.product(), Product::Cvm);
    QCOMPARE(lighthouse.product(), Product::Lighthouse);
    QCOMPARE(sorted(cvm.actions()), sorted(CvmApiMapper::actions()));
    QCOMPARE(sorted(lighthouse.actions()), sorted(LighthouseApiMapper::actions()));
    QVERIFY(!cvm.needsRegion(QStringLiteral("DescribeRegions")));
    QVERIFY(cvm.needsRegion(QStringLiteral("RunInstances")));
}

void TestActionDispatchers::actionOutsideTheTableIsUnsupported()
{
    const CvmActionDispatcher cvm(m_engine);
    const Result<QJsonObject> answer =
        cvm.dispatch(QStringLiteral("CreateBlueprint"), QStringLiteral("ap-guangzhou"), {});
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, ErrorCode::Unsupported);
    QVERIFY(answer.error().message.contains(QLatin1String("CreateBlueprint")));
}

QTEST_GUILESS_MAIN(TestActionDispatchers)
#include "tst_actiondispatchers.moc"
