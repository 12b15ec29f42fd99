#include "remoteengine.h"

#include "changetracker.h"
#include "productpolicy.h"
#include "remotereader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace imprint {

Q_LOGGING_CATEGORY(lcRemoteEngine, "imprint.remote.engine")

namespace {

using Target = OperationTracker::Target;
using Poll = OperationTracker::Poll;

// Simulated-cloud durations the operations' progress estimate is paced by (the image
// durations come from the product policies).
constexpr qint64 kLaunchSeconds = 60;
constexpr qint64 kPowerSeconds = 30;

QString quoted(const QString &name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

Target imageTarget(Product product, const QString &regionId, const QString &id)
{
    return {Target::Kind::Image, product, regionId, id};
}

Target instanceTarget(Product product, const QString &regionId, const QString &id)
{
    return {Target::Kind::Instance, product, regionId, id};
}

Error cannotCopy(Product product)
{
    return Error(ErrorCode::CrossRegionNotSupported,
                 QCoreApplication::translate("RemoteEngine",
                                             "%1 cannot copy custom images to another region; "
                                             "make a new image there from an instance in that "
                                             "region.")
                     .arg(productShortName(product)));
}

} // namespace

RemoteEngine::RemoteEngine(RemoteCloud cloud, Options options, QObject *parent)
    : QObject(parent)
    , m_cloudName(cloud.name)
    , m_products(std::move(cloud.products))
    , m_options(std::move(options))
{
    m_options.operations.cloudName = m_cloudName;
    QList<const ProductApi *> apis;
    for (const std::unique_ptr<ProductApi> &api : m_products)
        apis << api.get();
    m_caller =
        new RemoteCaller(std::move(cloud.transport), {m_options.retry, m_options.randomSeed}, this);
    m_reader = new RemoteReader(m_caller, apis, this);
    m_changes = new ChangeTracker(this);
    m_operations = new OperationTracker(m_options.operations, this);
    m_pollTimer = new QTimer(this);
    m_refreshTimer = new QTimer(this);

    connect(m_caller, &RemoteCaller::connectionStateChanged, this,
            &RemoteEngine::connectionStateChanged);
    connect(m_changes, &ChangeTracker::imagesChanged, this, &RemoteEngine::imagesChanged);
    connect(m_changes, &ChangeTracker::imagesRemoved, this, &RemoteEngine::imagesRemoved);
    connect(m_changes, &ChangeTracker::imagesReleased, m_operations,
            &OperationTracker::recordReleases);
    connect(m_changes, &ChangeTracker::instancesChanged, this, &RemoteEngine::instancesChanged);
    connect(m_changes, &ChangeTracker::instancesRemoved, this, &RemoteEngine::instancesRemoved);
    connect(m_operations, &OperationTracker::operationsChanged, this,
            &RemoteEngine::operationsChanged);
    connect(m_pollTimer, &QTimer::timeout, this, &RemoteEngine::poll);
    connect(m_refreshTimer, &QTimer::timeout, this, &RemoteEngine::refresh);
}

RemoteEngine::~RemoteEngine() = default;

void RemoteEngine::start()
{
    if (m_options.pollIntervalMs > 0)
        m_pollTimer->start(m_options.pollIntervalMs);
    if (m_options.refreshIntervalMs > 0)
        m_refreshTimer->start(m_options.refreshIntervalMs);
}

void RemoteEngine::setCredentials(const Credentials &credentials)
{
    m_caller->setCredentials(credentials);
}

const ProductApi *RemoteEngine::apiFor(Product product) const
{
    for (const std::unique_ptr<ProductApi> &api : m_products)
        if (api->product() == product)
            return api.get();
    return nullptr;
}

const ProductApi *RemoteEngine::apiForImage(const QString &imageId) const
{
    if (const std::optional<Image> known = m_changes->image(imageId))
        return apiFor(known->product);
    for (const std::unique_ptr<ProductApi> &api : m_products)
        if (api->ownsId(imageId))
            return api.get();
    return nullptr;
}

const ProductApi *RemoteEngine::apiForInstance(const QString &instanceId) const
{
    if (const std::optional<Instance> known = m_changes->instance(instanceId))
        return apiFor(known->product);
    for (const std::unique_ptr<ProductApi> &api : m_products)
        if (api->ownsId(instanceId))
            return api.get();
    return nullptr;
}

Error RemoteEngine::unknownId(const QString &id) const
{
    return Error(ErrorCode::NotFound, tr("%1 has nothing with the id %2; refresh the lists and "
                                         "choose again.")
                                          .arg(m_cloudName, id));
}

// ---- reads ---------------------------------------------------------------------------------

void RemoteEngine::regions(Done<Result<QList<Region>>> done)
{
    m_reader->regions(std::move(done));
}

void RemoteEngine::instances(const QString &regionKey, Done<Result<QList<Instance>>> done)
{
    m_reader->forRegions<Instance>(
        regionKey,
        [this](const Region &r, RemoteReader::Done<QList<Instance>> one) {
            m_reader->instances(r.product, r.id, std::move(one));
        },
        [this, regionKey, done](Result<QList<Instance>> all) {
            if (all) {
                QStringList keys;
                for (const Region &r : m_reader->regionsFor(regionKey).value())
                    keys << r.key();
                m_changes->listedInstances(keys, all.value());
            }
            done(std::move(all));
        });
}

void RemoteEngine::images(const QString &regionKey, Done<Result<QList<Image>>> done)
{
    m_reader->forRegions<Image>(
        regionKey,
        [this](const Region &r, RemoteReader::Done<QList<Image>> one) {
            m_reader->images(r.product, r.id, std::move(one));
        },
        [this, regionKey, done](Result<QList<Image>> all) {
            if (!all) {
                done(std::move(all));
                return;
            }
            QList<Image> images = all.value();
            for (Image &image : images)
                image = withProgress(image);
            QStringList keys;
            for (const Region &r : m_reader->regionsFor(regionKey).value())
                keys << r.key();
            m_changes->listedImages(keys, images);
            done(images);
        });
}

QList<Operation> RemoteEngine::operations() const
{
    return m_operations->operations();
}

void RemoteEngine::imageQuotas(Done<Result<QList<ImageQuota>>> done)
{
    m_reader->forRegions<ImageQuota>(
        {},
        [this](const Region &r, RemoteReader::Done<QList<ImageQuota>> one) {
            m_reader->imageQuota(r.product, r.id, [one](Result<ImageQuota> quota) {
                if (quota)
                    one(QList<ImageQuota>{quota.value()});
                else
                    one(quota.error());
            });
        },
        [this, done](Result<QList<ImageQuota>> all) {
            if (all)
                emit quotasChanged(all.value());
            done(std::move(all));
        });
}

void RemoteEngine::projects(Product product, Done<Result<QStringList>> done)
{
    const ProductApi *api = apiFor(product);
    const std::optional<RemoteRequest> request = api ? api->listProjects() : std::nullopt;
    if (!request) {
        done(QStringList());
        return;
    }
    m_caller->call(*request, [api, done](Result<QJsonObject> answer) {
        if (!answer)
            done(answer.error());
        else
            done(api->parseProjects(answer.value()));
    });
}

Image RemoteEngine::withProgress(Image image) const
{
    // Blueprints carry no progress; show the operation's estimate instead of a bar at 0.
    if (image.progress == 0 && image.state == ImageState::Creating)
        image.progress = m_operations->progressFor(image.id).value_or(0);
    return image;
}

void RemoteEngine::locateImage(const QString &imageId, Done<Result<Image>> done)
{
    const ProductApi *api = apiForImage(imageId);
    if (!api) {
        done(unknownId(imageId));
        return;
    }
    const Product product = api->product();
    const std::optional<Image> known = m_changes->image(imageId);
    if (!known) {
        m_reader->findImage(product, imageId, [this, done](Result<Image> found) {
            if (found)
                m_changes->sawImage(withProgress(found.value()));
            done(std::move(found));
        });
        return;
    }
    m_reader->imagesById(
        product, known->regionId, {imageId}, [this, imageId, done](Result<QList<Image>> found) {
            if (!found) {
                done(found.error());
            } else if (found->isEmpty()) {
                m_changes->imageGone(imageId);
                done(Error(ErrorCode::NotFound, tr("Image %1 no longer exists; refresh the image "
                                                   "list and choose another.")
                                                    .arg(imageId)));
            } else {
                m_changes->sawImage(withProgress(found->first()));
                done(found->first());
            }
        });
}

void RemoteEngine::locateInstance(const QString &instanceId, Done<Result<Instance>> done)
{
    const ProductApi *api = apiForInstance(instanceId);
    if (!api) {
        done(unknownId(instanceId));
        return;
    }
    const Product product = api->product();
    const std::optional<Instance> known = m_changes->instance(instanceId);
    if (!known) {
        m_reader->findInstance(product, instanceId, [this, done](Result<Instance> found) {
            if (found)
                m_changes->sawInstance(found.value());
            done(std::move(found));
        });
        return;
    }
    m_reader->instancesById(
        product, known->regionId, {instanceId},
        [this, instanceId, done](Result<QList<Instance>> found) {
            if (!found) {
                done(found.error());
            } else if (found->isEmpty()) {
                m_changes->instanceGone(instanceId);
                done(Error(ErrorCode::NotFound, tr("Instance %1 no longer exists; refresh the "
                                                   "instance list.")
                                                    .arg(instanceId)));
            } else {
                m_changes->sawInstance(found->first());
                done(found->first());
            }
        });
}

// ---- polling and refresh -------------------------------------------------------------------

void RemoteEngine::poll()
{
    m_operations->expire();
    for (const Poll &p : m_operations->polls()) {
        if (m_pollsInFlight.contains(p.key()))
            continue; // the previous look at this region is still on its way
        m_pollsInFlight.insert(p.key());
        struct Answers
        {
            QList<Image> images;
            QList<Instance> instances;
            std::optional<Error> error;
            int pending = 2;
        };
        auto answers = std::make_shared<Answers>();
        auto finished = [this, p, answers] {
            if (--answers->pending > 0)
                return;
            m_pollsInFlight.remove(p.key());
            if (answers->error) {
                m_operations->pollFailed(p, *answers->error);
                return;
            }
            // Records first, then the operations: whoever waits for an operation's success
            // finds its image or instance already up to date.
            QSet<QString> found;
            for (const Image &image : std::as_const(answers->images)) {
                found.insert(image.id);
                m_changes->sawImage(withProgress(image));
            }
            for (const Instance &instance : std::as_const(answers->instances)) {
                found.insert(instance.id);
                m_changes->sawInstance(instance);
            }
            for (const QString &id : p.imageIds)
                if (!found.contains(id))
                    m_changes->imageGone(id);
            for (const QString &id : p.instanceIds)
                if (!found.contains(id))
                    m_changes->instanceGone(id);
            m_operations->polled(p, answers->images, answers->instances);
        };
        auto imagesDone = [answers, finished](Result<QList<Image>> r) {
            if (r)
                answers->images = r.value();
            else
                answers->error = r.error();
            finished();
        };
        auto instancesDone = [answers, finished](Result<QList<Instance>> r) {
            if (r)
                answers->instances = r.value();
            else
                answers->error = r.error();
            finished();
        };
        if (p.imageIds.isEmpty())
            imagesDone(QList<Image>());
        else
            m_reader->imagesById(p.product, p.regionId, p.imageIds, imagesDone);
        if (p.instanceIds.isEmpty())
            instancesDone(QList<Instance>());
        else
            m_reader->instancesById(p.product, p.regionId, p.instanceIds, instancesDone);
    }
}

void RemoteEngine::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto pending = std::make_shared<int>(2);
    auto finished = [this, pending] {
        if (--*pending == 0)
            m_refreshing = false;
    };
    // Failures are left to the next refresh: the connection state already tells the user.
    instances({}, [finished](Result<QList<Instance>>) { finished(); });
    images({}, [finished](Result<QList<Image>>) { finished(); });
}

