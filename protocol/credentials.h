#pragma once

#include <QDebug> // complete: clang refuses a deleted function whose types are incomplete
#include <QString>

namespace imprint {

// An API key pair (plus an optional STS session token) for Tencent Cloud API 3.0.
//
// Deliberately a bare aggregate with no toString(), no QDebug streaming and no QVariant/metatype
// registration: anything that can print a Credentials value can print the SecretKey into a log,
// a crash report or a test failure. Log `secretId` explicitly when you need to say which key was
// used; never the key or the token. The deleted operator below turns an accidental
// `qDebug() << credentials` into a compile error instead of a leak.
struct Credentials
{
    QString secretId;  // e.g. "AKID..."; public, goes into the Authorization header
    QString secretKey; // never leaves the process; only HMAC-derived values are sent
    QString token;     // STS session token for temporary keys; sent as X-TC-Token, not signed

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
};

QDebug operator<<(QDebug debug, const Credentials &credentials) = delete;

} // namespace imprint
