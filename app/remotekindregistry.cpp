#include "remotekindregistry.h"

#include <QCoreApplication>

namespace imprint {

void RemoteKindRegistry::add(RemoteKind kind)
{
    m_kinds << std::move(kind);
}

const RemoteKind *RemoteKindRegistry::find(const QString &id) const
{
    for (const RemoteKind &kind : m_kinds)
        if (kind.kind.id == id)
            return &kind;
    return nullptr;
}

ConnectionKind RemoteKindRegistry::embeddedSimulator()
{
    ConnectionKind simulator;
    simulator.id = QStringLiteral("simulator");
    simulator.name = QCoreApplication::translate("RemoteKindRegistry", "Embedded simulator");
    simulator.help = QCoreApplication::translate(
        "RemoteKindRegistry",
        "The embedded simulated cloud: all four products, no account, no network.");
    return simulator;
}

QList<ConnectionKind> RemoteKindRegistry::connectionKinds() const
{
    QList<ConnectionKind> all{embeddedSimulator()};
    for (const RemoteKind &kind : m_kinds)
        all << kind.kind;
    return all;
}

} // namespace imprint
