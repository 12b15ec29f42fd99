#include "remoterequest.h"

namespace imprint {

Reconciliation Reconciliation::proceed(std::optional<QJsonObject> body)
{
    Reconciliation r;
    r.body = std::move(body);
    return r;
}

Reconciliation Reconciliation::adopt(QJsonObject answer)
{
    Reconciliation r;
    r.verdict = Verdict::Adopt;
    r.answer = std::move(answer);
    return r;
}

Reconciliation Reconciliation::fail(Error error)
{
    Reconciliation r;
    r.verdict = Verdict::Fail;
    r.error = std::move(error);
    return r;
}

RemoteAttempt RemoteAttempt::answered(QJsonObject answer)
{
    RemoteAttempt a;
    a.kind = Kind::Answered;
    a.answer = std::move(answer);
    return a;
}

RemoteAttempt RemoteAttempt::failed(Kind kind, Error error, bool networkDown)
{
    RemoteAttempt a;
    a.kind = kind;
    a.error = std::move(error);
    a.networkDown = networkDown;
    return a;
}

} // namespace imprint
