#include "clock.h"
#include "compositebackend.h"
#include "fakebackend.h"
#include "simulatorbackend.h"

#include <QDeadlineTimer>
#include <QPromise>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace imprint;

namespace {

// Waits for a future whose continuations run on this thread, so the event loop must turn.
template <typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!future.isFinished())
        qFatal("a future did not finish within 30 s");
    return future.result();
}

template <typename T> QFuture<T> answered(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// An account that cannot be reached: every read fails the way a dead endpoint does, until it is
// told to come back.
class UnreachableBackend : public Backend
{
public:
    bool up = false;
    Error down{ErrorCode::Network, QStringLiteral("Connection refused by 127.0.0.1:9.")};

    QString displayName() const override { return QStringLiteral("down"); }
    QList<Product> products() const override { return {Product::Cvm}; }
    QFuture<Result<QList<Region>>> fetchRegions() override
    {
        Region region;
        region.id = QStringLiteral("ap-guangzhou");
        region.product = Product::Cvm;
        region.name = QStringLiteral("Guangzhou");
        return up ? answered(Result<QList<Region>>(QList<Region>{region}))
                  : answered(Result<QList<Region>>(down));
    }
    template <typename T> QFuture<Result<QList<T>>> list()
    {
        return up ? answered(Result<QList<T>>(QList<T>())) : answered(Result<QList<T>>(down));
    }
    QFuture<Result<QList<Instance>>> fetchInstances(const QString &) override
    {
        return list<Instance>();
    }
    QFuture<Result<QList<Image>>> fetchImages(const QString &) override { return list<Image>(); }
    QFuture<Result<QList<Snapshot>>> fetchSnapshots(const QString &) override
    {
        return list<Snapshot>();
    }
    QFuture<Result<QList<Operation>>> fetchOperations() override { return list<Operation>(); }
    QFuture<Result<Account>> fetchAccount() override { return answered(Result<Account>(down)); }
    QFuture<Result<QList<ImageQuota>>> fetchImageQuotas() override { return list<ImageQuota>(); }
    QFuture<Result<QStringList>> fetchProjects(Product, const QString &) override
    {
        return answered(Result<QStringList>(down));
    }
    QFuture<Result<Operation>> createImage(const CreateImageRequest &) override
    {
        return answered(Result<Operation>(down));
    }
    QFuture<Result<Operation>> copyImage(const CopyImageRequest &) override
    {
        return answered(Result<Operation>(down));
    }
    QFuture<Result<Image>> editImage(const EditImageRequest &) override
    {
        return answered(Result<Image>(down));
    }
    QFuture<Status> deleteImages(const QStringList &) override { return answered(Status(down)); }
    QFuture<Status> deleteSnapshot(const QString &) override { return answered(Status(down)); }
    QFuture<Result<Operation>> launchInstances(const LaunchRequest &) override
    {
        return answered(Result<Operation>(down));
    }
    QFuture<Result<Operation>> startInstance(const QString &) override
    {
        return answered(Result<Operation>(down));
    }
    QFuture<Result<Operation>> stopInstance(const QString &) override
    {
        return answered(Result<Operation>(down));
    }
    QFuture<Status> cancelOperation(const QString &) override { return answered(Status(down)); }
    QFuture<Status> topUp(qint64) override { return answered(Status(down)); }
    QFuture<Status> setBalance(qint64) override { return answered(Status(down)); }
    void loseConnection() { emit connectionStateChanged(false, down.message); }
};

} // namespace

