#include "ecsenvelope.h"

#include "ecserrorcodes.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace imprint {

namespace {
const QString kRequestId = QStringLiteral("RequestId");
const QString kHostId = QStringLiteral("HostId");
const QString kCode = QStringLiteral("Code");
const QString kMessage = QStringLiteral("Message");

Error unreadable(const QString &action, const QString &why)
{
    return Error(ErrorCode::RemoteError,
                 QStringLiteral("The answer to %1 is not an Alibaba Cloud ECS response (%2). "
                                "Check the endpoint address.")
                     .arg(action, why));
}
} // namespace

EcsEnvelope::Reply EcsEnvelope::success(QJsonObject fields, const QString &requestId)
{
    fields.insert(kRequestId, requestId);
    return {200, QJsonDocument(fields).toJson(QJsonDocument::Compact)};
}

EcsEnvelope::Reply EcsEnvelope::failure(const QString &code, const QString &message,
                                        const QString &requestId, const QString &hostId)
{
    const QJsonObject o{
        {kRequestId, requestId}, {kHostId, hostId}, {kCode, code}, {kMessage, message}};
    return {EcsErrorCodes::httpStatus(code), QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

EcsEnvelope::Reply EcsEnvelope::failure(const Error &error, const QString &action,
                                        const QString &requestId, const QString &hostId)
{
    const QString code =
        !error.remoteCode.isEmpty() ? error.remoteCode : EcsErrorCodes::toWire(action, error.code);
    return failure(code.isEmpty() ? QStringLiteral("InternalError") : code, error.message,
                   requestId, hostId);
}

Result<QJsonObject> EcsEnvelope::unwrap(int httpStatus, const QByteArray &body,
                                        const QString &action)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(
            action, httpStatus >= 400
                        ? QStringLiteral("HTTP status %1 without a JSON error body").arg(httpStatus)
                        : QStringLiteral("not a JSON object"));
    QJsonObject o = doc.object();
    const QString requestId = o.value(kRequestId).toString();
    const QString code = o.value(kCode).toString();
    if (httpStatus >= 400 || !code.isEmpty()) {
        if (code.isEmpty())
            return unreadable(
                action, QStringLiteral("HTTP status %1 without an error Code").arg(httpStatus));
        Error e(EcsErrorCodes::fromWire(action, code), o.value(kMessage).toString());
        e.remoteCode = code;
        e.requestId = requestId;
        return e;
    }
    o.remove(kRequestId);
    return o;
}

} // namespace imprint
