#include "receivedrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace imprint {

namespace {

void appendPairs(QList<QPair<QString, QString>> &out, const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return;
    // A form body encodes a space as '+'; QUrlQuery does not decode that by itself.
    QByteArray text = encoded;
    text.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(text));
    for (const auto &pair : query.queryItems(QUrl::FullyDecoded))
        out.append(pair);
}

} // namespace

QByteArray ReceivedRequest::mediaType() const
{
    return headers.value("Content-Type").split(';').first().trimmed().toLower();
}

QList<QPair<QString, QString>> ReceivedRequest::formParameters() const
{
    QList<QPair<QString, QString>> out;
    appendPairs(out, query);
    if (mediaType() == "application/x-www-form-urlencoded")
        appendPairs(out, body);
    return out;
}

bool ReceivedRequest::hasParameter(const QString &name) const
{
    for (const auto &pair : formParameters())
        if (pair.first == name)
            return true;
    if (mediaType() != "application/json")
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() && document.object().contains(name);
}

} // namespace imprint
