#pragma once

#include "error.h"
#include "product.h"

#include <QDateTime>
#include <QString>

namespace imprint {

enum class OperationKind {
    CreateImage = 0,
    CopyImage = 1,
    DeleteImage = 2,
    LaunchInstances = 3,
    StartInstance = 4,
    StopInstance = 5,
    EditImage = 6,
};
QString operationKindName(OperationKind kind);

enum class OperationState { Running = 0, Succeeded = 1, Failed = 2, Cancelled = 3 };
QString operationStateName(OperationState state);

// Long work as the user sees it in Recent Operations.
struct Operation
{
    QString id;
    OperationKind kind = OperationKind::CreateImage;
    Product product = Product::Lighthouse;
    QString regionId;
    QString targetId;   // image id, instance id, ...
    QString targetName; // what the user calls it
    int progress = 0;   // 0..100
    OperationState state = OperationState::Running;
    Error error; // set when Failed
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime expectedEndAt;
    bool cancellable = false;

    bool isFinished() const { return state != OperationState::Running; }

    friend bool operator==(const Operation &, const Operation &) = default;
};

} // namespace imprint
