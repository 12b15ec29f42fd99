#include "remotebackend.h"

#include <memory>

namespace imprint {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

RemoteBackend::RemoteBackend(RemoteCloud cloud, const QString &displayName, Options options,
                             QObject *parent)
    : WorkerBackend(QStringLiteral("imprint-remote"), parent)
    , m_displayName(displayName)
    , m_cloudName(cloud.name)
{
    for (const std::unique_ptr<ProductApi> &api : cloud.products) {
        m_policies.push_back(ProductPolicy::create(api->product()));
        m_policies.back()->setImageEditUnavailableReason(api->editUnavailableReason());
        m_policies.back()->setImageTagEditUnavailableReason(api->tagEditUnavailableReason());
    }
    m_engine = new RemoteEngine(std::move(cloud), std::move(options));
    connect(m_engine, &RemoteEngine::quotasChanged, this, &RemoteBackend::applyQuotas);
    adoptWorker(m_engine);
    QMetaObject::invokeMethod(m_engine, &RemoteEngine::start, Qt::QueuedConnection);
}

RemoteBackend::~RemoteBackend()
{
    stopWorker();
}

void RemoteBackend::setCredentials(const Credentials &credentials)
{
    RemoteEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, credentials] { engine->setCredentials(credentials); },
        Qt::QueuedConnection);
}

void RemoteBackend::pollNow()
{
    QMetaObject::invokeMethod(m_engine, &RemoteEngine::poll, Qt::QueuedConnection);
}

void RemoteBackend::refreshNow()
{
    QMetaObject::invokeMethod(m_engine, &RemoteEngine::refresh, Qt::QueuedConnection);
}

void RemoteBackend::applyQuotas(const QList<ImageQuota> &quotas)
{
    for (const ImageQuota &quota : quotas)
        for (const std::unique_ptr<ProductPolicy> &policy : m_policies)
            policy->setReportedQuota(quota); // each takes its own product's
}

QString RemoteBackend::displayName() const
{
    return m_displayName;
}

QList<Product> RemoteBackend::products() const
{
    QList<Product> products;
    for (const std::unique_ptr<ProductPolicy> &policy : m_policies)
        products << policy->product();
    return products;
}

const ProductPolicy &RemoteBackend::policy(Product product) const
{
    for (const std::unique_ptr<ProductPolicy> &policy : m_policies)
        if (policy->product() == product)
            return *policy;
    return Backend::policy(product);
}

QFuture<Result<QList<Region>>> RemoteBackend::fetchRegions()
{
    return call<Result<QList<Region>>>(
        [](RemoteEngine &e, auto done) { e.regions(std::move(done)); });
}

QFuture<Result<QList<Instance>>> RemoteBackend::fetchInstances(const QString &regionKey)
{
    return call<Result<QList<Instance>>>(
        [regionKey](RemoteEngine &e, auto done) { e.instances(regionKey, std::move(done)); });
}

QFuture<Result<QList<Image>>> RemoteBackend::fetchImages(const QString &regionKey)
{
    return call<Result<QList<Image>>>(
        [regionKey](RemoteEngine &e, auto done) { e.images(regionKey, std::move(done)); });
}

QFuture<Result<QList<Snapshot>>> RemoteBackend::fetchSnapshots(const QString &)
{
    // Snapshots belong to a block-storage API, which this console does not speak; an empty
    // list keeps the snapshot view quiet instead of showing an error on every refresh.
    return ready(Result<QList<Snapshot>>(QList<Snapshot>()));
}

QFuture<Result<QList<Operation>>> RemoteBackend::fetchOperations()
{
    return call<Result<QList<Operation>>>([](RemoteEngine &e, auto done) { done(e.operations()); });
}

QFuture<Result<Account>> RemoteBackend::fetchAccount()
{
    return ready(Result<Account>(
        Error(ErrorCode::Unsupported,
              tr("%1 reports the balance in its billing center, not through its image and "
                 "instance APIs; see the %1 console.")
                  .arg(m_cloudName))));
}

QFuture<Result<QList<ImageQuota>>> RemoteBackend::fetchImageQuotas()
{
    return call<Result<QList<ImageQuota>>>(
        [](RemoteEngine &e, auto done) { e.imageQuotas(std::move(done)); });
}

QFuture<Result<QStringList>> RemoteBackend::fetchProjects(Product product, const QString &)
{
    // One account: its projects (UCloud lists them for the account, not per region).
    return call<Result<QStringList>>(
        [product](RemoteEngine &e, auto done) { e.projects(product, std::move(done)); });
}

QFuture<Result<Operation>> RemoteBackend::createImage(const CreateImageRequest &request)
{
    return call<Result<Operation>>(
        [request](RemoteEngine &e, auto done) { e.createImage(request, std::move(done)); });
}

QFuture<Result<Operation>> RemoteBackend::copyImage(const CopyImageRequest &request)
{
    return call<Result<Operation>>(
        [request](RemoteEngine &e, auto done) { e.copyImage(request, std::move(done)); });
}

QFuture<Result<Image>> RemoteBackend::editImage(const EditImageRequest &request)
{
    return call<Result<Image>>(
        [request](RemoteEngine &e, auto done) { e.editImage(request, std::move(done)); });
}

QFuture<Status> RemoteBackend::deleteImages(const QStringList &imageIds)
{
    return call<Status>(
        [imageIds](RemoteEngine &e, auto done) { e.deleteImages(imageIds, std::move(done)); });
}

QFuture<Status> RemoteBackend::deleteSnapshot(const QString &)
{
    return ready(Status(Error(ErrorCode::Unsupported,
                              tr("Snapshots are managed in the %1 console; this console does not "
                                 "delete them.")
                                  .arg(m_cloudName))));
}

QFuture<Result<Operation>> RemoteBackend::launchInstances(const LaunchRequest &request)
{
    return call<Result<Operation>>(
        [request](RemoteEngine &e, auto done) { e.launchInstances(request, std::move(done)); });
}

QFuture<Result<Operation>> RemoteBackend::startInstance(const QString &instanceId)
{
    return call<Result<Operation>>(
        [instanceId](RemoteEngine &e, auto done) { e.startInstance(instanceId, std::move(done)); });
}

QFuture<Result<Operation>> RemoteBackend::stopInstance(const QString &instanceId)
{
    return call<Result<Operation>>(
        [instanceId](RemoteEngine &e, auto done) { e.stopInstance(instanceId, std::move(done)); });
}

QFuture<Status> RemoteBackend::cancelOperation(const QString &operationId)
{
    return call<Status>([operationId](RemoteEngine &e, auto done) {
        e.cancelOperation(operationId, std::move(done));
    });
}

QFuture<Status> RemoteBackend::topUp(qint64)
{
    return ready(Status(Error(ErrorCode::Unsupported,
                              tr("Top up in the %1 console's billing center.").arg(m_cloudName))));
}

QFuture<Status> RemoteBackend::setBalance(qint64)
{
    return ready(Status(
        Error(ErrorCode::Unsupported, tr("Only the embedded simulator can set the balance."))));
}

} // namespace imprint
