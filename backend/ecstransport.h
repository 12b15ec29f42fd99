#pragma once

#include "httptransport.h"

namespace imprint {

// Alibaba Cloud ECS RPC (API version 2014-05-26) as a RemoteTransport (reference §1): the
// action's flat parameters in the query of a POST to "/", signed with ACS3-HMAC-SHA256 (V3, what
// Alibaba's current SDKs send), answered in JSON: the fields with HTTP 2xx, or
// {RequestId, HostId, Code, Message} with the code's HTTP status.
//
// Classification: a Throttling... refusal reads as "in doubt" (a gateway may say so after the
// action ran, and imprint-sim's fault injection does), InternalError and ServiceUnavailable too;
// every other coded refusal is final with its code and request id; a status without an ECS
// body is HttpTransport's reading of HTTP.
class EcsTransport : public HttpTransport
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: the real endpoint, https://ecs.aliyuncs.com. Else this base URL (imprint-sim:
        // http://127.0.0.1:PORT).
        QUrl endpoint;
        Credentials credentials;
        int transferTimeoutMs = 15000;
    };

    explicit EcsTransport(Options options, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials) override;
    QString endpointName(Product product) const override;
    QUrl url() const;

protected:
    Result<Exchange> prepare(const RemoteRequest &request) override;
    RemoteAttempt interpret(const RemoteRequest &request, const HttpAnswer &answer) const override;

private:
    Options m_options;
};

} // namespace imprint
