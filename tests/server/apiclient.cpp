#include "apiclient.h"

#include "ecssignaturev1.h"
#include "signedrequest.h"
#include "tc3signer.h"
#include "tencentservice.h"
#include "ucloudsigner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

using namespace imprint;

QByteArray ApiAnswer::describe() const
{
    return QByteArray("network error ") + QByteArray::number(int(error)) + ", HTTP " +
           QByteArray::number(httpStatus) + ", body " + body.left(600);
}

ApiClient::ApiClient(QUrl url, Credentials credentials)
    : m_url(std::move(url))
    , m_credentials(std::move(credentials))
{}

QByteArray ApiClient::host() const
{
    return QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port()).toUtf8();
}

HttpHeaders ApiClient::sign(const Call &call) const
{
    SignedRequest request;
    request.host = host();
    request.payload = call.body;
    request.action = call.action;
    request.timestamp = call.timestamp ? call.timestamp : QDateTime::currentSecsSinceEpoch();
    request.service = call.service;
    if (!call.signedHeaders.isEmpty())
        request.signedHeaders = call.signedHeaders;
    else if (!m_signedHeaders.isEmpty())
        request.signedHeaders = m_signedHeaders;
    QByteArray version = call.version;
    if (version.isEmpty()) {
        const auto service = TencentService::forName(QString::fromUtf8(call.service));
        version = service ? service->version.toUtf8() : QByteArray("2017-03-12");
    }
    return Tc3Signer(m_credentials).headers(request, version, call.region);
}

ApiAnswer ApiClient::send(const HttpHeaders &headers, const QByteArray &body,
                          const QByteArray &verb)
{
    QNetworkRequest request(m_url);
    for (const auto &h : headers.entries())
        request.setRawHeader(h.first, h.second);
    // One request per connection: a fault test may have the server drop it.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, reply, &QNetworkReply::abort);
    loop.exec();

    ApiAnswer answer;
    answer.error = reply->error();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    answer.response = document.object().value(QLatin1String("Response")).toObject();
    answer.code = answer.response.value(QLatin1String("Error"))
                      .toObject()
                      .value(QLatin1String("Code"))
                      .toString();
    answer.requestId = answer.response.value(QLatin1String("RequestId")).toString();
    return answer;
}

ApiAnswer ApiClient::call(const Call &call)
{
    return send(sign(call), call.body);
}

ApiAnswer ApiClient::call(const QByteArray &service, const QByteArray &action,
                          const QJsonObject &body, const QByteArray &region)
{
    Call c;
    c.service = service;
    c.action = action;
    c.region = region;
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call(c);
}

ApiAnswer ApiClient::ecs(const QString &action, const EcsParamList &params)
{
    const EcsParamList all = EcsSignatureV1::sign(
        "POST", action, "2014-05-26", params, m_credentials, QDateTime::currentDateTimeUtc(),
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    HttpHeaders headers;
    headers.append("Content-Type", "application/x-www-form-urlencoded");
    ApiAnswer answer = send(headers, EcsSignatureV1::encode(all));
    answer.response = QJsonDocument::fromJson(answer.body).object();
    answer.code = answer.response.value(QLatin1String("Code")).toString();
    answer.requestId = answer.response.value(QLatin1String("RequestId")).toString();
    return answer;
}

ApiAnswer ApiClient::ucloud(UCloudParams params)
{
    UCloudSigner(m_credentials).sign(params);
    HttpHeaders headers;
    headers.append("Content-Type", "application/x-www-form-urlencoded");
    ApiAnswer answer = send(headers, params.toFormBody());
    answer.response = QJsonDocument::fromJson(answer.body).object();
    const int retCode = answer.response.value(QLatin1String("RetCode")).toInt(-1);
    answer.code = retCode == 0 ? QString() : QString::number(retCode);
    return answer;
}
