#include "ucloudenvelope.h"

#include "uclouderrorcodes.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace imprint {

namespace {
const QString kAction = QStringLiteral("Action");
const QString kRetCode = QStringLiteral("RetCode");
const QString kMessage = QStringLiteral("Message");
const QString kRequestId = QStringLiteral("RequestUUID");

QString responseName(const QString &action)
{
    return action + QStringLiteral("Response");
}

Error unreadable(const QString &action, const QString &why)
{
    return Error(ErrorCode::RemoteError,
                 QStringLiteral("The answer to %1 is not a UCloud API response (%2). Check the "
                                "endpoint address.")
                     .arg(action, why));
}
} // namespace

QJsonObject UCloudEnvelope::success(const QString &action, QJsonObject fields,
                                    const QString &requestId)
{
    fields.insert(kAction, responseName(action));
    fields.insert(kRetCode, 0);
    fields.remove(kMessage);
    if (!requestId.isEmpty())
        fields.insert(kRequestId, requestId);
    return fields;
}

QJsonObject UCloudEnvelope::failure(const QString &action, int retCode, const QString &message,
                                    const QString &requestId)
{
    QJsonObject e{{kRetCode, retCode == 0 ? UCloudErrorCodes::serviceUnavailable : retCode},
                  {kMessage, message}};
    // A refusal before the action was known (throttling, an unreadable body) names none.
    if (!action.isEmpty())
        e.insert(kAction, responseName(action));
    if (!requestId.isEmpty())
        e.insert(kRequestId, requestId);
    return e;
}

QJsonObject UCloudEnvelope::failure(const QString &action, const Error &error,
                                    const QString &requestId)
{
    bool chosen = false;
    const int wire = error.remoteCode.toInt(&chosen);
    return failure(action, chosen ? wire : UCloudErrorCodes::toWire(error.code), error.message,
                   requestId);
}

QByteArray UCloudEnvelope::toJson(const QJsonObject &envelope)
{
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> UCloudEnvelope::unwrap(const QByteArray &json, const QString &action)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(action, QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return unreadable(action, QStringLiteral("not a JSON object"));
    QJsonObject fields = doc.object();

    const QJsonValue retCodeValue = fields.value(kRetCode);
    bool isNumber = false;
    double retCode = retCodeValue.toDouble();
    if (retCodeValue.isDouble())
        isNumber = std::trunc(retCode) == retCode;
    else if (retCodeValue.isString())
        retCode = retCodeValue.toString().toInt(&isNumber);
    if (!isNumber)
        return unreadable(action, QStringLiteral("no numeric \"RetCode\""));
    const QString answered = fields.value(kAction).toString();
    if (!answered.isEmpty() && answered != responseName(action))
        return unreadable(action, QStringLiteral("it answers %1").arg(answered));

    const QString requestId = fields.value(kRequestId).toString();
    if (retCode != 0) {
        QString message = fields.value(kMessage).toString();
        if (message.isEmpty())
            message = QStringLiteral("UCloud refused %1 with RetCode %2 and no message.")
                          .arg(action)
                          .arg(qint64(retCode));
        Error e = UCloudErrorCodes::error(int(retCode), message);
        e.requestId = requestId;
        return e;
    }
    for (const QString &key : {kAction, kRetCode, kMessage, kRequestId})
        fields.remove(key);
    return fields;
}

} // namespace imprint
