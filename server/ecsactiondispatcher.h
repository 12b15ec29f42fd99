#pragma once

#include "actiondispatcher.h"
#include "ecsparams.h"
#include "ecsrequests.h"

#include <QHash>
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
//  - CreateImage's and CopyImage's ClientToken: a repeat with the same parameters answers the
//    first image id; with other parameters, IdempotentParameterMismatch. (RunInstances' token is
//    the engine's.) Tokens and image tags are kept in memory, for as long as imprint-sim runs.
class EcsActionDispatcher : public ActionDispatcher
{
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

    // The image id a token already answered, nullopt for a new token; a refusal when the
    // token came with other parameters.
    Result<std::optional<QString>> earlierAnswer(const QString &token,
                                                 const QString &fingerprint) const;
    void remember(const QString &token, const QString &fingerprint, const QString &imageId,
                  const QList<EcsTag> &tags);
    EcsImageRecord record(const Image &image) const;

    struct TokenAnswer
    {
        QString fingerprint;
        QString imageId;
    };
    QHash<QString, TokenAnswer> m_tokens;
    QHash<QString, QList<EcsTag>> m_tags; // image id -> tags
};

} // namespace imprint
