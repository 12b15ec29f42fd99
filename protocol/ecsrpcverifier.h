#pragma once

#include "ecsparams.h"
#include "error.h"
#include "receivedrequest.h"

#include <QByteArrayList>
#include <QString>

#include <functional>
#include <optional>

namespace imprint {

// The verdict on one ECS RPC request.
struct EcsVerification
{
    enum class Scheme { None, V1, V3 };

    QString code; // empty: authentic; else the wire code to answer with
    QString message;
    Scheme scheme = Scheme::None;
    // What the request claims, filled as far as checking got (routing, logs).
    QString accessKeyId;
    QString action;
    QString version;
    QString nonce;                // SignatureNonce (V1) or x-acs-signature-nonce (V3)
    qint64 timestamp = 0;         // the signed time, Unix seconds, once it was read
    QByteArrayList signedHeaders; // V3: lowercase, as the Authorization header lists them
    // Every parameter of the query and, for a form POST, of the body: the action's own and
    // the common ones (Action, Signature, ...), which the mappers ignore.
    EcsParamList params;

    bool ok() const { return code.isEmpty(); }
    int httpStatus() const;
    Error toError() const;
};

// The server side of Alibaba Cloud's two RPC signatures: does a received request carry a valid
// signature by a key we know, made recently?
//
// Which scheme: an Authorization header starting "ACS3-HMAC-SHA256 " is V3; Signature and
// SignatureMethod among the parameters (query or form body) is V1. claims() says whether a
// request has either shape, so that a gateway can tell ECS from other protocols.
//
// V1 checks, in order: SignatureMethod HMAC-SHA1 and SignatureVersion 1.0 (IncompleteSignature);
// AccessKeyId, SignatureNonce, Timestamp, Action, Version present (MissingParameter); the key
// known (InvalidAccessKeyId.NotFound); Timestamp "yyyy-MM-ddTHH:mm:ssZ" (IllegalTimestamp) and
// within 15 minutes of now (InvalidTimeStamp.Expired); the signature over every parameter but
// Signature, with the request's method (SignatureDoesNotMatch).
//
// V3 checks, in order: the Authorization header's form, Credential=<id>,SignedHeaders=<a;b>,
// Signature=<64 hex> (IncompleteSignature); x-acs-action, x-acs-version, x-acs-date,
// x-acs-signature-nonce present (MissingParameter); host among the signed headers
// (IncompleteSignature); the key known; x-acs-date as above; every signed header present and
// x-acs-content-sha256, when sent, the hash of the body actually received; then the signature
// recomputed from the signed headers as received (SignatureDoesNotMatch).
//
// Format is not the verifier's business (it is signed like any parameter); the gateway answers
// JSON and refuses Format=XML.
//
// SignatureNonce replay (SignatureNonceUsed) is the gateway's business: it remembers the nonces
// of the writes it ran (replayguard.h). SecurityToken is not checked: the simulator issues no
// STS tokens, so the key pair alone decides.
class EcsRpcVerifier
{
public:
    using SecretLookup = std::function<std::optional<QString>(const QString &accessKeyId)>;

    static constexpr qint64 maxClockSkewSeconds = 15 * 60;

    explicit EcsRpcVerifier(SecretLookup lookup);

    // Whether the request has the shape of a V1 or V3 ECS request (cheap; nothing verified).
    static bool claims(const ReceivedRequest &request);
    static EcsVerification::Scheme scheme(const ReceivedRequest &request);
    EcsVerification verify(const ReceivedRequest &request, qint64 nowSeconds) const;

    // Query and form-body parameters, percent-decoded (ReceivedRequest::formParameters).
    static EcsParamList parameters(const ReceivedRequest &request);

    // The parts of a V3 Authorization header; nullopt (with the reason) when malformed.
    struct Acs3Authorization
    {
        QString accessKeyId;
        QByteArrayList signedHeaders;
        QByteArray signature;
    };
    static std::optional<Acs3Authorization> parseAuthorization(const QByteArray &header,
                                                               QString *reason = nullptr);

private:
    EcsVerification verifyV1(const ReceivedRequest &request, qint64 nowSeconds) const;
    EcsVerification verifyV3(const ReceivedRequest &request, qint64 nowSeconds) const;
    // The key, or a refusal recorded in `v`.
    std::optional<QString> secretFor(EcsVerification &v) const;
    static bool checkTime(EcsVerification &v, const QString &name, const QString &text,
                          qint64 nowSeconds);

    SecretLookup m_lookup;
};

} // namespace imprint
