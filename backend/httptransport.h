#pragma once

#include "remotetransport.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace imprint {

// What a server sent back to one HTTP exchange (the status line was read).
struct HttpAnswer
{
    QString host;   // as in the Host header, for messages
    QString action; // the request's action, for messages
    int status = 0;
    QString reason;
    QByteArray body;
};

// The HTTP half every cloud's transport shares: one QNetworkAccessManager, no redirects (a
// redirect would carry a signed request somewhere else), no HTTP/2 (it replaces the Host
// header, which the signatures cover), a transfer timeout per attempt, and the reading of
// network-level failures (refused, timed out, dropped, TLS), which says nothing about the cloud.
// Signed requests go over HTTPS, or over plain HTTP to loopback only (isSafeApiEndpoint).
//
// A cloud's transport derives from it and supplies the two halves that are its own: prepare()
// encodes and signs a request, interpret() reads an answer in the cloud's envelope.
class HttpTransport : public RemoteTransport
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: each service's real endpoint. Else every service at this base URL (imprint-sim:
        // http://127.0.0.1:PORT).
        QUrl endpoint;
        int transferTimeoutMs = 15000;
    };

    explicit HttpTransport(Options options, QObject *parent = nullptr);
    ~HttpTransport() override;

    void send(const RemoteRequest &request, std::function<void(RemoteAttempt)> done) final;

    // What Qt would send itself: the host, and ":port" only when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl &url);
    const Options &httpOptions() const { return m_options; }

protected:
    struct Exchange
    {
        QNetworkRequest request; // URL and signed headers
        QByteArray verb = "POST";
        QByteArray payload; // the exact bytes that were signed
    };
    // Encodes and signs one attempt (signed anew each time: timestamps must be fresh). An
    // error here is final: the request cannot be sent (no key, a product the cloud lacks).
    virtual Result<Exchange> prepare(const RemoteRequest &request) = 0;
    // Reads what a server answered, whatever the status.
    virtual RemoteAttempt interpret(const RemoteRequest &request,
                                    const HttpAnswer &answer) const = 0;
    // The reading of an HTTP failure that carries no answer of the cloud's: 429 is safe to
    // retry, 5xx may have taken effect, anything else is not an API endpoint at all.
    static RemoteAttempt httpFailure(const HttpAnswer &answer, const QString &cloudName);

private:
    RemoteAttempt judge(const RemoteRequest &request, QNetworkReply *reply) const;

    Options m_options;
    QNetworkAccessManager *m_network;
};

} // namespace imprint
