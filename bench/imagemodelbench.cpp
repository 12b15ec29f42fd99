// imprint-bench: the image table as the main window uses it (ImageTableModel +
// ResourceFilterProxy) against the obvious baseline (a QStandardItemModel with one
// QStandardItem per cell, same columns, same display strings, under a QSortFilterProxyModel),
// both holding the same 100 000 synthetic images.
//
// Each measured function runs once per data row ("ours", "baseline") inside QBENCHMARK_ONCE,
// with its setup outside the measurement; Qt Test repeats the function (-median, default 5,
// plus a warm-up run) and reports the median. The same timings are kept here and printed at
// the end as a table of ratios: baseline/ours for time, ours/baseline for memory.
//
//   imprint-bench                      # everything, median of 5
//   imprint-bench filter -median 9     # one benchmark, more runs
//   IMPRINT_BENCH_ROWS=20000 imprint-bench

#include "imagetablemodel.h"
#include "resourcefilterproxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace imprint;

namespace {

int rowCountSetting()
{
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("IMPRINT_BENCH_ROWS", &ok);
    return ok && rows > 0 ? rows : 100000;
}

// A fresh copy: strings that share nothing, like records just read from a database or the
// wire, so memory measurements count every string.
QString fresh(const QString &s)
{
    return QString(s.constData(), s.size());
}

// Heap bytes in use (small blocks plus mmapped large ones), or -1 when unknown.
qint64 heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

// Synthetic images: four products, a dozen regions, shuffled names ("web-00042",
// "db-01234"...), 5% being created, some with data disks and snapshots.
QList<Image> syntheticImages(int count)
{
    static const char *const prefixes[] = {"web", "db", "cache", "api", "worker"};
    static const char *const regions[] = {
        "ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-hongkong", "ap-singapore",
        "cn-hangzhou",  "cn-shanghai", "cn-bj2",     "hk",         "us-ca",       "ap-tokyo"};
    static const char *const systems[] = {"Ubuntu 22.04", "CentOS 7.9", "Debian 12",
                                          "Windows Server 2022"};
    const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    QRandomGenerator random(20240101);
    std::vector<int> numbers(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        numbers[size_t(i)] = i;
    std::shuffle(numbers.begin(), numbers.end(), random);

    QList<Image> images;
    images.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int n = numbers[size_t(i)];
        const quint32 tag = quint32(n) * 2654435761u; // unique, scattered
        Image image;
        image.id = QStringLiteral("img-%1").arg(tag, 8, 16, QLatin1Char('0'));
        image.product = Product(i % 4);
        image.regionId = fresh(QString::fromLatin1(regions[random.bounded(12)]));
        image.name = QStringLiteral("%1-%2")
                         .arg(QLatin1String(prefixes[n % 5]))
                         .arg(n / 5, 5, 10, QLatin1Char('0'));
        image.state = random.bounded(20) == 0 ? ImageState::Creating : ImageState::Available;
        image.progress = image.state == ImageState::Creating ? int(random.bounded(100)) : 100;
        image.osName = fresh(QString::fromLatin1(systems[random.bounded(4)]));
        image.sourceInstanceId =
            QStringLiteral("ins-%1").arg(tag ^ 0x5a5a5a5au, 8, 16, QLatin1Char('0'));
        image.systemDiskGiB = 20 + int(random.bounded(8)) * 10;
        if (image.product == Product::Ecs || image.product == Product::Cvm) {
            image.systemSnapshotId =
                QStringLiteral("snap-%1").arg(tag ^ 0x3c3c3c3cu, 8, 16, QLatin1Char('0'));
            if (random.bounded(3) == 0)
                image.dataDisks.append(
                    {QStringLiteral("snap-%1").arg(tag ^ 0x0f0f0f0fu, 8, 16, QLatin1Char('0')),
                     100});
        }
        image.createdAt = start.addSecs(qint64(random.bounded(365 * 24 * 3600)));
        images.append(image);
    }
    return images;
}

// The display strings of every cell, as ImageTableModel formats them: the baseline shows the
// very same text.
QList<QStringList> displayStrings(const ImageTableModel &model)
{
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        cells.reserve(ImageTableModel::ColumnCount);
        for (int column = 0; column < ImageTableModel::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

void fillBaseline(QStandardItemModel &model, const QList<QStringList> &cells)
{
    // One QStandardItem per cell, strings copied as a loader would create them; no proxy
    // attached while filling (per-row proxy updates would make the baseline far slower).
    model.setColumnCount(ImageTableModel::ColumnCount);
    for (const QStringList &row : cells) {
        QList<QStandardItem *> items;
        items.reserve(row.size());
        for (const QString &text : row)
            items.append(new QStandardItem(fresh(text)));
        model.appendRow(items);
    }
}

struct Baseline
{
    Baseline()
    {
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1); // every column, like our filter's several fields
    }
    QStandardItemModel model;
    QSortFilterProxyModel proxy;
};

struct Ours
{
    Ours()
    {
        // Sorts here and now, as the baseline does: the work of a sort is what is measured,
        // not the hand-over to the worker the GUI uses for this many rows.
        proxy.setAsyncSortRows(std::numeric_limits<int>::max());
        proxy.setSourceModel(&model);
    }
    ImageTableModel model{nullptr};
    ResourceFilterProxy proxy;
};

struct Measurement
{
    QString label;
    QString unit;
    std::map<QString, QList<double>> values; // "ours"/"baseline" -> per run
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

} // namespace

class ImageModelBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void populate_data() { implementations(); }
    void populate();
    void sortByName_data() { implementations(); }
    void sortByName();
    void filter_data() { implementations(); }
    void filter();
    void filterSorted_data() { implementations(); }
    void filterSorted();
    void typeAhead_data() { implementations(); }
    void typeAhead();
    void clearFilter_data() { implementations(); }
    void clearFilter();
    void oneRowUpdate_data() { implementations(); }
    void oneRowUpdate();
    void removeRow_data() { implementations(); }
    void removeRow();
    void memory();
    void cleanupTestCase();

private:
    static void implementations();
    static bool isBaseline() { return QTest::currentDataTag() == QByteArray("baseline"); }
    // Keeps one run's value; `implementation` defaults to the current data tag.
    void record(const char *key, const QString &label, double value,
                const QString &unit = QStringLiteral("ms"), const char *implementation = nullptr);
    void setUp(Ours &ours, int sortColumn = -1);
    void setUp(Baseline &baseline, int sortColumn = -1);

    int m_rows = 0;
    QList<Image> m_images;
    QList<QStringList> m_cells;
    std::map<QString, Measurement> m_results;
    QStringList m_order; // measurement keys in first-seen order
};

void ImageModelBench::implementations()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("ours") << 0;
    QTest::newRow("baseline") << 0;
}

