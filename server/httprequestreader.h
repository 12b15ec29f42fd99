#pragma once

#include "receivedrequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace imprint {

// What one request may cost before imprint-sim refuses it.
struct HttpLimits
{
    qint64 maxBodyBytes = 10 * 1024 * 1024; // 413 beyond it, decided from Content-Length
    int maxHeadBytes = 32 * 1024;           // request line and fields together; 431 beyond
    int maxHeaderFields = 100;              // 431 beyond
};

// Reads HTTP/1.1 requests (RFC 9112) from the bytes of one connection, incrementally, and refuses
// what a production server refuses *before* it buffers it: a body over the limit is refused from
// its Content-Length, a head over the limit as soon as it grows past it. No socket here, so every
// rule is tested byte by byte (tst_httprequestreader) and fuzzed.
//
// Why not QHttpServer alone: in Qt 6.4 it buffers a whole request before any handler sees it
// (five 100 MB bodies took 1.7 GB), has no header or idle timeout and accepts conflicting
// Content-Length fields. Why not a library: Debian's maintained HTTP/1 parsers (llhttp, picohttp)
// would still need this class around them for limits and the refusal codes; the grammar a
// request needs here is small.
class HttpRequestReader
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestReader)

public:
    enum class State {
        Idle,     // nothing of a request yet
        Head,     // part of a request line or fields
        Body,     // the head is complete; waiting for the body
        Complete, // takeRequest()
        Failed,   // failureStatus(); the connection answers it and closes
    };

    explicit HttpRequestReader(HttpLimits limits = {});

    // Appends bytes and parses as far as they go.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }
    // Once Complete: the request, and whether the connection stays open after its answer. The
    // reader then goes on with the bytes after it (pipelining).
    ReceivedRequest takeRequest(bool *keepAlive);
    // Once the head is read: the client waits for "100 Continue" before sending its body.
    bool expectsContinue() const { return m_expectContinue; }

    // Once Failed: 400, 413, 414, 431, 501 or 505, and a sentence for the client.
    int failureStatus() const { return m_failureStatus; }
    QString failureReason() const { return m_failureReason; }

private:
    void parse();
    bool parseHead(QByteArrayView head);
    bool fail(int status, const QString &reason);

    HttpLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer;
    ReceivedRequest m_request;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace imprint
