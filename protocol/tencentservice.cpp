#include "tencentservice.h"

#include <algorithm>

namespace imprint {

QString TencentService::defaultHost() const
{
    return name + QLatin1Char('.') + QLatin1String(rootDomain);
}

QList<TencentService> TencentService::all()
{
    // Versions are the SDKs' APIVersion constants (reference §1.1).
    // Made once: imprint-sim looks services up several times per request.
    static const QList<TencentService> services{
        {Product::Cvm, QStringLiteral("cvm"), QStringLiteral("2017-03-12")},
        {Product::Lighthouse, QStringLiteral("lighthouse"), QStringLiteral("2020-03-24")}};
    return services;
}

std::optional<TencentService> TencentService::forProduct(Product product)
{
    for (const TencentService &s : all())
        if (s.product == product)
            return s;
    return std::nullopt;
}

std::optional<TencentService> TencentService::forName(const QString &name)
{
    for (const TencentService &s : all())
        if (s.name == name)
            return s;
    return std::nullopt;
}

QString TencentService::hostWithoutPort(const QString &host)
{
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('['))) { // "[::1]:8443"
        const qsizetype end = h.indexOf(QLatin1Char(']'));
        return end > 0 ? h.mid(1, end - 1) : h;
    }
    if (h.count(QLatin1Char(':')) > 1) // a bare IPv6 literal has no port
        return h;
    const qsizetype colon = h.indexOf(QLatin1Char(':'));
    return colon >= 0 ? h.left(colon) : h;
}

bool TencentService::isAddressOrLocalhost(const QString &host)
{
    const QString h = hostWithoutPort(host).toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    if (h.contains(QLatin1Char(':'))) // IPv6
        return true;
    // Dotted IPv4: four groups of one to three digits.
    const QList<QStringView> groups = QStringView(h).split(QLatin1Char('.'));
    return groups.size() == 4 && std::all_of(groups.begin(), groups.end(), [](QStringView g) {
               return !g.isEmpty() && g.size() <= 3 &&
                      std::all_of(g.begin(), g.end(), [](QChar c) { return c.isDigit(); });
           });
}

QString TencentService::serviceFromHost(const QString &host)
{
    if (isAddressOrLocalhost(host))
        return {};
    const QString h = hostWithoutPort(host).toLower();
    const QString first = h.section(QLatin1Char('.'), 0, 0);
    return forName(first) ? first : QString();
}

} // namespace imprint
