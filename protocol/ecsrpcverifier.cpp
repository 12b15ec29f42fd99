#include "ecsrpcverifier.h"

#include "ecserrorcodes.h"
#include "ecssignaturev1.h"
#include "ecssignaturev3.h"
#include "tc3verifier.h"

#include <QDateTime>
#include <QRegularExpression>

namespace imprint {

namespace {

const QString kSignature = QStringLiteral("Signature");
const QString kSignatureMethod = QStringLiteral("SignatureMethod");

EcsVerification refuse(EcsVerification v, const char *code, const QString &message)
{
    v.code = QLatin1String(code);
    v.message = message;
    return v;
}

QString value(const EcsParamList &params, const QString &name)
{
    // The last one, as EcsParams reads a repeated name.
    for (qsizetype i = params.size() - 1; i >= 0; --i)
        if (params.at(i).first == name)
            return params.at(i).second;
    return {};
}

bool hasParameter(const EcsParamList &params, const QString &name)
{
    for (const auto &p : params)
        if (p.first == name)
            return true;
    return false;
}

} // namespace

int EcsVerification::httpStatus() const
{
    return ok() ? 200 : EcsErrorCodes::httpStatus(code);
}

Error EcsVerification::toError() const
{
    if (ok())
        return {};
    Error e(EcsErrorCodes::fromWire(action, code), message);
    e.remoteCode = code;
    return e;
}

EcsRpcVerifier::EcsRpcVerifier(SecretLookup lookup)
    : m_lookup(std::move(lookup))
{}

EcsParamList EcsRpcVerifier::parameters(const ReceivedRequest &request)
{
    return request.formParameters();
}

EcsVerification::Scheme EcsRpcVerifier::scheme(const ReceivedRequest &request)
{
    if (request.headers.value("Authorization")
            .startsWith(QByteArray(EcsSignatureV3::algorithm) + ' '))
        return EcsVerification::Scheme::V3;
    const EcsParamList params = parameters(request);
    if (hasParameter(params, kSignature) && hasParameter(params, kSignatureMethod))
        return EcsVerification::Scheme::V1;
    return EcsVerification::Scheme::None;
}

bool EcsRpcVerifier::claims(const ReceivedRequest &request)
{
    return scheme(request) != EcsVerification::Scheme::None;
}

EcsVerification EcsRpcVerifier::verify(const ReceivedRequest &request, qint64 nowSeconds) const
{
    switch (scheme(request)) {
    case EcsVerification::Scheme::V3:
        return verifyV3(request, nowSeconds);
    case EcsVerification::Scheme::V1:
        return verifyV1(request, nowSeconds);
    case EcsVerification::Scheme::None:
        break;
    }
    return refuse({}, "IncompleteSignature",
                  QStringLiteral("The request carries no signature: send the V1 Signature and "
                                 "SignatureMethod parameters, or an ACS3-HMAC-SHA256 "
                                 "Authorization header."));
}

std::optional<QString> EcsRpcVerifier::secretFor(EcsVerification &v) const
{
    std::optional<QString> secret = m_lookup ? m_lookup(v.accessKeyId) : std::nullopt;
    if (!secret)
        v = refuse(v, "InvalidAccessKeyId.NotFound",
                   QStringLiteral("Specified access key is not found; check the AccessKeyId."));
    return secret;
}

bool EcsRpcVerifier::checkTime(EcsVerification &v, const QString &name, const QString &text,
                               qint64 nowSeconds)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!form.match(text).hasMatch() || !time.isValid()) {
        v = refuse(v, "IllegalTimestamp",
                   QStringLiteral("The input parameter \"%1\" must be UTC time in the form "
                                  "yyyy-MM-ddTHH:mm:ssZ, not \"%2\".")
                       .arg(name, text));
        return false;
    }
    const qint64 seconds = time.toSecsSinceEpoch();
    v.timestamp = seconds;
    if (qAbs(nowSeconds - seconds) > maxClockSkewSeconds) {
        v = refuse(v, "InvalidTimeStamp.Expired",
                   QStringLiteral("Specified time stamp or date value is expired: %1 is more "
                                  "than %2 minutes from the server time; check the clock.")
                       .arg(text)
                       .arg(maxClockSkewSeconds / 60));
        return false;
    }
    return true;
}

