#include "ucloudgateway.h"

#include "ucloudenvelope.h"
#include "uclouderrorcodes.h"

#include <QCoreApplication>
#include <QUuid>

namespace imprint {

namespace {

const QString kAction = QStringLiteral("Action");
const QString kRegion = QStringLiteral("Region");

} // namespace

UCloudGateway::UCloudGateway(SimulatorEngine &engine, Credentials accepted)
    : m_accepted(std::move(accepted))
    , m_verifier([this](const QString &publicKey) -> std::optional<QString> {
        if (publicKey == m_accepted.secretId)
            return m_accepted.secretKey;
        return std::nullopt;
    })
    , m_uhost(engine)
{}

QString UCloudGateway::protocolName() const
{
    return tr("UCloud API");
}

QString UCloudGateway::requestShape() const
{
    return tr("POST / with a form (application/x-www-form-urlencoded) or JSON body of Action, "
              "PublicKey and the action's parameters, signed with UCloud's Signature "
              "parameter.");
}

bool UCloudGateway::recognises(const ReceivedRequest &request) const
{
    return request.hasParameter(QStringLiteral("PublicKey")) &&
           request.hasParameter(QStringLiteral("Signature"));
}

Result<UCloudParams> UCloudGateway::parameters(const ReceivedRequest &request)
{
    Result<UCloudParams> params = UCloudParams::fromFormBody(request.query);
    if (!params)
        return params;
    Result<UCloudParams> body = request.mediaType() == "application/json"
                                    ? UCloudParams::fromJsonBody(request.body)
                                : request.mediaType() == "application/x-www-form-urlencoded"
                                    ? UCloudParams::fromFormBody(request.body)
                                    : Result<UCloudParams>(UCloudParams());
    if (!body)
        return body;
    UCloudParams all = params.value();
    for (auto it = body->values().begin(); it != body->values().end(); ++it) {
        if (all.contains(it.key()))
            return UCloudErrorCodes::error(
                UCloudErrorCodes::paramsError,
                tr("The parameter `%1` is given in the query and in the body; send it once.")
                    .arg(it.key()));
        all.set(it.key(), it.value());
    }
    return all;
}

ApiReply UCloudGateway::notRun(const ReceivedRequest &request) const
{
    ApiReply reply;
    reply.service = QStringLiteral("uhost");
    if (Result<UCloudParams> params = parameters(request)) {
        reply.action = params->value(kAction);
        reply.region = params->value(kRegion);
    }
    reply.outcome = QStringLiteral("not run");
    return reply;
}

ApiReply UCloudGateway::throttled() const
{
    ApiReply reply;
    reply.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.outcome = QString::number(UCloudErrorCodes::rateLimited);
    reply.body = UCloudEnvelope::toJson(UCloudEnvelope::failure(
        QString(), UCloudErrorCodes::rateLimited,
        tr("Your request rate is over the limit; wait a moment and try again (imprint-sim fault "
           "injection)."),
        reply.requestId));
    return reply;
}

ApiReply UCloudGateway::handle(const ReceivedRequest &request, qint64)
{
    ApiReply reply = notRun(request);
    reply.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.outcome.clear();
    auto answer = [&reply](const QJsonObject &envelope) {
        reply.body = UCloudEnvelope::toJson(envelope);
        return reply;
    };
    auto refuse = [&](const Error &error) {
        reply.outcome = error.remoteCode.isEmpty()
                            ? QString::number(UCloudErrorCodes::toWire(error.code))
                            : error.remoteCode;
        return answer(UCloudEnvelope::failure(reply.action, error, reply.requestId));
    };

    if (request.method != "POST" && request.method != "GET")
        return refuse(UCloudErrorCodes::error(
            UCloudErrorCodes::paramsError,
            tr("imprint-sim answers UCloud requests sent with POST (or GET); send the request "
               "that way.")));
    const Result<UCloudParams> params = parameters(request);
    if (!params)
        return refuse(params.error());
    const UCloudVerification auth = m_verifier.verify(params.value());
    if (!auth.ok())
        return refuse(auth.toError());
    if (!m_uhost.hasAction(auth.action))
        return refuse(UCloudErrorCodes::error(
            UCloudErrorCodes::unknownAction,
            tr("The action %1 does not exist in imprint-sim's UCloud API; check its spelling.")
                .arg(auth.action)));
    if (m_uhost.needsRegion(auth.action)) {
        const QString region = params->value(kRegion);
        if (region.isEmpty())
            return refuse(UCloudErrorCodes::error(
                UCloudErrorCodes::paramsError,
                tr("%1 needs the parameter `Region`; GetRegion lists the regions.")
                    .arg(auth.action)));
        if (!m_uhost.findRegion(region))
            return refuse(UCloudErrorCodes::error(
                UCloudErrorCodes::paramsError,
                tr("The parameter `Region` names no UHost region: %1. GetRegion lists them.")
                    .arg(region)));
    }
    const Result<ApiFields> fields =
        m_uhost.dispatch(auth.action, params->value(kRegion), params->toJson());
    if (!fields)
        return refuse(fields.error());
    reply.outcome = QStringLiteral("OK");
    return answer(UCloudEnvelope::success(auth.action, fields->toObject(), reply.requestId));
}

} // namespace imprint
