#include "ucloudtransport.h"

#include "endpointrule.h"
#include "ucloudenvelope.h"
#include "uclouderrorcodes.h"

#include <QNetworkRequest>

namespace imprint {

namespace {

HttpTransport::Options baseOptions(const UCloudTransport::Options &options)
{
    return {options.endpoint, options.transferTimeoutMs};
}

} // namespace

UCloudTransport::UCloudTransport(Options options, QObject *parent)
    : HttpTransport(baseOptions(options), parent)
    , m_options(std::move(options))
    , m_signer(m_options.credentials)
{}

void UCloudTransport::setCredentials(const Credentials &credentials)
{
    m_options.credentials = credentials;
    m_signer = UCloudSigner(credentials);
}

QUrl UCloudTransport::url() const
{
    QUrl url = m_options.endpoint.isEmpty() ? QUrl(QString::fromLatin1(defaultEndpoint))
                                            : m_options.endpoint;
    url.setPath(QStringLiteral("/"));
    return url;
}

QString UCloudTransport::endpointName(Product) const
{
    return QString::fromLatin1(hostHeader(url()));
}

Result<HttpTransport::Exchange> UCloudTransport::prepare(const RemoteRequest &request)
{
    if (!m_options.credentials.isComplete())
        return Error(ErrorCode::InvalidArgument,
                     tr("No UCloud API key is set; set UCLOUD_PUBLIC_KEY and UCLOUD_PRIVATE_KEY or "
                        "save a key in the system keyring, then try again."));
    const QUrl url = this->url();
    // Refused with UCloud's own reason before HttpTransport::send's general one.
    if (!isSafeApiEndpoint(url))
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is not an HTTPS address. UCloud's signature does not stop a captured "
                        "request from being sent again, so Imprint sends UCloud requests only over "
                        "HTTPS, or over HTTP to this computer; use an https:// address.")
                         .arg(url.toString()));
    Result<UCloudParams> carried = UCloudParams::fromJson(request.body);
    if (!carried)
        return carried.error();
    UCloudParams params = carried.value();
    params.set(QStringLiteral("Action"), request.action);
    if (!request.region.isEmpty() && !params.contains(QStringLiteral("Region")))
        params.set(QStringLiteral("Region"), request.region);
    m_signer.sign(params);

    Exchange exchange;
    exchange.request = QNetworkRequest(url);
    exchange.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/x-www-form-urlencoded"));
    exchange.payload = params.toFormBody();
    return exchange;
}

RemoteAttempt UCloudTransport::interpret(const RemoteRequest &request,
                                         const HttpAnswer &answer) const
{
    using Kind = RemoteAttempt::Kind;
    if (answer.status != 200)
        return httpFailure(answer, tr("UCloud"));
    Result<QJsonObject> fields = UCloudEnvelope::unwrap(answer.body, request.action);
    if (fields)
        return RemoteAttempt::answered(fields.value());
    Error e = fields.error();
    if (e.remoteCode.isEmpty())
        return RemoteAttempt::failed(Kind::Fatal, e); // not a UCloud answer at all
    const int retCode = e.remoteCode.toInt();
    if (retCode == UCloudErrorCodes::rateLimited ||
        retCode == UCloudErrorCodes::serviceUnavailable || retCode == UCloudErrorCodes::timeout) {
        e.message = tr("UCloud could not take the request now (%1); wait a minute, then try "
                       "again.")
                        .arg(e.message);
        return RemoteAttempt::failed(Kind::InDoubt, e);
    }
    if (retCode >= UCloudErrorCodes::missingSignature && retCode <= 174)
        e.message += QLatin1Char(' ') + tr("Check the API key (PublicKey and PrivateKey).");
    return RemoteAttempt::failed(Kind::Refused, e);
}

} // namespace imprint
