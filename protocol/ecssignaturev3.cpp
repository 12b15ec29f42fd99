#include "ecssignaturev3.h"

#include "ecssignaturev1.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace imprint {

QByteArray EcsSignatureV3::hashedPayload(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

QByteArray EcsSignatureV3::canonicalQuery(const EcsParamList &query)
{
    // The same sorted, encoded pairs V1 signs; V3 simply does not encode them a second time.
    return EcsSignatureV1::canonicalizedQuery(query);
}

QByteArray EcsSignatureV3::canonicalRequest(const QByteArray &method, const QByteArray &path,
                                            const QByteArray &canonicalQuery,
                                            const QList<QPair<QByteArray, QByteArray>> &headers,
                                            const QByteArray &hashedPayload)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto &h : headers)
        sorted.append({h.first.toLower(), h.second.trimmed()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &h : std::as_const(sorted)) {
        canonicalHeaders += h.first + ':' + h.second + '\n';
        names << h.first;
    }
    return method.toUpper() + '\n' + (path.isEmpty() ? QByteArray("/") : path) + '\n' +
           canonicalQuery + '\n' + canonicalHeaders + '\n' + names.join(';') + '\n' + hashedPayload;
}

QByteArray EcsSignatureV3::stringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(algorithm) + '\n' + hashedPayload(canonicalRequest);
}

QByteArray EcsSignatureV3::signature(const QString &accessKeySecret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

QByteArray EcsSignatureV3::authorizationHeader(const QString &accessKeyId,
                                               const QByteArrayList &signedHeaders,
                                               const QByteArray &signature)
{
    return QByteArray(algorithm) + " Credential=" + accessKeyId.toUtf8() +
           ",SignedHeaders=" + signedHeaders.join(';') + ",Signature=" + signature;
}

HttpHeaders EcsSignatureV3::headers(const QByteArray &method, const QByteArray &host,
                                    const QString &action, const QString &version,
                                    const EcsParamList &query, const QByteArray &body,
                                    const Credentials &credentials, const QDateTime &date,
                                    const QString &nonce)
{
    QList<QPair<QByteArray, QByteArray>> signedHeaders{
        {"host", host},
        {"x-acs-action", action.toUtf8()},
        {"x-acs-version", version.toUtf8()},
        {"x-acs-date", EcsSignatureV1::timestamp(date).toLatin1()},
        {"x-acs-signature-nonce", nonce.toUtf8()},
        {"x-acs-content-sha256", hashedPayload(body)}};
    if (!body.isEmpty())
        signedHeaders.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    if (!credentials.token.isEmpty())
        signedHeaders.append(
            qMakePair(QByteArray("x-acs-security-token"), credentials.token.toUtf8()));

    const QByteArray canonical =
        canonicalRequest(method, "/", canonicalQuery(query), signedHeaders, hashedPayload(body));
    QByteArrayList names;
    for (const auto &h : std::as_const(signedHeaders))
        names << h.first;
    std::sort(names.begin(), names.end());

    HttpHeaders out;
    for (const auto &h : std::as_const(signedHeaders))
        out.append(h.first, h.second);
    out.append("Authorization",
               authorizationHeader(credentials.secretId, names,
                                   signature(credentials.secretKey, stringToSign(canonical))));
    return out;
}

} // namespace imprint
