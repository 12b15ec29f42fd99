// Composition root: the only place that names a concrete backend.
#include "clock.h"
#include "commandlineoptions.h"
#include "mainwindow.h"
#include "simulatorbackend.h"
#include "translationloader.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

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

    if (!QDir().mkpath(options.dataDir)) {
        QMessageBox::critical(
            nullptr, QApplication::applicationDisplayName(),
            QApplication::translate("main", "Cannot create the data folder %1. Choose another "
                                            "one with --data-dir.")
                .arg(options.dataDir));
        return 1;
    }

    SimulatorBackend backend(std::make_unique<ScaledClock>(options.simSpeed));
    SimulatorBackend::Options backendOptions;
    backendOptions.databasePath = options.databasePath();
    backendOptions.resetDemo = options.resetDemo;
    backendOptions.demoScale = options.demoScale;

    MainWindow window(&backend);
    window.show();
    // Opening the store (and building a large demo world) happens in the simulator's thread;
    // the window shows its loading state meanwhile and loads when the backend is ready.
    window.waitForBackend(backend.start(backendOptions));
    return app.exec();
}
