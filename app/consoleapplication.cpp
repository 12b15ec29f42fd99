#include "consoleapplication.h"

#include "appsettings.h"
#include "clock.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "simulatorbackend.h"
#include "tencentcloudbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QPromise>

namespace imprint {

namespace {

QFuture<Status> failed(const QString &message)
{
    return QtFuture::makeReadyFuture(Status(Error(ErrorCode::InvalidArgument, message)));
}

// A local imprint-sim takes the key it was started with (IMPRINT_SIM_SECRET_ID/KEY), not a
// Tencent Cloud account's.
std::optional<Credentials> localSimKey(const ConnectionChoice &choice)
{
    if (choice.kind != ConnectionChoice::Kind::LocalImprintSim)
        return std::nullopt;
    const QString id = qEnvironmentVariable("IMPRINT_SIM_SECRET_ID");
    const QString key = qEnvironmentVariable("IMPRINT_SIM_SECRET_KEY");
    if (id.isEmpty() || key.isEmpty())
        return std::nullopt;
    return Credentials{id, key, {}};
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

ConnectionChoice ConsoleApplication::initialChoice() const
{
    ConnectionChoice choice;
    if (!m_options.backend.isEmpty()) {
        if (m_options.backend == QLatin1String("imprint-sim"))
            choice.kind = ConnectionChoice::Kind::LocalImprintSim;
        else if (m_options.backend == QLatin1String("tencent"))
            choice.kind = ConnectionChoice::Kind::TencentCloud;
        choice.endpoint = m_options.endpoint;
        return choice;
    }
    // The embedded simulator unless the user connected elsewhere last time or in Settings.
    return AppSettings().connection();
}

void ConsoleApplication::start()
{
    connectTo(initialChoice(), m_options.backend.isEmpty());
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

ConsoleApplication::Connection ConsoleApplication::makeRemote(const ConnectionChoice &choice) const
{
    TencentCloudBackend::Options options;
    if (choice.kind == ConnectionChoice::Kind::LocalImprintSim)
        options.endpoint = choice.endpoint;
    auto remote = std::make_unique<TencentCloudBackend>(options);
    TencentCloudBackend *backend = remote.get();

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
    if (!choice.secretId.isEmpty() && !choice.secretKey.isEmpty()) {
        const Credentials typed{choice.secretId, choice.secretKey, {}};
        if (choice.rememberInKeyring) {
            auto *store = new CredentialStore(QStringLiteral("tencentcloud"), backend);
            store->write(typed);
        }
        useCredentials(typed);
    } else if (const std::optional<Credentials> sim = localSimKey(choice)) {
        useCredentials(*sim);
    } else if (const std::optional<Credentials> env = CredentialStore::fromEnvironment()) {
        useCredentials(*env);
    } else {
        auto *store = new CredentialStore(QStringLiteral("tencentcloud"), backend);
        const bool local = choice.kind == ConnectionChoice::Kind::LocalImprintSim;
        const QString endpoint = choice.endpoint.toString();
        store->read().then(backend, [promise, useCredentials, local,
                                     endpoint](const Result<Credentials> &r) {
            if (r) {
                useCredentials(r.value());
                return;
            }
            // Says which key is missing for which server; the window offers File > Connect.
            promise->addResult(Status(Error(
                ErrorCode::InvalidArgument,
                local ? QCoreApplication::translate(
                            "ConsoleApplication",
                            "imprint-sim at %1 needs the key it was started with: enter it "
                            "under Connect, or set IMPRINT_SIM_SECRET_ID and "
                            "IMPRINT_SIM_SECRET_KEY before starting Imprint.")
                            .arg(endpoint)
                      : QCoreApplication::translate(
                            "ConsoleApplication",
                            "Tencent Cloud needs an API key: enter it under Connect, or set "
                            "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY before starting "
                            "Imprint."))));
            promise->finish();
        });
    }
    connection.backend = std::move(remote);
    return connection;
}

void ConsoleApplication::connectTo(const ConnectionChoice &choice, bool remember)
{
    if (remember)
        AppSettings().setConnection(choice);
    show(choice.kind == ConnectionChoice::Kind::EmbeddedSimulator ? makeSimulator()
                                                                  : makeRemote(choice));
}

void ConsoleApplication::show(Connection connection)
{
    // The old window goes first, then its backend; then the new pair takes their place.
    if (m_window)
        m_window->close();
    m_window.reset();
    m_backend = std::move(connection.backend);
    m_window = std::make_unique<MainWindow>(m_backend.get());
    connect(m_window.get(), &MainWindow::connectionChosen, this,
            [this](const ConnectionChoice &choice) {
                // Not from inside the window's own signal: it is about to be destroyed.
                QMetaObject::invokeMethod(
                    this, [this, choice] { connectTo(choice); }, Qt::QueuedConnection);
            });
    m_window->show();
    m_window->waitForBackend(connection.ready);
}

} // namespace imprint