void RemoteEngine::announceStarted(const Operation &started, Done<Result<Operation>> done)
{
    // Look at the targets once before answering, so that the new image or instances are
    // announced by the time the caller hears of the operation.
    const QList<Poll> polls = m_operations->pollsFor(started.id);
    auto pending = std::make_shared<qsizetype>(polls.size());
    auto answer = [this, started, done, pending] {
        if (--*pending > 0)
            return;
        done(m_operations->operation(started.id).value_or(started));
    };
    if (polls.isEmpty()) {
        ++*pending;
        answer();
        return;
    }
    for (const Poll &p : polls) {
        auto afterImages = [this, p, answer](Result<QList<Image>> images) {
            if (images)
                for (const Image &image : images.value())
                    m_changes->sawImage(withProgress(image));
            if (p.instanceIds.isEmpty()) {
                answer();
                return;
            }
            m_reader->instancesById(p.product, p.regionId, p.instanceIds,
                                    [this, answer](Result<QList<Instance>> instances) {
                                        if (instances)
                                            for (const Instance &i : instances.value())
                                                m_changes->sawInstance(i);
                                        answer();
                                    });
        };
        if (p.imageIds.isEmpty())
            afterImages(QList<Image>());
        else
            m_reader->imagesById(p.product, p.regionId, p.imageIds, afterImages);
    }
}

