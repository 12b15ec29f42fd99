#include "compositebackend.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QPromise>

namespace imprint {

namespace {

// What a member answers, in the window's ids.
Status scopedAnswer(const AccountScope &, Status status)
{
    return status;
}
Result<Operation> scopedAnswer(const AccountScope &scope, Result<Operation> operation)
{
    return operation ? Result<Operation>(scope.out(std::move(operation).value())) : operation;
}
Result<Image> scopedAnswer(const AccountScope &scope, Result<Image> image)
{
    return image ? Result<Image>(scope.out(std::move(image).value())) : image;
}

template <typename T> QFuture<T> answered(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// An account that cannot hold a kind of record (a cloud whose snapshots are another API's)
// says so with Unsupported: it has none of them, which is no reason to call it unreachable.
bool meansUnreachable(const Error &error)
{
    return error.code != ErrorCode::Unsupported;
}

} // namespace

CompositeBackend::CompositeBackend(QObject *parent)
    : Backend(parent)
    , m_readyPromise(std::make_shared<QPromise<Status>>())
{
    m_readyPromise->start();
    m_ready = m_readyPromise->future();
}

CompositeBackend::~CompositeBackend()
{
    // Members go before the promise, so no continuation of theirs outlives this object.
    m_members.clear();
    if (!m_ready.isFinished()) {
        m_readyPromise->addResult(Status(Error(ErrorCode::Cancelled, tr("Closed."))));
        m_readyPromise->finish();
    }
}

void CompositeBackend::addAccount(const QString &id, const QString &name,
                                  std::unique_ptr<Backend> backend, QFuture<Status> ready)
{
    Q_ASSERT(!id.isEmpty() && !id.contains(ScopedId::separator));
    Q_ASSERT(!account(id));
    auto member = std::make_unique<Member>(
        Member{AccountScope(id), name, std::move(backend), AccountStatus::State::Loading, {}});
    Member &m = *member;
    m_members.push_back(std::move(member));
    forwardSignals(m);
    // A watcher, not then(this, ...): Qt 6.4 ran a context continuation on a future that had
    // finished already a second time, with its promise moved away (a crash in the stall probe,
    // whose members are ready before they are added).
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, &m, watcher] {
        const Status status = watcher->future().isValid() && watcher->future().resultCount() > 0
                                  ? watcher->result()
                                  : Status(Error(ErrorCode::Cancelled, tr("Closed.")));
        watcher->deleteLater();
        if (status)
            setState(m, AccountStatus::State::Connected);
        else {
            setState(m, AccountStatus::State::Failed, status.error().message);
            if (!m_firstFailure.isError())
                m_firstFailure = status.error();
        }
        checkReady();
    });
    watcher->setFuture(ready);
}

void CompositeBackend::checkReady()
{
    if (m_ready.isFinished())
        return;
    const auto in = [this](AccountStatus::State state) {
        return std::count_if(m_members.cbegin(), m_members.cend(),
                             [state](const auto &m) { return m->state == state; });
    };
    if (in(AccountStatus::State::Connected) > 0)
        m_readyPromise->addResult(Status());
    else if (in(AccountStatus::State::Failed) == qsizetype(m_members.size()))
        m_readyPromise->addResult(Status(m_firstFailure));
    else
        return;
    m_readyPromise->finish();
}

void CompositeBackend::forwardSignals(Member &member)
{
    Backend *b = member.backend.get();
    const AccountScope scope = member.scope;
    connect(b, &Backend::instancesChanged, this, [this, scope](const QList<Instance> &records) {
        emit instancesChanged(scope.out(records));
    });
    connect(b, &Backend::instancesRemoved, this,
            [this, scope](const QStringList &ids) { emit instancesRemoved(scope.out(ids)); });
    connect(b, &Backend::imagesChanged, this,
            [this, scope](const QList<Image> &records) { emit imagesChanged(scope.out(records)); });
    connect(b, &Backend::imagesRemoved, this,
            [this, scope](const QStringList &ids) { emit imagesRemoved(scope.out(ids)); });
    connect(b, &Backend::snapshotsChanged, this, [this, scope](const QList<Snapshot> &records) {
        emit snapshotsChanged(scope.out(records));
    });
    connect(b, &Backend::snapshotsRemoved, this,
            [this, scope](const QStringList &ids) { emit snapshotsRemoved(scope.out(ids)); });
    connect(b, &Backend::operationsChanged, this, [this, scope](const QList<Operation> &records) {
        emit operationsChanged(scope.out(records));
    });
    connect(b, &Backend::accountChanged, this, [this, &member](const Account &account) {
        if (&member == controlled())
            emit accountChanged(account);
    });
    // A cloud that stops answering (or answers again) is that account's state, not the window's.
    connect(b, &Backend::connectionStateChanged, this,
            [this, &member](bool connected, const QString &text) {
                if (connected)
                    setState(member, AccountStatus::State::Connected);
                else
                    setState(member, AccountStatus::State::Failed, text);
            });
}

