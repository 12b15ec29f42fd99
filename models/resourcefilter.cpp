#include "resourcefilter.h"

#include <utility>

namespace imprint {

void ResourceFilter::setRegionKey(const QString &regionKey)
{
    m_regionKey = regionKey;
    m_product = Product::Lighthouse;
    m_regionId.clear();
    m_accountPrefix.clear();
    const QString trimmed = regionKey.trimmed();
    if (trimmed.isEmpty()) {
        m_scope = Scope::All;
        return;
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0 && trimmed.endsWith(QLatin1Char(':'))) {
        m_scope = Scope::Account;
        m_accountPrefix = trimmed;
        return;
    }
    const QString productPart = slash < 0 ? trimmed : trimmed.left(slash);
    if (!productFromKey(productPart, &m_product)) {
        m_scope = Scope::Nothing;
        return;
    }
    m_regionId = slash < 0 ? QString() : trimmed.mid(slash + 1);
    if (m_regionId.endsWith(QLatin1Char(':'))) // one product of one account
        m_accountPrefix = std::exchange(m_regionId, QString());
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

bool ResourceFilter::scopeWithin(const ResourceFilter &wider) const
{
    if (m_scope == Scope::Nothing || wider.m_scope == Scope::All)
        return true;
    // The account part: every region admitted here lies in the wider one's account.
    const QString &account = wider.m_accountPrefix;
    const bool sameAccount =
        account.isEmpty() ||
        (m_scope == Scope::Region ? m_regionId.startsWith(account) : m_accountPrefix == account);
    switch (wider.m_scope) {
    case Scope::All:
        return true;
    case Scope::Account:
        return m_scope != Scope::All && sameAccount;
    case Scope::Product:
        return (m_scope == Scope::Product || m_scope == Scope::Region) &&
               m_product == wider.m_product && sameAccount;
    case Scope::Region:
        return m_scope == Scope::Region && m_product == wider.m_product &&
               m_regionId == wider.m_regionId;
    case Scope::Nothing:
        break;
    }
    return false;
}

bool ResourceFilter::isNarrowerThan(const ResourceFilter &wider) const
{
    const bool scopeNarrower = scopeWithin(wider);
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
           m_regionId == other.m_regionId && m_accountPrefix == other.m_accountPrefix &&
           m_text.foldedNeedle() == other.m_text.foldedNeedle() && m_state == other.m_state;
}

} // namespace imprint
