#include "actionavailability.h"

namespace imprint {

ActionAvailability::ActionAvailability(PolicyLookup policy, QuotaLookup quota, Account account)
    : m_policy(std::move(policy))
    , m_quota(std::move(quota))
    , m_account(account)
{}

ActionState ActionAvailability::createImage(const QList<Instance> &selection) const
{
    if (selection.isEmpty())
        return ActionState::deny(tr("Select an instance on the Instances tab to image it."));
    if (selection.size() > 1)
        return ActionState::deny(tr("Select a single instance: an image is made from one."));
    const Instance &instance = selection.first();
    const ProductPolicy &policy = m_policy(instance.product, instance.regionId);
    if (m_account.isOverdue() && policy.overdueRule().disablesCreation)
        return ActionState::deny(
            tr("The account is overdue, so %1 image creation is disabled. Top up to enable it.")
                .arg(productShortName(instance.product)));
    if (!instance.imagingOperationId.isEmpty())
        return ActionState::deny(tr("An image is already being made from this instance."));
    if (isTransitional(instance.state))
        return ActionState::deny(tr("The instance is %1; wait until it has finished.")
                                     .arg(instanceStateName(instance.state).toLower()));
    const ImageQuota quota = m_quota(instance.product, instance.regionId);
    if (quota.isFull())
        return ActionState::deny(tr("This region already holds %1 of %2 custom images. Delete "
                                    "an image to make room.")
                                     .arg(quota.used)
                                     .arg(quota.quota));
    return ActionState::allow();
}

ActionState ActionAvailability::createImageFromSnapshots(const QList<Snapshot> &selection) const
{
    if (selection.size() != 1)
        return ActionState::deny(tr("Select one snapshot to make an image from it."));
    const Snapshot &snapshot = selection.first();
    const ProductPolicy &policy = m_policy(snapshot.product, snapshot.regionId);
    if (!policy.supportsCreateFromSnapshots())
        return ActionState::deny(tr("%1 makes images from instances only; select an instance.")
                                     .arg(productShortName(snapshot.product)));
    if (m_account.isOverdue() && policy.overdueRule().disablesCreation)
        return ActionState::deny(tr("The account is overdue; top up to create images."));
    if (snapshot.state != SnapshotState::Available)
        return ActionState::deny(tr("The snapshot is still being created."));
    const ImageQuota quota = m_quota(snapshot.product, snapshot.regionId);
    if (quota.isFull())
        return ActionState::deny(tr("This region already holds %1 of %2 custom images. Delete "
                                    "an image to make room.")
                                     .arg(quota.used)
                                     .arg(quota.quota));
    return ActionState::allow();
}

ActionState ActionAvailability::launchInstances(const QList<Image> &selection) const
{
    if (selection.isEmpty())
        return ActionState::deny(tr("Select an image on the Images tab to launch from it."));
    if (selection.size() > 1)
        return ActionState::deny(tr("Select a single image to launch from."));
    const Image &image = selection.first();
    if (image.state == ImageState::ToBeRepossessed)
        return ActionState::deny(
            tr("The image is to be repossessed because the account is overdue. Top up to use "
               "it again."));
    if (!image.isUsable())
        return ActionState::deny(tr("The image is %1; instances can be launched once it is "
                                    "available.")
                                     .arg(imageStateName(image.state).toLower()));
    return ActionState::allow();
}

ActionState ActionAvailability::copyImage(const QList<Image> &selection) const
{
    if (selection.size() != 1)
        return ActionState::deny(selection.isEmpty() ? tr("Select an image to copy.")
                                                     : tr("Select a single image to copy."));
    const Image &image = selection.first();
    const ProductPolicy &policy = m_policy(image.product, image.regionId);
    if (!policy.copyRule().supported)
        return ActionState::deny(tr("%1 does not support copying custom images to another "
                                    "region.")
                                     .arg(productShortName(image.product)));
    if (!image.isUsable())
        return ActionState::deny(tr("The image is %1; only an available image can be copied.")
                                     .arg(imageStateName(image.state).toLower()));
    if (m_account.isOverdue() && policy.overdueRule().disablesCreation)
        return ActionState::deny(tr("The account is overdue; top up to copy images."));
    return ActionState::allow();
}

ActionState ActionAvailability::editImage(const QList<Image> &selection) const
{
    if (selection.size() != 1)
        return ActionState::deny(selection.isEmpty() ? tr("Select an image to edit.")
                                                     : tr("Select a single image to edit."));
    const Image &image = selection.first();
    if (const QString why = m_policy(image.product, image.regionId).imageEditUnavailableReason();
        !why.isEmpty())
        return ActionState::deny(why);
    if (Status s = m_policy(image.product, image.regionId).canEditImage(image); !s)
        return ActionState::deny(s.error().message);
    return ActionState::allow();
}

ActionState ActionAvailability::deleteImages(const QList<Image> &selection) const
{
    if (selection.isEmpty())
        return ActionState::deny(tr("Select one or more images to delete."));
    for (const Image &image : selection)
        if (Status s = m_policy(image.product, image.regionId).canDeleteImage(image); !s)
            return ActionState::deny(s.error().message);
    return ActionState::allow();
}

ActionState ActionAvailability::startInstances(const QList<Instance> &selection) const
{
    if (selection.isEmpty())
        return ActionState::deny(tr("Select a stopped instance to start."));
    for (const Instance &instance : selection)
        if (Status s = m_policy(instance.product, instance.regionId).canChangePower(instance, true);
            !s)
            return ActionState::deny(s.error().message);
    return ActionState::allow();
}

ActionState ActionAvailability::stopInstances(const QList<Instance> &selection) const
{
    if (selection.isEmpty())
        return ActionState::deny(tr("Select a running instance to stop."));
    for (const Instance &instance : selection)
        if (Status s =
                m_policy(instance.product, instance.regionId).canChangePower(instance, false);
            !s)
            return ActionState::deny(s.error().message);
    return ActionState::allow();
}

} // namespace imprint
