#include "httpfrontend.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <sys/resource.h>
#include <sys/socket.h>

namespace imprint {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

// How much of a socket is read at once: the reader decides after each chunk, so no more than
// this is ever held beyond what it has accepted.
constexpr qint64 kReadChunk = 64 * 1024;
// After a refusal the rest of what the client sends is read and dropped for a moment before
// closing: closing with unread bytes would reset the connection and lose the refusal.
constexpr int kLingerMs = 2000;
// Descriptors kept free for the store, its journal, logs and the listening socket.
constexpr int kReservedDescriptors = 32;

} // namespace

// One client connection: reads requests one at a time, answers them in order, times out.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpFrontend *frontend, QTcpSocket *socket)
        : QObject(frontend)
        , m_frontend(frontend)
        , m_socket(socket)
        , m_reader(frontend->m_options.limits)
    {
        m_socket->setParent(this);
        // Qt stops reading from the kernel at this size, so a client can only fill its own
        // TCP window, not our memory, while a request is being handled.
        m_socket->setReadBufferSize(kReadChunk);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { timedOut(); });
        QObject::connect(m_socket, &QTcpSocket::readyRead, this, [this] { readMore(); });
        QObject::connect(m_socket, &QTcpSocket::disconnected, this, [this] { close(); });
        QObject::connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_closeWhenWritten && m_socket->bytesToWrite() == 0)
                finishClosing();
        });
        m_timer.start(frontend->m_options.idleTimeoutMs);
    }

    bool isIdle() const
    {
        return !m_handling && m_reader.state() == HttpRequestReader::State::Idle;
    }
    bool isOpen() const { return !m_closed; }

    void respond(int status, const QByteArray &contentType, const QByteArray &body)
    {
        if (m_closed || !m_handling)
            return;
        m_handling = false;
        write(status, contentType, body, m_keepAlive);
        if (!m_keepAlive)
            return;
        m_frontend->touched(this);
        m_timer.start(m_frontend->m_options.idleTimeoutMs);
        // Pipelined bytes may already hold the next request: read on once this answer is on its
        // way. Only then: a posted call wakes the event loop once more, for every request.
        // Bytes that arrive later announce themselves (readyRead).
        if (m_socket->bytesAvailable() > 0 ||
            m_reader.state() == HttpRequestReader::State::Complete)
            QMetaObject::invokeMethod(
                this, [this] { readMore(); }, Qt::QueuedConnection);
    }

    void abort()
    {
        if (m_closed)
            return;
        m_socket->abort();
        close();
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        m_frontend->forget(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        deleteLater();
    }

private:
    void readMore()
    {
        if (m_closed)
            return;
        if (m_lingering || m_closeWhenWritten) {
            m_socket->readAll(); // dropped: the last answer is given already
            return;
        }
        while (!m_handling && !m_closed) {
            const HttpRequestReader::State state = m_reader.state();
            if (state == HttpRequestReader::State::Complete) {
                dispatch();
                return;
            }
            const QByteArray chunk = m_socket->read(kReadChunk);
            if (chunk.isEmpty())
                return;
            const bool wasIdle = m_reader.state() == HttpRequestReader::State::Idle;
            const HttpRequestReader::State now = m_reader.feed(chunk);
            if (now == HttpRequestReader::State::Failed) {
                refuse(m_reader.failureStatus(), m_reader.failureReason());
                return;
            }
            m_frontend->touched(this);
            // The header timeout runs from a request's first byte, not from its latest one, so
            // a client trickling a byte at a time cannot hold the connection for ever.
            if (wasIdle && now == HttpRequestReader::State::Head)
                m_timer.start(m_frontend->m_options.headerTimeoutMs);
            if (now == HttpRequestReader::State::Body && !m_bodyStarted) {
                m_bodyStarted = true;
                m_timer.start(m_frontend->m_options.bodyTimeoutMs);
                if (m_reader.expectsContinue())
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
    }

    void dispatch()
    {
        m_timer.stop();
        m_bodyStarted = false;
        m_handling = true;
        const ReceivedRequest request = m_reader.takeRequest(&m_keepAlive);
        m_frontend->m_handler(request, HttpResponder(this));
    }

    void refuse(int status, const QString &reason)
    {
        const auto [contentType, body] = m_frontend->m_refusalBody(status, reason);
        write(status, contentType, body, false);
    }

    void timedOut()
    {
        if (isIdle()) {
            close();
            return;
        }
        if (m_handling)
            return; // the handler answers; a slow answer is the fault injector's business
        refuse(408, HttpFrontend::tr("The request did not arrive in time; send it again."));
    }

    void write(int status, const QByteArray &contentType, const QByteArray &body, bool keepAlive)
    {
        // One buffer sized up front and one write: the answer leaves in one segment.
        const QByteArrayView reason(reasonPhrase(status));
        QByteArray answer;
        answer.reserve(128 + reason.size() + contentType.size() + body.size());
        answer.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reason);
        answer.append("\r\nContent-Type: ").append(contentType);
        answer.append("\r\nContent-Length: ").append(QByteArray::number(body.size()));
        answer.append(keepAlive ? "\r\nConnection: keep-alive\r\n\r\n"
                                : "\r\nConnection: close\r\n\r\n");
        answer.append(body);
        m_socket->write(answer);
        if (keepAlive)
            return;
        m_closeWhenWritten = true;
        m_handling = false;
        if (m_socket->bytesToWrite() == 0)
            finishClosing();
    }

    // After the last answer: no more writing, a moment to drain what the client still sends.
    void finishClosing()
    {
        if (m_lingering || m_closed)
            return;
        m_socket->flush();
        m_lingering = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        m_socket->readAll();
        m_timer.start(kLingerMs);
        QObject::disconnect(&m_timer, nullptr, this, nullptr);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { close(); });
    }

    HttpFrontend *m_frontend;
    QTcpSocket *m_socket;
    HttpRequestReader m_reader;
    QTimer m_timer;
    bool m_handling = false;
    bool m_keepAlive = true;
    bool m_bodyStarted = false;
    bool m_closeWhenWritten = false;
    bool m_lingering = false;
    bool m_closed = false;
};