void ImageModelBench::record(const char *key, const QString &label, double value,
                             const QString &unit, const char *implementation)
{
    const QString k = QString::fromLatin1(key);
    if (!m_results.count(k)) {
        m_order.append(k);
        m_results[k].label = label;
        m_results[k].unit = unit;
    }
    m_results[k]
        .values[QString::fromLatin1(implementation ? implementation : QTest::currentDataTag())]
        .append(value);
}

void ImageModelBench::initTestCase()
{
    m_rows = rowCountSetting();
    QElapsedTimer timer;
    timer.start();
    m_images = syntheticImages(m_rows);
    ImageTableModel model(nullptr);
    model.setImages(m_images);
    m_cells = displayStrings(model);
    qInfo("%d synthetic images and their display strings in %lld ms; sizeof(Image) = %zu", m_rows,
          timer.elapsed(), sizeof(Image));
}

void ImageModelBench::setUp(Ours &ours, int sortColumn)
{
    // A list of its own, as after a real load (the backend's answer is gone by then); shared
    // with m_images, the first change would copy all 100 000 records inside the measurement.
    QList<Image> images = m_images;
    images.detach();
    ours.model.setImages(std::move(images));
    if (sortColumn >= 0)
        ours.proxy.sort(sortColumn);
}

void ImageModelBench::setUp(Baseline &baseline, int sortColumn)
{
    fillBaseline(baseline.model, m_cells);
    baseline.proxy.setSourceModel(&baseline.model);
    if (sortColumn >= 0)
        baseline.proxy.sort(sortColumn);
    QCOMPARE(baseline.proxy.rowCount(), m_rows);
}

