#include "commandlineoptions.h"

#include "appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

namespace imprint {

QString CommandLineOptions::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

QString CommandLineOptions::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("simulator.sqlite"));
}

bool CommandLineOptions::parse(const QStringList &arguments, const QList<ConnectionKind> &kinds,
                               CommandLineOptions *options, int *exitCode)
{
    // "simulator (Embedded simulator)", ... from the registry: --help lists what this build has.
    QStringList offered;
    QStringList ids;
    for (const ConnectionKind &kind : kinds) {
        ids << kind.id;
        offered << QCoreApplication::translate("main", "%1 (%2)").arg(kind.id, kind.name);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Imprint: a console for custom machine images on Tencent Cloud Lighthouse, "
                "Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the simulator's state (default: %1).")
            .arg(options->dataDir.isEmpty() ? AppSettings::defaultDataDir() : options->dataDir),
        QStringLiteral("dir"));
    const QCommandLineOption simSpeed(
        QStringLiteral("sim-speed"),
        QCoreApplication::translate(
            "main", "Simulated seconds per real second (default: %1; at 60 a ten-minute image "
                    "takes ten seconds).")
            .arg(options->simSpeed),
        QStringLiteral("factor"));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset-demo"),
        QCoreApplication::translate("main",
                                    "Discard the simulator's state and build a new demo world."));
    const QCommandLineOption demoScale(
        QStringLiteral("demo-scale"),
        QCoreApplication::translate(
            "main", "With --reset-demo or on first start: build a large account with about N "
                    "thousand images and N thousand instances (e.g. 100)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        QCoreApplication::translate(
            "main", "What to connect to: %1. A cloud's key comes from its environment variables "
                    "or the system keyring. Default: the last choice, else simulator.")
            .arg(QLocale().createSeparatedList(offered)),
        QStringLiteral("kind"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        QCoreApplication::translate(
            "main", "The server's address for kinds that need one (imprint-sim), e.g. "
                    "http://127.0.0.1:8080."),
        QStringLiteral("url"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "main", "Language of the interface: zh_CN (Simplified Chinese) or en (English). "
                    "Default: the one chosen in Settings, else the system's."),
        QStringLiteral("language"));
    parser.addOptions({dataDir, simSpeed, resetDemo, demoScale, backend, endpoint, language});

    auto fail = [exitCode](const QString &message) {
        std::fprintf(stderr, "imprint: %s\n", qPrintable(message));
        *exitCode = 2;
        return false;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    options->dataDirGiven = parser.isSet(dataDir);
    if (options->dataDirGiven)
        options->dataDir = parser.value(dataDir);
    else if (options->dataDir.isEmpty())
        options->dataDir = AppSettings::defaultDataDir();
    bool ok = false;
    if (parser.isSet(simSpeed)) {
        options->simSpeed = parser.value(simSpeed).toDouble(&ok);
        if (!ok || options->simSpeed <= 0 || options->simSpeed > AppSettings::MaxSimSpeed)
            return fail(QCoreApplication::translate(
                            "main", "--sim-speed takes a number above 0 and at most 100000, "
                                    "not \"%1\".")
                            .arg(parser.value(simSpeed)));
    }
    if (parser.isSet(language)) {
        options->language = parser.value(language);
        if (!AppSettings::languages().contains(options->language))
            return fail(QCoreApplication::translate("main", "--lang takes zh_CN or en, not \"%1\".")
                            .arg(options->language));
    }
    options->demoScale = parser.value(demoScale).toInt(&ok);
    if (!ok || options->demoScale < 0 || options->demoScale > 1000)
        return fail(QCoreApplication::translate(
                        "main", "--demo-scale takes a whole number from 0 to 1000, not \"%1\".")
                        .arg(parser.value(demoScale)));
    options->resetDemo = parser.isSet(resetDemo);
    options->backend = parser.value(backend).toLower();
    const qsizetype chosen = ids.indexOf(options->backend);
    if (!options->backend.isEmpty() && chosen < 0)
        return fail(QCoreApplication::translate("main", "--backend takes %1, not \"%2\".")
                        .arg(QLocale().createSeparatedList(ids), parser.value(backend)));
    options->endpoint = QUrl::fromUserInput(parser.value(endpoint));
    if (chosen >= 0 && kinds.at(chosen).endpoint == ConnectionKind::Endpoint::Required &&
        (!parser.isSet(endpoint) || !options->endpoint.isValid()))
        return fail(QCoreApplication::translate(
                        "main", "--backend %1 needs --endpoint with the server's address, e.g. "
                                "http://127.0.0.1:8080.")
                        .arg(options->backend));
    *exitCode = 0;
    return true;
}

} // namespace imprint
