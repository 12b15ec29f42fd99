#pragma once

#include "credentials.h"
#include "ucloudparams.h"

#include <QByteArray>
#include <QString>

namespace imprint {

// UCloud's request signature (reference §3.1), for the client side and, through the same
// static steps, for imprint-sim's verifier, so that the two can never compute it differently:
//
//   1. every parameter except Signature (PublicKey included), sorted by name in byte order;
//   2. name + value concatenated with no separators and no URL escaping;
//   3. the PrivateKey appended;
//   4. SHA-1 of the bytes, as 40 lower-case hex digits.
//
// Values are the texts UCloudParams rendered (true/false, 42 not 42.0, never 1e+21).
//
// Credentials: secretId is the PublicKey, secretKey the PrivateKey, token an STS
// SecurityToken (sent and signed as the SecurityToken parameter when set).
class UCloudSigner
{
public:
    explicit UCloudSigner(Credentials credentials);

    // Adds PublicKey (and SecurityToken), then Signature over everything else.
    void sign(UCloudParams &params) const;

    // Steps 1-2: the text that is signed, without the private key.
    static QByteArray signedText(const UCloudParams &params);
    // Steps 3-4.
    static QByteArray signature(const UCloudParams &params, const QString &privateKey);

private:
    Credentials m_credentials;
};

} // namespace imprint
