#pragma once

#include "remotebackend.h"

namespace imprint {

// Tencent Cloud CVM and Lighthouse over API 3.0: a RemoteBackend with the TC3 transport and
// the two product APIs. The real cloud, or imprint-sim when an endpoint is given.
class TencentCloudBackend : public RemoteBackend
{
    Q_OBJECT

public:
    struct Options : RemoteBackend::Options
    {
        // Empty: the real endpoints (https://cvm.tencentcloudapi.com,
        // https://lighthouse.tencentcloudapi.com). Else every service at this base URL, e.g.
        // imprint-sim at http://127.0.0.1:PORT.
        QUrl endpoint;
        Credentials credentials;
        QString defaultRegion = QStringLiteral("ap-guangzhou"); // region-less actions
        QByteArray language;                                    // X-TC-Language, e.g. "en-US"
        int transferTimeoutMs = 15000; // per attempt (QNetworkRequest::setTransferTimeout)
    };

    explicit TencentCloudBackend(const Options &options, QObject *parent = nullptr);

    // The cloud's pieces on their own (tests drive the engine with them).
    static RemoteCloud cloud(const Options &options);
    // "Tencent Cloud", "imprint-sim at 127.0.0.1:8080" or "Tencent Cloud API at host".
    static QString displayNameFor(const QUrl &endpoint);
};

} // namespace imprint
