// imprint-simbench: how many signed API 3.0 requests imprint-sim answers per second on loopback,
// against a floor measured in the same run: a QHttpServer in a process of its own answering the
// very bytes of imprint-sim's DescribeImages answer.
//
// The client is this process's main thread: N keep-alive HTTP/1.1 connections on raw
// QTcpSockets, each with one request in flight (imprint-sim answers one request at a time per
// connection anyway), every request freshly signed with Tc3Signer, the way a real client pays
// for it. The same client code drives the floor, so the ratio compares the servers. Both servers
// are processes of their own, woken across processes alike, and imprint-sim's request log goes
// to a file, not to a pipe this process would have to drain.
//
// Rows:
// - DescribeImages (CVM, ap-guangzhou) and the floor: closed loop for --seconds per row at 1, 8
//   and 64 connections, in turns of a quarter of that each, so both see the same machine.
// - CreateImage + DeleteImages pairs (CVM, from a snapshot): a region holds at most 10 custom
//   images and an image can only be deleted once it is made (at the simulator's next tick, every
//   200 ms), so the pairs run in rounds: as many CreateImage requests at once as the quota leaves
//   room for (at most the row's connections), a wait until the images are made (not timed), then
//   as many DeleteImages. The rate counts the timed windows only: it is what the server takes
//   for its writes, not what the quota and the simulated clock allow.
//
// Server CPU per request is read from /proc (the whole process, for both servers), so "requests per
// second on one core" is 1e6 / server µs per request. The client's CPU per request is printed too,
// to show whether the client was the bottleneck.
//
//   imprint-simbench                      # 3 s per read row, 350 pairs per write row
//   imprint-simbench --seconds 1 --pairs 70
//   imprint-simbench --smoke              # tiny counts; fails when any request fails

#include "apiclient.h"
#include "simprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <time.h>
#include <unistd.h>

using namespace imprint;

