#pragma once

#include "remotebackend.h"

namespace imprint {

// Alibaba Cloud ECS over its RPC API: a RemoteBackend with the ECS transport and product API.
// The real cloud, or imprint-sim when an endpoint is given.
//
// ECS has no API for the custom-image quota (reference §2.7): the quota the UI shows is the
// documented 100 per region, reported with a sentence that says so (ImageQuota::source).
class AlibabaCloudBackend : public RemoteBackend
{
    Q_OBJECT

public:
    struct Options : RemoteBackend::Options
    {
        // Empty: the real endpoint, https://ecs.aliyuncs.com. Else this base URL, e.g.
        // imprint-sim at http://127.0.0.1:PORT.
        QUrl endpoint;
        Credentials credentials;
        int transferTimeoutMs = 15000; // per attempt
    };

    explicit AlibabaCloudBackend(const Options &options, QObject *parent = nullptr);

    static RemoteCloud cloud(const Options &options);
    // "Alibaba Cloud", "imprint-sim at 127.0.0.1:8080" or "Alibaba Cloud API at host".
    static QString displayNameFor(const QUrl &endpoint);
};

} // namespace imprint