void ImageModelBench::populate()
{
    qint64 ns = 0;
    if (isBaseline()) {
        Baseline b;
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            fillBaseline(b.model, m_cells);
            b.proxy.setSourceModel(&b.model);
            (void)b.proxy.rowCount(); // the proxy maps lazily: make it build its mapping
            ns = t.nsecsElapsed();
        }
        QCOMPARE(b.proxy.rowCount(), m_rows);
    } else {
        Ours o;
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            o.model.setImages(m_images);
            (void)o.proxy.rowCount();
            ns = t.nsecsElapsed();
        }
        QCOMPARE(o.proxy.rowCount(), m_rows);
    }
    record("populate", QStringLiteral("populate %1 rows").arg(m_rows), ns / 1e6);
}

void ImageModelBench::sortByName()
{
    qint64 ns = 0;
    QString first;
    if (isBaseline()) {
        Baseline b;
        setUp(b);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            b.proxy.sort(ImageTableModel::NameColumn, Qt::AscendingOrder);
            ns = t.nsecsElapsed();
        }
        first = b.proxy.index(0, 0).data().toString();
    } else {
        Ours o;
        setUp(o);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            o.proxy.sort(ImageTableModel::NameColumn, Qt::AscendingOrder);
            ns = t.nsecsElapsed();
        }
        first = o.proxy.index(0, 0).data().toString();
    }
    QCOMPARE(first, QStringLiteral("api-00000"));
    record("sort", QStringLiteral("sort by name"), ns / 1e6);
}

namespace {
const QString filterText = QStringLiteral("web-0004");
}

void ImageModelBench::filter()
{
    qint64 ns = 0;
    int shown = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            b.proxy.setFilterFixedString(filterText);
            ns = t.nsecsElapsed();
        }
        shown = b.proxy.rowCount();
    } else {
        Ours o;
        setUp(o);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            o.proxy.setFilterText(filterText);
            ns = t.nsecsElapsed();
        }
        shown = o.proxy.rowCount();
    }
    if (m_rows == 100000)
        QCOMPARE(shown, 10); // web-00040 .. web-00049
    record("filter", QStringLiteral("filter \"%1\", unsorted").arg(filterText), ns / 1e6);
}

void ImageModelBench::filterSorted()
{
    qint64 ns = 0;
    int shown = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b, ImageTableModel::NameColumn);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            b.proxy.setFilterFixedString(filterText);
            ns = t.nsecsElapsed();
        }
        shown = b.proxy.rowCount();
    } else {
        Ours o;
        setUp(o, ImageTableModel::NameColumn);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            o.proxy.setFilterText(filterText);
            ns = t.nsecsElapsed();
        }
        shown = o.proxy.rowCount();
    }
    QVERIFY(shown > 0);
    record("filterSorted", QStringLiteral("filter \"%1\", sorted by name").arg(filterText),
           ns / 1e6);
}

void ImageModelBench::typeAhead()
{
    // "w", "we", ... "web-0004": eight keystrokes into the filter box of a name-sorted view.
    qint64 ns = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b, ImageTableModel::NameColumn);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (int n = 1; n <= filterText.size(); ++n)
                b.proxy.setFilterFixedString(filterText.left(n));
            ns = t.nsecsElapsed();
        }
    } else {
        Ours o;
        setUp(o, ImageTableModel::NameColumn);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (int n = 1; n <= filterText.size(); ++n)
                o.proxy.setFilterText(filterText.left(n));
            ns = t.nsecsElapsed();
        }
    }
    record("typeAhead", QStringLiteral("type \"%1\", per keystroke").arg(filterText),
           ns / 1e6 / double(filterText.size()));
}

