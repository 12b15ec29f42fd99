#include "accountnames.h"

#include "backend.h"
#include "scopedid.h"

namespace imprint {

void AccountNames::follow(Backend *backend, QObject *context)
{
    if (!backend)
        return;
    for (const AccountStatus &account : backend->accounts())
        m_names.insert(account.id, account.name);
    QObject::connect(
        backend, &Backend::accountStatusChanged, context,
        [this](const AccountStatus &account) { m_names.insert(account.id, account.name); });
}

QString AccountNames::of(const QString &scopedId) const
{
    return m_names.isEmpty() ? QString() : m_names.value(ScopedId::scopeOf(scopedId));
}

} // namespace imprint
