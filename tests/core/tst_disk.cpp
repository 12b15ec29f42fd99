// A disk's usage is shown and counted only where the cloud reports it: the simulator does, the
// clouds' instance APIs do not, and "0 GiB used" would be a claim nobody made.

#include "disk.h"
#include "instance.h"

#include <QtTest>

using namespace imprint;

class TestDisk : public QObject
{
    Q_OBJECT

private slots:
    void usageIsShownOnlyWhereReported()
    {
        Disk reported;
        reported.sizeGiB = 40;
        reported.usedGiB = 12;
        QCOMPARE(diskSizeText(reported), QStringLiteral("40 GiB (12 GiB used)"));
        Disk empty = reported;
        empty.usedGiB = 0; // reported as empty is not "not reported"
        QCOMPARE(diskSizeText(empty), QStringLiteral("40 GiB (0 GiB used)"));
        Disk unknown;
        unknown.sizeGiB = 40;
        QVERIFY(!unknown.usedGiB.has_value());
        QCOMPARE(diskSizeText(unknown), QStringLiteral("40 GiB"));
    }

    void anEstimateCountsTheWholeDiskWhenItsUsageIsUnknown()
    {
        Instance instance;
        Disk system;
        system.role = DiskRole::System;
        system.sizeGiB = 40;
        system.usedGiB = 10;
        Disk data;
        data.role = DiskRole::Data;
        data.sizeGiB = 100; // usage not reported
        instance.disks = {system, data};
        QCOMPARE(instance.totalUsedGiB(), 110);
        instance.disks[1].usedGiB = 30;
        QCOMPARE(instance.totalUsedGiB(), 40);
    }
};

QTEST_GUILESS_MAIN(TestDisk)
#include "tst_disk.moc"
