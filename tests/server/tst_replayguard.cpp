// ReplayGuard: a signed write is remembered exactly as long as its signature stays acceptable,
// a duplicate gets the first answer, and memory stays bounded.

#include "replayguard.h"

#include <QTest>

using namespace imprint;

class TestReplayGuard : public QObject
{
    Q_OBJECT

private slots:
    void aDuplicateGetsTheFirstAnswer()
    {
        ReplayGuard guard(300);
        QVERIFY(!guard.earlier("sig-a", 1000));
        guard.remember("sig-a", 1000, "answer-a");
        QCOMPARE(guard.earlier("sig-a", 1000), std::optional<QByteArray>("answer-a"));
        QVERIFY(!guard.earlier("sig-b", 1000));
    }

    void rememberedUntilTheSignedTimeLeavesTheWindow()
    {
        ReplayGuard guard(300);
        // Signed at 1000: the verifier accepts it until 1300, so the guard remembers it as long.
        guard.remember("sig", 1000, "x");
        QVERIFY(guard.earlier("sig", 1300));
        QVERIFY(!guard.earlier("sig", 1301));
        QCOMPARE(guard.size(), 0);
        // Signed ahead of the server's clock (a client clock up to 300 s fast): remembered longer.
        guard.remember("ahead", 1500, "y");
        QVERIFY(guard.earlier("ahead", 1790));
    }

    void aFullGuardAdmitsNothingNewUntilEntriesExpire()
    {
        ReplayGuard guard(300, 2);
        guard.remember("one", 1000);
        guard.remember("two", 1100);
        QVERIFY(!guard.hasRoom(1200));
        // Remembered ones are still recognised while full.
        QVERIFY(guard.earlier("one", 1200));
        QVERIFY(guard.hasRoom(1301)); // "one" expired
        QCOMPARE(guard.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReplayGuard)
#include "tst_replayguard.moc"
