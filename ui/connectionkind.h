#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace imprint {

// One thing File > Connect and Settings offer, as the composition root (app/) describes it from
// its registry of remote kinds: the UI lists these and never names a cloud or a backend itself.
struct ConnectionKind
{
    enum class Endpoint {
        None,     // the kind knows where to go (the embedded simulator, a cloud's own endpoints)
        Required, // the user gives the address (imprint-sim)
    };
    QString id;   // "simulator", "imprint-sim", "tencent": the --backend value, saved in settings
    QString name; // "Tencent Cloud"
    QString help; // one sentence shown under the name
    Endpoint endpoint = Endpoint::None;
    bool needsKey = false;
    QString keyIdLabel;         // "SecretId"
    QString secretLabel;        // "SecretKey"
    QStringList keyEnvironment; // the variables that hold the key: id, secret, optional token

    // Whether the id's and the secret's variables are both set (the key need not be typed).
    bool environmentHasKey() const;
};

// What the user chose to connect to. The composition root turns it into a backend.
struct ConnectionChoice
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionChoice)

public:
    static constexpr const char *embeddedSimulator = "simulator";

    QString kindId = QLatin1String(embeddedSimulator); // a ConnectionKind::id
    QUrl endpoint;                                     // for kinds that need one
    QString secretId;  // empty: take credentials from the environment or the keyring
    QString secretKey; // held in memory only; never written to settings or logs
    bool rememberInKeyring = false;

    // Why the typed server address cannot be used, or empty when it can.
    static QString endpointProblem(const QString &typed);
};

} // namespace imprint
