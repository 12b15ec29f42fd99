#pragma once

#include "disk.h"
#include "image.h"
#include "instance.h"

#include <QString>

#include <optional>

namespace imprint {

// A UHost size as CreateUHostInstance and DescribeUHostInstance say it: MachineType, CPU and
// Memory (MB). The domain's instance types are named "<MachineType>-<CPU>C<GiB>G" ("N-2C4G"),
// so the two convert without a table.
struct UHostShape
{
    QString machineType; // "N", "O", ...
    int cpu = 0;
    qint64 memoryMb = 0;

    QString instanceType() const; // "N-2C4G"; empty when incomplete or not whole GiB
    static std::optional<UHostShape> fromInstanceType(const QString &instanceType);

    friend bool operator==(const UHostShape &, const UHostShape &) = default;
};

// Domain enums <-> UHost's enumerated strings (ucloud-sdk-go services/uhost models and enums,
// UCloudDoc-Team/api uhost-api/disk_type.md). Reading never fails on a value it does not know:
// an unknown image or host state reads as busy (Creating / Pending), as the design asks.
class UHostWireEnums
{
public:
    // DescribeImage State: Creating Making, Available Available, Failed and ToBeRepossessed
    // Unavailable, Copying Copying. Unknown -> Creating.
    static QString imageState(ImageState state);
    static ImageState imageStateFromWire(const QString &state);

    // UHostInstanceSet State: Pending Initializing, Starting, Running, Stopping, Stopped.
    // Reading also: Rebooting -> Starting, "Install Fail" / InstallFail -> Stopped,
    // unknown or "" (UCloud: status could not be fetched) -> Pending.
    static QString instanceState(InstanceState state);
    static InstanceState instanceStateFromWire(const QString &state);

    // DiskType, UCloud's own names: CloudPremium CLOUD_RSSD, CloudSsd CLOUD_SSD, CloudBasic
    // CLOUD_NORMAL (普通云盘), EconomyCloud CLOUD_SSD_ESSENTIAL (经济型 "SSD Essential" cloud
    // disk), Local LOCAL_NORMAL. Reading also: CLOUD_RSSD_ESSENTIAL -> EconomyCloud, LOCAL_SSD
    // and EXCLUSIVE_LOCAL_DISK -> Local; unknown -> nullopt.
    static QString diskType(DiskKind kind);
    static std::optional<DiskKind> diskKindFromWire(const QString &type);

    // ChargeType: Subscription Month, PayAsYouGo Dynamic. Reading: Year and Month are
    // Subscription; Dynamic, Postpay, Preemptive and anything else PayAsYouGo.
    static QString chargeType(BillingMethod billing);
    static BillingMethod chargeTypeFromWire(const QString &type);
    static QStringList chargeTypes();

    // OsType: Linux / Windows.
    static QString osType(OsType os);
    static OsType osTypeFromWire(const QString &type);

    // NetCapability: Normal (off) / Super (network enhancement 1.0); Ultra (2.0) reads as on.
    static QString netCapability(bool accelerated);
    static bool netCapabilityFromWire(const QString &capability);
    static QStringList netCapabilities();

    // GetRegion answers ids only. The names UCloud's console shows for the seed's regions
    // ("cn-bj2" -> "North China Two"), the id itself for any other; zones are "<region name>
    // Zone <letter>" from the id's number ("cn-bj2-05" -> "North China Two Zone E").
    static QString regionName(const QString &regionId);
    static QString zoneName(const QString &regionId, const QString &zoneId);
};

} // namespace imprint
