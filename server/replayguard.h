#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>
#include <queue>
#include <utility>
#include <vector>

namespace imprint {

// Remembers the signed write requests imprint-sim carried out, for as long as their signed time
// keeps them acceptable, so that one sent again is not carried out again. The key is what makes
// a request unique to its signer: TC3's signature (its timestamp and every signed byte go into
// it), ECS's SignatureNonce. With each key it may keep the answer, so that the gateway can give
// a duplicate the first answer (TC3: the official SDKs sign in whole seconds, so a quick retry
// is byte for byte the request it repeats) or refuse it (ECS: every request has a new nonce).
//
// Reads are not kept: repeating one changes nothing, and SDKs that poll send identical reads
// within one second. Memory is bounded: when `capacity` requests are remembered, hasRoom() is
// false and the gateway refuses new writes as "try again shortly" (not run) until the oldest
// expire; a write is never run unremembered.
class ReplayGuard
{
public:
    // windowSeconds: how far a signed time may be from now and still be accepted (the
    // verifier's clock skew); a request is remembered until its time plus the window.
    explicit ReplayGuard(qint64 windowSeconds, qsizetype capacity = 50'000);

    // What the request with this key was answered, when it was carried out within the window.
    std::optional<QByteArray> earlier(const QByteArray &key, qint64 nowSeconds);
    bool hasRoom(qint64 nowSeconds);
    void remember(const QByteArray &key, qint64 signedAt, QByteArray answer = {});
    qsizetype size() const { return m_entries.size(); }

private:
    void forgetExpired(qint64 nowSeconds);

    struct Entry
    {
        qint64 expiry = 0; // the last second the request could still be accepted
        QByteArray answer;
    };
    qint64 m_window;
    qsizetype m_capacity;
    QHash<QByteArray, Entry> m_entries;
    // (expiry, key), soonest first, so forgetting costs only what expires.
    using Expiry = std::pair<qint64, QByteArray>;
    std::priority_queue<Expiry, std::vector<Expiry>, std::greater<Expiry>> m_byExpiry;
};

} // namespace imprint
