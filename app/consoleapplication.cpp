#include "consoleapplication.h"

#include "appsettings.h"
#include "clock.h"
#include "compositebackend.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "remotebackend.h"
#include "remotekindregistry.h"
#include "simulatorbackend.h"
#include "storelock.h"
#include "storeproblemdialog.h"
#include "storerecovery.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>

namespace imprint {

namespace {

QFuture<Status> failed(const QString &message)
{
    return QtFuture::makeReadyFuture(Status(Error(ErrorCode::InvalidArgument, message)));
}

// One account for this run only, from a single choice (--backend, or the store-in-use dialog's
// "Connect to that imprint-sim").
AccountSpec runAccount(const ConnectionChoice &choice)
{
    AccountSpec account;
    account.id = QStringLiteral("run");
    account.endpoint = choice.endpoint;
    account.transient = true;
    if (const RemoteKind *remote = RemoteKindRegistry::builtIn().find(choice.kindId)) {
        account.kindId = remote->kind.id;
        account.name = remote->kind.name;
    } else {
        account.name = RemoteKindRegistry::embeddedSimulator().name;
    }
    return account;
}

// Adds an --account to the accounts of a run. There is one embedded simulator - one store, one
// set of records - so --account simulator, when the run has it already (saved and enabled, or
// --backend simulator), names that very account: the option is satisfied, with neither a second
// simulator nor a complaint. A name the option gives (one other than the kind's own, which
// --account puts where none is given) is what this run calls it; the saved name stays saved.
void addForRun(QList<AccountSpec> *accounts, const AccountSpec &account)
{
    if (account.isEmbeddedSimulator()) {
        const auto present =
            std::find_if(accounts->begin(), accounts->end(),
                         [](const AccountSpec &a) { return a.isEmbeddedSimulator(); });
        if (present != accounts->end()) {
            if (account.name != RemoteKindRegistry::embeddedSimulator().name)
                present->name = account.name;
            return;
        }
    }
    *accounts << account;
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

QList<AccountSpec> ConsoleApplication::startupAccounts(const CommandLineOptions &options)
{
    const RemoteKindRegistry &registry = RemoteKindRegistry::builtIn();
    QList<AccountSpec> accounts;
    if (!options.backend.isEmpty()) {
        // --backend: that one for this run, as before accounts existed.
        accounts << runAccount(startupChoice(options));
    } else {
        for (const AccountSpec &account : AppSettings().accounts(registry.connectionKinds()))
            if (account.enabled && (account.isEmbeddedSimulator() || registry.find(account.kindId)))
                accounts << account;
    }
    for (const AccountSpec &account : options.accounts)
        addForRun(&accounts, account);
    if (accounts.isEmpty()) {
        // Every saved account off or unknown (a hand-edited file): the embedded simulator.
        accounts << runAccount(ConnectionChoice());
    }
    return accounts;
}

void ConsoleApplication::start()
{
    open(startupAccounts(m_options));
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

ConsoleApplication::Connection
ConsoleApplication::makeRemote(const RemoteKind &kind, const AccountSpec &account,
                               const ConnectionChoice &typedKey) const
{
    std::unique_ptr<RemoteBackend> remote = kind.make(account.endpoint);
    RemoteBackend *backend = remote.get();

    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    Connection connection;
    connection.ready = promise->future();
    connection.backend = std::move(remote);
    auto useCredentials = [backend, promise](const Credentials &credentials) {
        backend->setCredentials(credentials);
        // Ready once the cloud answers: a wrong key or an unreachable endpoint shows up here.
        backend->fetchRegions().then(backend, [promise](const Result<QList<Region>> &regions) {
            promise->addResult(regions ? Status() : Status(regions.error()));
            promise->finish();
        });
    };
    auto fail = [promise](const QString &message) {
        promise->addResult(Status(Error(ErrorCode::InvalidArgument, message)));
        promise->finish();
    };
    const QString ownEntry = AccountSpec::keyringEntry(kind.keyringAccount, account.id);

    // The key: typed in File > Accounts, else where the account says it comes from.
    if (!typedKey.secretId.isEmpty() && !typedKey.secretKey.isEmpty()) {
        const Credentials typed{typedKey.secretId, typedKey.secretKey, {}};
        if (typedKey.rememberInKeyring)
            (new CredentialStore(ownEntry, kind.kind.keyEnvironment, backend))->write(typed);
        useCredentials(typed);
        return connection;
    }
    if (account.keySource == AccountSpec::KeySource::Environment) {
        if (const std::optional<Credentials> env =
                CredentialStore::fromEnvironment(account.keyEnvironment))
            useCredentials(*env);
        else
            fail(QCoreApplication::translate(
                     "ConsoleApplication",
                     "%1 reads its API key from %2, which are not both set. Set them before "
                     "starting Imprint, or change the account under File > Accounts.")
                     .arg(account.name, QLocale().createSeparatedList(account.keyEnvironment)));
        return connection;
    }
    // The account's own keyring entry; else the kind's variables (as before accounts); else
    // the entry File > Connect saved the kind's key in before there were accounts.
    const QStringList environment = kind.kind.keyEnvironment;
    const QString legacyEntry = kind.keyringAccount;
    const QString name = account.name;
    auto *own = new CredentialStore(ownEntry, environment, backend);
    own->read().then(backend, [=](const Result<Credentials> &fromOwn) {
        if (fromOwn) {
            useCredentials(fromOwn.value());
            return;
        }
        if (const std::optional<Credentials> env = CredentialStore::fromEnvironment(environment)) {
            useCredentials(*env);
            return;
        }
        auto *legacy = new CredentialStore(legacyEntry, environment, backend);
        legacy->read().then(backend, [=](const Result<Credentials> &fromLegacy) {
            if (fromLegacy) {
                useCredentials(fromLegacy.value());
                return;
            }
            // Says which key is missing for which account; the window offers File > Accounts.
            fail(QCoreApplication::translate("ConsoleApplication",
                                             "%1 needs an API key: enter it under File > "
                                             "Accounts, or set %2 before starting Imprint.")
                     .arg(name, QLocale().createSeparatedList(environment.mid(0, 2))));
        });
    });
    return connection;
}

ConsoleApplication::Connection ConsoleApplication::makeAccount(const AccountSpec &account,
                                                               const ConnectionChoice &typedKey)
{
    if (const RemoteKind *remote = RemoteKindRegistry::builtIn().find(account.kindId))
        return makeRemote(*remote, account, typedKey);
    Connection simulator = makeSimulator();
    simulator.ready = watchStore(simulator.ready);
    return simulator;
}

void ConsoleApplication::open(const QList<AccountSpec> &accounts,
                              const QHash<QString, ConnectionChoice> &typedKeys)
{
    Q_ASSERT(!accounts.isEmpty());
    m_accounts = accounts;
    m_typedKeys = typedKeys;
    if (accounts.size() == 1) {
        // One account: its backend directly, as before accounts existed.
        show(makeAccount(accounts.first(), typedKeys.value(accounts.first().id)));
        return;
    }
    auto composite = std::make_unique<CompositeBackend>();
    for (const AccountSpec &account : accounts) {
        Connection member = makeAccount(account, typedKeys.value(account.id));
        composite->addAccount(account.id, account.name, std::move(member.backend), member.ready);
    }
    Connection connection;
    connection.ready = composite->ready();
    connection.backend = std::move(composite);
    show(std::move(connection));
}

void ConsoleApplication::saveAccounts(const QList<AccountSpec> &accounts,
                                      const QHash<QString, ConnectionChoice> &typedKeys,
                                      const QSet<QString> &removedIds)
{
    AppSettings().setAccounts(accounts);
    // A removed account's key goes with it (its id is never given to another account). The
    // kind it had is gone with it, so every kind's entry of that id is removed.
    for (const RemoteKind &kind : RemoteKindRegistry::builtIn().kinds()) {
        for (const QString &id : removedIds) {
            auto *store =
                new CredentialStore(AccountSpec::keyringEntry(kind.keyringAccount, id), {}, this);
            store->remove().then(store, [store](const Status &) { store->deleteLater(); });
        }
    }
    // The user chose the accounts: --backend no longer applies; the --account ones stay for
    // the rest of this run.
    m_options.backend.clear();
    open(startupAccounts(m_options), typedKeys);
}

void ConsoleApplication::connectTo(const ConnectionChoice &choice)
{
    const AccountSpec account = runAccount(choice);
    open({account}, {{account.id, choice}});
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
    QtConcurrent::run(workerPool(), [recovery, chosen] {
        return recovery->apply(Choice(chosen));
    }).then(this, [this, error](const Result<QString> &done) {
        if (!done) {
            QMessageBox::warning(m_window.get(), tr("The simulator's store"), done.error().message);
            handleDamagedStore(error);
            return;
        }
        open(m_accounts, m_typedKeys);
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
        open(m_accounts, m_typedKeys);
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
    connect(m_window.get(), &MainWindow::accountsChosen, this,
            [this](const QList<AccountSpec> &accounts,
                   const QHash<QString, ConnectionChoice> &typedKeys,
                   const QSet<QString> &removedIds) {
                // Not from inside the window's own signal: it is about to be destroyed.
                QMetaObject::invokeMethod(
                    this,
                    [this, accounts, typedKeys, removedIds] {
                        saveAccounts(accounts, typedKeys, removedIds);
                    },
                    Qt::QueuedConnection);
            });
    m_window->show();
    m_window->waitForBackend(connection.ready);
}

} // namespace imprint
