#pragma once

#include "credentials.h"
#include "error.h"

#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

namespace imprint {

// Where a cloud's API key comes from: the environment, under the names the cloud's official
// SDKs read (for Tencent Cloud TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and, for
// temporary keys, TENCENTCLOUD_SESSION_TOKEN), or the system keyring through QtKeychain
// (service "Imprint", one entry per cloud).
//
// Never a plain-text settings file: the keyring jobs run without QtKeychain's insecure
// fallback, so with no keyring available writing fails with an error that says so instead of
// quietly putting the SecretKey on disk.
//
// The keyring jobs run in the caller's thread (they talk to the keyring asynchronously); each
// call answers once, with a sentence for the user when it fails.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *serviceName = "Imprint";

    // The environment variables of a key: id, secret and (optional) session token.
    static QStringList tencentEnvironment();

    // `account`: the keyring entry's key, one per saved key pair. `environment`: the variables
    // the messages point to when the keyring has nothing or is unavailable.
    explicit CredentialStore(QString account = QStringLiteral("tencentcloud"),
                             QStringList environment = tencentEnvironment(),
                             QObject *parent = nullptr);

    // Both the id and the secret set and non-empty, else nullopt. `variables`: id, secret and
    // optionally the session token's name.
    static std::optional<Credentials> fromEnvironment(
        const QStringList &variables,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Tencent Cloud's variables.
    static std::optional<Credentials> fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return fromEnvironment(tencentEnvironment(), environment);
    }

    // NotFound when nothing is saved; Unsupported when there is no keyring.
    QFuture<Result<Credentials>> read();
    QFuture<Status> write(const Credentials &credentials);
    QFuture<Status> remove();

    const QString &account() const { return m_account; }

private:
    Error keyringError(const QKeychain::Job &job, const QString &doing) const;

    QString m_account;
    QStringList m_environment;
};

} // namespace imprint
