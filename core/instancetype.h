#pragma once

#include <QList>
#include <QString>

namespace imprint {

// A purchasable instance size. Launch rules filter these (a Windows parent image allows no
// 1-core type and no network acceleration on UHost).
struct InstanceType
{
    QString id; // e.g. "S5.MEDIUM4"
    int cpuCores = 1;
    int memoryGiB = 1;
    bool networkAcceleration = false;
    qint64 monthlyPriceFen = 0; // simulated list price, CNY minor units

    friend bool operator==(const InstanceType &, const InstanceType &) = default;
};

} // namespace imprint
