#pragma once

#include "commandlineoptions.h"
#include "connectionkind.h"
#include "error.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace imprint {

class Backend;
class MainWindow;
struct RemoteKind;

// The composition root at run time: turns a ConnectionChoice into a concrete backend - the
// embedded simulator, or a remote kind from the RemoteKindRegistry - and a main window over
// it, and swaps both when the user connects elsewhere. The only code that names
// SimulatorBackend; remote backends it knows only through the registry.
class ConsoleApplication : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleApplication(CommandLineOptions options, QObject *parent = nullptr);
    ~ConsoleApplication() override;

    // Opens the window on the backend the command line (or the last session) chose.
    void start();
    // remember: the user chose it (File > Connect), so the next run starts there too. A
    // connection given on the command line applies to this run only.
    void connectTo(const ConnectionChoice &choice, bool remember = true);

    // What to connect to at start: the command line's choice, else the saved one (Settings, or
    // the last File > Connect); a kind this build does not have means the embedded simulator.
    static ConnectionChoice startupChoice(const CommandLineOptions &options);

private:
    // A backend and the future that says when it is ready (or why it is not).
    struct Connection
    {
        std::unique_ptr<Backend> backend;
        QFuture<Status> ready;
    };
    Connection makeSimulator() const;
    Connection makeRemote(const RemoteKind &kind, const ConnectionChoice &choice) const;
    void show(Connection connection);
    // The embedded simulator's readiness, with a damaged or held store taken out: those are
    // answered with a choice (handleStoreProblem) instead of an error in the window.
    QFuture<Status> watchStore(QFuture<Status> ready);
    void handleStoreProblem(const Error &error);
    void handleDamagedStore(const Error &error);
    void handleStoreInUse(const Error &error);

    CommandLineOptions m_options;
    // The window is destroyed before its backend: declared after it.
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace imprint
