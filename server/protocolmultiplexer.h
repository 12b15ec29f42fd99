#pragma once

#include "apireply.h"
#include "receivedrequest.h"
#include "wiregateway.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace imprint {

// imprint-sim serves every wire protocol on one address. This decides, per request and by its
// shape alone, which protocol a request speaks and hands it to that protocol's WireGateway.
//
// Adding a protocol (docs/adding-a-cloud.md has the whole list):
//   1. protocol/: its verifier (signature check over a ReceivedRequest), envelope and mappers.
//   2. server/: one WireGateway subclass (recognises(), handle(), notRun(), throttled()) and an
//      ActionDispatcher per product, each a table of action name -> handler.
//   3. One registration line in SimServer's constructor:
//        m_protocols.add(std::make_unique<MyGateway>(*m_engine, m_options.credentials));
// Gateways are asked in registration order and the first that recognises a request gets it, so
// recognise on what only your protocol sends (an Authorization scheme, a signature parameter
// name), never on something as common as "POST with a JSON body". Faults (--faults), latency
// and the request log live in SimServer and apply to every protocol without any work here.
//
// A request that no gateway recognises gets HTTP 400 with a short JSON body
// {"Code": "UnsupportedProtocol", "Message": ..., "RequestId": ...} whose message lists the
// request shapes imprint-sim understands.
class ProtocolMultiplexer
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolMultiplexer)

public:
    void add(std::unique_ptr<WireGateway> gateway);

    // The gateway that recognises the request; nullptr when none does.
    WireGateway *route(const ReceivedRequest &request) const;
    QStringList protocolNames() const;

    // Route, then the gateway's answer (or the unrecognised-request answer).
    ApiReply handle(const ReceivedRequest &request, qint64 nowSeconds);
    // The log line of a request no action ran for, and the "slow down" answer, each in the
    // envelope of the request's protocol.
    ApiReply notRun(const ReceivedRequest &request) const;
    ApiReply throttled(const ReceivedRequest &request) const;

    // The answer to a request refused at the HTTP layer (malformed, too large, too slow): no
    // protocol could read it, so the neutral envelope, with a code named after the status.
    static ApiReply httpRefusal(int httpStatus, const QString &message);

private:
    ApiReply unrecognised() const;
    static ApiReply neutralFailure(int httpStatus, const QString &code, const QString &message);

    std::vector<std::unique_ptr<WireGateway>> m_gateways;
};

} // namespace imprint
