#pragma once

#include "connectionkind.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace imprint {

class RemoteBackend;

// One remote kind this build can connect to: what File > Connect, --backend and the saved
// settings show of it, where its key comes from, and how to make its backend.
struct RemoteKind
{
    ConnectionKind kind;    // id, names, endpoint, key labels and environment variables
    QString keyringAccount; // the system keyring entry of its saved key
    // Makes the backend for this endpoint (empty unless kind.endpoint asks for one). The
    // credentials are set afterwards, from the dialog, the environment or the keyring.
    std::function<std::unique_ptr<RemoteBackend>(const QUrl &endpoint)> make;
};

// The registry of remote kinds in the composition root. Adding a cloud adds one entry to
// builtIn() (remotekinds.cpp); nothing that reads the registry names a cloud.
class RemoteKindRegistry
{
public:
    // Every kind this build has, in the order File > Connect lists them.
    static const RemoteKindRegistry &builtIn();

    void add(RemoteKind kind);
    const QList<RemoteKind> &kinds() const { return m_kinds; }
    // nullptr when no kind has this id.
    const RemoteKind *find(const QString &id) const;
    // What the UI and the command line list: the embedded simulator first, then every kind.
    QList<ConnectionKind> connectionKinds() const;
    static ConnectionKind embeddedSimulator();

private:
    QList<RemoteKind> m_kinds;
};

} // namespace imprint