// ---- images --------------------------------------------------------------------------------

qint64 RemoteEngine::creationSeconds(Product product, const QString &sourceInstanceId) const
{
    const std::optional<Instance> source = m_changes->instance(sourceInstanceId);
    return ProductPolicy::forProduct(product).creationSeconds(source ? source->totalUsedGiB() : 0);
}

void RemoteEngine::imageIdsNamed(Product product, const QString &regionId, const QString &name,
                                 Done<Result<QSet<QString>>> done)
{
    m_reader->imagesByName(product, regionId, name, [done](Result<QList<Image>> existing) {
        if (!existing) {
            done(existing.error());
            return;
        }
        QSet<QString> ids;
        for (const Image &image : existing.value())
            ids.insert(image.id);
        done(ids);
    });
}

RemoteRequest::Reconcile RemoteEngine::adoptNewImageNamed(Product product, const QString &regionId,
                                                          const QString &name, QSet<QString> before,
                                                          std::shared_ptr<QString> adopted)
{
    return [this, product, regionId, name, before,
            adopted](const Error &failure, std::function<void(Reconciliation)> decide) {
        m_reader->imagesByName(
            product, regionId, name,
            [this, name, before, adopted, failure, decide](Result<QList<Image>> now) {
                if (!now) {
                    Error e = failure;
                    e.message = tr("Making image %1 failed (%2), and Imprint could not check "
                                   "whether an earlier attempt made it (%3). Refresh the image "
                                   "list before trying again.")
                                    .arg(quoted(name), failure.message, now.error().message);
                    decide(Reconciliation::fail(e));
                    return;
                }
                for (const Image &image : now.value()) {
                    if (before.contains(image.id))
                        continue;
                    qCDebug(lcRemoteEngine).noquote()
                        << "adopting" << image.id << "made by an earlier attempt";
                    m_changes->sawImage(image);
                    *adopted = image.id;
                    decide(Reconciliation::adopt({}));
                    return;
                }
                decide(Reconciliation::proceed());
            });
    };
}

