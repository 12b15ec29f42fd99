#pragma once

#include <QCoreApplication>

#include "disk.h"
#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instancetype.h"
#include "product.h"
#include "requests.h"
#include "snapshot.h"
#include "tag.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace imprint {

// What the product asks of the instance while an image is made from it.
enum class ShutdownRule {
    ForcedShutdownConsent, // Lighthouse: the user must tick "Agree to a forced shutdown"
    ShutdownRecommended,   // CVM: best practice, offered but optional
    MayStayRunning,        // ECS: may run, but must not be stopped/started/restarted meanwhile
    NotRequired,           // UHost: the seed says nothing
};

// How data disks take part in an image made from an instance.
enum class DataDiskRule {
    NotSupported,    // Lighthouse: system disk only
    OptionalPerDisk, // UHost (seed), CVM (API DataDiskIds): the user picks disks
    AllAutomatic,    // ECS: every disk is snapshotted
};

// How an image costs money.
enum class ImagePricing {
    PerImageBeyondFreeTier, // Lighthouse: 5 free per region, then per image-hour
    SnapshotStorage,        // ECS, CVM: the snapshots that back the image
    ParentImagePrice,       // UHost: as its parent; data-disk snapshots billed separately
};

struct CopyRule
{
    bool supported = false;
    bool needsTargetProject = false; // UHost: target project + region
    bool systemDiskOnly = false;     // UHost: data-disk snapshots are not copied
};

struct OverdueRule
{
    bool disablesCreation = false;
    bool repossessesImages = false; // images go to ToBeRepossessed and become unusable
    int releaseAfterDays = 0;       // released when not topped up in time
};

// A product's image quota and free tier as figures, not code: the seed's, until a cloud
// reports its own (design.md: CVM's live quota is larger than the seed's 10).
struct QuotaFigures
{
    int perRegion = 0;              // where byRegion has no entry
    QHash<QString, int> byRegion{}; // by region id
    int freeTier = 0;               // images free of charge per region; 0: no free tier

    int quota(const QString &regionId) const { return byRegion.value(regionId, perRegion); }
};

// The rules of one product, condensed from the seed pages (see shared/design.md). The UI asks
// these instead of naming products, so a wizard adapts to the backend's products by policy.
class ProductPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ProductPolicy)