// Several accounts behind one Backend: ids never collide, every call reaches the account that
// owns what it names, and one account's failure is that account's alone.
class TestCompositeBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Two embedded simulators with the same demo world: the same ids in both.
    std::unique_ptr<CompositeBackend> twoSimulators(SimulatorBackend **first = nullptr,
                                                    SimulatorBackend **second = nullptr)
    {
        auto composite = std::make_unique<CompositeBackend>();
        for (const char *id : {"a1", "a2"}) {
            auto sim = std::make_unique<SimulatorBackend>(std::make_unique<ManualClock>());
            SimulatorBackend::Options options;
            options.databasePath = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                                      .arg(QLatin1String(id))
                                                      .arg(QTest::currentTestFunction()));
            options.tickIntervalMs = 0;
            QFuture<Status> ready = sim->start(options);
            if (first && !*first)
                *first = sim.get();
            else if (second)
                *second = sim.get();
            composite->addAccount(QLatin1String(id), QStringLiteral("Account %1").arg(id),
                                  std::move(sim), ready);
        }
        // ready() answers when the first account is up; these tests want both.
        QDeadlineTimer deadline(30000);
        const auto bothUp = [&composite] {
            const QList<AccountStatus> accounts = composite->accounts();
            return std::all_of(accounts.cbegin(), accounts.cend(), [](const AccountStatus &a) {
                return a.state == AccountStatus::State::Connected;
            });
        };
        while (!bothUp() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return composite;
    }

    static Instance runningCvmInstance(const QList<Instance> &instances, const QString &scope)
    {
        for (const Instance &i : instances)
            if (i.product == Product::Cvm && i.state == InstanceState::Running &&
                ScopedId::scopeOf(i.id) == scope)
                return i;
        return {};
    }

