#pragma once

#include "credentials.h"
#include "ucloudparams.h"
#include "ucloudverifier.h"
#include "uhostactiondispatcher.h"
#include "wiregateway.h"

#include <QCoreApplication>

namespace imprint {

class SimulatorEngine;

// UCloud's API style (reference §3.1): UHost, served on the same address as the other protocols.
//
// Recognised by its PublicKey and Signature parameters (in the query, a form body or a JSON
// body); nothing else imprint-sim speaks has both. Then, each refusal in UCloud's envelope
// (HTTP 200, as UCloud answers):
//   a body that cannot be read (bad JSON, a parameter twice)  230 (parameters)
//   signature problems                                       UCloudVerifier's 160/170/171/172
//   an action UHost lacks                                    161
//   no Region (regional action) / a region UHost lacks       230, naming Region
// then the UHost dispatcher, and the envelope with a RequestUUID.
//
// The key pair imprint-sim is given (IMPRINT_SIM_SECRET_ID / IMPRINT_SIM_SECRET_KEY) is the
// PublicKey / PrivateKey pair.
class UCloudGateway : public WireGateway
{
    Q_DECLARE_TR_FUNCTIONS(UCloudGateway)

public:
    UCloudGateway(SimulatorEngine &engine, Credentials accepted);
    Q_DISABLE_COPY_MOVE(UCloudGateway)

    QString protocolName() const override;
    QString requestShape() const override;
    bool recognises(const ReceivedRequest &request) const override;
    ApiReply handle(const ReceivedRequest &request, qint64 nowSeconds) override;
    ApiReply notRun(const ReceivedRequest &request) const override;
    ApiReply throttled() const override;

    // The request's parameters: the query string's, then a form body's or a JSON body's.
    static Result<UCloudParams> parameters(const ReceivedRequest &request);

private:
    Credentials m_accepted;
    UCloudVerifier m_verifier;
    UHostActionDispatcher m_uhost;
};

} // namespace imprint
