#include "tc3signingkeycache.h"

#include "tc3signer.h"

namespace imprint {

QByteArray Tc3SigningKeyCache::secretSigning(const QString &secretKey, const QByteArray &date,
                                             const QByteArray &service)
{
    for (const Entry &e : m_entries)
        if (e.date == date && e.service == service && e.secretKey == secretKey)
            return e.secretSigning;
    if (int(m_entries.size()) >= capacity)
        m_entries.erase(m_entries.begin());
    const QByteArray key = Tc3Signer::signingKeys(secretKey, date, service).secretSigning;
    m_entries.push_back({secretKey, date, service, key});
    return key;
}

} // namespace imprint
