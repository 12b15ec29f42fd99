#pragma once

#include "remotebackend.h"

namespace imprint {

// UCloud UHost over UCloud's API: a RemoteBackend with the UCloud transport and the UHost
// product API. The real cloud (https://api.ucloud.cn), or imprint-sim when an endpoint is given.
class UCloudBackend : public RemoteBackend
{
    Q_OBJECT

public:
    struct Options : RemoteBackend::Options
    {
        // Empty: https://api.ucloud.cn. Else this base URL, e.g. imprint-sim at
        // http://127.0.0.1:PORT (plain http only to a loopback address: UCloudTransport).
        QUrl endpoint;
        Credentials credentials; // secretId = PublicKey, secretKey = PrivateKey
        int transferTimeoutMs = 15000;
    };

    explicit UCloudBackend(const Options &options, QObject *parent = nullptr);

    static RemoteCloud cloud(const Options &options);
    // "UCloud", "imprint-sim at 127.0.0.1:8080" or "UCloud API at host".
    static QString displayNameFor(const QUrl &endpoint);
    // Whether images can be renamed over this endpoint: only imprint-sim knows a rename action
    // (UHostApiMapper::renameAction()); UCloud's public API has none.
    static bool canRenameImages(const QUrl &endpoint);
};

} // namespace imprint
