#pragma once

#include "error.h"
#include "ucloudparams.h"

#include <QString>

#include <functional>
#include <optional>

namespace imprint {

// The verdict on one UCloud request (imprint-sim). retCode 0: authentic.
struct UCloudVerification
{
    int retCode = 0;
    QString message;
    QString publicKey; // what the request claims, for logs (never the signature)
    QString action;

    bool ok() const { return retCode == 0; }
    Error toError() const;
};

// The server side of UCloud's signature: does a request carry a valid signature by a key we
// know? Checks, in order, each answered with UCloud's public RetCode:
//  1. Action present, else 160;
//  2. Signature present, else 170;
//  3. PublicKey known, else 172 ("user does not exist");
//  4. UCloudSigner::signature recomputed over the received parameters equals Signature
//     (40 lower-case hex digits, compared in constant time), else 171.
//
// What the scheme does not have: no timestamp and no nonce are signed, so a captured request
// verifies again whenever it is replayed. Only TLS keeps requests from being captured;
// docs/ucloud-replay.md says what that means for UHost and what imprint-sim does about it.
class UCloudVerifier
{
public:
    using SecretLookup = std::function<std::optional<QString>(const QString &publicKey)>;

    explicit UCloudVerifier(SecretLookup lookup);

    UCloudVerification verify(const UCloudParams &params) const;

private:
    SecretLookup m_lookup;
};

} // namespace imprint
