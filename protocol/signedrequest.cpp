#include "signedrequest.h"

#include <algorithm>

namespace imprint {

namespace {
const QByteArray kContentType = "content-type";
const QByteArray kHost = "host";
const QByteArray kAction = "x-tc-action";
const QByteArray kRegion = "x-tc-region";
const QByteArray kVersion = "x-tc-version";
} // namespace

QByteArrayList SignedRequest::actionBound(bool withRegion)
{
    QByteArrayList names{kContentType, kHost, kAction, kVersion};
    if (withRegion)
        names << kRegion;
    return names;
}

bool SignedRequest::hasSignableHeaders() const
{
    QByteArrayList names;
    for (const QByteArray &n : signedHeaders)
        names << n.toLower();
    for (const QByteArray &n : std::as_const(names))
        if (n != kContentType && n != kHost && n != kAction && n != kRegion && n != kVersion)
            return false;
    return names.contains(kContentType) && names.contains(kHost);
}

QList<QPair<QByteArray, QByteArray>> SignedRequest::signedHeaderValues() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &raw : signedHeaders) {
        const QByteArray name = raw.toLower();
        QByteArray value;
        if (name == kContentType)
            value = contentType;
        else if (name == kHost)
            value = host;
        else if (name == kAction)
            value = action;
        else if (name == kRegion)
            value = region;
        else if (name == kVersion)
            value = version;
        out.append({name, value});
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

} // namespace imprint
