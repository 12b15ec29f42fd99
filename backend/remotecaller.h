#pragma once

#include "remoterequest.h"
#include "remotetransport.h"
#include "retrypolicy.h"

#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace imprint {

// Calls a cloud through its transport until there is an answer worth reporting, the same way
// for every cloud: transient failures (network errors, HTTP 429 and 5xx, rate limits) are
// retried under the RetryPolicy, each attempt signed anew by the transport; an attempt whose
// answer was lost, and a refusal, are reconciled first when the request says how (see
// RemoteRequest::reconcile), so a write never runs twice; everything else is final.
//
// Also keeps the connection state the status bar shows: lost when a call gave up for network
// reasons, back on the next answer. Lives in one thread; callbacks run there. The log category
// "imprint.remote.api" says action, attempt and error code only, never a secret.
class RemoteCaller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RetryPolicy retry;      // 5 attempts, 0.5 s doubling to 8 s, with jitter
        quint32 randomSeed = 0; // back-off jitter; 0: seeded by the system
    };
    using Done = std::function<void(Result<QJsonObject>)>;

    // Takes the transport over (it becomes this object's child).
    RemoteCaller(std::unique_ptr<RemoteTransport> transport, Options options,
                 QObject *parent = nullptr);
    ~RemoteCaller() override;

    // `done` runs exactly once, in this object's thread, never synchronously inside call().
    void call(RemoteRequest request, Done done);

    void setCredentials(const Credentials &credentials);
    RemoteTransport &transport() const { return *m_transport; }

signals:
    // After a call gave up for network reasons (false), and on the next answer (true).
    void connectionStateChanged(bool connected, const QString &text);

private:
    struct Call;

    void send(const std::shared_ptr<Call> &call);
    void onAttempt(const std::shared_ptr<Call> &call, const RemoteAttempt &attempt);
    void retryLater(const std::shared_ptr<Call> &call, const RemoteAttempt &attempt);
    void reconcile(const std::shared_ptr<Call> &call, const Error &failure, bool answerLost);
    void finish(const std::shared_ptr<Call> &call, Result<QJsonObject> result);
    void setConnected(bool connected, const QString &text);

    RemoteTransport *m_transport;
    Options m_options;
    QRandomGenerator m_random;
    bool m_connected = true;
};

} // namespace imprint
