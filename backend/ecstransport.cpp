#include "ecstransport.h"

#include "ecsapimapper.h"
#include "ecsenvelope.h"
#include "ecserrorcodes.h"
#include "ecsparams.h"
#include "ecssignaturev1.h"
#include "ecssignaturev3.h"

#include <QDateTime>
#include <QUuid>

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

bool isSignatureOrKey(const QString &code)
{
    return code.startsWith(QLatin1String("InvalidAccessKeyId")) ||
           code == QLatin1String("SignatureDoesNotMatch") ||
           code == QLatin1String("IncompleteSignature") ||
           code.startsWith(QLatin1String("InvalidTimeStamp")) ||
           code == QLatin1String("IllegalTimestamp") || code.startsWith(QLatin1String("Forbidden"));
}

} // namespace

EcsTransport::EcsTransport(Options options, QObject *parent)
    : HttpTransport({options.endpoint, options.transferTimeoutMs}, parent)
    , m_options(std::move(options))
{}

void EcsTransport::setCredentials(const Credentials &credentials)
{
    m_options.credentials = credentials;
}

QUrl EcsTransport::url() const
{
    QUrl url = m_options.endpoint.isEmpty() ? QUrl(QStringLiteral("https://ecs.aliyuncs.com"))
                                            : m_options.endpoint;
    url.setPath(QStringLiteral("/"));
    return url;
}

QString EcsTransport::endpointName(Product) const
{
    return QString::fromLatin1(hostHeader(url()));
}

Result<HttpTransport::Exchange> EcsTransport::prepare(const RemoteRequest &request)
{
    if (request.product != Product::Ecs)
        return Error(ErrorCode::Unsupported,
                     tr("%1 is not an Alibaba Cloud product this console can reach.")
                         .arg(productDisplayName(request.product)));
    if (!m_options.credentials.isComplete())
        return Error(ErrorCode::InvalidArgument,
                     tr("No Alibaba Cloud AccessKey is set; set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                        "ALIBABA_CLOUD_ACCESS_KEY_SECRET or save a key in the system keyring, "
                        "then try again."));
    const EcsParamList params = EcsParams::fromJson(request.body);
    QUrl target = url();
    target.setQuery(QString::fromLatin1(EcsSignatureV1::encode(params)), QUrl::StrictMode);
    // Signed anew for every attempt: a fresh date and nonce.
    const HttpHeaders headers =
        EcsSignatureV3::headers("POST", hostHeader(target), request.action, EcsApiMapper::version(),
                                params, {}, m_options.credentials, QDateTime::currentDateTimeUtc(),
                                QUuid::createUuid().toString(QUuid::Id128));
    Exchange exchange;
    exchange.request = QNetworkRequest(target);
    for (const HttpHeaders::Entry &header : headers.entries())
        exchange.request.setRawHeader(header.first, header.second);
    exchange.verb = "POST";
    return exchange;
}

RemoteAttempt EcsTransport::interpret(const RemoteRequest &request, const HttpAnswer &answer) const
{
    using Kind = RemoteAttempt::Kind;
    const Result<QJsonObject> fields =
        EcsEnvelope::unwrap(answer.status, answer.body, request.action);
    if (fields)
        return RemoteAttempt::answered(fields.value());
    Error e = fields.error();
    if (e.remoteCode.isEmpty()) {
        // Not an ECS answer at all: the status says what happened.
        if (answer.status >= 200 && answer.status < 300)
            return RemoteAttempt::failed(Kind::Fatal, e);
        return httpFailure(answer, tr("Alibaba Cloud ECS"));
    }
    if (e.remoteCode.startsWith(QLatin1String("Throttling"))) {
        e.message = tr("Alibaba Cloud is limiting the request rate (%1); wait a minute, then "
                       "try again.")
                        .arg(sentence(e.message));
        return RemoteAttempt::failed(Kind::InDoubt, e);
    }
    if (EcsErrorCodes::isRetryable(e.remoteCode) || answer.status >= 500) {
        e.message = sentence(e.message);
        return RemoteAttempt::failed(Kind::InDoubt, e);
    }
    e.message = sentence(e.message);
    if (e.message.isEmpty())
        e.message = tr("Alibaba Cloud refused %1 (%2); check the request, then try again.")
                        .arg(request.action, e.remoteCode);
    if (isSignatureOrKey(e.remoteCode))
        e.message += QLatin1Char(' ') + tr("Check the AccessKey pair (AccessKeyId and "
                                           "AccessKeySecret) and the system clock.");
    return RemoteAttempt::failed(Kind::Refused, e);
}

} // namespace imprint
