#include "requestlog.h"

#include "apireply.h"
#include "apitime.h"
#include "faultinjector.h"
#include "logescape.h"

#include <QAbstractEventDispatcher>
#include <QThread>

namespace imprint {

RequestLog::RequestLog(std::FILE *out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    if (QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance(thread())) {
        connect(loop, &QAbstractEventDispatcher::aboutToBlock, this, &RequestLog::flush);
        m_deferred = true;
    }
}

RequestLog::~RequestLog()
{
    flush();
}

QByteArray RequestLog::line(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs,
                            const QDateTime &at)
{
    auto field = [](QByteArray &out, const QString &text) {
        out += ' ';
        if (text.isEmpty())
            out += '-';
        else
            appendEscapedForLog(out, text);
    };
    QByteArray out;
    out.reserve(192);
    out += ApiTime::utcText(at, ApiTime::Precision::Millisecond);
    field(out, reply.requestId);
    field(out, reply.service);
    field(out, reply.action);
    field(out, reply.region);
    field(out, reply.outcome);
    out.append(' ').append(QByteArray::number(elapsedMs)).append("ms");
    if (plan.kind != FaultPlan::Kind::None) {
        out += " fault=" + FaultPlan::kindName(plan.kind).toLatin1();
        if (plan.kind == FaultPlan::Kind::Http5xx)
            out += QByteArray::number(plan.httpStatus);
        out += '/' + FaultPlan::timingName(plan.timing).toLatin1();
    }
    if (plan.delayMs > 0)
        out += " latency=" + QByteArray::number(plan.delayMs) + "ms";
    out += '\n';
    return out;
}

void RequestLog::add(const ApiReply &reply, const FaultPlan &plan, qint64 elapsedMs)
{
    m_pending += line(reply, plan, elapsedMs, QDateTime::currentDateTimeUtc());
    if (!m_deferred)
        flush();
}

void RequestLog::flush()
{
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), m_out);
    std::fflush(m_out);
    m_pending.clear();
}

} // namespace imprint
