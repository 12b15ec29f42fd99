#include "tag.h"

#include <QStringList>

namespace imprint {

QString TagText::format(const QList<Tag> &tags)
{
    QStringList parts;
    parts.reserve(tags.size());
    for (const Tag &tag : tags)
        parts << (tag.value.isEmpty() ? tag.key : tag.key + QLatin1Char(':') + tag.value);
    return parts.join(QStringLiteral(", "));
}

QList<Tag> TagText::parse(const QString &text)
{
    QList<Tag> tags;
    for (const QString &entry : text.split(QLatin1Char(','))) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon < 0)
            tags.append({trimmed, {}});
        else
            tags.append({trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
    }
    return tags;
}

} // namespace imprint
