#include "ecsgateway.h"

#include "ecsapimapper.h"
#include "ecsenvelope.h"
#include "ecsparams.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace imprint {

namespace {

const QString kHostId = QStringLiteral("imprint-sim");

QString value(const EcsParamList &params, const QString &name)
{
    for (qsizetype i = params.size() - 1; i >= 0; --i)
        if (params.at(i).first == name)
            return params.at(i).second;
    return {};
}

} // namespace

EcsGateway::EcsGateway(SimulatorEngine &engine, Credentials accepted, bool requireSignedAction)
    : m_accepted(std::move(accepted))
    , m_verifier([this](const QString &accessKeyId) -> std::optional<QString> {
        if (accessKeyId == m_accepted.secretId)
            return m_accepted.secretKey;
        return std::nullopt;
    })
    , m_dispatcher(engine)
    , m_requireSignedAction(requireSignedAction)
{}

QString EcsGateway::protocolName() const
{
    return QStringLiteral("Alibaba Cloud ECS RPC (2014-05-26)");
}

QString EcsGateway::requestShape() const
{
    return QStringLiteral("GET or POST / with the V1 Signature and SignatureMethod parameters "
                          "(HMAC-SHA1) in the query or a form body, or with an "
                          "ACS3-HMAC-SHA256 Authorization header.");
}

bool EcsGateway::recognises(const ReceivedRequest &request) const
{
    return EcsRpcVerifier::claims(request);
}

ApiReply EcsGateway::describe(const ReceivedRequest &request, const EcsParamList &params) const
{
    ApiReply reply;
    reply.service = QStringLiteral("ecs");
    reply.action = value(params, QStringLiteral("Action"));
    if (reply.action.isEmpty())
        reply.action = QString::fromUtf8(request.headers.value("x-acs-action"));
    reply.region = value(params, QStringLiteral("RegionId"));
    return reply;
}

ApiReply EcsGateway::refuse(ApiReply reply, const QString &code, const QString &message)
{
    const EcsEnvelope::Reply failure =
        EcsEnvelope::failure(code, message, reply.requestId, kHostId);
    reply.httpStatus = failure.httpStatus;
    reply.body = failure.body;
    reply.outcome = code;
    return reply;
}

ApiReply EcsGateway::handle(const ReceivedRequest &request, qint64 nowSeconds)
{
    ApiReply reply = describe(request, EcsRpcVerifier::parameters(request));
    reply.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();

    if ((request.method != "GET" && request.method != "POST") || request.path != "/")
        return refuse(
            reply, QStringLiteral("InvalidParameter"),
            EcsGateway::tr("imprint-sim answers ECS requests as GET or POST to the path /; this "
                           "was %1 %2.")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path)));
    const EcsVerification v = m_verifier.verify(request, nowSeconds);
    if (!v.ok())
        return refuse(reply, v.code, v.message);
    reply.action = v.action;
    if (m_requireSignedAction && v.scheme == EcsVerification::Scheme::V3)
        for (const char *name : {"x-acs-action", "x-acs-version"})
            if (!v.signedHeaders.contains(name))
                return refuse(reply, QStringLiteral("IncompleteSignature"),
                              EcsGateway::tr("imprint-sim requires the signature to cover "
                                             "x-acs-action and x-acs-version "
                                             "(--require-signed-action, on whenever it listens "
                                             "beyond this machine); `%1` is not among the "
                                             "SignedHeaders.")
                                  .arg(QString::fromLatin1(name)));
    if (v.version != EcsApiMapper::version())
        return refuse(
            reply, QStringLiteral("InvalidVersion"),
            EcsGateway::tr("Specified parameter Version \"%1\" is not valid: imprint-sim serves "
                           "ECS API version %2.")
                .arg(v.version, EcsApiMapper::version()));
    const QString format = value(v.params, QStringLiteral("Format"));
    if (!format.isEmpty() && format.compare(QLatin1String("JSON"), Qt::CaseInsensitive) != 0)
        return refuse(
            reply, QStringLiteral("InvalidParameter"),
            EcsGateway::tr("The specified parameter \"Format\" is not valid: imprint-sim answers "
                           "JSON only; send Format=JSON."));
    if (!m_dispatcher.hasAction(v.action))
        return refuse(reply, QStringLiteral("InvalidAction.NotFound"),
                      EcsGateway::tr("Specified api \"%1\" is not found; imprint-sim serves %2.")
                          .arg(v.action, m_dispatcher.actions().join(QStringLiteral(", "))));

    if (EcsActionDispatcher::takesRegion(v.action)) {
        if (reply.region.isEmpty())
            return refuse(
                reply, QStringLiteral("MissingParameter"),
                EcsGateway::tr("The input parameter \"RegionId\" that is mandatory for processing "
                               "this request is not supplied."));
        if (!m_dispatcher.findRegion(reply.region))
            return refuse(
                reply, QStringLiteral("InvalidRegionId.NotFound"),
                EcsGateway::tr("The specified RegionId \"%1\" does not exist; choose one that "
                               "DescribeRegions lists.")
                    .arg(reply.region));
    }

    // A write is carried out once per nonce: a captured one sent again is refused, as the cloud
    // refuses a used SignatureNonce (the SDKs make a new one for every attempt).
    if (ActionDispatcher::changesState(v.action)) {
        const QByteArray nonce = v.nonce.toUtf8();
        if (m_replays.earlier(nonce, nowSeconds))
            return refuse(reply, QStringLiteral("SignatureNonceUsed"),
                          EcsGateway::tr("Specified signature nonce was used already; imprint-sim "
                                         "runs a signed write once. Sign the request anew with a "
                                         "new SignatureNonce to send it again."));
        if (!m_replays.hasRoom(nowSeconds))
            return refuse(reply, QStringLiteral("Throttling.User"),
                          EcsGateway::tr("imprint-sim is remembering too many recent writes to "
                                         "take another; nothing was done, try again shortly."));
        m_replays.remember(nonce, v.timestamp);
    }
    const Result<ApiFields> result =
        m_dispatcher.dispatch(v.action, reply.region, EcsParams::toJson(v.params));
    if (!result) {
        const EcsEnvelope::Reply failure =
            EcsEnvelope::failure(result.error(), v.action, reply.requestId, kHostId);
        reply.httpStatus = failure.httpStatus;
        reply.body = failure.body;
        reply.outcome = QJsonDocument::fromJson(failure.body).object().value("Code").toString();
        return reply;
    }
    const EcsEnvelope::Reply success = EcsEnvelope::success(result->toObject(), reply.requestId);
    reply.httpStatus = success.httpStatus;
    reply.body = success.body;
    reply.outcome = QStringLiteral("OK");
    return reply;
}

ApiReply EcsGateway::notRun(const ReceivedRequest &request) const
{
    ApiReply reply = describe(request, EcsRpcVerifier::parameters(request));
    reply.outcome = QStringLiteral("not run");
    return reply;
}

ApiReply EcsGateway::throttled() const
{
    ApiReply reply;
    reply.service = QStringLiteral("ecs");
    reply.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    return refuse(
        reply, QStringLiteral("Throttling.User"),
        EcsGateway::tr("Request was denied due to user flow control; wait a moment and try again "
                       "(imprint-sim fault injection)."));
}

} // namespace imprint
