#include "operation.h"

#include <QCoreApplication>

namespace imprint {

QString operationKindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::CreateImage:
        return QCoreApplication::translate("Operation", "Create image");
    case OperationKind::CopyImage:
        return QCoreApplication::translate("Operation", "Copy image");
    case OperationKind::DeleteImage:
        return QCoreApplication::translate("Operation", "Delete image");
    case OperationKind::LaunchInstances:
        return QCoreApplication::translate("Operation", "Launch instances");
    case OperationKind::StartInstance:
        return QCoreApplication::translate("Operation", "Start instance");
    case OperationKind::StopInstance:
        return QCoreApplication::translate("Operation", "Stop instance");
    case OperationKind::EditImage:
        return QCoreApplication::translate("Operation", "Edit image");
    case OperationKind::ReleaseImage:
        return QCoreApplication::translate("Operation", "Release image");
    }
    return {};
}

QString operationStateName(OperationState state)
{
    switch (state) {
    case OperationState::Running:
        return QCoreApplication::translate("Operation", "Running");
    case OperationState::Succeeded:
        return QCoreApplication::translate("Operation", "Succeeded");
    case OperationState::Failed:
        return QCoreApplication::translate("Operation", "Failed");
    case OperationState::Cancelled:
        return QCoreApplication::translate("Operation", "Cancelled");
    }
    return {};
}

QString OperationText::target(const Operation &op)
{
    if (op.targetCount > 1 &&
        (op.kind == OperationKind::DeleteImage || op.kind == OperationKind::ReleaseImage))
        return tr("%n images", "", op.targetCount);
    if (op.kind == OperationKind::LaunchInstances && !op.sourceName.isEmpty() &&
        (op.targetCount > 1 || op.targetName.isEmpty()))
        return tr("%n instance(s) from image \"%1\"", "", op.targetCount).arg(op.sourceName);
    return op.targetName;
}

QString OperationText::outcome(const Operation &op)
{
    const QString name = op.targetName;
    const int n = op.targetCount;
    if (op.state == OperationState::Failed) {
        const QString why = op.error.message;
        switch (op.kind) {
        case OperationKind::CreateImage:
            return tr("Image \"%1\" could not be created: %2").arg(name, why);
        case OperationKind::CopyImage:
            return tr("Image \"%1\" could not be copied: %2").arg(name, why);
        case OperationKind::DeleteImage:
            return n > 1 ? tr("Deleting %n image(s) failed: %1", "", n).arg(why)
                         : tr("Image \"%1\" could not be deleted: %2").arg(name, why);
        case OperationKind::LaunchInstances:
            // An operation stored before launches kept their image apart says what it kept.
            return op.sourceName.isEmpty()
                       ? tr("The launch of %1 failed: %2").arg(name, why)
                       : tr("Launching %n instance(s) from image \"%1\" failed: %2", "", n)
                             .arg(op.sourceName, why);
        case OperationKind::StartInstance:
            return tr("Instance \"%1\" could not be started: %2").arg(name, why);
        case OperationKind::StopInstance:
            return tr("Instance \"%1\" could not be stopped: %2").arg(name, why);
        case OperationKind::EditImage:
            return tr("Image \"%1\" could not be saved: %2").arg(name, why);
        case OperationKind::ReleaseImage:
            return tr("Releasing %n image(s) failed: %1", "", n).arg(why);
        }
        return why;
    }
    if (op.state == OperationState::Cancelled)
        return tr("The operation on \"%1\" was cancelled.").arg(name);
    if (op.state != OperationState::Succeeded)
        return {};
    switch (op.kind) {
    case OperationKind::CreateImage:
        return tr("Image \"%1\" is ready.").arg(name);
    case OperationKind::CopyImage:
        return tr("The copy \"%1\" is ready.").arg(name);
    case OperationKind::DeleteImage:
        return n > 1 ? tr("%n image(s) deleted.", "", n)
                     : tr("Image \"%1\" was deleted.").arg(name);
    case OperationKind::LaunchInstances:
        return op.sourceName.isEmpty()
                   ? tr("The launch of %1 finished.").arg(name)
                   : tr("%n instance(s) launched from image \"%1\".", "", n).arg(op.sourceName);
    case OperationKind::StartInstance:
        return tr("Instance \"%1\" is running.").arg(name);
    case OperationKind::StopInstance:
        return tr("Instance \"%1\" is stopped.").arg(name);
    case OperationKind::EditImage:
        return tr("Image \"%1\" was saved.").arg(name);
    case OperationKind::ReleaseImage:
        return n > 1 ? tr("%n image(s) released: the account stayed overdue.", "", n)
                     : tr("Image \"%1\" was released: the account stayed overdue.").arg(name);
    }
    return {};
}

} // namespace imprint
