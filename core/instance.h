#pragma once

#include "disk.h"
#include "product.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace imprint {

enum class InstanceState {
    Running = 0,
    Stopping = 1,
    Stopped = 2,
    Starting = 3,
    Pending = 4, // being launched
};
QString instanceStateName(InstanceState state);
// Stopping, starting and pending instances cannot take new state-changing requests.
bool isTransitional(InstanceState state);

enum class OsType { Linux = 0, Windows = 1 };
enum class BillingMethod { PayAsYouGo = 0, Subscription = 1 };
QString billingMethodName(BillingMethod method);

struct Instance
{
    QString id;
    Product product = Product::Lighthouse;
    QString regionId;
    QString zoneId;
    QString projectId; // UHost projects; empty elsewhere
    QString name;
    InstanceState state = InstanceState::Running;
    QString instanceType;
    int cpuCores = 1;
    int memoryGiB = 1;
    bool networkAcceleration = false;
    OsType osType = OsType::Linux;
    QString osName;  // e.g. "Ubuntu 22.04"
    QString imageId; // the image it was launched from
    BillingMethod billing = BillingMethod::PayAsYouGo;
    QList<Disk> disks; // system disk first
    QDateTime createdAt;
    // Non-empty while an image is being made from this instance: ECS forbids start/stop then.
    QString imagingOperationId;

    QString regionKey() const;
    const Disk *systemDisk() const;
    QList<Disk> dataDisks() const;
    int totalUsedGiB() const;

    friend bool operator==(const Instance &, const Instance &) = default;
};

} // namespace imprint
