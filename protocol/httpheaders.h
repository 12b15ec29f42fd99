#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <initializer_list>

namespace imprint {

// HTTP header fields with case-insensitive names, in the order they were added.
//
// Why not QMap or QHash: HTTP names are case-insensitive ("X-TC-Action" and "x-tc-action" are
// the same field), a received request may repeat a field (the verifier must notice a second
// Authorization), and QNetworkRequest::setRawHeader wants the fields as they are.
class HttpHeaders
{
public:
    using Entry = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Entry> entries);

    // Adds a field, keeping earlier ones of the same name.
    void append(const QByteArray &name, const QByteArray &value);
    // Replaces every field of that name with one (in the place of the first).
    void set(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);

    bool contains(QByteArrayView name) const { return count(name) > 0; }
    int count(QByteArrayView name) const;
    // The first field of that name; empty when absent.
    QByteArray value(QByteArrayView name) const;

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }

private:
    static bool sameName(QByteArrayView a, QByteArrayView b);

    QList<Entry> m_entries;
};

} // namespace imprint
