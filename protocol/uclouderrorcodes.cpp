#include "uclouderrorcodes.h"

#include <QList>

namespace imprint {

namespace {

struct Row
{
    int retCode;
    QList<ErrorCode> codes; // the first is what the RetCode reads back as
};

// Codes from UHost's error list where one fits (the Chinese text in brackets is UCloud's), the
// parameter error where the request itself is at fault.
const QList<Row> &rows()
{
    using E = ErrorCode;
    static const QList<Row> table{
        // 8956 资源不存在或非自制镜像 ("no such resource, or not a custom image")
        {8956, {E::NotFound, E::RegionMismatch, E::CrossRegionNotSupported}},
        // 8095 配额不足 ("quota exhausted")
        {8095, {E::QuotaExceeded}},
        // 8104 存在欠费订单 ("there are unpaid orders")
        {8104, {E::AccountOverdue}},
        // 8905 主机电源状态错误 ("wrong power state")
        {8905, {E::InvalidInstanceState}},
        // 8024 操作失败，请稍后重试 ("failed, try again later")
        {8024, {E::InstanceBusy, E::ImageBusy}},
        // 8961 源镜像状态不可用 ("the source image is not available")
        {8961, {E::ImageNotAvailable}},
        // 8970 镜像跨可用区使用失败 ("the image cannot be used in another zone")
        {8970, {E::ZoneNotAllowed}},
        // 8027 Windows镜像不支持1核CPU ("Windows images do not support 1 core"); the network
        // acceleration refusal (8949 in UCloud's list is about CPU count) shares it.
        {8027, {E::InstanceTypeNotAllowed}},
        // 8906 主机磁盘信息错误 ("the host's disk information is wrong"): a disk that cannot
        // be associated, or local disks with an image that holds data-disk snapshots.
        {8906, {E::DiskNotAssociable, E::LocalDiskNotAllowed}},
        // 8976 删除快照出错 ("error deleting the snapshot")
        {8976, {E::SnapshotBoundToImage}},
        {UCloudErrorCodes::projectNotFound, {E::ProjectRequired}},
        {UCloudErrorCodes::paramsError,
         {E::InvalidArgument, E::InvalidName, E::InvalidDescription, E::DuplicateName,
          E::ShutdownConsentRequired, E::SnapshotSelectionInvalid, E::InvalidCount,
          E::Unsupported}},
        {UCloudErrorCodes::timeout, {E::Timeout}},
        {UCloudErrorCodes::serviceUnavailable,
         {E::RemoteError, E::StorageFailure, E::Network, E::Cancelled}},
        // Last: RemoteError goes out as 150 above; 153 only ever comes in.
        {UCloudErrorCodes::rateLimited, {E::RemoteError}},
    };
    return table;
}

} // namespace

int UCloudErrorCodes::toWire(ErrorCode code)
{
    if (code == ErrorCode::None)
        return ok;
    for (const Row &row : rows())
        if (row.codes.contains(code))
            return row.retCode;
    return serviceUnavailable;
}

ErrorCode UCloudErrorCodes::fromWire(int retCode)
{
    if (retCode == ok)
        return ErrorCode::None;
    for (const Row &row : rows())
        if (row.retCode == retCode)
            return row.codes.first();
    // Everything else - authentication (17x), permissions (29x), UHost's many "failed, contact
    // support" codes - is the cloud's refusal with no domain meaning of its own.
    return ErrorCode::RemoteError;
}

Error UCloudErrorCodes::error(int retCode, const QString &message)
{
    Error e(fromWire(retCode), message);
    e.remoteCode = QString::number(retCode);
    return e;
}

} // namespace imprint
