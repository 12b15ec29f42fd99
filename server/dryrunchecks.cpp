#include "dryrunchecks.h"

#include "instancetypecatalog.h"
#include "productpolicy.h"
#include "simulatorengine.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace imprint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DryRunChecks", text);
}

const Region *findRegion(const QList<Region> &regions, Product product, const QString &id)
{
    for (const Region &r : regions)
        if (r.product == product && r.id == id)
            return &r;
    return nullptr;
}

} // namespace

DryRunChecks::DryRunChecks(const SimulatorEngine &engine)
    : m_engine(engine)
{}

Status DryRunChecks::newImageName(Product product, const QString &regionId, const QString &name,
                                  const QString &description) const
{
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    if (m_engine.account().isOverdue() && policy.overdueRule().disablesCreation)
        return Error(ErrorCode::AccountOverdue,
                     tr("Your account has overdue payments, so custom images cannot be created; "
                        "top up your account and try again."));
    QStringList names;
    const QList<Image> images = m_engine.images(Region::regionKey(product, regionId));
    for (const Image &m : images)
        names << m.name;
    if (Status s = policy.validateNewName(name, names); !s)
        return s;
    if (Status s = policy.validateDescription(description); !s)
        return s;
    if (images.size() >= policy.customImageQuota(regionId))
        return Error(ErrorCode::QuotaExceeded,
                     tr("This region already holds %1 custom images, the most allowed; delete "
                        "an image you no longer need and try again.")
                         .arg(images.size()));
    return {};
}

Status DryRunChecks::createImage(const CreateImageRequest &request) const
{
    const ProductPolicy &policy = ProductPolicy::forProduct(request.product);
    if (!findRegion(m_engine.regions(), request.product, request.regionId))
        return Error(ErrorCode::NotFound, tr("There is no region %1.").arg(request.regionId));
    if (!request.snapshotIds.isEmpty()) {
        QList<Snapshot> chosen;
        for (const QString &id :
             QSet<QString>(request.snapshotIds.cbegin(), request.snapshotIds.cend())) {
            Snapshot s;
            if (!m_engine.findSnapshot(id, &s) || s.product != request.product ||
                s.regionId != request.regionId)
                return Error(ErrorCode::NotFound, tr("Snapshot %1 does not exist.").arg(id));
            chosen << s;
        }
        if (!policy.supportsCreateFromSnapshots())
            return policy.validateSnapshotSelection({});
        if (Status s = policy.validateSnapshotSelection(chosen); !s)
            return s;
        return newImageName(request.product, request.regionId, request.name, request.description);
    }
    Instance instance;
    if (!m_engine.findInstance(request.sourceInstanceId, &instance) ||
        instance.product != request.product || instance.regionId != request.regionId)
        return Error(ErrorCode::NotFound,
                     tr("Instance %1 does not exist.").arg(request.sourceInstanceId));
    if (Status s =
            newImageName(request.product, request.regionId, request.name, request.description);
        !s)
        return s;
    if (policy.shutdownRule() == ShutdownRule::ForcedShutdownConsent &&
        !request.forcedShutdownConsent)
        return Error(ErrorCode::ShutdownConsentRequired,
                     tr("The instance is shut down while the image is made; agree to a forced "
                        "shutdown to continue."));
    if (!instance.imagingOperationId.isEmpty() || isTransitional(instance.state))
        return Error(ErrorCode::InstanceBusy,
                     tr("Instance %1 is busy; wait until it has finished, then try again.")
                         .arg(instance.id));
    if (policy.dataDiskRule() == DataDiskRule::NotSupported && !request.dataDiskIds.isEmpty()) {
        Disk probe;
        probe.role = DiskRole::Data;
        return policy.canAssociateDisk(probe);
    }
    if (policy.dataDiskRule() == DataDiskRule::OptionalPerDisk) {
        for (const QString &diskId : request.dataDiskIds) {
            const auto disk = std::find_if(instance.disks.cbegin(), instance.disks.cend(),
                                           [&](const Disk &d) { return d.id == diskId; });
            if (disk == instance.disks.cend())
                return Error(
                    ErrorCode::NotFound,
                    tr("Disk %1 is not attached to instance %2.").arg(diskId, instance.id));
            if (Status s = policy.canAssociateDisk(*disk); !s)
                return s;
        }
    }
    return {};
}

Status DryRunChecks::deleteImages(const QStringList &imageIds) const
{
    if (imageIds.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose at least one image to delete."));
    for (const QString &id : imageIds) {
        Image image;
        if (!m_engine.findImage(id, &image))
            return Error(ErrorCode::NotFound, tr("Image %1 does not exist.").arg(id));
        if (image.state == ImageState::Creating || image.state == ImageState::Copying)
            return Error(ErrorCode::ImageBusy,
                         tr("Image %1 is still %2; wait until it is finished, then delete it.")
                             .arg(id, imageStateName(image.state).toLower()));
    }
    return {};
}

Status DryRunChecks::copyImage(const CopyImageRequest &request) const
{
    Image image;
    if (!m_engine.findImage(request.imageId, &image))
        return Error(ErrorCode::NotFound, tr("Image %1 does not exist.").arg(request.imageId));
    const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
    if (!policy.copyRule().supported)
        return Error(
            ErrorCode::CrossRegionNotSupported,
            tr("%1 cannot copy images to other regions.").arg(productShortName(image.product)));
    if (!findRegion(m_engine.regions(), image.product, request.targetRegionId))
        return Error(ErrorCode::NotFound, tr("There is no region %1.").arg(request.targetRegionId));
    if (request.targetRegionId == image.regionId)
        return Error(ErrorCode::RegionMismatch,
                     tr("The image is already in %1; choose another region.").arg(image.regionId));
    if (!image.isUsable())
        return Error(ErrorCode::ImageNotAvailable,
                     tr("Image %1 is %2; only an available image can be copied.")
                         .arg(image.id, imageStateName(image.state).toLower()));
    return newImageName(image.product, request.targetRegionId,
                        request.name.isEmpty() ? image.name : request.name, image.description);
}

Status DryRunChecks::launch(const LaunchRequest &request) const
{
    Image image;
    if (!m_engine.findImage(request.imageId, &image))
        return Error(ErrorCode::NotFound, tr("Image %1 does not exist.").arg(request.imageId));
    const Region *region = findRegion(m_engine.regions(), image.product, image.regionId);
    if (!region)
        return Error(ErrorCode::NotFound, tr("There is no region %1.").arg(image.regionId));
    if (std::none_of(region->zones.cbegin(), region->zones.cend(),
                     [&](const Zone &z) { return z.id == request.zoneId; }))
        return Error(ErrorCode::ZoneNotAllowed,
                     tr("Zone %1 is not in region %2.").arg(request.zoneId, region->id));
    InstanceType type;
    if (!InstanceTypeCatalog::find(image.product, request.instanceType, &type))
        return Error(ErrorCode::InstanceTypeNotAllowed,
                     tr("Instance type %1 is not sold here.").arg(request.instanceType));
    const ProductPolicy &policy = ProductPolicy::forProduct(image.product);
    if (Status s = policy.validateLaunch(image, request); !s)
        return s;
    return policy.canUseInstanceType(image, type, request.networkAcceleration);
}

} // namespace imprint
