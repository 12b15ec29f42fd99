#include "protocolmultiplexer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace imprint {

void ProtocolMultiplexer::add(std::unique_ptr<WireGateway> gateway)
{
    m_gateways.push_back(std::move(gateway));
}

WireGateway *ProtocolMultiplexer::route(const ReceivedRequest &request) const
{
    for (const auto &gateway : m_gateways)
        if (gateway->recognises(request))
            return gateway.get();
    return nullptr;
}

QStringList ProtocolMultiplexer::protocolNames() const
{
    QStringList names;
    for (const auto &gateway : m_gateways)
        names << gateway->protocolName();
    return names;
}

ApiReply ProtocolMultiplexer::handle(const ReceivedRequest &request, qint64 nowSeconds)
{
    if (WireGateway *gateway = route(request))
        return gateway->handle(request, nowSeconds);
    return unrecognised();
}

ApiReply ProtocolMultiplexer::notRun(const ReceivedRequest &request) const
{
    if (const WireGateway *gateway = route(request))
        return gateway->notRun(request);
    ApiReply reply;
    reply.outcome = QStringLiteral("not run");
    return reply;
}

ApiReply ProtocolMultiplexer::throttled(const ReceivedRequest &request) const
{
    if (const WireGateway *gateway = route(request))
        return gateway->throttled();
    return neutralFailure(
        429, QStringLiteral("RequestLimitExceeded"),
        ProtocolMultiplexer::tr("Your request rate is over the limit; wait a moment and try again "
                                "(imprint-sim fault injection)."));
}

ApiReply ProtocolMultiplexer::unrecognised() const
{
    // One sentence per protocol, so that the list grows with each registration line.
    QStringList shapes;
    for (const auto &gateway : m_gateways)
        shapes << QStringLiteral("%1: %2").arg(gateway->protocolName(), gateway->requestShape());
    return neutralFailure(
        400, QStringLiteral("UnsupportedProtocol"),
        ProtocolMultiplexer::tr("imprint-sim cannot tell which cloud API this request is for. Send "
                                "it the way one of these does:\n%1")
            .arg(shapes.join(QLatin1Char('\n'))));
}

ApiReply ProtocolMultiplexer::httpRefusal(int httpStatus, const QString &message)
{
    QString code;
    switch (httpStatus) {
    case 408:
        code = QStringLiteral("RequestTimeout");
        break;
    case 413:
        code = QStringLiteral("RequestBodyTooLarge");
        break;
    case 414:
    case 431:
        code = QStringLiteral("RequestHeaderTooLarge");
        break;
    case 501:
        code = QStringLiteral("UnsupportedTransferEncoding");
        break;
    case 503:
        code = QStringLiteral("ServerBusy");
        break;
    case 505:
        code = QStringLiteral("UnsupportedHttpVersion");
        break;
    default:
        code = QStringLiteral("MalformedRequest");
        break;
    }
    return neutralFailure(httpStatus, code, message);
}

ApiReply ProtocolMultiplexer::neutralFailure(int httpStatus, const QString &code,
                                             const QString &message)
{
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.outcome = code;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("Code"), code},
                                           {QStringLiteral("Message"), message},
                                           {QStringLiteral("RequestId"), reply.requestId}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace imprint
