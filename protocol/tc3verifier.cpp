#include "tc3verifier.h"

#include "tc3signer.h"
#include "tencenterrorcodes.h"
#include "tencentservice.h"

#include <QDate>

#include <algorithm>

namespace imprint {

namespace {

Tc3Verification refuse(Tc3Verification v, const char *code, const QString &message)
{
    v.code = QLatin1String(code);
    v.message = message;
    return v;
}

// Whether every byte of `text` (none: false) is one `allowed` accepts. Hand-written rather than
// regular expressions: the verifier runs for every request imprint-sim answers.
template <typename Allowed> bool consistsOf(QByteArrayView text, Allowed allowed)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), allowed);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// YYYY-MM-DD
bool hasDateForm(const QByteArray &text)
{
    return text.size() == 10 && text.at(4) == '-' && text.at(7) == '-' &&
           consistsOf(text.first(4), isDigit) && consistsOf(text.sliced(5, 2), isDigit) &&
           consistsOf(text.sliced(8, 2), isDigit);
}

bool isHeaderName(const QByteArray &text)
{
    return consistsOf(text,
                      [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-'; });
}

bool isLowerHex64(QByteArrayView text)
{
    return text.size() == 64 &&
           consistsOf(text, [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f'); });
}

bool isDecimal(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

Error Tc3Verification::toError() const
{
    if (ok())
        return {};
    Error e(TencentErrorCodes::fromWire(code), message);
    e.remoteCode = code;
    return e;
}

Tc3Verifier::Tc3Verifier(SecretLookup lookup)
    : m_lookup(std::move(lookup))
{}

std::optional<Tc3Verifier::Authorization> Tc3Verifier::parseAuthorization(const QByteArray &header,
                                                                          QString *reason)
{
    auto fail = [reason](const QString &why) -> std::optional<Authorization> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    // Read through views: only the parts kept in `Authorization` are copied.
    const QByteArrayView algorithm(Tc3Signer::algorithm);
    const QByteArrayView text(header);
    if (!text.startsWith(algorithm) || text.size() <= algorithm.size() ||
        text.at(algorithm.size()) != ' ')
        return fail(QStringLiteral("it does not start with the algorithm TC3-HMAC-SHA256"));

    QByteArrayView credential, signedHeaders, signature;
    bool seenCredential = false, seenSigned = false, seenSignature = false;
    const QByteArrayView parts = text.sliced(algorithm.size() + 1);
    for (qsizetype from = 0; from <= parts.size();) {
        qsizetype comma = parts.indexOf(',', from);
        if (comma < 0)
            comma = parts.size();
        const QByteArrayView part = parts.sliced(from, comma - from).trimmed();
        from = comma + 1;
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return fail(QStringLiteral("a part is not of the form Name=Value"));
        const QByteArrayView name = part.first(eq);
        const QByteArrayView value = part.sliced(eq + 1);
        bool *seen = nullptr;
        QByteArrayView *target = nullptr;
        if (name == "Credential") {
            seen = &seenCredential;
            target = &credential;
        } else if (name == "SignedHeaders") {
            seen = &seenSigned;
            target = &signedHeaders;
        } else if (name == "Signature") {
            seen = &seenSignature;
            target = &signature;
        } else {
            return fail(
                QStringLiteral("it has an unknown part `%1`").arg(QString::fromLatin1(name)));
        }
        if (*seen)
            return fail(QStringLiteral("it repeats `%1`").arg(QString::fromLatin1(name)));
        *seen = true;
        *target = value;
    }
    if (!seenCredential || !seenSigned || !seenSignature)
        return fail(QStringLiteral("it needs Credential, SignedHeaders and Signature"));

    Authorization a;
    // <SecretId>/<date>/<service>/tc3_request: exactly four parts.
    const qsizetype slash1 = credential.indexOf('/');
    const qsizetype slash2 = slash1 < 0 ? -1 : credential.indexOf('/', slash1 + 1);
    const qsizetype slash3 = slash2 < 0 ? -1 : credential.indexOf('/', slash2 + 1);
    if (slash1 <= 0 || slash3 < 0 || credential.indexOf('/', slash3 + 1) >= 0 ||
        credential.sliced(slash3 + 1) != "tc3_request")
        return fail(QStringLiteral("Credential is not <SecretId>/<date>/<service>/tc3_request"));
    a.secretId = QString::fromUtf8(credential.first(slash1));
    a.date = credential.sliced(slash1 + 1, slash2 - slash1 - 1).toByteArray();
    a.service = credential.sliced(slash2 + 1, slash3 - slash2 - 1).toByteArray();
    if (!hasDateForm(a.date) ||
        !QDate(a.date.first(4).toInt(), a.date.sliced(5, 2).toInt(), a.date.sliced(8, 2).toInt())
             .isValid())
        return fail(QStringLiteral("the date in Credential is not YYYY-MM-DD"));
    if (a.service.isEmpty())
        return fail(QStringLiteral("Credential names no service"));

    a.signedHeaders = signedHeaders.toByteArray().split(';');
    for (qsizetype i = 0; i < a.signedHeaders.size(); ++i) {
        const QByteArray &n = a.signedHeaders.at(i);
        if (!isHeaderName(n))
            return fail(QStringLiteral("SignedHeaders must be lowercase header names"));
        if (i > 0 && !(a.signedHeaders.at(i - 1) < n))
            return fail(QStringLiteral("SignedHeaders must be sorted and without repeats"));
    }
    if (!a.signedHeaders.contains("content-type") || !a.signedHeaders.contains("host"))
        return fail(QStringLiteral("SignedHeaders must include content-type and host"));

    if (!isLowerHex64(signature))
        return fail(QStringLiteral("Signature is not 64 lowercase hexadecimal digits"));
    a.signature = signature.toByteArray();
    return a;
}

bool Tc3Verifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

Tc3Verification Tc3Verifier::verify(const ReceivedRequest &request, qint64 nowSeconds) const
{
    const HttpHeaders &h = request.headers;
    Tc3Verification v;
    v.action = QString::fromUtf8(h.value("X-TC-Action"));
    v.version = QString::fromUtf8(h.value("X-TC-Version"));
    v.region = QString::fromUtf8(h.value("X-TC-Region"));
    v.language = QString::fromUtf8(h.value("X-TC-Language"));

    // 1. Required common parameters, named as the real server names them.
    const struct
    {
        const char *header;
        const char *parameter;
    } required[] = {{"X-TC-Action", "Action"},
                    {"X-TC-Version", "Version"},
                    {"X-TC-Timestamp", "Timestamp"},
                    {"Authorization", "Authorization"}};
    for (const auto &r : required)
        if (h.value(r.header).trimmed().isEmpty())
            return refuse(v, "MissingParameter",
                          QStringLiteral("The request is missing a required parameter `%1` "
                                         "(header %2).")
                              .arg(QLatin1String(r.parameter), QLatin1String(r.header)));
    const QByteArray timestampText = h.value("X-TC-Timestamp").trimmed();
    if (!isDecimal(timestampText))
        return refuse(v, "InvalidParameterValue",
                      QStringLiteral("The value of parameter `Timestamp` (header X-TC-Timestamp) "
                                     "must be Unix time in seconds."));
    v.timestamp = timestampText.toLongLong();

    // 2. The Authorization header's form.
    if (h.count("Authorization") > 1)
        return refuse(v, "AuthFailure.InvalidAuthorization",
                      QStringLiteral("The request carries more than one Authorization header."));
    QString why;
    const std::optional<Authorization> auth = parseAuthorization(h.value("Authorization"), &why);
    if (!auth)
        return refuse(v, "AuthFailure.InvalidAuthorization",
                      QStringLiteral("The request `Authorization` header does not conform to "
                                     "the TC3-HMAC-SHA256 standard: %1.")
                          .arg(why));
    v.secretId = auth->secretId;
    v.signedHeaders = auth->signedHeaders;
    v.signature = auth->signature;

    // 3. Which service: routed by Host like the real cloud, else the credential scope's.
    const QString scopeService = QString::fromUtf8(auth->service);
    const QString hostService = TencentService::serviceFromHost(QString::fromUtf8(h.value("Host")));
    if (!hostService.isEmpty() && hostService != scopeService)
        return refuse(v, "AuthFailure.InvalidAuthorization",
                      QStringLiteral("The request `Authorization` header does not conform to "
                                     "the TC3-HMAC-SHA256 standard: `Service` in Credential "
                                     "not valid (the host serves %1).")
                          .arg(hostService));
    if (!TencentService::forName(scopeService))
        return refuse(v, "AuthFailure.InvalidAuthorization",
                      QStringLiteral("The request `Authorization` header does not conform to "
                                     "the TC3-HMAC-SHA256 standard: `Service` in Credential "
                                     "not valid (no service `%1` here).")
                          .arg(scopeService));
    v.service = scopeService;

    // 4. Whose key.
    const std::optional<QString> secretKey = m_lookup ? m_lookup(auth->secretId) : std::nullopt;
    if (!secretKey)
        return refuse(v, "AuthFailure.SecretIdNotFound",
                      QStringLiteral("The SecretId is not found; check the key pair."));

    // 5. Freshness.
    if (qAbs(nowSeconds - v.timestamp) > maxClockSkewSeconds)
        return refuse(v, "AuthFailure.SignatureExpire",
                      QStringLiteral("The request is expired: its timestamp %1 is more than "
                                     "%2 seconds from the server time %3; check the clock.")
                          .arg(v.timestamp)
                          .arg(maxClockSkewSeconds)
                          .arg(nowSeconds));

    // 6. The credential date belongs to the timestamp.
    if (auth->date != Tc3Signer::utcDate(v.timestamp))
        return refuse(v, "AuthFailure.SignatureFailure",
                      QStringLiteral("The date in Credential is not the UTC date of the "
                                     "timestamp; sign with the UTC date."));

    // 7. Recompute from what was actually received.
    QList<QPair<QByteArray, QByteArray>> signedValues;
    for (const QByteArray &name : auth->signedHeaders) {
        if (!h.contains(name))
            return refuse(v, "AuthFailure.SignatureFailure",
                          QStringLiteral("The signed header `%1` is not in the request.")
                              .arg(QString::fromLatin1(name)));
        signedValues.append({name, h.value(name)});
    }
    const QByteArray canonical = Tc3Signer::canonicalRequest(
        request.method, request.path, request.query, signedValues, request.body);
    const QByteArray scope = Tc3Signer::credentialScope(auth->date, auth->service);
    const QByteArray toSign = Tc3Signer::stringToSign(timestampText, scope, canonical);
    const QByteArray expected =
        Tc3Signer::signature(m_keys.secretSigning(*secretKey, auth->date, auth->service), toSign);
    if (!constantTimeEquals(expected, auth->signature))
        return refuse(v, "AuthFailure.SignatureFailure",
                      QStringLiteral("The provided credentials could not be validated. Please "
                                     "check your signature is correct."));
    return v;
}

} // namespace imprint
