#pragma once

#include "credentials.h"
#include "error.h"
#include "product.h"
#include "tc3signer.h"
#include "tencentretrypolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace imprint {

// What the cloud's current state says about a call whose answer is in doubt (see
// TencentApiRequest::reconcile).
struct TencentReconciliation
{
    enum class Verdict {
        Proceed, // nothing of ours there: retry (after a lost answer) or report the refusal
        Adopt,   // the call did take effect: `answer` stands in for the lost one
        Fail,    // the state could not be checked: report `error` rather than risk a duplicate
    };
    Verdict verdict = Verdict::Proceed;
    QJsonObject answer;
    // Proceed: send this body from now on (DeleteImages without the ids already gone). A
    // refusal followed by a new body is retried; without one it is reported as it is.
    std::optional<QJsonObject> body;
    Error error;

    static TencentReconciliation proceed(std::optional<QJsonObject> body = std::nullopt);
    static TencentReconciliation adopt(QJsonObject answer);
    static TencentReconciliation fail(Error error);
};

// One API 3.0 action to call.
struct TencentApiRequest
{
    using Reconcile =
        std::function<void(const Error &failure, std::function<void(TencentReconciliation)> done)>;

    Product product = Product::Cvm;
    QString action; // X-TC-Action, e.g. "DescribeImages"
    QString region; // X-TC-Region; empty: the client's default region
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

// Signs, sends and retries Tencent Cloud API 3.0 calls (reference §1, §2) over
// QNetworkAccessManager, and turns every outcome into a Result: the action's Response fields,
// or an imprint::Error with a sentence for the user and, where the server answered,
// remoteCode and requestId.
//
// Transient failures - network errors, HTTP 429 and 5xx, RequestLimitExceeded - are retried
// under the TencentRetryPolicy; each attempt is signed anew (the timestamp must be fresh).
// Everything else is final. Lives in one thread; callbacks run there.
//
// Secrets: the request headers (Authorization, X-TC-Token) are built, handed to Qt and never
// kept or logged; the log category "imprint.tencent.api" says action, region, attempt,
// request id and error code only.
class TencentApiClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: each service's real endpoint, https://<service>.tencentcloudapi.com. Else every
        // service at this base URL (imprint-sim: http://127.0.0.1:PORT); the Host header is then
        // its authority and the server takes the service from the credential scope.
        QUrl endpoint;
        Credentials credentials;
        QString defaultRegion = QStringLiteral("ap-guangzhou"); // for region-less actions
        QByteArray language;                                    // X-TC-Language; empty: none
        int transferTimeoutMs = 15000;
        TencentRetryPolicy retry;
        quint32 randomSeed = 0; // back-off jitter; 0: seeded by the system
    };
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit TencentApiClient(Options options, QObject *parent = nullptr);
    ~TencentApiClient() override;

    // `done` runs exactly once, in this object's thread, never synchronously inside call().
    void call(TencentApiRequest request, Done done);

    void setCredentials(const Credentials &credentials);
    const Options &options() const { return m_options; }
    // Where `product`'s requests go, and the Host header they carry.
    QUrl url(Product product) const;
    static QByteArray hostHeader(const QUrl &url);

signals:
    // After a call gave up for network reasons (false), and on the next answer (true).
    void connectionStateChanged(bool connected, const QString &text);

private:
    struct Call;
    struct Attempt;

    void send(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    Attempt judge(const Call &call, QNetworkReply *reply) const;
    void retryLater(const std::shared_ptr<Call> &call, const Attempt &attempt);
    void reconcile(const std::shared_ptr<Call> &call, const Error &failure, bool answerLost);
    void finish(const std::shared_ptr<Call> &call, Result<QJsonObject> result);
    void setConnected(bool connected, const QString &text);

    Options m_options;
    Tc3Signer m_signer;
    QNetworkAccessManager *m_network = nullptr;
    QRandomGenerator m_random;
    bool m_connected = true;
};

} // namespace imprint
