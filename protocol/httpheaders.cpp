#include "httpheaders.h"

namespace imprint {

HttpHeaders::HttpHeaders(std::initializer_list<Entry> entries)
    : m_entries(entries)
{}

void HttpHeaders::append(const QByteArray &name, const QByteArray &value)
{
    m_entries.append({name, value});
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (sameName(m_entries.at(i).first, name)) {
            m_entries[i] = {name, value};
            // Drop the later duplicates so that exactly one field remains.
            for (qsizetype j = m_entries.size() - 1; j > i; --j)
                if (sameName(m_entries.at(j).first, name))
                    m_entries.removeAt(j);
            return;
        }
    }
    append(name, value);
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_entries.removeIf([&](const Entry &e) { return sameName(e.first, name); });
}

int HttpHeaders::count(QByteArrayView name) const
{
    int n = 0;
    for (const Entry &e : m_entries)
        if (sameName(e.first, name))
            ++n;
    return n;
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Entry &e : m_entries)
        if (sameName(e.first, name))
            return e.second;
    return {};
}

bool HttpHeaders::sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace imprint
