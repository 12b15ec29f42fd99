#include "tencentcloudengine.h"

#include "cvmapimapper.h"
#include "lighthouseapimapper.h"
#include "productpolicy.h"
#include "tencentchangetracker.h"
#include "tencentcloudreader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace imprint {

Q_LOGGING_CATEGORY(lcTencentEngine, "imprint.tencent.engine")

namespace {

using Target = TencentOperationTracker::Target;
using Poll = TencentOperationTracker::Poll;

// Simulated-cloud durations the operations' progress estimate is paced by (the image
// durations come from the product policies).
constexpr qint64 kLaunchSeconds = 60;
constexpr qint64 kPowerSeconds = 30;

QString s(const char *text)
{
    return QLatin1String(text);
}

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

bool isTencent(Product product)
{
    return product == Product::Cvm || product == Product::Lighthouse;
}

Error notTencent(Product product)
{
    return Error(ErrorCode::Unsupported,
                 QCoreApplication::translate("TencentCloudEngine",
                                             "This backend manages Tencent Cloud CVM and "
                                             "Lighthouse only, not %1.")
                     .arg(productDisplayName(product)));
}

} // namespace

TencentCloudEngine::TencentCloudEngine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    TencentApiClient::Options client;
    client.endpoint = m_options.endpoint;
    client.credentials = m_options.credentials;
    client.defaultRegion = m_options.defaultRegion;
    client.language = m_options.language;
    client.transferTimeoutMs = m_options.transferTimeoutMs;
    client.retry = m_options.retry;
    client.randomSeed = m_options.randomSeed;
    m_client = new TencentApiClient(client, this);
    m_reader = new TencentCloudReader(m_client, this);
    m_changes = new TencentChangeTracker(this);
    m_operations = new TencentOperationTracker(m_options.operations, this);
    m_pollTimer = new QTimer(this);
    m_refreshTimer = new QTimer(this);

    connect(m_client, &TencentApiClient::connectionStateChanged, this,
            &TencentCloudEngine::connectionStateChanged);
    connect(m_changes, &TencentChangeTracker::imageChanged, this,
            &TencentCloudEngine::imageChanged);
    connect(m_changes, &TencentChangeTracker::imageRemoved, this,
            &TencentCloudEngine::imageRemoved);
    connect(m_changes, &TencentChangeTracker::instanceChanged, this,
            &TencentCloudEngine::instanceChanged);
    connect(m_changes, &TencentChangeTracker::instanceRemoved, this,
            &TencentCloudEngine::instanceRemoved);
    connect(m_operations, &TencentOperationTracker::operationChanged, this,
            &TencentCloudEngine::operationChanged);
    connect(m_pollTimer, &QTimer::timeout, this, &TencentCloudEngine::poll);
    connect(m_refreshTimer, &QTimer::timeout, this, &TencentCloudEngine::refresh);
}

TencentCloudEngine::~TencentCloudEngine() = default;

void TencentCloudEngine::start()
{
    if (m_options.pollIntervalMs > 0)
        m_pollTimer->start(m_options.pollIntervalMs);
    if (m_options.refreshIntervalMs > 0)
        m_refreshTimer->start(m_options.refreshIntervalMs);
}

void TencentCloudEngine::setCredentials(const Credentials &credentials)
{
    m_options.credentials = credentials;
    m_client->setCredentials(credentials);
}

Product TencentCloudEngine::productOfId(const QString &id)
{
    return id.startsWith(QLatin1String("lh")) ? Product::Lighthouse : Product::Cvm;
}

// ---- reads ---------------------------------------------------------------------------------

void TencentCloudEngine::regions(Done<Result<QList<Region>>> done)
{
    m_reader->regions(std::move(done));
}

