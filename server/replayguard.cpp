#include "replayguard.h"

namespace imprint {

ReplayGuard::ReplayGuard(qint64 windowSeconds, qsizetype capacity)
    : m_window(windowSeconds)
    , m_capacity(capacity)
{}

void ReplayGuard::forgetExpired(qint64 nowSeconds)
{
    while (!m_byExpiry.empty() && m_byExpiry.top().first < nowSeconds) {
        const auto found = m_entries.constFind(m_byExpiry.top().second);
        // A key remembered again later has a later expiry of its own.
        if (found != m_entries.cend() && found->expiry == m_byExpiry.top().first)
            m_entries.erase(found);
        m_byExpiry.pop();
    }
}

std::optional<QByteArray> ReplayGuard::earlier(const QByteArray &key, qint64 nowSeconds)
{
    forgetExpired(nowSeconds);
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return std::nullopt;
    return found->answer;
}

bool ReplayGuard::hasRoom(qint64 nowSeconds)
{
    forgetExpired(nowSeconds);
    return m_entries.size() < m_capacity;
}

void ReplayGuard::remember(const QByteArray &key, qint64 signedAt, QByteArray answer)
{
    const qint64 expiry = signedAt + m_window;
    m_entries.insert(key, Entry{expiry, std::move(answer)});
    m_byExpiry.push({expiry, key});
}

} // namespace imprint
