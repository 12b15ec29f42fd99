#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace imprint {

// The ECS RPC response, both ways (reference §1.1), Format JSON:
//   success: HTTP 2xx, {<action fields>..., "RequestId": "..."}
//   failure: HTTP 4xx/5xx, {"RequestId": "...", "HostId": "...", "Code": "...", "Message": "..."}
// Unlike Tencent's API 3.0, the HTTP status carries the verdict: the SDKs raise on >= 400 and
// read Code and Message from the body.
class EcsEnvelope
{
public:
    // The answer imprint-sim sends.
    struct Reply
    {
        int httpStatus = 200;
        QByteArray body;
    };
    static Reply success(QJsonObject fields, const QString &requestId);
    // `code` picks the HTTP status (EcsErrorCodes::httpStatus).
    static Reply failure(const QString &code, const QString &message, const QString &requestId,
                         const QString &hostId);
    // A domain refusal of `action`: error.remoteCode when a check chose it, else
    // EcsErrorCodes::toWire.
    static Reply failure(const Error &error, const QString &action, const QString &requestId,
                         const QString &hostId);

    // The client side: the action's fields (without RequestId) of a success; the failure as an
    // Error with the domain code for `action`, remoteCode and requestId. A body that is not an
    // ECS JSON answer is a RemoteError that says so.
    static Result<QJsonObject> unwrap(int httpStatus, const QByteArray &body,
                                      const QString &action);
};

} // namespace imprint
