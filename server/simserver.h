#pragma once

#include "error.h"
#include "faultinjector.h"
#include "httpfrontend.h"
#include "protocolmultiplexer.h"
#include "requestlog.h"
#include "simserveroptions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace imprint {

class ScaledClock;
class SimulatorEngine;
struct FaultPlan;

// imprint-sim: the simulator engine behind an HttpFrontend (limits, timeouts; see there), both in
// the thread that owns this object. Every wire protocol is served on the one address: a
// ProtocolMultiplexer tells them apart and hands each request to its protocol's gateway (the
// registration lines are in the constructor). Faults, latency and the request log are applied here,
// alike for all of them. The frontend calls its handler in that thread and the engine is
// single-threaded, so requests and the engine's clock ticks (a QTimer, every 200 ms) never overlap
// and need no lock.
//
// Every request gets one line on stderr (RequestLog): request id, service, action, region, outcome
// code and duration, plus the fault when one struck. Never a header value, a body or a key; what
// a client chose (action, region) is escaped (escapedForLog).
class SimServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int tickIntervalMs = 200;

    explicit SimServer(SimServerOptions options, QObject *parent = nullptr);
    ~SimServer() override;

    // Opens (or creates) the store, which locks it, and starts listening.
    Status start();
    // "http://127.0.0.1:41234": where it listens, once started.
    QUrl url() const;

private:
    void serve(const ReceivedRequest &request, HttpResponder responder);

    SimServerOptions m_options;
    std::unique_ptr<ScaledClock> m_clock;
    std::unique_ptr<SimulatorEngine> m_engine;
    ProtocolMultiplexer m_protocols;
    FaultInjector m_faults;
    RequestLog m_log;
    std::unique_ptr<HttpFrontend> m_http;
    QTimer m_tick;
    quint16 m_port = 0;
};

} // namespace imprint