namespace {

const QByteArray kRegion = "ap-guangzhou";

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// utime + stime of /proc/<path>/stat, in nanoseconds.
qint64 procCpuNs(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = file.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * (1'000'000'000 / sysconf(_SC_CLK_TCK));
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

// The floor: QHttpServer answering every request with one fixed JSON body. It runs in a process
// of its own, this program started again with --floor-body, so that it pays what imprint-sim
// pays: a process of its own to be woken, and its CPU read the same way.
class FloorServer
{
public:
    explicit FloorServer(QByteArray body)
        : m_body(std::move(body))
    {}
    ~FloorServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    // Starts the process; the port once it listens (0 on failure).
    quint16 startListening()
    {
        if (!m_bodyFile.open() || m_bodyFile.write(m_body) != m_body.size() || !m_bodyFile.flush())
            return 0;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--floor-body"), m_bodyFile.fileName()});
        if (!m_process.waitForStarted(10000))
            return 0;
        while (!m_process.canReadLine())
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(10000))
                return 0;
        return quint16(m_process.readLine().trimmed().toUInt());
    }
    QString statPath() const { return QStringLiteral("/proc/%1/stat").arg(m_process.processId()); }

    // The child's side: listens on loopback, prints its port, answers until terminated.
    static int serve(const QString &bodyPath)
    {
        QFile file(bodyPath);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray body = file.readAll();
        QHttpServer server;
        server.route(QStringLiteral("/"), [body](const QHttpServerRequest &) {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return 1;
        std::printf("%u\n", unsigned(port));
        std::fflush(stdout);
        return QCoreApplication::exec();
    }

private:
    QByteArray m_body;
    QTemporaryFile m_bodyFile;
    QProcess m_process;
};

// One keep-alive connection with at most one request in flight, reading Content-Length
// delimited answers.
class LoadConnection : public QObject
{
public:
    using Answered =
        std::function<void(LoadConnection *, int status, const QByteArray &body, qint64 latencyNs)>;

    LoadConnection(quint16 port, Answered answered)
        : m_answered(std::move(answered))
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { readAnswers(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_busy)
                finish(0, m_socket.errorString().toUtf8());
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitConnected() { return m_socket.waitForConnected(10000); }
    bool busy() const { return m_busy; }

    void send(const QByteArray &request)
    {
        m_busy = true;
        m_clock.start();
        m_socket.write(request);
    }

private:
    void readAnswers()
    {
        m_buffer += m_socket.readAll();
        if (!m_busy)
            return;
        if (m_headerEnd < 0) {
            m_headerEnd = int(m_buffer.indexOf("\r\n\r\n"));
            if (m_headerEnd < 0)
                return;
            m_contentLength = 0;
            const QByteArray head = m_buffer.left(m_headerEnd).toLower();
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                const qsizetype from = at + 17;
                const qsizetype to = head.indexOf("\r\n", from);
                m_contentLength = head.mid(from, to < 0 ? -1 : to - from).trimmed().toInt();
            }
        }
        const qsizetype total = m_headerEnd + 4 + m_contentLength;
        if (m_buffer.size() < total)
            return;
        // "HTTP/1.1 200 OK"
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(m_headerEnd + 4, m_contentLength);
        m_buffer.remove(0, total);
        m_headerEnd = -1;
        finish(status, body);
    }

    void finish(int status, const QByteArray &body)
    {
        m_busy = false;
        m_answered(this, status, body, m_clock.nsecsElapsed());
    }

    QTcpSocket m_socket;
    Answered m_answered;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    int m_headerEnd = -1;
    qsizetype m_contentLength = 0;
    bool m_busy = false;
};

struct RunResult
{
    qint64 requests = 0;
    qint64 failures = 0;
    QByteArray firstFailure;
    qint64 timedNs = 0;
    qint64 clientCpuNs = 0;
    qint64 serverCpuNs = 0;
    int connections = 0;
    std::vector<qint64> latenciesNs;

    void add(const RunResult &other)
    {
        requests += other.requests;
        failures += other.failures;
        if (firstFailure.isEmpty())
            firstFailure = other.firstFailure;
        timedNs += other.timedNs;
        clientCpuNs += other.clientCpuNs;
        serverCpuNs += other.serverCpuNs;
        connections = qMax(connections, other.connections);
        latenciesNs.insert(latenciesNs.end(), other.latenciesNs.begin(), other.latenciesNs.end());
    }
    double perSecond() const { return timedNs > 0 ? requests * 1e9 / double(timedNs) : 0; }
    double percentileMs(double p)
    {
        if (latenciesNs.empty())
            return 0;
        std::sort(latenciesNs.begin(), latenciesNs.end());
        const size_t at = std::min(latenciesNs.size() - 1, size_t(p * double(latenciesNs.size())));
        return latenciesNs[at] / 1e6;
    }
};

// N connections to one server, driven from the main thread's event loop.
class LoadClient
{
public:
    // A fresh request (signed now) for a connection; the body check for an answer.
    using Next = std::function<QByteArray()>;

    LoadClient(quint16 port, int connections, QString serverStat)
        : m_serverStat(std::move(serverStat))
    {
        for (int i = 0; i < connections; ++i)
            m_connections.push_back(std::make_unique<LoadConnection>(
                port, [this](LoadConnection *c, int status, const QByteArray &body, qint64 ns) {
                    answered(c, status, body, ns);
                }));
        for (auto &c : m_connections)
            c->waitConnected();
    }

    // Every connection sends back to back until `seconds` pass.
    RunResult closedLoop(const Next &next, double seconds)
    {
        begin();
        m_next = next;
        m_stopAt = qint64(seconds * 1e9);
        for (auto &c : m_connections)
            c->send(next());
        m_loop.exec();
        return end();
    }

    // One request per connection at once (as many as given); answers in request order.
    RunResult batch(const QList<QByteArray> &requests, QList<QByteArray> *answers)
    {
        begin();
        m_next = nullptr;
        m_batchAnswers.clear();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            m_batchIndex[m_connections.at(i).get()] = int(i);
            m_batchAnswers.append(QByteArray());
            m_connections.at(i)->send(requests.at(i));
        }
        m_outstanding = int(requests.size());
        if (m_outstanding > 0)
            m_loop.exec();
        if (answers)
            *answers = m_batchAnswers;
        RunResult r = end();
        r.connections = int(requests.size());
        return r;
    }

    int size() const { return int(m_connections.size()); }

private:
    void begin()
    {
        m_result = RunResult{};
        m_result.connections = size();
        m_serverCpuStart = procCpuNs(m_serverStat);
        m_clientCpuStart = threadCpuNs();
        m_clock.start();
    }

    RunResult end()
    {
        m_result.timedNs = m_clock.nsecsElapsed();
        m_result.clientCpuNs = threadCpuNs() - m_clientCpuStart;
        m_result.serverCpuNs = procCpuNs(m_serverStat) - m_serverCpuStart;
        return std::move(m_result);
    }

    void answered(LoadConnection *c, int status, const QByteArray &body, qint64 ns)
    {
        ++m_result.requests;
        m_result.latenciesNs.push_back(ns);
        // An API 3.0 failure is still HTTP 200, with Response.Error.
        if (status != 200 || body.contains("\"Error\":{")) {
            ++m_result.failures;
            if (m_result.firstFailure.isEmpty())
                m_result.firstFailure = QByteArray::number(status) + ' ' + body.left(300);
        }
        if (m_next) {
            if (m_clock.nsecsElapsed() < m_stopAt) {
                c->send(m_next());
                return;
            }
            if (std::none_of(m_connections.begin(), m_connections.end(),
                             [](const auto &x) { return x->busy(); }))
                m_loop.quit();
            return;
        }
        m_batchAnswers[m_batchIndex.value(c)] = body;
        if (--m_outstanding == 0)
            m_loop.quit();
    }

    QString m_serverStat;
    std::vector<std::unique_ptr<LoadConnection>> m_connections;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    Next m_next;
    qint64 m_stopAt = 0;
    RunResult m_result;
    qint64 m_serverCpuStart = 0;
    qint64 m_clientCpuStart = 0;
    QHash<LoadConnection *, int> m_batchIndex;
    QList<QByteArray> m_batchAnswers;
    int m_outstanding = 0;
};

// Signed requests as raw HTTP/1.1 bytes.
class RequestMaker
{
public:
    RequestMaker(quint16 port)
        : m_client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                   Credentials{SimProcess::secretId, SimProcess::secretKey, {}})
    {}

    QByteArray make(const QByteArray &action, const QJsonObject &body) const
    {
        ApiClient::Call call;
        call.service = "cvm";
        call.action = action;
        call.region = kRegion;
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray out = "POST / HTTP/1.1\r\n";
        const HttpHeaders headers = m_client.sign(call);
        for (const auto &h : headers.entries())
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(call.body.size()) + "\r\n\r\n";
        return out + call.body;
    }

private:
    ApiClient m_client;
};

QJsonObject response(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("Response")).toObject();
}

struct Options
{
    double seconds = 3;
    int pairs = 350;
    QList<int> concurrencies{1, 8, 64};
};

struct Row
{
    QString action;
    int connections = 0;
    RunResult result;
    double floorPerSecond = 0;
};

class SimBench
{
public:
    explicit SimBench(Options options)
        : m_options(std::move(options))
    {}

