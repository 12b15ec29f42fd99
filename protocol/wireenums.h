#pragma once

#include "disk.h"
#include "image.h"
#include "instance.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// Domain enums <-> the API's enumerated strings, for both directions and both products.
//
// Reading never fails on a value it does not know: the cloud adds states over time, and a
// client that errors on a new state is broken until updated. An unknown image or instance
// state reads as busy (Creating / Pending), as the design asks; the tables below say where
// each documented value lands when the domain has no exact twin.
class WireEnums
{
public:
    // CVM ImageState (reference §3.4). ToBeRepossessed has no CVM twin; imprint-sim writes
    // "ISOLATED" (the Lighthouse word) so that the state survives the wire.
    //   write: Creating CREATING, Available NORMAL, Failed CREATEFAILED, Copying SYNCING,
    //          ToBeRepossessed ISOLATED
    //   read also: IMPORTING -> Creating, IMPORTFAILED -> Failed, USING -> Available
    static QString cvmImageState(ImageState state);
    static ImageState cvmImageStateFromWire(const QString &state);

    // Lighthouse BlueprintState (§4.1). The documented list has no creating state; imprint-sim
    // writes "CREATING" for one (design.md) and every reader takes unknown values as busy.
    //   write: Creating CREATING, Available NORMAL, Failed CREATEFAILED, Copying SYNCING,
    //          ToBeRepossessed ISOLATED (an overdue account's images are isolated)
    //   read also: OFFLINE, SYNCING_FAILED -> Failed; ISOLATING -> ToBeRepossessed;
    //              DELETING, DESTROYING -> Creating (busy, about to go)
    static QString blueprintState(ImageState state);
    static ImageState blueprintStateFromWire(const QString &state);

    // InstanceState, one vocabulary for CVM (§3.2) and Lighthouse (§4.3).
    //   write: Pending PENDING, Running RUNNING, Stopped STOPPED, Starting STARTING,
    //          Stopping STOPPING
    //   read also: REBOOTING, EXIT_RESCUE_MODE, EXIT_SERVICE_LIVE_MIGRATE -> Starting;
    //              TERMINATING, DELETING, FREEZING, ENTER_RESCUE_MODE, RESCUE_MODE,
    //              ENTER_SERVICE_LIVE_MIGRATE -> Stopping; LAUNCH_FAILED, SHUTDOWN -> Stopped;
    //              SERVICE_LIVE_MIGRATE -> Running; unknown -> Pending
    static QString instanceState(InstanceState state);
    static InstanceState instanceStateFromWire(const QString &state);

    // InstanceChargeType: Subscription PREPAID, PayAsYouGo POSTPAID_BY_HOUR. Reading: PREPAID is
    // Subscription, everything else (SPOTPAID, CDHPAID, unknown) is PayAsYouGo.
    static QString chargeType(BillingMethod billing);
    static BillingMethod chargeTypeFromWire(const QString &type);
    static QStringList chargeTypes(); // every documented value

    // DiskType (§3.10). Writing: CloudPremium CLOUD_PREMIUM, CloudSsd CLOUD_SSD, CloudBasic and
    // EconomyCloud (a UHost kind with no Tencent twin) CLOUD_BASIC, Local LOCAL_BASIC.
    // Reading: CLOUD_BSSD/HSSD/TSSD are SSDs, LOCAL_SSD is Local; unknown -> nullopt.
    static QString diskType(DiskKind kind);
    static std::optional<DiskKind> diskKindFromWire(const QString &type);
    static QStringList diskTypes(); // every documented value

    // Lighthouse PlatformType: LINUX_UNIX / WINDOWS.
    static QString platformType(OsType os);
    static OsType osTypeFromPlatformType(const QString &type);
    // CVM Platform ("Windows", "CentOS", "Ubuntu", ...): Windows, else the OS name's first word.
    static QString platform(OsType os, const QString &osName);
    // Windows when the platform or OS name says so (CVM instances carry only OsName).
    static OsType osTypeFromName(const QString &platformOrOsName);
};

} // namespace imprint
