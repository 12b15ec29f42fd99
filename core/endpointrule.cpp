#include "endpointrule.h"

#include <QRegularExpression>

namespace imprint {

bool isSafeApiEndpoint(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    // QUrl has normalised the host: lower case, IPv6 without brackets and compressed.
    const QString host = url.host();
    static const QRegularExpression ipv4Loopback(QStringLiteral(
        "^127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}$"));
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           ipv4Loopback.match(host).hasMatch();
}

} // namespace imprint
