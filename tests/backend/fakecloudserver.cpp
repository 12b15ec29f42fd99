#include "fakecloudserver.h"

#include "apienvelope.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>

namespace imprint {

namespace {
int g_requestCounter = 0;

QString nextRequestId()
{
    return QStringLiteral("fake-%1").arg(++g_requestCounter, 8, 10, QLatin1Char('0'));
}
} // namespace

FakeCloudServer::Reply FakeCloudServer::Reply::ok(const QJsonObject &fields)
{
    Reply r;
    r.body = ApiEnvelope::success(fields, nextRequestId()).toJson();
    return r;
}

FakeCloudServer::Reply FakeCloudServer::Reply::error(const QString &code, const QString &message,
                                                     const QString &requestId)
{
    Reply r;
    r.body = ApiEnvelope::failure(code, message, requestId.isEmpty() ? nextRequestId() : requestId)
                 .toJson();
    return r;
}

FakeCloudServer::Reply FakeCloudServer::Reply::http(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

FakeCloudServer::Reply FakeCloudServer::Reply::drop()
{
    Reply r;
    r.kind = Kind::Drop;
    return r;
}

FakeCloudServer::Reply FakeCloudServer::Reply::silence()
{
    Reply r;
    r.kind = Kind::Silence;
    return r;
}

FakeCloudServer::FakeCloudServer(QObject *parent)
    : QObject(parent)
    , m_verifier([](const QString &id) -> std::optional<QString> {
        if (id == QLatin1String(secretId))
            return QString::fromLatin1(secretKey);
        return std::nullopt;
    })
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeCloudServer::~FakeCloudServer()
{
    // The sockets die with the server member, after the buffers: cut them loose first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeCloudServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCloudServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QList<FakeCloudServer::Request> FakeCloudServer::requests(const QString &action) const
{
    QList<Request> matching;
    for (const Request &r : m_requests)
        if (r.action == action)
            matching << r;
    return matching;
}

int FakeCloudServer::count(const QString &action) const
{
    return int(requests(action).size());
}

bool FakeCloudServer::allAuthentic() const
{
    for (const Request &r : m_requests)
        if (!r.verification.ok())
            return false;
    return true;
}

void FakeCloudServer::clear()
{
    m_requests.clear();
    m_perAction.clear();
}

void FakeCloudServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request per read cycle; keep-alive connections may carry several in turn.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        ReceivedRequest raw;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        raw.method = requestLine.value(0);
        raw.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            raw.headers.append(name, value);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        raw.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        answer(socket, raw);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeCloudServer::answer(QTcpSocket *socket, const ReceivedRequest &raw)
{
    Request request;
    request.raw = raw;
    request.verification = m_verifier.verify(raw, QDateTime::currentSecsSinceEpoch());
    request.action = QString::fromLatin1(raw.headers.value("X-TC-Action"));
    request.region = QString::fromLatin1(raw.headers.value("X-TC-Region"));
    request.body = QJsonDocument::fromJson(raw.body).object();
    m_requests << request;
    const int index = m_perAction[request.action]++;

    Reply reply;
    if (!request.verification.ok())
        reply = Reply::error(request.verification.code, request.verification.message);
    else if (m_handler)
        reply = m_handler(request, index);
    else
        reply = Reply::error(QStringLiteral("InvalidAction"), QStringLiteral("No handler."));

    switch (reply.kind) {
    case Reply::Kind::Drop:
        socket->abort();
        return;
    case Reply::Kind::Silence:
        return;
    case Reply::Kind::Answer:
        break;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) +
                          (reply.status == 200 ? " OK" : " Error") + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    response += "Connection: keep-alive\r\n\r\n";
    response += reply.body;
    socket->write(response);
}

} // namespace imprint
