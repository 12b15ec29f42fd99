#pragma once

#include "credentials.h"
#include "faultinjector.h"
#include "httpfrontend.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// imprint-sim's command line and environment. Parsing lives apart from main() so that it can be
// tested without starting a server.
struct SimServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(SimServerOptions)

public:
    static constexpr quint16 defaultPort = 8080; // the connection dialog's example address

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = defaultPort; // 0: any free port (printed on the first line of stdout)
    QString dataDir;            // the simulator's folder; the store is <dataDir>/simulator.sqlite
    double simSpeed = 60;       // simulated seconds per wall-clock second, as the GUI's default
    bool resetDemo = false;
    int demoScale = 0;
    // The one key pair whose signatures are accepted. Never printed: see credentials.h.
    Credentials credentials;
    FaultSpec faults;
    std::optional<quint64> faultsSeed; // none: a random seed, logged so a run can be replayed
    HttpFrontend::Options http;        // size limits, timeouts, connection limit
    // imprint-sim speaks plain HTTP: an address beyond loopback needs --listen-beyond-loopback,
    // and then signatures must cover the action, version and region (requireSignedAction).
    bool requireSignedAction = false; // --require-signed-action; always on beyond loopback

    bool beyondLoopback() const { return !address.isLoopback(); }

    QString databasePath() const;
    // The GUI's default folder (the embedded simulator's), so both show the same world.
    static QString defaultDataDir();

    enum class Outcome { Run, Exit };
    // Parses arguments (argv[0] first) and the key pair from the environment when the command
    // line has none: IMPRINT_SIM_SECRET_ID/IMPRINT_SIM_SECRET_KEY, then TENCENTCLOUD_SECRET_ID/
    // TENCENTCLOUD_SECRET_KEY. Exit: *text is the help/version text (exit code 0) or an error
    // sentence (exit code 2).
    static Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment,
                         SimServerOptions *options, QString *text, int *exitCode);
    // "127.0.0.1:8080", "[::1]:0"; false for anything else.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace imprint
