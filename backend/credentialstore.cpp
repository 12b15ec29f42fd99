#include "credentialstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace imprint {

namespace {

template <typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T> void fulfil(QPromise<T> &promise, T value)
{
    promise.addResult(std::move(value));
    promise.finish();
}

} // namespace

QStringList CredentialStore::tencentEnvironment()
{
    return {QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("TENCENTCLOUD_SECRET_KEY"),
            QStringLiteral("TENCENTCLOUD_SESSION_TOKEN")};
}

CredentialStore::CredentialStore(QString account, QStringList environment, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_environment(std::move(environment))
{}

// The keyring's refusal as a sentence. `errorString` comes from the keyring backend and never
// contains the secret.
Error CredentialStore::keyringError(const QKeychain::Job &job, const QString &doing) const
{
    // The variables of the id and the secret; a session token is optional.
    const QString variables = QLocale().createSeparatedList(m_environment.mid(0, 2));
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(
            ErrorCode::NotFound,
            tr("No API key is saved in the system keyring; enter one, or set %1.").arg(variables));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::Unsupported,
                     tr("No system keyring is available for %1 (%2); set %3 in the environment "
                        "instead.")
                         .arg(doing, job.errorString(), variables));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::StorageFailure,
                     tr("The system keyring refused %1 (%2); unlock the keyring and allow "
                        "Imprint access, then try again.")
                         .arg(doing, job.errorString()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error(ErrorCode::StorageFailure,
                 tr("The system keyring failed %1 (%2); try again, or use the environment "
                    "variables %3.")
                     .arg(doing, job.errorString(), variables));
}

std::optional<Credentials> CredentialStore::fromEnvironment(const QStringList &variables,
                                                            const QProcessEnvironment &environment)
{
    if (variables.size() < 2)
        return std::nullopt;
    Credentials c;
    c.secretId = environment.value(variables.at(0)).trimmed();
    c.secretKey = environment.value(variables.at(1)).trimmed();
    if (variables.size() > 2)
        c.token = environment.value(variables.at(2)).trimmed();
    if (!c.isComplete())
        return std::nullopt;
    return c;
}

QFuture<Result<Credentials>> CredentialStore::read()
{
    auto promise = startedPromise<Result<Credentials>>();
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(serviceName), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() != QKeychain::NoError) {
            fulfil<Result<Credentials>>(*promise, keyringError(*read, tr("reading the API key")));
            return;
        }
        const QJsonObject stored = QJsonDocument::fromJson(read->textData().toUtf8()).object();
        Credentials c;
        c.secretId = stored.value(QLatin1String("SecretId")).toString();
        c.secretKey = stored.value(QLatin1String("SecretKey")).toString();
        c.token = stored.value(QLatin1String("Token")).toString();
        if (!c.isComplete()) {
            fulfil<Result<Credentials>>(
                *promise, Error(ErrorCode::StorageFailure,
                                tr("The API key saved in the system keyring is incomplete; "
                                   "enter the SecretId and SecretKey again.")));
            return;
        }
        fulfil<Result<Credentials>>(*promise, c);
    });
    job->start();
    return promise->future();
}

QFuture<Status> CredentialStore::write(const Credentials &credentials)
{
    auto promise = startedPromise<Status>();
    if (!credentials.isComplete()) {
        fulfil<Status>(*promise, Error(ErrorCode::InvalidArgument,
                                       tr("Enter both the SecretId and the SecretKey.")));
        return promise->future();
    }
    // One entry holds the pair, so that id and key can never get out of step.
    QJsonObject stored{{QLatin1String("SecretId"), credentials.secretId},
                       {QLatin1String("SecretKey"), credentials.secretKey}};
    if (!credentials.token.isEmpty())
        stored.insert(QLatin1String("Token"), credentials.token);
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(serviceName), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    job->setTextData(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job *finished) {
        fulfil<Status>(*promise, keyringError(*finished, tr("saving the API key")));
    });
    job->start();
    return promise->future();
}

QFuture<Status> CredentialStore::remove()
{
    auto promise = startedPromise<Status>();
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(serviceName), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job *finished) {
        // Removing what is not there leaves the keyring as asked.
        Status status = finished->error() == QKeychain::EntryNotFound
                            ? Status()
                            : Status(keyringError(*finished, tr("removing the API key")));
        fulfil<Status>(*promise, status);
    });
    job->start();
    return promise->future();
}

} // namespace imprint
