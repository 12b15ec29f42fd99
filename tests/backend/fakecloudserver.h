#pragma once

#include "tc3verifier.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace imprint {

// A loopback HTTP/1.1 server that speaks just enough Tencent Cloud API 3.0 for the client tests:
// every request's TC3 signature is checked with Tc3Verifier (a bad one is answered with the
// verifier's AuthFailure, as the cloud would), and authentic ones go to a handler that answers
// with canned JSON, an HTTP error, a dropped connection or silence.
class FakeCloudServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *secretId = "AKIDfakeServerTestKey0123456789";
    static constexpr const char *secretKey = "fakeServerSecretKeyDoNotLeak42";

    struct Request
    {
        ReceivedRequest raw;
        Tc3Verification verification;
        QString action;
        QString region;
        QJsonObject body;
    };

    struct Reply
    {
        enum class Kind { Answer, Drop, Silence };
        Kind kind = Kind::Answer;
        int status = 200;
        QByteArray body;

        // {"Response": {fields..., "RequestId": ...}}
        static Reply ok(const QJsonObject &fields = {});
        static Reply error(const QString &code, const QString &message,
                           const QString &requestId = {});
        static Reply http(int status, const QByteArray &body = {});
        static Reply drop();    // read the request, then close without a word
        static Reply silence(); // read the request and never answer
    };
    // `index` counts the requests for the same action, from 0.
    using Handler = std::function<Reply(const Request &request, int index)>;

    explicit FakeCloudServer(QObject *parent = nullptr);
    ~FakeCloudServer() override;

    bool listen();
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requests(const QString &action) const;
    int count(const QString &action) const;
    // Whether every request so far carried a valid signature.
    bool allAuthentic() const;
    void clear();

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ReceivedRequest &raw);

    QTcpServer m_server;
    Tc3Verifier m_verifier;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QString, int> m_perAction;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace imprint
