#pragma once

#include <QByteArray>
#include <QString>

namespace imprint {

// One answer of imprint-sim in any wire protocol: the HTTP status, content type and body, plus
// what the request log says about it. Nothing here is secret: no header values, no request
// body, no key.
struct ApiReply
{
    int httpStatus = 200;
    QByteArray contentType = "application/json";
    QByteArray body; // the protocol's envelope
    QString requestId;
    QString service; // "cvm", "lighthouse", ...; empty when the request never got that far
    QString action;
    QString region;
    QString outcome; // "OK" or the wire error code
};

} // namespace imprint