void RemoteEngine::createImage(const CreateImageRequest &request, Done<Result<Operation>> done)
{
    const ProductApi *api = apiFor(request.product);
    if (!api) {
        done(Error(ErrorCode::Unsupported,
                   tr("This connection to %1 does not manage %2.")
                       .arg(m_cloudName, productDisplayName(request.product))));
        return;
    }
    const Product product = request.product;
    const Operation op =
        m_operations->begin(OperationKind::CreateImage, product, request.regionId, request.name,
                            creationSeconds(product, request.sourceInstanceId));
    auto failed = [this, op, done](const Error &error) {
        m_operations->fail(op.id, error);
        done(error);
    };
    // The names taken before the call: an image with this name and another id is ours.
    imageIdsNamed(
        product, request.regionId, request.name,
        [this, api, request, op, done, failed](Result<QSet<QString>> before) {
            if (!before) {
                failed(before.error());
                return;
            }
            auto adopted = std::make_shared<QString>();
            RemoteRequest call = api->createImage(request);
            call.reconcile = adoptNewImageNamed(api->product(), request.regionId, request.name,
                                                before.value(), adopted);
            m_caller->call(call, [this, api, request, adopted, op, done,
                                  failed](Result<QJsonObject> answer) {
                if (!answer) {
                    failed(answer.error());
                    return;
                }
                const Result<QString> imageId =
                    adopted->isEmpty() ? api->parseCreateImage(answer.value()) : *adopted;
                if (!imageId) {
                    failed(imageId.error());
                    return;
                }
                const Product product = api->product();
                QList<Target> refresh;
                if (!request.sourceInstanceId.isEmpty())
                    refresh << instanceTarget(product, request.regionId, request.sourceInstanceId);
                m_operations->watch(op.id, imageId.value(),
                                    {imageTarget(product, request.regionId, imageId.value())},
                                    refresh);
                announceStarted(op, done);
            });
        });
}

