// imprint-sim: Imprint's simulated cloud served over HTTP in the Tencent Cloud API 3.0 wire
// format, for the remote backend, the official SDKs and end-to-end tests.
#include "simserver.h"
#include "simserveroptions.h"

#include <QCoreApplication>

#include <cstdio>

using namespace imprint;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Imprint"));
    QCoreApplication::setApplicationName(QStringLiteral("imprint-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPRINT_VERSION));

    SimServerOptions options;
    QString text;
    int exitCode = 0;
    if (SimServerOptions::parse(QCoreApplication::arguments(),
                                QProcessEnvironment::systemEnvironment(), &options, &text,
                                &exitCode) == SimServerOptions::Outcome::Exit) {
        std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(text));
        return exitCode;
    }

    SimServer server(options);
    if (Status s = server.start(); !s) {
        std::fprintf(stderr, "imprint-sim: %s\n", qPrintable(s.error().message));
        return 1;
    }
    // The first line on stdout, always: tests and scripts read the address from it (with
    // --listen ...:0 it is the only way to learn the port).
    std::fprintf(stdout, "imprint-sim listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
