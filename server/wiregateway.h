#pragma once

#include "apireply.h"
#include "receivedrequest.h"

#include <QString>
#include <QtGlobal>

namespace imprint {

// The front door of one wire protocol (Tencent API 3.0, Alibaba ECS RPC, UCloud, ...): it
// recognises its requests by their shape, authenticates them, routes them to the product's
// ActionDispatcher and wraps the result in the protocol's envelope. ProtocolMultiplexer asks
// each registered gateway in turn which request is its own.
//
// Gateways are pure request -> reply functions over the engine: no networking, no faults, no
// timing. SimServer owns those, so they apply to every protocol alike.
class WireGateway
{
public:
    virtual ~WireGateway() = default;

    // "Tencent Cloud API 3.0": how the unrecognised-request message names the protocol.
    virtual QString protocolName() const = 0;
    // How a request of this protocol looks, as a sentence for a client that sent something else:
    // "POST / with a JSON body, X-TC-* headers and a TC3-HMAC-SHA256 Authorization header."
    virtual QString requestShape() const = 0;
    // Whether the request claims to be this protocol's. Cheap and shape-only (headers and
    // parameter names): a request that claims it but is malformed is still this gateway's, so
    // that its refusal comes in the envelope the client understands.
    virtual bool recognises(const ReceivedRequest &request) const = 0;

    virtual ApiReply handle(const ReceivedRequest &request, qint64 nowSeconds) = 0;

    // What the log says about a request that no action runs for (a fault struck before it):
    // action and region as far as the request names them, outcome "not run".
    virtual ApiReply notRun(const ReceivedRequest &request) const = 0;
    // The protocol's own "too many requests" refusal (--faults ratelimit).
    virtual ApiReply throttled() const = 0;
};

} // namespace imprint