void ImageModelBench::clearFilter()
{
    // Backspace over everything: from 10 rows back to all of them.
    qint64 ns = 0;
    int shown = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b, ImageTableModel::NameColumn);
        b.proxy.setFilterFixedString(filterText);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            b.proxy.setFilterFixedString(QString());
            ns = t.nsecsElapsed();
        }
        shown = b.proxy.rowCount();
    } else {
        Ours o;
        setUp(o, ImageTableModel::NameColumn);
        o.proxy.setFilterText(filterText);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            o.proxy.setFilterText(QString());
            ns = t.nsecsElapsed();
        }
        shown = o.proxy.rowCount();
    }
    QCOMPARE(shown, m_rows);
    record("clearFilter", QStringLiteral("clear the filter, sorted by name"), ns / 1e6);
}

void ImageModelBench::oneRowUpdate()
{
    // 1000 progress updates of images being created, through a name-sorted proxy; the
    // baseline sets the new state text on its state item (one dataChanged each, like ours).
    constexpr int updates = 1000;
    QList<int> rows;
    for (int row = 0; row < m_images.size() && rows.size() < updates; ++row)
        if (m_images.at(row).state == ImageState::Creating)
            rows.append(row);
    while (rows.size() < updates)
        rows.append(rows.at(rows.size() % 7));
    qint64 ns = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b, ImageTableModel::NameColumn);
        QStringList texts;
        for (int i = 0; i < updates; ++i)
            texts.append(QStringLiteral("Creating %1%").arg(i % 100));
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < updates; ++i)
                b.model.item(rows.at(i), ImageTableModel::StateColumn)->setText(texts.at(i));
            ns = t.nsecsElapsed();
        }
    } else {
        Ours o;
        setUp(o, ImageTableModel::NameColumn);
        QList<Image> changed;
        for (int i = 0; i < updates; ++i) {
            Image image = m_images.at(rows.at(i));
            image.progress = i % 100;
            changed.append(image);
        }
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (const Image &image : std::as_const(changed))
                o.model.upsertImage(image);
            ns = t.nsecsElapsed();
        }
    }
    record("update", QStringLiteral("one-row update (progress), per update"), ns / 1e3 / updates,
           QStringLiteral("us"));
}

void ImageModelBench::removeRow()
{
    // 100 removals from the front half, through a name-sorted proxy.
    constexpr int removals = 100;
    qint64 ns = 0;
    if (isBaseline()) {
        Baseline b;
        setUp(b, ImageTableModel::NameColumn);
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < removals; ++i)
                b.model.removeRow(i * 10);
            ns = t.nsecsElapsed();
        }
    } else {
        Ours o;
        setUp(o, ImageTableModel::NameColumn);
        QStringList ids;
        for (int i = 0; i < removals; ++i)
            ids.append(o.model.imageAt(i * 10 + i).id); // the same rows as the baseline's
        QBENCHMARK_ONCE
        {
            QElapsedTimer t;
            t.start();
            for (const QString &id : std::as_const(ids))
                o.model.removeImage(id);
            ns = t.nsecsElapsed();
        }
    }
    record("remove", QStringLiteral("remove one row, per removal"), ns / 1e3 / removals,
           QStringLiteral("us"));
}