EcsVerification EcsRpcVerifier::verifyV1(const ReceivedRequest &request, qint64 nowSeconds) const
{
    EcsVerification v;
    v.scheme = EcsVerification::Scheme::V1;
    v.params = parameters(request);
    v.action = value(v.params, QStringLiteral("Action"));
    v.version = value(v.params, QStringLiteral("Version"));
    v.accessKeyId = value(v.params, QStringLiteral("AccessKeyId"));
    v.nonce = value(v.params, QStringLiteral("SignatureNonce"));

    if (value(v.params, kSignatureMethod) != QLatin1String(EcsSignatureV1::signatureMethod))
        return refuse(v, "IncompleteSignature",
                      QStringLiteral("The SignatureMethod \"%1\" is not supported; sign with "
                                     "HMAC-SHA1.")
                          .arg(value(v.params, kSignatureMethod)));
    if (value(v.params, QStringLiteral("SignatureVersion")) !=
        QLatin1String(EcsSignatureV1::signatureVersion))
        return refuse(v, "IncompleteSignature",
                      QStringLiteral("The SignatureVersion must be 1.0 with HMAC-SHA1."));
    for (const char *name : {"AccessKeyId", "SignatureNonce", "Timestamp", "Action", "Version"})
        if (value(v.params, QLatin1String(name)).isEmpty())
            return refuse(v, "MissingParameter",
                          QStringLiteral("The input parameter \"%1\" that is mandatory for "
                                         "processing this request is not supplied.")
                              .arg(QLatin1String(name)));
    const std::optional<QString> secret = secretFor(v);
    if (!secret)
        return v;
    if (!checkTime(v, QStringLiteral("Timestamp"), value(v.params, QStringLiteral("Timestamp")),
                   nowSeconds))
        return v;

    const QByteArray expected =
        EcsSignatureV1::signature(*secret, EcsSignatureV1::stringToSign(request.method, v.params));
    if (!Tc3Verifier::constantTimeEquals(expected, value(v.params, kSignature).toLatin1()))
        return refuse(v, "SignatureDoesNotMatch",
                      QStringLiteral("Specified signature is not matched with our calculation; "
                                     "check the AccessKeySecret and how the parameters are "
                                     "encoded."));
    return v;
}

std::optional<EcsRpcVerifier::Acs3Authorization>
EcsRpcVerifier::parseAuthorization(const QByteArray &header, QString *reason)
{
    auto fail = [reason](const QString &why) -> std::optional<Acs3Authorization> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QByteArray prefix = QByteArray(EcsSignatureV3::algorithm) + ' ';
    if (!header.startsWith(prefix))
        return fail(QStringLiteral("it does not start with ACS3-HMAC-SHA256"));
    Acs3Authorization a;
    bool seenCredential = false, seenSigned = false, seenSignature = false;
    for (const QByteArray &raw : header.mid(prefix.size()).split(',')) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return fail(QStringLiteral("a part is not of the form Name=Value"));
        const QByteArray name = part.left(eq);
        const QByteArray val = part.mid(eq + 1);
        bool *seen = nullptr;
        if (name == "Credential") {
            seen = &seenCredential;
            a.accessKeyId = QString::fromUtf8(val);
        } else if (name == "SignedHeaders") {
            seen = &seenSigned;
            a.signedHeaders = val.split(';');
        } else if (name == "Signature") {
            seen = &seenSignature;
            a.signature = val;
        } else {
            return fail(
                QStringLiteral("it has an unknown part \"%1\"").arg(QString::fromLatin1(name)));
        }
        if (*seen)
            return fail(QStringLiteral("it repeats \"%1\"").arg(QString::fromLatin1(name)));
        *seen = true;
    }
    if (!seenCredential || !seenSigned || !seenSignature || a.accessKeyId.isEmpty())
        return fail(QStringLiteral("it needs Credential, SignedHeaders and Signature"));
    static const QRegularExpression headerName(QStringLiteral("^[a-z0-9-]+$"));
    for (const QByteArray &n : std::as_const(a.signedHeaders))
        if (!headerName.match(QString::fromLatin1(n)).hasMatch())
            return fail(QStringLiteral("SignedHeaders must be lower-case header names"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(QString::fromLatin1(a.signature)).hasMatch())
        return fail(QStringLiteral("Signature is not 64 lower-case hexadecimal digits"));
    return a;
}

