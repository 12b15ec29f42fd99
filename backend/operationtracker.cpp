#include "operationtracker.h"

#include <QUuid>

#include <algorithm>

namespace imprint {

namespace {

// Polls that may miss a target nobody has seen yet before the operation gives up on it: the
// cloud lists a new resource at once, but a little slack costs nothing.
constexpr int kMaxUnseenPolls = 10;

QString quoted(const QString &name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

} // namespace

QString OperationTracker::Poll::key() const
{
    return productKey(product) + QLatin1Char('/') + regionId;
}

OperationTracker::OperationTracker(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

Operation OperationTracker::started(OperationKind kind, Product product, const QString &regionId,
                                    const QString &targetName, int targetCount)
{
    Operation op;
    // Our own ids: the cloud has no operation ids to reuse.
    op.id = QStringLiteral("rop-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    op.kind = kind;
    op.product = product;
    op.regionId = regionId;
    op.targetName = targetName;
    op.targetCount = qMax(1, targetCount);
    op.startedAt = QDateTime::currentDateTimeUtc();
    return op;
}

Operation OperationTracker::begin(OperationKind kind, Product product, const QString &regionId,
                                  const QString &targetName, qint64 expectedSeconds,
                                  int targetCount, const QString &sourceName)
{
    Tracked t;
    Operation &op = t.operation;
    op = started(kind, product, regionId, targetName, targetCount);
    op.sourceName = sourceName;
    op.state = OperationState::Running;
    op.progress = 0;
    t.expectedSeconds = qMax<qint64>(1, expectedSeconds);
    op.expectedEndAt = op.startedAt.addSecs(t.expectedSeconds);
    op.cancellable = false; // until allowCancel(): most APIs cannot stop what has begun
    m_tracked.insert(op.id, t);
    m_order << op.id;
    emit operationsChanged({op});
    return op;
}

Operation OperationTracker::record(OperationKind kind, Product product, const QString &regionId,
                                   const QString &targetId, const QString &targetName,
                                   int targetCount, const Error &error)
{
    Tracked t;
    Operation &op = t.operation;
    op = started(kind, product, regionId, targetName, targetCount);
    op.targetId = targetId;
    op.finishedAt = op.startedAt;
    op.expectedEndAt = op.startedAt;
    op.state = error.isError() ? OperationState::Failed : OperationState::Succeeded;
    op.progress = error.isError() ? 0 : 100;
    op.error = error;
    m_tracked.insert(op.id, t);
    m_order << op.id;
    emit operationsChanged({op});
    return op;
}

void OperationTracker::recordReleases(const QList<Image> &images)
{
    QList<QList<Image>> byRegion;
    for (const Image &image : images) {
        auto group = std::find_if(byRegion.begin(), byRegion.end(), [&](const QList<Image> &g) {
            return g.first().regionKey() == image.regionKey();
        });
        if (group == byRegion.end())
            byRegion.append({image});
        else
            group->append(image);
    }
    for (const QList<Image> &group : std::as_const(byRegion))
        record(OperationKind::ReleaseImage, group.first().product, group.first().regionId,
               group.first().id, group.first().name, int(group.size()));
}

void OperationTracker::describe(const QString &operationId, const QString &regionId,
                                const QString &targetName, int targetCount,
                                const QString &sourceName)
{
    auto it = m_tracked.find(operationId);
    if (it == m_tracked.end())
        return;
    Operation described = it->operation;
    described.regionId = regionId;
    described.targetName = targetName;
    described.targetCount = qMax(1, targetCount);
    described.sourceName = sourceName;
    if (described == it->operation)
        return;
    it->operation = described;
    emit operationsChanged({it->operation});
}

void OperationTracker::watch(const QString &operationId, const QString &targetId,
                             QList<Target> waitFor, QList<Target> alsoRefresh,
                             InstanceState instanceGoal)
{
    auto it = m_tracked.find(operationId);
    if (it == m_tracked.end() || it->operation.isFinished())
        return;
    Tracked &t = *it;
    t.operation.targetId = targetId;
    t.waitFor = std::move(waitFor);
    t.alsoRefresh = std::move(alsoRefresh);
    t.instanceGoal = instanceGoal;
    if (t.waitFor.isEmpty()) {
        finish(t, OperationState::Succeeded);
        return;
    }
    update(t, qMax(t.operation.progress, 1));
    emit operationsChanged({t.operation});
}

void OperationTracker::fail(const QString &operationId, const Error &error)
{
    auto it = m_tracked.find(operationId);
    if (it != m_tracked.end() && !it->operation.isFinished())
        finish(*it, OperationState::Failed, error);
}

void OperationTracker::allowCancel(const QString &operationId)
{
    auto it = m_tracked.find(operationId);
    if (it == m_tracked.end() || it->operation.isFinished() || it->operation.cancellable)
        return;
    it->operation.cancellable = true;
    emit operationsChanged({it->operation});
}

void OperationTracker::cancelled(const QString &operationId)
{
    auto it = m_tracked.find(operationId);
    if (it == m_tracked.end() || it->operation.isFinished())
        return;
    it->operation.cancellable = false;
    finish(*it, OperationState::Cancelled);
}

void OperationTracker::finish(Tracked &t, OperationState state, const Error &error)
{
    t.operation.state = state;
    t.operation.error = error;
    t.operation.finishedAt = QDateTime::currentDateTimeUtc();
    if (state == OperationState::Succeeded)
        t.operation.progress = 100;
    // One more look at the instance an image was made from: it comes back after the image.
    t.finalRefreshes = t.alsoRefresh.isEmpty() ? 0 : 1;
    emit operationsChanged({t.operation});
}

void OperationTracker::update(Tracked &t, int progress)
{
    // Progress never goes backwards, and 100 means finished.
    t.operation.progress = std::clamp(qMax(t.operation.progress, progress), 0, 99);
}

int OperationTracker::estimate(const Tracked &t) const
{
    const qint64 elapsed = t.operation.startedAt.secsTo(QDateTime::currentDateTimeUtc());
    // A steady climb to 95% over the expected time; the last step waits for the cloud.
    return int(std::clamp<qint64>(elapsed * 95 / t.expectedSeconds, 1, 95));
}

std::optional<Operation> OperationTracker::operation(const QString &operationId) const
{
    auto it = m_tracked.constFind(operationId);
    if (it == m_tracked.cend())
        return std::nullopt;
    return it->operation;
}

QList<Operation> OperationTracker::operations() const
{
    QList<Operation> all;
    for (const QString &id : m_order)
        all << m_tracked.value(id).operation;
    return all;
}

bool OperationTracker::hasPolls() const
{
    for (const Tracked &t : m_tracked)
        if ((!t.operation.isFinished() && !t.waitFor.isEmpty()) || t.finalRefreshes > 0)
            return true;
    return false;
}

QList<OperationTracker::Poll> OperationTracker::group(const QList<Target> &targets)
{
    QList<Poll> polls;
    for (const Target &target : targets) {
        auto poll = std::find_if(polls.begin(), polls.end(), [&target](const Poll &p) {
            return p.product == target.product && p.regionId == target.regionId;
        });
        if (poll == polls.end()) {
            polls << Poll{target.product, target.regionId, {}, {}};
            poll = polls.end() - 1;
        }
        QStringList &ids = target.kind == Target::Kind::Image ? poll->imageIds : poll->instanceIds;
        if (!ids.contains(target.id))
            ids << target.id;
    }
    return polls;
}

QList<OperationTracker::Poll> OperationTracker::polls() const
{
    QList<Target> targets;
    for (const QString &id : m_order) {
        const Tracked &t = *m_tracked.constFind(id);
        if (!t.operation.isFinished())
            for (const Target &target : t.waitFor)
                if (!t.done.contains(target.id))
                    targets << target;
        if (!t.operation.isFinished() || t.finalRefreshes > 0)
            targets += t.alsoRefresh;
    }
    return group(targets);
}

QList<OperationTracker::Poll> OperationTracker::pollsFor(const QString &operationId) const
{
    auto it = m_tracked.constFind(operationId);
    if (it == m_tracked.cend())
        return {};
    return group(it->waitFor + it->alsoRefresh);
}

bool OperationTracker::involves(const Tracked &t, const Poll &poll) const
{
    auto in = [&poll](const Target &target) {
        if (target.product != poll.product || target.regionId != poll.regionId)
            return false;
        return target.kind == Target::Kind::Image ? poll.imageIds.contains(target.id)
                                                  : poll.instanceIds.contains(target.id);
    };
    return std::any_of(t.waitFor.begin(), t.waitFor.end(), in) ||
           std::any_of(t.alsoRefresh.begin(), t.alsoRefresh.end(), in);
}

void OperationTracker::polled(const Poll &poll, const QList<Image> &images,
                              const QList<Instance> &instances)
{
    QHash<QString, Image> imageById;
    for (const Image &image : images)
        imageById.insert(image.id, image);
    QHash<QString, Instance> instanceById;
    for (const Instance &instance : instances)
        instanceById.insert(instance.id, instance);

    for (const QString &opId : std::as_const(m_order)) {
        Tracked &t = m_tracked[opId];
        if (!involves(t, poll))
            continue;
        if (t.operation.isFinished()) {
            t.finalRefreshes = qMax(0, t.finalRefreshes - 1);
            continue;
        }
        t.failedPolls = 0;
        bool missingUnseen = false;
        std::optional<Error> failure;
        int cloudProgress = 0;
        for (const Target &target : std::as_const(t.waitFor)) {
            if (t.done.contains(target.id) || target.product != poll.product ||
                target.regionId != poll.regionId)
                continue;
            const bool isImage = target.kind == Target::Kind::Image;
            const bool asked =
                isImage ? poll.imageIds.contains(target.id) : poll.instanceIds.contains(target.id);
            if (!asked)
                continue;
            const bool found =
                isImage ? imageById.contains(target.id) : instanceById.contains(target.id);
            if (!found) {
                if (t.seen.contains(target.id)) {
                    failure = Error(ErrorCode::NotFound,
                                    isImage ? tr("Image %1 disappeared before it was finished; it "
                                                 "may have been deleted elsewhere.")
                                                  .arg(target.id)
                                            : tr("Instance %1 disappeared before it was ready; it "
                                                 "may have been terminated elsewhere.")
                                                  .arg(target.id));
                    break;
                }
                missingUnseen = true;
                continue;
            }
            t.seen.insert(target.id);
            if (isImage) {
                const Image &image = imageById[target.id];
                if (image.state == ImageState::Available) {
                    t.done.insert(target.id);
                } else if (image.state == ImageState::Failed) {
                    failure = Error(ErrorCode::RemoteError,
                                    tr("%1 reports that image %2 could not be made; delete it "
                                       "and try again.")
                                        .arg(m_options.cloudName, quoted(image.name)));
                    break;
                } else {
                    cloudProgress = qMax(cloudProgress, image.progress);
                }
            } else {
                const Instance &instance = instanceById[target.id];
                if (instance.state == t.instanceGoal) {
                    t.done.insert(target.id);
                } else if (t.operation.kind == OperationKind::LaunchInstances &&
                           instance.state == InstanceState::Stopped) {
                    // LAUNCH_FAILED and SHUTDOWN read as Stopped: a launch does not end there.
                    failure = Error(ErrorCode::RemoteError,
                                    tr("Instance %1 stopped instead of starting after the launch; "
                                       "see its state in the %2 console.")
                                        .arg(quoted(instance.name), m_options.cloudName));
                    break;
                }
            }
        }
        if (failure) {
            finish(t, OperationState::Failed, *failure);
            continue;
        }
        if (missingUnseen && ++t.unseenPolls > kMaxUnseenPolls) {
            finish(t, OperationState::Failed,
                   Error(ErrorCode::NotFound,
                         tr("%1 accepted the request but does not list %2; refresh to see "
                            "whether it exists.")
                             .arg(m_options.cloudName, t.operation.targetId)));
            continue;
        }
        if (t.done.size() >= t.waitFor.size()) {
            finish(t, OperationState::Succeeded);
            continue;
        }
        const int before = t.operation.progress;
        const int share = int(t.done.size() * 100 / t.waitFor.size());
        const int pending = cloudProgress > 0 ? cloudProgress : estimate(t);
        update(t, share + pending * int(t.waitFor.size() - t.done.size()) / int(t.waitFor.size()));
        if (t.operation.progress != before)
            emit operationsChanged({t.operation});
    }
}

void OperationTracker::pollFailed(const Poll &poll, const Error &error)
{
    for (const QString &opId : std::as_const(m_order)) {
        Tracked &t = m_tracked[opId];
        if (!involves(t, poll))
            continue;
        if (t.operation.isFinished()) {
            t.finalRefreshes = qMax(0, t.finalRefreshes - 1);
            continue;
        }
        if (++t.failedPolls < m_options.maxPollFailures)
            continue;
        Error lost = error;
        lost.message = tr("Imprint lost track of this operation: %1 Refresh later to see how "
                          "it ended.")
                           .arg(error.message);
        finish(t, OperationState::Failed, lost);
    }
}

void OperationTracker::expire()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &opId : std::as_const(m_order)) {
        Tracked &t = m_tracked[opId];
        if (t.operation.isFinished() ||
            t.operation.startedAt.secsTo(now) < m_options.deadlineSeconds)
            continue;
        finish(t, OperationState::Failed,
               Error(ErrorCode::Timeout,
                     tr("The operation \"%1\" on %2 has not finished after %3 hours; Imprint "
                        "stopped watching it. Refresh later to see its state.")
                         .arg(operationKindName(t.operation.kind),
                              quoted(OperationText::target(t.operation)))
                         .arg(m_options.deadlineSeconds / 3600.0, 0, 'f', 1)));
    }
}

std::optional<int> OperationTracker::progressFor(const QString &imageId) const
{
    for (const Tracked &t : m_tracked)
        if (!t.operation.isFinished())
            for (const Target &target : t.waitFor)
                if (target.kind == Target::Kind::Image && target.id == imageId)
                    return t.operation.progress;
    return std::nullopt;
}

} // namespace imprint
