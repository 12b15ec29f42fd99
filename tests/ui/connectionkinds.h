#pragma once

#include "connectionkind.h"

// What a composition root might offer File > Connect and Settings: the embedded simulator,
// imprint-sim (an address), and a cloud with its own names for the key. The UI knows no cloud
// of its own, so its tests say what it is given.
inline QList<imprint::ConnectionKind> testConnectionKinds()
{
    using imprint::ConnectionKind;
    ConnectionKind simulator;
    simulator.id = QStringLiteral("simulator");
    simulator.name = QStringLiteral("Embedded simulator");
    simulator.help = QStringLiteral("No network.");

    ConnectionKind sim;
    sim.id = QStringLiteral("imprint-sim");
    sim.name = QStringLiteral("Local imprint-sim");
    sim.help = QStringLiteral("The simulator over HTTP.");
    sim.endpoint = ConnectionKind::Endpoint::Required;
    sim.needsKey = true;
    sim.keyIdLabel = QStringLiteral("SecretId");
    sim.secretLabel = QStringLiteral("SecretKey");
    sim.keyEnvironment = {QStringLiteral("IMPRINT_TEST_UNSET_ID"),
                          QStringLiteral("IMPRINT_TEST_UNSET_KEY")};

    ConnectionKind cloud;
    cloud.id = QStringLiteral("examplecloud");
    cloud.name = QStringLiteral("Example Cloud");
    cloud.help = QStringLiteral("A cloud with its own names for the key.");
    cloud.needsKey = true;
    cloud.keyIdLabel = QStringLiteral("AccessKey ID");
    cloud.secretLabel = QStringLiteral("AccessKey Secret");
    cloud.keyEnvironment = {QStringLiteral("IMPRINT_TEST_UNSET_AK"),
                            QStringLiteral("IMPRINT_TEST_UNSET_SK")};
    return {simulator, sim, cloud};
}