void RemoteEngine::copyImage(const CopyImageRequest &request, Done<Result<Operation>> done)
{
    const ProductApi *api = apiForImage(request.imageId);
    if (!api) {
        done(unknownId(request.imageId));
        return;
    }
    const Product product = api->product();
    if (!ProductPolicy::forProduct(product).copyRule().supported) {
        done(cannotCopy(product));
        return;
    }
    locateImage(request.imageId, [this, api, request, done](Result<Image> source) {
        if (!source) {
            done(source.error());
            return;
        }
        const Image image = source.value();
        const Product product = api->product();
        const QString name = request.name.isEmpty() ? image.name : request.name;
        const QString target = request.targetRegionId;
        const Operation op = m_operations->begin(
            OperationKind::CopyImage, product, target, name,
            ProductPolicy::forProduct(product).creationSeconds(image.totalSizeGiB()));
        auto failed = [this, op, done](const Error &error) {
            m_operations->fail(op.id, error);
            done(error);
        };
        std::optional<RemoteRequest> call = api->copyImage(image, request);
        if (!call) {
            failed(cannotCopy(product));
            return;
        }
        imageIdsNamed(
            product, target, name,
            [this, api, call, image, name, target, op, done,
             failed](Result<QSet<QString>> before) mutable {
                if (!before) {
                    failed(before.error());
                    return;
                }
                auto adopted = std::make_shared<QString>();
                call->reconcile =
                    adoptNewImageNamed(api->product(), target, name, before.value(), adopted);
                m_caller->call(*call, [this, api, image, target, adopted, op, done,
                                       failed](Result<QJsonObject> answer) {
                    if (!answer) {
                        failed(answer.error());
                        return;
                    }
                    const Result<QString> copyId =
                        adopted->isEmpty() ? api->parseCopyImage(answer.value(), target) : *adopted;
                    if (!copyId) {
                        failed(copyId.error());
                        return;
                    }
                    if (copyId->isEmpty()) {
                        failed(Error(ErrorCode::RemoteError,
                                     tr("%1 accepted the copy of %2 but did not say which image it "
                                        "made in %3; refresh the image list.")
                                         .arg(m_cloudName, quoted(image.name), target)));
                        return;
                    }
                    const Product product = api->product();
                    m_operations->watch(op.id, copyId.value(),
                                        {imageTarget(product, target, copyId.value())},
                                        {imageTarget(product, image.regionId, image.id)});
                    if (api->cancelCopy(target, copyId.value()))
                        m_operations->allowCancel(op.id);
                    announceStarted(op, done);
                });
            });
    });
}

void RemoteEngine::cancelOperation(const QString &operationId, Done<Status> done)
{
    const std::optional<Operation> op = m_operations->operation(operationId);
    if (!op) {
        done(Error(ErrorCode::NotFound,
                   tr("Operation %1 does not exist; refresh Recent Operations.").arg(operationId)));
        return;
    }
    if (op->isFinished()) {
        done(Error(ErrorCode::InvalidArgument,
                   tr("%1 has already finished; there is nothing to cancel.")
                       .arg(operationKindName(op->kind))));
        return;
    }
    const ProductApi *api = apiFor(op->product);
    std::optional<RemoteRequest> call =
        op->cancellable && api ? api->cancelCopy(op->regionId, op->targetId) : std::nullopt;
    if (!call) {
        done(Error(ErrorCode::Unsupported,
                   tr("%1 cannot stop this once it has begun; wait for it to finish, then "
                      "delete what it made.")
                       .arg(m_cloudName)));
        return;
    }
    const Product product = op->product;
    const QString regionId = op->regionId;
    const QString copyId = op->targetId;
    // A cancel whose answer was lost may have worked: the retry then hears that the copy is not
    // there (or no longer copying). The copy being gone is what a cancel achieves, so it counts.
    call->reconcile = [this, product, regionId,
                       copyId](const Error &, std::function<void(Reconciliation)> decide) {
        m_reader->imagesById(product, regionId, {copyId}, [decide](Result<QList<Image>> now) {
            decide(now && now->isEmpty() ? Reconciliation::adopt({}) : Reconciliation::proceed());
        });
    };
    m_caller->call(
        *call, [this, operationId, product, regionId, copyId, done](Result<QJsonObject> answer) {
            if (!answer) {
                done(answer.error()); // still running, still watched
                return;
            }
            m_operations->cancelled(operationId);
            // The cloud removes the half-made copy; look, so the list shows what is really there.
            m_reader->imagesById(product, regionId, {copyId},
                                 [this, copyId, done](Result<QList<Image>> now) {
                                     if (now && now->isEmpty())
                                         m_changes->imageGone(copyId);
                                     else if (now)
                                         for (const Image &image : now.value())
                                             m_changes->sawImage(image);
                                     done(Status());
                                 });
        });
}

void RemoteEngine::editImage(const EditImageRequest &request, Done<Result<Image>> done)
{
    locateImage(request.imageId, [this, request, done](Result<Image> current) {
        if (!current) {
            done(current.error());
            return;
        }
        const Image image = current.value();
        const ProductApi *api = apiFor(image.product);
        // Both attributes, as the dialog sends them: setting a value twice is harmless, so
        // every call here is simply retried. Then the tag calls, where the tags change.
        auto calls = std::make_shared<QList<RemoteRequest>>(
            QList<RemoteRequest>{api->editImage(image, request)});
        if (request.tags && *request.tags != image.tags) {
            // A tag change the product API would not send is refused before anything is sent:
            // reporting the edit as done would lose the tags silently.
            if (!api->tagEditUnavailableReason().isEmpty()) {
                done(Error(ErrorCode::Unsupported,
                           tr("Nothing was changed: %1 cannot change the tags of an existing "
                              "image yet. Save with its tags as they are, or change them in "
                              "the cloud's console.")
                               .arg(m_cloudName)));
                return;
            }
            // Tags the cloud would refuse are refused here, before the name is changed.
            if (Status s = ProductPolicy::forProduct(image.product).validateTags(*request.tags);
                !s) {
                done(Error(s.error().code, tr("Nothing was changed: %1").arg(s.error().message)));
                return;
            }
            *calls << api->retagImage(image, *request.tags);
        }
        auto finished = [this, image, request, done](Result<QJsonObject> answer) {
            const QString name = request.name.isEmpty() ? image.name : request.name;
            m_operations->record(OperationKind::EditImage, image.product, image.regionId, image.id,
                                 name, 1, answer ? Error() : answer.error());
            if (!answer) {
                done(answer.error());
                return;
            }
            locateImage(image.id, done);
        };
        callInOrder(calls, 0, finished);
    });
}

