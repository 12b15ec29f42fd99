#include "ecserrorcodes.h"

#include <QList>
#include <QStringList>

namespace imprint {

namespace {

// Both: imprint-sim sends it and the client reads it back. ReceiveOnly: codes the cloud (or a
// dispatcher, choosing remoteCode itself) may send that toWire never picks.
enum class Direction { Both, ReceiveOnly };

struct Rule
{
    QString action; // empty: every action
    ErrorCode code;
    QString wire;
    int status;
    Direction direction = Direction::Both;
};

const QString kCreateImage = QStringLiteral("CreateImage");
const QString kCopyImage = QStringLiteral("CopyImage");
const QString kCancelCopyImage = QStringLiteral("CancelCopyImage");
const QString kDeleteImage = QStringLiteral("DeleteImage");
const QString kModifyImageAttribute = QStringLiteral("ModifyImageAttribute");
const QString kTagResources = QStringLiteral("TagResources");
const QString kUntagResources = QStringLiteral("UntagResources");
const QString kRunInstances = QStringLiteral("RunInstances");
const QString kStartInstance = QStringLiteral("StartInstance");
const QString kStopInstance = QStringLiteral("StopInstance");

QList<Rule> buildRules()
{
    QList<Rule> r;
    const auto recv = Direction::ReceiveOnly;
    auto add = [&r](const QStringList &actions, ErrorCode code, const char *wire, int status,
                    Direction d = Direction::Both) {
        if (actions.isEmpty())
            r.append({QString(), code, QLatin1String(wire), status, d});
        for (const QString &a : actions)
            r.append({a, code, QLatin1String(wire), status, d});
    };
    using E = ErrorCode;

    // ---- CreateImage (reference §2.1) ----
    add({kCreateImage}, E::NotFound, "InvalidInstanceId.NotFound", 404);
    add({kCreateImage}, E::NotFound, "InvalidSnapshotId.NotFound", 404, recv);
    // A snapshot of another region is not visible from this one.
    add({kCreateImage}, E::RegionMismatch, "InvalidSnapshotId.NotFound", 404);
    add({kCreateImage}, E::SnapshotSelectionInvalid, "OperationDenied", 403);
    add({kCreateImage}, E::InstanceBusy, "IncorrectInstanceStatus", 400);
    add({kCreateImage}, E::InvalidInstanceState, "IncorrectInstanceStatus", 400);
    add({kCreateImage}, E::InvalidArgument, "InvalidParamter.Conflict", 403, recv); // sic
    add({kCreateImage}, E::InvalidArgument, "IdempotenceParamNotMatch", 400, recv);
    add({kCreateImage}, E::InstanceBusy, "IncorrectDiskStatus.CreatingSnapshot", 403, recv);

    // ---- CopyImage, CancelCopyImage (§2.2) ----
    add({kCopyImage, kCancelCopyImage}, E::NotFound, "InvalidImageId.NotFound", 404);
    add({kCopyImage}, E::NotFound, "DestinationRegion.NotFound", 400, recv);
    add({kCopyImage}, E::CrossRegionNotSupported, "IncorrectDestinationRegion", 403);
    add({kCopyImage}, E::RegionMismatch, "IncorrectDestinationRegion", 403);
    add({kCopyImage, kCancelCopyImage}, E::ImageNotAvailable, "IncorrectImageStatus", 400);
    add({kCopyImage, kCancelCopyImage}, E::ImageBusy, "IncorrectImageStatus", 400);
    add({kCopyImage}, E::ImageBusy, "OperationDenied.ImageCopying", 403, recv);

    // ---- DeleteImage (§2.3) ----
    add({kDeleteImage}, E::NotFound, "InvalidImageId.NotFound", 404);
    add({kDeleteImage}, E::ImageBusy, "OperationDenied.ImageCopying", 403);
    add({kDeleteImage}, E::ImageBusy, "ImageUsingByInstance", 403, recv);
    add({kDeleteImage}, E::ImageBusy, "ImageUseShared", 403, recv);
    add({kDeleteImage}, E::ImageBusy, "ImageIsImporting", 403, recv);

    // ---- ModifyImageAttribute (§2.5) ----
    add({kModifyImageAttribute}, E::NotFound, "InvalidImageId.NotFound", 404);
    add({kModifyImageAttribute}, E::ImageBusy, "IncorrectImageStatus", 400);

    // ---- TagResources, UntagResources (the error tables of the ECS "Tags" API pages; the
    // docs give the missing-parameter codes 404) ----
    const QStringList tagging{kTagResources, kUntagResources};
    add(tagging, E::NotFound, "InvalidResourceId.NotFound", 404);
    add(tagging, E::Unsupported, "InvalidResourceId.NotSupported", 403);
    add(tagging, E::NotFound, "InvalidResourceType.NotFound", 404, recv);
    add(tagging, E::InvalidArgument, "MissingParameter.ResourceType", 404, recv);
    add(tagging, E::InvalidArgument, "MissingParameter.Tags", 404, recv);
    add(tagging, E::InvalidArgument, "NumberExceed.ResourceIds", 400, recv);
    add(tagging, E::InvalidArgument, "NumberExceed.Tags", 400, recv);
    add(tagging, E::InvalidArgument, "Duplicate.TagKey", 400, recv);
    add(tagging, E::InvalidArgument, "InvalidTagKey.Malformed", 400, recv);
    add(tagging, E::InvalidArgument, "InvalidTagValue.Malformed", 400, recv);
    add(tagging, E::InvalidArgument, "OperationDenied.QuotaExceed", 400, recv);

    // ---- RunInstances (§2.6; the RunInstances error table) ----
    add({kRunInstances}, E::NotFound, "InvalidImageId.NotFound", 404);
    add({kRunInstances}, E::ImageNotAvailable, "IncorrectImageStatus", 400);
    add({kRunInstances}, E::ImageBusy, "IncorrectImageStatus", 400);
    add({kRunInstances}, E::ZoneNotAllowed, "Zone.NotOnSale", 400);
    add({kRunInstances}, E::RegionMismatch, "InvalidParameter.Mismatch", 400);
    add({kRunInstances}, E::InstanceTypeNotAllowed, "InvalidInstanceType.ValueNotSupported", 400);
    add({kRunInstances}, E::LocalDiskNotAllowed, "InvalidDiskCategory.NotSupported", 403);
    add({kRunInstances}, E::QuotaExceeded, "QuotaExceed.AfterpayInstance", 400);
    add({kRunInstances}, E::InvalidCount, "InvalidParameter.Amount", 400);
    add({kRunInstances}, E::InvalidName, "InvalidInstanceName.Malformed", 400);
    add({kRunInstances}, E::InvalidArgument, "InvalidParameter.Conflict", 400, recv);

    // ---- StartInstance, StopInstance (§2.6) ----
    add({kStartInstance, kStopInstance}, E::NotFound, "InvalidInstanceId.NotFound", 404);
    add({kStartInstance, kStopInstance}, E::InvalidInstanceState, "IncorrectInstanceStatus", 403);
    add({kStartInstance, kStopInstance}, E::InstanceBusy, "IncorrectInstanceStatus", 403);
    add({kStartInstance, kStopInstance}, E::InstanceBusy, "InstanceLockedForSecurity", 403, recv);
    add({kStartInstance, kStopInstance}, E::AccountOverdue, "InstanceExpiredOrInArrears", 403);

    // ---- Every action ----
    add({}, E::InvalidName, "InvalidImageName.Malformed", 400);
    add({}, E::InvalidDescription, "InvalidDescription.Malformed", 400);
    add({}, E::DuplicateName, "InvalidImageName.Duplicated", 400);
    add({}, E::QuotaExceeded, "QuotaExceed.Image", 403);
    add({}, E::QuotaExceeded, "QuotaExceed.Snapshot", 403, recv);
    add({}, E::AccountOverdue, "InvalidAccountStatus.NotEnoughBalance", 403);
    add({}, E::NotFound, "InvalidRegionId.NotFound", 404);
    add({}, E::Unsupported, "InvalidAction.NotFound", 404);
    add({}, E::InvalidArgument, "InvalidParameter", 400);
    add({}, E::InvalidArgument, "MissingParameter", 400, recv);
    add({}, E::ClientTokenReused, "IdempotentParameterMismatch", 400);
    add({}, E::ImageBusy, "IncorrectImageStatus", 400);
    add({}, E::ImageNotAvailable, "IncorrectImageStatus", 400);
    add({}, E::InstanceBusy, "IncorrectInstanceStatus", 400);
    add({}, E::InvalidInstanceState, "IncorrectInstanceStatus", 400);
    add({}, E::StorageFailure, "InternalError", 500);
    add({}, E::Unsupported, "UnsupportedOperation", 400);
    // Signature and access (§1.1). RemoteError: nothing the user did to the image is wrong;
    // the message says what to check.
    add({}, E::RemoteError, "IncompleteSignature", 400, recv);
    add({}, E::RemoteError, "SignatureDoesNotMatch", 400, recv);
    add({}, E::RemoteError, "SignatureNonceUsed", 400, recv);
    add({}, E::RemoteError, "IllegalTimestamp", 400, recv);
    add({}, E::RemoteError, "InvalidTimeStamp.Expired", 400, recv);
    add({}, E::RemoteError, "InvalidAccessKeyId.NotFound", 404, recv);
    add({}, E::RemoteError, "InvalidAccessKeyId.Inactive", 403, recv);
    add({}, E::RemoteError, "Forbidden.RAM", 403, recv);
    add({}, E::RemoteError, "Forbidden.Unauthorized", 403, recv);
    add({}, E::RemoteError, "Throttling", 400, recv);
    add({}, E::RemoteError, "ServiceUnavailable", 503, recv);
    return r;
}

const QList<Rule> &rules()
{
    static const QList<Rule> table = buildRules();
    return table;
}

} // namespace

QString EcsErrorCodes::toWire(const QString &action, ErrorCode code)
{
    if (code == ErrorCode::None)
        return {};
    for (const bool specific : {true, false})
        for (const Rule &rule : rules())
            if (rule.direction == Direction::Both && rule.code == code &&
                (specific ? rule.action == action : rule.action.isEmpty()))
                return rule.wire;
    return QStringLiteral("InvalidParameter");
}

ErrorCode EcsErrorCodes::fromWire(const QString &action, const QString &wireCode)
{
    for (const bool specific : {true, false})
        for (const Rule &rule : rules())
            if (rule.wire == wireCode &&
                (specific ? !action.isEmpty() && rule.action == action : rule.action.isEmpty()))
                return rule.code;
    if (wireCode.endsWith(QLatin1String(".NotFound")))
        return ErrorCode::NotFound;
    if (wireCode.startsWith(QLatin1String("QuotaExceed")))
        return ErrorCode::QuotaExceeded;
    if (wireCode.startsWith(QLatin1String("InvalidParameter")) ||
        wireCode.startsWith(QLatin1String("Missing")))
        return ErrorCode::InvalidArgument;
    return ErrorCode::RemoteError;
}

int EcsErrorCodes::httpStatus(const QString &wireCode)
{
    for (const Rule &rule : rules())
        if (rule.wire == wireCode)
            return rule.status;
    if (wireCode.endsWith(QLatin1String(".NotFound")))
        return 404;
    if (wireCode.startsWith(QLatin1String("Forbidden")))
        return 403;
    return 400;
}

bool EcsErrorCodes::isRetryable(const QString &wireCode)
{
    return wireCode.startsWith(QLatin1String("Throttling")) ||
           wireCode == QLatin1String("ServiceUnavailable") ||
           wireCode == QLatin1String("InternalError");
}

} // namespace imprint
