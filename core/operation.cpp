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

} // namespace imprint
