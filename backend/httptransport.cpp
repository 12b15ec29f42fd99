#include "httptransport.h"

#include "endpointrule.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace imprint {

Q_LOGGING_CATEGORY(lcHttpTransport, "imprint.remote.http")

namespace {

// A request body that can be read once. QNetworkAccessManager silently sends a request again
// when a kept-alive connection closes before the answer; for a call that is not idempotent
// (a launch without a ClientToken) that second, unseen attempt makes a second set of
// instances. It rewinds the body to resend it; this body refuses to rewind once read, so Qt
// reports the dropped connection (ContentReSendError) instead, and the caller's reconciliation
// decides, from what the cloud holds, whether to send again.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }
    // Rewinding before anything was read is harmless; afterwards it would mean a resend.
    bool reset() override { return m_read == 0 && QIODevice::reset(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

HttpTransport::HttpTransport(Options options, QObject *parent)
    : RemoteTransport(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // Never trust a certificate we cannot verify: no ignoreSslErrors anywhere, and redirects
    // are not followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

QByteArray HttpTransport::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

void HttpTransport::send(const RemoteRequest &request, std::function<void(RemoteAttempt)> done)
{
    Result<Exchange> exchange = prepare(request);
    if (exchange && !isSafeApiEndpoint(exchange->request.url()))
        exchange = Error(ErrorCode::InvalidArgument,
                         tr("%1 is not an HTTPS address. Imprint sends signed requests only over "
                            "HTTPS, or over plain HTTP to this computer; use an https:// address.")
                             .arg(exchange->request.url().adjusted(QUrl::RemoveQuery).toString()));
    if (!exchange) {
        // Queued all the same: callers rely on never being answered inside send().
        QTimer::singleShot(0, this, [done, error = exchange.error()] {
            done(RemoteAttempt::failed(RemoteAttempt::Kind::Fatal, error));
        });
        return;
    }
    QNetworkRequest http = exchange->request;
    http.setTransferTimeout(m_options.transferTimeoutMs);
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcHttpTransport).noquote()
        << request.action << "region" << request.region << "to" << http.url().host();
    QNetworkReply *reply = nullptr;
    if (request.reconcile) {
        // Not idempotent: sent once per attempt, never resent behind our back (OneShotBody).
        http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        http.setHeader(QNetworkRequest::ContentLengthHeader, exchange->payload.size());
        auto *body = new OneShotBody(exchange->payload, this);
        reply = m_network->sendCustomRequest(http, exchange->verb, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(http, exchange->verb, exchange->payload);
    }
    connect(reply, &QNetworkReply::finished, this, [this, request, reply, done] {
        reply->deleteLater();
        done(judge(request, reply));
    });
}

RemoteAttempt HttpTransport::judge(const RemoteRequest &request, QNetworkReply *reply) const
{
    using Kind = RemoteAttempt::Kind;
    const QString host = QString::fromLatin1(hostHeader(reply->url()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    // Network-level failures (codes below 200; above are HTTP statuses): nothing usable came
    // back, not even when the status line did and the body was cut off.
    if (status == 0 || (reply->error() != QNetworkReply::NoError &&
                        reply->error() < QNetworkReply::ContentAccessDenied)) {
        // The request may or may not have reached the server.
        const QString detail = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            // Never sent: safe to send again.
            return RemoteAttempt::failed(
                Kind::Retryable,
                Error(ErrorCode::Network,
                      tr("Could not connect to %1 (%2); check the network connection and the "
                         "endpoint address, then try again.")
                          .arg(host, detail)),
                true);
        case QNetworkReply::OperationCanceledError: // Qt 6.4 reports the transfer timeout so
        case QNetworkReply::TimeoutError:
            return RemoteAttempt::failed(
                Kind::InDoubt,
                Error(ErrorCode::Timeout,
                      tr("%1 did not answer %2 within %3 seconds; check the network connection, "
                         "then try again.")
                          .arg(host, request.action)
                          .arg(m_options.transferTimeoutMs / 1000.0)),
                true);
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return RemoteAttempt::failed(
                Kind::Fatal,
                Error(ErrorCode::Network,
                      tr("The secure connection to %1 failed (%2); Imprint connects only to a "
                         "server with a valid certificate. Check the system clock and any proxy "
                         "that intercepts TLS.")
                          .arg(host, detail)),
                true);
        default:
            return RemoteAttempt::failed(
                Kind::InDoubt,
                Error(ErrorCode::Network,
                      tr("The connection to %1 failed during %2 (%3); check the network "
                         "connection, then try again.")
                          .arg(host, request.action, detail)),
                true);
        }
    }

    HttpAnswer answer;
    answer.host = host;
    answer.action = request.action;
    answer.status = status;
    answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    answer.body = reply->readAll();
    return interpret(request, answer);
}

RemoteAttempt HttpTransport::httpFailure(const HttpAnswer &answer, const QString &cloudName)
{
    if (answer.status == 429 || answer.status >= 500)
        return RemoteAttempt::failed(
            answer.status == 429 ? RemoteAttempt::Kind::Retryable : RemoteAttempt::Kind::InDoubt,
            Error(ErrorCode::RemoteError,
                  tr("%1 answered %2 with HTTP %3 %4; the service may be busy or down, try again "
                     "in a few minutes.")
                      .arg(answer.host, answer.action)
                      .arg(answer.status)
                      .arg(answer.reason)));
    return RemoteAttempt::failed(
        RemoteAttempt::Kind::Fatal,
        Error(ErrorCode::RemoteError, tr("%1 answered HTTP %2 %3 instead of a %4 API response; "
                                         "check the endpoint address.")
                                          .arg(answer.host)
                                          .arg(answer.status)
                                          .arg(answer.reason, cloudName)));
}

} // namespace imprint
