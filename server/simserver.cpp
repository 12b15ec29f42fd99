#include "simserver.h"

#include "clock.h"
#include "ecsgateway.h"
#include "simulatorengine.h"
#include "tc3gateway.h"
#include "ucloudgateway.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

namespace imprint {

namespace {

quint64 seedFor(const SimServerOptions &options)
{
    return options.faultsSeed ? *options.faultsSeed : QRandomGenerator::global()->generate64();
}

} // namespace

SimServer::SimServer(SimServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::make_unique<ScaledClock>(m_options.simSpeed))
    , m_engine(std::make_unique<SimulatorEngine>(m_clock.get()))
    , m_faults(m_options.faults, seedFor(m_options))
    , m_log(stderr)
{
    // Every wire protocol imprint-sim speaks, one line each (protocolmultiplexer.h).
    const bool signedAction = m_options.requireSignedAction;
    m_protocols.add(std::make_unique<Tc3Gateway>(*m_engine, m_options.credentials, signedAction));
    m_protocols.add(std::make_unique<UCloudGateway>(*m_engine, m_options.credentials));
    m_protocols.add(std::make_unique<EcsGateway>(*m_engine, m_options.credentials, signedAction));
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
    // The engine takes the store's lock before it reads anything (one owner per store) and
    // refuses a damaged store without writing to it: both refusals end the start here.
    SimulatorEngine::Options engineOptions;
    engineOptions.databasePath = m_options.databasePath();
    engineOptions.resetDemo = m_options.resetDemo;
    engineOptions.demoScale = m_options.demoScale;
    if (Status s = m_engine->open(engineOptions); !s) {
        if (s.error().code != ErrorCode::StoreDamaged)
            return s;
        // imprint-sim asks nothing: it says what the ways back are and stops.
        Error e = s.error();
        e.message += QLatin1Char(' ') +
                     tr("To go on, start Imprint with --data-dir %1: it offers SQLite's recovery "
                        "into a new file, the rolling backup when there is one, or moving the "
                        "store aside; each keeps the original.")
                         .arg(QDir::toNativeSeparators(dir));
        return e;
    }

    m_http = std::make_unique<HttpFrontend>(
        m_options.http,
        [this](const ReceivedRequest &request, HttpResponder responder) {
            serve(request, std::move(responder));
        },
        [this](int status, const QString &reason) {
            // Refused before any protocol saw it: logged like every request, then answered.
            ApiReply refusal = ProtocolMultiplexer::httpRefusal(status, reason);
            m_log.add(refusal, FaultPlan(), 0);
            return qMakePair(refusal.contentType, refusal.body);
        },
        this);
    if (!m_http->listen(m_options.address, m_options.port))
        return Error(ErrorCode::Network,
                     tr("Cannot listen on %1 port %2; it may be in use. Choose another with "
                        "--listen (port 0 picks a free one).")
                         .arg(m_options.address.toString())
                         .arg(m_options.port));
    m_port = m_http->serverPort();
    m_engine->publishEndpoint(url());
    m_tick.start(tickIntervalMs);
    if (m_options.beyondLoopback())
        std::fprintf(stderr, "imprint-sim: %s\n",
                     qPrintable(tr("Warning: listening on %1 over plain HTTP. Traffic is not "
                                   "encrypted: anyone on the network can read requests and "
                                   "answers. Signed writes run once and must sign their action; "
                                   "UHost requests carry no timestamp or nonce and can be "
                                   "replayed. Use it on a network you trust.")
                                    .arg(m_options.address.toString())));
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

void SimServer::serve(const ReceivedRequest &req, HttpResponder responder)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const FaultPlan plan = m_faults.next();

    // The action runs now (unless a fault strikes before it); latency only delays the answer,
    // like a slow network on the way back: a client that gives up may miss a done action.
    const bool runs =
        plan.kind == FaultPlan::Kind::None || plan.timing == FaultPlan::Timing::AfterAction;
    const ApiReply reply = runs ? m_protocols.handle(req, QDateTime::currentSecsSinceEpoch())
                                : m_protocols.notRun(req);
    // Built now, while the request is at hand: the protocol decides how "slow down" reads.
    const ApiReply limited =
        plan.kind == FaultPlan::Kind::RateLimit ? m_protocols.throttled(req) : ApiReply();

    // The answer may come later (latency); the client may be gone by then.
    auto deliver = [this, responder, reply, limited, plan, elapsed]() mutable {
        if (!responder.isConnected()) {
            ApiReply gone = reply;
            gone.outcome += QStringLiteral(" (client gone)");
            m_log.add(gone, plan, elapsed.elapsed());
            return;
        }
        switch (plan.kind) {
        case FaultPlan::Kind::None:
            responder.respond(reply.httpStatus, reply.contentType, reply.body);
            break;
        case FaultPlan::Kind::Drop:
            responder.abort();
            break;
        case FaultPlan::Kind::Http5xx:
            responder.respond(plan.httpStatus, "text/plain",
                              plan.httpStatus == 502 ? QByteArray("Bad Gateway\n")
                                                     : QByteArray("Service Unavailable\n"));
            break;
        case FaultPlan::Kind::RateLimit:
            responder.respond(limited.httpStatus, limited.contentType, limited.body);
            break;
        }
        m_log.add(reply, plan, elapsed.elapsed());
    };
    if (plan.delayMs > 0)
        QTimer::singleShot(plan.delayMs, this, deliver);
    else
        deliver();
}

} // namespace imprint
