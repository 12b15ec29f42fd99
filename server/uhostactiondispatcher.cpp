#include "uhostactiondispatcher.h"

#include "simulatorengine.h"
#include "uclouderrorcodes.h"
#include "ucloudparams.h"
#include "uhostwireenums.h"

#include <QCoreApplication>

namespace imprint {

namespace {

using M = UHostApiMapper;

QString s(const char *text)
{
    return QLatin1String(text);
}

// The request's parameters, then the mapper's reading of them.
template <typename T>
Result<UHostCall<T>> parse(const QJsonObject &body,
                           Result<UHostCall<T>> (*mapperParse)(const UCloudParams &))
{
    const Result<UCloudParams> params = UCloudParams::fromJson(body);
    if (!params)
        return params.error();
    return mapperParse(params.value());
}

// The filters listQuery() writes; UHost lists take no filters of their own.
bool hostMatches(const Instance &i, const ApiFilter &f)
{
    if (f.name == QLatin1String("project"))
        return ListSelection::anyEquals(f, i.projectId);
    if (f.name == QLatin1String("zone"))
        return ListSelection::anyEquals(f, i.zoneId);
    return false;
}

bool imageMatches(const Image &m, const ApiFilter &f)
{
    if (f.name == QLatin1String("project"))
        return ListSelection::anyEquals(f, m.projectId);
    // DescribeImage's Zone: images whose data-disk snapshots live in that zone, and those with
    // none (launchable in any zone). Unknown to this filter, a Zone used to match no image.
    if (f.name == QLatin1String("zone"))
        return m.snapshotZoneId.isEmpty() || ListSelection::anyEquals(f, m.snapshotZoneId);
    if (f.name == QLatin1String("os-type"))
        return ListSelection::anyEquals(f, UHostWireEnums::osType(m.osType));
    if (f.name == QLatin1String("image-type")) // imprint-sim holds custom images only
        return ListSelection::anyEquals(f, s("Custom"));
    return false;
}

} // namespace

UHostActionDispatcher::UHostActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine, Product::UHost)
{
    onRegionless(s("GetRegion"), [this](const QString &, const QJsonObject &) {
        return Result<QJsonObject>(M::buildGetRegionResponse(regions()));
    });
    onRegionless(s("GetProjectList"), [this](const QString &, const QJsonObject &) {
        return Result<QJsonObject>(
            M::buildGetProjectListResponse(this->engine().projects(Product::UHost)));
    });

    on(s("DescribeUHostInstance"),
       listInstances(
           [this](const QJsonObject &body) {
               return listQuery(parse(body, &M::parseDescribeUHostInstanceRequest));
           },
           &M::buildDescribeUHostInstanceResponse, hostMatches));
    on(s("DescribeImage"),
       listImages(
           [this](const QJsonObject &body) -> Result<ListQuery> {
               Result<ListQuery> query = listQuery(parse(body, &M::parseDescribeImageRequest));
               if (!query)
                   return query;
               ListQuery q = query.value();
               // The remaining selections DescribeImage takes (the mapper checked their values).
               const QList<QPair<QString, QString>> selections{{s("ImageType"), s("image-type")},
                                                               {s("OsType"), s("os-type")}};
               for (const auto &[parameter, filter] : selections)
                   if (const QString value = body.value(parameter).toString(); !value.isEmpty())
                       q.filters.append({filter, {value}});
               return q;
           },
           &M::buildDescribeImageResponse, imageMatches));

    on(s("CreateCustomImage"),
       createImage(
           [this](const QJsonObject &body, const QString &) -> Result<CreateImageCall> {
               const Result<UHostCall<CreateImageRequest>> call =
                   parse(body, &M::parseCreateCustomImageRequest);
               if (!call)
                   return call.error();
               Instance host;
               if (this->engine().findInstance(call->value.sourceInstanceId, &host))
                   if (Status s = checkInProject(host.projectId, host.id, call->scope); !s)
                       return s.error();
               return CreateImageCall{call->value, false};
           },
           [this](const QString &imageId) {
               // CreateCustomImage also answers the data-disk snapshots it made.
               Image image;
               this->engine().findImage(imageId, &image);
               UHostCreatedImage created{imageId, {}};
               for (const ImageDataDisk &d : image.dataDisks)
                   created.dataSnapshotIds << d.snapshotId;
               return M::buildCreateCustomImageResponse(created);
           }));
    on(s("CopyCustomImage"), [this](const QString &regionId, const QJsonObject &body) {
        return copyImage(regionId, body);
    });
    on(s("TerminateCustomImage"),
       answeringId(
           s("ImageId"),
           deleteImages(
               [this](const QJsonObject &body) -> Result<DeleteImagesCall> {
                   const Result<UHostCall<QString>> call =
                       parse(body, &M::parseTerminateCustomImageRequest);
                   if (!call)
                       return call.error();
                   Image image;
                   if (this->engine().findImage(call->value, &image))
                       if (Status s = checkInProject(image.projectId, image.id, call->scope); !s)
                           return s.error();
                   DeleteImagesCall del;
                   del.imageIds = {call->value};
                   return del;
               },
               [] { return QJsonObject(); }),
           &M::buildImageIdResponse));
    on(M::renameAction(),
       answeringId(
           s("ImageId"),
           editImage(
               [this](const QJsonObject &body) -> Result<ImageAttributeChange> {
                   const Result<UHostCall<ImageAttributeChange>> call =
                       parse(body, &M::parseRenameImageRequest);
                   if (!call)
                       return call.error();
                   Image image;
                   if (this->engine().findImage(call->value.imageId, &image))
                       if (Status s = checkInProject(image.projectId, image.id, call->scope); !s)
                           return s.error();
                   return call->value;
               },
               [] { return QJsonObject(); }),
           &M::buildImageIdResponse));

    on(s("CreateUHostInstance"),
       launch(
           [this](const QJsonObject &body) -> Result<LaunchCall> {
               const Result<UHostCall<LaunchCall>> call =
                   parse(body, &M::parseCreateUHostInstanceRequest);
               if (!call)
                   return call.error();
               Image image;
               if (this->engine().findImage(call->value.request.imageId, &image))
                   if (Status s = checkInProject(image.projectId, image.id, call->scope); !s)
                       return s.error();
               return call->value;
           },
           &M::buildCreateUHostInstanceResponse));

    // Start, Stop and Poweroff name one host and answer it.
    auto powerOne = [this](bool start) {
        return answeringId(
            s("UHostId"),
            power(
                start,
                [this](const QJsonObject &body) -> Result<QStringList> {
                    const Result<UHostCall<QString>> call = parse(body, &M::parsePowerRequest);
                    if (!call)
                        return call.error();
                    Instance host;
                    if (this->engine().findInstance(call->value, &host))
                        if (Status s = checkInProject(host.projectId, host.id, call->scope); !s)
                            return s.error();
                    return QStringList{call->value};
                },
                [] { return QJsonObject(); }),
            &M::buildPowerResponse);
    };
    on(s("StartUHostInstance"), powerOne(true));
    on(s("StopUHostInstance"), powerOne(false));
    on(s("PoweroffUHostInstance"), powerOne(false));
    Q_ASSERT(actions().size() == M::actions().size());
}

