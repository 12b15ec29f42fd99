#include "productpolicy.h"

#include "cvmpolicy.h"
#include "ecspolicy.h"
#include "lighthousepolicy.h"
#include "uhostpolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace imprint {

int ProductPolicy::codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

Status ProductPolicy::canAssociateDisk(const Disk &disk) const
{
    if (disk.role != DiskRole::Data)
        return Error(ErrorCode::DiskNotAssociable,
                     tr("Only data disks can be associated; the system disk is always imaged."));
    if (dataDiskRule() == DataDiskRule::NotSupported)
        return Error(ErrorCode::DiskNotAssociable,
                     tr("%1 images hold the system disk only; data disks cannot be associated.")
                         .arg(productShortName(product())));
    return {};
}

Status ProductPolicy::validateSnapshotSelection(const QList<Snapshot> &snapshots) const
{
    if (!supportsCreateFromSnapshots())
        return Error(ErrorCode::Unsupported,
                     tr("%1 cannot create an image from snapshots; create it from an instance.")
                         .arg(productShortName(product())));
    int system = 0;
    for (const Snapshot &s : snapshots)
        system += s.role == DiskRole::System ? 1 : 0;
    if (snapshots.isEmpty())
        return Error(ErrorCode::SnapshotSelectionInvalid,
                     tr("Choose a system-disk snapshot to create the image from."));
    if (system == 0)
        return Error(ErrorCode::SnapshotSelectionInvalid,
                     tr("Data-disk snapshots alone cannot make an image: add the system-disk "
                        "snapshot of the same instance."));
    if (system > 1)
        return Error(ErrorCode::SnapshotSelectionInvalid,
                     tr("An image has exactly one system disk: choose a single system-disk "
                        "snapshot."));
    for (const Snapshot &s : snapshots) {
        if (s.regionId != snapshots.first().regionId)
            return Error(ErrorCode::RegionMismatch,
                         tr("All snapshots must be in the same region as the image."));
        if (s.state != SnapshotState::Available)
            return Error(
                ErrorCode::SnapshotSelectionInvalid,
                tr("Snapshot %1 is still being created; wait until it is available.").arg(s.id));
    }
    return {};
}

QString ProductPolicy::descriptionLabel() const
{
    return tr("Description");
}

Status ProductPolicy::canEditImage(const Image &image) const
{
    if (image.state == ImageState::Creating || image.state == ImageState::Copying)
        return Error(
            ErrorCode::ImageBusy,
            tr("\"%1\" is still being made; edit it once it is available.").arg(image.name));
    if (image.state == ImageState::ToBeRepossessed)
        return Error(ErrorCode::ImageNotAvailable,
                     tr("\"%1\" is to be repossessed because the account is overdue; top up the "
                        "account to edit it again.")
                         .arg(image.name));
    return {};
}

Status ProductPolicy::canDeleteImage(const Image &image) const
{
    if (image.state == ImageState::Creating || image.state == ImageState::Copying)
        return Error(ErrorCode::ImageBusy,
                     tr("\"%1\" is still being made and cannot be deleted yet; wait until it is "
                        "finished.")
                         .arg(image.name));
    if (image.state == ImageState::ToBeRepossessed)
        return Error(ErrorCode::ImageNotAvailable,
                     tr("\"%1\" is to be repossessed because the account is overdue; top up the "
                        "account to manage it again.")
                         .arg(image.name));
    return {};
}

Status ProductPolicy::canChangePower(const Instance &instance, bool start) const
{
    // Whatever the product says about running meanwhile, the instance's state must not change
    // under an image being made from it: a stopped CVM instance stays stopped until it is done.
    if (!instance.imagingOperationId.isEmpty()) {
        if (shutdownRule() == ShutdownRule::MayStayRunning)
            return Error(ErrorCode::InstanceBusy,
                         tr("An image is being made from \"%1\"; do not stop, start or restart "
                            "the instance until the image is available.")
                             .arg(instance.name));
        return Error(ErrorCode::InstanceBusy,
                     start ? tr("An image is being made from \"%1\"; start it once the image is "
                                "available.")
                                 .arg(instance.name)
                           : tr("An image is being made from \"%1\"; stop it once the image is "
                                "available.")
                                 .arg(instance.name));
    }
    if (isTransitional(instance.state))
        return Error(ErrorCode::InstanceBusy,
                     tr("\"%1\" is %2; wait until it has finished, then try again.")
                         .arg(instance.name, instanceStateName(instance.state).toLower()));
    if (start && instance.state != InstanceState::Stopped)
        return Error(ErrorCode::InvalidInstanceState,
                     tr("\"%1\" is already running; only stopped instances can be started.")
                         .arg(instance.name));
    if (!start && instance.state != InstanceState::Running)
        return Error(ErrorCode::InvalidInstanceState,
                     tr("\"%1\" is already stopped; only running instances can be stopped.")
                         .arg(instance.name));
    return {};
}

