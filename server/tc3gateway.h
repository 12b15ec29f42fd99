#pragma once

#include "actiondispatcher.h"
#include "credentials.h"
#include "replayguard.h"
#include "tc3verifier.h"
#include "wiregateway.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace imprint {

class SimulatorEngine;

// Tencent Cloud API 3.0: the CVM and Lighthouse services, signed with TC3-HMAC-SHA256.
//
// Recognised by any X-TC-* header or a TC3-HMAC-SHA256 Authorization header. Then protocol,
// signature, service, version, action and region checks, in the order the real cloud answers
// them, then the product's ActionDispatcher, then the envelope with a fresh RequestId (a UUID).
//
//   not POST / with a JSON body         UnsupportedProtocol
//   signature problems                  Tc3Verifier's codes (MissingParameter, AuthFailure.*)
//   X-TC-Version not the service's      NoSuchVersion
//   an action the service lacks         InvalidAction
//   no X-TC-Region (regional action)    MissingParameter, naming `Region`, as the cloud does
//   a region id no product knows        InvalidParameterValue, as the cloud answers it
//   a region only the other product has UnsupportedRegion (the API is not offered there)
//   a body that is not a JSON object    InvalidParameter
//
// The Host is routed as the cloud routes it ("cvm." / "lighthouse.") and otherwise by the
// credential scope's service (Tc3Verifier). One accommodation: the official Node.js SDK signs
// the host name without the port while it sends the Host header with it (its sign.js uses
// URL.hostname); the cloud listens on the default port where both are the same. A signature
// that fails with the Host as received is therefore checked once more with the port removed.
//
// Beyond the cloud's checks, because imprint-sim speaks plain HTTP where the cloud relies on TLS:
//   a write whose signature was seen before     the first answer again; nothing runs twice
//     (replayguard.h; within the 300 s a signature stays acceptable; an official SDK's retry
//     within the same second is byte for byte the same request)
//   requireSignedAction, and x-tc-action,       AuthFailure.InvalidAuthorization: the minimal
//     x-tc-version or a sent x-tc-region not    signature (content-type;host) lets a captured
//     among the SignedHeaders                   request be sent as another action or region
class Tc3Gateway : public WireGateway
{
    Q_DECLARE_TR_FUNCTIONS(Tc3Gateway)

public:
    Tc3Gateway(SimulatorEngine &engine, Credentials accepted, bool requireSignedAction = false);
    ~Tc3Gateway() override;
    // The verifier's key lookup points back at this object.
    Q_DISABLE_COPY_MOVE(Tc3Gateway)

    QString protocolName() const override;
    QString requestShape() const override;
    bool recognises(const ReceivedRequest &request) const override;
    ApiReply handle(const ReceivedRequest &request, qint64 nowSeconds) override;
    ApiReply notRun(const ReceivedRequest &request) const override;
    ApiReply throttled() const override;

    // An API 3.0 envelope failure that no action produced (faults, refusals before routing).
    static ApiReply failure(const QString &code, const QString &message);

private:
    Tc3Verification authenticate(const ReceivedRequest &request, qint64 nowSeconds) const;
    ActionDispatcher *dispatcherFor(const QString &service) const;

    SimulatorEngine &m_engine;
    Credentials m_accepted;
    Tc3Verifier m_verifier;
    bool m_requireSignedAction = false;
    ReplayGuard m_replays{Tc3Verifier::maxClockSkewSeconds};
    std::vector<std::unique_ptr<ActionDispatcher>> m_dispatchers;
};

} // namespace imprint
