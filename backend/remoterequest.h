#pragma once

#include "error.h"
#include "product.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace imprint {

// What the cloud's current state says about a call whose answer is in doubt (see
// RemoteRequest::reconcile).
struct Reconciliation
{
    enum class Verdict {
        Proceed, // nothing of ours there: retry (after a lost answer) or report the refusal
        Adopt,   // the call did take effect: `answer` stands in for the lost one
        Fail,    // the state could not be checked: report `error` rather than risk a duplicate
    };
    Verdict verdict = Verdict::Proceed;
    QJsonObject answer;
    // Proceed: send this body from now on (a delete without the ids already gone). A refusal
    // followed by a new body is retried; without one it is reported as it is.
    std::optional<QJsonObject> body;
    Error error;

    static Reconciliation proceed(std::optional<QJsonObject> body = std::nullopt);
    static Reconciliation adopt(QJsonObject answer);
    static Reconciliation fail(Error error);
};

// One API action to call, in any cloud's protocol. A ProductApi builds it; the RemoteTransport
// encodes, signs and sends it; the RemoteCaller retries it.
struct RemoteRequest
{
    using Reconcile =
        std::function<void(const Error &failure, std::function<void(Reconciliation)> done)>;

    Product product = Product::Cvm; // picks the service (endpoint, version, signing scope)
    QString action;                 // e.g. "DescribeImages"
    QString region;                 // empty: the transport's default region
    // The action's parameters: a JSON body (Tencent API 3.0) or flat name/value pairs that the
    // transport encodes as a query or a form (Alibaba RPC, UCloud).
    QJsonObject body;
    // Set only for actions that are not idempotent. Asked (a) before retrying an attempt whose
    // answer was lost (timeout, dropped connection, HTTP 5xx: it may have taken effect), and
    // (b) when the server refuses: QNetworkAccessManager itself silently resends a request when
    // the connection closes before the answer, so even the first refusal we see ("the name is
    // taken") may be the echo of our own earlier, successful attempt. Without it, a retry just
    // sends the same body again: right for reads, and for launches, whose ClientToken makes the
    // server answer a repeat with the first launch.
    Reconcile reconcile;
};

// The verdict of a transport on one attempt.
struct RemoteAttempt
{
    enum class Kind {
        Answered,  // success: `answer`
        Refused,   // the server said no: `error`, final unless reconciled
        Retryable, // never arrived (connection refused, HTTP 429): safe to send again
        InDoubt,   // answer lost or unclear (timeout, dropped, 5xx, rate limit): may have
                   // taken effect
        Fatal,     // retrying cannot help (no key, TLS, not an API endpoint)
    };
    Kind kind = Kind::Fatal;
    QJsonObject answer; // the action's response fields, without the cloud's envelope
    Error error;
    bool networkDown = false; // nothing answered at all

    static RemoteAttempt answered(QJsonObject answer);
    static RemoteAttempt failed(Kind kind, Error error, bool networkDown = false);
};

} // namespace imprint
