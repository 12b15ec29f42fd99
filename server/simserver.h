#pragma once

#include "error.h"
#include "faultinjector.h"
#include "protocolmultiplexer.h"
#include "simserveroptions.h"

#include <QHttpServer>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace imprint {

class ScaledClock;
class SimulatorEngine;
struct FaultPlan;

// imprint-sim: the simulator engine behind a QHttpServer, both in the thread that owns this
// object. Every wire protocol is served on the one address: a ProtocolMultiplexer tells them
// apart and hands each request to its protocol's gateway (the registration lines are in the
// constructor). Faults, latency and the request log are applied here, alike for all of them.
// QHttpServer calls its handlers in that thread and the engine is single-threaded, so
// requests and the engine's clock ticks (a QTimer, every 200 ms) never overlap and need no lock.
//
// Every request gets one line on stderr: request id, service, action, region, outcome code and
// duration, plus the fault when one struck. Never a header value, a body or a key.
class SimServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int tickIntervalMs = 200;

    explicit SimServer(SimServerOptions options, QObject *parent = nullptr);
    ~SimServer() override;

    // Locks the data folder, opens (or creates) the store and starts listening.
    Status start();
    // "http://127.0.0.1:41234": where it listens, once started.
    QUrl url() const;

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static ReceivedRequest received(const QHttpServerRequest &request);
    void log(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs) const;

    SimServerOptions m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ScaledClock> m_clock;
    std::unique_ptr<SimulatorEngine> m_engine;
    ProtocolMultiplexer m_protocols;
    FaultInjector m_faults;
    QHttpServer m_http;
    QTimer m_tick;
    quint16 m_port = 0;
};

} // namespace imprint
