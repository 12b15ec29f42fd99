#include "apienvelope.h"

#include "jsonwriter.h"
#include "tencenterrorcodes.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace imprint {

namespace {
const QString kResponse = QStringLiteral("Response");
const QString kRequestId = QStringLiteral("RequestId");
const QString kError = QStringLiteral("Error");
const QString kCode = QStringLiteral("Code");
const QString kMessage = QStringLiteral("Message");

Error unreadable(const QString &why)
{
    return Error(ErrorCode::RemoteError,
                 QStringLiteral("The server's answer is not a Tencent Cloud API 3.0 response "
                                "(%1). Check the endpoint address.")
                     .arg(why));
}
} // namespace

ApiEnvelope ApiEnvelope::success(QJsonObject fields, QString requestId)
{
    ApiEnvelope e;
    fields.remove(kRequestId);
    fields.remove(kError);
    e.m_fields = std::move(fields);
    e.m_requestId = std::move(requestId);
    return e;
}

ApiEnvelope ApiEnvelope::failure(QString code, QString message, QString requestId)
{
    ApiEnvelope e;
    e.m_code = std::move(code);
    e.m_message = std::move(message);
    e.m_requestId = std::move(requestId);
    return e;
}

ApiEnvelope ApiEnvelope::failure(const Error &error, Product product, const QString &action,
                                 QString requestId)
{
    const QString code = !error.remoteCode.isEmpty()
                             ? error.remoteCode
                             : TencentErrorCodes::toWire(product, action, error.code);
    // An Error without a code is not a failure; answer with the generic one rather than a
    // success nobody asked for.
    return failure(code.isEmpty() ? QStringLiteral("FailedOperation") : code, error.message,
                   std::move(requestId));
}

Result<ApiEnvelope> ApiEnvelope::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
    const QJsonValue response = doc.object().value(kResponse);
    if (!doc.isObject() || !response.isObject())
        return unreadable(QStringLiteral("no \"Response\" object"));
    QJsonObject r = response.toObject();
    const QJsonValue requestId = r.value(kRequestId);
    if (!requestId.isUndefined() && !requestId.isString())
        return unreadable(QStringLiteral("\"RequestId\" is not a string"));

    const QJsonValue error = r.value(kError);
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString code = e.value(kCode).toString();
        if (!code.isEmpty())
            return failure(code, e.value(kMessage).toString(), requestId.toString());
    }
    return success(r, requestId.toString());
}

Result<QJsonObject> ApiEnvelope::unwrap(const QByteArray &json, Product product,
                                        const QString &action)
{
    Result<ApiEnvelope> envelope = fromJson(json);
    if (!envelope)
        return envelope.error();
    if (envelope->isError())
        return envelope->toError(product, action);
    return envelope->fields();
}

QJsonObject ApiEnvelope::toJsonObject() const
{
    QJsonObject r = m_fields;
    if (isError())
        r.insert(kError, QJsonObject{{kCode, m_code}, {kMessage, m_message}});
    r.insert(kRequestId, m_requestId);
    return QJsonObject{{kResponse, r}};
}

QByteArray ApiEnvelope::toJson() const
{
    if (!isError())
        return successJson(m_fields, m_requestId);
    JsonWriter w;
    w.beginObject().key(kResponse).beginObject().members(m_fields);
    w.key(kError).beginObject().key(kCode).string(m_code).key(kMessage).string(m_message);
    w.endObject().key(kRequestId).string(m_requestId).endObject().endObject();
    return w.take();
}

QByteArray ApiEnvelope::successJson(const ApiFields &fields, const QString &requestId)
{
    JsonWriter w;
    w.beginObject().key(kResponse).beginObject();
    fields.writeMembers(w);
    w.key(kRequestId).string(requestId).endObject().endObject();
    return w.take();
}

Error ApiEnvelope::toError(Product product, const QString &action) const
{
    if (!isError())
        return {};
    Error e(TencentErrorCodes::fromWire(product, action, m_code), m_message);
    e.remoteCode = m_code;
    e.requestId = m_requestId;
    return e;
}

} // namespace imprint
