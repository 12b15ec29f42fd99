#include "ecssignaturev1.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace imprint {

QByteArray EcsSignatureV1::percentEncode(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

QByteArray EcsSignatureV1::canonicalizedQuery(const EcsParamList &params)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &p : params)
        if (p.first != QLatin1String("Signature"))
            encoded.append({percentEncode(p.first), percentEncode(p.second)});
    // Byte order of the encoded names (what the SDKs sort); values break ties between repeats.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &p : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += p.first + '=' + p.second;
    }
    return out;
}

QByteArray EcsSignatureV1::stringToSign(const QByteArray &method, const EcsParamList &params)
{
    return method.toUpper() + '&' + percentEncode(QStringLiteral("/")) + '&' +
           canonicalizedQuery(params).toPercentEncoding();
}

QByteArray EcsSignatureV1::signature(const QString &accessKeySecret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8() + '&',
                                            QCryptographicHash::Sha1)
        .toBase64();
}

EcsParamList EcsSignatureV1::sign(const QByteArray &method, const QString &action,
                                  const QString &version, const EcsParamList &params,
                                  const Credentials &credentials, const QDateTime &time,
                                  const QString &nonce)
{
    EcsParamList all{{QStringLiteral("Action"), action},
                     {QStringLiteral("Version"), version},
                     {QStringLiteral("Format"), QStringLiteral("JSON")},
                     {QStringLiteral("AccessKeyId"), credentials.secretId},
                     {QStringLiteral("SignatureMethod"), QLatin1String(signatureMethod)},
                     {QStringLiteral("SignatureVersion"), QLatin1String(signatureVersion)},
                     {QStringLiteral("SignatureNonce"), nonce},
                     {QStringLiteral("Timestamp"), timestamp(time)}};
    if (!credentials.token.isEmpty())
        all.append({QStringLiteral("SecurityToken"), credentials.token});
    all += params;
    all.append({QStringLiteral("Signature"),
                QString::fromLatin1(signature(credentials.secretKey, stringToSign(method, all)))});
    return all;
}

QByteArray EcsSignatureV1::encode(const EcsParamList &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(p.first) + '=' + percentEncode(p.second);
    }
    return out;
}

QString EcsSignatureV1::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace imprint
