#include "tencentchangetracker.h"

#include "apiresponses.h"
#include "cvmapimapper.h"
#include "lighthouseapimapper.h"

#include <QJsonDocument>

namespace imprint {

namespace {

// Upserts the record and says whether anyone should hear of it.
template <typename T, typename Known>
bool remember(QHash<QString, Known> &known, const T &record, const QByteArray &fingerprint)
{
    auto it = known.find(record.id);
    if (it != known.end() && it->fingerprint == fingerprint)
        return false;
    known.insert(record.id, Known{record, fingerprint});
    return true;
}

} // namespace

QByteArray TencentChangeTracker::fingerprint(const Image &image)
{
    const Page<Image> page{{image}, 1};
    const QJsonObject wire = image.product == Product::Cvm
                                 ? CvmApiMapper::buildDescribeImagesResponse(page)
                                 : LighthouseApiMapper::buildDescribeBlueprintsResponse(page);
    // Progress is synthesised for blueprints, which have no progress field on the wire.
    return QJsonDocument(wire).toJson(QJsonDocument::Compact) + '|' +
           QByteArray::number(int(image.state)) + '|' + QByteArray::number(image.progress) + '|' +
           image.regionId.toUtf8();
}

QByteArray TencentChangeTracker::fingerprint(const Instance &instance)
{
    const Page<Instance> page{{instance}, 1};
    const QJsonObject wire = instance.product == Product::Cvm
                                 ? CvmApiMapper::buildDescribeInstancesResponse(page)
                                 : LighthouseApiMapper::buildDescribeInstancesResponse(page);
    return QJsonDocument(wire).toJson(QJsonDocument::Compact) + '|' +
           QByteArray::number(int(instance.state)) + '|' + instance.regionId.toUtf8();
}

void TencentChangeTracker::listedImages(const QStringList &regionKeys, const QList<Image> &images)
{
    QSet<QString> seen;
    for (const Image &image : images) {
        seen.insert(image.id);
        const bool announce =
            m_images.contains(image.id) || m_listedImageRegions.contains(image.regionKey());
        if (remember(m_images, image, fingerprint(image)) && announce)
            emit imageChanged(image);
    }
    const QSet<QString> listed(regionKeys.begin(), regionKeys.end());
    QStringList gone;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        if (!seen.contains(it.key()) && listed.contains(it->record.regionKey()))
            gone << it.key();
    for (const QString &id : std::as_const(gone))
        imageGone(id);
    m_listedImageRegions.unite(listed);
}

void TencentChangeTracker::listedInstances(const QStringList &regionKeys,
                                           const QList<Instance> &instances)
{
    QSet<QString> seen;
    for (const Instance &instance : instances) {
        seen.insert(instance.id);
        const bool announce = m_instances.contains(instance.id) ||
                              m_listedInstanceRegions.contains(instance.regionKey());
        if (remember(m_instances, instance, fingerprint(instance)) && announce)
            emit instanceChanged(instance);
    }
    const QSet<QString> listed(regionKeys.begin(), regionKeys.end());
    QStringList gone;
    for (auto it = m_instances.cbegin(); it != m_instances.cend(); ++it)
        if (!seen.contains(it.key()) && listed.contains(it->record.regionKey()))
            gone << it.key();
    for (const QString &id : std::as_const(gone))
        instanceGone(id);
    m_listedInstanceRegions.unite(listed);
}

void TencentChangeTracker::sawImage(const Image &image)
{
    if (remember(m_images, image, fingerprint(image)))
        emit imageChanged(image);
}

void TencentChangeTracker::sawInstance(const Instance &instance)
{
    if (remember(m_instances, instance, fingerprint(instance)))
        emit instanceChanged(instance);
}

void TencentChangeTracker::imageGone(const QString &imageId)
{
    if (m_images.remove(imageId))
        emit imageRemoved(imageId);
}

void TencentChangeTracker::instanceGone(const QString &instanceId)
{
    if (m_instances.remove(instanceId))
        emit instanceRemoved(instanceId);
}

std::optional<Image> TencentChangeTracker::image(const QString &imageId) const
{
    auto it = m_images.constFind(imageId);
    if (it == m_images.cend())
        return std::nullopt;
    return it->record;
}

std::optional<Instance> TencentChangeTracker::instance(const QString &instanceId) const
{
    auto it = m_instances.constFind(instanceId);
    if (it == m_instances.cend())
        return std::nullopt;
    return it->record;
}

} // namespace imprint
