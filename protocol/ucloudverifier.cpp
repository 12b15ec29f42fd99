#include "ucloudverifier.h"

#include "tc3verifier.h"
#include "uclouderrorcodes.h"
#include "ucloudsigner.h"

namespace imprint {

Error UCloudVerification::toError() const
{
    return ok() ? Error() : UCloudErrorCodes::error(retCode, message);
}

UCloudVerifier::UCloudVerifier(SecretLookup lookup)
    : m_lookup(std::move(lookup))
{}

UCloudVerification UCloudVerifier::verify(const UCloudParams &params) const
{
    UCloudVerification v;
    v.action = params.value(QStringLiteral("Action"));
    v.publicKey = params.value(QStringLiteral("PublicKey"));
    auto refuse = [&v](int retCode, QString message) {
        v.retCode = retCode;
        v.message = std::move(message);
        return v;
    };
    if (v.action.isEmpty())
        return refuse(UCloudErrorCodes::missingAction,
                      QStringLiteral("The request has no Action parameter; say which API action "
                                     "to run."));
    const QByteArray received = params.value(QStringLiteral("Signature")).toLatin1();
    if (received.isEmpty())
        return refuse(UCloudErrorCodes::missingSignature,
                      QStringLiteral("The request is not signed: the Signature parameter is "
                                     "missing."));
    const std::optional<QString> privateKey =
        v.publicKey.isEmpty() ? std::nullopt : m_lookup(v.publicKey);
    if (!privateKey)
        return refuse(UCloudErrorCodes::userNotFound,
                      QStringLiteral("No account has this PublicKey; check the API key pair."));
    if (!Tc3Verifier::constantTimeEquals(received, UCloudSigner::signature(params, *privateKey)))
        return refuse(UCloudErrorCodes::signatureError,
                      QStringLiteral("The signature does not match the request; check the "
                                     "PrivateKey and sign every parameter except Signature."));
    return v;
}

} // namespace imprint
