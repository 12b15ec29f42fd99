#pragma once

#include <QDateTime>

namespace imprint {

// The simulated account. Money is in CNY minor units (fen): no floating-point currency.
struct Account
{
    qint64 balanceFen = 0;
    QDateTime overdueSince; // null while the balance is not negative
    // The simulated instant this snapshot describes; the UI counts days left from it because
    // it has no clock of the cloud's own.
    QDateTime asOf;

    bool isOverdue() const { return overdueSince.isValid(); }

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace imprint