Status UHostActionDispatcher::checkProject(const QString &projectId) const
{
    if (projectId.isEmpty() || engine().projects(Product::UHost).contains(projectId))
        return {};
    return UCloudErrorCodes::error(UCloudErrorCodes::projectNotFound,
                                   tr("Project %1 does not exist; GetProjectList lists the "
                                      "account's projects.")
                                       .arg(projectId));
}

Status UHostActionDispatcher::checkInProject(const QString &resourceProjectId,
                                             const QString &resourceId,
                                             const UHostScope &scope) const
{
    if (Status s = checkProject(scope.projectId); !s)
        return s;
    if (scope.projectId.isEmpty() || resourceProjectId == scope.projectId)
        return {};
    return Error(ErrorCode::NotFound, tr("%1 is not in project %2; check the id and the project.")
                                          .arg(resourceId, scope.projectId));
}

Result<ListQuery>
UHostActionDispatcher::listQuery(const Result<UHostCall<UHostListQuery>> &call) const
{
    if (!call)
        return call.error();
    if (Status s = checkProject(call->scope.projectId); !s)
        return s.error();
    ListQuery q;
    q.ids = call->value.ids;
    q.offset = call->value.offset;
    q.limit = call->value.limit;
    if (!call->scope.projectId.isEmpty())
        q.filters.append({s("project"), {call->scope.projectId}});
    if (!call->scope.zoneId.isEmpty())
        q.filters.append({s("zone"), {call->scope.zoneId}});
    return q;
}

Result<QJsonObject> UHostActionDispatcher::copyImage(const QString &regionId,
                                                     const QJsonObject &body) const
{
    const Result<UHostCall<CopyImageRequest>> call = parse(body, &M::parseCopyCustomImageRequest);
    if (!call)
        return call.error();
    const Result<Image> source = visibleImage(call->value.imageId, regionId);
    if (!source)
        return source.error();
    if (Status s = checkInProject(source->projectId, source->id, call->scope); !s)
        return s.error();
    if (Status s = checkProject(call->value.targetProjectId); !s)
        return s.error();
    const Result<Operation> op = engine().copyImage(call->value);
    if (!op)
        return op.error();
    return M::buildCopyCustomImageResponse(op->targetId);
}

ActionDispatcher::ObjectHandler
UHostActionDispatcher::answeringId(const QString &idKey, ObjectHandler shared,
                                   std::function<QJsonObject(const QString &)> build) const
{
    return [idKey, shared, build](const QString &regionId,
                                  const QJsonObject &body) -> Result<QJsonObject> {
        const Result<QJsonObject> done = shared(regionId, body);
        if (!done)
            return done;
        return build(body.value(idKey).toString());
    };
}

} // namespace imprint
