#include "simserveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace imprint {

QString SimServerOptions::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("simulator.sqlite"));
}

QString SimServerOptions::defaultDataDir()
{
    // The GUI's AppDataLocation (organisation "Imprint", application "imprint"), spelled out:
    // this executable has its own application name.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Imprint/imprint"));
}

bool SimServerOptions::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = t.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':'))) // an IPv6 address needs its brackets
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return false;
    bool ok = false;
    const uint value = t.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *address = parsed;
    *port = quint16(value);
    return true;
}

SimServerOptions::Outcome SimServerOptions::parse(const QStringList &arguments,
                                                  const QProcessEnvironment &environment,
                                                  SimServerOptions *options, QString *text,
                                                  int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimServerOptions::tr(
        "imprint-sim: Imprint's simulated cloud served over HTTP in the Tencent Cloud API 3.0 "
        "wire format (CVM and Lighthouse), for the remote backend, the official SDKs and "
        "tests.\n\nThe key pair it accepts comes from --secret-id/--secret-key or, better "
        "(the command line is visible to other users), from IMPRINT_SIM_SECRET_ID and "
        "IMPRINT_SIM_SECRET_KEY, else TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        SimServerOptions::tr(
            "Address and port to listen on (default: 127.0.0.1:%1). Port 0 picks a free port; "
            "the first line on stdout always says where it listens.")
            .arg(defaultPort),
        QStringLiteral("addr:port"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        SimServerOptions::tr(
            "Folder of the simulator's state, the same store as the GUI's (default: %1). Do not "
            "open one folder from two simulators at once.")
            .arg(defaultDataDir()),
        QStringLiteral("dir"));
    const QCommandLineOption simSpeed(
        QStringLiteral("sim-speed"),
        SimServerOptions::tr("Simulated seconds per real second (default: 60)."),
        QStringLiteral("factor"), QStringLiteral("60"));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset-demo"),
        SimServerOptions::tr("Discard the simulator's state and build a new demo world."));
    const QCommandLineOption demoScale(
        QStringLiteral("demo-scale"),
        SimServerOptions::tr(
            "With --reset-demo or on first start: a large account of about N thousand images "
            "and instances."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption secretId(QStringLiteral("secret-id"),
                                      SimServerOptions::tr("SecretId of the accepted key pair."),
                                      QStringLiteral("id"));
    const QCommandLineOption secretKey(QStringLiteral("secret-key"),
                                       SimServerOptions::tr("SecretKey of the accepted key pair."),
                                       QStringLiteral("key"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        SimServerOptions::tr(
            "Inject faults, e.g. latency=200ms:0.3,drop=0.2,http5xx=0.05,ratelimit=0.1 (rates "
            "0..1). Half of the drop/http5xx faults strike before the action runs, "
            "half after it ran and only the answer is lost: clients must retry safely. A "
            "ratelimit fault always strikes before the action."),
        QStringLiteral("spec"));
    const QCommandLineOption faultsSeed(
        QStringLiteral("faults-seed"),
        SimServerOptions::tr("Seed for --faults, so that a run fails the same requests again."),
        QStringLiteral("N"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        SimServerOptions::tr(
            "Largest request body accepted; larger ones get 413 before they are read (default "
            "10485760, 10 MB)."),
        QStringLiteral("bytes"), QStringLiteral("10485760"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        SimServerOptions::tr(
            "Most connections open at once (default 1024, fewer when file descriptors are "
            "fewer); the longest-idle one makes room for a new one."),
        QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        SimServerOptions::tr(
            "Seconds from a request's first byte to its last header field (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        SimServerOptions::tr("Seconds a connection may sit idle between requests (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption beyondLoopback(
        QStringLiteral("listen-beyond-loopback"),
        SimServerOptions::tr(
            "Allow --listen on an address other than loopback. imprint-sim speaks plain HTTP: "
            "anyone on the network can read its traffic and capture signed requests. Turns on "
            "--require-signed-action."));
    const QCommandLineOption requireSigned(
        QStringLiteral("require-signed-action"),
        SimServerOptions::tr(
            "Refuse API 3.0 requests whose signature does not cover X-TC-Action, X-TC-Version "
            "and X-TC-Region (and ECS V3 requests that do not sign x-acs-action and "
            "x-acs-version), so that a captured request cannot be sent as another action. On "
            "whenever imprint-sim listens beyond loopback."));
    parser.addOptions({listen, dataDir, simSpeed, resetDemo, demoScale, secretId, secretKey, faults,
                       faultsSeed, maxBody, maxConnections, headerTimeout, idleTimeout,
                       beyondLoopback, requireSigned});

    auto fail = [&](const QString &message) {
        *text = message;
        *exitCode = 2;
        return Outcome::Exit;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        *text = parser.helpText();
        *exitCode = 0;
        return Outcome::Exit;
    }
    if (parser.isSet(version)) {
        *text = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                            QCoreApplication::applicationVersion());
        *exitCode = 0;
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(SimServerOptions::tr("imprint-sim takes no positional arguments; see --help."));

    SimServerOptions o;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &o.address, &o.port))
        return fail(SimServerOptions::tr(
                        "--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:0, not \"%1\".")
                        .arg(parser.value(listen)));
    o.requireSignedAction = parser.isSet(requireSigned);
    if (o.beyondLoopback()) {
        if (!parser.isSet(beyondLoopback))
            return fail(SimServerOptions::tr(
                            "imprint-sim speaks plain HTTP: listening on %1 would let anyone on "
                            "the network read its traffic and capture signed requests. Add "
                            "--listen-beyond-loopback to do so deliberately, or listen on "
                            "127.0.0.1.")
                            .arg(o.address.toString()));
        o.requireSignedAction = true;
    }
    o.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    bool ok = false;
    o.simSpeed = parser.value(simSpeed).toDouble(&ok);
    if (!ok || !(o.simSpeed > 0) || o.simSpeed > 100000)
        return fail(SimServerOptions::tr(
                        "--sim-speed takes a number above 0 and at most 100000, not \"%1\".")
                        .arg(parser.value(simSpeed)));
    o.resetDemo = parser.isSet(resetDemo);
    o.demoScale = parser.value(demoScale).toInt(&ok);
    if (!ok || o.demoScale < 0 || o.demoScale > 1000)
        return fail(
            SimServerOptions::tr("--demo-scale takes a whole number from 0 to 1000, not \"%1\".")
                .arg(parser.value(demoScale)));

    o.http.limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || o.http.limits.maxBodyBytes < 0)
        return fail(
            SimServerOptions::tr("--max-body-bytes takes a whole number of bytes, not \"%1\".")
                .arg(parser.value(maxBody)));
    o.http.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || o.http.maxConnections < 1)
        return fail(
            SimServerOptions::tr("--max-connections takes a whole number from 1 up, not \"%1\".")
                .arg(parser.value(maxConnections)));
    const double header = parser.value(headerTimeout).toDouble(&ok);
    if (!ok || !(header > 0) || header > 3600)
        return fail(SimServerOptions::tr(
                        "--header-timeout takes seconds above 0 and at most 3600, not \"%1\".")
                        .arg(parser.value(headerTimeout)));
    o.http.headerTimeoutMs = int(header * 1000);
    const double idle = parser.value(idleTimeout).toDouble(&ok);
    if (!ok || !(idle > 0) || idle > 86400)
        return fail(SimServerOptions::tr(
                        "--idle-timeout takes seconds above 0 and at most 86400, not \"%1\".")
                        .arg(parser.value(idleTimeout)));
    o.http.idleTimeoutMs = int(idle * 1000);

    // The key pair: the command line, else our variables, else the SDKs' usual ones. A pair is
    // taken whole from one place, so that two sources never mix into a pair nobody holds.
    if (parser.isSet(secretId) || parser.isSet(secretKey)) {
        o.credentials.secretId = parser.value(secretId);
        o.credentials.secretKey = parser.value(secretKey);
    } else if (environment.contains(QStringLiteral("IMPRINT_SIM_SECRET_ID")) ||
               environment.contains(QStringLiteral("IMPRINT_SIM_SECRET_KEY"))) {
        o.credentials.secretId = environment.value(QStringLiteral("IMPRINT_SIM_SECRET_ID"));
        o.credentials.secretKey = environment.value(QStringLiteral("IMPRINT_SIM_SECRET_KEY"));
    } else {
        o.credentials.secretId = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
        o.credentials.secretKey = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
    }
    o.credentials.secretId = o.credentials.secretId.trimmed();
    if (!o.credentials.isComplete())
        return fail(SimServerOptions::tr(
            "imprint-sim needs the API key pair it should accept: pass --secret-id "
            "and --secret-key, or set IMPRINT_SIM_SECRET_ID and "
            "IMPRINT_SIM_SECRET_KEY (or TENCENTCLOUD_SECRET_ID and "
            "TENCENTCLOUD_SECRET_KEY), then start it again."));

    QString why;
    const std::optional<FaultSpec> spec = FaultSpec::parse(parser.value(faults), &why);
    if (!spec)
        return fail(why);
    o.faults = *spec;
    if (parser.isSet(faultsSeed)) {
        const quint64 seed = parser.value(faultsSeed).toULongLong(&ok);
        if (!ok)
            return fail(SimServerOptions::tr(
                            "--faults-seed takes a whole number from 0 to 18446744073709551615, "
                            "not \"%1\".")
                            .arg(parser.value(faultsSeed)));
        o.faultsSeed = seed;
    }
    *options = o;
    return Outcome::Run;
}

} // namespace imprint
