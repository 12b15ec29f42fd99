#include "tc3gateway.h"

#include "apienvelope.h"
#include "cvmactiondispatcher.h"
#include "lighthouseactiondispatcher.h"
#include "simulatorengine.h"
#include "tencentservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace imprint {

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "host:port" -> "host", "[::1]:8080" -> "[::1]": what the Node.js SDK signs (URL.hostname).
QByteArray hostWithoutPort(const QByteArray &host)
{
    const qsizetype colon = host.lastIndexOf(':');
    const qsizetype bracket = host.lastIndexOf(']');
    if (colon < 0 || colon < bracket)
        return host;
    if (bracket < 0 && host.count(':') > 1) // a bare IPv6 literal has no port
        return host;
    return host.left(colon);
}

} // namespace

ApiReply Tc3Gateway::failure(const QString &code, const QString &message)
{
    ApiReply reply;
    reply.requestId = newRequestId();
    reply.outcome = code;
    reply.body = ApiEnvelope::failure(code, message, reply.requestId).toJson();
    return reply;
}

Tc3Gateway::Tc3Gateway(SimulatorEngine &engine, Credentials accepted, bool requireSignedAction)
    : m_engine(engine)
    , m_accepted(std::move(accepted))
    , m_verifier([this](const QString &secretId) -> std::optional<QString> {
        if (secretId == m_accepted.secretId)
            return m_accepted.secretKey;
        return std::nullopt;
    })
    , m_requireSignedAction(requireSignedAction)
{
    m_dispatchers.push_back(std::make_unique<CvmActionDispatcher>(engine));
    m_dispatchers.push_back(std::make_unique<LighthouseActionDispatcher>(engine));
}

Tc3Gateway::~Tc3Gateway() = default;

QString Tc3Gateway::protocolName() const
{
    return Tc3Gateway::tr("Tencent Cloud API 3.0");
}

QString Tc3Gateway::requestShape() const
{
    return Tc3Gateway::tr("POST / with a JSON body (Content-Type: application/json), X-TC-Action, "
                          "X-TC-Version, X-TC-Timestamp and X-TC-Region headers, signed with a "
                          "TC3-HMAC-SHA256 Authorization header.");
}

bool Tc3Gateway::recognises(const ReceivedRequest &request) const
{
    if (request.headers.value("Authorization").startsWith("TC3-"))
        return true;
    for (const HttpHeaders::Entry &header : request.headers.entries())
        if (header.first.toLower().startsWith("x-tc-"))
            return true;
    return false;
}

ApiReply Tc3Gateway::notRun(const ReceivedRequest &request) const
{
    ApiReply reply;
    reply.action = QString::fromUtf8(request.headers.value("X-TC-Action"));
    reply.region = QString::fromUtf8(request.headers.value("X-TC-Region"));
    reply.outcome = QStringLiteral("not run");
    return reply;
}

ApiReply Tc3Gateway::throttled() const
{
    return failure(
        QStringLiteral("RequestLimitExceeded"),
        Tc3Gateway::tr("Your request rate is over the limit; wait a moment and try again "
                       "(imprint-sim fault injection)."));
}

ActionDispatcher *Tc3Gateway::dispatcherFor(const QString &service) const
{
    const std::optional<TencentService> s = TencentService::forName(service);
    if (!s)
        return nullptr;
    for (const auto &d : m_dispatchers)
        if (d->product() == s->product)
            return d.get();
    return nullptr;
}

Tc3Verification Tc3Gateway::authenticate(const ReceivedRequest &request, qint64 nowSeconds) const
{
    const Tc3Verification verdict = m_verifier.verify(request, nowSeconds);
    if (verdict.code != QLatin1String("AuthFailure.SignatureFailure"))
        return verdict;
    const QByteArray host = request.headers.value("Host");
    const QByteArray bare = hostWithoutPort(host);
    if (bare == host)
        return verdict;
    ReceivedRequest portless = request;
    portless.headers.set("Host", bare);
    const Tc3Verification retry = m_verifier.verify(portless, nowSeconds);
    return retry.ok() ? retry : verdict;
}

