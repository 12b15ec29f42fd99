#include "fakeproductcloud.h"

#include <QJsonArray>
#include <QTimer>

namespace fakecloud {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

RemoteRequest request(const char *action, const QString &regionId, QJsonObject body = {})
{
    RemoteRequest r;
    r.product = Product::UHost;
    r.action = s(action);
    r.region = regionId;
    r.body = std::move(body);
    return r;
}

QJsonObject query(const ResourceQuery &q)
{
    return {{s("Offset"), q.offset},
            {s("Limit"), q.limit},
            {s("Ids"), QJsonArray::fromStringList(q.ids)},
            {s("Name"), q.name}};
}

// A page of `all` (sorted by id) as the request's Offset, Limit, Ids and Name ask.
template <typename T> QJsonObject page(QList<T> all, const RemoteRequest &r)
{
    std::sort(all.begin(), all.end(), [](const T &a, const T &b) { return a.id < b.id; });
    const QStringList ids = strings(r.body.value(s("Ids")));
    const QString name = r.body.value(s("Name")).toString();
    QList<T> matching;
    for (const T &item : all)
        if (item.regionId == r.region && (ids.isEmpty() || ids.contains(item.id)) &&
            (name.isEmpty() || item.name == name))
            matching << item;
    const int offset = r.body.value(s("Offset")).toInt();
    const int limit = r.body.value(s("Limit")).toInt();
    QJsonArray items;
    for (const T &item : matching.mid(offset, limit))
        items.append(
            QJsonObject{{s("Id"), item.id}, {s("Name"), item.name}, {s("State"), int(item.state)}});
    return {{s("Items"), items}, {s("Total"), int(matching.size())}};
}

template <typename T>
Result<Page<T>> parsePage(const QJsonObject &answer, const QString &regionId, Product product)
{
    Page<T> page;
    page.totalCount = answer.value(s("Total")).toInt();
    for (const QJsonValue &v : answer.value(s("Items")).toArray()) {
        T item;
        item.id = v[s("Id")].toString();
        item.name = v[s("Name")].toString();
        item.state = decltype(item.state)(v[s("State")].toInt());
        item.regionId = regionId;
        item.product = product;
        page.items << item;
    }
    return page;
}

} // namespace

Image &FakeCloudState::addImage(const QString &regionId, const QString &name, ImageState state)
{
    Image image;
    image.id = s("fimg-%1").arg(nextId++, 4, 10, QLatin1Char('0'));
    image.product = Product::UHost;
    image.regionId = regionId;
    image.name = name;
    image.state = state;
    return images[image.id] = image;
}

Instance &FakeCloudState::addInstance(const QString &regionId, const QString &name)
{
    Instance instance;
    instance.id = s("fins-%1").arg(nextId++, 4, 10, QLatin1Char('0'));
    instance.product = Product::UHost;
    instance.regionId = regionId;
    instance.name = name;
    instance.state = InstanceState::Running;
    return instances[instance.id] = instance;
}

QList<RemoteRequest> FakeCloudState::requestsFor(const QString &action) const
{
    QList<RemoteRequest> out;
    for (const RemoteRequest &r : requests)
        if (r.action == action)
            out << r;
    return out;
}

RemoteAttempt FakeCloudState::handle(const RemoteRequest &r)
{
    const QString action = r.action;
    if (action == s("ListRegions"))
        return RemoteAttempt::answered({{s("Regions"), QJsonArray{s("north"), s("south")}}});
    if (action == s("ListImages"))
        return RemoteAttempt::answered(page(images.values(), r));
    if (action == s("ListInstances"))
        return RemoteAttempt::answered(page(instances.values(), r));
    if (action == s("GetQuota"))
        return RemoteAttempt::answered({{s("Quota"), 30}});
    if (action == s("CreateImage")) {
        const QString name = r.body.value(s("Name")).toString();
        for (const Image &image : std::as_const(images))
            if (image.regionId == r.region && image.name == name)
                return RemoteAttempt::failed(
                    RemoteAttempt::Kind::Refused,
                    Error(ErrorCode::DuplicateName, s("The name %1 is taken.").arg(name)));
        return RemoteAttempt::answered(
            {{s("ImageId"), addImage(r.region, name, ImageState::Creating).id}});
    }
    if (action == s("DeleteImages")) {
        for (const QString &id : strings(r.body.value(s("Ids"))))
            if (!images.remove(id))
                return RemoteAttempt::failed(RemoteAttempt::Kind::Refused,
                                             Error(ErrorCode::NotFound, s("No image %1.").arg(id)));
        return RemoteAttempt::answered({{s("Deleted"), true}});
    }
    if (action == s("EditImage")) {
        const QString id = r.body.value(s("Id")).toString();
        if (!images.contains(id))
            return RemoteAttempt::failed(RemoteAttempt::Kind::Refused,
                                         Error(ErrorCode::NotFound, s("No image %1.").arg(id)));
        images[id].name = r.body.value(s("Name")).toString();
        return RemoteAttempt::answered({});
    }
    if (action == s("Launch")) {
        const QString token = r.body.value(s("ClientToken")).toString();
        if (!token.isEmpty() && launchesByToken.contains(token))
            return RemoteAttempt::answered(
                {{s("InstanceIds"), QJsonArray::fromStringList(launchesByToken.value(token))}});
        QStringList made;
        for (int i = 0; i < r.body.value(s("Count")).toInt(); ++i)
            made << addInstance(r.region, r.body.value(s("Name")).toString()).id;
        launchesByToken.insert(token, made);
        return RemoteAttempt::answered({{s("InstanceIds"), QJsonArray::fromStringList(made)}});
    }
    return RemoteAttempt::failed(RemoteAttempt::Kind::Refused,
                                 Error(ErrorCode::Unsupported, s("No action %1.").arg(action)));
}

