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

QString CommandLineOptions::parseAccount(const QString &value, const QList<ConnectionKind> &kinds,
                                         AccountSpec *account)
{
    const QStringList parts = value.split(QLatin1Char(','));
    const QString kindId = parts.first().trimmed().toLower();
    const ConnectionKind *kind = nullptr;
    QStringList ids;
    for (const ConnectionKind &k : kinds) {
        ids << k.id;
        if (k.id == kindId)
            kind = &k;
    }
    if (!kind)
        return QCoreApplication::translate(
                   "main", "--account starts with the kind of account, one of %1, not \"%2\".")
            .arg(QLocale().createSeparatedList(ids), parts.first());
    *account = AccountSpec();
    account->kindId = kind->id;
    account->transient = true;
    bool keyGiven = false;
    for (const QString &part : parts.mid(1)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString field = part.left(equals).trimmed();
        const QString text = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        if (field == QLatin1String("name") && !text.isEmpty()) {
            account->name = text;
        } else if (field == QLatin1String("endpoint") &&
                   kind->endpoint == ConnectionKind::Endpoint::Required) {
            const QString why = ConnectionChoice::endpointProblem(text);
            if (!why.isEmpty())
                return QCoreApplication::translate("main", "--account %1: %2").arg(kind->id, why);
            account->endpoint = QUrl::fromUserInput(text);
        } else if (field == QLatin1String("endpoint")) {
            return QCoreApplication::translate("main",
                                               "--account %1 takes no endpoint: it knows where "
                                               "to go.")
                .arg(kind->id);
        } else if ((field == QLatin1String("key-env") || field == QLatin1String("key")) &&
                   !kind->needsKey) {
            return QCoreApplication::translate("main", "--account %1 needs no key.").arg(kind->id);
        } else if (field == QLatin1String("key-env") && !keyGiven) {
            const QStringList names = text.split(QLatin1Char(':'));
            account->keySource = AccountSpec::KeySource::Environment;
            account->keyEnvironment = names;
            if (names.size() != 2 || names.contains(QString()))
                return QCoreApplication::translate(
                           "main",
                           "--account %1: key-env takes the two environment variables that hold "
                           "the key, as ID_VAR:SECRET_VAR, not \"%2\".")
                    .arg(kind->id, text);
            keyGiven = true;
        } else if (field == QLatin1String("key") && text == QLatin1String("keyring") && !keyGiven) {
            account->keySource = AccountSpec::KeySource::Keyring;
            keyGiven = true;
        } else if (field == QLatin1String("key") || field == QLatin1String("key-env")) {
            // Never the key itself: a command line is visible to every user of the machine.
            return QCoreApplication::translate(
                       "main", "--account %1 takes the key from key-env=ID_VAR:SECRET_VAR or "
                               "key=keyring, once; never the key itself, which other users "
                               "could read from the command line.")
                .arg(kind->id);
        } else {
            return QCoreApplication::translate(
                       "main", "--account %1: \"%2\" is not name=, endpoint=, key-env= or "
                               "key=keyring.")
                .arg(kind->id, part);
        }
    }
    if (kind->endpoint == ConnectionKind::Endpoint::Required && account->endpoint.isEmpty())
        return QCoreApplication::translate(
                   "main", "--account %1 needs endpoint= with the server's address, e.g. "
                           "%1,endpoint=http://127.0.0.1:8080.")
            .arg(kind->id);
    return {};
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
    const QCommandLineOption account(
        QStringLiteral("account"),
        QCoreApplication::translate(
            "main",
            "Adds an account for this run only; repeat it for several. Written "
            "KIND[,name=NAME][,endpoint=URL][,key-env=ID_VAR:SECRET_VAR|key=keyring], where KIND "
            "is one of the kinds --backend takes. The key comes from the two environment "
            "variables key-env names, or from the account's entry in the system keyring "
            "(key=keyring, the default, falling back to the kind's usual variables); the key "
            "itself is never accepted here. There is one embedded simulator: if your saved "
            "accounts "
            "already have it enabled, --account simulator uses that one, under the name given "
            "here if any. Example: --account "
            "imprint-sim,name=Staging,endpoint=http://127.0.0.1:8080,key-env=STAGING_ID:"
            "STAGING_KEY"),
        QStringLiteral("spec"));
    parser.addOptions(
        {dataDir, simSpeed, resetDemo, demoScale, backend, endpoint, account, language});

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
    options->accounts.clear();
    for (const QString &value : parser.values(account)) {
        AccountSpec spec;
        const QString why = parseAccount(value, kinds, &spec);
        if (!why.isEmpty())
            return fail(why);
        spec.id = QStringLiteral("cli%1").arg(options->accounts.size() + 1);
        const ConnectionKind &kind = kinds.at(ids.indexOf(spec.kindId));
        if (spec.name.isEmpty())
            spec.name = AccountSpec::freeName(kind, options->accounts);
        const QString problem = AccountSpec::problem(spec, kind, options->accounts);
        if (!problem.isEmpty())
            return fail(
                QCoreApplication::translate("main", "--account %1: %2").arg(value, problem));
        options->accounts << spec;
    }
    *exitCode = 0;
    return true;
}

} // namespace imprint
