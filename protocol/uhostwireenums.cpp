#include "uhostwireenums.h"

#include <QHash>
#include <QRegularExpression>

namespace imprint {

QString UHostShape::instanceType() const
{
    if (machineType.isEmpty() || cpu <= 0 || memoryMb <= 0 || memoryMb % 1024 != 0)
        return {};
    return QStringLiteral("%1-%2C%3G").arg(machineType).arg(cpu).arg(memoryMb / 1024);
}

std::optional<UHostShape> UHostShape::fromInstanceType(const QString &instanceType)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z][A-Z0-9.]*)-(\\d+)C(\\d+)G$"));
    const QRegularExpressionMatch m = pattern.match(instanceType);
    if (!m.hasMatch())
        return std::nullopt;
    bool cpuOk = false;
    bool memOk = false;
    UHostShape shape{m.captured(1), m.captured(2).toInt(&cpuOk), m.captured(3).toLongLong(&memOk)};
    if (!cpuOk || !memOk || shape.cpu <= 0 || shape.memoryMb <= 0 || shape.memoryMb > (1 << 20))
        return std::nullopt;
    shape.memoryMb *= 1024;
    return shape;
}

QString UHostWireEnums::imageState(ImageState state)
{
    switch (state) {
    case ImageState::Creating:
        return QStringLiteral("Making");
    case ImageState::Available:
        return QStringLiteral("Available");
    case ImageState::Copying:
        return QStringLiteral("Copying");
    case ImageState::Failed:
    case ImageState::ToBeRepossessed:
        return QStringLiteral("Unavailable");
    }
    return QStringLiteral("Making");
}

ImageState UHostWireEnums::imageStateFromWire(const QString &state)
{
    if (state == QLatin1String("Available"))
        return ImageState::Available;
    if (state == QLatin1String("Unavailable"))
        return ImageState::Failed;
    if (state == QLatin1String("Copying"))
        return ImageState::Copying;
    return ImageState::Creating;
}

QString UHostWireEnums::instanceState(InstanceState state)
{
    switch (state) {
    case InstanceState::Pending:
        return QStringLiteral("Initializing");
    case InstanceState::Starting:
        return QStringLiteral("Starting");
    case InstanceState::Running:
        return QStringLiteral("Running");
    case InstanceState::Stopping:
        return QStringLiteral("Stopping");
    case InstanceState::Stopped:
        return QStringLiteral("Stopped");
    }
    return QStringLiteral("Initializing");
}

InstanceState UHostWireEnums::instanceStateFromWire(const QString &state)
{
    static const QHash<QString, InstanceState> table{
        {QStringLiteral("Initializing"), InstanceState::Pending},
        {QStringLiteral("Starting"), InstanceState::Starting},
        {QStringLiteral("Rebooting"), InstanceState::Starting},
        {QStringLiteral("Running"), InstanceState::Running},
        {QStringLiteral("Stopping"), InstanceState::Stopping},
        {QStringLiteral("Stopped"), InstanceState::Stopped},
        {QStringLiteral("Install Fail"), InstanceState::Stopped},
        {QStringLiteral("InstallFail"), InstanceState::Stopped},
    };
    return table.value(state, InstanceState::Pending);
}

QString UHostWireEnums::diskType(DiskKind kind)
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return QStringLiteral("CLOUD_RSSD");
    case DiskKind::CloudSsd:
        return QStringLiteral("CLOUD_SSD");
    case DiskKind::CloudBasic:
        return QStringLiteral("CLOUD_NORMAL");
    case DiskKind::EconomyCloud:
        return QStringLiteral("CLOUD_SSD_ESSENTIAL");
    case DiskKind::Local:
        return QStringLiteral("LOCAL_NORMAL");
    }
    return QStringLiteral("CLOUD_SSD");
}

std::optional<DiskKind> UHostWireEnums::diskKindFromWire(const QString &type)
{
    static const QHash<QString, DiskKind> table{
        {QStringLiteral("CLOUD_RSSD"), DiskKind::CloudPremium},
        {QStringLiteral("CLOUD_SSD"), DiskKind::CloudSsd},
        {QStringLiteral("CLOUD_NORMAL"), DiskKind::CloudBasic},
        {QStringLiteral("CLOUD_SSD_ESSENTIAL"), DiskKind::EconomyCloud},
        {QStringLiteral("CLOUD_RSSD_ESSENTIAL"), DiskKind::EconomyCloud},
        {QStringLiteral("LOCAL_NORMAL"), DiskKind::Local},
        {QStringLiteral("LOCAL_SSD"), DiskKind::Local},
        {QStringLiteral("EXCLUSIVE_LOCAL_DISK"), DiskKind::Local},
    };
    const auto it = table.constFind(type);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

QString UHostWireEnums::chargeType(BillingMethod billing)
{
    return billing == BillingMethod::Subscription ? QStringLiteral("Month")
                                                  : QStringLiteral("Dynamic");
}

BillingMethod UHostWireEnums::chargeTypeFromWire(const QString &type)
{
    return type == QLatin1String("Month") || type == QLatin1String("Year")
               ? BillingMethod::Subscription
               : BillingMethod::PayAsYouGo;
}

QStringList UHostWireEnums::chargeTypes()
{
    return {QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Dynamic"),
            QStringLiteral("Postpay")};
}

QString UHostWireEnums::osType(OsType os)
{
    return os == OsType::Windows ? QStringLiteral("Windows") : QStringLiteral("Linux");
}

OsType UHostWireEnums::osTypeFromWire(const QString &type)
{
    return type.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0 ? OsType::Windows
                                                                            : OsType::Linux;
}

QString UHostWireEnums::netCapability(bool accelerated)
{
    return accelerated ? QStringLiteral("Super") : QStringLiteral("Normal");
}

bool UHostWireEnums::netCapabilityFromWire(const QString &capability)
{
    return capability == QLatin1String("Super") || capability == QLatin1String("Ultra");
}

QStringList UHostWireEnums::netCapabilities()
{
    return {QStringLiteral("Normal"), QStringLiteral("Super"), QStringLiteral("Ultra")};
}

QString UHostWireEnums::regionName(const QString &regionId)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("cn-bj1"), QStringLiteral("North China One")},
        {QStringLiteral("cn-bj2"), QStringLiteral("North China Two")},
        {QStringLiteral("cn-sh2"), QStringLiteral("Shanghai Two")},
        {QStringLiteral("cn-gd"), QStringLiteral("Guangdong")},
        {QStringLiteral("hk"), QStringLiteral("Hong Kong")},
        {QStringLiteral("us-ca"), QStringLiteral("California")},
    };
    return names.value(regionId, regionId);
}

QString UHostWireEnums::zoneName(const QString &regionId, const QString &zoneId)
{
    // "cn-bj2-05": the number after the region id counts zones from A.
    bool ok = false;
    const int n = zoneId.startsWith(regionId + QLatin1Char('-'))
                      ? zoneId.mid(regionId.size() + 1).toInt(&ok)
                      : 0;
    if (!ok || n < 1 || n > 26)
        return zoneId;
    return QStringLiteral("%1 Zone %2").arg(regionName(regionId), QChar(u'A' + (n - 1)));
}

} // namespace imprint
