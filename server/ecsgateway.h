#pragma once

#include "credentials.h"
#include "ecsactiondispatcher.h"
#include "ecsrpcverifier.h"
#include "replayguard.h"
#include "wiregateway.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace imprint {

class SimulatorEngine;

// Alibaba Cloud ECS RPC, API version 2014-05-26, signed with V1 (HMAC-SHA1; GET, or POST with
// the parameters in the query, a form body or both) or V3 (ACS3-HMAC-SHA256 headers).
//
// Recognised by an ACS3-HMAC-SHA256 Authorization header, or by the V1 Signature and
// SignatureMethod parameters (EcsRpcVerifier::claims). Then, in the order the cloud answers:
//
//   neither GET nor POST /                 InvalidParameter (UnsupportedHTTPMethod)
//   signature problems                     EcsRpcVerifier's codes (IncompleteSignature,
//                                          SignatureDoesNotMatch, InvalidAccessKeyId.NotFound,
//                                          IllegalTimestamp, InvalidTimeStamp.Expired, ...)
//   Version not 2014-05-26                 InvalidVersion
//   Format other than JSON                 InvalidParameter (imprint-sim answers JSON only)
//   an action ECS lacks                    InvalidAction.NotFound (404)
//   an unknown RegionId                    InvalidRegionId.NotFound (404)
//
// then the ECS ActionDispatcher, then the envelope: the fields plus RequestId with HTTP 200, or
// {RequestId, HostId, Code, Message} with the code's HTTP status (EcsEnvelope). The key pair
// imprint-sim is given is the one AccessKeyId / AccessKeySecret it accepts.
//
// A write whose SignatureNonce was seen before within the 15 minutes a signature stays
// acceptable is refused with SignatureNonceUsed and not run (replayguard.h). V1 signs every
// parameter, Action and Version included; with requireSignedAction a V3 request must list
// x-acs-action and x-acs-version among its SignedHeaders (IncompleteSignature).
class EcsGateway : public WireGateway
{
    Q_DECLARE_TR_FUNCTIONS(EcsGateway)

public:
    EcsGateway(SimulatorEngine &engine, Credentials accepted, bool requireSignedAction = false);
    // The verifier's key lookup points back at this object.
    Q_DISABLE_COPY_MOVE(EcsGateway)

    QString protocolName() const override;
    QString requestShape() const override;
    bool recognises(const ReceivedRequest &request) const override;
    ApiReply handle(const ReceivedRequest &request, qint64 nowSeconds) override;
    ApiReply notRun(const ReceivedRequest &request) const override;
    ApiReply throttled() const override;

private:
    // The reply shell of a request: what it names (action, region) for the log.
    ApiReply describe(const ReceivedRequest &request, const EcsParamList &params) const;
    static ApiReply refuse(ApiReply reply, const QString &code, const QString &message);

    Credentials m_accepted;
    EcsRpcVerifier m_verifier;
    EcsActionDispatcher m_dispatcher;
    bool m_requireSignedAction = false;
    ReplayGuard m_replays{EcsRpcVerifier::maxClockSkewSeconds};
};

} // namespace imprint
