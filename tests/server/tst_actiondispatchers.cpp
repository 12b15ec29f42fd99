// The dispatchers' tables in-process: every action a product's mapper speaks has a handler, and
// an action outside the table is refused rather than guessed at.

#include "clock.h"
#include "cvmactiondispatcher.h"
#include "cvmapimapper.h"
#include "lighthouseactiondispatcher.h"
#include "lighthouseapimapper.h"
#include "listselection.h"
#include "simulatorengine.h"

#include <QTest>

using namespace imprint;

class TestActionDispatchers : public QObject
{
    Q_OBJECT

private slots:
    void everyMapperActionHasAHandler();
    void actionOutsideTheTableIsUnsupported();
    void filterTablesMatchExactlyOrFuzzily();

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
    const Result<ApiFields> answer =
        cvm.dispatch(QStringLiteral("CreateBlueprint"), QStringLiteral("ap-guangzhou"), {});
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, ErrorCode::Unsupported);
    QVERIFY(answer.error().message.contains(QLatin1String("CreateBlueprint")));
}

void TestActionDispatchers::filterTablesMatchExactlyOrFuzzily()
{
    using F = ListSelection::Filter<Image>;
    const ListSelection::Matcher<Image> matches = ListSelection::matcher<Image>(
        {F{QStringLiteral("id"), [](const Image &m) { return m.id; }},
         F{QStringLiteral("name"), [](const Image &m) { return m.name; },
           ListSelection::Compare::Contains}});
    Image image;
    image.id = QStringLiteral("img-1");
    image.name = QStringLiteral("Web-Golden");
    auto filter = [](const char *name, QStringList values) {
        return ApiFilter{QLatin1String(name), std::move(values)};
    };
    QVERIFY(matches(image, filter("id", {"img-2", "img-1"})));
    QVERIFY(!matches(image, filter("id", {"img"})));
    QVERIFY(matches(image, filter("name", {"golden"})));
    QVERIFY(!matches(image, filter("name", {"silver"})));
    // A name outside the table (data the simulator does not have) matches nothing.
    QVERIFY(!matches(image, filter("tag-key", {"img-1"})));
}

QTEST_GUILESS_MAIN(TestActionDispatchers)
#include "tst_actiondispatchers.moc"
