#pragma once

#include "credentials.h"
#include "error.h"

#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace imprint {

// Where the Tencent Cloud API key comes from: the environment, under the names the official
// SDKs and tccli read (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and, for temporary keys,
// TENCENTCLOUD_SESSION_TOKEN), or the system keyring through QtKeychain (service "Imprint").
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

    // `account`: the keyring entry's key, one per saved key pair.
    explicit CredentialStore(QString account = QStringLiteral("tencentcloud"),
                             QObject *parent = nullptr);

    // Both SecretId and SecretKey set and non-empty, else nullopt.
    static std::optional<Credentials> fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // NotFound when nothing is saved; Unsupported when there is no keyring.
    QFuture<Result<Credentials>> read();
    QFuture<Status> write(const Credentials &credentials);
    QFuture<Status> remove();

    const QString &account() const { return m_account; }

private:
    QString m_account;
};

} // namespace imprint
