#include "tencentapiclient.h"

#include "apienvelope.h"
#include "signedrequest.h"
#include "tencentservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace imprint {

Q_LOGGING_CATEGORY(lcTencentApi, "imprint.tencent.api")

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

} // namespace

TencentReconciliation TencentReconciliation::proceed(std::optional<QJsonObject> body)
{
    TencentReconciliation r;
    r.body = std::move(body);
    return r;
}

TencentReconciliation TencentReconciliation::adopt(QJsonObject answer)
{
    TencentReconciliation r;
    r.verdict = Verdict::Adopt;
    r.answer = std::move(answer);
    return r;
}

TencentReconciliation TencentReconciliation::fail(Error error)
{
    TencentReconciliation r;
    r.verdict = Verdict::Fail;
    r.error = std::move(error);
    return r;
}

struct TencentApiClient::Call
{
    TencentApiRequest request;
    Done done;
    int attempts = 0;
};

// The verdict on one attempt.
struct TencentApiClient::Attempt
{
    enum class Kind {
        Answered,  // success: `answer`
        Refused,   // the server said no: `error`, final unless reconciled
        Retryable, // never arrived (connection refused, HTTP 429): safe to send again
        InDoubt,   // answer lost or unclear (timeout, dropped, 5xx, rate limit): may have
                   // taken effect
        Fatal,     // retrying cannot help (TLS, not an API endpoint)
    };
    Kind kind = Kind::Fatal;
    QJsonObject answer;
    Error error;
    bool networkDown = false; // nothing answered at all
};