public:
    virtual ~ProductPolicy() = default;

    virtual Product product() const = 0;

    // Quota and cost. Data, not virtuals: a remote backend sets what its cloud reports on its own
    // copy of the policy (create()) and every rule stays the product's.
    int customImageQuota(const QString &regionId) const { return m_quota.quota(regionId); }
    int freeImagesPerRegion() const { return m_quota.freeTier; }
    // Takes the quota a cloud reported for one region of this product (other products' are
    // ignored). A free tier is taken only where the product has one: a cloud that has none
    // reports none.
    void setReportedQuota(const ImageQuota &quota);
    virtual ImagePricing imagePricing() const = 0;

    // Creation from an instance
    virtual ShutdownRule shutdownRule() const = 0;
    virtual DataDiskRule dataDiskRule() const = 0;
    // Whether this data disk may be associated; the error says why not.
    virtual Status canAssociateDisk(const Disk &disk) const;
    virtual bool associationNeedsSnapshotService() const { return false; }
    // Simulated creation time for an image holding this much data.
    virtual qint64 creationSeconds(int dataGiB) const = 0;
    // Seed guidance shown as a checklist before creating.
    virtual QStringList creationGuidance(OsType osType) const = 0;

    // Creation from snapshots
    virtual bool supportsCreateFromSnapshots() const { return false; }
    virtual Status validateSnapshotSelection(const QList<Snapshot> &snapshots) const;

    // Copy, delete, edit
    virtual CopyRule copyRule() const = 0;
    virtual bool deleteNeedsConfirmation() const { return true; }
    virtual bool deleteRemovesAssociatedSnapshots() const { return false; }
    virtual bool associatedSnapshotsDeletableAlone() const { return true; }
    virtual bool snapshotBillingContinuesAfterDelete() const { return false; }
    virtual QString descriptionLabel() const; // "Description" or "Remarks"
    // Empty when an image's name and description can be edited. Else the sentence saying why
    // not, which the UI shows instead of the Edit action (a cloud whose API cannot rename).
    QString imageEditUnavailableReason() const { return m_editUnavailable; }
    void setImageEditUnavailableReason(const QString &why) { m_editUnavailable = why; }

    // Whether an image can be renamed or deleted now; the error says why not. The simulator
    // refuses with the same Status the console uses to disable the action.
    Status canEditImage(const Image &image) const;
    Status canDeleteImage(const Image &image) const;

    // Instances: whether a start (or stop) may be sent now; the error says why not. One rule
    // for every product, shared by the console's actions and the simulator's checks.
    Status canChangePower(const Instance &instance, bool start) const;

    // Vocabulary: the product's own name for a disk kind (Tencent "Premium cloud disk",
    // Alibaba "Enhanced SSD (ESSD)").
    virtual QString diskKindName(DiskKind kind) const;
    // The disk kinds a new instance may choose for its system or data disks.
    virtual QList<DiskKind> launchDiskKinds(DiskRole role) const;

    // Launch from an image
    virtual int maxLaunchCount() const { return 100; }
    // 1..maxLaunchCount(); the error names the limit (never clamp silently).
    Status validateLaunchCount(int count) const;
    // Whether the launch page offers network acceleration at all (UHost's instance option).
    virtual bool offersNetworkAcceleration() const { return false; }
    // The sentence that says where this image can launch, when its product confines it to the
    // zone of its data-disk snapshots; empty otherwise.
    QString launchZoneNote(const Image &image) const;
    virtual bool confinesLaunchToSnapshotZone() const { return false; }
    virtual bool refusesLocalDisksWithDataSnapshots() const { return false; }
    virtual bool inheritsParentTypeRestrictions() const { return false; }
    virtual int defaultEmptyDataDiskGiB() const { return 0; } // 0: no default data disk
    virtual bool offersPreinstalledApplications() const { return true; }
    virtual bool billingIndependentOfSource() const { return true; }
    // What to do to launch from this image in another region (launches stay in its region).
    virtual QString otherRegionHint() const;
    // Whether this instance type can run this image; the error says why not.
    Status canUseInstanceType(const Image &image, const InstanceType &type,
                              bool networkAcceleration) const;
    // Whether the launch request fits the image (zone, disks, count, region is the caller's).
    Status validateLaunch(const Image &image, const LaunchRequest &request) const;

    // Account
    virtual OverdueRule overdueRule() const { return {}; }

    // Names
    virtual int maxNameLength() const = 0;
    virtual int maxDescriptionLength() const = 0;
    virtual Status validateName(const QString &name) const;
    // Image tags (key:value) where the product's API takes them on images; UHost's business
    // group is a host attribute, not an image tag.
    virtual bool supportsImageTags() const { return false; }
    virtual int maxImageTags() const { return 0; }
    virtual int maxTagKeyLength() const { return 127; }
    virtual int maxTagValueLength() const { return 255; }
    Status validateTags(const QList<Tag> &tags) const;
    // What a product forbids in one tag beyond the lengths (ECS: reserved key prefixes); asked
    // by validateTags for each tag.
    virtual Status validateTag(const Tag &tag) const
    {
        Q_UNUSED(tag)
        return {};
    }
    // Whether an existing image's tags can be changed (the create wizard sets them either way).
    // Empty reason: they can, as on the simulator. Else the sentence the Edit dialog shows beside
    // the read-only tags: a remote backend whose product API does not call the cloud's tagging
    // API sets it on its own copy of the policy.
    bool imageTagsEditable() const { return supportsImageTags() && m_tagEditUnavailable.isEmpty(); }
    QString imageTagEditUnavailableReason() const { return m_tagEditUnavailable; }
    void setImageTagEditUnavailableReason(const QString &why) { m_tagEditUnavailable = why; }
    // An empty description is always accepted (it is optional everywhere).
    virtual Status validateDescription(const QString &description) const;
    // validateName plus uniqueness among the region's other image names.
    Status validateNewName(const QString &name, const QStringList &namesInRegion) const;

    // The shared, unchangeable rules of a product, with the seed's figures.
    static const ProductPolicy &forProduct(Product product);
    // A copy of its own, with the seed's figures, for a backend that learns its cloud's.
    static std::unique_ptr<ProductPolicy> create(Product product);

protected:
    explicit ProductPolicy(QuotaFigures seedQuota)
        : m_quota(std::move(seedQuota))
    {}
    // Length in user-perceived code points, as the reference recommends (not UTF-16 units).
    static int codePoints(const QString &text);

private:
    QuotaFigures m_quota;
    QString m_editUnavailable;
    QString m_tagEditUnavailable;
};

} // namespace imprint
