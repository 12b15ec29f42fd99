#include "instance.h"

#include "region.h"

#include <QCoreApplication>

namespace imprint {

QString instanceStateName(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return QCoreApplication::translate("Instance", "Running");
    case InstanceState::Stopping:
        return QCoreApplication::translate("Instance", "Stopping");
    case InstanceState::Stopped:
        return QCoreApplication::translate("Instance", "Stopped");
    case InstanceState::Starting:
        return QCoreApplication::translate("Instance", "Starting");
    case InstanceState::Pending:
        return QCoreApplication::translate("Instance", "Launching");
    }
    return {};
}

bool isTransitional(InstanceState state)
{
    return state == InstanceState::Stopping || state == InstanceState::Starting ||
           state == InstanceState::Pending;
}

QString billingMethodName(BillingMethod method)
{
    return method == BillingMethod::PayAsYouGo
               ? QCoreApplication::translate("Instance", "Pay-as-you-go")
               : QCoreApplication::translate("Instance", "Subscription");
}

QString Instance::regionKey() const
{
    return Region::regionKey(product, regionId);
}

const Disk *Instance::systemDisk() const
{
    for (const Disk &d : disks)
        if (d.role == DiskRole::System)
            return &d;
    return nullptr;
}

QList<Disk> Instance::dataDisks() const
{
    QList<Disk> out;
    for (const Disk &d : disks)
        if (d.role == DiskRole::Data)
            out << d;
    return out;
}

int Instance::totalUsedGiB() const
{
    int total = 0;
    for (const Disk &d : disks)
        total += d.usedOrSizeGiB();
    return total;
}

} // namespace imprint
