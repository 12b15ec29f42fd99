#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace imprint {

// A key:value label on a resource, for classification (ECS seed 004; CVM TagSpecification,
// Lighthouse Tags). The value may be empty.
struct Tag
{
    QString key;
    QString value;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// The one text form the console reads and writes: "env:prod, team:web".
class TagText
{
    Q_DECLARE_TR_FUNCTIONS(TagText)

public:
    static QString format(const QList<Tag> &tags);
    // Splits at commas, each entry at its first colon; blanks around parts are dropped. Empty
    // entries are skipped; checking (lengths, duplicates) is the product policy's.
    static QList<Tag> parse(const QString &text);
};

} // namespace imprint
