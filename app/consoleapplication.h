#pragma once

#include "accountspec.h"
#include "commandlineoptions.h"
#include "connectionkind.h"
#include "error.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace imprint {

class Backend;
class MainWindow;
struct RemoteKind;

// The composition root at run time: turns the enabled accounts into a backend - one account's
// backend directly (the embedded simulator, or a remote kind from the RemoteKindRegistry), or a
// CompositeBackend over several - and a main window over it, and swaps both when the user
// changes the accounts. The only code that names SimulatorBackend and CompositeBackend; remote
// backends it knows only through the registry.
class ConsoleApplication : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleApplication(CommandLineOptions options, QObject *parent = nullptr);
    ~ConsoleApplication() override;

    // Opens the window on the accounts the command line (or the saved settings) chose.
    void start();
    // Opens the window again over `accounts` (the enabled ones), with the keys typed for some
    // (by account id; held in memory only).
    void open(const QList<AccountSpec> &accounts,
              const QHash<QString, ConnectionChoice> &typedKeys = {});
    // Opens the window over this one connection for the rest of the run (the store-in-use
    // dialog's "Connect to that imprint-sim").
    void connectTo(const ConnectionChoice &choice);

    // What --backend asks for: its kind and endpoint; without it, the one connection saved by
    // the versions before accounts. A kind this build does not have means the simulator.
    static ConnectionChoice startupChoice(const CommandLineOptions &options);
    // The accounts a run opens: --backend's one, else the saved enabled ones (the embedded
    // simulator on first start), then every --account. Never two embedded simulators (they
    // would share one store): --account simulator when the run has the simulator already is
    // that account, under the option's name if it gives one. A saved account of a kind this
    // build lacks is left out.
    static QList<AccountSpec> startupAccounts(const CommandLineOptions &options);

    // The window and its backend (tests).
    MainWindow *window() const { return m_window.get(); }
    Backend *backend() const { return m_backend.get(); }

private:
    // A backend and the future that says when it is ready (or why it is not).
    struct Connection
    {
        std::unique_ptr<Backend> backend;
        QFuture<Status> ready;
    };
    Connection makeAccount(const AccountSpec &account, const ConnectionChoice &typedKey);
    Connection makeSimulator() const;
    Connection makeRemote(const RemoteKind &kind, const AccountSpec &account,
                          const ConnectionChoice &typedKey) const;
    // Saves File > Accounts' list, forgets removed accounts' keys, and opens the window again.
    void saveAccounts(const QList<AccountSpec> &accounts,
                      const QHash<QString, ConnectionChoice> &typedKeys,
                      const QSet<QString> &removedIds);
    void show(Connection connection);
    // The embedded simulator's readiness, with a damaged or held store taken out: those are
    // answered with a choice (handleStoreProblem) instead of an error in the window.
    QFuture<Status> watchStore(QFuture<Status> ready);
    void handleStoreProblem(const Error &error);
    void handleDamagedStore(const Error &error);
    void handleStoreInUse(const Error &error);

    CommandLineOptions m_options;
    // What is open now, so that a repaired store opens the same accounts again.
    QList<AccountSpec> m_accounts;
    QHash<QString, ConnectionChoice> m_typedKeys;
    // The window is destroyed before its backend: declared after it.
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace imprint
