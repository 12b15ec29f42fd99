#pragma once

#include "credentials.h"
#include "ecsparams.h"
#include "httpheaders.h"
#include "ucloudparams.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// What came back for one request: either a transport failure (error != NoError and no
// envelope) or an HTTP answer, with the API 3.0 envelope read when there is one (for ECS and
// UCloud: the whole answer object, and its Code / non-zero RetCode).
struct ApiAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject response; // the "Response" object
    QString code;         // Response.Error.Code; empty for a success
    QString requestId;

    bool ok() const
    {
        return error == QNetworkReply::NoError && httpStatus == 200 && code.isEmpty();
    }
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// A hand-made API 3.0 client for tests: signs with Tc3Signer exactly as a real client would and
// sends over QNetworkAccessManager to imprint-sim on 127.0.0.1, one request at a time. sign()
// and send() are apart so that a test can tamper with a signed request before sending it.
class ApiClient
{
public:
    ApiClient(QUrl url, imprint::Credentials credentials);

    struct Call
    {
        QByteArray service = "cvm";
        QByteArray action;
        QByteArray region = "ap-guangzhou"; // empty: no X-TC-Region
        QByteArray version;                 // empty: the service's
        QByteArray body = "{}";
        qint64 timestamp = 0; // 0: now
        // Empty: the client's own (setSignedHeaders); else these lowercase names.
        QByteArrayList signedHeaders;
    };

    imprint::HttpHeaders sign(const Call &call) const;
    ApiAnswer send(const imprint::HttpHeaders &headers, const QByteArray &body,
                   const QByteArray &verb = "POST");
    ApiAnswer call(const Call &call);
    // The common case: service, action and a JSON body in the default region.
    ApiAnswer call(const QByteArray &service, const QByteArray &action,
                   const QJsonObject &body = {}, const QByteArray &region = "ap-guangzhou");

    // The other wire protocols imprint-sim serves on the same address, signed as their SDKs do:
    // Alibaba Cloud ECS RPC (signature V1, every parameter in a form body) and UCloud (a signed
    // form; `params` carries Action, as UHostApiMapper builds it).
    ApiAnswer ecs(const QString &action, const imprint::EcsParamList &params);
    ApiAnswer ucloud(imprint::UCloudParams params);

    QByteArray host() const; // "127.0.0.1:PORT", as QNetworkAccessManager sends it
    // What every call signs unless it says otherwise; empty: content-type;host, as the SDKs do.
    void setSignedHeaders(QByteArrayList names) { m_signedHeaders = std::move(names); }

private:
    QUrl m_url;
    imprint::Credentials m_credentials;
    QByteArrayList m_signedHeaders;
    QNetworkAccessManager m_network;
};
