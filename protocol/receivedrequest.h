#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace imprint {

// One HTTP request as imprint-sim received it, before anything is parsed. Every wire protocol's
// verifier reads this, so it names no protocol: TC3 signs headers and the raw body, ECS RPC and
// UCloud sign parameters that travel in the query string or a form body.
struct ReceivedRequest
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray query;    // percent-encoded, without the "?"
    HttpHeaders headers; // case-insensitive names; Host among them
    QByteArray body;     // the raw bytes: hashed before any parsing

    // The media type of the body, lower case, without parameters: "application/json".
    QByteArray mediaType() const;
    // Name/value pairs, percent-decoded, in the order sent: those of the query string, then
    // those of the body when it is a form (application/x-www-form-urlencoded).
    QList<QPair<QString, QString>> formParameters() const;
    // Whether `name` is among formParameters() or a top-level key of a JSON object body.
    bool hasParameter(const QString &name) const;
};

} // namespace imprint
