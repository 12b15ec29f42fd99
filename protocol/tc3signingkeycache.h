#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace imprint {

// The TC3 signing key (SecretSigning, the end of Tc3Signer's HMAC chain) per secret key, date and
// service, derived once instead of with three HMACs for every request: the key only changes with
// the UTC date, so a server that verifies thousands of requests a second uses a handful of keys a
// day. A different secret, date or service is a different entry; the oldest goes when it is full.
// The keys are as secret as the secret itself and never leave the process.
class Tc3SigningKeyCache
{
public:
    static constexpr int capacity = 8; // keys in use at once: a few services, yesterday and today

    QByteArray secretSigning(const QString &secretKey, const QByteArray &date,
                             const QByteArray &service);
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString secretKey;
        QByteArray date;
        QByteArray service;
        QByteArray secretSigning;
    };
    std::vector<Entry> m_entries; // the most recently made last
};

} // namespace imprint
