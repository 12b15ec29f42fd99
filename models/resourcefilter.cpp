#include "resourcefilter.h"

namespace imprint {

void ResourceFilter::setRegionKey(const QString &regionKey)
{
    m_regionKey = regionKey;
    m_product = Product::Lighthouse;
    m_regionId.clear();
    const QString trimmed = regionKey.trimmed();
    if (trimmed.isEmpty()) {
        m_scope = Scope::All;
        return;
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString productPart = slash < 0 ? trimmed : trimmed.left(slash);
    if (!productFromKey(productPart, &m_product)) {
        m_scope = Scope::Nothing;
        return;
    }
    m_regionId = slash < 0 ? QString() : trimmed.mid(slash + 1);
    m_scope = m_regionId.isEmpty() ? Scope::Product : Scope::Region;
}

void ResourceFilter::setText(const QString &text)
{
    // Surrounding blanks are a typing artefact, not part of what the user looks for.
    m_text = SearchMatcher(QStringView(text).trimmed());
    const QStringView trimmed = QStringView(text).trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    m_hasTagQuery = colon > 0;
    m_tagKey =
        m_hasTagQuery ? SearchMatcher(trimmed.left(colon).trimmed()).foldedNeedle() : QString();
    m_tagValue = m_hasTagQuery ? SearchMatcher(trimmed.mid(colon + 1).trimmed()) : SearchMatcher();
}

bool ResourceFilter::isNarrowerThan(const ResourceFilter &wider) const
{
    bool scopeNarrower = false;
    switch (wider.m_scope) {
    case Scope::All:
        scopeNarrower = true;
        break;
    case Scope::Product:
        scopeNarrower =
            m_scope == Scope::Nothing || ((m_scope == Scope::Product || m_scope == Scope::Region) &&
                                          m_product == wider.m_product);
        break;
    case Scope::Region:
        scopeNarrower = m_scope == Scope::Nothing ||
                        (m_scope == Scope::Region && m_product == wider.m_product &&
                         m_regionId == wider.m_regionId);
        break;
    case Scope::Nothing:
        scopeNarrower = m_scope == Scope::Nothing;
        break;
    }
    // A tag query matches rows the text does not: narrower only against the same key.
    const bool tagsNarrower = m_hasTagQuery ? wider.m_hasTagQuery && m_tagKey == wider.m_tagKey &&
                                                  m_tagValue.isNarrowerThan(wider.m_tagValue)
                                            : !wider.m_hasTagQuery;
    return scopeNarrower && tagsNarrower && m_text.isNarrowerThan(wider.m_text) &&
           (wider.m_state == AnyState || m_state == wider.m_state);
}

bool ResourceFilter::operator==(const ResourceFilter &other) const
{
    return m_scope == other.m_scope && m_product == other.m_product &&
           m_regionId == other.m_regionId && m_text.foldedNeedle() == other.m_text.foldedNeedle() &&
           m_state == other.m_state;
}

} // namespace imprint
