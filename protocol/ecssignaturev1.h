#pragma once

#include "credentials.h"
#include "ecsparams.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace imprint {

// Alibaba Cloud RPC signature V1, HMAC-SHA1, exactly as reference §1.2 describes it.
//
// The steps are public static functions so that tests can check the published intermediate
// values (§1.3) and so that EcsRpcVerifier recomputes with the very same code. The parameters
// signed are every query and form parameter except Signature itself, so GET (all in the query)
// and POST (the common ones in the query, the rest in a form body, or all in the body) sign
// the same way; only the method word differs.
class EcsSignatureV1
{
public:
    static constexpr const char *signatureMethod = "HMAC-SHA1";
    static constexpr const char *signatureVersion = "1.0";

    // UTF-8, then QByteArray::toPercentEncoding: A-Z a-z 0-9 - _ . ~ stay, every other byte is
    // %XY in upper-case hex, a space is %20 and '*' is %2A: Alibaba's rule, with no fix-ups.
    static QByteArray percentEncode(const QString &text);
    // Step 3: "name=value&..." of the encoded pairs, sorted by encoded name then value, without
    // Signature.
    static QByteArray canonicalizedQuery(const EcsParamList &params);
    // Step 4: "<METHOD>&%2F&<percentEncode(canonicalizedQuery)>".
    static QByteArray stringToSign(const QByteArray &method, const EcsParamList &params);
    // Step 5: Base64(HMAC-SHA1(secret + "&", stringToSign)).
    static QByteArray signature(const QString &accessKeySecret, const QByteArray &stringToSign);

    // The client side in one call: `params` (the action's own) plus Action, Version, Format
    // JSON, AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce, Timestamp and,
    // last, Signature. The result encodes with encode() as the query (GET) or form body (POST).
    static EcsParamList sign(const QByteArray &method, const QString &action,
                             const QString &version, const EcsParamList &params,
                             const Credentials &credentials, const QDateTime &timestamp,
                             const QString &nonce);
    // "name=value&..." in the given order, names and values percent-encoded.
    static QByteArray encode(const EcsParamList &params);
    // ISO 8601 UTC to the second, "2016-02-23T12:46:24Z", as Timestamp must be.
    static QString timestamp(const QDateTime &time);
};

} // namespace imprint
