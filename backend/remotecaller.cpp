#include "remotecaller.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace imprint {

Q_LOGGING_CATEGORY(lcRemoteApi, "imprint.remote.api")

struct RemoteCaller::Call
{
    RemoteRequest request;
    Done done;
    int attempts = 0;
};

RemoteCaller::RemoteCaller(std::unique_ptr<RemoteTransport> transport, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport.release())
    , m_options(options)
    , m_random(m_options.randomSeed ? QRandomGenerator(m_options.randomSeed)
                                    : QRandomGenerator(QRandomGenerator::global()->generate()))
{
    m_transport->setParent(this);
}

RemoteCaller::~RemoteCaller() = default;

void RemoteCaller::setCredentials(const Credentials &credentials)
{
    m_transport->setCredentials(credentials);
}

void RemoteCaller::call(RemoteRequest request, Done done)
{
    auto c = std::make_shared<Call>();
    c->request = std::move(request);
    c->done = std::move(done);
    // Queued: the caller finishes its own bookkeeping before any answer can arrive.
    QTimer::singleShot(0, this, [this, c] { send(c); });
}

void RemoteCaller::send(const std::shared_ptr<Call> &c)
{
    ++c->attempts;
    qCDebug(lcRemoteApi).noquote()
        << c->request.action << "region" << c->request.region << "attempt" << c->attempts;
    QPointer<RemoteCaller> self(this);
    m_transport->send(c->request, [self, c](RemoteAttempt attempt) {
        if (self)
            self->onAttempt(c, attempt);
    });
}

void RemoteCaller::onAttempt(const std::shared_ptr<Call> &c, const RemoteAttempt &attempt)
{
    switch (attempt.kind) {
    case RemoteAttempt::Kind::Answered:
        qCDebug(lcRemoteApi).noquote() << c->request.action << "answered";
        finish(c, attempt.answer);
        return;
    case RemoteAttempt::Kind::Refused:
        qCDebug(lcRemoteApi).noquote()
            << c->request.action << "refused:" << attempt.error.remoteCode << "request"
            << attempt.error.requestId;
        if (c->request.reconcile)
            reconcile(c, attempt.error, false);
        else
            finish(c, attempt.error);
        return;
    case RemoteAttempt::Kind::Retryable:
    case RemoteAttempt::Kind::InDoubt:
        retryLater(c, attempt);
        return;
    case RemoteAttempt::Kind::Fatal:
        finish(c, attempt.error);
        return;
    }
}

void RemoteCaller::retryLater(const std::shared_ptr<Call> &c, const RemoteAttempt &attempt)
{
    qCDebug(lcRemoteApi).noquote()
        << c->request.action << "attempt" << c->attempts << "failed:" << attempt.error.remoteCode;
    if (!m_options.retry.canRetry(c->attempts)) {
        Error e = attempt.error;
        e.message = tr("Gave up after %1 attempts: %2").arg(c->attempts).arg(e.message);
        if (attempt.networkDown)
            setConnected(false, e.message);
        finish(c, e);
        return;
    }
    const bool answerLost = attempt.kind == RemoteAttempt::Kind::InDoubt;
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

void RemoteCaller::reconcile(const std::shared_ptr<Call> &c, const Error &failure, bool answerLost)
{
    QPointer<RemoteCaller> self(this);
    c->request.reconcile(failure, [self, c, failure, answerLost](Reconciliation r) {
        if (!self)
            return;
        switch (r.verdict) {
        case Reconciliation::Verdict::Adopt:
            qCDebug(lcRemoteApi).noquote()
                << c->request.action << "took effect earlier; adopting what the cloud shows";
            self->finish(c, r.answer);
            return;
        case Reconciliation::Verdict::Fail:
            self->finish(c, r.error);
            return;
        case Reconciliation::Verdict::Proceed:
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

void RemoteCaller::finish(const std::shared_ptr<Call> &c, Result<QJsonObject> result)
{
    if (!c->done)
        return;
    if (result.ok() || !result.error().remoteCode.isEmpty())
        setConnected(true,
                     tr("Connected to %1.").arg(m_transport->endpointName(c->request.product)));
    Done done = std::move(c->done);
    c->done = nullptr;
    done(std::move(result));
}

void RemoteCaller::setConnected(bool connected, const QString &text)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectionStateChanged(connected, text);
}

} // namespace imprint
