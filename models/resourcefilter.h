#pragma once

#include "product.h"
#include "searchmatcher.h"

#include <QString>

namespace imprint {

// What ResourceFilterProxy shows: a region scope, a text and a state. Parsed once when the user
// changes it, so that the per-row test is a few comparisons and no allocation.
class ResourceFilter
{
public:
    static constexpr int AnyState = -1;

    // "" every region; "lighthouse" or "lighthouse/" a whole product; "lighthouse/ap-guangzhou"
    // one region (Region::key()). A key naming no known product matches nothing. With several
    // accounts (ScopedId): "a2:" all of one account, "lighthouse/a2:" one product of it.
    void setRegionKey(const QString &regionKey);
    const QString &regionKey() const { return m_regionKey; }

    // A "key:value" text (or "key:") also finds resources tagged so: the key whole, the value
    // as a substring, both case-insensitive. Names may hold colons too, so it is an addition
    // to the text match, not a replacement.
    void setText(const QString &text);
    const SearchMatcher &text() const { return m_text; }
    bool matchesTag(QStringView key, QStringView value) const
    {
        return m_hasTagQuery && equalsFolded(key, m_tagKey) && m_tagValue.matches(value);
    }

    void setState(int state) { m_state = state < 0 ? AnyState : state; }
    int state() const { return m_state; }

    bool matchesRegion(Product product, const QString &regionId) const
    {
        switch (m_scope) {
        case Scope::All:
            return true;
        case Scope::Account:
            return regionId.startsWith(m_accountPrefix);
        case Scope::Product:
            return product == m_product &&
                   (m_accountPrefix.isEmpty() || regionId.startsWith(m_accountPrefix));
        case Scope::Region:
            return product == m_product && regionId == m_regionId;
        case Scope::Nothing:
            break;
        }
        return false;
    }
    bool matchesState(int state) const { return m_state == AnyState || state == m_state; }

    // True when every row passes, so the proxy can skip the per-row test.
    bool acceptsEverything() const
    {
        return m_scope == Scope::All && m_text.isEmpty() && m_state == AnyState;
    }
    // True when every row this filter accepts is also accepted by `wider`.
    bool isNarrowerThan(const ResourceFilter &wider) const;

    bool operator==(const ResourceFilter &other) const;
    bool operator!=(const ResourceFilter &other) const { return !(*this == other); }

private:
    enum class Scope : quint8 { All, Account, Product, Region, Nothing };
    // Whether every region this filter's scope admits is one `wider` admits too.
    bool scopeWithin(const ResourceFilter &wider) const;

    Scope m_scope = Scope::All;
    Product m_product = Product::Lighthouse;
    QString m_regionId;
    QString m_accountPrefix; // "a2:" for an account's scope; empty for every account
    QString m_regionKey;
    static bool equalsFolded(QStringView text, const QString &folded)
    {
        if (text.size() != folded.size())
            return false;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (SearchMatcher::fold(text.utf16()[i]) != folded.utf16()[i])
                return false;
        return true;
    }

    SearchMatcher m_text;
    bool m_hasTagQuery = false;
    QString m_tagKey; // folded
    SearchMatcher m_tagValue;
    int m_state = AnyState;
};

} // namespace imprint
