#include "consoleapplication.h"

#include "appsettings.h"
#include "clock.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "remotebackend.h"
#include "remotekindregistry.h"
#include "simulatorbackend.h"
#include "storelock.h"
#include "storeproblemdialog.h"
#include "storerecovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPromise>
#include <QtConcurrent>

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
    if (remote) {
        show(makeRemote(*remote, chosen));
        return;
    }
    Connection simulator = makeSimulator();
    simulator.ready = watchStore(simulator.ready);
    show(std::move(simulator));
}

QFuture<Status> ConsoleApplication::watchStore(QFuture<Status> ready)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> shown = promise->future();
    ready.then(this, [this, promise](const Status &status) {
        const ErrorCode code = status ? ErrorCode::None : status.error().code;
        if (code != ErrorCode::StoreDamaged && code != ErrorCode::StoreInUse) {
            promise->addResult(status);
            promise->finish();
            return;
        }
        // The window keeps saying "Opening..." while the user chooses; queued, so that the
        // dialog does not run inside this continuation.
        const Error error = status.error();
        QMetaObject::invokeMethod(
            this, [this, error] { handleStoreProblem(error); }, Qt::QueuedConnection);
    });
    return shown;
}

void ConsoleApplication::handleStoreProblem(const Error &error)
{
    if (error.code == ErrorCode::StoreInUse)
        handleStoreInUse(error);
    else
        handleDamagedStore(error);
}

void ConsoleApplication::handleDamagedStore(const Error &error)
{
    using Choice = StoreRecovery::Choice;
    const QString path = m_options.databasePath();
    auto recovery = std::make_shared<StoreRecovery>(path);
    QList<StoreProblemDialog::Remedy> remedies;
    for (const Choice choice : recovery->choices()) {
        switch (choice) {
        case Choice::KeepAndQuit:
            remedies.append({int(choice), tr("Keep it and quit"),
                             tr("Nothing is changed, so you can copy the file or ask for help "
                                "first.")});
            break;
        case Choice::Recover:
            remedies.append({int(choice), tr("Try SQLite's recovery"),
                             tr("What can still be read is rebuilt into a new store; the "
                                "damaged file is kept beside it.")});
            break;
        case Choice::RestoreBackup:
            remedies.append(
                {int(choice),
                 tr("Restore the backup of %1")
                     .arg(QLocale().toString(recovery->backupTime(), QLocale::ShortFormat)),
                 tr("The last good copy, made on a clean shutdown or while you worked, takes "
                    "its place; the damaged file is kept beside it.")});
            break;
        case Choice::MoveAside:
            remedies.append({int(choice), tr("Move it aside and start afresh"),
                             tr("The damaged file is renamed (.damaged- and the time) and the "
                                "simulator starts with a new demo world.")});
            break;
        }
    }
    StoreProblemDialog dialog(error.message, remedies, m_window.get());
    dialog.exec();
    const int chosen = dialog.chosen();
    if (chosen < 0 || Choice(chosen) == Choice::KeepAndQuit) {
        QCoreApplication::exit(1);
        return;
    }
    // A recovery reads the whole file: off the GUI thread; the window says "Opening..." meanwhile.
    QtConcurrent::run([recovery, chosen] {
        return recovery->apply(Choice(chosen));
    }).then(this, [this, error](const Result<QString> &done) {
        if (!done) {
            QMessageBox::warning(m_window.get(), tr("The simulator's store"), done.error().message);
            handleDamagedStore(error);
            return;
        }
        connectTo(ConnectionChoice());
        QMessageBox::information(m_window.get(), tr("The simulator's store"), done.value());
    });
}

void ConsoleApplication::handleStoreInUse(const Error &error)
{
    enum Way { Connect, OtherFolder, Quit };
    const std::optional<StoreLock::Holder> holder = StoreLock::holderOf(m_options.databasePath());
    QList<StoreProblemDialog::Remedy> remedies;
    if (holder && holder->endpoint.isValid())
        remedies.append({Connect, tr("Connect to that imprint-sim"),
                         tr("Imprint talks to it at %1 and shows the same world.")
                             .arg(holder->endpoint.toString())});
    remedies.append({OtherFolder, tr("Choose another folder"),
                     tr("The embedded simulator keeps its own store there.")});
    remedies.append({Quit, tr("Quit"), tr("Nothing is changed.")});
    StoreProblemDialog dialog(error.message, remedies, m_window.get());
    dialog.exec();
    switch (dialog.chosen()) {
    case Connect: {
        // The connection dialog, filled in: imprint-sim wants its key. It serves every wire
        // protocol on one address; its Tencent Cloud kind shows the whole world.
        ConnectionChoice choice;
        choice.kindId = QStringLiteral("imprint-sim");
        choice.endpoint = holder->endpoint;
        ConnectionDialog dialogToConnect(RemoteKindRegistry::builtIn().connectionKinds(), choice,
                                         m_window.get());
        if (dialogToConnect.exec() == QDialog::Accepted)
            connectTo(dialogToConnect.choice());
        else
            handleStoreInUse(error);
        return;
    }
    case OtherFolder: {
        const QString dir = QFileDialog::getExistingDirectory(
            m_window.get(), tr("Folder for the simulator's store"), m_options.dataDir);
        if (dir.isEmpty()) {
            handleStoreInUse(error);
            return;
        }
        m_options.dataDir = dir;
        connectTo(ConnectionChoice());
        return;
    }
    default:
        QCoreApplication::exit(1);
        return;
    }
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