ApiReply Tc3Gateway::handle(const ReceivedRequest &request, qint64 nowSeconds)
{
    ApiReply reply = notRun(request);
    reply.requestId = newRequestId();
    reply.outcome.clear();
    auto refuse = [&reply](const QString &code, const QString &message) {
        reply.outcome = code;
        reply.body = ApiEnvelope::failure(code, message, reply.requestId).toJson();
        return reply;
    };

    if (request.method != "POST" || request.path != "/" ||
        request.mediaType() != "application/json")
        return refuse(
            QStringLiteral("UnsupportedProtocol"),
            Tc3Gateway::tr("imprint-sim answers POST / with a JSON body (Content-Type: "
                           "application/json) signed with TC3-HMAC-SHA256; send the request that "
                           "way."));

    const Tc3Verification auth = authenticate(request, nowSeconds);
    reply.service = auth.service;
    if (!auth.ok())
        return refuse(auth.code, auth.message);
    if (m_requireSignedAction) {
        QByteArrayList required{"x-tc-action", "x-tc-version"};
        if (request.headers.contains("X-TC-Region"))
            required << "x-tc-region";
        for (const QByteArray &name : std::as_const(required))
            if (!auth.signedHeaders.contains(name))
                return refuse(
                    QStringLiteral("AuthFailure.InvalidAuthorization"),
                    Tc3Gateway::tr("imprint-sim requires the signature to cover X-TC-Action, "
                                   "X-TC-Version and X-TC-Region (--require-signed-action, on "
                                   "whenever it listens beyond this machine); `%1` is not among "
                                   "the SignedHeaders.")
                        .arg(QString::fromLatin1(name)));
    }

    ActionDispatcher *dispatcher = dispatcherFor(auth.service);
    const std::optional<TencentService> service = TencentService::forName(auth.service);
    if (!dispatcher || !service) // the verifier accepts only our services; kept for safety
        return refuse(QStringLiteral("NoSuchProduct"),
                      Tc3Gateway::tr("imprint-sim serves the cvm and lighthouse services only."));
    if (auth.version != service->version)
        return refuse(
            QStringLiteral("NoSuchVersion"),
            Tc3Gateway::tr("The requested version `%1` of the %2 API does not exist; use %3.")
                .arg(auth.version, service->name, service->version));
    if (!dispatcher->hasAction(auth.action))
        return refuse(
            QStringLiteral("InvalidAction"),
            Tc3Gateway::tr("The action `%1` is not found in the %2 API (version %3); check its "
                           "spelling.")
                .arg(auth.action, service->name, service->version));

    if (dispatcher->needsRegion(auth.action)) {
        if (auth.region.isEmpty())
            return refuse(
                QStringLiteral("MissingParameter"),
                Tc3Gateway::tr("The request is missing a required parameter `Region` (header "
                               "X-TC-Region)."));
        if (!dispatcher->findRegion(auth.region)) {
            bool elsewhere = false;
            const QList<Region> all = m_engine.regions();
            for (const Region &r : all)
                elsewhere = elsewhere || r.id == auth.region;
            if (elsewhere)
                return refuse(
                    QStringLiteral("UnsupportedRegion"),
                    Tc3Gateway::tr("The %1 API is not offered in region %2; DescribeRegions lists "
                                   "the regions where it is.")
                        .arg(service->name, auth.region));
            return refuse(
                QStringLiteral("InvalidParameterValue"),
                Tc3Gateway::tr("A value specified in `X-TC-Region` is not valid, is unsupported, "
                               "or cannot be used: %1. DescribeRegions lists the regions.")
                    .arg(auth.region));
        }
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refuse(QStringLiteral("InvalidParameter"),
                          Tc3Gateway::tr("The request body is not a JSON object; send the action's "
                                         "parameters as one."));
        body = document.object();
    }

    // A write is carried out once per signature: the same signed request again (a captured
    // one, or an SDK's retry within the same second) gets the first answer and runs nothing.
    const bool write = ActionDispatcher::changesState(auth.action);
    if (write) {
        if (const std::optional<QByteArray> first = m_replays.earlier(auth.signature, nowSeconds)) {
            reply.body = *first;
            reply.outcome = QStringLiteral("repeated signature: first answer, not run");
            return reply;
        }
        if (!m_replays.hasRoom(nowSeconds))
            return refuse(QStringLiteral("RequestLimitExceeded"),
                          Tc3Gateway::tr("imprint-sim is remembering too many recent writes to "
                                         "take another; nothing was done, try again shortly."));
    }
    const Result<ApiFields> fields = dispatcher->dispatch(auth.action, auth.region, body);
    if (!fields) {
        const ApiEnvelope failure = ApiEnvelope::failure(fields.error(), dispatcher->product(),
                                                         auth.action, reply.requestId);
        reply.outcome = failure.errorCode();
        reply.body = failure.toJson();
    } else {
        reply.outcome = QStringLiteral("OK");
        reply.body = ApiEnvelope::successJson(fields.value(), reply.requestId);
    }
    if (write)
        m_replays.remember(auth.signature, auth.timestamp, reply.body);
    return reply;
}

} // namespace imprint
