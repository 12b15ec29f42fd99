#pragma once

#include "credentials.h"
#include "httpheaders.h"
#include "signedrequest.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace imprint {

// TC3-HMAC-SHA256, exactly as reference §2.1 describes it, for the client side.
//
// The steps are public static functions so that tests can check each published intermediate
// value (vectors A, B, C) and so that Tc3Verifier recomputes with the very same code instead of
// a second implementation that could drift.
class Tc3Signer
{
public:
    static constexpr const char *algorithm = "TC3-HMAC-SHA256";

    explicit Tc3Signer(Credentials credentials);

    // Every header a client sends (reference §1.2): Host, Content-Type, X-TC-Action,
    // X-TC-Version, X-TC-Timestamp, X-TC-Region (when given), Authorization, and X-TC-Token /
    // X-TC-Language only when non-empty. Values are exactly the ones that were signed: `version`
    // and `region` are the request's for signing too.
    HttpHeaders headers(const SignedRequest &request, const QByteArray &version,
                        const QByteArray &region, const QByteArray &language = {}) const;
    QByteArray authorization(const SignedRequest &request) const;

    // Step 1: lowercase hex SHA-256 of the exact body bytes.
    static QByteArray hashedPayload(const QByteArray &payload);
    // Step 1: the six lines. Header names and values are lowercased and values trimmed here.
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path,
                                       const QByteArray &query,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &payload);
    static QByteArray canonicalRequest(const SignedRequest &request);
    // "a;b;c": the lowercased names, sorted.
    static QByteArray signedHeaderList(const QByteArrayList &names);

    // Step 2. The date is the UTC calendar date of the timestamp: local time breaks signing
    // near midnight (vector A's timestamp is already the next day in UTC+8).
    static QByteArray utcDate(qint64 timestamp);
    static QByteArray credentialScope(const QByteArray &date, const QByteArray &service);
    // `timestamp` is the X-TC-Timestamp text exactly as sent.
    static QByteArray stringToSign(const QByteArray &timestamp, const QByteArray &credentialScope,
                                   const QByteArray &canonicalRequest);
    static QByteArray stringToSign(const SignedRequest &request);

    // Step 3: the HMAC chain. Raw bytes; they are as secret as the key itself.
    struct SigningKeys
    {
        QByteArray secretDate;
        QByteArray secretService;
        QByteArray secretSigning;
    };
    static SigningKeys signingKeys(const QString &secretKey, const QByteArray &date,
                                   const QByteArray &service);

    // Step 4: lowercase hex HMAC(SecretSigning, StringToSign).
    static QByteArray signature(const QByteArray &secretSigning, const QByteArray &stringToSign);
    static QByteArray signature(const SignedRequest &request, const QString &secretKey);

    // Step 5: "TC3-HMAC-SHA256 Credential=<id>/<scope>, SignedHeaders=<list>, Signature=<hex>".
    static QByteArray authorizationHeader(const QString &secretId,
                                          const QByteArray &credentialScope,
                                          const QByteArray &signedHeaderList,
                                          const QByteArray &signature);

private:
    static QByteArray hmac(const QByteArray &key, const QByteArray &message);

    Credentials m_credentials;
};

} // namespace imprint
