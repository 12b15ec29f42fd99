#include "tc3signer.h"

#include "apitime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace imprint {

Tc3Signer::Tc3Signer(Credentials credentials)
    : m_credentials(std::move(credentials))
{}

HttpHeaders Tc3Signer::headers(const SignedRequest &toSign, const QByteArray &version,
                               const QByteArray &region, const QByteArray &language) const
{
    SignedRequest request = toSign;
    request.version = version;
    request.region = region;
    HttpHeaders h;
    h.append("Host", request.host);
    h.append("Content-Type", request.contentType);
    h.append("X-TC-Action", request.action);
    h.append("X-TC-Version", version);
    h.append("X-TC-Timestamp", QByteArray::number(request.timestamp));
    // Region-independent lookups may go without one; the SDK sends it whenever it has one.
    if (!region.isEmpty())
        h.append("X-TC-Region", region);
    h.append("Authorization", authorization(request));
    // The token is not part of the signature; the SDK adds the header only when it has one.
    if (!m_credentials.token.isEmpty())
        h.append("X-TC-Token", m_credentials.token.toUtf8());
    if (!language.isEmpty())
        h.append("X-TC-Language", language);
    return h;
}

QByteArray Tc3Signer::authorization(const SignedRequest &request) const
{
    // A header this type cannot supply a value for would be signed as empty and the server
    // would refuse the request: a programming error, caught here rather than on the wire.
    Q_ASSERT(request.hasSignableHeaders());
    const QByteArray scope = credentialScope(utcDate(request.timestamp), request.service);
    return authorizationHeader(m_credentials.secretId, scope,
                               signedHeaderList(request.signedHeaders),
                               signature(request, m_credentials.secretKey));
}

QByteArray Tc3Signer::hashedPayload(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::canonicalRequest(const QByteArray &method, const QByteArray &path,
                                       const QByteArray &query,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &payload)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    sorted.reserve(headers.size());
    qsizetype headerBytes = 0;
    for (const auto &h : headers) {
        sorted.append({h.first.toLower(), h.second.trimmed().toLower()});
        headerBytes += 2 * h.first.size() + h.second.size() + 3;
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    // Written into one buffer sized up front: both sides of every request sign this.
    QByteArray out;
    out.reserve(method.size() + path.size() + query.size() + headerBytes + 64 + 8);
    out.append(method).append('\n').append(path).append('\n').append(query).append('\n');
    // Each line ends in '\n', so joining with the next item leaves a blank line.
    for (const auto &h : std::as_const(sorted))
        out.append(h.first).append(':').append(h.second).append('\n');
    out.append('\n');
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            out.append(';');
        out.append(sorted.at(i).first);
    }
    out.append('\n').append(hashedPayload(payload));
    return out;
}

QByteArray Tc3Signer::canonicalRequest(const SignedRequest &request)
{
    return canonicalRequest(request.method, request.path, request.query,
                            request.signedHeaderValues(), request.payload);
}

QByteArray Tc3Signer::signedHeaderList(const QByteArrayList &names)
{
    QByteArrayList lower;
    for (const QByteArray &n : names)
        lower << n.toLower();
    std::sort(lower.begin(), lower.end());
    return lower.join(';');
}

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    return ApiTime::utcText(QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC),
                            ApiTime::Precision::Day);
}

QByteArray Tc3Signer::credentialScope(const QByteArray &date, const QByteArray &service)
{
    return date + '/' + service + "/tc3_request";
}

QByteArray Tc3Signer::stringToSign(const QByteArray &timestamp, const QByteArray &credentialScope,
                                   const QByteArray &canonicalRequest)
{
    const QByteArrayView name(algorithm);
    QByteArray out;
    out.reserve(name.size() + timestamp.size() + credentialScope.size() + 3 + 64);
    out.append(name).append('\n').append(timestamp).append('\n').append(credentialScope);
    out.append('\n').append(hashedPayload(canonicalRequest));
    return out;
}

QByteArray Tc3Signer::stringToSign(const SignedRequest &request)
{
    return stringToSign(QByteArray::number(request.timestamp),
                        credentialScope(utcDate(request.timestamp), request.service),
                        canonicalRequest(request));
}

Tc3Signer::SigningKeys Tc3Signer::signingKeys(const QString &secretKey, const QByteArray &date,
                                              const QByteArray &service)
{
    SigningKeys k;
    k.secretDate = hmac("TC3" + secretKey.toUtf8(), date);
    k.secretService = hmac(k.secretDate, service);
    k.secretSigning = hmac(k.secretService, "tc3_request");
    return k;
}

QByteArray Tc3Signer::signature(const QByteArray &secretSigning, const QByteArray &stringToSign)
{
    return hmac(secretSigning, stringToSign).toHex();
}

QByteArray Tc3Signer::signature(const SignedRequest &request, const QString &secretKey)
{
    const SigningKeys keys = signingKeys(secretKey, utcDate(request.timestamp), request.service);
    return signature(keys.secretSigning, stringToSign(request));
}

QByteArray Tc3Signer::authorizationHeader(const QString &secretId,
                                          const QByteArray &credentialScope,
                                          const QByteArray &signedHeaderList,
                                          const QByteArray &signature)
{
    return QByteArray(algorithm) + " Credential=" + secretId.toUtf8() + '/' + credentialScope +
           ", SignedHeaders=" + signedHeaderList + ", Signature=" + signature;
}

QByteArray Tc3Signer::hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace imprint
