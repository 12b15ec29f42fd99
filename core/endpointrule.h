#pragma once

#include <QUrl>

namespace imprint {

// Where Imprint sends a request signed with an API key: over HTTPS anywhere, over plain HTTP only
// to this computer (imprint-sim on loopback: 127.0.0.0/8, ::1, localhost). Anywhere else plain
// HTTP shows every request and answer to the network, and a signature without a nonce (TC3,
// UCloud) can be replayed. The transports refuse other addresses before anything leaves; the
// dialogs say so as the address is typed.
bool isSafeApiEndpoint(const QUrl &url);

} // namespace imprint