HttpResponder::HttpResponder(HttpConnection *connection)
    : m_connection(connection)
{}

bool HttpResponder::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

void HttpResponder::respond(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (isConnected())
        m_connection->respond(status, contentType, body);
}

void HttpResponder::abort()
{
    if (m_connection)
        m_connection->abort();
}

HttpFrontend::HttpFrontend(Options options, Handler handler, RefusalBody refusalBody,
                           QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_handler(std::move(handler))
    , m_refusalBody(std::move(refusalBody))
{
    m_limit = m_options.maxConnections;
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        m_limit = std::max(1, std::min<int>(m_limit, int(files.rlim_cur) - kReservedDescriptors));
    m_resumeAccepting.setSingleShot(true);
    m_resumeAccepting.setInterval(100);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        m_server.resumeAccepting();
        acceptPending();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &HttpFrontend::acceptPending);
    connect(&m_server, &QTcpServer::acceptError, this, &HttpFrontend::onAcceptError);
}

HttpFrontend::~HttpFrontend()
{
    // Connections are children; they must not call back into a half-destroyed frontend.
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections)
        delete c;
}

bool HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpFrontend::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        if (int(m_connections.size()) >= m_limit && !evictIdle()) {
            // Every connection is busy with a request: this one is turned away with an answer.
            QTcpSocket *socket = m_server.nextPendingConnection();
            const auto [contentType, body] = m_refusalBody(
                503, HttpFrontend::tr(
                         "imprint-sim is serving as many connections as it can; try again."));
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        QTcpSocket *socket = m_server.nextPendingConnection();
        auto *connection = new HttpConnection(this, socket);
        m_connections.push_back(connection);
    }
}

void HttpFrontend::onAcceptError(QAbstractSocket::SocketError)
{
    // Out of descriptors (EMFILE/ENFILE): accepting again at once would fail again at once, at
    // full CPU. Free one if an idle connection can go, and try again a little later.
    m_server.pauseAccepting();
    evictIdle();
    m_resumeAccepting.start();
}

bool HttpFrontend::evictIdle()
{
    for (HttpConnection *c : m_connections)
        if (c->isIdle()) {
            c->close(); // forgets itself
            return true;
        }
    return false;
}

void HttpFrontend::forget(HttpConnection *connection)
{
    m_connections.remove(connection);
}

void HttpFrontend::touched(HttpConnection *connection)
{
    // Most recently active to the back: the front is the longest idle.
    auto it = std::find(m_connections.begin(), m_connections.end(), connection);
    if (it != m_connections.end())
        m_connections.splice(m_connections.end(), m_connections, it);
}

} // namespace imprint
