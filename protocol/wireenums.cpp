#include "wireenums.h"

namespace imprint {

QString WireEnums::cvmImageState(ImageState state)
{
    switch (state) {
    case ImageState::Creating:
        return QStringLiteral("CREATING");
    case ImageState::Available:
        return QStringLiteral("NORMAL");
    case ImageState::Failed:
        return QStringLiteral("CREATEFAILED");
    case ImageState::Copying:
        return QStringLiteral("SYNCING");
    case ImageState::ToBeRepossessed:
        return QStringLiteral("ISOLATED");
    }
    return QStringLiteral("CREATING");
}

ImageState WireEnums::cvmImageStateFromWire(const QString &state)
{
    if (state == QLatin1String("NORMAL") || state == QLatin1String("USING"))
        return ImageState::Available;
    if (state == QLatin1String("CREATEFAILED") || state == QLatin1String("IMPORTFAILED"))
        return ImageState::Failed;
    if (state == QLatin1String("SYNCING"))
        return ImageState::Copying;
    if (state == QLatin1String("ISOLATED"))
        return ImageState::ToBeRepossessed;
    return ImageState::Creating; // CREATING, IMPORTING, anything new: busy
}

QString WireEnums::blueprintState(ImageState state)
{
    // Same words as CVM for every state the domain has.
    return cvmImageState(state);
}

ImageState WireEnums::blueprintStateFromWire(const QString &state)
{
    if (state == QLatin1String("NORMAL"))
        return ImageState::Available;
    if (state == QLatin1String("SYNCING"))
        return ImageState::Copying;
    if (state == QLatin1String("CREATEFAILED") || state == QLatin1String("SYNCING_FAILED") ||
        state == QLatin1String("OFFLINE"))
        return ImageState::Failed;
    if (state == QLatin1String("ISOLATED") || state == QLatin1String("ISOLATING"))
        return ImageState::ToBeRepossessed;
    return ImageState::Creating; // CREATING (imprint-sim), DELETING, DESTROYING, unknown: busy
}

QString WireEnums::instanceState(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return QStringLiteral("RUNNING");
    case InstanceState::Stopping:
        return QStringLiteral("STOPPING");
    case InstanceState::Stopped:
        return QStringLiteral("STOPPED");
    case InstanceState::Starting:
        return QStringLiteral("STARTING");
    case InstanceState::Pending:
        return QStringLiteral("PENDING");
    }
    return QStringLiteral("PENDING");
}

InstanceState WireEnums::instanceStateFromWire(const QString &state)
{
    static const QStringList running{QStringLiteral("RUNNING"),
                                     QStringLiteral("SERVICE_LIVE_MIGRATE")};
    static const QStringList stopped{QStringLiteral("STOPPED"), QStringLiteral("LAUNCH_FAILED"),
                                     QStringLiteral("SHUTDOWN")};
    static const QStringList starting{QStringLiteral("STARTING"), QStringLiteral("REBOOTING"),
                                      QStringLiteral("EXIT_RESCUE_MODE"),
                                      QStringLiteral("EXIT_SERVICE_LIVE_MIGRATE")};
    static const QStringList stopping{QStringLiteral("STOPPING"),
                                      QStringLiteral("TERMINATING"),
                                      QStringLiteral("DELETING"),
                                      QStringLiteral("FREEZING"),
                                      QStringLiteral("ENTER_RESCUE_MODE"),
                                      QStringLiteral("RESCUE_MODE"),
                                      QStringLiteral("ENTER_SERVICE_LIVE_MIGRATE")};
    if (running.contains(state))
        return InstanceState::Running;
    if (stopped.contains(state))
        return InstanceState::Stopped;
    if (starting.contains(state))
        return InstanceState::Starting;
    if (stopping.contains(state))
        return InstanceState::Stopping;
    return InstanceState::Pending; // PENDING and anything new: busy
}

QString WireEnums::chargeType(BillingMethod billing)
{
    return billing == BillingMethod::Subscription ? QStringLiteral("PREPAID")
                                                  : QStringLiteral("POSTPAID_BY_HOUR");
}

BillingMethod WireEnums::chargeTypeFromWire(const QString &type)
{
    return type == QLatin1String("PREPAID") ? BillingMethod::Subscription
                                            : BillingMethod::PayAsYouGo;
}

QStringList WireEnums::chargeTypes()
{
    return {QStringLiteral("PREPAID"), QStringLiteral("POSTPAID_BY_HOUR"),
            QStringLiteral("CDHPAID"), QStringLiteral("SPOTPAID")};
}

QString WireEnums::diskType(DiskKind kind)
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return QStringLiteral("CLOUD_PREMIUM");
    case DiskKind::CloudSsd:
        return QStringLiteral("CLOUD_SSD");
    case DiskKind::CloudBasic:
    case DiskKind::EconomyCloud:
        return QStringLiteral("CLOUD_BASIC");
    case DiskKind::Local:
        return QStringLiteral("LOCAL_BASIC");
    }
    return QStringLiteral("CLOUD_PREMIUM");
}

std::optional<DiskKind> WireEnums::diskKindFromWire(const QString &type)
{
    if (type == QLatin1String("CLOUD_PREMIUM"))
        return DiskKind::CloudPremium;
    if (type == QLatin1String("CLOUD_BASIC"))
        return DiskKind::CloudBasic;
    if (type == QLatin1String("CLOUD_SSD") || type == QLatin1String("CLOUD_BSSD") ||
        type == QLatin1String("CLOUD_HSSD") || type == QLatin1String("CLOUD_TSSD"))
        return DiskKind::CloudSsd;
    if (type == QLatin1String("LOCAL_BASIC") || type == QLatin1String("LOCAL_SSD"))
        return DiskKind::Local;
    return std::nullopt;
}

QStringList WireEnums::diskTypes()
{
    return {QStringLiteral("CLOUD_BASIC"), QStringLiteral("CLOUD_PREMIUM"),
            QStringLiteral("CLOUD_SSD"),   QStringLiteral("CLOUD_BSSD"),
            QStringLiteral("CLOUD_HSSD"),  QStringLiteral("CLOUD_TSSD"),
            QStringLiteral("LOCAL_BASIC"), QStringLiteral("LOCAL_SSD")};
}

QString WireEnums::platformType(OsType os)
{
    return os == OsType::Windows ? QStringLiteral("WINDOWS") : QStringLiteral("LINUX_UNIX");
}

OsType WireEnums::osTypeFromPlatformType(const QString &type)
{
    return type == QLatin1String("WINDOWS") ? OsType::Windows : OsType::Linux;
}

QString WireEnums::platform(OsType os, const QString &osName)
{
    if (os == OsType::Windows)
        return QStringLiteral("Windows");
    const QString first = osName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    if (first.isEmpty() || osTypeFromName(first) == OsType::Windows)
        return QStringLiteral("Linux");
    return first;
}

OsType WireEnums::osTypeFromName(const QString &platformOrOsName)
{
    return platformOrOsName.contains(QLatin1String("windows"), Qt::CaseInsensitive)
               ? OsType::Windows
               : OsType::Linux;
}

} // namespace imprint
