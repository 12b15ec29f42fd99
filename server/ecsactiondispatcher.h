#pragma once

#include "actiondispatcher.h"
#include "ecsparams.h"
#include "ecsrequests.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// Alibaba Cloud ECS's actions (EcsApiMapper) against the simulator engine: the parameters go
// through the mapper (parse...Request refuses with the action's documented code), the engine
// does the work and decides every rule of seeds 002 and 004, build...Response shapes the answer.
// The flat RPC parameters arrive as a JSON object of strings (EcsParams::toJson).
//
// What lives here rather than in the engine, because it is the ECS API's and not the product's:
//  - which ECS code a "not found" is (InvalidInstanceId / InvalidSnapshotId /
//    InvalidImageId.NotFound, DestinationRegion.NotFound): resources of another region are
//    invisible, as in the cloud;
//  - DeleteImage without Force refuses an image that instances run from (ImageUsingByInstance);
//  - CancelCopyImage finds the copy's operation and cancels it;
//  - TagResources / UntagResources tag images (the only resource type the simulator tags),
//    every resource checked before any changes, at most 20 tags on one
//    (OperationDenied.QuotaExceed); the engine then edits each image's tags;
// ClientTokens (CreateImage, CopyImage, RunInstances) and image tags are the engine's: kept with
// the write in one transaction, so a repeat answers the first result across restarts too, and
// the token with other parameters is IdempotentParameterMismatch.
class EcsActionDispatcher : public ActionDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(EcsActionDispatcher)

public:
    explicit EcsActionDispatcher(SimulatorEngine &engine);

    // Whether `action` takes a RegionId: all but DescribeRegions, StartInstance, StopInstance
    // (instance ids are unique across regions).
    static bool takesRegion(const QString &action);

private:
    using Params = EcsParamList;
    Result<QJsonObject> describeImages(const QString &regionId, const Params &params) const;
    Result<QJsonObject> describeInstances(const QString &regionId, const Params &params) const;
    Result<QJsonObject> describeDisks(const QString &regionId, const Params &params) const;
    Result<QJsonObject> describeSnapshots(const QString &regionId, const Params &params) const;
    Result<QJsonObject> createImage(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> copyImage(const QString &regionId, const Params &params);
    Result<QJsonObject> cancelCopyImage(const QString &regionId, const Params &params);
    Result<QJsonObject> deleteImage(const QString &regionId, const QJsonObject &body);
    Result<QJsonObject> power(const QJsonObject &body, bool start) const;
    // TagResources (untag false) and UntagResources (true).
    Result<QJsonObject> retag(const QString &regionId, const Params &params, bool untag);

    EcsImageRecord record(const Image &image) const;
};

} // namespace imprint