void RemoteEngine::callInOrder(std::shared_ptr<QList<RemoteRequest>> calls, qsizetype next,
                               RemoteCaller::Done done)
{
    m_caller->call(calls->at(next), [this, calls, next, done](Result<QJsonObject> answer) {
        if (!answer || next + 1 == calls->size())
            done(answer);
        else
            callInOrder(calls, next + 1, done);
    });
}

void RemoteEngine::deleteImages(const QStringList &imageIds, Done<Status> done)
{
    // Group by product and region: each region's images go together, in as few calls as the
    // product allows.
    struct Group
    {
        const ProductApi *api;
        QString regionId;
        QStringList ids;
    };
    struct State
    {
        QList<Group> groups;
        QStringList unknown;
        std::optional<Error> error;
        qsizetype pending = 0;
    };
    auto state = std::make_shared<State>();
    auto place = [state](const ProductApi *api, const QString &regionId, const QString &id) {
        for (Group &g : state->groups)
            if (g.api == api && g.regionId == regionId &&
                g.ids.size() < api->maxImagesPerDelete()) {
                g.ids << id;
                return;
            }
        state->groups << Group{api, regionId, {id}};
    };
    for (const QString &id : imageIds) {
        if (const std::optional<Image> known = m_changes->image(id))
            place(apiFor(known->product), known->regionId, id);
        else
            state->unknown << id;
    }
    auto runGroups = [this, state, done] {
        if (state->error) {
            done(*state->error);
            return;
        }
        state->pending = state->groups.size();
        if (state->pending == 0) {
            done(Status());
            return;
        }
        // One line in Recent Operations per product and region, as the simulator logs it,
        // however many calls the product's batch size takes; named while the names are known.
        struct Logged
        {
            Product product;
            QString regionId;
            QString firstId;
            QString firstName;
            int count = 0;
            Error error;
        };
        auto logs = std::make_shared<QList<Logged>>();
        QList<int> logOfGroup;
        for (const Group &g : std::as_const(state->groups)) {
            const Product product = g.api->product();
            auto log = std::find_if(logs->begin(), logs->end(), [&](const Logged &l) {
                return l.product == product && l.regionId == g.regionId;
            });
            if (log == logs->end()) {
                const std::optional<Image> first = m_changes->image(g.ids.first());
                logs->append({product,
                              g.regionId,
                              g.ids.first(),
                              first ? first->name : g.ids.first(),
                              0,
                              {}});
                log = logs->end() - 1;
            }
            log->count += int(g.ids.size());
            logOfGroup << int(log - logs->begin());
        }
        for (qsizetype n = 0; n < state->groups.size(); ++n) {
            const Group &g = state->groups.at(n);
            const int log = logOfGroup.at(n);
            deleteInRegion(*g.api, g.regionId, g.ids, [this, state, logs, log, done](Status s) {
                if (!s && !state->error)
                    state->error = s.error();
                if (!s && !(*logs)[log].error.isError())
                    (*logs)[log].error = s.error();
                if (--state->pending > 0)
                    return;
                for (const Logged &l : std::as_const(*logs))
                    m_operations->record(OperationKind::DeleteImage, l.product, l.regionId,
                                         l.firstId, l.firstName, l.count, l.error);
                done(state->error ? Status(*state->error) : Status());
            });
        }
    };
    if (state->unknown.isEmpty()) {
        runGroups();
        return;
    }
    // Images this session has not seen yet: find their regions first.
    state->pending = state->unknown.size();
    for (const QString &id : std::as_const(state->unknown)) {
        const ProductApi *api = apiForImage(id);
        auto found = [this, state, place, runGroups, id](Result<Image> r) {
            if (r)
                place(apiFor(r->product), r->regionId, id);
            else if (!state->error)
                state->error = r.error();
            if (--state->pending == 0)
                runGroups();
        };
        if (api)
            m_reader->findImage(api->product(), id, found);
        else
            found(unknownId(id));
    }
}

