#pragma once

#include "error.h"
#include "image.h"
#include "instance.h"
#include "operation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// The Operations of the remote backend. Cloud APIs have no operation objects: a create call
// answers with an image id and the image's state tells the rest. So the backend makes its own
// Operation for each long call of this session, and this class keeps them and decides from
// what polling sees how far each has got.
//
// Every operation ends: in success when its targets reach their goal, in failure when the cloud
// says so (image CREATEFAILED, a target gone), when polling keeps failing (the last error's
// text), or when it runs past its deadline. Unknown states read as busy (WireEnums), never as
// errors.
class OperationTracker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxPollFailures = 3;           // in a row, each after the client's own retries
        qint64 deadlineSeconds = 6 * 3600; // an image of a very large disk takes hours
        // Who reports failures in the messages, e.g. "Tencent Cloud"; set by the backend.
        QString cloudName;
    };

    // A resource an operation waits for or keeps fresh.
    struct Target
    {
        enum class Kind { Image, Instance };
        Kind kind = Kind::Image;
        Product product = Product::Cvm;
        QString regionId;
        QString id;
    };

    // What to ask the cloud about: one product's region and the ids in it.
    struct Poll
    {
        Product product = Product::Cvm;
        QString regionId;
        QStringList imageIds;
        QStringList instanceIds;
        QString key() const;
    };

    explicit OperationTracker(Options options, QObject *parent = nullptr);

    // A new running operation, announced at once: the user sees the call as it goes out.
    // `expectedSeconds` paces the progress estimate where the cloud reports none.
    // A launch gives its count and the image it launches from (Operation::sourceName).
    Operation begin(OperationKind kind, Product product, const QString &regionId,
                    const QString &targetName, qint64 expectedSeconds, int targetCount = 1,
                    const QString &sourceName = {});
    // A short call that is over when its answer comes (an edit, a delete): logged finished,
    // Succeeded or, with `error`, Failed, so Recent Operations shows every change the user
    // made. `targetCount` records it covers (a bulk delete names the first).
    Operation record(OperationKind kind, Product product, const QString &regionId,
                     const QString &targetId, const QString &targetName, int targetCount = 1,
                     const Error &error = {});
    // Images the cloud released on its own (an overdue account's, after the grace period): one
    // ReleaseImage line per product and region, naming the first, as the simulator logs them.
    void recordReleases(const QList<Image> &images);
    // Once the call knows more than when it began (the image's region and name). A launch also
    // gives its count and the image it launches from (Operation::sourceName).
    void describe(const QString &operationId, const QString &regionId, const QString &targetName,
                  int targetCount = 1, const QString &sourceName = {});
    // The call went through: wait until every `waitFor` reaches its goal (images: Available;
    // instances: `instanceGoal`), keeping `alsoRefresh` fresh meanwhile and once after.
    void watch(const QString &operationId, const QString &targetId, QList<Target> waitFor,
               QList<Target> alsoRefresh = {}, InstanceState instanceGoal = InstanceState::Running);
    void fail(const QString &operationId, const Error &error);
    // The cloud can stop this operation (a copy over an API with a cancel call): the UI offers
    // Cancel from now on.
    void allowCancel(const QString &operationId);
    // The cloud stopped it at our request: it ends as Cancelled and nothing waits any longer.
    void cancelled(const QString &operationId);

    // Fails every running operation that has passed its deadline.
    void expire();

    std::optional<Operation> operation(const QString &operationId) const;
    QList<Operation> operations() const; // oldest first
    bool hasPolls() const;
    // Every region to ask about, for all operations / for one.
    QList<Poll> polls() const;
    QList<Poll> pollsFor(const QString &operationId) const;

    // What one poll found: the records of the ids asked that still exist.
    void polled(const Poll &poll, const QList<Image> &images, const QList<Instance> &instances);
    void pollFailed(const Poll &poll, const Error &error);
    // The progress shown for an image an operation waits for (blueprints carry none).
    std::optional<int> progressFor(const QString &imageId) const;

signals:
    // A batch of one: operations change one at a time, and there are few of them.
    void operationsChanged(const QList<imprint::Operation> &operations);

private:
    // A new operation of ours, started now: what begin() and record() share.
    static Operation started(OperationKind kind, Product product, const QString &regionId,
                             const QString &targetName, int targetCount);
    struct Tracked
    {
        Operation operation;
        QList<Target> waitFor;
        QList<Target> alsoRefresh;
        InstanceState instanceGoal = InstanceState::Running;
        QSet<QString> done;     // targets that reached their goal
        QSet<QString> seen;     // targets polling has seen at least once
        int failedPolls = 0;    // in a row
        int unseenPolls = 0;    // polls that did not find a target never seen yet
        int finalRefreshes = 0; // polls of alsoRefresh still due after the end
        qint64 expectedSeconds = 60;
    };

    static QList<Poll> group(const QList<Target> &targets);
    void finish(Tracked &tracked, OperationState state, const Error &error = {});
    void update(Tracked &tracked, int progress);
    int estimate(const Tracked &tracked) const;
    bool involves(const Tracked &tracked, const Poll &poll) const;

    Options m_options;
    QHash<QString, Tracked> m_tracked;
    QStringList m_order;
    quint64 m_nextId = 1;
};

} // namespace imprint
