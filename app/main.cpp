#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "translationloader.h"

#include <QApplication>

using namespace imprint;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Imprint"));
    QApplication::setApplicationName(QStringLiteral("imprint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Imprint"));
    QApplication::setApplicationVersion(QStringLiteral(IMPRINT_VERSION));
    installTranslations();

    CommandLineOptions options;
    int exitCode = 0;
    if (!CommandLineOptions::parse(QApplication::arguments(), &options, &exitCode))
        return exitCode;

    // Opening the store (and building a large demo world) or reaching a remote endpoint
    // happens off the GUI thread; the window shows its loading state meanwhile.
    ConsoleApplication console(options);
    console.start();
    return app.exec();
}