void CompositeBackend::setState(Member &member, AccountStatus::State state, const QString &problem)
{
    if (member.state == state && member.problem == problem)
        return;
    member.state = state;
    member.problem = state == AccountStatus::State::Failed ? problem : QString();
    emit accountStatusChanged(statusOf(member));
}

AccountStatus CompositeBackend::statusOf(const Member &member) const
{
    return AccountStatus{member.scope.scope(), member.name, member.state, member.problem};
}

Backend *CompositeBackend::account(const QString &id) const
{
    for (const auto &m : m_members)
        if (m->scope.scope() == id)
            return m->backend.get();
    return nullptr;
}

CompositeBackend::Member *CompositeBackend::memberOf(const QString &scopedId) const
{
    const QString scope = ScopedId::scopeOf(scopedId);
    for (const auto &m : m_members)
        if (m->scope.scope() == scope)
            return m.get();
    return nullptr;
}

CompositeBackend::Member *CompositeBackend::controlled() const
{
    for (const auto &m : m_members)
        if (m->backend->canControlAccount())
            return m.get();
    return m_members.empty() ? nullptr : m_members.front().get();
}

QList<CompositeBackend::Member *> CompositeBackend::connected() const
{
    QList<Member *> members;
    for (const auto &m : m_members)
        if (m->state == AccountStatus::State::Connected)
            members << m.get();
    return members;
}

Error CompositeBackend::unknownAccount(const QString &scopedId) const
{
    return Error(ErrorCode::NotFound,
                 tr("%1 belongs to no account in this window; refresh and try again.")
                     .arg(ScopedId::local(scopedId)));
}

QString CompositeBackend::displayName() const
{
    if (m_members.size() == 1)
        return m_members.front()->name;
    return tr("%n account(s)", nullptr, int(m_members.size()));
}

QList<Product> CompositeBackend::products() const
{
    QList<Product> products;
    for (const auto &m : m_members)
        for (Product p : m->backend->products())
            if (!products.contains(p))
                products << p;
    return products;
}

const ProductPolicy &CompositeBackend::policy(Product product) const
{
    for (const auto &m : m_members)
        if (m->backend->products().contains(product))
            return m->backend->policy(product);
    return Backend::policy(product);
}

const ProductPolicy &CompositeBackend::policyForRegion(Product product,
                                                       const QString &regionId) const
{
    if (Member *m = memberOf(regionId))
        return m->backend->policyForRegion(product, AccountScope::in(regionId));
    return policy(product);
}

PriceList CompositeBackend::prices(Product product, const QString &regionId) const
{
    if (Member *m = memberOf(regionId))
        return m->backend->prices(product, AccountScope::in(regionId));
    return Backend::prices(product, AccountScope::in(regionId));
}

bool CompositeBackend::canControlAccount() const
{
    const Member *m = controlled();
    return m && m->backend->canControlAccount();
}

QList<AccountStatus> CompositeBackend::accounts() const
{
    QList<AccountStatus> statuses;
    for (const auto &m : m_members)
        statuses << statusOf(*m);
    return statuses;
}

void CompositeBackend::retryAccount(const QString &accountId)
{
    Member *m = nullptr;
    for (const auto &candidate : m_members)
        if (candidate->scope.scope() == accountId)
            m = candidate.get();
    if (!m || m->state == AccountStatus::State::Loading)
        return;
    setState(*m, AccountStatus::State::Loading);
    m->backend->fetchRegions().then(this, [this, m](const Result<QList<Region>> &regions) {
        if (regions)
            setState(*m, AccountStatus::State::Connected);
        else
            setState(*m, AccountStatus::State::Failed, regions.error().message);
    });
}

