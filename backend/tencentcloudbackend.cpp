#include "tencentcloudbackend.h"

#include "tencentservice.h"

#include <QPromise>

#include <memory>

namespace imprint {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

TencentCloudBackend::TencentCloudBackend(Options options, QObject *parent)
    : Backend(parent)
{
    if (options.endpoint.isEmpty()) {
        m_displayName = tr("Tencent Cloud");
    } else {
        const QString authority = options.endpoint.authority();
        m_displayName = TencentService::isAddressOrLocalhost(options.endpoint.host())
                            ? tr("imprint-sim at %1").arg(authority)
                            : tr("Tencent Cloud API at %1").arg(authority);
    }

    m_thread.setObjectName(QStringLiteral("imprint-tencentcloud"));
    m_engine = new TencentCloudEngine(std::move(options));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // The engine emits in its thread; these connections queue the changes to ours, in order.
    connect(m_engine, &TencentCloudEngine::instanceChanged, this, &Backend::instanceChanged);
    connect(m_engine, &TencentCloudEngine::instanceRemoved, this, &Backend::instanceRemoved);
    connect(m_engine, &TencentCloudEngine::imageChanged, this, &Backend::imageChanged);
    connect(m_engine, &TencentCloudEngine::imageRemoved, this, &Backend::imageRemoved);
    connect(m_engine, &TencentCloudEngine::operationChanged, this, &Backend::operationChanged);
    connect(m_engine, &TencentCloudEngine::connectionStateChanged, this,
            &Backend::connectionStateChanged);
    connect(m_engine, &TencentCloudEngine::quotasChanged, this, &TencentCloudBackend::applyQuotas);
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &TencentCloudEngine::start, Qt::QueuedConnection);
}

TencentCloudBackend::~TencentCloudBackend()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename T>
QFuture<T>
TencentCloudBackend::call(std::function<void(TencentCloudEngine &, std::function<void(T)>)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    TencentCloudEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [promise, engine, work = std::move(work)] {
            work(*engine, [promise](T value) {
                promise->addResult(std::move(value));
                promise->finish();
            });
        },
        Qt::QueuedConnection);
    return future;
}

void TencentCloudBackend::setCredentials(const Credentials &credentials)
{
    TencentCloudEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, credentials] { engine->setCredentials(credentials); },
        Qt::QueuedConnection);
}

void TencentCloudBackend::pollNow()
{
    QMetaObject::invokeMethod(m_engine, &TencentCloudEngine::poll, Qt::QueuedConnection);
}

void TencentCloudBackend::refreshNow()
{
    QMetaObject::invokeMethod(m_engine, &TencentCloudEngine::refresh, Qt::QueuedConnection);
}

void TencentCloudBackend::applyQuotas(const QList<ImageQuota> &quotas)
{
    for (const ImageQuota &quota : quotas)
        (quota.product == Product::Cvm ? m_cvmPolicy : m_lighthousePolicy).setQuota(quota);
}

QString TencentCloudBackend::displayName() const
{
    return m_displayName;
}

QList<Product> TencentCloudBackend::products() const
{
    return {Product::Cvm, Product::Lighthouse};
}

const ProductPolicy &TencentCloudBackend::policy(Product product) const
{
    switch (product) {
    case Product::Cvm:
        return m_cvmPolicy;
    case Product::Lighthouse:
        return m_lighthousePolicy;
    case Product::UHost:
    case Product::Ecs:
        break;
    }
    return Backend::policy(product);
}

QFuture<Result<QList<Region>>> TencentCloudBackend::fetchRegions()
{
    return call<Result<QList<Region>>>(
        [](TencentCloudEngine &e, auto done) { e.regions(std::move(done)); });
}

QFuture<Result<QList<Instance>>> TencentCloudBackend::fetchInstances(const QString &regionKey)
{
    return call<Result<QList<Instance>>>(
        [regionKey](TencentCloudEngine &e, auto done) { e.instances(regionKey, std::move(done)); });
}

QFuture<Result<QList<Image>>> TencentCloudBackend::fetchImages(const QString &regionKey)
{
    return call<Result<QList<Image>>>(
        [regionKey](TencentCloudEngine &e, auto done) { e.images(regionKey, std::move(done)); });
}