void ImageModelBench::memory()
{
    if (heapInUse() < 0)
        QSKIP("needs glibc's mallinfo2()");
    // Each side holds the same images, sorted by name, its strings freshly allocated inside
    // the measured window (ours: the Image records themselves; the baseline: one
    // QStandardItem per cell). Shared data made before the window would not count.
    qint64 ours = 0;
    qint64 baseline = 0;
    {
        const qint64 before = heapInUse();
        auto o = std::make_unique<Ours>();
        {
            QList<Image> images = syntheticImages(m_rows);
            o->model.setImages(std::move(images));
        }
        o->proxy.sort(ImageTableModel::NameColumn);
        (void)o->proxy.mapFromSource(o->model.index(0, 0)); // builds the reverse mapping too
        ours = heapInUse() - before;
    }
    {
        const qint64 before = heapInUse();
        auto b = std::make_unique<Baseline>();
        fillBaseline(b->model, m_cells);
        b->proxy.setSourceModel(&b->model);
        b->proxy.sort(ImageTableModel::NameColumn);
        baseline = heapInUse() - before;
    }
    record("memory", QStringLiteral("memory per row"), double(ours) / m_rows, QStringLiteral("B"),
           "ours");
    record("memory", QStringLiteral("memory per row"), double(baseline) / m_rows,
           QStringLiteral("B"), "baseline");
    qInfo("memory per row: ours %.0f bytes, baseline %.0f bytes", double(ours) / m_rows,
          double(baseline) / m_rows);
}

void ImageModelBench::cleanupTestCase()
{
    auto valuesOf = [](const Measurement &m, const char *which) {
        const auto it = m.values.find(QString::fromLatin1(which));
        return it == m.values.end() ? QList<double>() : it->second;
    };
    auto best = [](QList<double> values) {
        return values.isEmpty() ? 0.0 : *std::min_element(values.begin(), values.end());
    };
    std::map<QString, double> ratios;
    std::printf("\nimprint-bench: %d images; median (and best) of each measurement's runs\n",
                m_rows);
    std::printf("%-40s %19s %19s %8s %8s\n", "measurement", "ours", "baseline", "ratio", "best");
    for (const QString &key : std::as_const(m_order)) {
        const Measurement &m = m_results.at(key);
        const QList<double> ours = valuesOf(m, "ours");
        const QList<double> baseline = valuesOf(m, "baseline");
        const bool isMemory = key == QStringLiteral("memory");
        auto ratio = [isMemory](double o, double b) {
            return isMemory ? (b > 0 ? o / b : 0.0) : (o > 0 ? b / o : 0.0);
        };
        const double r = ratio(median(ours), median(baseline));
        ratios[key] = r;
        const QByteArray unit = m.unit.toLatin1();
        std::printf("%-40s %9.3f %-2s (%5.1f) %9.3f %-2s (%5.1f) %7.2f%s %7.2f%s\n",
                    m.label.toUtf8().constData(), median(ours), unit.constData(), best(ours),
                    median(baseline), unit.constData(), best(baseline), r, isMemory ? " " : "x",
                    ratio(best(ours), best(baseline)), isMemory ? " " : "x");
    }
    std::printf("ratio: baseline/ours for time (higher is better), ours/baseline for memory "
                "(lower is better)\n");
    auto verdict = [&](const char *key, const char *what, bool memory, double target) {
        const auto it = ratios.find(QString::fromLatin1(key));
        if (it == ratios.end())
            return;
        const bool met = memory ? it->second <= target : it->second >= target;
        std::printf("  %-34s %s (%.2f%s)\n", what, met ? "met" : "NOT MET", it->second,
                    memory ? "" : "x");
    };
    std::printf("targets:\n");
    verdict("populate", "populate >= 5x faster", false, 5);
    verdict("filter", "filter >= 5x faster", false, 5);
    verdict("filterSorted", "filter (sorted) >= 5x faster", false, 5);
    verdict("memory", "memory <= 1/3", true, 1.0 / 3);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ImageModelBench bench;
    QStringList args = app.arguments();
    if (!args.contains(QStringLiteral("-median")))
        args << QStringLiteral("-median") << QStringLiteral("5");
    return QTest::qExec(&bench, args);
}

#include "imagemodelbench.moc"
