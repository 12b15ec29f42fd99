#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <cstdio>

namespace imprint {

struct ApiReply;
struct FaultPlan;

// imprint-sim's request log: one line per request (what it says: SimServer), gathered and written
// when the thread's event loop is about to wait for more. A burst of requests (many connections)
// then costs one write instead of one each, and nothing is left unwritten while the server idles:
// a client that reads the log after its answer sees the line as soon as the server is done.
class RequestLog : public QObject
{
public:
    // Writes to `out` (stderr for imprint-sim), in the thread this object lives in.
    explicit RequestLog(std::FILE *out, QObject *parent = nullptr);
    ~RequestLog() override; // writes what is pending

    void add(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs);
    void flush();

    // The line for one request, with its newline: "<UTC time> <id> <service> <action> <region>
    // <outcome> <n>ms[ fault=<kind>[<status>]/<timing>][ latency=<n>ms]". What a client chose
    // (action, region) is escaped (escapedForLog); an empty field is "-".
    static QByteArray line(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs,
                           const QDateTime &at);

private:
    std::FILE *m_out;
    QByteArray m_pending;
    bool m_deferred = false; // whether an event loop calls flush() before it waits
};

} // namespace imprint
