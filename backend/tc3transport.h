#pragma once

#include "httptransport.h"
#include "tc3signer.h"

namespace imprint {

// Tencent Cloud API 3.0 as a RemoteTransport (reference §1, §2): a JSON body POSTed to "/" of
// the product's service, signed with TC3-HMAC-SHA256, answered in the {"Response": {...}}
// envelope. A RequestLimitExceeded refusal reads as "in doubt" (a gateway may say so after the
// action ran), every other envelope error as a refusal with its code and request id.
//
// Every request signs X-TC-Action, X-TC-Version and X-TC-Region along with Content-Type and Host,
// so that a captured request cannot be sent as another action or to another region.
class Tc3Transport : public HttpTransport
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: each service's real endpoint, https://<service>.tencentcloudapi.com. Else every
        // service at this base URL (imprint-sim: http://127.0.0.1:PORT); the Host header is then
        // its authority and the server takes the service from the credential scope.
        QUrl endpoint;
        Credentials credentials;
        QString defaultRegion = QStringLiteral("ap-guangzhou"); // for region-less actions
        QByteArray language;                                    // X-TC-Language; empty: none
        int transferTimeoutMs = 15000;
    };

    explicit Tc3Transport(Options options, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials) override;
    QString endpointName(Product product) const override;
    // Where `product`'s requests go.
    QUrl url(Product product) const;

protected:
    Result<Exchange> prepare(const RemoteRequest &request) override;
    RemoteAttempt interpret(const RemoteRequest &request, const HttpAnswer &answer) const override;

private:
    Options m_options;
    Tc3Signer m_signer;
};

} // namespace imprint
