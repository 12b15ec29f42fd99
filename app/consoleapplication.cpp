#include "consoleapplication.h"

#include "appsettings.h"
#include "clock.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "remotebackend.h"
#include "remotekindregistry.h"
#include "simulatorbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPromise>

namespace imprint {

namespace {

QFuture<Status> failed(const QString &message)
{
    return QtFuture::makeReadyFuture(Status(Error(ErrorCode::InvalidArgument, message)));
}

} // namespace

ConsoleApplication::ConsoleApplication(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ConsoleApplication::~ConsoleApplication()
{
    m_window.reset();
    m_backend.reset();
}

ConnectionChoice ConsoleApplication::startupChoice(const CommandLineOptions &options)
{
    ConnectionChoice choice;
    if (options.backend.isEmpty()) {
        // The embedded simulator unless the user connected elsewhere last time or in Settings.
        choice = AppSettings().connection();
    } else {
        choice.kindId = options.backend;
        choice.endpoint = options.endpoint;
    }
    if (!RemoteKindRegistry::builtIn().find(choice.kindId))
        choice.kindId = QLatin1String(ConnectionChoice::embeddedSimulator);
    return choice;
}

void ConsoleApplication::start()
{
    connectTo(startupChoice(m_options), m_options.backend.isEmpty());
}

ConsoleApplication::Connection ConsoleApplication::makeSimulator() const
{
    Connection connection;
    auto simulator =
        std::make_unique<SimulatorBackend>(std::make_unique<ScaledClock>(m_options.simSpeed));
    SimulatorBackend::Options options;
    options.databasePath = m_options.databasePath();
    options.resetDemo = m_options.resetDemo;
    options.demoScale = m_options.demoScale;
    if (!QDir().mkpath(m_options.dataDir))
        connection.ready =
            failed(QCoreApplication::translate(
                       "ConsoleApplication", "Cannot create the data folder %1. Choose another one "
                                             "with --data-dir.")
                       .arg(m_options.dataDir));
    else
        connection.ready = simulator->start(options);
    connection.backend = std::move(simulator);
    return connection;
}

ConsoleApplication::Connection ConsoleApplication::makeRemote(const RemoteKind &kind,
                                                              const ConnectionChoice &choice) const
{
    std::unique_ptr<RemoteBackend> remote = kind.make(choice.endpoint);
    RemoteBackend *backend = remote.get();

    // Credentials: typed in the dialog, else the environment, else the system keyring.
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    Connection connection;
    connection.ready = promise->future();
    auto useCredentials = [backend, promise](const Credentials &credentials) {
        backend->setCredentials(credentials);
        // Ready once the cloud answers: a wrong key or an unreachable endpoint shows up here.
        backend->fetchRegions().then(backend, [promise](const Result<QList<Region>> &regions) {
            promise->addResult(regions ? Status() : Status(regions.error()));
            promise->finish();
        });
    };
    const QStringList environment = kind.kind.keyEnvironment;
    if (!choice.secretId.isEmpty() && !choice.secretKey.isEmpty()) {
        const Credentials typed{choice.secretId, choice.secretKey, {}};
        if (choice.rememberInKeyring) {
            auto *store = new CredentialStore(kind.keyringAccount, environment, backend);
            store->write(typed);
        }
        useCredentials(typed);
    } else if (const std::optional<Credentials> env =
                   CredentialStore::fromEnvironment(environment)) {
        useCredentials(*env);
    } else {
        auto *store = new CredentialStore(kind.keyringAccount, environment, backend);
        const QString name = kind.kind.name;
        store->read().then(backend, [promise, useCredentials, environment,
                                     name](const Result<Credentials> &r) {
            if (r) {
                useCredentials(r.value());
                return;
            }
            // Says which key is missing for which cloud; the window offers File > Connect.
            promise->addResult(Status(Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ConsoleApplication",
                                            "%1 needs an API key: enter it under Connect, or set "
                                            "%2 before starting Imprint.")
                    .arg(name, QLocale().createSeparatedList(environment.mid(0, 2))))));
            promise->finish();
        });
    }
    connection.backend = std::move(remote);
    return connection;
}

void ConsoleApplication::connectTo(const ConnectionChoice &choice, bool remember)
{
    const RemoteKind *remote = RemoteKindRegistry::builtIn().find(choice.kindId);
    ConnectionChoice chosen = choice;
    if (!remote)
        chosen.kindId = QLatin1String(ConnectionChoice::embeddedSimulator);
    if (remember)
        AppSettings().setConnection(chosen);
    show(remote ? makeRemote(*remote, chosen) : makeSimulator());
}

void ConsoleApplication::show(Connection connection)
{
    // The old window goes first, then its backend; then the new pair takes their place.
    if (m_window)
        m_window->close();
    m_window.reset();
    m_backend = std::move(connection.backend);
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->setConnectionKinds(RemoteKindRegistry::builtIn().connectionKinds());
    connect(m_window.get(), &MainWindow::connectionChosen, this,
            [this](const ConnectionChoice &chosen) {
                // Not from inside the window's own signal: it is about to be destroyed.
                QMetaObject::invokeMethod(
                    this, [this, chosen] { connectTo(chosen); }, Qt::QueuedConnection);
            });
    m_window->show();
    m_window->waitForBackend(connection.ready);
}

} // namespace imprint