EcsVerification EcsRpcVerifier::verifyV3(const ReceivedRequest &request, qint64 nowSeconds) const
{
    const HttpHeaders &h = request.headers;
    EcsVerification v;
    v.scheme = EcsVerification::Scheme::V3;
    v.params = parameters(request);
    v.action = QString::fromUtf8(h.value("x-acs-action").trimmed());
    v.version = QString::fromUtf8(h.value("x-acs-version").trimmed());

    if (h.count("Authorization") > 1)
        return refuse(v, "IncompleteSignature",
                      QStringLiteral("The request carries more than one Authorization header."));
    QString why;
    const std::optional<Acs3Authorization> auth =
        parseAuthorization(h.value("Authorization"), &why);
    if (!auth)
        return refuse(v, "IncompleteSignature",
                      QStringLiteral("The Authorization header is not ACS3-HMAC-SHA256 "
                                     "Credential=...,SignedHeaders=...,Signature=...: %1.")
                          .arg(why));
    v.accessKeyId = auth->accessKeyId;
    v.nonce = QString::fromUtf8(h.value("x-acs-signature-nonce").trimmed());
    v.signedHeaders = auth->signedHeaders;
    for (const char *name :
         {"x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce"})
        if (h.value(name).trimmed().isEmpty())
            return refuse(v, "MissingParameter",
                          QStringLiteral("The header \"%1\" that is mandatory for processing "
                                         "this request is not supplied.")
                              .arg(QLatin1String(name)));
    if (!auth->signedHeaders.contains("host"))
        return refuse(v, "IncompleteSignature", QStringLiteral("SignedHeaders must include host."));
    const std::optional<QString> secret = secretFor(v);
    if (!secret)
        return v;
    if (!checkTime(v, QStringLiteral("x-acs-date"),
                   QString::fromLatin1(h.value("x-acs-date").trimmed()), nowSeconds))
        return v;

    const QByteArray bodyHash = EcsSignatureV3::hashedPayload(request.body);
    if (h.contains("x-acs-content-sha256") &&
        h.value("x-acs-content-sha256").trimmed().toLower() != bodyHash)
        return refuse(v, "SignatureDoesNotMatch",
                      QStringLiteral("The header x-acs-content-sha256 is not the SHA-256 of the "
                                     "body that arrived."));
    QList<QPair<QByteArray, QByteArray>> signedValues;
    for (const QByteArray &name : std::as_const(auth->signedHeaders)) {
        if (!h.contains(name))
            return refuse(v, "SignatureDoesNotMatch",
                          QStringLiteral("The signed header \"%1\" is not in the request.")
                              .arg(QString::fromLatin1(name)));
        // Repeated fields are signed as one value list, as the SDKs join them.
        QByteArrayList values;
        for (const auto &entry : h.entries())
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                values << entry.second.trimmed();
        std::sort(values.begin(), values.end());
        signedValues.append({name, values.join(',')});
    }
    // The query as received, decoded and re-encoded the canonical way.
    ReceivedRequest queryOnly;
    queryOnly.query = request.query;
    const EcsParamList query = queryOnly.formParameters();
    const QByteArray canonical = EcsSignatureV3::canonicalRequest(
        request.method, request.path, EcsSignatureV3::canonicalQuery(query), signedValues,
        bodyHash);
    const QByteArray expected =
        EcsSignatureV3::signature(*secret, EcsSignatureV3::stringToSign(canonical));
    if (!Tc3Verifier::constantTimeEquals(expected, auth->signature))
        return refuse(v, "SignatureDoesNotMatch",
                      QStringLiteral("Specified signature is not matched with our calculation; "
                                     "check the AccessKeySecret and the signed headers."));
    return v;
}

} // namespace imprint
