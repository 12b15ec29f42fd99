#pragma once

#include "error.h"
#include "product.h"

#include <QCoreApplication>
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
    ReleaseImage = 7, // Lighthouse: an overdue account's images are released after 7 days
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
    QString targetId;    // image id, instance id, ...
    QString targetName;  // what the user calls it
    int targetCount = 1; // records it covers: a bulk delete or a release names the first one
    // What the targets are made from, as data so that every sentence about the operation is
    // worded whole in the language shown: a launch's image name. Empty in operations stored
    // before it existed, whose targetName holds the words of their day.
    QString sourceName;
    int progress = 0; // 0..100
    OperationState state = OperationState::Running;
    Error error; // set when Failed
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime expectedEndAt;
    bool cancellable = false;

    bool isFinished() const { return state != OperationState::Running; }

    friend bool operator==(const Operation &, const Operation &) = default;
};

// The sentences Recent Operations and the status bar show: one whole, translatable sentence
// per kind and outcome (never "<kind> of <target>" glued together).
class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(Operation)

public:
    // What a finished operation did, or what failed and why; empty while it runs.
    static QString outcome(const Operation &operation);
    // The target as the Target column shows it: the name, or "%n images" for a bulk one, or
    // "%n instances from image …" for a launch of several.
    static QString target(const Operation &operation);
};

} // namespace imprint