void RemoteEngine::deleteInRegion(const ProductApi &api, const QString &regionId,
                                  const QStringList &imageIds, Done<Status> done)
{
    RemoteRequest call = api.deleteImages(regionId, imageIds);
    // An earlier attempt may have deleted some or all: retry only what still exists, and
    // count "already gone" as done.
    auto remaining = std::make_shared<QStringList>(imageIds);
    call.reconcile = [this, &api, regionId, remaining](const Error &failure,
                                                       std::function<void(Reconciliation)> decide) {
        m_reader->imagesById(
            api.product(), regionId, *remaining,
            [&api, regionId, remaining, failure, decide](Result<QList<Image>> still) {
                if (!still) {
                    Error e = failure;
                    e.message = tr("Deleting failed (%1), and Imprint could not check which "
                                   "images are left (%2); refresh the image list.")
                                    .arg(failure.message, still.error().message);
                    decide(Reconciliation::fail(e));
                    return;
                }
                QStringList left;
                for (const Image &image : still.value())
                    left << image.id;
                if (left.isEmpty()) {
                    decide(Reconciliation::adopt({}));
                    return;
                }
                if (left.size() == remaining->size()) {
                    decide(Reconciliation::proceed());
                    return;
                }
                *remaining = left;
                decide(Reconciliation::proceed(api.deleteImages(regionId, left).body));
            });
    };
    m_caller->call(call, [this, &api, imageIds, remaining, done](Result<QJsonObject> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        // An adopted answer (everything was gone already) has nothing to parse.
        const Status parsed = answer->isEmpty() ? Status() : api.parseDeleteImages(answer.value());
        if (!parsed) {
            done(parsed);
            return;
        }
        for (const QString &id : imageIds)
            m_changes->imageGone(id, /*deleted=*/true);
        done(Status());
    });
}

// ---- instances -----------------------------------------------------------------------------

void RemoteEngine::launchInstances(const LaunchRequest &request, Done<Result<Operation>> done)
{
    const ProductApi *api = apiForImage(request.imageId);
    if (!api) {
        done(unknownId(request.imageId));
        return;
    }
    const Product product = api->product();
    const std::optional<Image> known = m_changes->image(request.imageId);
    const QString regionGuess = known ? known->regionId : QString();
    // Until the image is located, its id stands in for its name.
    const Operation op =
        m_operations->begin(OperationKind::LaunchInstances, product, regionGuess,
                            request.count == 1 ? request.namePattern : QString(), kLaunchSeconds,
                            request.count, known ? known->name : request.imageId);
    auto failed = [this, op, done](const Error &error) {
        m_operations->fail(op.id, error);
        done(error);
    };
    // A fresh look at the image: its region, and the data disks to launch with.
    locateImage(request.imageId, [this, api, request, op, done, failed](Result<Image> located) {
        if (!located) {
            failed(located.error());
            return;
        }
        const Image image = located.value();
        // Names and counts as data: the sentences are worded when shown, in the language shown.
        m_operations->describe(op.id, image.regionId,
                               request.count == 1 ? request.namePattern : QString(), request.count,
                               image.name);
        LaunchRequest launch = request;
        // One token per logical launch, resent unchanged by every retry: the cloud answers a
        // repeated token with the first launch instead of launching again.
        if (launch.clientToken.isEmpty())
            launch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto adopted = std::make_shared<QStringList>();
        auto send = [this, api, image, op, done, failed, adopted](RemoteRequest call) {
            m_caller->call(
                call, [this, api, image, op, done, failed, adopted](Result<QJsonObject> answer) {
                    if (!answer) {
                        failed(answer.error());
                        return;
                    }
                    launched(*api, image, op,
                             adopted->isEmpty() ? api->parseLaunchInstances(answer.value())
                                                : Result<QStringList>(*adopted),
                             done, failed);
                });
        };
        RemoteRequest call = api->launchInstances(image, launch);
        if (api->launchTakesClientToken()) {
            send(call);
            return;
        }
        // No token on the wire: what the region holds now tells a launch of ours from others.
        instanceIdsIn(
            *api, image.regionId,
            [this, api, image, call, send, failed, adopted](Result<QSet<QString>> before) mutable {
                if (!before) {
                    failed(before.error());
                    return;
                }
                call.reconcile = adoptNewInstancesOf(*api, image, before.value(), adopted);
                send(call);
            });
    });
}

void RemoteEngine::instanceIdsIn(const ProductApi &api, const QString &regionId,
                                 Done<Result<QSet<QString>>> done)
{
    m_reader->instances(api.product(), regionId, [done](Result<QList<Instance>> existing) {
        if (!existing) {
            done(existing.error());
            return;
        }
        QSet<QString> ids;
        for (const Instance &instance : existing.value())
            ids.insert(instance.id);
        done(ids);
    });
}