TencentApiClient::TencentApiClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_signer(m_options.credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_random(m_options.randomSeed ? QRandomGenerator(m_options.randomSeed)
                                    : QRandomGenerator(QRandomGenerator::global()->generate()))
{
    // Never trust a certificate we cannot verify: no ignoreSslErrors anywhere, and redirects
    // are not followed (a redirect would carry a signed request somewhere else).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TencentApiClient::~TencentApiClient() = default;

void TencentApiClient::setCredentials(const Credentials &credentials)
{
    m_options.credentials = credentials;
    m_signer = Tc3Signer(credentials);
}

QUrl TencentApiClient::url(Product product) const
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

QByteArray TencentApiClient::hostHeader(const QUrl &url)
{
    // What Qt would send itself: the host, and ":port" only when it is not the scheme's default.
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

void TencentApiClient::call(TencentApiRequest request, Done done)
{
    auto c = std::make_shared<Call>();
    c->request = std::move(request);
    c->done = std::move(done);
    // Queued: the caller finishes its own bookkeeping before any answer can arrive.
    QTimer::singleShot(0, this, [this, c] { send(c); });
}

void TencentApiClient::send(const std::shared_ptr<Call> &c)
{
    const std::optional<TencentService> service = TencentService::forProduct(c->request.product);
    if (!service) {
        finish(c, Error(ErrorCode::Unsupported,
                        tr("%1 is not a Tencent Cloud product this console can reach.")
                            .arg(productDisplayName(c->request.product))));
        return;
    }
    if (!m_options.credentials.isComplete()) {
        finish(c, Error(ErrorCode::InvalidArgument,
                        tr("No Tencent Cloud API key is set; set TENCENTCLOUD_SECRET_ID and "
                           "TENCENTCLOUD_SECRET_KEY or save a key in the system keyring, then "
                           "try again.")));
        return;
    }
    ++c->attempts;
    const QUrl url = this->url(c->request.product);

    SignedRequest signing;
    signing.host = hostHeader(url);
    // The exact bytes that are hashed are the ones sent: re-serialising would change the hash.
    signing.payload = QJsonDocument(c->request.body).toJson(QJsonDocument::Compact);
    signing.action = c->request.action.toLatin1();
    signing.timestamp = QDateTime::currentSecsSinceEpoch();
    signing.service = service->name.toLatin1();
    const QString region =
        c->request.region.isEmpty() ? m_options.defaultRegion : c->request.region;

    QNetworkRequest request(url);
    const HttpHeaders headers = m_signer.headers(signing, service->version.toLatin1(),
                                                 region.toLatin1(), m_options.language);
    for (const HttpHeaders::Entry &header : headers.entries())
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // HTTP/1.1 only: HTTP/2 replaces the Host header, which is signed, by :authority.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcTencentApi).noquote()
        << c->request.action << "region" << region << "attempt" << c->attempts;
    QNetworkReply *reply = m_network->post(request, signing.payload);
    connect(reply, &QNetworkReply::finished, this, [this, c, reply] { onFinished(c, reply); });
}

void TencentApiClient::onFinished(const std::shared_ptr<Call> &c, QNetworkReply *reply)
{
    reply->deleteLater();
    const Attempt attempt = judge(*c, reply);
    switch (attempt.kind) {
    case Attempt::Kind::Answered:
        finish(c, attempt.answer);
        return;
    case Attempt::Kind::Refused:
        qCDebug(lcTencentApi).noquote()
            << c->request.action << "refused:" << attempt.error.remoteCode << "request"
            << attempt.error.requestId;
        if (c->request.reconcile)
            reconcile(c, attempt.error, false);
        else
            finish(c, attempt.error);
        return;
    case Attempt::Kind::Retryable:
    case Attempt::Kind::InDoubt:
        retryLater(c, attempt);
        return;
    case Attempt::Kind::Fatal:
        finish(c, attempt.error);
        return;
    }
}

TencentApiClient::Attempt TencentApiClient::judge(const Call &c, QNetworkReply *reply) const
{
    using Kind = Attempt::Kind;
    Attempt a;
    const QString host = QString::fromLatin1(hostHeader(reply->url()));
    const QString action = c.request.action;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    // Network-level failures (codes below 200; above are HTTP statuses): nothing usable came
    // back, not even when the status line did and the body was cut off.
    if (status == 0 || (reply->error() != QNetworkReply::NoError &&
                        reply->error() < QNetworkReply::ContentAccessDenied)) {
        // The request may or may not have reached the server.
        a.networkDown = true;
        const QString detail = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            // Never sent: safe to send again.
            a.kind = Kind::Retryable;
            a.error = Error(ErrorCode::Network,
                            tr("Could not connect to %1 (%2); check the network connection and "
                               "the endpoint address, then try again.")
                                .arg(host, detail));
            break;
        case QNetworkReply::OperationCanceledError: // Qt 6.4 reports the transfer timeout so
        case QNetworkReply::TimeoutError:
            a.kind = Kind::InDoubt;
            a.error = Error(ErrorCode::Timeout,
                            tr("%1 did not answer %2 within %3 seconds; check the network "
                               "connection, then try again.")
                                .arg(host, action)
                                .arg(m_options.transferTimeoutMs / 1000.0));
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            a.kind = Kind::Fatal;
            a.error = Error(ErrorCode::Network,
                            tr("The secure connection to %1 failed (%2); Imprint connects only "
                               "to a server with a valid certificate. Check the system clock "
                               "and any proxy that intercepts TLS.")
                                .arg(host, detail));
            break;
        default:
            a.kind = Kind::InDoubt;
            a.error = Error(ErrorCode::Network,
                            tr("The connection to %1 failed during %2 (%3); check the network "
                               "connection, then try again.")
                                .arg(host, action, detail));
            break;
        }
        return a;
    }

    // The server answered something. An API 3.0 envelope, whatever the status, says the most.
    Result<ApiEnvelope> envelope = ApiEnvelope::fromJson(body);
    if (status == 200 || (envelope && envelope->isError() && status < 500)) {
        if (!envelope) {
            a.kind = Kind::Fatal;
            a.error = envelope.error();
            return a;
        }
        if (!envelope->isError()) {
            a.kind = Kind::Answered;
            a.answer = envelope->fields();
            qCDebug(lcTencentApi).noquote()
                << action << "answered, request" << envelope->requestId();
            return a;
        }
        Error e = envelope->toError(c.request.product, action);
        if (isRateLimit(e.remoteCode)) {
            // The cloud refuses before carrying the action out, but a gateway (or
            // imprint-sim's fault injection) may say so after: a write is reconciled first.
            a.kind = Kind::InDoubt;
            e.message = tr("Tencent Cloud is limiting the request rate (%1); wait a minute, "
                           "then try again.")
                            .arg(sentence(envelope->errorMessage()));
        } else {
            a.kind = Kind::Refused;
            e.message = sentence(e.message);
            if (e.message.isEmpty())
                e.message = tr("Tencent Cloud refused %1 (%2); check the request, then try "
                               "again.")
                                .arg(action, e.remoteCode);
            if (e.remoteCode.startsWith(QLatin1String("AuthFailure")))
                e.message += QLatin1Char(' ') + tr("Check the API key (SecretId and SecretKey) "
                                                   "and the system clock.");
        }
        a.error = e;
        return a;
    }

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 429 || status >= 500) {
        a.kind = status == 429 ? Kind::Retryable : Kind::InDoubt;
        a.error = Error(ErrorCode::RemoteError,
                        tr("%1 answered %2 with HTTP %3 %4; the service may be busy or down, "
                           "try again in a few minutes.")
                            .arg(host, action)
                            .arg(status)
                            .arg(reason));
    } else {
        a.kind = Kind::Fatal;
        a.error = Error(ErrorCode::RemoteError,
                        tr("%1 answered HTTP %2 %3 instead of a Tencent Cloud API response; "
                           "check the endpoint address.")
                            .arg(host)
                            .arg(status)
                            .arg(reason));
    }
    if (envelope) {
        a.error.remoteCode = envelope->errorCode();
        a.error.requestId = envelope->requestId();
    }
    return a;
}

void TencentApiClient::retryLater(const std::shared_ptr<Call> &c, const Attempt &attempt)
{
    qCDebug(lcTencentApi).noquote()
        << c->request.action << "attempt" << c->attempts << "failed:" << attempt.error.remoteCode;
    if (!m_options.retry.canRetry(c->attempts)) {
        Error e = attempt.error;
        e.message = tr("Gave up after %1 attempts: %2").arg(c->attempts).arg(e.message);
        if (attempt.networkDown)
            setConnected(false, e.message);
        finish(c, e);
        return;
    }
    const bool answerLost = attempt.kind == Attempt::Kind::InDoubt;
    const Error failure = attempt.error;
    QTimer::singleShot(m_options.retry.delayMs(c->attempts, m_random), this,
                       [this, c, answerLost, failure] {
                           // Look before sending again: the lost attempt may have done it.
                           if (answerLost && c->request.reconcile)
                               reconcile(c, failure, true);
                           else
                               send(c);
                       });
}

void TencentApiClient::reconcile(const std::shared_ptr<Call> &c, const Error &failure,
                                 bool answerLost)
{
    QPointer<TencentApiClient> self(this);
    c->request.reconcile(failure, [self, c, failure, answerLost](TencentReconciliation r) {
        if (!self)
            return;
        switch (r.verdict) {
        case TencentReconciliation::Verdict::Adopt:
            qCDebug(lcTencentApi).noquote()
                << c->request.action << "took effect earlier; adopting what the cloud shows";
            self->finish(c, r.answer);
            return;
        case TencentReconciliation::Verdict::Fail:
            self->finish(c, r.error);
            return;
        case TencentReconciliation::Verdict::Proceed:
            if (r.body)
                c->request.body = *r.body;
            // After a lost answer the attempt budget was checked before the wait; a refusal is
            // tried again only with a new body, and only within the budget.
            if (answerLost || (r.body && self->m_options.retry.canRetry(c->attempts)))
                self->send(c);
            else
                self->finish(c, failure);
            return;
        }
    });
}

void TencentApiClient::finish(const std::shared_ptr<Call> &c, Result<QJsonObject> result)
{
    if (!c->done)
        return;
    if (result.ok() || !result.error().remoteCode.isEmpty())
        setConnected(
            true,
            tr("Connected to %1.").arg(QString::fromLatin1(hostHeader(url(c->request.product)))));
    Done done = std::move(c->done);
    c->done = nullptr;
    done(std::move(result));
}

void TencentApiClient::setConnected(bool connected, const QString &text)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectionStateChanged(connected, text);
}

} // namespace imprint
