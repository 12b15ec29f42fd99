#include "simserver.h"

#include "clock.h"
#include "ecsgateway.h"
#include "simulatorengine.h"
#include "tc3gateway.h"
#include "ucloudgateway.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <cstdio>

namespace imprint {

namespace {

quint64 seedFor(const SimServerOptions &options)
{
    return options.faultsSeed ? *options.faultsSeed : QRandomGenerator::global()->generate64();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QHttpServerResponder::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

} // namespace

SimServer::SimServer(SimServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::make_unique<ScaledClock>(m_options.simSpeed))
    , m_engine(std::make_unique<SimulatorEngine>(m_clock.get()))
    , m_faults(m_options.faults, seedFor(m_options))
{
    // Every wire protocol imprint-sim speaks, one line each (protocolmultiplexer.h).
    m_protocols.add(std::make_unique<Tc3Gateway>(*m_engine, m_options.credentials));
    m_protocols.add(std::make_unique<UCloudGateway>(*m_engine, m_options.credentials));
    m_protocols.add(std::make_unique<EcsGateway>(*m_engine, m_options.credentials));
    connect(&m_tick, &QTimer::timeout, m_engine.get(), &SimulatorEngine::advance);
}

// Members go in reverse order: the server stops taking requests before the engine goes, and
// the engine (which saves the simulated time on its way out) before its clock.
SimServer::~SimServer() = default;

Status SimServer::start()
{
    const QString dir = m_options.dataDir;
    if (!QDir().mkpath(dir))
        return Error(
            ErrorCode::StorageFailure,
            tr("Cannot create the data folder %1; choose another one with --data-dir.").arg(dir));
    // Two simulators on one store would each keep their own copy of the world in memory and
    // overwrite each other's changes. A lock left by a killed imprint-sim is stale (its process
    // is gone) and QLockFile takes it over.
    m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("imprint-sim.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Error(ErrorCode::StorageFailure,
                     tr("Another imprint-sim (process %1) is using %2; stop it or choose another "
                        "--data-dir.")
                         .arg(pid)
                         .arg(dir));
    }

    SimulatorEngine::Options engineOptions;
    engineOptions.databasePath = m_options.databasePath();
    engineOptions.resetDemo = m_options.resetDemo;
    engineOptions.demoScale = m_options.demoScale;
    if (Status s = m_engine->open(engineOptions); !s)
        return s;

    auto handler = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, std::move(responder));
    };
    m_http.route(QStringLiteral("/"), handler);
    // Other paths get an API answer too (the protocol's refusal, or UnsupportedProtocol) rather
    // than a bare 404.
    m_http.setMissingHandler(handler);
    m_port = m_http.listen(m_options.address, m_options.port);
    if (m_port == 0)
        return Error(ErrorCode::Network,
                     tr("Cannot listen on %1 port %2; it may be in use. Choose another with "
                        "--listen (port 0 picks a free one).")
                         .arg(m_options.address.toString())
                         .arg(m_options.port));
    m_tick.start(tickIntervalMs);
    std::fprintf(stderr, "imprint-sim: data %s, sim speed %g, faults %s (seed %llu)\n",
                 qPrintable(QDir::toNativeSeparators(m_options.databasePath())), m_options.simSpeed,
                 qPrintable(m_faults.spec().toString()),
                 static_cast<unsigned long long>(m_faults.seed()));
    return {};
}

QUrl SimServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

ReceivedRequest SimServer::received(const QHttpServerRequest &request)
{
    ReceivedRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    r.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &header : request.headers())
        r.headers.append(header.first, header.second);
    r.body = request.body();
    return r;
}

void SimServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const FaultPlan plan = m_faults.next();
    const ReceivedRequest req = received(request);

    // The action runs now (unless a fault strikes before it); latency only delays the answer,
    // like a slow network on the way back: a client that gives up may miss a done action.
    const bool runs =
        plan.kind == FaultPlan::Kind::None || plan.timing == FaultPlan::Timing::AfterAction;
    const ApiReply reply = runs ? m_protocols.handle(req, QDateTime::currentSecsSinceEpoch())
                                : m_protocols.notRun(req);
    // Built now, while the request is at hand: the protocol decides how "slow down" reads.
    const ApiReply limited =
        plan.kind == FaultPlan::Kind::RateLimit ? m_protocols.throttled(req) : ApiReply();

    // The responder is move-only and may outlive this call (latency); the socket may go away
    // meanwhile (the client gave up), hence the guarded pointer.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = shared->socket();
    auto deliver = [this, shared, socket, reply, limited, plan, elapsed]() {
        if (!socket) {
            ApiReply gone = reply;
            gone.outcome += QStringLiteral(" (client gone)");
            log(gone, plan, elapsed.elapsed());
            return;
        }
        switch (plan.kind) {
        case FaultPlan::Kind::None:
            shared->write(reply.body, {{"Content-Type", reply.contentType}},
                          statusCode(reply.httpStatus));
            break;
        case FaultPlan::Kind::Drop:
            socket->abort();
            break;
        case FaultPlan::Kind::Http5xx:
            shared->write(plan.httpStatus == 502 ? QByteArray("Bad Gateway\n")
                                                 : QByteArray("Service Unavailable\n"),
                          {{"Content-Type", "text/plain"}}, statusCode(plan.httpStatus));
            break;
        case FaultPlan::Kind::RateLimit:
            shared->write(limited.body, {{"Content-Type", limited.contentType}},
                          statusCode(limited.httpStatus));
            break;
        }
        log(reply, plan, elapsed.elapsed());
    };
    if (plan.delayMs > 0)
        QTimer::singleShot(plan.delayMs, this, deliver);
    else
        deliver();
}

void SimServer::log(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs) const
{
    auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    QString line = QStringLiteral("%1 %2 %3 %4 %5 %6 %7ms")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                            orDash(reply.requestId), orDash(reply.service), orDash(reply.action),
                            orDash(reply.region), orDash(reply.outcome))
                       .arg(elapsedMs);
    if (plan.kind != FaultPlan::Kind::None)
        line += QStringLiteral(" fault=%1%2/%3")
                    .arg(FaultPlan::kindName(plan.kind),
                         plan.kind == FaultPlan::Kind::Http5xx ? QString::number(plan.httpStatus)
                                                               : QString(),
                         FaultPlan::timingName(plan.timing));
    if (plan.delayMs > 0)
        line += QStringLiteral(" latency=%1ms").arg(plan.delayMs);
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace imprint
