#pragma once

#include "credentials.h"
#include "remoterequest.h"

#include <QObject>

#include <functional>

namespace imprint {

// What one cloud brings to the remote backend for talking to it: encoding and signing a
// RemoteRequest in the cloud's protocol, sending it, and classifying what came back (or did
// not) as a RemoteAttempt. Retries, back-off, reconciliation and the connection state are the
// RemoteCaller's, the same for every cloud.
//
// Lives in the remote engine's thread; `done` runs there, exactly once, never synchronously
// inside send(). Secrets: a transport never logs or keeps signed headers, and an error it
// reports never carries the key.
class RemoteTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RemoteTransport() override = default;

    // One attempt. A request that cannot be sent at all (no key, a product this cloud does not
    // serve) answers Fatal with a sentence that says what to do.
    virtual void send(const RemoteRequest &request, std::function<void(RemoteAttempt)> done) = 0;
    // Takes effect for attempts that start afterwards.
    virtual void setCredentials(const Credentials &credentials) = 0;
    // Where `product`'s requests go, as the user would recognise it ("cvm.tencentcloudapi.com",
    // "127.0.0.1:8080"): for "Connected to ..." in the status bar.
    virtual QString endpointName(Product product) const = 0;
};

} // namespace imprint
