#pragma once

#include "error.h"
#include "httpheaders.h"
#include "receivedrequest.h"
#include "tc3signingkeycache.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <functional>
#include <optional>

namespace imprint {

// The verdict on one request. `code` is the wire code to answer with (reference §1.4).
struct Tc3Verification
{
    QString code; // empty: authentic
    QString message;
    // What the request claims, filled as far as checking got (routing, logs).
    QString secretId;
    QString service; // "cvm", "lighthouse"
    QString action;
    QString version;
    QString region;
    QString language;
    qint64 timestamp = 0;
    QByteArrayList signedHeaders; // lowercase, as the Authorization header lists them
    QByteArray signature;         // the request's own: unique to its signed content and time

    bool ok() const { return code.isEmpty(); }
    // The verdict as a domain error (code from TencentErrorCodes, remoteCode = code).
    Error toError() const;
};

// The server side of TC3-HMAC-SHA256: does a received request carry a valid signature by a
// key we know, made recently?
//
// Checks, in order, each answered with the code the reference gives or, where it gives none,
// the choice documented here:
//  1. X-TC-Action, X-TC-Version, X-TC-Timestamp, Authorization present: else MissingParameter
//     (the common code for an absent required parameter; the real server answers a missing
//     Timestamp/Version this way). X-TC-Timestamp must be decimal Unix seconds, else
//     InvalidParameterValue.
//  2. Authorization well formed (TC3-HMAC-SHA256, Credential=<id>/<date>/<service>/tc3_request,
//     SignedHeaders sorted lowercase names including content-type and host, Signature 64
//     lowercase hex), and no second Authorization: else AuthFailure.InvalidAuthorization.
//  3. The service: the Host's first label when it names one of ours ("cvm.", "lighthouse."),
//     as the real cloud routes; for an IP address, localhost or any other host name, the
//     credential scope's service. A scope service that differs from the Host's, or that is
//     none of ours: AuthFailure.InvalidAuthorization (the real server says "`Service` in
//     Credential not valid" here).
//  4. Unknown SecretId: AuthFailure.SecretIdNotFound.
//  5. |now - X-TC-Timestamp| > 300 s: AuthFailure.SignatureExpire (exactly 300 s is accepted).
//  6. Credential date not the UTC date of X-TC-Timestamp: AuthFailure.SignatureFailure (the
//     reference's unconfirmed but reasonable choice, §2.1).
//  7. Recompute with the SignedHeaders the client listed, from the received header values,
//     and compare in constant time: AuthFailure.SignatureFailure.
//
// Not supported, by choice: X-TC-Content-SHA256: UNSIGNED-PAYLOAD (the body is always hashed,
// so such a request fails at 7), and X-TC-Token is not checked: the simulator issues no STS
// tokens, so a token grants nothing and the key pair alone decides.
class Tc3Verifier
{
public:
    // The secret key of a SecretId we accept; nullopt when we know no such id.
    using SecretLookup = std::function<std::optional<QString>(const QString &secretId)>;

    static constexpr qint64 maxClockSkewSeconds = 300;

    explicit Tc3Verifier(SecretLookup lookup);

    Tc3Verification verify(const ReceivedRequest &request, qint64 nowSeconds) const;

    // The parts of an Authorization header; nullopt (with the reason) when malformed.
    struct Authorization
    {
        QString secretId;
        QByteArray date;    // "2019-02-25"
        QByteArray service; // "cvm"
        QByteArrayList signedHeaders;
        QByteArray signature; // 64 lowercase hex digits
    };
    static std::optional<Authorization> parseAuthorization(const QByteArray &header,
                                                           QString *reason = nullptr);

    // Equal length and content, in time that depends only on the length: a byte-by-byte
    // early exit would tell an attacker how much of a forged signature is right.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    SecretLookup m_lookup;
    // Verifying does not change what the verifier accepts; the cache only saves the HMAC chain.
    mutable Tc3SigningKeyCache m_keys;
};

} // namespace imprint
