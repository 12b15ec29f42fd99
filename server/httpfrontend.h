#pragma once

#include "httprequestreader.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <list>

namespace imprint {

class HttpConnection;

// The answer side of one request: the handler may answer at once or later (latency faults);
// the client may be gone by then.
class HttpResponder
{
public:
    HttpResponder() = default;
    bool isConnected() const;
    void respond(int status, const QByteArray &contentType, const QByteArray &body);
    // Drops the connection without an answer (the drop fault).
    void abort();

private:
    friend class HttpConnection;
    explicit HttpResponder(HttpConnection *connection);
    QPointer<HttpConnection> m_connection;
};

// imprint-sim's HTTP/1.1 server: accepts connections and reads requests with HttpRequestReader,
// holding each connection to the limits a production server keeps:
// - sizes, refused before buffering (413, 431; HttpLimits);
// - a header timeout from a request's first byte to its last field, a body timeout, and an idle
//   timeout between requests (408 for the first two, a quiet close for the last);
// - a connection limit, lowered to fit the process's file descriptor limit; when it is reached
//   the longest-idle connection makes room, so new clients are still served while hundreds of
//   idle ones sit there; running out of descriptors anyway pauses accepting briefly instead of
//   spinning on accept();
// - RFC 9112 connection handling: keep-alive by default in HTTP/1.1, Connection: close honoured,
//   one request at a time per connection (pipelined ones wait their turn).
// Refusals carry a body made by refusalBody (imprint-sim: its JSON error envelope).
class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        HttpLimits limits;
        int maxConnections = 1024;
        int headerTimeoutMs = 10'000;
        int bodyTimeoutMs = 60'000;
        int idleTimeoutMs = 60'000;
    };
    using Handler = std::function<void(const ReceivedRequest &, HttpResponder)>;
    // (status, sentence) -> (content type, body)
    using RefusalBody = std::function<QPair<QByteArray, QByteArray>(int, const QString &)>;

    HttpFrontend(Options options, Handler handler, RefusalBody refusalBody,
                 QObject *parent = nullptr);
    ~HttpFrontend() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    int connectionCount() const { return int(m_connections.size()); }
    // The limit in force: Options::maxConnections, or less when file descriptors are fewer.
    int connectionLimit() const { return m_limit; }

private:
    friend class HttpConnection;
    void acceptPending();
    void onAcceptError(QAbstractSocket::SocketError error);
    bool evictIdle();
    void forget(HttpConnection *connection);
    void touched(HttpConnection *connection);

    Options m_options;
    Handler m_handler;
    RefusalBody m_refusalBody;
    QTcpServer m_server;
    QTimer m_resumeAccepting;
    int m_limit = 0;
    // Least recently active first: the front is the first to make room.
    std::list<HttpConnection *> m_connections;
};

} // namespace imprint
