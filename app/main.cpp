#include "allocatortuning.h"
#include "appsettings.h"
#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "fontwarmup.h"
#include "remotekindregistry.h"
#include "translationloader.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

using namespace imprint;

int main(int argc, char *argv[])
{
    avoidAllocatorStalls();
    QApplication app(argc, argv);
    warmUpFonts(); // while the settings, translations and backend are being opened
    QApplication::setOrganizationName(QStringLiteral("Imprint"));
    QApplication::setApplicationName(QStringLiteral("imprint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Imprint"));
    QApplication::setApplicationVersion(QStringLiteral(IMPRINT_VERSION));
    // The launcher's name: lets the desktop match windows to org.example.Imprint.desktop (and
    // its icon) on Wayland as well as X11.
    QApplication::setDesktopFileName(QStringLiteral("org.example.Imprint"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.example.Imprint"),
                         QIcon(QStringLiteral(":/icons/org.example.Imprint.svg"))));
    installTranslations(CommandLineOptions::languageArgument(QApplication::arguments()));

    // Settings give the defaults; the command line overrides them for this run.
    const AppSettings settings;
    CommandLineOptions options;
    options.simSpeed = settings.simSpeed();
    options.dataDir = settings.dataDir();
    int exitCode = 0;
    if (!CommandLineOptions::parse(QApplication::arguments(),
                                   RemoteKindRegistry::builtIn().connectionKinds(), &options,
                                   &exitCode))
        return exitCode;

    // Opening the store (and building a large demo world) or reaching a remote endpoint
    // happens off the GUI thread; the window shows its loading state meanwhile.
    if (options.dataDirGiven)
        AppSettings::keepIn(options.dataDir);

    ConsoleApplication console(options);
    console.start();
    return app.exec();
}
