#include "fakebackend.h"

#include <QFuture>

namespace imprint {

namespace {

const QDateTime &epoch()
{
    static const QDateTime e(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return e;
}

template <typename T> QList<T> inRegion(const QList<T> &records, const QString &regionKey)
{
    if (regionKey.isEmpty())
        return records;
    QList<T> out;
    for (const T &record : records)
        if (record.regionKey() == regionKey)
            out.append(record);
    return out;
}

template <typename T> void upsertInto(QList<T> &records, const T &record)
{
    for (T &existing : records) {
        if (existing.id == record.id) {
            existing = record;
            return;
        }
    }
    records.append(record);
}

template <typename T> void removeFrom(QList<T> &records, const QString &id)
{
    records.removeIf([&](const T &r) { return r.id == id; });
}

Error refused()
{
    return Error(ErrorCode::Unsupported, QStringLiteral("The fake backend makes no changes."));
}

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

FakeBackend::FakeBackend(QObject *parent)
    : Backend(parent)
{}

QString FakeBackend::displayName() const
{
    return QStringLiteral("Fake backend");
}

QList<Product> FakeBackend::products() const
{
    return productList;
}

template <typename T> QFuture<Result<T>> FakeBackend::answer(const T &value)
{
    ++fetchCount;
    if (fetchError)
        return ready(Result<T>(*fetchError));
    return ready(Result<T>(value));
}

QFuture<Result<QList<Region>>> FakeBackend::fetchRegions()
{
    return answer(regions);
}

QFuture<Result<QList<Instance>>> FakeBackend::fetchInstances(const QString &regionKey)
{
    return answer(inRegion(instances, regionKey));
}

QFuture<Result<QList<Image>>> FakeBackend::fetchImages(const QString &regionKey)
{
    return answer(inRegion(images, regionKey));
}

QFuture<Result<QList<Snapshot>>> FakeBackend::fetchSnapshots(const QString &regionKey)
{
    return answer(inRegion(snapshots, regionKey));
}

QFuture<Result<QList<Operation>>> FakeBackend::fetchOperations()
{
    return answer(operations);
}

QFuture<Result<Account>> FakeBackend::fetchAccount()
{
    return answer(account);
}

QFuture<Result<QList<ImageQuota>>> FakeBackend::fetchImageQuotas()
{
    return answer(QList<ImageQuota>());
}

QFuture<Result<QStringList>> FakeBackend::fetchProjects(Product product, const QString &regionId)
{
    projectsAskedFor << regionId;
    return answer(product == Product::UHost ? projects : QStringList());
}

QFuture<Result<Operation>> FakeBackend::createImage(const CreateImageRequest &)
{
    return ready(Result<Operation>(refused()));
}

QFuture<Result<Operation>> FakeBackend::copyImage(const CopyImageRequest &)
{
    return ready(Result<Operation>(refused()));
}

QFuture<Result<Image>> FakeBackend::editImage(const EditImageRequest &)
{
    return ready(Result<Image>(refused()));
}

QFuture<Status> FakeBackend::deleteImages(const QStringList &)
{
    return ready(Status(refused()));
}

QFuture<Status> FakeBackend::deleteSnapshot(const QString &)
{
    return ready(Status(refused()));
}

QFuture<Result<Operation>> FakeBackend::launchInstances(const LaunchRequest &)
{
    return ready(Result<Operation>(refused()));
}

QFuture<Result<Operation>> FakeBackend::startInstance(const QString &)
{
    return ready(Result<Operation>(refused()));
}

QFuture<Result<Operation>> FakeBackend::stopInstance(const QString &)
{
    return ready(Result<Operation>(refused()));
}

QFuture<Status> FakeBackend::cancelOperation(const QString &)
{
    return ready(Status(refused()));
}

QFuture<Status> FakeBackend::topUp(qint64)
{
    return ready(Status(refused()));
}

QFuture<Status> FakeBackend::setBalance(qint64)
{
    return ready(Status(refused()));
}

void FakeBackend::upsertImage(const Image &image)
{
    upsertInto(images, image);
    emit imagesChanged({image});
}

void FakeBackend::removeImage(const QString &imageId)
{
    removeFrom(images, imageId);
    emit imagesRemoved({imageId});
}

void FakeBackend::upsertInstance(const Instance &instance)
{
    upsertInto(instances, instance);
    emit instancesChanged({instance});
}

void FakeBackend::removeInstance(const QString &instanceId)
{
    removeFrom(instances, instanceId);
    emit instancesRemoved({instanceId});
}

void FakeBackend::upsertSnapshot(const Snapshot &snapshot)
{
    upsertInto(snapshots, snapshot);
    emit snapshotsChanged({snapshot});
}

void FakeBackend::removeSnapshot(const QString &snapshotId)
{
    removeFrom(snapshots, snapshotId);
    emit snapshotsRemoved({snapshotId});
}

void FakeBackend::upsertOperation(const Operation &operation)
{
    upsertInto(operations, operation);
    emit operationsChanged({operation});
}

void FakeBackend::upsertImages(const QList<Image> &batch)
{
    for (const Image &image : batch)
        upsertInto(images, image);
    emit imagesChanged(batch);
}

void FakeBackend::removeImages(const QStringList &imageIds)
{
    for (const QString &id : imageIds)
        removeFrom(images, id);
    emit imagesRemoved(imageIds);
}

void FakeBackend::upsertInstances(const QList<Instance> &batch)
{
    for (const Instance &instance : batch)
        upsertInto(instances, instance);
    emit instancesChanged(batch);
}

void FakeBackend::removeInstances(const QStringList &instanceIds)
{
    for (const QString &id : instanceIds)
        removeFrom(instances, id);
    emit instancesRemoved(instanceIds);
}

Region makeRegion(Product product, const QString &id, const QString &name)
{
    Region region;
    region.product = product;
    region.id = id;
    region.name = name;
    region.zones = {{id + QStringLiteral("-1"), name + QStringLiteral(" Zone 1")}};
    return region;
}

Image makeImage(const QString &id, const QString &name, Product product, const QString &regionId,
                ImageState state, int minutesAfterEpoch)
{
    Image image;
    image.id = id;
    image.name = name;
    image.product = product;
    image.regionId = regionId;
    image.state = state;
    image.progress = state == ImageState::Creating ? 10 : 100;
    image.osName = QStringLiteral("Ubuntu 22.04");
    image.sourceInstanceId = QStringLiteral("ins-") + id;
    image.systemDiskGiB = 40;
    image.createdAt = epoch().addSecs(qint64(minutesAfterEpoch) * 60);
    return image;
}

Instance makeInstance(const QString &id, const QString &name, Product product,
                      const QString &regionId)
{
    Instance instance;
    instance.id = id;
    instance.name = name;
    instance.product = product;
    instance.regionId = regionId;
    instance.zoneId = regionId + QStringLiteral("-1");
    instance.instanceType = QStringLiteral("S5.MEDIUM4");
    instance.cpuCores = 2;
    instance.memoryGiB = 4;
    instance.osName = QStringLiteral("Ubuntu 22.04");
    instance.disks = {
        {id + QStringLiteral("-sys"), DiskRole::System, DiskKind::CloudPremium, 50, 10},
        {id + QStringLiteral("-d1"), DiskRole::Data, DiskKind::CloudSsd, 100, 20}};
    instance.createdAt = epoch();
    return instance;
}

Snapshot makeSnapshot(const QString &id, const QString &name, Product product,
                      const QString &regionId)
{
    Snapshot snapshot;
    snapshot.id = id;
    snapshot.name = name;
    snapshot.product = product;
    snapshot.regionId = regionId;
    snapshot.zoneId = regionId + QStringLiteral("-h");
    snapshot.sourceDiskId = QStringLiteral("d-") + id;
    snapshot.sourceInstanceId = QStringLiteral("i-") + id;
    snapshot.sizeGiB = 40;
    snapshot.createdAt = epoch();
    return snapshot;
}

Operation makeOperation(const QString &id, const QString &targetName, int minutesAfterEpoch,
                        OperationState state, int progress)
{
    Operation operation;
    operation.id = id;
    operation.targetId = QStringLiteral("img-") + id;
    operation.targetName = targetName;
    operation.state = state;
    operation.progress = progress;
    operation.startedAt = epoch().addSecs(qint64(minutesAfterEpoch) * 60);
    return operation;
}

} // namespace imprint
