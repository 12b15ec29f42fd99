#pragma once

#include "account.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace imprint {

// The strip above the tables that says the account is overdue, what that disables, and how
// many days are left before Lighthouse's to-be-repossessed images are released.
class OverdueBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OverdueBanner(QWidget *parent = nullptr);

    // releaseAfterDays: the overdue rule of the products that repossess images (0: none).
    void setAccount(const Account &account, int releaseAfterDays, bool canTopUp);
    QString text() const;

    // Days (rounded up) before release, from the account's own simulated instant.
    static int daysLeft(const Account &account, int releaseAfterDays);

signals:
    void topUpRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_label;
    QPushButton *m_topUp;
};

} // namespace imprint