QString ProductPolicy::diskKindName(DiskKind kind) const
{
    // Tencent Cloud's names (CLOUD_PREMIUM, CLOUD_SSD, CLOUD_BASIC, LOCAL_BASIC).
    switch (kind) {
    case DiskKind::CloudPremium:
        return tr("Premium cloud disk");
    case DiskKind::CloudSsd:
        return tr("SSD cloud disk");
    case DiskKind::CloudBasic:
        return tr("Basic cloud disk");
    case DiskKind::EconomyCloud:
        return tr("Economy cloud disk");
    case DiskKind::Local:
        return tr("Local disk");
    }
    return {};
}

QList<DiskKind> ProductPolicy::launchDiskKinds(DiskRole) const
{
    return {DiskKind::CloudPremium, DiskKind::CloudSsd, DiskKind::CloudBasic, DiskKind::Local};
}

Status ProductPolicy::validateLaunchCount(int count) const
{
    if (count < 1 || count > maxLaunchCount())
        return Error(ErrorCode::InvalidCount,
                     tr("Enter a number from 1 to %1: %2 launches at most %1 instances at a time.")
                         .arg(maxLaunchCount())
                         .arg(productShortName(product())));
    return {};
}

QString ProductPolicy::launchZoneNote(const Image &image) const
{
    const bool hasDataSnapshots =
        std::any_of(image.dataDisks.begin(), image.dataDisks.end(),
                    [](const ImageDataDisk &d) { return !d.snapshotId.isEmpty(); });
    if (!confinesLaunchToSnapshotZone() || !hasDataSnapshots || image.snapshotZoneId.isEmpty())
        return {};
    return tr("This image carries data-disk snapshots, so instances can only be created in "
              "their zone, %1.")
        .arg(image.snapshotZoneId);
}

QString ProductPolicy::otherRegionHint() const
{
    if (copyRule().supported)
        return tr("Instances are launched in the image's region. To launch in another region, "
                  "copy the image there first (Image > Copy Image).");
    return tr("Instances are launched in the image's region; %1 does not support copying "
              "custom images to other regions.")
        .arg(productShortName(product()));
}

Status ProductPolicy::canUseInstanceType(const Image &image, const InstanceType &type,
                                         bool networkAcceleration) const
{
    if (inheritsParentTypeRestrictions() && image.parentIsWindows) {
        if (type.cpuCores <= 1)
            return Error(ErrorCode::InstanceTypeNotAllowed,
                         tr("The image's parent is a Windows image, which cannot run on a 1-core "
                            "instance type."));
        if (networkAcceleration)
            return Error(ErrorCode::InstanceTypeNotAllowed,
                         tr("The image's parent is a Windows image, which does not allow network "
                            "acceleration."));
    }
    return {};
}

Status ProductPolicy::validateLaunch(const Image &image, const LaunchRequest &request) const
{
    if (!image.isUsable())
        return Error(ErrorCode::ImageNotAvailable,
                     tr("Image \"%1\" is %2; only an available image can launch instances.")
                         .arg(image.name, imageStateName(image.state).toLower()));
    if (Status s = validateLaunchCount(request.count); !s)
        return s;
    const bool hasDataSnapshots =
        std::any_of(image.dataDisks.begin(), image.dataDisks.end(),
                    [](const ImageDataDisk &d) { return !d.snapshotId.isEmpty(); });
    if (const QString zoneNote = launchZoneNote(image);
        !zoneNote.isEmpty() && request.zoneId != image.snapshotZoneId)
        return Error(ErrorCode::ZoneNotAllowed, zoneNote);
    if (refusesLocalDisksWithDataSnapshots() && hasDataSnapshots &&
        (request.dataDiskKind == DiskKind::Local || request.systemDiskKind == DiskKind::Local))
        return Error(ErrorCode::LocalDiskNotAllowed,
                     tr("This image carries data-disk snapshots, so local disks are not "
                        "supported; choose a cloud disk."));
    return {};
}

