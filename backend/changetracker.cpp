#include "changetracker.h"

namespace imprint {

namespace {

// Upserts the record and says whether anyone should hear of it.
template <typename T> bool remember(QHash<QString, T> &known, const T &record)
{
    auto it = known.find(record.id);
    if (it != known.end() && *it == record)
        return false;
    known.insert(record.id, record);
    return true;
}

} // namespace

void ChangeTracker::listedImages(const QStringList &regionKeys, const QList<Image> &images)
{
    QSet<QString> seen;
    QList<Image> changed;
    for (const Image &image : images) {
        seen.insert(image.id);
        const bool announce =
            m_images.contains(image.id) || m_listedImageRegions.contains(image.regionKey());
        if (remember(m_images, image) && announce)
            changed.append(image);
    }
    if (!changed.isEmpty())
        emit imagesChanged(changed);
    const QSet<QString> listed(regionKeys.begin(), regionKeys.end());
    QStringList gone;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        if (!seen.contains(it.key()) && listed.contains(it->regionKey()))
            gone << it.key();
    forgetImages(gone);
    m_listedImageRegions.unite(listed);
}

void ChangeTracker::listedInstances(const QStringList &regionKeys, const QList<Instance> &instances)
{
    QSet<QString> seen;
    QList<Instance> changed;
    for (const Instance &instance : instances) {
        seen.insert(instance.id);
        const bool announce = m_instances.contains(instance.id) ||
                              m_listedInstanceRegions.contains(instance.regionKey());
        if (remember(m_instances, instance) && announce)
            changed.append(instance);
    }
    if (!changed.isEmpty())
        emit instancesChanged(changed);
    const QSet<QString> listed(regionKeys.begin(), regionKeys.end());
    QStringList gone;
    for (auto it = m_instances.cbegin(); it != m_instances.cend(); ++it)
        if (!seen.contains(it.key()) && listed.contains(it->regionKey()))
            gone << it.key();
    for (const QString &id : std::as_const(gone))
        m_instances.remove(id);
    if (!gone.isEmpty())
        emit instancesRemoved(gone);
    m_listedInstanceRegions.unite(listed);
}

void ChangeTracker::sawImage(const Image &image)
{
    if (remember(m_images, image))
        emit imagesChanged({image});
}

void ChangeTracker::sawInstance(const Instance &instance)
{
    if (remember(m_instances, instance))
        emit instancesChanged({instance});
}

void ChangeTracker::imageGone(const QString &imageId, bool deleted)
{
    if (m_images.contains(imageId))
        forgetImages({imageId}, deleted);
}

void ChangeTracker::forgetImages(const QStringList &imageIds, bool deleted)
{
    if (imageIds.isEmpty())
        return;
    QList<Image> released;
    for (const QString &id : imageIds) {
        const Image image = m_images.take(id);
        if (!deleted && image.state == ImageState::ToBeRepossessed)
            released << image;
    }
    emit imagesRemoved(imageIds);
    if (!released.isEmpty())
        emit imagesReleased(released);
}

void ChangeTracker::instanceGone(const QString &instanceId)
{
    if (m_instances.remove(instanceId))
        emit instancesRemoved({instanceId});
}

std::optional<Image> ChangeTracker::image(const QString &imageId) const
{
    auto it = m_images.constFind(imageId);
    if (it == m_images.cend())
        return std::nullopt;
    return *it;
}

std::optional<Instance> ChangeTracker::instance(const QString &instanceId) const
{
    auto it = m_instances.constFind(instanceId);
    if (it == m_instances.cend())
        return std::nullopt;
    return *it;
}

} // namespace imprint