QFuture<Result<QList<Snapshot>>> TencentCloudBackend::fetchSnapshots(const QString &)
{
    // Snapshots belong to the CBS API, which this console does not speak; an empty list keeps
    // the snapshot view quiet instead of showing an error on every refresh.
    return ready(Result<QList<Snapshot>>(QList<Snapshot>()));
}

QFuture<Result<QList<Operation>>> TencentCloudBackend::fetchOperations()
{
    return call<Result<QList<Operation>>>(
        [](TencentCloudEngine &e, auto done) { done(e.operations()); });
}

QFuture<Result<Account>> TencentCloudBackend::fetchAccount()
{
    return ready(Result<Account>(
        Error(ErrorCode::Unsupported,
              tr("Tencent Cloud reports the balance in its Billing Center, not through the CVM "
                 "and Lighthouse APIs; see the Tencent Cloud console."))));
}

QFuture<Result<QList<ImageQuota>>> TencentCloudBackend::fetchImageQuotas()
{
    return call<Result<QList<ImageQuota>>>(
        [](TencentCloudEngine &e, auto done) { e.imageQuotas(std::move(done)); });
}

QFuture<Result<QStringList>> TencentCloudBackend::fetchProjects(Product)
{
    // Tencent projects are optional and live in another API: none to choose from here.
    return ready(Result<QStringList>(QStringList()));
}

QFuture<Result<Operation>> TencentCloudBackend::createImage(const CreateImageRequest &request)
{
    return call<Result<Operation>>(
        [request](TencentCloudEngine &e, auto done) { e.createImage(request, std::move(done)); });
}

QFuture<Result<Operation>> TencentCloudBackend::copyImage(const CopyImageRequest &request)
{
    return call<Result<Operation>>(
        [request](TencentCloudEngine &e, auto done) { e.copyImage(request, std::move(done)); });
}

QFuture<Result<Image>> TencentCloudBackend::editImage(const EditImageRequest &request)
{
    return call<Result<Image>>(
        [request](TencentCloudEngine &e, auto done) { e.editImage(request, std::move(done)); });
}

QFuture<Status> TencentCloudBackend::deleteImages(const QStringList &imageIds)
{
    return call<Status>([imageIds](TencentCloudEngine &e, auto done) {
        e.deleteImages(imageIds, std::move(done));
    });
}

QFuture<Status> TencentCloudBackend::deleteSnapshot(const QString &)
{
    return ready(Status(Error(ErrorCode::Unsupported,
                              tr("Snapshots are managed in the Tencent Cloud console (Cloud Block "
                                 "Storage); this console does not delete them."))));
}

QFuture<Result<Operation>> TencentCloudBackend::launchInstances(const LaunchRequest &request)
{
    return call<Result<Operation>>([request](TencentCloudEngine &e, auto done) {
        e.launchInstances(request, std::move(done));
    });
}

QFuture<Result<Operation>> TencentCloudBackend::startInstance(const QString &instanceId)
{
    return call<Result<Operation>>([instanceId](TencentCloudEngine &e, auto done) {
        e.startInstance(instanceId, std::move(done));
    });
}

QFuture<Result<Operation>> TencentCloudBackend::stopInstance(const QString &instanceId)
{
    return call<Result<Operation>>([instanceId](TencentCloudEngine &e, auto done) {
        e.stopInstance(instanceId, std::move(done));
    });
}

QFuture<Status> TencentCloudBackend::cancelOperation(const QString &)
{
    return ready(Status(Error(ErrorCode::Unsupported,
                              tr("Tencent Cloud cannot stop an image or a launch once it has "
                                 "begun; wait for it to finish, then delete what it made."))));
}

QFuture<Status> TencentCloudBackend::topUp(qint64)
{
    return ready(Status(Error(ErrorCode::Unsupported,
                              tr("Top up in the Tencent Cloud console's Billing Center."))));
}

QFuture<Status> TencentCloudBackend::setBalance(qint64)
{
    return ready(Status(
        Error(ErrorCode::Unsupported, tr("Only the embedded simulator can set the balance."))));
}

} // namespace imprint
