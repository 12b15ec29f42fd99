#include "tencenterrorcodes.h"

#include <QList>

#include <optional>

namespace imprint {

namespace {

// Both: imprint-sim sends it and the client reads it back. ReceiveOnly: codes the cloud may send
// that imprint-sim never chooses (placed before the Both rules they must win over).
enum class Direction { Both, ReceiveOnly };

struct Rule
{
    std::optional<Product> product; // nullopt: every service
    QString action;                 // empty: every action of the product
    ErrorCode code;
    QString wire;
    Direction direction = Direction::Both;
};

QList<Rule> buildRules()
{
    QList<Rule> r;
    auto add = [&r](std::optional<Product> p, const QStringList &actions, ErrorCode code,
                    const char *wire, Direction d = Direction::Both) {
        if (actions.isEmpty())
            r.append({p, QString(), code, QLatin1String(wire), d});
        for (const QString &a : actions)
            r.append({p, a, code, QLatin1String(wire), d});
    };
    const auto recv = Direction::ReceiveOnly;
    using E = ErrorCode;

    // ---- CVM, per action (reference §3.5-§3.11) ----
    const auto cvm = std::optional<Product>(Product::Cvm);
    const QStringList createImage{QStringLiteral("CreateImage")};
    add(cvm, createImage, E::NotFound, "InvalidInstanceId.NotFound");
    add(cvm, createImage, E::SnapshotSelectionInvalid, "InvalidParameter.SystemSnapshotNotFound");
    add(cvm, createImage, E::SnapshotSelectionInvalid, "InvalidParameter.DuplicateSystemSnapshots",
        recv);
    add(cvm, createImage, E::DiskNotAssociable, "InvalidParameter.LocalDataDiskNotSupport");

    const QStringList deleteImages{QStringLiteral("DeleteImages")};
    add(cvm, deleteImages, E::NotFound, "InvalidImageId.NotFound");
    add(cvm, deleteImages, E::ImageBusy, "InvalidImageId.IncorrectState");
    add(cvm, deleteImages, E::ImageBusy, "MutexOperation.TaskRunning", recv);
    add(cvm, deleteImages, E::ImageBusy, "InvalidImageId.InShared", recv);

    const QStringList syncImages{QStringLiteral("SyncImages")};
    add(cvm, syncImages, E::NotFound, "InvalidImageId.NotFound");
    add(cvm, syncImages, E::CrossRegionNotSupported, "InvalidRegion.Unavailable");
    add(cvm, syncImages, E::CrossRegionNotSupported, "UnsupportedOperation.Region", recv);
    add(cvm, syncImages, E::RegionMismatch, "InvalidParameterValue.InvalidRegion");
    add(cvm, syncImages, E::ImageBusy, "FailedOperation.InvalidImageState", recv);

    const QStringList modifyImage{QStringLiteral("ModifyImageAttribute")};
    add(cvm, modifyImage, E::NotFound, "InvalidImageId.NotFound");
    add(cvm, modifyImage, E::ImageBusy, "InvalidImageId.IncorrectState");

    const QStringList runInstances{QStringLiteral("RunInstances"),
                                   QStringLiteral("InquiryPriceRunInstances")};
    add(cvm, runInstances, E::NotFound, "InvalidImageId.NotFound");
    add(cvm, runInstances, E::ImageNotAvailable, "InvalidParameterValue.InvalidImageState");
    add(cvm, runInstances, E::QuotaExceeded, "LimitExceeded.InstanceQuota");
    add(cvm, runInstances, E::ZoneNotAllowed, "InvalidParameterValue.ZoneNotSupported");
    add(cvm, runInstances, E::ZoneNotAllowed,
        "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance", recv);
    add(cvm, runInstances, E::ZoneNotAllowed, "ResourceInsufficient.AvailabilityZoneSoldOut", recv);
    add(cvm, runInstances, E::RegionMismatch, "InvalidZone.MismatchRegion");
    add(cvm, runInstances, E::InstanceTypeNotAllowed,
        "InvalidParameterValue.InvalidImageForGivenInstanceType");
    add(cvm, runInstances, E::InstanceTypeNotAllowed, "ResourceInsufficient.SpecifiedInstanceType",
        recv);
    add(cvm, runInstances, E::InvalidCount, "InvalidParameterValue.LimitExceeded");
    add(cvm, runInstances, E::InvalidName, "InvalidInstanceName.TooLong");
    // Tencent documents no code of its own for a ClientToken resent with other parameters;
    // this is CVM's documented code for parameters that contradict each other.
    add(cvm, runInstances, E::ClientTokenReused, "InvalidParameterConflict");

    const QStringList start{QStringLiteral("StartInstances")};
    add(cvm, start, E::NotFound, "InvalidInstanceId.NotFound");
    // Starting what cannot start: most often it is already running.
    add(cvm, start, E::InvalidInstanceState, "UnsupportedOperation.InstanceStateRunning");
    const QStringList stop{QStringLiteral("StopInstances")};
    add(cvm, stop, E::NotFound, "InvalidInstanceId.NotFound");
    add(cvm, stop, E::InvalidInstanceState, "UnsupportedOperation.InstanceStateStopped");

    // ---- CVM, every action ----
    // A too-long image name or description: the reference lists both codes for CreateImage and
    // cannot say which the server picks (§6.1). Giving each its own keeps them apart.
    add(cvm, {}, E::InvalidName, "InvalidParameter.ValueTooLarge");
    add(cvm, {}, E::InvalidDescription, "InvalidParameterValue.TooLarge");
    add(cvm, {}, E::DuplicateName, "InvalidImageName.Duplicate");
    add(cvm, {}, E::QuotaExceeded, "ImageQuotaLimitExceeded");
    add(cvm, {}, E::AccountOverdue, "InvalidAccount.InsufficientBalance");
    add(cvm, {}, E::InstanceBusy, "OperationDenied.InstanceOperationInProgress");
    add(cvm, {}, E::InvalidInstanceState, "InvalidInstanceState"); // errors.go general code
    add(cvm, {}, E::ImageBusy, "InvalidParameterValue.InvalidImageState");
    add(cvm, {}, E::ImageNotAvailable, "InvalidImageId.IncorrectState");

    // ---- Lighthouse, per action (reference §4) ----
    const auto lh = std::optional<Product>(Product::Lighthouse);
    add(lh, {QStringLiteral("CreateBlueprint")}, E::NotFound,
        "ResourceNotFound.InstanceIdNotFound");
    const QStringList deleteBp{QStringLiteral("DeleteBlueprints")};
    add(lh, deleteBp, E::NotFound, "ResourceNotFound.BlueprintIdNotFound");
    // Here "Duplicated" is about the id list, not a name.
    add(lh, deleteBp, E::InvalidArgument, "InvalidParameterValue.Duplicated", recv);
    add(lh, {QStringLiteral("ModifyBlueprintAttribute")}, E::NotFound,
        "ResourceNotFound.BlueprintIdNotFound");

    const QStringList createInstances{QStringLiteral("CreateInstances")};
    add(lh, createInstances, E::NotFound, "ResourceNotFound.BlueprintIdNotFound");
    add(lh, createInstances, E::ImageNotAvailable, "InvalidParameterValue.InvalidBlueprintId");
    add(lh, createInstances, E::QuotaExceeded, "LimitExceeded.InstanceQuotaLimitExceeded");
    add(lh, createInstances, E::ZoneNotAllowed, "InvalidParameterValue.InvalidZone");
    add(lh, createInstances, E::RegionMismatch, "InvalidParameterValue.InvalidZone");
    add(lh, createInstances, E::InstanceTypeNotAllowed,
        "InvalidParameterValue.BundleAndBlueprintNotMatch");
    add(lh, createInstances, E::InstanceTypeNotAllowed,
        "InvalidParameter.BundleAndBlueprintNotMatch", recv);
    add(lh, createInstances, E::InstanceTypeNotAllowed, "InvalidParameterValue.InvalidBundle",
        recv);
    add(lh, createInstances, E::InstanceTypeNotAllowed, "ResourcesSoldOut.BundleSoldOut", recv);
    add(lh, createInstances, E::InvalidName, "InvalidParameterValue.InstanceNameTooLong");
    // As for CVM: Lighthouse's documented code for conflicting parameters.
    add(lh, createInstances, E::ClientTokenReused, "InvalidParameter.Conflict");

    const QStringList lhStartStop{QStringLiteral("StartInstances"),
                                  QStringLiteral("StopInstances")};
    add(lh, lhStartStop, E::NotFound, "ResourceNotFound.InstanceIdNotFound");

    // ---- Lighthouse, every action ----
    add(lh, {}, E::InvalidName, "InvalidParameterValue.TooLong");
    add(lh, {}, E::InvalidDescription, "InvalidParameterValue.TooLong");
    // No duplicate-name code is documented for blueprints; "Duplicated" is the documented
    // Lighthouse code for a repeated value.
    add(lh, {}, E::DuplicateName, "InvalidParameterValue.Duplicated");
    add(lh, {}, E::QuotaExceeded, "LimitExceeded.BlueprintQuotaLimitExceeded");
    add(lh, {}, E::AccountOverdue, "FailedOperation.InsufficientBalance");
    add(lh, {}, E::InstanceBusy, "UnsupportedOperation.LatestOperationUnfinished");
    add(lh, {}, E::InvalidInstanceState, "UnsupportedOperation.InvalidInstanceState");
    // A running instance without ForcePowerOff: the instance is in the wrong state for it.
    add(lh, {}, E::ShutdownConsentRequired, "UnsupportedOperation.InvalidInstanceState");
    add(lh, {}, E::ImageBusy, "UnsupportedOperation.BlueprintCurStateInvalid");
    add(lh, {}, E::ImageBusy, "UnsupportedOperation.BlueprintOccupied", recv);
    add(lh, {}, E::ImageBusy, "UnsupportedOperation.BlueprintLatestOperationUnfinished", recv);
    add(lh, {}, E::ImageBusy, "OperationDenied.BlueprintOperationInProgress", recv);
    add(lh, {}, E::ImageNotAvailable, "UnsupportedOperation.BlueprintCurStateInvalid");

    // ---- Common codes (reference §1.4), every service ----
    const std::optional<Product> any;
    add(any, {}, E::InvalidArgument, "MissingParameter", recv);
    add(any, {}, E::RemoteError, "InternalError", recv);
    add(any, {}, E::Unsupported, "InvalidAction", recv);
    add(any, {}, E::NotFound, "ResourceNotFound");
    add(any, {}, E::InvalidArgument, "InvalidParameterValue");
    add(any, {}, E::InvalidName, "InvalidParameterValue");
    add(any, {}, E::InvalidDescription, "InvalidParameterValue");
    add(any, {}, E::InvalidCount, "InvalidParameterValue");
    add(any, {}, E::DuplicateName, "InvalidParameterValue");
    add(any, {}, E::SnapshotSelectionInvalid, "InvalidParameterValue");
    add(any, {}, E::ZoneNotAllowed, "InvalidParameterValue");
    add(any, {}, E::InstanceTypeNotAllowed, "InvalidParameterValue");
    add(any, {}, E::RegionMismatch, "InvalidParameterValue");
    add(any, {}, E::ProjectRequired, "MissingParameter");
    add(any, {}, E::QuotaExceeded, "LimitExceeded");
    add(any, {}, E::Unsupported, "UnsupportedOperation");
    add(any, {}, E::ShutdownConsentRequired, "UnsupportedOperation");
    add(any, {}, E::DiskNotAssociable, "UnsupportedOperation");
    add(any, {}, E::CrossRegionNotSupported, "UnsupportedOperation");
    add(any, {}, E::LocalDiskNotAllowed, "UnsupportedOperation");
    add(any, {}, E::InvalidInstanceState, "UnsupportedOperation");
    add(any, {}, E::InstanceBusy, "ResourceInUse");
    add(any, {}, E::ImageBusy, "ResourceInUse");
    add(any, {}, E::SnapshotBoundToImage, "ResourceInUse");
    add(any, {}, E::ImageNotAvailable, "ResourceUnavailable");
    // Failures on the server's side of the wire; the client reports them as RemoteError.
    add(any, {}, E::StorageFailure, "InternalError");
    add(any, {}, E::RemoteError, "InternalError");
    add(any, {}, E::Network, "InternalError");
    add(any, {}, E::Timeout, "InternalError");
    add(any, {}, E::Cancelled, "InternalError");
    return r;
}

const QList<Rule> &rules()
{
    static const QList<Rule> all = buildRules();
    return all;
}

// 0: this product and action; 1: this product, any action; 2: any product.
bool inScope(const Rule &rule, int scope, Product product, const QString &action)
{
    switch (scope) {
    case 0:
        return rule.product == product && !rule.action.isEmpty() && rule.action == action;
    case 1:
        return rule.product == product && rule.action.isEmpty();
    default:
        return !rule.product.has_value();
    }
}

ErrorCode fromFamily(const QString &w)
{
    auto starts = [&w](const char *p) { return w.startsWith(QLatin1String(p)); };
    auto ends = [&w](const char *s) { return w.endsWith(QLatin1String(s)); };
    if (ends("InsufficientBalance"))
        return ErrorCode::AccountOverdue;
    if (starts("AuthFailure"))
        return ErrorCode::RemoteError;
    if (ends("NotFound"))
        return ErrorCode::NotFound;
    // "LimitExceeded.*", "ImageQuotaLimitExceeded", "InstancesQuotaLimitExceeded"; but not
    // "InvalidParameterValue.LimitExceeded" (too many values) or "RequestLimitExceeded" (rate).
    if (starts("LimitExceeded") || (!w.contains(QLatin1Char('.')) && ends("QuotaLimitExceeded")))
        return ErrorCode::QuotaExceeded;
    if (starts("UnsupportedOperation.InstanceState") || w == QLatin1String("InvalidInstanceState"))
        return ErrorCode::InvalidInstanceState;
    if (starts("OperationDenied") || starts("MutexOperation") || starts("ResourceInUse"))
        return ErrorCode::InstanceBusy;
    if (starts("ResourceUnavailable"))
        return ErrorCode::ImageNotAvailable;
    if (starts("Invalid") || starts("MissingParameter") || starts("UnknownParameter"))
        return ErrorCode::InvalidArgument;
    if (starts("Unsupported") || starts("ActionOffline") || starts("NoSuch"))
        return ErrorCode::Unsupported;
    return ErrorCode::RemoteError;
}

} // namespace

QString TencentErrorCodes::toWire(Product product, const QString &action, ErrorCode code)
{
    if (code == ErrorCode::None)
        return {};
    for (int scope = 0; scope < 3; ++scope)
        for (const Rule &rule : rules())
            if (rule.direction == Direction::Both && rule.code == code &&
                inScope(rule, scope, product, action))
                return rule.wire;
    return QStringLiteral("FailedOperation");
}

ErrorCode TencentErrorCodes::fromWire(Product product, const QString &action,
                                      const QString &wireCode)
{
    if (wireCode.isEmpty())
        return ErrorCode::None;
    for (int scope = 0; scope < 3; ++scope)
        for (const Rule &rule : rules())
            if (rule.wire == wireCode && inScope(rule, scope, product, action))
                return rule.code;
    return fromFamily(wireCode);
}

ErrorCode TencentErrorCodes::fromWire(const QString &wireCode)
{
    if (wireCode.isEmpty())
        return ErrorCode::None;
    for (const Rule &rule : rules())
        if (!rule.product && rule.wire == wireCode)
            return rule.code;
    return fromFamily(wireCode);
}

} // namespace imprint
