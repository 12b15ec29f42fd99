#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace imprint {

// What TC3-HMAC-SHA256 covers of one API 3.0 request (reference §2.1).
//
// The client fills it from the request it is about to send and must send exactly these bytes:
// the signature covers `payload` as it is on the wire (re-serialising the JSON changes the hash)
// and `host` as it appears in the Host header, ":port" included when the port is not the
// scheme's default.
struct SignedRequest
{
    QByteArray method = "POST";
    QByteArray host; // "cvm.tencentcloudapi.com" or "127.0.0.1:8443"
    QByteArray path = "/";
    QByteArray query;                            // canonical query string; empty for POST
    QByteArray contentType = "application/json"; // what the Go SDK sends and signs
    QByteArray payload;
    QByteArray action;    // X-TC-Action, e.g. "DescribeImages"
    qint64 timestamp = 0; // X-TC-Timestamp, Unix seconds
    QByteArray service;   // credential scope service: "cvm", "lighthouse"
    QByteArray version;   // X-TC-Version, e.g. "2017-03-12"
    QByteArray region;    // X-TC-Region; empty when the request goes without one
    // Lowercase names. The SDKs sign content-type;host; the current official demo also signs
    // x-tc-action (vector C). Imprint's own client signs actionBound() as well. Those five are
    // the ones this type can supply values for.
    QByteArrayList signedHeaders{"content-type", "host"};

    // Whether every signed header is one of the five above and content-type and host are there.
    bool hasSignableHeaders() const;
    // What Imprint's client signs: the minimal pair plus the headers that say what the request
    // does and where (x-tc-action, x-tc-version, and x-tc-region when there is one), so that a
    // captured request cannot be sent as another action, version or region.
    static QByteArrayList actionBound(bool withRegion);
    // (lowercase name, value) for each signed header, sorted by name as the canonical form wants.
    QList<QPair<QByteArray, QByteArray>> signedHeaderValues() const;
};

} // namespace imprint