template <typename T>
QFuture<Result<QList<T>>>
CompositeBackend::readAll(std::function<QFuture<Result<QList<T>>>(Backend &)> read)
{
    const QList<Member *> members = connected();
    if (members.isEmpty())
        return answered(Result<QList<T>>(
            m_firstFailure.isError()
                ? m_firstFailure
                : Error(ErrorCode::Network, tr("No account in this window is connected yet."))));
    // Everything that touches the records runs on pool threads: scoping 100 000 records
    // allocates every id anew, and whichever thread drops the last reference to a member's
    // answer frees it - neither may be the GUI thread. The GUI thread only hears which
    // accounts failed.
    struct Join
    {
        QMutex mutex;
        QList<std::pair<AccountScope, QList<T>>> parts; // each account's answer, as it came
        int asked = 0;
        int pending = 0;
        int failed = 0;
        Error firstFailure;
        QPromise<Result<QList<T>>> promise;
    };
    auto join = std::make_shared<Join>();
    join->asked = join->pending = int(members.size());
    join->promise.start();
    QFuture<Result<QList<T>>> joined = join->promise.future();
    QPointer<CompositeBackend> self(this);
    for (Member *m : members) {
        const AccountScope scope = m->scope;
        read(*m->backend)
            .then(QtFuture::Launch::Async, [self, m, scope, join](Result<QList<T>> answer) {
                QMutexLocker lock(&join->mutex);
                if (answer) {
                    join->parts.append({scope, std::move(answer).value()});
                } else if (meansUnreachable(answer.error())) {
                    if (join->failed++ == 0)
                        join->firstFailure = answer.error();
                    const QString why = answer.error().message;
                    QMetaObject::invokeMethod(self, [self, m, why] {
                        if (self)
                            self->setState(*m, AccountStatus::State::Failed, why);
                    });
                }
                if (--join->pending > 0)
                    return;
                if (join->failed == join->asked) {
                    join->promise.addResult(Result<QList<T>>(join->firstFailure));
                    join->promise.finish();
                    return;
                }
                qsizetype size = 0;
                for (const auto &part : std::as_const(join->parts))
                    size += part.second.size();
                QList<T> all;
                all.reserve(size);
                for (const auto &[partScope, part] : std::as_const(join->parts))
                    for (const T &record : part)
                        all.append(partScope.out(record));
                join->parts.clear();
                join->promise.addResult(Result<QList<T>>(std::move(all)));
                join->promise.finish();
            });
    }
    return joined;
}

template <typename T>
QFuture<Result<QList<T>>> CompositeBackend::readRegion(
    const QString &regionKey,
    std::function<QFuture<Result<QList<T>>>(Backend &, const QString &)> read)
{
    if (regionKey.isEmpty())
        return readAll<T>([read](Backend &b) { return read(b, {}); });
    Member *m = memberOf(regionKey);
    if (!m)
        return answered(Result<QList<T>>(unknownAccount(regionKey)));
    const AccountScope scope = m->scope;
    return read(*m->backend, AccountScope::in(regionKey))
        .then(QtFuture::Launch::Async, [scope](Result<QList<T>> answer) {
            return answer ? Result<QList<T>>(scope.out(std::move(answer).value())) : answer;
        });
}

template <typename T>
QFuture<T> CompositeBackend::write(const QString &scopedId,
                                   std::function<QFuture<T>(Backend &)> send)
{
    Member *m = memberOf(scopedId);
    if (!m)
        return answered(T(unknownAccount(scopedId)));
    const AccountScope scope = m->scope;
    return send(*m->backend).then(this, [scope](T answer) {
        return scopedAnswer(scope, std::move(answer));
    });
}

QFuture<Result<QList<Region>>> CompositeBackend::fetchRegions()
{
    return readAll<Region>([](Backend &b) { return b.fetchRegions(); });
}

QFuture<Result<QList<Instance>>> CompositeBackend::fetchInstances(const QString &regionKey)
{
    return readRegion<Instance>(
        regionKey, [](Backend &b, const QString &key) { return b.fetchInstances(key); });
}

QFuture<Result<QList<Image>>> CompositeBackend::fetchImages(const QString &regionKey)
{
    return readRegion<Image>(regionKey,
                             [](Backend &b, const QString &key) { return b.fetchImages(key); });
}

QFuture<Result<QList<Snapshot>>> CompositeBackend::fetchSnapshots(const QString &regionKey)
{
    return readRegion<Snapshot>(
        regionKey, [](Backend &b, const QString &key) { return b.fetchSnapshots(key); });
}

QFuture<Result<QList<Operation>>> CompositeBackend::fetchOperations()
{
    return readAll<Operation>([](Backend &b) { return b.fetchOperations(); });
}

QFuture<Result<Account>> CompositeBackend::fetchAccount()
{
    Member *m = controlled();
    if (!m)
        return answered(
            Result<Account>(Error(ErrorCode::NotFound, tr("No account is in this window."))));
    return m->backend->fetchAccount();
}

QFuture<Result<QList<ImageQuota>>> CompositeBackend::fetchImageQuotas()
{
    return readAll<ImageQuota>([](Backend &b) { return b.fetchImageQuotas(); });
}