    int run()
    {
        const QByteArray loadBefore = loadAverage();
        // The request log goes to a file, as it would on a server; a pipe into this process
        // would wake the client thread for every request, a cost the floor does not cause.
        m_sim.setLogFile(m_logDir.filePath(QStringLiteral("imprint-sim.log")));
        if (!m_sim.start({QStringLiteral("--sim-speed"), QStringLiteral("100000")})) {
            std::fprintf(stderr, "%s\n", qPrintable(m_sim.error()));
            return 1;
        }
        const quint16 simPort = quint16(m_sim.url().port());
        const QString simStat = QStringLiteral("/proc/%1/stat").arg(m_sim.pid());
        RequestMaker sim(simPort);

        // The floor answers what imprint-sim answers to DescribeImages, byte for byte.
        LoadClient probe(simPort, 2, simStat);
        QList<QByteArray> answers;
        probe.batch({sim.make("DescribeImages", {})}, &answers);
        const QByteArray describeBody = answers.value(0);
        if (response(describeBody).value(QLatin1String("ImageSet")).toArray().isEmpty()) {
            std::fprintf(stderr, "DescribeImages found no images: %s\n", describeBody.constData());
            return 1;
        }
        FloorServer floor(describeBody);
        const quint16 floorPort = floor.startListening();
        if (floorPort == 0) {
            std::fprintf(stderr, "the floor QHttpServer could not listen\n");
            return 1;
        }
        RequestMaker floorRequests(floorPort);

        if (!findSnapshot(probe, sim))
            return 1;

        std::vector<Row> rows;
        bool ok = true;
        for (int n : std::as_const(m_options.concurrencies)) {
            LoadClient floorClient(floorPort, n, floor.statPath());
            LoadClient simClient(simPort, n, simStat);
            // Floor and imprint-sim take turns in short slices, so that a change in the
            // machine's load during the row weighs on both alike.
            RunResult floorResult;
            RunResult describe;
            for (int slice = 0; slice < kSlices; ++slice) {
                floorResult.add(
                    floorClient.closedLoop([&] { return floorRequests.make("DescribeImages", {}); },
                                           m_options.seconds / kSlices));
                describe.add(simClient.closedLoop([&] { return sim.make("DescribeImages", {}); },
                                                  m_options.seconds / kSlices));
            }
            RunResult pairs = writePairs(simClient, sim, probe);
            rows.push_back({QStringLiteral("floor (QHttpServer, fixed body)"), n, floorResult,
                            floorResult.perSecond()});
            rows.push_back(
                {QStringLiteral("DescribeImages"), n, describe, floorResult.perSecond()});
            rows.push_back(
                {QStringLiteral("CreateImage + DeleteImages"), n, pairs, floorResult.perSecond()});
            for (const Row &r : rows)
                if (r.result.failures > 0 || r.result.requests == 0)
                    ok = false;
        }
        const QByteArray loadAfter = loadAverage();

        std::printf("\n%d-core machine; /proc/loadavg before: %s, after: %s\n",
                    QThread::idealThreadCount(), loadBefore.constData(), loadAfter.constData());
        std::printf("DescribeImages answer: %lld bytes; floor: the same bytes from QHttpServer\n\n",
                    qlonglong(describeBody.size()));
        std::printf("| requests | conns | req/s | p50 | p99 | server CPU/req | req/s per server "
                    "core | ratio to floor | client CPU/req | failed |\n");
        std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row &r : rows) {
            RunResult &x = r.result;
            const double serverUs = x.requests ? x.serverCpuNs / 1e3 / double(x.requests) : 0;
            const double clientUs = x.requests ? x.clientCpuNs / 1e3 / double(x.requests) : 0;
            const QString conns =
                x.connections == r.connections
                    ? QString::number(r.connections)
                    : QStringLiteral("%1 (%2 at once)").arg(r.connections).arg(x.connections);
            std::printf("| %s | %s | %.0f | %.2f ms | %.2f ms | %.0f µs | %.0f | %.2f | %.0f µs | "
                        "%lld of %lld |\n",
                        qPrintable(r.action), qPrintable(conns), x.perSecond(),
                        x.percentileMs(0.50), x.percentileMs(0.99), serverUs,
                        serverUs > 0 ? 1e6 / serverUs : 0.0,
                        r.floorPerSecond > 0 ? x.perSecond() / r.floorPerSecond : 0.0, clientUs,
                        qlonglong(x.failures), qlonglong(x.requests));
        }
        for (const Row &r : rows)
            if (!r.result.firstFailure.isEmpty())
                std::printf("\nfirst failure (%s, %d): %s\n", qPrintable(r.action), r.connections,
                            r.result.firstFailure.constData());
        m_sim.stop();
        return ok ? 0 : 1;
    }

private:
    // A snapshot of the region to make images from: the golden image's system snapshot. The
    // quota left in the region bounds how many images can exist at once.
    bool findSnapshot(LoadClient &client, const RequestMaker &sim)
    {
        QList<QByteArray> answers;
        client.batch(
            {sim.make(
                 "DescribeImages",
                 {{QStringLiteral("Filters"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("Name"), QStringLiteral("image-type")},
                       {QStringLiteral("Values"), QJsonArray{QStringLiteral("PRIVATE_IMAGE")}}}}}}),
             sim.make("DescribeImageQuota", {})},
            &answers);
        if (answers.size() < 2)
            return false;
        const QJsonObject images = response(answers.at(0));
        for (const QJsonValue &image : images.value(QLatin1String("ImageSet")).toArray()) {
            for (const QJsonValue &s :
                 image.toObject().value(QLatin1String("SnapshotSet")).toArray())
                if (s.toObject().value(QLatin1String("DiskUsage")).toString() ==
                    QLatin1String("SYSTEM_DISK")) {
                    m_snapshotId = s.toObject().value(QLatin1String("SnapshotId")).toString();
                    break;
                }
            if (!m_snapshotId.isEmpty())
                break;
        }
        const int quota = response(answers.at(1)).value(QLatin1String("ImageNumQuota")).toInt();
        m_freeSlots = quota - images.value(QLatin1String("TotalCount")).toInt();
        if (m_snapshotId.isEmpty() || m_freeSlots <= 0) {
            std::fprintf(stderr, "no snapshot or no image quota left in %s: %s %s\n",
                         kRegion.constData(), answers.at(0).left(300).constData(),
                         answers.at(1).left(300).constData());
            return false;
        }
        return true;
    }

    // Rounds of CreateImage at once, an untimed wait until the images are made, and
    // DeleteImages at once, until m_options.pairs pairs are done.
    RunResult writePairs(LoadClient &client, const RequestMaker &sim, LoadClient &poller)
    {
        RunResult total;
        const int width = qMin(client.size(), m_freeSlots);
        int done = 0;
        while (done < m_options.pairs) {
            const int n = qMin(width, m_options.pairs - done);
            QList<QByteArray> creates;
            for (int i = 0; i < n; ++i)
                creates.append(sim.make(
                    "CreateImage",
                    {{QStringLiteral("ImageName"), QStringLiteral("bench-%1").arg(++m_serial)},
                     {QStringLiteral("SnapshotIds"), QJsonArray{m_snapshotId}}}));
            QList<QByteArray> answers;
            total.add(client.batch(creates, &answers));
            QJsonArray ids;
            for (const QByteArray &a : std::as_const(answers)) {
                const QString id = response(a).value(QLatin1String("ImageId")).toString();
                if (!id.isEmpty())
                    ids.append(id);
            }
            if (ids.isEmpty())
                break; // the failure is in `total`
            if (!waitUntilMade(poller, sim, ids)) {
                ++total.failures;
                total.firstFailure = "images not made within 10 s";
                break;
            }
            QList<QByteArray> deletes;
            for (const QJsonValue &id : std::as_const(ids))
                deletes.append(
                    sim.make("DeleteImages", {{QStringLiteral("ImageIds"), QJsonArray{id}}}));
            total.add(client.batch(deletes, nullptr));
            done += n;
        }
        return total;
    }

    static bool waitUntilMade(LoadClient &poller, const RequestMaker &sim, const QJsonArray &ids)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            QList<QByteArray> answers;
            poller.batch({sim.make("DescribeImages", {{QStringLiteral("ImageIds"), ids}})},
                         &answers);
            const QJsonArray set =
                response(answers.value(0)).value(QLatin1String("ImageSet")).toArray();
            if (set.size() == ids.size() &&
                std::all_of(set.begin(), set.end(), [](const QJsonValue &v) {
                    return v.toObject().value(QLatin1String("ImageState")).toString() ==
                           QLatin1String("NORMAL");
                }))
                return true;
            QEventLoop pause;
            QTimer::singleShot(20, &pause, &QEventLoop::quit);
            pause.exec();
        }
        return false;
    }

    static constexpr int kSlices = 4;

    Options m_options;
    QTemporaryDir m_logDir;
    SimProcess m_sim;
    QString m_snapshotId;
    int m_freeSlots = 0;
    int m_serial = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signed requests per second against imprint-sim, with a QHttpServer floor."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Seconds per DescribeImages row."),
                                     QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption pairs(QStringLiteral("pairs"),
                                   QStringLiteral("CreateImage + DeleteImages pairs per row."),
                                   QStringLiteral("n"), QStringLiteral("350"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QStringLiteral("Tiny counts at 1 and 8 connections; exit status only says whether every "
                       "request succeeded."));
    QCommandLineOption floorBody(QStringLiteral("floor-body"),
                                 QStringLiteral("Internal: serve as the floor, answering "
                                                "this file's bytes."),
                                 QStringLiteral("file"));
    floorBody.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({seconds, pairs, smoke, floorBody});
    parser.process(app);
    if (parser.isSet(floorBody))
        return FloorServer::serve(parser.value(floorBody));

    Options options;
    options.seconds = parser.value(seconds).toDouble();
    options.pairs = parser.value(pairs).toInt();
    if (parser.isSet(smoke)) {
        options.seconds = 0.2;
        options.pairs = 10;
        options.concurrencies = {1, 8};
    }
    if (options.seconds <= 0 || options.pairs <= 0) {
        std::fprintf(stderr, "--seconds and --pairs take numbers above 0.\n");
        return 2;
    }
    return SimBench(options).run();
}
