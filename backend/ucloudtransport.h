#pragma once

#include "httptransport.h"
#include "ucloudsigner.h"

namespace imprint {

// UCloud's API style as a RemoteTransport (reference §3.1): every product at one endpoint
// (https://api.ucloud.cn), a form-encoded POST of the action's flat parameters signed with
// UCloud's sorted SHA-1, answered in the {"Action", "RetCode", "Message"} envelope.
//
// A RemoteRequest's body is the action's parameters as a flat JSON object of strings (what
// UHostProductApi builds from UHostApiMapper's UCloudParams); Action and, for regional
// actions, Region come from the request itself. RetCode 153 (rate limited) and 150 (service
// unavailable) read as "in doubt": UCloud may say so after the action ran; every other nonzero
// RetCode is a refusal with its message.
//
// The signature has no timestamp or nonce, so a captured request replays as it is (see
// docs/ucloud-replay.md). A key is therefore only ever sent over HTTPS, or over plain HTTP to a
// loopback address (imprint-sim on this machine); any other http:// endpoint is refused before
// anything is signed.
class UCloudTransport : public HttpTransport
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: https://api.ucloud.cn. Else this base URL (imprint-sim: http://127.0.0.1:PORT).
        QUrl endpoint;
        Credentials credentials; // secretId = PublicKey, secretKey = PrivateKey
        int transferTimeoutMs = 15000;
    };

    static constexpr const char *defaultEndpoint = "https://api.ucloud.cn/";

    explicit UCloudTransport(Options options, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials) override;
    QString endpointName(Product product) const override;
    QUrl url() const;

protected:
    Result<Exchange> prepare(const RemoteRequest &request) override;
    RemoteAttempt interpret(const RemoteRequest &request, const HttpAnswer &answer) const override;

private:
    Options m_options;
    UCloudSigner m_signer;
};

} // namespace imprint
