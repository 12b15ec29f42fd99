#include "tc3transport.h"

#include "apienvelope.h"
#include "signedrequest.h"
#include "tencentservice.h"

#include <QDateTime>
#include <QJsonDocument>

namespace imprint {

namespace {

// A sentence: servers do not always end their messages with a full stop.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
        !text.endsWith(QLatin1Char('?')) && !text.endsWith(QChar(0x3002)))
        text += QLatin1Char('.');
    return text;
}

bool isRateLimit(const QString &code)
{
    // "RequestLimitExceeded" and its sub-codes (.UinLimitExceeded, .IPLimitExceeded, ...).
    return code.startsWith(QLatin1String("RequestLimitExceeded"));
}

HttpTransport::Options httpPart(const Tc3Transport::Options &options)
{
    return {options.endpoint, options.transferTimeoutMs};
}

} // namespace

Tc3Transport::Tc3Transport(Options options, QObject *parent)
    : HttpTransport(httpPart(options), parent)
    , m_options(std::move(options))
    , m_signer(m_options.credentials)
{}

void Tc3Transport::setCredentials(const Credentials &credentials)
{
    m_options.credentials = credentials;
    m_signer = Tc3Signer(credentials);
}

QUrl Tc3Transport::url(Product product) const
{
    if (!m_options.endpoint.isEmpty()) {
        QUrl url = m_options.endpoint;
        url.setPath(QStringLiteral("/")); // API 3.0 always posts to "/"
        return url;
    }
    const std::optional<TencentService> service = TencentService::forProduct(product);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(service ? service->defaultHost() : QString());
    url.setPath(QStringLiteral("/"));
    return url;
}

QString Tc3Transport::endpointName(Product product) const
{
    return QString::fromLatin1(hostHeader(url(product)));
}

Result<HttpTransport::Exchange> Tc3Transport::prepare(const RemoteRequest &request)
{
    const std::optional<TencentService> service = TencentService::forProduct(request.product);
    if (!service)
        return Error(ErrorCode::Unsupported,
                     tr("%1 is not a Tencent Cloud product this console can reach.")
                         .arg(productDisplayName(request.product)));
    if (!m_options.credentials.isComplete())
        return Error(ErrorCode::InvalidArgument,
                     tr("No Tencent Cloud API key is set; set TENCENTCLOUD_SECRET_ID and "
                        "TENCENTCLOUD_SECRET_KEY or save a key in the system keyring, then try "
                        "again."));
    Exchange exchange;
    const QUrl url = this->url(request.product);
    SignedRequest signing;
    signing.host = hostHeader(url);
    // The exact bytes that are hashed are the ones sent: re-serialising would change the hash.
    signing.payload = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    signing.action = request.action.toLatin1();
    signing.service = service->name.toLatin1();
    const QString region = request.region.isEmpty() ? m_options.defaultRegion : request.region;
    signing.signedHeaders = SignedRequest::actionBound(!region.isEmpty());
    signing.timestamp = QDateTime::currentSecsSinceEpoch();

    exchange.request = QNetworkRequest(url);
    const HttpHeaders headers = m_signer.headers(signing, service->version.toLatin1(),
                                                 region.toLatin1(), m_options.language);
    for (const HttpHeaders::Entry &header : headers.entries())
        exchange.request.setRawHeader(header.first, header.second);
    exchange.payload = signing.payload;
    return exchange;
}

RemoteAttempt Tc3Transport::interpret(const RemoteRequest &request, const HttpAnswer &answer) const
{
    using Kind = RemoteAttempt::Kind;
    // An API 3.0 envelope, whatever the status, says the most.
    Result<ApiEnvelope> envelope = ApiEnvelope::fromJson(answer.body);
    if (answer.status == 200 || (envelope && envelope->isError() && answer.status < 500)) {
        if (!envelope)
            return RemoteAttempt::failed(Kind::Fatal, envelope.error());
        if (!envelope->isError())
            return RemoteAttempt::answered(envelope->fields());
        Error e = envelope->toError(request.product, request.action);
        if (isRateLimit(e.remoteCode)) {
            // The cloud refuses before carrying the action out, but a gateway (or
            // imprint-sim's fault injection) may say so after: a write is reconciled first.
            e.message = tr("Tencent Cloud is limiting the request rate (%1); wait a minute, "
                           "then try again.")
                            .arg(sentence(envelope->errorMessage()));
            return RemoteAttempt::failed(Kind::InDoubt, e);
        }
        e.message = sentence(e.message);
        if (e.message.isEmpty())
            e.message = tr("Tencent Cloud refused %1 (%2); check the request, then try again.")
                            .arg(request.action, e.remoteCode);
        if (e.remoteCode.startsWith(QLatin1String("AuthFailure")))
            e.message += QLatin1Char(' ') + tr("Check the API key (SecretId and SecretKey) and "
                                               "the system clock.");
        return RemoteAttempt::failed(Kind::Refused, e);
    }
    RemoteAttempt failure = httpFailure(answer, tr("Tencent Cloud"));
    if (envelope) {
        failure.error.remoteCode = envelope->errorCode();
        failure.error.requestId = envelope->requestId();
    }
    return failure;
}

} // namespace imprint
