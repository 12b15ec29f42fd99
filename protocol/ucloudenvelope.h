#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace imprint {

// UCloud's response envelope (reference §3.1), both ways:
//   success: {"Action": "<Action>Response", "RetCode": 0, <action fields>...}
//   failure: {"Action": "<Action>Response", "RetCode": <nonzero>, "Message": "<what was wrong>"}
// Both travel with HTTP 200; the SDK decides success by RetCode alone. imprint-sim adds a
// RequestUUID, as the real gateway does, so that a failure can be quoted to support.
class UCloudEnvelope
{
public:
    static QJsonObject success(const QString &action, QJsonObject fields,
                               const QString &requestId = {});
    // An empty action leaves Action out (a refusal before the request was read).
    static QJsonObject failure(const QString &action, int retCode, const QString &message,
                               const QString &requestId = {});
    // A domain refusal: the RetCode is error.remoteCode when a parameter check already chose
    // one, else UCloudErrorCodes::toWire(error.code).
    static QJsonObject failure(const QString &action, const Error &error,
                               const QString &requestId = {});
    static QByteArray toJson(const QJsonObject &envelope);

    // The action's fields of a success (without Action, RetCode, Message, RequestUUID). A
    // nonzero RetCode becomes an Error with remoteCode and requestId filled; an answer that is
    // not a UCloud envelope, or answers another action, a RemoteError that says so. RetCode is
    // accepted as a number or as decimal text (older doc examples show "0").
    static Result<QJsonObject> unwrap(const QByteArray &json, const QString &action);
};

} // namespace imprint