RemoteRequest::Reconcile RemoteEngine::adoptNewInstancesOf(const ProductApi &api,
                                                           const Image &image, QSet<QString> before,
                                                           std::shared_ptr<QStringList> adopted)
{
    const Product product = api.product();
    return [this, product, image, before, adopted](const Error &failure,
                                                   std::function<void(Reconciliation)> decide) {
        m_reader->instances(
            product, image.regionId,
            [this, image, before, adopted, failure, decide](Result<QList<Instance>> now) {
                if (!now) {
                    Error e = failure;
                    e.message = tr("Launching from image %1 failed (%2), and Imprint could not "
                                   "check whether an earlier attempt launched instances (%3). "
                                   "Refresh the instance list before trying again.")
                                    .arg(quoted(image.name), failure.message, now.error().message);
                    decide(Reconciliation::fail(e));
                    return;
                }
                for (const Instance &instance : now.value()) {
                    if (before.contains(instance.id) || instance.imageId != image.id)
                        continue;
                    qCDebug(lcRemoteEngine).noquote()
                        << "adopting" << instance.id << "launched by an earlier attempt";
                    m_changes->sawInstance(instance);
                    *adopted << instance.id;
                }
                decide(adopted->isEmpty() ? Reconciliation::proceed() : Reconciliation::adopt({}));
            });
    };
}

void RemoteEngine::launched(const ProductApi &api, const Image &image, const Operation &op,
                            Result<QStringList> ids, Done<Result<Operation>> done,
                            std::function<void(const Error &)> failed)
{
    if (!ids || ids->isEmpty()) {
        failed(ids ? Error(ErrorCode::RemoteError,
                           tr("%1 accepted the launch but named no instance; refresh the "
                              "instance list.")
                               .arg(m_cloudName))
                   : ids.error());
        return;
    }
    QList<Target> waitFor;
    for (const QString &id : ids.value())
        waitFor << instanceTarget(api.product(), image.regionId, id);
    m_operations->watch(op.id, ids->first(), waitFor, {}, InstanceState::Running);
    announceStarted(op, done);
}

void RemoteEngine::startInstance(const QString &instanceId, Done<Result<Operation>> done)
{
    powerInstance(instanceId, true, std::move(done));
}

void RemoteEngine::stopInstance(const QString &instanceId, Done<Result<Operation>> done)
{
    powerInstance(instanceId, false, std::move(done));
}

void RemoteEngine::powerInstance(const QString &instanceId, bool start,
                                 Done<Result<Operation>> done)
{
    const ProductApi *api = apiForInstance(instanceId);
    if (!api) {
        done(unknownId(instanceId));
        return;
    }
    const std::optional<Instance> known = m_changes->instance(instanceId);
    const Operation op = m_operations->begin(
        start ? OperationKind::StartInstance : OperationKind::StopInstance, api->product(),
        known ? known->regionId : QString(), known ? known->name : instanceId, kPowerSeconds);
    auto failed = [this, op, done](const Error &error) {
        m_operations->fail(op.id, error);
        done(error);
    };
    locateInstance(instanceId, [this, api, start, op, done, failed](Result<Instance> located) {
        if (!located) {
            failed(located.error());
            return;
        }
        const Instance instance = located.value();
        m_operations->describe(op.id, instance.regionId, instance.name);
        const InstanceState goal = start ? InstanceState::Running : InstanceState::Stopped;
        const InstanceState onTheWay = start ? InstanceState::Starting : InstanceState::Stopping;
        RemoteRequest call = api->powerInstance(instance, start);
        // A lost answer or an "invalid state" refusal may be our own earlier attempt at work:
        // an instance already going where we asked counts as done.
        call.reconcile = [this, instance, goal,
                          onTheWay](const Error &, std::function<void(Reconciliation)> decide) {
            m_reader->instancesById(
                instance.product, instance.regionId, {instance.id},
                [goal, onTheWay, decide](Result<QList<Instance>> now) {
                    if (now && !now->isEmpty() &&
                        (now->first().state == goal || now->first().state == onTheWay))
                        decide(Reconciliation::adopt({}));
                    else
                        decide(Reconciliation::proceed());
                });
        };
        m_caller->call(call, [this, instance, goal, op, done, failed](Result<QJsonObject> answer) {
            if (!answer) {
                failed(answer.error());
                return;
            }
            m_operations->watch(op.id, instance.id,
                                {instanceTarget(instance.product, instance.regionId, instance.id)},
                                {}, goal);
            announceStarted(op, done);
        });
    });
}

} // namespace imprint
