#include "connectionkind.h"

#include "endpointrule.h"

namespace imprint {

bool ConnectionKind::environmentHasKey() const
{
    if (keyEnvironment.size() < 2)
        return false;
    return qEnvironmentVariableIsSet(qPrintable(keyEnvironment.at(0))) &&
           qEnvironmentVariableIsSet(qPrintable(keyEnvironment.at(1)));
}

QString ConnectionChoice::endpointProblem(const QString &typed)
{
    const QString text = typed.trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty())
        return tr(
            "Enter the address imprint-sim printed when it started, e.g. http://127.0.0.1:8080.");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("\"%1\" is not an http:// or https:// address.").arg(typed);
    if (!isSafeApiEndpoint(url))
        return tr("Plain http:// only reaches imprint-sim on this computer (127.0.0.1 or "
                  "localhost); use an https:// address for %1.")
            .arg(url.host());
    return {};
}

} // namespace imprint
