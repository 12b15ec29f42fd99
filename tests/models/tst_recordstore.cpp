// RecordStore: rows, slots and the open-addressing id index against a plain reference, through
// many random appends, replacements and removals (removal's backward shift is the subtle part).

#include "recordstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace imprint;

namespace {

struct Record
{
    QString id;
    int value = 0;
};

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void emptyStore();
    void resetSharesAndIndexes();
    void duplicateIdsKeepTheLast();
    void randomOperationsMatchAReference();
};

void TestRecordStore::emptyStore()
{
    RecordStore<Record> store;
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.rowOf(QStringLiteral("x")), -1);
    store.append({QStringLiteral("x"), 1});
    QCOMPARE(store.rowOf(QStringLiteral("x")), 0);
    store.removeAt(0);
    QCOMPARE(store.rowOf(QStringLiteral("x")), -1);
    QVERIFY(store.isEmpty());
}

void TestRecordStore::resetSharesAndIndexes()
{
    QList<Record> records;
    for (int i = 0; i < 1000; ++i)
        records.append({QStringLiteral("id-%1").arg(i), i});
    RecordStore<Record> store;
    store.reset(records);
    QCOMPARE(store.size(), 1000);
    for (int i = 0; i < 1000; i += 37) {
        QCOMPARE(store.rowOf(QStringLiteral("id-%1").arg(i)), i);
        QCOMPARE(store.at(i).value, i);
        QCOMPARE(store.slotOfRow(i), i); // after a load, slot == row
    }
    QCOMPARE(&store.at(0), &std::as_const(records).at(0)); // shared, not copied
}

void TestRecordStore::duplicateIdsKeepTheLast()
{
    RecordStore<Record> store;
    store.reset({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("a"), 3}});
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.at(store.rowOf(QStringLiteral("a"))).value, 3);
    QCOMPARE(store.at(store.rowOf(QStringLiteral("b"))).value, 2);
}

void TestRecordStore::randomOperationsMatchAReference()
{
    RecordStore<Record> store;
    QList<Record> reference; // in row order
    QRandomGenerator random(99);
    int next = 0;
    for (int step = 0; step < 20000; ++step) {
        const int action = int(random.bounded(10));
        if (action < 5 || reference.isEmpty()) {
            const Record record{QStringLiteral("r%1").arg(next++), step};
            QCOMPARE(store.append(record), int(reference.size()));
            reference.append(record);
        } else if (action < 7) {
            const int row = int(random.bounded(int(reference.size())));
            reference[row].value = -step;
            store.replace(row, reference.at(row));
        } else {
            const int row = int(random.bounded(int(reference.size())));
            store.removeAt(row);
            reference.removeAt(row);
        }
        if (step % 997 == 0 || step == 19999) {
            QCOMPARE(store.size(), int(reference.size()));
            for (int row = 0; row < reference.size(); ++row) {
                QCOMPARE(store.at(row).id, reference.at(row).id);
                QCOMPARE(store.at(row).value, reference.at(row).value);
                QCOMPARE(store.rowOf(reference.at(row).id), row);
                QCOMPARE(store.rowOfSlot(store.slotOfRow(row)), row);
            }
            // Removed ids are gone, never found at a stale place.
            for (int k = 0; k < 50; ++k) {
                const QString id = QStringLiteral("r%1").arg(random.bounded(next));
                const bool live = std::any_of(reference.cbegin(), reference.cend(),
                                              [&](const Record &r) { return r.id == id; });
                QCOMPARE(store.rowOf(id) >= 0, live);
            }
        }
    }
    // Slots are reused: far fewer than everything ever appended.
    QVERIFY(store.slotCount() < next);
}

QTEST_APPLESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
