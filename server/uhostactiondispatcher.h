#pragma once

#include "actiondispatcher.h"
#include "uhostapimapper.h"

#include <QCoreApplication>

namespace imprint {

// UCloud UHost's actions (UHostApiMapper) as a table over the shared handlers. The body a
// handler gets is the request's parameters as UCloudParams::toJson() carries them; the mapper
// refuses a bad parameter with its name and UCloud's RetCode, and every product rule - economy
// and local disks, quota, names, the snapshot zone, the Windows parent's limits - is the
// engine's refusal, the same one the embedded simulator gives.
//
// What the UCloud wire adds, and how imprint-sim answers it:
//  - Region: resources of another region are invisible ("not found", RetCode 8956), so a launch
//    from an image of another region is refused as the cloud refuses it.
//  - ProjectId: a filter. Absent, it means every project of the simulated account (each listed
//    host and image says its project, see UHostApiMapper); present, a resource of another
//    project is not found, and a project the account lacks is RetCode 292.
//  - CreateUHostInstance has no ClientToken on UCloud: a repeated launch launches again, as on
//    the real cloud (docs/ucloud-replay.md).
//  - PoweroffUHostInstance stops the host as StopUHostInstance does: the simulator has no guest
//    to shut down gracefully, so the two differ only in name.
//  - UpdateImageAttribute is imprint-sim's own (UHostApiMapper::renameAction()).
class UHostActionDispatcher : public ActionDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(UHostActionDispatcher)

public:
    explicit UHostActionDispatcher(SimulatorEngine &engine);

private:
    // A project the request names must exist (RetCode 292); none named is every project.
    Status checkProject(const QString &projectId) const;
    // Refuses a resource of another project than the request's (when it names one).
    Status checkInProject(const QString &resourceProjectId, const QString &resourceId,
                          const UHostScope &scope) const;
    // The request's scope as ListQuery filters ("project", "zone") for the shared list handlers.
    Result<ListQuery> listQuery(const Result<UHostCall<UHostListQuery>> &call) const;

    Result<QJsonObject> copyImage(const QString &regionId, const QJsonObject &body) const;
    // The shared handler, then the id UCloud's answer repeats.
    ObjectHandler answeringId(const QString &idKey, ObjectHandler shared,
                              std::function<QJsonObject(const QString &)> build) const;
};

} // namespace imprint
