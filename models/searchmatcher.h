#pragma once

#include <QString>
#include <QStringView>

namespace imprint {

// Case-insensitive substring search for filter-as-you-type over many short strings.
//
// Why not QStringView::contains(needle, Qt::CaseInsensitive): that folds both the needle and
// every haystack character through the Unicode tables on each call. Here the needle is folded
// once, ASCII characters fold by arithmetic and only non-ASCII ones take the table lookup,
// which keeps a pass over 100 000 rows well inside one keystroke. Folding is per UTF-16 code
// unit (simple case folding), which is what a filter box needs.
class SearchMatcher
{
public:
    SearchMatcher() = default;
    explicit SearchMatcher(QStringView needle);

    bool isEmpty() const { return m_needle.isEmpty(); }
    // The folded needle: two matchers with the same one accept the same strings.
    const QString &foldedNeedle() const { return m_needle; }

    bool matches(QStringView haystack) const
    {
        const qsizetype m = m_needle.size();
        const qsizetype n = haystack.size();
        if (m == 0)
            return true;
        if (n < m)
            return false;
        const char16_t *h = haystack.utf16();
        const char16_t *needle = reinterpret_cast<const char16_t *>(m_needle.constData());
        const char16_t first = needle[0];
        for (qsizetype i = 0, last = n - m; i <= last; ++i) {
            if (fold(h[i]) != first)
                continue;
            qsizetype j = 1;
            while (j < m && fold(h[i + j]) == needle[j])
                ++j;
            if (j == m)
                return true;
        }
        return false;
    }

    // Whether every string this matcher accepts is also accepted by `wider`: true when our
    // needle contains its needle. The proxy then only re-tests rows it already shows.
    bool isNarrowerThan(const SearchMatcher &wider) const
    {
        return m_needle.contains(wider.m_needle);
    }

    static char16_t fold(char16_t c)
    {
        if (c < 0x80)
            return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        return char16_t(QChar::toCaseFolded(char32_t(c)));
    }

private:
    QString m_needle;
};

inline SearchMatcher::SearchMatcher(QStringView needle)
{
    m_needle.resize(needle.size());
    char16_t *out = reinterpret_cast<char16_t *>(m_needle.data());
    for (qsizetype i = 0; i < needle.size(); ++i)
        out[i] = fold(needle.utf16()[i]);
}

} // namespace imprint