Status ProductPolicy::validateName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidName, tr("Enter a name for the image."));
    // Control characters (C0, DEL, C1) and Unicode line/paragraph separators. Checked before
    // the surrounding-space rule so that a trailing tab or line break gets the right sentence.
    static const QRegularExpression control(QStringLiteral("[\\p{Cc}\\x{2028}\\x{2029}]"));
    if (name.contains(control))
        return Error(ErrorCode::InvalidName,
                     tr("The name cannot contain tabs, line breaks or other control characters."));
    if (trimmed != name)
        return Error(ErrorCode::InvalidName, tr("The name cannot start or end with a space."));
    if (codePoints(name) > maxNameLength())
        return Error(ErrorCode::InvalidName,
                     tr("The name is %1 characters long; %2 allows at most %3.")
                         .arg(codePoints(name))
                         .arg(productShortName(product()))
                         .arg(maxNameLength()));
    return {};
}

Status ProductPolicy::validateDescription(const QString &description) const
{
    if (codePoints(description) > maxDescriptionLength())
        return Error(ErrorCode::InvalidDescription,
                     tr("The %1 is %2 characters long; %3 allows at most %4.")
                         .arg(descriptionLabel().toLower())
                         .arg(codePoints(description))
                         .arg(productShortName(product()))
                         .arg(maxDescriptionLength()));
    return {};
}

Status ProductPolicy::validateTags(const QList<Tag> &tags) const
{
    if (tags.isEmpty())
        return {};
    if (!supportsImageTags())
        return Error(ErrorCode::Unsupported,
                     tr("%1 custom images do not take tags.").arg(productShortName(product())));
    if (tags.size() > maxImageTags())
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 allows at most %2 tags on an image; remove %n of them.", "",
                        int(tags.size()) - maxImageTags())
                         .arg(productShortName(product()))
                         .arg(maxImageTags()));
    QStringList keys;
    for (const Tag &tag : tags) {
        if (tag.key.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("Every tag needs a key before its colon, as in env:prod."));
        if (codePoints(tag.key) > maxTagKeyLength())
            return Error(
                ErrorCode::InvalidArgument,
                tr("The tag key \"%1\" is too long; %2 allows at most %3 characters.")
                    .arg(tag.key.left(20) + QStringLiteral("…"), productShortName(product()))
                    .arg(maxTagKeyLength()));
        if (codePoints(tag.value) > maxTagValueLength())
            return Error(ErrorCode::InvalidArgument,
                         tr("The value of tag \"%1\" is too long; %2 allows at most %3 "
                            "characters.")
                             .arg(tag.key, productShortName(product()))
                             .arg(maxTagValueLength()));
        if (Status s = validateTag(tag); !s)
            return s;
        if (keys.contains(tag.key))
            return Error(
                ErrorCode::InvalidArgument,
                tr("The tag key \"%1\" appears twice; give each key one value.").arg(tag.key));
        keys << tag.key;
    }
    return {};
}

Status ProductPolicy::validateNewName(const QString &name, const QStringList &namesInRegion) const
{
    if (Status s = validateName(name); !s)
        return s;
    if (namesInRegion.contains(name, Qt::CaseSensitive))
        return Error(ErrorCode::DuplicateName,
                     tr("An image named \"%1\" already exists in this region; choose another "
                        "name.")
                         .arg(name));
    return {};
}

void ProductPolicy::setReportedQuota(const ImageQuota &quota)
{
    if (quota.product != product())
        return;
    m_quota.byRegion.insert(quota.regionId, quota.quota);
    if (m_quota.freeTier > 0)
        m_quota.freeTier = quota.freeTier;
}

std::unique_ptr<ProductPolicy> ProductPolicy::create(Product product)
{
    switch (product) {
    case Product::Lighthouse:
        return std::make_unique<LighthousePolicy>();
    case Product::Cvm:
        return std::make_unique<CvmPolicy>();
    case Product::UHost:
        return std::make_unique<UHostPolicy>();
    case Product::Ecs:
        return std::make_unique<EcsPolicy>();
    }
    return std::make_unique<LighthousePolicy>();
}

const ProductPolicy &ProductPolicy::forProduct(Product product)
{
    static const LighthousePolicy lighthouse;
    static const CvmPolicy cvm;
    static const UHostPolicy uhost;
    static const EcsPolicy ecs;
    switch (product) {
    case Product::Lighthouse:
        return lighthouse;
    case Product::Cvm:
        return cvm;
    case Product::UHost:
        return uhost;
    case Product::Ecs:
        return ecs;
    }
    return lighthouse;
}

} // namespace imprint
