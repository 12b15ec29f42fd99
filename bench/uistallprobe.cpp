// imprint-stallprobe: how long the GUI thread is blocked while the real main window loads a
// large simulated account and while the user types a filter. A 1 ms timer stamps every pass of
// the event loop; the longest gap between passes is the worst stall a user would feel.
//   imprint-stallprobe [--scale N]   (default 100: about 100 000 images and 100 000 instances)
// Reported, not asserted: wall-clock figures on a shared machine are not pass/fail material.
#include "clock.h"
#include "mainwindow.h"
#include "simulatorbackend.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace imprint;

namespace {

// Tracks the longest gap between event-loop passes while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    static qint64 threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    }
    void start()
    {
        m_worst = 0;
        m_worstCpu = 0;
        m_lastCpu = threadCpuMs();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        tick();
        m_timer.stop();
        return m_worst;
    }
    // Work done directly on this thread between two passes counts as a stall too.
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuMs();
        if (now - m_last > 50 && qEnvironmentVariableIsSet("IMPRINT_PROBE_TRACE"))
            std::printf("  gap of %lld ms (%lld ms of it on this thread's CPU) ending at %lld ms\n",
                        now - m_last, cpu - m_lastCpu, now);
        m_worst = std::max(m_worst, now - m_last);
        m_worstCpu = std::max(m_worstCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }
    // The longest gap counted in this thread's CPU time: work the GUI thread did itself,
    // whatever else the (shared, 2-core) machine was doing meanwhile.
    qint64 worstBusy() const { return m_worstCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_lastCpu = 0;
    qint64 m_worstCpu = 0;
};

// Names the events that take long to dispatch, so a stall can be traced to its receiver.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads' events pass here too; only the GUI thread's count.
        if (QThread::currentThread() == thread() && !m_depth++) {
            QElapsedTimer timer;
            timer.start();
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            if (m_report) {
                const QString key = QStringLiteral("%1 type %2")
                                        .arg(QLatin1String(receiver->metaObject()->className()))
                                        .arg(int(event->type()));
                m_totals[key] += timer.nsecsElapsed();
                m_counts[key] += 1;
            }
            return result;
        }
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    bool m_report = false;
    QHash<QString, qint64> m_totals;
    QHash<QString, int> m_counts;
    void printTotals()
    {
        QList<QPair<qint64, QString>> rows;
        for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it)
            rows.append({it.value(), it.key()});
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int i = 0; i < qMin(12, int(rows.size())); ++i)
            std::printf("  %8.1f ms  %6d x  %s\n", double(rows[i].first) / 1e6,
                        m_counts.value(rows[i].second), qPrintable(rows[i].second));
        m_totals.clear();
        m_counts.clear();
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    app.m_report = qEnvironmentVariableIsSet("IMPRINT_PROBE_TRACE");
    QStandardPaths::setTestModeEnabled(true);
    int scale = 100;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--scale"))); i >= 0 && i + 1 < args.size())
        scale = args.at(i + 1).toInt();

    QTemporaryDir dir;
    SimulatorBackend backend(std::make_unique<ManualClock>());
    SimulatorBackend::Options options;
    options.databasePath = dir.filePath(QStringLiteral("simulator.sqlite"));
    options.demoScale = scale;
    options.tickIntervalMs = 0;
    QElapsedTimer generate;
    generate.start();
    QFuture<Status> ready = backend.start(options);
    ready.waitForFinished(); // world generation is the engine thread's work, not the window's
    std::printf("world (scale %d) generated and stored in %lld ms (engine thread)\n", scale,
                generate.elapsed());

    StallMeter meter;
    MainWindow window(&backend);
    window.resize(1600, 1000);
    window.show();
    // The first paint loads fonts and styles: a start-up cost, not the account's.
    QElapsedTimer warmUp;
    warmUp.start();
    while (warmUp.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer load;
    load.start();
    meter.start();
    window.waitForBackend(ready);
    while (!window.isLoaded() && load.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // Let the tables and the dashboard finish what the load queued.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 loadStall = meter.stop();
    if (app.m_report)
        app.printTotals();
    std::printf("load: window usable after %lld ms; longest gap between event-loop passes "
                "%lld ms wall clock, %lld ms of GUI-thread CPU\n",
                load.elapsed() - 1500, loadStall, meter.worstBusy());

    window.selectRegion(QString()); // every region: the largest table
    window.showTab(MainWindow::Tab::Images);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    qint64 worstKey = 0;
    QElapsedTimer key;
    for (const QChar c : QStringLiteral("web-0004")) {
        key.start();
        QTest::keyClick(search, c.toLatin1());
        worstKey = std::max(worstKey, key.elapsed());
        QCoreApplication::processEvents();
    }
    for (int i = 0; i < 8; ++i) {
        key.start();
        QTest::keyClick(search, Qt::Key_Backspace);
        worstKey = std::max(worstKey, key.elapsed());
        QCoreApplication::processEvents();
    }
    std::printf("filter as you type on every image: worst keystroke %lld ms\n", worstKey);

    // A burst: the account goes overdue and every Lighthouse image is repossessed at once.
    // The engine's commit is its own thread's work; the probe waits for it, then measures
    // how the window takes the 20 000-odd change signals that follow.
    backend.setBalance(-100).waitForFinished();
    meter.start();
    QElapsedTimer burst;
    burst.start();
    while (burst.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 burstStall = meter.stop();
    std::printf("overdue burst (every Lighthouse image repossessed): longest gap %lld ms wall "
                "clock, %lld ms of GUI-thread CPU\n",
                burstStall, meter.worstBusy());
    return 0;
}
