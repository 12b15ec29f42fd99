#pragma once

#include "apifields.h"
#include "error.h"
#include "product.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace imprint {

// The API 3.0 response envelope (reference §1.3), both ways:
//   success: {"Response": {<action fields>..., "RequestId": "..."}}
//   failure: {"Response": {"Error": {"Code": "...", "Message": "..."}, "RequestId": "..."}}
// Both travel with HTTP 200: the SDK treats any other status as a transport failure.
//
// imprint-sim answers with success()/failure(); TencentCloudBackend reads with unwrap(), which
// turns a failure into an imprint::Error with remoteCode and requestId filled and the domain code
// TencentErrorCodes gives for that action.
class ApiEnvelope
{
public:
    static ApiEnvelope success(QJsonObject fields, QString requestId);
    static ApiEnvelope failure(QString code, QString message, QString requestId);
    // A domain refusal of `action`: the wire code is error.remoteCode when it already has one
    // (a mapper's parameter check chose it), else TencentErrorCodes::toWire.
    static ApiEnvelope failure(const Error &error, Product product, const QString &action,
                               QString requestId);

    // Failure (ErrorCode::RemoteError) when the bytes are not an API 3.0 envelope.
    static Result<ApiEnvelope> fromJson(const QByteArray &json);
    // The action's fields of a success; the failure as an Error otherwise.
    static Result<QJsonObject> unwrap(const QByteArray &json, Product product,
                                      const QString &action);

    QJsonObject toJsonObject() const;
    // Compact UTF-8, RequestId last as the cloud writes it.
    QByteArray toJson() const;
    // success(fields, requestId).toJson() without building the envelope's objects: imprint-sim's
    // answer to every successful request.
    static QByteArray successJson(const ApiFields &fields, const QString &requestId);

    // An error is an envelope whose Response.Error.Code is non-empty, as the SDK decides.
    bool isError() const { return !m_code.isEmpty(); }
    const QString &requestId() const { return m_requestId; }
    // The action's fields, without RequestId (empty for a failure).
    const QJsonObject &fields() const { return m_fields; }
    const QString &errorCode() const { return m_code; }
    const QString &errorMessage() const { return m_message; }
    // The failure as a domain error for `action`; no error for a success.
    Error toError(Product product, const QString &action) const;

private:
    QJsonObject m_fields;
    QString m_requestId;
    QString m_code;
    QString m_message;
};

} // namespace imprint
