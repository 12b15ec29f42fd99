#include "alibabacloudbackend.h"
#include "remotekindregistry.h"
#include "tencentcloudbackend.h"
#include "ucloudbackend.h"

#include <QCoreApplication>

// The remote kinds this build has. A new cloud adds its entry here, and nowhere else in app/.

namespace imprint {

namespace {

ConnectionKind tencentKey(ConnectionKind kind)
{
    kind.needsKey = true;
    kind.keyIdLabel = QStringLiteral("SecretId");
    kind.secretLabel = QStringLiteral("SecretKey");
    kind.keyEnvironment = {QStringLiteral("TENCENTCLOUD_SECRET_ID"),
                           QStringLiteral("TENCENTCLOUD_SECRET_KEY")};
    return kind;
}

std::unique_ptr<RemoteBackend> makeTencent(const QUrl &endpoint)
{
    TencentCloudBackend::Options options;
    options.endpoint = endpoint;
    return std::make_unique<TencentCloudBackend>(options);
}

std::unique_ptr<RemoteBackend> makeUCloud(const QUrl &endpoint)
{
    UCloudBackend::Options options;
    options.endpoint = endpoint;
    return std::make_unique<UCloudBackend>(options);
}

ConnectionKind ucloudKey(ConnectionKind kind)
{
    kind.needsKey = true;
    kind.keyIdLabel = QStringLiteral("PublicKey");
    kind.secretLabel = QStringLiteral("PrivateKey");
    kind.keyEnvironment = {QStringLiteral("UCLOUD_PUBLIC_KEY"),
                           QStringLiteral("UCLOUD_PRIVATE_KEY")};
    return kind;
}

std::unique_ptr<RemoteBackend> makeAlibaba(const QUrl &endpoint)
{
    AlibabaCloudBackend::Options options;
    options.endpoint = endpoint;
    return std::make_unique<AlibabaCloudBackend>(options);
}

// The names Alibaba Cloud's console and its own tools (aliyun CLI, SDK credential chain) use.
ConnectionKind alibabaKey(ConnectionKind kind)
{
    kind.needsKey = true;
    kind.keyIdLabel = QStringLiteral("AccessKey ID");
    kind.secretLabel = QStringLiteral("AccessKey Secret");
    kind.keyEnvironment = {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                           QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")};
    return kind;
}

RemoteKindRegistry makeBuiltIn()
{
    RemoteKindRegistry registry;

    RemoteKind sim;
    sim.kind.id = QStringLiteral("imprint-sim");
    sim.kind.name = QCoreApplication::translate("RemoteKinds", "Local imprint-sim");
    sim.kind.help = QCoreApplication::translate(
        "RemoteKinds", "imprint-sim: the simulator served over the Tencent Cloud API 3.0 "
                       "protocol (CVM and Lighthouse).");
    sim.kind.endpoint = ConnectionKind::Endpoint::Required;
    sim.kind = tencentKey(sim.kind);
    // A local imprint-sim takes the key it was started with, not a Tencent Cloud account's.
    sim.kind.keyEnvironment = {QStringLiteral("IMPRINT_SIM_SECRET_ID"),
                               QStringLiteral("IMPRINT_SIM_SECRET_KEY")};
    sim.keyringAccount = QStringLiteral("imprint-sim");
    sim.make = makeTencent;
    registry.add(sim);

    RemoteKind tencent;
    tencent.kind.id = QStringLiteral("tencent");
    tencent.kind.name = QCoreApplication::translate("RemoteKinds", "Tencent Cloud");
    tencent.kind.help = QCoreApplication::translate(
        "RemoteKinds", "Tencent Cloud itself (CVM and Lighthouse), with your API key.");
    tencent.kind = tencentKey(tencent.kind);
    tencent.keyringAccount = QStringLiteral("tencentcloud");
    tencent.make = [](const QUrl &) { return makeTencent({}); };
    registry.add(tencent);

    RemoteKind uhostSim;
    uhostSim.kind.id = QStringLiteral("imprint-sim-uhost");
    uhostSim.kind.name = QCoreApplication::translate("RemoteKinds", "Local imprint-sim (UHost)");
    uhostSim.kind.help = QCoreApplication::translate(
        "RemoteKinds", "imprint-sim: the simulator served over UCloud's API (UHost).");
    uhostSim.kind.endpoint = ConnectionKind::Endpoint::Required;
    uhostSim.kind = ucloudKey(uhostSim.kind);
    // A local imprint-sim takes the key it was started with, not a UCloud account's.
    uhostSim.kind.keyEnvironment = {QStringLiteral("IMPRINT_SIM_SECRET_ID"),
                                    QStringLiteral("IMPRINT_SIM_SECRET_KEY")};
    uhostSim.keyringAccount = QStringLiteral("imprint-sim");
    uhostSim.make = makeUCloud;
    registry.add(uhostSim);

    RemoteKind ucloud;
    ucloud.kind.id = QStringLiteral("ucloud");
    ucloud.kind.name = QCoreApplication::translate("RemoteKinds", "UCloud");
    ucloud.kind.help = QCoreApplication::translate(
        "RemoteKinds", "UCloud itself (UHost), with your API key pair.");
    ucloud.kind = ucloudKey(ucloud.kind);
    ucloud.keyringAccount = QStringLiteral("ucloud");
    ucloud.make = [](const QUrl &) { return makeUCloud({}); };
    registry.add(ucloud);

    RemoteKind ecsSim;
    ecsSim.kind.id = QStringLiteral("imprint-sim-ecs");
    ecsSim.kind.name = QCoreApplication::translate("RemoteKinds", "Local imprint-sim (ECS)");
    ecsSim.kind.help = QCoreApplication::translate(
        "RemoteKinds", "imprint-sim: the simulator served over Alibaba Cloud's ECS API.");
    ecsSim.kind.endpoint = ConnectionKind::Endpoint::Required;
    ecsSim.kind = alibabaKey(ecsSim.kind);
    // A local imprint-sim takes the key it was started with, not an Alibaba Cloud account's.
    ecsSim.kind.keyEnvironment = {QStringLiteral("IMPRINT_SIM_SECRET_ID"),
                                  QStringLiteral("IMPRINT_SIM_SECRET_KEY")};
    ecsSim.keyringAccount = QStringLiteral("imprint-sim");
    ecsSim.make = makeAlibaba;
    registry.add(ecsSim);

    RemoteKind alibaba;
    alibaba.kind.id = QStringLiteral("alibaba");
    alibaba.kind.name = QCoreApplication::translate("RemoteKinds", "Alibaba Cloud");
    alibaba.kind.help = QCoreApplication::translate(
        "RemoteKinds", "Alibaba Cloud itself (ECS), with your AccessKey pair.");
    alibaba.kind = alibabaKey(alibaba.kind);
    alibaba.keyringAccount = QStringLiteral("alibabacloud");
    alibaba.make = [](const QUrl &) { return makeAlibaba({}); };
    registry.add(alibaba);

    return registry;
}

} // namespace

const RemoteKindRegistry &RemoteKindRegistry::builtIn()
{
    static const RemoteKindRegistry registry = makeBuiltIn();
    return registry;
}

} // namespace imprint
