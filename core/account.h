#pragma once

#include <QDateTime>

namespace imprint {

// The simulated account. Money is in CNY minor units (fen): no floating-point currency.
struct Account
{
    qint64 balanceFen = 0;
    QDateTime overdueSince; // null while the balance is not negative

    bool isOverdue() const { return overdueSince.isValid(); }
};

} // namespace imprint
