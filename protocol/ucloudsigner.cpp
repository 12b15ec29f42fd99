#include "ucloudsigner.h"

#include <QCryptographicHash>

namespace imprint {

namespace {
const QString kSignature = QStringLiteral("Signature");
} // namespace

UCloudSigner::UCloudSigner(Credentials credentials)
    : m_credentials(std::move(credentials))
{}

void UCloudSigner::sign(UCloudParams &params) const
{
    params.remove(kSignature);
    params.set(QStringLiteral("PublicKey"), m_credentials.secretId);
    if (!m_credentials.token.isEmpty())
        params.set(QStringLiteral("SecurityToken"), m_credentials.token);
    params.set(kSignature, QString::fromLatin1(signature(params, m_credentials.secretKey)));
}

QByteArray UCloudSigner::signedText(const UCloudParams &params)
{
    QByteArray text;
    for (const auto &[name, value] : params.sortedUtf8()) {
        if (name == "Signature")
            continue;
        text += name;
        text += value;
    }
    return text;
}

QByteArray UCloudSigner::signature(const UCloudParams &params, const QString &privateKey)
{
    return QCryptographicHash::hash(signedText(params) + privateKey.toUtf8(),
                                    QCryptographicHash::Sha1)
        .toHex();
}

} // namespace imprint