private slots:
    void scopedIdsSplitIntoScopeAndTheCloudsOwnId()
    {
        QCOMPARE(ScopedId::make(QStringLiteral("a2"), QStringLiteral("img-8kd0")),
                 QStringLiteral("a2:img-8kd0"));
        QCOMPARE(ScopedId::make(QString(), QStringLiteral("img-8kd0")), QStringLiteral("img-8kd0"));
        QCOMPARE(ScopedId::make(QStringLiteral("a2"), QString()), QString()); // nothing to point at
        QCOMPARE(ScopedId::scopeOf(QStringLiteral("a2:img-8kd0")), QStringLiteral("a2"));
        QCOMPARE(ScopedId::scopeOf(QStringLiteral("cvm/a2:ap-guangzhou")), QStringLiteral("a2"));
        QCOMPARE(ScopedId::scopeOf(QStringLiteral("cvm/ap-guangzhou")), QString());
        QCOMPARE(ScopedId::local(QStringLiteral("a2:img-8kd0")), QStringLiteral("img-8kd0"));
        QCOMPARE(ScopedId::local(QStringLiteral("cvm/a2:ap-guangzhou")),
                 QStringLiteral("cvm/ap-guangzhou"));
        QCOMPARE(ScopedId::local(QStringLiteral("img-8kd0")), QStringLiteral("img-8kd0"));
        // Every id a record points at is scoped with it, and comes back unscoped in requests.
        const AccountScope scope(QStringLiteral("a2"));
        Image image;
        image.id = QStringLiteral("img-1");
        image.regionId = QStringLiteral("ap-guangzhou");
        image.sourceInstanceId = QStringLiteral("ins-1");
        image.systemSnapshotId = QStringLiteral("snap-1");
        image.dataDisks = {{QStringLiteral("snap-2"), 50}, {QString(), 20}};
        const Image out = scope.out(image);
        QCOMPARE(out.sourceInstanceId, QStringLiteral("a2:ins-1"));
        QCOMPARE(out.dataDisks.at(0).snapshotId, QStringLiteral("a2:snap-2"));
        QCOMPARE(out.dataDisks.at(1).snapshotId, QString());
        QCOMPARE(out.regionKey(), QStringLiteral("lighthouse/a2:ap-guangzhou"));
        CreateImageRequest request;
        request.regionId = out.regionId;
        request.sourceInstanceId = out.sourceInstanceId;
        request.snapshotIds = {out.systemSnapshotId};
        const CreateImageRequest in = AccountScope::in(request);
        QCOMPARE(in.regionId, image.regionId);
        QCOMPARE(in.sourceInstanceId, image.sourceInstanceId);
        QCOMPARE(in.snapshotIds, QStringList{image.systemSnapshotId});
    }

    void idsOfTwoAccountsNeverCollide()
    {
        SimulatorBackend *first = nullptr;
        SimulatorBackend *second = nullptr;
        auto composite = twoSimulators(&first, &second);
        QVERIFY(await(composite->ready()).ok());
        const QList<Image> own = await(first->fetchImages({})).value();
        QVERIFY(!own.isEmpty());

        const QList<Image> images = await(composite->fetchImages({})).value();
        QCOMPARE(images.size(), 2 * own.size());
        QSet<QString> ids;
        for (const Image &image : images) {
            ids.insert(image.id);
            QVERIFY2(image.id.startsWith(QLatin1String("a1:")) ||
                         image.id.startsWith(QLatin1String("a2:")),
                     qPrintable(image.id));
            QCOMPARE(ScopedId::scopeOf(image.regionKey()), ScopedId::scopeOf(image.id));
        }
        QCOMPARE(ids.size(), images.size());
        // What the user reads is the cloud's own id.
        QCOMPARE(ScopedId::local(images.first().id), own.first().id);

        // Regions too: the same region of two accounts is two rows.
        const QList<Region> regions = await(composite->fetchRegions()).value();
        QCOMPARE(regions.size(), 2 * await(first->fetchRegions()).value().size());
        // A region's records come from its own account only.
        const QString key = images.first().regionKey();
        for (const Image &image : await(composite->fetchImages(key)).value())
            QCOMPARE(ScopedId::scopeOf(image.id), ScopedId::scopeOf(key));
    }

    void aWriteGoesToTheAccountThatOwnsItsSource()
    {
        SimulatorBackend *first = nullptr;
        SimulatorBackend *second = nullptr;
        auto composite = twoSimulators(&first, &second);
        QVERIFY(await(composite->ready()).ok());
        const Instance source =
            runningCvmInstance(await(composite->fetchInstances()).value(), QStringLiteral("a2"));
        QVERIFY(!source.id.isEmpty());

        QSignalSpy changed(composite.get(), &Backend::imagesChanged);
        CreateImageRequest request;
        request.product = Product::Cvm;
        request.regionId = source.regionId;
        request.sourceInstanceId = source.id;
        request.name = QStringLiteral("made-in-a2");
        const Result<Operation> operation = await(composite->createImage(request));
        QVERIFY2(operation.ok(), qPrintable(operation.error().message));
        QVERIFY(operation->id.startsWith(QLatin1String("a2:")));
        QVERIFY(operation->targetId.startsWith(QLatin1String("a2:")));

        const auto named = [](const QList<Image> &images) {
            return std::count_if(images.cbegin(), images.cend(), [](const Image &i) {
                return i.name == QLatin1String("made-in-a2");
            });
        };
        QCOMPARE(named(await(second->fetchImages({})).value()), 1);
        QCOMPARE(named(await(first->fetchImages({})).value()), 0);
        QTRY_VERIFY(!changed.isEmpty());
        const QList<Image> announced = changed.first().first().value<QList<Image>>();
        QVERIFY(!announced.isEmpty());
        QCOMPARE(ScopedId::scopeOf(announced.first().id), QStringLiteral("a2"));
    }

    void copyingStaysWithinItsAccount()
    {
        auto composite = twoSimulators();
        QVERIFY(await(composite->ready()).ok());
        Image image;
        for (const Image &i : await(composite->fetchImages({})).value())
            if (i.product == Product::Cvm && i.isUsable() && i.id.startsWith(QLatin1String("a1:")))
                image = i;
        QVERIFY(!image.id.isEmpty());
        CopyImageRequest copy;
        copy.imageId = image.id;
        copy.targetRegionId = ScopedId::make(QStringLiteral("a2"), QStringLiteral("ap-shanghai"));
        const Result<Operation> refused = await(composite->copyImage(copy));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.contains(ScopedId::local(image.id)));
    }

    void projectsComeFromTheAccountThatOwnsTheRegion()
    {
        // Two UCloud accounts, a company's and a client's, each with projects of its own and
        // the same region id.
        auto composite = std::make_unique<CompositeBackend>();
        FakeBackend *company = nullptr;
        FakeBackend *client = nullptr;
        for (const char *id : {"a1", "a2"}) {
            auto fake = std::make_unique<FakeBackend>();
            fake->productList = {Product::UHost};
            fake->regions = {
                makeRegion(Product::UHost, QStringLiteral("cn-bj2"), QStringLiteral("Beijing"))};
            fake->projects = {QStringLiteral("Default"),
                              QStringLiteral("org-%1").arg(QLatin1String(id))};
            if (!company)
                company = fake.get();
            else
                client = fake.get();
            composite->addAccount(QLatin1String(id), QStringLiteral("Account %1").arg(id),
                                  std::move(fake), answered(Status()));
        }
        QVERIFY(await(composite->ready()).ok());
        const QList<Region> regions = await(composite->fetchRegions()).value();
        QCOMPARE(regions.size(), 2);

        // Each account's region, as the window holds it (scoped), asks that account only, with
        // the region id the account knows; the project names come back as the cloud has them.
        for (const Region &region : regions) {
            FakeBackend *owner = region.id.startsWith(QLatin1String("a1:")) ? company : client;
            FakeBackend *other = owner == company ? client : company;
            const qsizetype otherAsked = other->projectsAskedFor.size();
            const Result<QStringList> projects =
                await(composite->fetchProjects(Product::UHost, region.id));
            QVERIFY2(projects.ok(), qPrintable(projects.error().message));
            QCOMPARE(projects.value(), owner->projects);
            QCOMPARE(owner->projectsAskedFor.last(), QStringLiteral("cn-bj2"));
            QCOMPARE(other->projectsAskedFor.size(), otherAsked);
        }
        QCOMPARE(company->projectsAskedFor.size(), 1);
        QCOMPARE(client->projectsAskedFor.size(), 1);

        // A region no account in the window owns is refused: never another account's projects.
        for (const QString &stranger : {QStringLiteral("a9:cn-bj2"), QStringLiteral("cn-bj2")}) {
            const Result<QStringList> refused =
                await(composite->fetchProjects(Product::UHost, stranger));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::NotFound);
        }
        QCOMPARE(company->projectsAskedFor.size() + client->projectsAskedFor.size(), 2);
    }

    void aUHostImageIsCopiedIntoAProjectOfItsOwnAccount()
    {
        SimulatorBackend *first = nullptr;
        SimulatorBackend *second = nullptr;
        auto composite = twoSimulators(&first, &second);
        QVERIFY(await(composite->ready()).ok());
        Image image;
        for (const Image &i : await(composite->fetchImages({})).value())
            if (i.product == Product::UHost && i.isUsable() &&
                i.id.startsWith(QLatin1String("a2:")))
                image = i;
        QVERIFY(!image.id.isEmpty());

        // What the copy dialog lists: the second account's own projects.
        const Result<QStringList> projects =
            await(composite->fetchProjects(Product::UHost, image.regionId));
        QVERIFY2(projects.ok(), qPrintable(projects.error().message));
        QCOMPARE(projects.value(), await(second->fetchProjects(Product::UHost, {})).value());
        QVERIFY(projects->contains(image.projectId));
        QString target;
        for (const QString &project : projects.value())
            if (project != image.projectId)
                target = project;
        QVERIFY(!target.isEmpty());

        // A copy into one of them, in the same region, lands in that account and project.
        CopyImageRequest copy;
        copy.imageId = image.id;
        copy.targetRegionId = image.regionId;
        copy.targetProjectId = target;
        copy.name = QStringLiteral("copied-in-a2");
        const Result<Operation> operation = await(composite->copyImage(copy));
        QVERIFY2(operation.ok(), qPrintable(operation.error().message));
        QCOMPARE(ScopedId::scopeOf(operation->id), QStringLiteral("a2"));
        const auto copies = [](const QList<Image> &images) {
            QList<Image> found;
            for (const Image &i : images)
                if (i.name == QLatin1String("copied-in-a2"))
                    found << i;
            return found;
        };
        const QList<Image> inSecond = copies(await(second->fetchImages({})).value());
        QCOMPARE(inSecond.size(), 1);
        QCOMPARE(inSecond.first().projectId, target);
        QCOMPARE(inSecond.first().regionId, ScopedId::local(image.regionId));
        QVERIFY(copies(await(first->fetchImages({})).value()).isEmpty());
    }

    void deletingAcrossAccountsAsksEach()
    {
        SimulatorBackend *first = nullptr;
        SimulatorBackend *second = nullptr;
        auto composite = twoSimulators(&first, &second);
        QVERIFY(await(composite->ready()).ok());
        const QList<Image> before = await(composite->fetchImages({})).value();
        QStringList victims;
        for (const char *scope : {"a1:", "a2:"})
            for (const Image &i : before)
                if (i.id.startsWith(QLatin1String(scope)) && i.isUsable() &&
                    i.product == Product::Lighthouse) {
                    victims << i.id;
                    break;
                }
        QCOMPARE(victims.size(), 2);
        QSignalSpy removed(composite.get(), &Backend::imagesRemoved);
        const Status status = await(composite->deleteImages(victims));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QTRY_COMPARE(removed.size(), 2);
        const QList<Image> after = await(composite->fetchImages({})).value();
        QCOMPARE(after.size(), before.size() - 2);
        for (const Image &i : after)
            QVERIFY(!victims.contains(i.id));
        QCOMPARE(await(first->fetchImages({})).value().size(), before.size() / 2 - 1);
        QCOMPARE(await(second->fetchImages({})).value().size(), before.size() / 2 - 1);
    }

    void oneAccountFailingLeavesTheOthersWorking()
    {
        auto composite = twoSimulators();
        auto down = std::make_unique<UnreachableBackend>();
        UnreachableBackend *dead = down.get();
        QSignalSpy states(composite.get(), &Backend::accountStatusChanged);
        composite->addAccount(QStringLiteral("a3"), QStringLiteral("Dead"), std::move(down),
                              dead->fetchRegions().then([](const Result<QList<Region>> &r) {
                                  return r ? Status() : Status(r.error());
                              }));
        QVERIFY(await(composite->ready()).ok());
        QTRY_COMPARE(composite->accounts().size(), 3);
        QTRY_COMPARE(composite->accounts().at(2).state, AccountStatus::State::Failed);
        QCOMPARE(composite->accounts().at(2).problem, dead->down.message);
        QCOMPARE(composite->accounts().at(0).state, AccountStatus::State::Connected);
        QVERIFY(std::any_of(states.cbegin(), states.cend(), [](const QList<QVariant> &args) {
            const auto s = args.first().value<AccountStatus>();
            return s.id == QLatin1String("a3") && s.state == AccountStatus::State::Failed;
        }));
        // The others answer; the dead one is not asked.
        const Result<QList<Image>> images = await(composite->fetchImages({}));
        QVERIFY(images.ok());
        QVERIFY(!images->isEmpty());
        for (const Image &i : images.value())
            QVERIFY(!i.id.startsWith(QLatin1String("a3:")));
        // A call naming the dead account's record says why.
        const Result<Operation> start = await(composite->startInstance(QStringLiteral("a3:ins-1")));
        QVERIFY(!start.ok());
        QCOMPARE(start.error().message, dead->down.message);

        // Retry while still down: failed again, with the reason.
        composite->retryAccount(QStringLiteral("a3"));
        QTRY_COMPARE(composite->accounts().at(2).state, AccountStatus::State::Failed);
        // Back up: Retry brings it back without a restart, and its regions join.
        dead->up = true;
        composite->retryAccount(QStringLiteral("a3"));
        QTRY_COMPARE(composite->accounts().at(2).state, AccountStatus::State::Connected);
        const QList<Region> regions = await(composite->fetchRegions()).value();
        QVERIFY(std::any_of(regions.cbegin(), regions.cend(), [](const Region &r) {
            return r.id == QLatin1String("a3:ap-guangzhou");
        }));
    }

    void aLostConnectionIsThatAccountsState()
    {
        auto composite = std::make_unique<CompositeBackend>();
        auto backend = std::make_unique<UnreachableBackend>();
        UnreachableBackend *member = backend.get();
        member->up = true;
        composite->addAccount(QStringLiteral("t1"), QStringLiteral("Tencent"), std::move(backend),
                              answered(Status()));
        QVERIFY(await(composite->ready()).ok());
        QCOMPARE(composite->accounts().first().state, AccountStatus::State::Connected);
        QSignalSpy states(composite.get(), &Backend::accountStatusChanged);
        member->loseConnection();
        QCOMPARE(states.size(), 1);
        const auto status = states.first().first().value<AccountStatus>();
        QCOMPARE(status.id, QStringLiteral("t1"));
        QCOMPARE(status.state, AccountStatus::State::Failed);
        QCOMPARE(status.problem, member->down.message);
    }

    void everyAccountFailingFailsTheWindow()
    {
        auto composite = std::make_unique<CompositeBackend>();
        auto backend = std::make_unique<UnreachableBackend>();
        const QString why = backend->down.message;
        composite->addAccount(QStringLiteral("x"), QStringLiteral("X"), std::move(backend),
                              answered(Status(Error(ErrorCode::Network, why))));
        const Status ready = await(composite->ready());
        QVERIFY(!ready.ok());
        QCOMPARE(ready.error().message, why);
    }
};

QTEST_GUILESS_MAIN(TestCompositeBackend)
#include "tst_compositebackend.moc"
