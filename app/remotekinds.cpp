#include "alibabacloudbackend.h"
#include "remotekindregistry.h"
#include "tencentcloudbackend.h"
#include "ucloudbackend.h"

#include <QCoreApplication>

// The remote kinds this build has. A new cloud adds its entry here, and nowhere else in app/.

namespace imprint {

namespace {

template <typename CloudBackend> std::unique_ptr<RemoteBackend> make(const QUrl &endpoint)
{
    typename CloudBackend::Options options;
    options.endpoint = endpoint; // empty: the cloud's own endpoints
    return std::make_unique<CloudBackend>(options);
}

// What a cloud's two kinds share: the key's labels as the cloud's console names them, where its
// own tools read the key from, and the backend.
struct Cloud
{
    QString keyIdLabel;
    QString secretLabel;
    QStringList keyEnvironment;
    QString keyringAccount;
    std::function<std::unique_ptr<RemoteBackend>(const QUrl &)> make;
};

// A cloud adds two kinds: imprint-sim speaking its API at an address the user gives, with the
// key imprint-sim was started with, and the cloud itself with the account's key.
void addCloud(RemoteKindRegistry &registry, const Cloud &cloud, const QString &id,
              const QString &name, const QString &help, const QString &simId,
              const QString &simName, const QString &simHelp)
{
    RemoteKind sim;
    sim.kind.id = simId;
    sim.kind.name = simName;
    sim.kind.help = simHelp;
    sim.kind.endpoint = ConnectionKind::Endpoint::Required;
    sim.kind.needsKey = true;
    sim.kind.keyIdLabel = cloud.keyIdLabel;
    sim.kind.secretLabel = cloud.secretLabel;
    sim.kind.keyEnvironment = {QStringLiteral("IMPRINT_SIM_SECRET_ID"),
                               QStringLiteral("IMPRINT_SIM_SECRET_KEY")};
    sim.keyringAccount = QStringLiteral("imprint-sim");
    sim.make = cloud.make;
    registry.add(sim);

    RemoteKind real;
    real.kind.id = id;
    real.kind.name = name;
    real.kind.help = help;
    real.kind.needsKey = true;
    real.kind.keyIdLabel = cloud.keyIdLabel;
    real.kind.secretLabel = cloud.secretLabel;
    real.kind.keyEnvironment = cloud.keyEnvironment;
    real.keyringAccount = cloud.keyringAccount;
    real.make = [make = cloud.make](const QUrl &) { return make({}); };
    registry.add(real);
}

RemoteKindRegistry makeBuiltIn()
{
    RemoteKindRegistry registry;
    addCloud(registry,
             {QStringLiteral("SecretId"),
              QStringLiteral("SecretKey"),
              {QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("TENCENTCLOUD_SECRET_KEY")},
              QStringLiteral("tencentcloud"),
              make<TencentCloudBackend>},
             QStringLiteral("tencent"), QCoreApplication::translate("RemoteKinds", "Tencent Cloud"),
             QCoreApplication::translate(
                 "RemoteKinds", "Tencent Cloud itself (CVM and Lighthouse), with your API key."),
             QStringLiteral("imprint-sim"),
             QCoreApplication::translate("RemoteKinds", "Local imprint-sim"),
             QCoreApplication::translate(
                 "RemoteKinds", "imprint-sim: the simulator served over the Tencent Cloud API "
                                "3.0 protocol (CVM and Lighthouse)."));
    addCloud(registry,
             {QStringLiteral("PublicKey"),
              QStringLiteral("PrivateKey"),
              {QStringLiteral("UCLOUD_PUBLIC_KEY"), QStringLiteral("UCLOUD_PRIVATE_KEY")},
              QStringLiteral("ucloud"),
              make<UCloudBackend>},
             QStringLiteral("ucloud"), QCoreApplication::translate("RemoteKinds", "UCloud"),
             QCoreApplication::translate("RemoteKinds",
                                         "UCloud itself (UHost), with your API key pair."),
             QStringLiteral("imprint-sim-uhost"),
             QCoreApplication::translate("RemoteKinds", "Local imprint-sim (UHost)"),
             QCoreApplication::translate(
                 "RemoteKinds", "imprint-sim: the simulator served over UCloud's API (UHost)."));
    // The names Alibaba Cloud's console and its own tools (aliyun CLI, SDK credential chain) use.
    addCloud(registry,
             {QStringLiteral("AccessKey ID"),
              QStringLiteral("AccessKey Secret"),
              {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
               QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")},
              QStringLiteral("alibabacloud"),
              make<AlibabaCloudBackend>},
             QStringLiteral("alibaba"), QCoreApplication::translate("RemoteKinds", "Alibaba Cloud"),
             QCoreApplication::translate("RemoteKinds",
                                         "Alibaba Cloud itself (ECS), with your AccessKey pair."),
             QStringLiteral("imprint-sim-ecs"),
             QCoreApplication::translate("RemoteKinds", "Local imprint-sim (ECS)"),
             QCoreApplication::translate(
                 "RemoteKinds", "imprint-sim: the simulator served over Alibaba Cloud's ECS API."));
    return registry;
}

} // namespace

const RemoteKindRegistry &RemoteKindRegistry::builtIn()
{
    static const RemoteKindRegistry registry = makeBuiltIn();
    return registry;
}

} // namespace imprint