void FakeTransport::send(const RemoteRequest &request, std::function<void(RemoteAttempt)> done)
{
    m_state->requests << request;
    const int n = int(m_state->requestsFor(request.action).size());
    std::optional<FakeCloudState::Fault> fault;
    if (m_state->fault)
        fault = m_state->fault(request, n);
    RemoteAttempt attempt;
    if (!fault) {
        attempt = m_state->handle(request);
    } else {
        if (fault->afterwards)
            m_state->handle(request);
        attempt = fault->attempt;
    }
    QTimer::singleShot(0, this, [done, attempt] { done(attempt); });
}

RemoteRequest FakeProductApi::listRegions() const
{
    return request("ListRegions", {});
}

Result<QList<Region>> FakeProductApi::parseRegions(const QJsonObject &answer) const
{
    QList<Region> regions;
    for (const QString &id : strings(answer.value(s("Regions")))) {
        Region region;
        region.id = id;
        region.name = id;
        region.zones << Zone{id + s("-1"), id + s(" one")};
        regions << region;
    }
    return regions;
}

RemoteRequest FakeProductApi::listImages(const QString &regionId, const ResourceQuery &q) const
{
    return request("ListImages", regionId, query(q));
}

Result<Page<Image>> FakeProductApi::parseImages(const QJsonObject &answer,
                                                const QString &regionId) const
{
    return parsePage<Image>(answer, regionId, product());
}

RemoteRequest FakeProductApi::listInstances(const QString &regionId, const ResourceQuery &q) const
{
    return request("ListInstances", regionId, query(q));
}

Result<Page<Instance>> FakeProductApi::parseInstances(const QJsonObject &answer,
                                                      const QString &regionId) const
{
    return parsePage<Instance>(answer, regionId, product());
}

std::optional<RemoteRequest> FakeProductApi::imageQuota(const QString &regionId) const
{
    return request("GetQuota", regionId);
}

Result<ImageQuota> FakeProductApi::parseImageQuota(const QJsonObject &answer,
                                                   const QString &regionId) const
{
    ImageQuota quota;
    quota.product = product();
    quota.regionId = regionId;
    quota.quota = answer.value(s("Quota")).toInt();
    return quota;
}

RemoteRequest FakeProductApi::createImage(const CreateImageRequest &create) const
{
    return request("CreateImage", create.regionId,
                   {{s("Name"), create.name}, {s("Instance"), create.sourceInstanceId}});
}

Result<QString> FakeProductApi::parseCreateImage(const QJsonObject &answer) const
{
    return answer.value(s("ImageId")).toString();
}

RemoteRequest FakeProductApi::editImage(const Image &image, const EditImageRequest &edit) const
{
    return request("EditImage", image.regionId, {{s("Id"), image.id}, {s("Name"), edit.name}});
}

RemoteRequest FakeProductApi::deleteImages(const QString &regionId, const QStringList &ids) const
{
    return request("DeleteImages", regionId, {{s("Ids"), QJsonArray::fromStringList(ids)}});
}

RemoteRequest FakeProductApi::powerInstance(const Instance &instance, bool start) const
{
    return request(start ? "Start" : "Stop", instance.regionId, {{s("Id"), instance.id}});
}

RemoteRequest FakeProductApi::launchInstances(const Image &image, const LaunchRequest &launch) const
{
    return request("Launch", image.regionId,
                   {{s("ImageId"), image.id},
                    {s("Count"), launch.count},
                    {s("Name"), launch.namePattern},
                    {s("ClientToken"), launch.clientToken}});
}

Result<QStringList> FakeProductApi::parseLaunchInstances(const QJsonObject &answer) const
{
    return strings(answer.value(s("InstanceIds")));
}

} // namespace fakecloud
