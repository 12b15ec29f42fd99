#pragma once

#include "credentials.h"
#include "ecsparams.h"
#include "httpheaders.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace imprint {

// Alibaba Cloud signature V3, ACS3-HMAC-SHA256, exactly as reference §1.4 describes it.
//
// Static steps, so that tests check the published intermediate values and EcsRpcVerifier
// recomputes with the same code from whatever SignedHeaders the client listed (the official
// SDK adds x-acs-credentials-provider, x-acs-retry-*, ... and signs every x-acs-* header, host
// and content-type it sends).
class EcsSignatureV3
{
public:
    static constexpr const char *algorithm = "ACS3-HMAC-SHA256";

    // Lower-case hex SHA-256 of the exact body bytes (x-acs-content-sha256).
    static QByteArray hashedPayload(const QByteArray &payload);
    // The query with V1's percent-encoding, sorted by encoded name.
    static QByteArray canonicalQuery(const EcsParamList &query);
    // METHOD \n URI \n query \n "name:value\n"... \n "a;b;c" \n hashedPayload. Header names are
    // lower-cased and sorted, values trimmed (not lower-cased).
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path,
                                       const QByteArray &canonicalQuery,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &hashedPayload);
    // "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonicalRequest)).
    static QByteArray stringToSign(const QByteArray &canonicalRequest);
    // Lower-case hex HMAC-SHA256 with the raw secret as the key (no '&', unlike V1).
    static QByteArray signature(const QString &accessKeySecret, const QByteArray &stringToSign);
    static QByteArray authorizationHeader(const QString &accessKeyId,
                                          const QByteArrayList &signedHeaders,
                                          const QByteArray &signature);

    // The client side: every header to send for `action` with `query` and a form `body`
    // (content type application/x-www-form-urlencoded when the body is not empty), signed.
    // `host` is exactly the Host header ("127.0.0.1:8080" keeps its port).
    static HttpHeaders headers(const QByteArray &method, const QByteArray &host,
                               const QString &action, const QString &version,
                               const EcsParamList &query, const QByteArray &body,
                               const Credentials &credentials, const QDateTime &date,
                               const QString &nonce);
};

} // namespace imprint
