#pragma once

#include <QCoreApplication>

#include "account.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "productpolicy.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace imprint {

// Whether an action may run on the current selection and, when not, the sentence the tooltip
// shows. Pure logic over domain values and policies so that every "why not" is unit-tested.
struct ActionState
{
    bool enabled = false;
    QString reason; // why it is disabled; empty when enabled

    static ActionState allow() { return {true, {}}; }
    static ActionState deny(QString why) { return {false, std::move(why)}; }
};

class ActionAvailability
{
    Q_DECLARE_TR_FUNCTIONS(ActionAvailability)

public:
    // The rules for a record's product in its region: with several accounts, the owning
    // account's (Backend::policyForRegion).
    using PolicyLookup = std::function<const ProductPolicy &(Product, const QString &regionId)>;
    using QuotaLookup = std::function<ImageQuota(Product, const QString &regionId)>;

    ActionAvailability(PolicyLookup policy, QuotaLookup quota, Account account);

    ActionState createImage(const QList<Instance> &selection) const;
    ActionState createImageFromSnapshots(const QList<Snapshot> &selection) const;
    ActionState launchInstances(const QList<Image> &selection) const;
    ActionState copyImage(const QList<Image> &selection) const;
    ActionState editImage(const QList<Image> &selection) const;
    ActionState deleteImages(const QList<Image> &selection) const;
    ActionState startInstances(const QList<Instance> &selection) const;
    ActionState stopInstances(const QList<Instance> &selection) const;

private:
    PolicyLookup m_policy;
    QuotaLookup m_quota;
    Account m_account;
};

} // namespace imprint
