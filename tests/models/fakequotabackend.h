#pragma once

#include "fakebackend.h"

#include <QPromise>

#include <optional>

namespace imprint {

// FakeBackend plus what the quota and cost dashboard reads: reported image quotas, account
// controls (top up, set balance) that change the account and emit accountChanged, and a
// switch for canControlAccount(). Header-only so that any test directory can include it.
class FakeQuotaBackend : public FakeBackend
{
public:
    using FakeBackend::FakeBackend;

    QFuture<Result<QList<ImageQuota>>> fetchImageQuotas() override
    {
        ++fetchCount;
        if (fetchError)
            return QtFuture::makeReadyFuture(Result<QList<ImageQuota>>(*fetchError));
        return QtFuture::makeReadyFuture(Result<QList<ImageQuota>>(quotas));
    }
    // With holdImages set, fetchImages() reads the list at once but answers only when
    // releaseImages() is called, like a backend whose answer is still on its way.
    QFuture<Result<QList<Image>>> fetchImages(const QString &regionKey = {}) override
    {
        if (!holdImages)
            return FakeBackend::fetchImages(regionKey);
        m_heldAnswer = images;
        m_held.emplace();
        m_held->start();
        return m_held->future();
    }
    void releaseImages()
    {
        if (!m_held)
            return;
        m_held->addResult(Result<QList<Image>>(m_heldAnswer));
        m_held->finish();
        m_held.reset();
    }
    bool canControlAccount() const override { return accountControls; }
    QFuture<Status> topUp(qint64 amountFen) override
    {
        lastTopUpFen = amountFen;
        return setBalance(account.balanceFen + amountFen);
    }
    QFuture<Status> setBalance(qint64 balanceFen) override
    {
        account.balanceFen = balanceFen;
        if (balanceFen < 0 && !account.overdueSince.isValid())
            account.overdueSince = account.asOf;
        else if (balanceFen >= 0)
            account.overdueSince = QDateTime();
        emit accountChanged(account);
        return QtFuture::makeReadyFuture(Status());
    }

    QList<ImageQuota> quotas;
    bool accountControls = true;
    qint64 lastTopUpFen = 0;
    bool holdImages = false;

private:
    std::optional<QPromise<Result<QList<Image>>>> m_held;
    QList<Image> m_heldAnswer;
};

} // namespace imprint