void TencentCloudEngine::instances(const QString &regionKey, Done<Result<QList<Instance>>> done)
{
    m_reader->forRegions<Instance>(
        regionKey,
        [this](const Region &r, TencentCloudReader::Done<QList<Instance>> one) {
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

void TencentCloudEngine::images(const QString &regionKey, Done<Result<QList<Image>>> done)
{
    m_reader->forRegions<Image>(
        regionKey,
        [this](const Region &r, TencentCloudReader::Done<QList<Image>> one) {
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

QList<Operation> TencentCloudEngine::operations() const
{
    return m_operations->operations();
}

void TencentCloudEngine::imageQuotas(Done<Result<QList<ImageQuota>>> done)
{
    m_reader->forRegions<ImageQuota>(
        {},
        [this](const Region &r, TencentCloudReader::Done<QList<ImageQuota>> one) {
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

Image TencentCloudEngine::withProgress(Image image) const
{
    // Blueprints carry no progress; show the operation's estimate instead of a bar at 0.
    if (image.progress == 0 && image.state == ImageState::Creating)
        image.progress = m_operations->progressFor(image.id).value_or(0);
    return image;
}

void TencentCloudEngine::locateImage(const QString &imageId, Done<Result<Image>> done)
{
    const Product product = productOfId(imageId);
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

void TencentCloudEngine::locateInstance(const QString &instanceId, Done<Result<Instance>> done)
{
    const Product product = productOfId(instanceId);
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

void TencentCloudEngine::poll()
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

void TencentCloudEngine::refresh()
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

void TencentCloudEngine::announceStarted(const Operation &started, Done<Result<Operation>> done)
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

qint64 TencentCloudEngine::creationSeconds(Product product, const QString &sourceInstanceId) const
{
    const std::optional<Instance> source = m_changes->instance(sourceInstanceId);
    return ProductPolicy::forProduct(product).creationSeconds(source ? source->totalUsedGiB() : 0);
}

TencentApiRequest::Reconcile
TencentCloudEngine::adoptNewImageNamed(Product product, const QString &regionId,
                                       const QString &name, QSet<QString> before,
                                       std::function<QJsonObject(const Image &)> answer)
{
    return [this, product, regionId, name, before,
            answer](const Error &failure, std::function<void(TencentReconciliation)> decide) {
        m_reader->imagesByName(
            product, regionId, name,
            [this, name, before, answer, failure, decide](Result<QList<Image>> now) {
                if (!now) {
                    Error e = failure;
                    e.message = tr("Making image %1 failed (%2), and Imprint could not check "
                                   "whether an earlier attempt made it (%3). Refresh the image "
                                   "list before trying again.")
                                    .arg(quoted(name), failure.message, now.error().message);
                    decide(TencentReconciliation::fail(e));
                    return;
                }
                for (const Image &image : now.value()) {
                    if (before.contains(image.id))
                        continue;
                    qCDebug(lcTencentEngine).noquote()
                        << "adopting" << image.id << "made by an earlier attempt";
                    m_changes->sawImage(image);
                    decide(TencentReconciliation::adopt(answer(image)));
                    return;
                }
                decide(TencentReconciliation::proceed());
            });
    };
}

void TencentCloudEngine::createImage(const CreateImageRequest &request,
                                     Done<Result<Operation>> done)
{
    if (!isTencent(request.product)) {
        done(notTencent(request.product));
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
    m_reader->imagesByName(
        product, request.regionId, request.name,
        [this, request, product, op, done, failed](Result<QList<Image>> existing) {
            if (!existing) {
                failed(existing.error());
                return;
            }
            QSet<QString> before;
            for (const Image &image : existing.value())
                before.insert(image.id);

            TencentApiRequest call;
            call.product = product;
            call.region = request.regionId;
            if (product == Product::Cvm) {
                call.action = s("CreateImage");
                call.body = CvmApiMapper::buildCreateImageRequest(CreateImageCall{request});
            } else {
                call.action = s("CreateBlueprint");
                call.body = LighthouseApiMapper::buildCreateBlueprintRequest(request);
            }
            call.reconcile = adoptNewImageNamed(
                product, request.regionId, request.name, before, [product](const Image &image) {
                    return product == Product::Cvm
                               ? CvmApiMapper::buildCreateImageResponse(image.id)
                               : LighthouseApiMapper::buildCreateBlueprintResponse(image.id);
                });
            m_client->call(call, [this, request, product, op, done,
                                  failed](Result<QJsonObject> answer) {
                if (!answer) {
                    failed(answer.error());
                    return;
                }
                Result<QString> imageId =
                    product == Product::Cvm
                        ? CvmApiMapper::parseCreateImageResponse(answer.value())
                        : LighthouseApiMapper::parseCreateBlueprintResponse(answer.value());
                if (!imageId) {
                    failed(imageId.error());
                    return;
                }
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

void TencentCloudEngine::copyImage(const CopyImageRequest &request, Done<Result<Operation>> done)
{
    const Product product = productOfId(request.imageId);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    if (!policy.copyRule().supported) {
        done(Error(ErrorCode::CrossRegionNotSupported,
                   tr("%1 cannot copy custom images to another region; make a new image there "
                      "from an instance in that region.")
                       .arg(productShortName(product))));
        return;
    }
    locateImage(request.imageId, [this, request, product, done](Result<Image> source) {
        if (!source) {
            done(source.error());
            return;
        }
        const Image image = source.value();
        const QString name = request.name.isEmpty() ? image.name : request.name;
        const Operation op = m_operations->begin(
            OperationKind::CopyImage, product, request.targetRegionId, name,
            ProductPolicy::forProduct(product).creationSeconds(image.totalSizeGiB()));
        auto failed = [this, op, done](const Error &error) {
            m_operations->fail(op.id, error);
            done(error);
        };
        m_reader->imagesByName(
            product, request.targetRegionId, name,
            [this, request, product, image, name, op, done, failed](Result<QList<Image>> existing) {
                if (!existing) {
                    failed(existing.error());
                    return;
                }
                QSet<QString> before;
                for (const Image &i : existing.value())
                    before.insert(i.id);
                const QString target = request.targetRegionId;
                TencentApiRequest call;
                call.product = product;
                call.region = image.regionId;
                call.action = s("SyncImages");
                call.body = CvmApiMapper::buildSyncImagesRequest(SyncImagesCall::fromCopy(request));
                call.reconcile =
                    adoptNewImageNamed(product, target, name, before, [target](const Image &copy) {
                        return CvmApiMapper::buildSyncImagesResponse({{target, copy.id}});
                    });
                m_client->call(call, [this, product, image, target, op, done,
                                      failed](Result<QJsonObject> answer) {
                    if (!answer) {
                        failed(answer.error());
                        return;
                    }
                    Result<QList<SyncedImage>> copies =
                        CvmApiMapper::parseSyncImagesResponse(answer.value());
                    if (!copies) {
                        failed(copies.error());
                        return;
                    }
                    QString copyId;
                    for (const SyncedImage &c : copies.value())
                        if (c.region == target)
                            copyId = c.imageId;
                    if (copyId.isEmpty()) {
                        failed(Error(ErrorCode::RemoteError,
                                     tr("Tencent Cloud accepted the copy of %1 but did not say "
                                        "which image it made in %2; refresh the image list.")
                                         .arg(quoted(image.name), target)));
                        return;
                    }
                    m_operations->watch(op.id, copyId, {imageTarget(product, target, copyId)},
                                        {imageTarget(product, image.regionId, image.id)});
                    announceStarted(op, done);
                });
            });
    });
}

void TencentCloudEngine::editImage(const EditImageRequest &request, Done<Result<Image>> done)
{
    locateImage(request.imageId, [this, request, done](Result<Image> current) {
        if (!current) {
            done(current.error());
            return;
        }
        const Image image = current.value();
        // Both attributes, as the dialog sends them: setting a value twice is harmless, so
        // this call is simply retried.
        const ImageAttributeChange change = ImageAttributeChange::fromEdit(request);
        TencentApiRequest call;
        call.product = image.product;
        call.region = image.regionId;
        if (image.product == Product::Cvm) {
            call.action = s("ModifyImageAttribute");
            call.body = CvmApiMapper::buildModifyImageAttributeRequest(change);
        } else {
            call.action = s("ModifyBlueprintAttribute");
            call.body = LighthouseApiMapper::buildModifyBlueprintAttributeRequest(change);
        }
        m_client->call(call, [this, image, done](Result<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            locateImage(image.id, done);
        });
    });
}

void TencentCloudEngine::deleteImages(const QStringList &imageIds, Done<Status> done)
{
    // Group by product and region: each region's images go in one call with its X-TC-Region.
    struct Group
    {
        Product product;
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
    auto place = [state](Product product, const QString &regionId, const QString &id) {
        for (Group &g : state->groups)
            if (g.product == product && g.regionId == regionId) {
                g.ids << id;
                return;
            }
        state->groups << Group{product, regionId, {id}};
    };
    for (const QString &id : imageIds) {
        if (const std::optional<Image> known = m_changes->image(id))
            place(known->product, known->regionId, id);
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
        for (const Group &g : std::as_const(state->groups)) {
            deleteInRegion(g.product, g.regionId, g.ids, [state, done](Status status) {
                if (!status && !state->error)
                    state->error = status.error();
                if (--state->pending == 0)
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
        m_reader->findImage(productOfId(id), id, [state, place, runGroups, id](Result<Image> r) {
            if (r)
                place(r->product, r->regionId, id);
            else if (!state->error)
                state->error = r.error();
            if (--state->pending == 0)
                runGroups();
        });
    }
}

void TencentCloudEngine::deleteInRegion(Product product, const QString &regionId,
                                        const QStringList &imageIds, Done<Status> done)
{
    auto buildBody = [product](const QStringList &ids) {
        return product == Product::Cvm
                   ? CvmApiMapper::buildDeleteImagesRequest(DeleteImagesCall{ids, false, false})
                   : LighthouseApiMapper::buildDeleteBlueprintsRequest(ids);
    };
    TencentApiRequest call;
    call.product = product;
    call.region = regionId;
    call.action = product == Product::Cvm ? s("DeleteImages") : s("DeleteBlueprints");
    call.body = buildBody(imageIds);
    // An earlier attempt may have deleted some or all: retry only what still exists, and
    // count "already gone" as done.
    auto remaining = std::make_shared<QStringList>(imageIds);
    call.reconcile = [this, product, regionId, remaining, buildBody](
                         const Error &failure, std::function<void(TencentReconciliation)> decide) {
        m_reader->imagesById(
            product, regionId, *remaining,
            [remaining, buildBody, failure, decide](Result<QList<Image>> still) {
                if (!still) {
                    Error e = failure;
                    e.message = tr("Deleting failed (%1), and Imprint could not check which "
                                   "images are left (%2); refresh the image list.")
                                    .arg(failure.message, still.error().message);
                    decide(TencentReconciliation::fail(e));
                    return;
                }
                QStringList left;
                for (const Image &image : still.value())
                    left << image.id;
                if (left.isEmpty()) {
                    decide(TencentReconciliation::adopt({}));
                    return;
                }
                if (left.size() == remaining->size()) {
                    decide(TencentReconciliation::proceed());
                    return;
                }
                *remaining = left;
                decide(TencentReconciliation::proceed(buildBody(left)));
            });
    };
    m_client->call(call, [this, product, imageIds, done](Result<QJsonObject> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        const Status parsed =
            product == Product::Cvm
                ? CvmApiMapper::parseDeleteImagesResponse(answer.value())
                : LighthouseApiMapper::parseDeleteBlueprintsResponse(answer.value());
        if (!parsed) {
            done(parsed);
            return;
        }
        for (const QString &id : imageIds)
            m_changes->imageGone(id);
        done(Status());
    });
}

// ---- instances -----------------------------------------------------------------------------

void TencentCloudEngine::launchInstances(const LaunchRequest &request, Done<Result<Operation>> done)
{
    const Product product = productOfId(request.imageId);
    const std::optional<Image> known = m_changes->image(request.imageId);
    const QString regionGuess = known ? known->regionId : QString();
    const Operation op = m_operations->begin(
        OperationKind::LaunchInstances, product, regionGuess,
        request.namePattern.isEmpty() ? request.imageId : request.namePattern, kLaunchSeconds);
    auto failed = [this, op, done](const Error &error) {
        m_operations->fail(op.id, error);
        done(error);
    };
    // A fresh look at the image: its region, and for CVM the data disks to launch with.
    locateImage(request.imageId, [this, request, product, op, done, failed](Result<Image> located) {
        if (!located) {
            failed(located.error());
            return;
        }
        const Image image = located.value();
        m_operations->describe(
            op.id, image.regionId,
            request.count == 1 && !request.namePattern.isEmpty()
                ? request.namePattern
                : tr("%n instance(s) from %1", nullptr, request.count).arg(image.name));
        LaunchCall launch;
        launch.request = request;
        // One token per logical launch, resent unchanged by every retry: the cloud answers a
        // repeated token with the first launch instead of launching again.
        if (launch.request.clientToken.isEmpty())
            launch.request.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        launch.dataDisks = image.dataDisks;
        launch.systemDiskGiB = image.systemDiskGiB;
        TencentApiRequest call;
        call.product = product;
        call.region = image.regionId;
        if (product == Product::Cvm) {
            call.action = s("RunInstances");
            call.body = CvmApiMapper::buildRunInstancesRequest(launch);
        } else {
            call.action = s("CreateInstances");
            call.body = LighthouseApiMapper::buildCreateInstancesRequest(launch);
        }
        m_client->call(call, [this, product, image, op, done, failed](Result<QJsonObject> answer) {
            if (!answer) {
                failed(answer.error());
                return;
            }
            Result<QStringList> ids =
                product == Product::Cvm
                    ? CvmApiMapper::parseRunInstancesResponse(answer.value())
                    : LighthouseApiMapper::parseCreateInstancesResponse(answer.value());
            if (!ids || ids->isEmpty()) {
                failed(ids ? Error(ErrorCode::RemoteError,
                                   tr("Tencent Cloud accepted the launch but named no "
                                      "instance; refresh the instance list."))
                           : ids.error());
                return;
            }
            QList<Target> waitFor;
            for (const QString &id : ids.value())
                waitFor << instanceTarget(product, image.regionId, id);
            m_operations->watch(op.id, ids->first(), waitFor, {}, InstanceState::Running);
            announceStarted(op, done);
        });
    });
}

void TencentCloudEngine::startInstance(const QString &instanceId, Done<Result<Operation>> done)
{
    powerInstance(instanceId, true, std::move(done));
}

void TencentCloudEngine::stopInstance(const QString &instanceId, Done<Result<Operation>> done)
{
    powerInstance(instanceId, false, std::move(done));
}

void TencentCloudEngine::powerInstance(const QString &instanceId, bool start,
                                       Done<Result<Operation>> done)
{
    const Product product = productOfId(instanceId);
    const std::optional<Instance> known = m_changes->instance(instanceId);
    const Operation op = m_operations->begin(
        start ? OperationKind::StartInstance : OperationKind::StopInstance, product,
        known ? known->regionId : QString(), known ? known->name : instanceId, kPowerSeconds);
    auto failed = [this, op, done](const Error &error) {
        m_operations->fail(op.id, error);
        done(error);
    };
    locateInstance(instanceId, [this, start, product, op, done, failed](Result<Instance> located) {
        if (!located) {
            failed(located.error());
            return;
        }
        const Instance instance = located.value();
        m_operations->describe(op.id, instance.regionId, instance.name);
        const InstanceState goal = start ? InstanceState::Running : InstanceState::Stopped;
        const InstanceState onTheWay = start ? InstanceState::Starting : InstanceState::Stopping;
        TencentApiRequest call;
        call.product = product;
        call.region = instance.regionId;
        call.action = start ? s("StartInstances") : s("StopInstances");
        call.body = product == Product::Cvm
                        ? (start ? CvmApiMapper::buildStartInstancesRequest({instance.id})
                                 : CvmApiMapper::buildStopInstancesRequest({instance.id}))
                        : (start ? LighthouseApiMapper::buildStartInstancesRequest({instance.id})
                                 : LighthouseApiMapper::buildStopInstancesRequest({instance.id}));
        // A lost answer or an "invalid state" refusal may be our own earlier attempt at work:
        // an instance already going where we asked counts as done.
        call.reconcile = [this, instance, goal, onTheWay](
                             const Error &, std::function<void(TencentReconciliation)> decide) {
            m_reader->instancesById(
                instance.product, instance.regionId, {instance.id},
                [goal, onTheWay, decide](Result<QList<Instance>> now) {
                    if (now && !now->isEmpty() &&
                        (now->first().state == goal || now->first().state == onTheWay))
                        decide(TencentReconciliation::adopt({}));
                    else
                        decide(TencentReconciliation::proceed());
                });
        };
        m_client->call(
            call, [this, product, instance, goal, op, done, failed](Result<QJsonObject> answer) {
                if (!answer) {
                    failed(answer.error());
                    return;
                }
                m_operations->watch(op.id, instance.id,
                                    {instanceTarget(product, instance.regionId, instance.id)}, {},
                                    goal);
                announceStarted(op, done);
            });
    });
}

} // namespace imprint