QFuture<Result<QStringList>> CompositeBackend::fetchProjects(Product product,
                                                             const QString &regionId)
{
    // Two accounts of one cloud have projects of their own: the account that owns the region
    // answers. Project ids are the account's own names, not record ids, so they are not
    // scoped: the user reads them as the cloud has them, and a copy request carries one back
    // unchanged to the same account, which it reaches by its image's id.
    Member *m = memberOf(regionId);
    if (!m)
        return answered(Result<QStringList>(unknownAccount(regionId)));
    return m->backend->fetchProjects(product, AccountScope::in(regionId));
}

QFuture<Result<Operation>> CompositeBackend::createImage(const CreateImageRequest &request)
{
    const CreateImageRequest local = AccountScope::in(request);
    return write<Result<Operation>>(request.regionId,
                                    [local](Backend &b) { return b.createImage(local); });
}

QFuture<Result<Operation>> CompositeBackend::copyImage(const CopyImageRequest &request)
{
    if (ScopedId::scopeOf(request.imageId) != ScopedId::scopeOf(request.targetRegionId))
        return answered(Result<Operation>(
            Error(ErrorCode::InvalidArgument,
                  tr("An image is copied within its own account; choose a region of the "
                     "account that holds %1.")
                      .arg(ScopedId::local(request.imageId)))));
    const CopyImageRequest local = AccountScope::in(request);
    return write<Result<Operation>>(request.imageId,
                                    [local](Backend &b) { return b.copyImage(local); });
}

QFuture<Result<Image>> CompositeBackend::editImage(const EditImageRequest &request)
{
    const EditImageRequest local = AccountScope::in(request);
    return write<Result<Image>>(request.imageId,
                                [local](Backend &b) { return b.editImage(local); });
}

QFuture<Status> CompositeBackend::deleteImages(const QStringList &imageIds)
{
    // One request per account that holds some of them; the first refusal is the answer.
    QMap<QString, QStringList> byAccount;
    for (const QString &id : imageIds)
        byAccount[ScopedId::scopeOf(id)] << id;
    if (byAccount.size() <= 1)
        return write<Status>(imageIds.value(0), [ids = AccountScope::in(imageIds)](Backend &b) {
            return b.deleteImages(ids);
        });
    struct Join
    {
        int pending = 0;
        Status first;
        QPromise<Status> promise;
    };
    auto join = std::make_shared<Join>();
    join->pending = int(byAccount.size());
    join->promise.start();
    QFuture<Status> joined = join->promise.future();
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        write<Status>(it.value().first(), [ids = AccountScope::in(it.value())](Backend &b) {
            return b.deleteImages(ids);
        }).then(this, [join](const Status &status) {
            if (!status && join->first)
                join->first = status;
            if (--join->pending == 0) {
                join->promise.addResult(join->first);
                join->promise.finish();
            }
        });
    }
    return joined;
}

QFuture<Status> CompositeBackend::deleteSnapshot(const QString &snapshotId)
{
    return write<Status>(snapshotId, [id = AccountScope::in(snapshotId)](Backend &b) {
        return b.deleteSnapshot(id);
    });
}

QFuture<Result<Operation>> CompositeBackend::launchInstances(const LaunchRequest &request)
{
    const LaunchRequest local = AccountScope::in(request);
    return write<Result<Operation>>(request.imageId,
                                    [local](Backend &b) { return b.launchInstances(local); });
}

QFuture<Result<Operation>> CompositeBackend::startInstance(const QString &instanceId)
{
    return write<Result<Operation>>(instanceId, [id = AccountScope::in(instanceId)](Backend &b) {
        return b.startInstance(id);
    });
}

QFuture<Result<Operation>> CompositeBackend::stopInstance(const QString &instanceId)
{
    return write<Result<Operation>>(
        instanceId, [id = AccountScope::in(instanceId)](Backend &b) { return b.stopInstance(id); });
}

QFuture<Status> CompositeBackend::cancelOperation(const QString &operationId)
{
    return write<Status>(operationId, [id = AccountScope::in(operationId)](Backend &b) {
        return b.cancelOperation(id);
    });
}

QFuture<Status> CompositeBackend::topUp(qint64 amountFen)
{
    Member *m = controlled();
    if (!m)
        return answered(Status(Error(ErrorCode::NotFound, tr("No account is in this window."))));
    return m->backend->topUp(amountFen);
}

QFuture<Status> CompositeBackend::setBalance(qint64 balanceFen)
{
    Member *m = controlled();
    if (!m)
        return answered(Status(Error(ErrorCode::NotFound, tr("No account is in this window."))));
    return m->backend->setBalance(balanceFen);
}

} // namespace imprint
