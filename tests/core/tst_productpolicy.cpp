// Every row of the product-rules table in shared/design.md, one test function per rule, plus
// the name/description validation of tencentcloud-api.md section 5 and the ECS name rules of
// alibaba-ecs-and-ucloud-api.md section 2.1.

#include "cvmpolicy.h"
#include "ecspolicy.h"
#include "lighthousepolicy.h"
#include "productpolicy.h"
#include "uhostpolicy.h"

#include <QTest>

using namespace imprint;

namespace imprint {
// Readable QCOMPARE failures for the domain enums (found by argument-dependent lookup).
char *toString(ErrorCode code)
{
    return qstrdup(QByteArray("ErrorCode(") + QByteArray::number(int(code)) + ')');
}
char *toString(ImagePricing pricing)
{
    return qstrdup(QByteArray("ImagePricing(") + QByteArray::number(int(pricing)) + ')');
}
char *toString(ShutdownRule rule)
{
    return qstrdup(QByteArray("ShutdownRule(") + QByteArray::number(int(rule)) + ')');
}
char *toString(DataDiskRule rule)
{
    return qstrdup(QByteArray("DataDiskRule(") + QByteArray::number(int(rule)) + ')');
}
char *toString(Product product)
{
    return qstrdup(productShortName(product).toUtf8());
}
} // namespace imprint

namespace {

const ProductPolicy &lighthouse()
{
    return ProductPolicy::forProduct(Product::Lighthouse);
}
const ProductPolicy &cvm()
{
    return ProductPolicy::forProduct(Product::Cvm);
}
const ProductPolicy &uhost()
{
    return ProductPolicy::forProduct(Product::UHost);
}
const ProductPolicy &ecs()
{
    return ProductPolicy::forProduct(Product::Ecs);
}

// A refusal reaches the user as a sentence: capitalised, ending in a full stop, with every
// placeholder filled in.
bool isSentence(const QString &message)
{
    const QString m = message.trimmed();
    return m.size() >= 10 && (m.front().isUpper() || m.front() == QLatin1Char('"')) &&
           m.back() == QLatin1Char('.') && !m.contains(QRegularExpression(QStringLiteral("%\\d")));
}

Disk disk(DiskRole role, DiskKind kind, int sizeGiB = 20)
{
    Disk d;
    d.id = QStringLiteral("disk-1");
    d.role = role;
    d.kind = kind;
    d.sizeGiB = sizeGiB;
    return d;
}

Snapshot snapshot(const QString &id, DiskRole role, bool encrypted = false,
                  const QString &regionId = QStringLiteral("cn-hangzhou"))
{
    Snapshot s;
    s.id = id;
    s.product = Product::Ecs;
    s.regionId = regionId;
    s.zoneId = regionId + QStringLiteral("-b");
    s.role = role;
    s.sizeGiB = role == DiskRole::System ? 40 : 100;
    s.encrypted = encrypted;
    s.state = SnapshotState::Available;
    return s;
}

// A UHost image whose data-disk snapshot lives in zone cn-bj2-04.
Image uhostImage(bool withDataSnapshot, bool windowsParent = false)
{
    Image image;
    image.id = QStringLiteral("uimage-1");
    image.product = Product::UHost;
    image.regionId = QStringLiteral("cn-bj2");
    image.name = QStringLiteral("web");
    image.state = ImageState::Available;
    image.systemDiskGiB = 40;
    image.parentIsWindows = windowsParent;
    image.osType = windowsParent ? OsType::Windows : OsType::Linux;
    if (withDataSnapshot) {
        image.dataDisks.append({QStringLiteral("snap-data-1"), 100});
        image.snapshotZoneId = QStringLiteral("cn-bj2-04");
    }
    return image;
}

LaunchRequest launchIn(const QString &zoneId)
{
    LaunchRequest request;
    request.imageId = QStringLiteral("uimage-1");
    request.zoneId = zoneId;
    request.instanceType = QStringLiteral("N2.C2M4");
    return request;
}

InstanceType instanceType(int cores)
{
    InstanceType type;
    type.id = QStringLiteral("N2.C%1").arg(cores);
    type.cpuCores = cores;
    type.memoryGiB = cores * 2;
    return type;
}

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

void addProductRows()
{
    QTest::addColumn<Product>("product");
    for (Product p : allProducts())
        QTest::newRow(qPrintable(productKey(p))) << p;
}

} // namespace

// Refused with this code and a proper sentence.
#define VERIFY_REFUSED(statusExpr, expectedCode)                                                   \
    do {                                                                                           \
        const Status refusal_ = (statusExpr);                                                      \
        QVERIFY2(!refusal_.ok(), "expected a refusal: " #statusExpr);                              \
        QCOMPARE(refusal_.error().code, expectedCode);                                             \
        QVERIFY2(isSentence(refusal_.error().message), qPrintable(refusal_.error().message));      \
    } while (false)

#define VERIFY_ACCEPTED(statusExpr)                                                                \
    do {                                                                                           \
        const Status accepted_ = (statusExpr);                                                     \
        QVERIFY2(accepted_.ok(), qPrintable(accepted_.error().message));                           \
    } while (false)

class TestProductPolicy : public QObject
{
    Q_OBJECT

private slots:
    void forProductReturnsEachProductsPolicy();

    // Custom images per region
    void lighthouseCustomImageQuotaIs20PerRegion();
    void cvmCustomImageQuotaIs10PerRegion();
    void uhostQuotaByRegion_data();
    void uhostQuotaByRegion();
    void uhostQuotaOfUnlistedRegionIsTheSmallestListed();
    void ecsQuotaFromApiDefault();
    void reportedQuotaChangesOnlyItsOwnCopyOfThePolicy();
    void reportedQuotaKeepsEveryOtherRule();

    // Free tier and pricing
    void lighthouseFreeTierIsFivePerRegion();
    void uhostImageCostsWhatItsParentCosts();
    void ecsBilledViaSnapshots();
    void cvmBilledViaSnapshots();

    // Shutdown
    void lighthouseRequiresForcedShutdownConsent();
    void cvmRecommendsShutdown();
    void ecsMayStayRunning();
    void uhostNeedsNoShutdown();

    // Data disks
    void uhostDataDiskAssociationIsOptional();
    void uhostEconomyCloudDiskCannotBeAssociated();
    void uhostLocalDiskCannotBeAssociated();
    void uhostAssociationNeedsSnapshotService();
    void ecsSnapshotsEveryDiskAutomatically();
    void lighthouseHasNoDataDiskAssociation();
    void cvmDataDisksAreChosenPerDisk();
    void cvmLocalDataDiskCannotBeAssociated();
    void systemDiskIsNeverAssociated_data();
    void systemDiskIsNeverAssociated();

    // From snapshots
    void ecsCreateFromSnapshotsNeedsSystemDiskSnapshot();
    void ecsDataDiskSnapshotsAloneAreRefused();
    void ecsEncryptedAndUnencryptedSnapshotsBothAccepted();
    void cvmCreatesFromSnapshots();
    void lighthouseAndUHostDoNotCreateFromSnapshots();
    void snapshotSelectionMustBeReadyAndInOneRegion();

    // Cross-region
    void lighthouseCrossRegionCopyNotSupported();
    void uhostCopyNeedsTargetProjectAndCopiesSystemDiskOnly();
    void ecsCopyToDestinationRegionSupported();
    void cvmCopySupported();

    // Launch from image
    void lighthouseLaunchHasNoPreinstalledApplicationTab();
    void uhostLaunchConfinedToSnapshotZone();
    void uhostNoLocalDisksWithDataDiskSnapshots();
    void uhostWindowsParentAllowsNoOneCoreType();
    void uhostWindowsParentAllowsNoNetworkAcceleration();
    void parentTypeRestrictionsAreUHostOnly();
    void ecsEmptyDefaultDataDiskIs5GiB();
    void ecsBillingIndependentOfSource();
    void launchNeedsUsableImageAndSaneCount();

    // Delete
    void lighthouseDeleteNeedsConfirmation();
    void uhostDeleteRemovesAssociatedSnapshots();
    void uhostAssociatedSnapshotsCannotBeDeletedAlone();
    void uhostSnapshotBillingContinuesAfterDelete();
    void ecsImageSnapshotsCannotBeDeletedWhileImageExists();

    // Edit
    void uhostEditsNameAndRemarks();
    void ecsEditsNameAndDescription();

    // Account overdue
    void lighthouseOverdueDisablesCreation();
    void lighthouseOverdueRepossessesImages();
    void lighthouseOverdueReleasesAfterSevenDays();
    void otherProductsUnaffectedByOverdue();

    // Duration
    void lighthouseCreationTakesTenMinutesOrMore();
    void creationDurationGrowsWithDataSize_data();
    void creationDurationGrowsWithDataSize();

    // Guidance
    void uhostGuidanceWarnsAboutNetworkConfig();
    void ecsLinuxGuidanceChecklist();
    void ecsWindowsGuidanceHasNoLinuxItems();
    void lighthouseGuidanceMentionsShutdownAndDuration();
    void cvmGuidanceRecommendsShutdown();
    void eachProductNamesDisksInItsOwnWords();
    void launchCountOutsideTheLimitNamesIt();
    void tagsFollowEachProductsLimits();

    // Names and descriptions
    void lighthouseNameAndDescriptionLimitsAre60();
    void cvmNameLimitIs60AndDescriptionLimitIs256();
    void nameLengthCountsCodePoints_data();
    void nameLengthCountsCodePoints();
    void cvmDescriptionCountsCodePoints();
    void ecsNameIsTwoTo128Characters();
    void ecsNameMustStartWithLetter_data();
    void ecsNameMustStartWithLetter();
    void ecsNameRefusesHttpPrefix();
    void ecsNameRefusesReservedPrefixes();
    void ecsNameAllowedCharacters_data();
    void ecsNameAllowedCharacters();
    void ecsNameAcceptsCjk();
    void ecsDescriptionRules();
    void nameRefusesEmpty_data();
    void nameRefusesEmpty();
    void nameRefusesLeadingOrTrailingSpaces_data();
    void nameRefusesLeadingOrTrailingSpaces();
    void nameRefusesControlCharacters_data();
    void nameRefusesControlCharacters();
    void duplicateNameInRegionRefused_data();
    void duplicateNameInRegionRefused();
};

void TestProductPolicy::forProductReturnsEachProductsPolicy()
{
    for (Product p : allProducts())
        QCOMPARE(ProductPolicy::forProduct(p).product(), p);
    QVERIFY(dynamic_cast<const LighthousePolicy *>(&lighthouse()));
    QVERIFY(dynamic_cast<const CvmPolicy *>(&cvm()));
    QVERIFY(dynamic_cast<const UHostPolicy *>(&uhost()));
    QVERIFY(dynamic_cast<const EcsPolicy *>(&ecs()));
}

// --- Custom images per region ------------------------------------------------------------

void TestProductPolicy::lighthouseCustomImageQuotaIs20PerRegion()
{
    for (const char *region : {"ap-guangzhou", "ap-shanghai", "ap-singapore", "na-siliconvalley"})
        QCOMPARE(lighthouse().customImageQuota(QLatin1String(region)), 20);
}

void TestProductPolicy::cvmCustomImageQuotaIs10PerRegion()
{
    // The seed's figure; the live API reports more and the remote backend asks for it.
    for (const char *region : {"ap-guangzhou", "ap-beijing", "ap-hongkong"})
        QCOMPARE(cvm().customImageQuota(QLatin1String(region)), 10);
}

void TestProductPolicy::uhostQuotaByRegion_data()
{
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<int>("quota");
    QTest::newRow("North China One") << QStringLiteral("cn-bj1") << 30;
    QTest::newRow("North China Two") << QStringLiteral("cn-bj2") << 30;
    QTest::newRow("Shanghai Two") << QStringLiteral("cn-sh2") << 30;
    QTest::newRow("Guangdong") << QStringLiteral("cn-gd") << 10;
    QTest::newRow("Hong Kong") << QStringLiteral("hk") << 10;
    QTest::newRow("California") << QStringLiteral("us-ca") << 10;
}

void TestProductPolicy::uhostQuotaByRegion()
{
    QFETCH(QString, regionId);
    QFETCH(int, quota);
    QCOMPARE(uhost().customImageQuota(regionId), quota);
}

void TestProductPolicy::uhostQuotaOfUnlistedRegionIsTheSmallestListed()
{
    // Not in the seed: assume the smallest listed figure rather than promise 30.
    QCOMPARE(uhost().customImageQuota(QStringLiteral("th-bkk")), 10);
}

void TestProductPolicy::ecsQuotaFromApiDefault()
{
    // No seed figure: the reference's documented default of 100 per region.
    QCOMPARE(ecs().customImageQuota(QStringLiteral("cn-hangzhou")), 100);
    QCOMPARE(ecs().customImageQuota(QStringLiteral("cn-beijing")), 100);
}

void TestProductPolicy::reportedQuotaChangesOnlyItsOwnCopyOfThePolicy()
{
    // Quota as data: a remote backend's copy takes the cloud's figures, the shared rules keep
    // the seed's, and another product's report is not taken.
    const std::unique_ptr<ProductPolicy> live = ProductPolicy::create(Product::Lighthouse);
    ImageQuota reported;
    reported.product = Product::Lighthouse;
    reported.regionId = QStringLiteral("ap-guangzhou");
    reported.quota = 30;
    reported.freeTier = 7;
    live->setReportedQuota(reported);
    QCOMPARE(live->customImageQuota(QStringLiteral("ap-guangzhou")), 30);
    QCOMPARE(live->customImageQuota(QStringLiteral("ap-shanghai")), 20); // not reported: seed
    QCOMPARE(live->freeImagesPerRegion(), 7);
    QCOMPARE(lighthouse().customImageQuota(QStringLiteral("ap-guangzhou")), 20);
    QCOMPARE(lighthouse().freeImagesPerRegion(), 5);

    reported.product = Product::Cvm;
    reported.quota = 500;
    live->setReportedQuota(reported);
    QCOMPARE(live->customImageQuota(QStringLiteral("ap-guangzhou")), 30);

    // A product without a free tier does not gain one from a report.
    const std::unique_ptr<ProductPolicy> cvmLive = ProductPolicy::create(Product::Cvm);
    cvmLive->setReportedQuota(reported);
    QCOMPARE(cvmLive->customImageQuota(QStringLiteral("ap-guangzhou")), 500);
    QCOMPARE(cvmLive->freeImagesPerRegion(), 0);
}

void TestProductPolicy::reportedQuotaKeepsEveryOtherRule()
{
    // A copy is the product's own class, so a rule added later cannot fall back to a default
    // (the hand-forwarding decorator this replaced had missed the tag-length limits).
    for (Product product : {Product::Lighthouse, Product::Cvm, Product::UHost, Product::Ecs}) {
        const ProductPolicy &shared = ProductPolicy::forProduct(product);
        const std::unique_ptr<ProductPolicy> copy = ProductPolicy::create(product);
        QCOMPARE(typeid(*copy), typeid(shared));
        QCOMPARE(copy->product(), product);
        QCOMPARE(copy->maxTagKeyLength(), shared.maxTagKeyLength());
        QCOMPARE(copy->customImageQuota(QStringLiteral("cn-bj1")),
                 shared.customImageQuota(QStringLiteral("cn-bj1")));
        QVERIFY(copy->imageEditUnavailableReason().isEmpty());
        copy->setImageEditUnavailableReason(QStringLiteral("Not over this API."));
        QCOMPARE(copy->imageEditUnavailableReason(), QStringLiteral("Not over this API."));
        QVERIFY(shared.imageEditUnavailableReason().isEmpty());
        // Tag editing is a capability of the backend path too, set on the copy alone.
        QCOMPARE(copy->imageTagsEditable(), shared.supportsImageTags());
        copy->setImageTagEditUnavailableReason(QStringLiteral("Not over this API."));
        QVERIFY(!copy->imageTagsEditable());
        QCOMPARE(copy->imageTagEditUnavailableReason(), QStringLiteral("Not over this API."));
        QCOMPARE(shared.imageTagsEditable(), shared.supportsImageTags());
    }
}

// --- Free tier and pricing ---------------------------------------------------------------

void TestProductPolicy::lighthouseFreeTierIsFivePerRegion()
{
    QCOMPARE(lighthouse().freeImagesPerRegion(), 5);
    QCOMPARE(lighthouse().imagePricing(), ImagePricing::PerImageBeyondFreeTier);
    QCOMPARE(cvm().freeImagesPerRegion(), 0);
    QCOMPARE(uhost().freeImagesPerRegion(), 0);
    QCOMPARE(ecs().freeImagesPerRegion(), 0);
}

void TestProductPolicy::uhostImageCostsWhatItsParentCosts()
{
    QCOMPARE(uhost().imagePricing(), ImagePricing::ParentImagePrice);
}

void TestProductPolicy::ecsBilledViaSnapshots()
{
    QCOMPARE(ecs().imagePricing(), ImagePricing::SnapshotStorage);
}

void TestProductPolicy::cvmBilledViaSnapshots()
{
    // design.md price seeds: "CVM images billed through snapshot storage".
    QCOMPARE(cvm().imagePricing(), ImagePricing::SnapshotStorage);
}

// --- Shutdown ------------------------------------------------------------------------------

void TestProductPolicy::lighthouseRequiresForcedShutdownConsent()
{
    QCOMPARE(lighthouse().shutdownRule(), ShutdownRule::ForcedShutdownConsent);
}

void TestProductPolicy::cvmRecommendsShutdown()
{
    QCOMPARE(cvm().shutdownRule(), ShutdownRule::ShutdownRecommended);
}

void TestProductPolicy::ecsMayStayRunning()
{
    QCOMPARE(ecs().shutdownRule(), ShutdownRule::MayStayRunning);
    // ...but must not be stopped, started or restarted meanwhile: the guidance says so.
    const QString guidance = ecs().creationGuidance(OsType::Linux).join(QLatin1Char('\n'));
    QVERIFY(guidance.contains(QLatin1String("do not stop, start or restart")));
}

void TestProductPolicy::uhostNeedsNoShutdown()
{
    QCOMPARE(uhost().shutdownRule(), ShutdownRule::NotRequired);
}

// --- Data disks ----------------------------------------------------------------------------

void TestProductPolicy::uhostDataDiskAssociationIsOptional()
{
    QCOMPARE(uhost().dataDiskRule(), DataDiskRule::OptionalPerDisk);
    VERIFY_ACCEPTED(uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::CloudPremium)));
    VERIFY_ACCEPTED(uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::CloudSsd)));
}

void TestProductPolicy::uhostEconomyCloudDiskCannotBeAssociated()
{
    VERIFY_REFUSED(uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::EconomyCloud)),
                   ErrorCode::DiskNotAssociable);
    // The refusal names the disk and says why (seed 001; issue 12).
    const QString message =
        uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::EconomyCloud)).error().message;
    QVERIFY(message.contains(QLatin1String("disk-1")));
    QVERIFY(message.contains(QLatin1String("economy cloud disk")));
}

void TestProductPolicy::uhostLocalDiskCannotBeAssociated()
{
    VERIFY_REFUSED(uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::Local)),
                   ErrorCode::DiskNotAssociable);
    const QString message =
        uhost().canAssociateDisk(disk(DiskRole::Data, DiskKind::Local)).error().message;
    QVERIFY(message.contains(QLatin1String("disk-1")));
    QVERIFY(message.contains(QLatin1String("local disk")));
}

void TestProductPolicy::uhostAssociationNeedsSnapshotService()
{
    QVERIFY(uhost().associationNeedsSnapshotService());
    QVERIFY(!lighthouse().associationNeedsSnapshotService());
    QVERIFY(!cvm().associationNeedsSnapshotService());
    QVERIFY(!ecs().associationNeedsSnapshotService());
}

void TestProductPolicy::ecsSnapshotsEveryDiskAutomatically()
{
    QCOMPARE(ecs().dataDiskRule(), DataDiskRule::AllAutomatic);
}

void TestProductPolicy::lighthouseHasNoDataDiskAssociation()
{
    QCOMPARE(lighthouse().dataDiskRule(), DataDiskRule::NotSupported);
    VERIFY_REFUSED(lighthouse().canAssociateDisk(disk(DiskRole::Data, DiskKind::CloudPremium)),
                   ErrorCode::DiskNotAssociable);
}

void TestProductPolicy::cvmDataDisksAreChosenPerDisk()
{
    // API CreateImage DataDiskIds.
    QCOMPARE(cvm().dataDiskRule(), DataDiskRule::OptionalPerDisk);
    VERIFY_ACCEPTED(cvm().canAssociateDisk(disk(DiskRole::Data, DiskKind::CloudPremium)));
    VERIFY_ACCEPTED(cvm().canAssociateDisk(disk(DiskRole::Data, DiskKind::CloudSsd)));
}

void TestProductPolicy::cvmLocalDataDiskCannotBeAssociated()
{
    // API CreateImage: InvalidParameter.LocalDataDiskNotSupport.
    VERIFY_REFUSED(cvm().canAssociateDisk(disk(DiskRole::Data, DiskKind::Local)),
                   ErrorCode::DiskNotAssociable);
}

void TestProductPolicy::systemDiskIsNeverAssociated_data()
{
    addProductRows();
}

void TestProductPolicy::systemDiskIsNeverAssociated()
{
    QFETCH(Product, product);
    VERIFY_REFUSED(ProductPolicy::forProduct(product).canAssociateDisk(
                       disk(DiskRole::System, DiskKind::CloudPremium)),
                   ErrorCode::DiskNotAssociable);
}

// --- From snapshots ------------------------------------------------------------------------

void TestProductPolicy::ecsCreateFromSnapshotsNeedsSystemDiskSnapshot()
{
    QVERIFY(ecs().supportsCreateFromSnapshots());
    const Snapshot system = snapshot(QStringLiteral("s-sys"), DiskRole::System);
    const Snapshot data1 = snapshot(QStringLiteral("s-data1"), DiskRole::Data);
    const Snapshot data2 = snapshot(QStringLiteral("s-data2"), DiskRole::Data);
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({system}));
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({system, data1, data2}));
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({data1, system}));
    VERIFY_REFUSED(ecs().validateSnapshotSelection({}), ErrorCode::SnapshotSelectionInvalid);
    // Exactly one system disk.
    VERIFY_REFUSED(ecs().validateSnapshotSelection(
                       {system, snapshot(QStringLiteral("s-sys2"), DiskRole::System)}),
                   ErrorCode::SnapshotSelectionInvalid);
}

void TestProductPolicy::ecsDataDiskSnapshotsAloneAreRefused()
{
    const Snapshot data1 = snapshot(QStringLiteral("s-data1"), DiskRole::Data);
    const Snapshot data2 = snapshot(QStringLiteral("s-data2"), DiskRole::Data);
    VERIFY_REFUSED(ecs().validateSnapshotSelection({data1}), ErrorCode::SnapshotSelectionInvalid);
    VERIFY_REFUSED(ecs().validateSnapshotSelection({data1, data2}),
                   ErrorCode::SnapshotSelectionInvalid);
    QVERIFY(ecs().validateSnapshotSelection({data1}).error().message.contains(
        QLatin1String("system-disk snapshot")));
}

void TestProductPolicy::ecsEncryptedAndUnencryptedSnapshotsBothAccepted()
{
    const Snapshot plainSystem = snapshot(QStringLiteral("s-sys"), DiskRole::System, false);
    const Snapshot encryptedSystem = snapshot(QStringLiteral("s-sys-e"), DiskRole::System, true);
    const Snapshot plainData = snapshot(QStringLiteral("s-data"), DiskRole::Data, false);
    const Snapshot encryptedData = snapshot(QStringLiteral("s-data-e"), DiskRole::Data, true);
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({plainSystem, plainData}));
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({encryptedSystem, encryptedData}));
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({encryptedSystem, plainData}));
    VERIFY_ACCEPTED(ecs().validateSnapshotSelection({plainSystem, encryptedData}));
}

void TestProductPolicy::cvmCreatesFromSnapshots()
{
    // API CreateImage SnapshotIds: one system-disk snapshot must be included.
    QVERIFY(cvm().supportsCreateFromSnapshots());
    VERIFY_ACCEPTED(
        cvm().validateSnapshotSelection({snapshot(QStringLiteral("snap-sys"), DiskRole::System),
                                         snapshot(QStringLiteral("snap-data"), DiskRole::Data)}));
    VERIFY_REFUSED(
        cvm().validateSnapshotSelection({snapshot(QStringLiteral("snap-data"), DiskRole::Data)}),
        ErrorCode::SnapshotSelectionInvalid);
}

void TestProductPolicy::lighthouseAndUHostDoNotCreateFromSnapshots()
{
    const QList<Snapshot> selection{snapshot(QStringLiteral("s-sys"), DiskRole::System)};
    QVERIFY(!lighthouse().supportsCreateFromSnapshots());
    QVERIFY(!uhost().supportsCreateFromSnapshots());
    VERIFY_REFUSED(lighthouse().validateSnapshotSelection(selection), ErrorCode::Unsupported);
    VERIFY_REFUSED(uhost().validateSnapshotSelection(selection), ErrorCode::Unsupported);
}

void TestProductPolicy::snapshotSelectionMustBeReadyAndInOneRegion()
{
    const Snapshot system = snapshot(QStringLiteral("s-sys"), DiskRole::System);
    Snapshot creating = snapshot(QStringLiteral("s-data"), DiskRole::Data);
    creating.state = SnapshotState::Creating;
    VERIFY_REFUSED(ecs().validateSnapshotSelection({system, creating}),
                   ErrorCode::SnapshotSelectionInvalid);
    const Snapshot elsewhere =
        snapshot(QStringLiteral("s-data"), DiskRole::Data, false, QStringLiteral("cn-beijing"));
    VERIFY_REFUSED(ecs().validateSnapshotSelection({system, elsewhere}), ErrorCode::RegionMismatch);
}

// --- Cross-region --------------------------------------------------------------------------

void TestProductPolicy::lighthouseCrossRegionCopyNotSupported()
{
    QVERIFY(!lighthouse().copyRule().supported);
}

void TestProductPolicy::uhostCopyNeedsTargetProjectAndCopiesSystemDiskOnly()
{
    const CopyRule rule = uhost().copyRule();
    QVERIFY(rule.supported);
    QVERIFY(rule.needsTargetProject);
    QVERIFY(rule.systemDiskOnly);
}

void TestProductPolicy::ecsCopyToDestinationRegionSupported()
{
    const CopyRule rule = ecs().copyRule();
    QVERIFY(rule.supported);
    QVERIFY(!rule.needsTargetProject);
    QVERIFY(!rule.systemDiskOnly); // the copy carries every disk's snapshot
}

void TestProductPolicy::cvmCopySupported()
{
    const CopyRule rule = cvm().copyRule(); // API SyncImages
    QVERIFY(rule.supported);
    QVERIFY(!rule.needsTargetProject);
    QVERIFY(!rule.systemDiskOnly);
}

// --- Launch from image ---------------------------------------------------------------------

void TestProductPolicy::lighthouseLaunchHasNoPreinstalledApplicationTab()
{
    QVERIFY(!lighthouse().offersPreinstalledApplications());
}

void TestProductPolicy::uhostLaunchConfinedToSnapshotZone()
{
    QVERIFY(uhost().confinesLaunchToSnapshotZone());
    const Image withSnapshot = uhostImage(true);
    VERIFY_ACCEPTED(uhost().validateLaunch(withSnapshot, launchIn(QStringLiteral("cn-bj2-04"))));
    VERIFY_REFUSED(uhost().validateLaunch(withSnapshot, launchIn(QStringLiteral("cn-bj2-03"))),
                   ErrorCode::ZoneNotAllowed);
    QVERIFY(uhost()
                .validateLaunch(withSnapshot, launchIn(QStringLiteral("cn-bj2-03")))
                .error()
                .message.contains(QLatin1String("cn-bj2-04")));
    // Without data-disk snapshots any zone of the region will do.
    VERIFY_ACCEPTED(
        uhost().validateLaunch(uhostImage(false), launchIn(QStringLiteral("cn-bj2-03"))));
    // The confinement is UHost's.
    QVERIFY(!ecs().confinesLaunchToSnapshotZone());
    Image ecsImage = withSnapshot;
    ecsImage.product = Product::Ecs;
    VERIFY_ACCEPTED(ecs().validateLaunch(ecsImage, launchIn(QStringLiteral("cn-bj2-03"))));
}

void TestProductPolicy::uhostNoLocalDisksWithDataDiskSnapshots()
{
    QVERIFY(uhost().refusesLocalDisksWithDataSnapshots());
    LaunchRequest localData = launchIn(QStringLiteral("cn-bj2-04"));
    localData.dataDiskKind = DiskKind::Local;
    LaunchRequest localSystem = launchIn(QStringLiteral("cn-bj2-04"));
    localSystem.systemDiskKind = DiskKind::Local;
    VERIFY_REFUSED(uhost().validateLaunch(uhostImage(true), localData),
                   ErrorCode::LocalDiskNotAllowed);
    VERIFY_REFUSED(uhost().validateLaunch(uhostImage(true), localSystem),
                   ErrorCode::LocalDiskNotAllowed);
    // Other disk kinds are fine, and without data-disk snapshots local disks are too.
    LaunchRequest ssd = launchIn(QStringLiteral("cn-bj2-04"));
    ssd.dataDiskKind = DiskKind::CloudSsd;
    VERIFY_ACCEPTED(uhost().validateLaunch(uhostImage(true), ssd));
    VERIFY_ACCEPTED(uhost().validateLaunch(uhostImage(false), localData));
}

void TestProductPolicy::uhostWindowsParentAllowsNoOneCoreType()
{
    QVERIFY(uhost().inheritsParentTypeRestrictions());
    const Image windows = uhostImage(false, true);
    VERIFY_REFUSED(uhost().canUseInstanceType(windows, instanceType(1), false),
                   ErrorCode::InstanceTypeNotAllowed);
    VERIFY_ACCEPTED(uhost().canUseInstanceType(windows, instanceType(2), false));
    // A Linux parent has no such limit.
    VERIFY_ACCEPTED(uhost().canUseInstanceType(uhostImage(false, false), instanceType(1), false));
}

void TestProductPolicy::uhostWindowsParentAllowsNoNetworkAcceleration()
{
    const Image windows = uhostImage(false, true);
    VERIFY_REFUSED(uhost().canUseInstanceType(windows, instanceType(4), true),
                   ErrorCode::InstanceTypeNotAllowed);
    QVERIFY(uhost()
                .canUseInstanceType(windows, instanceType(4), true)
                .error()
                .message.contains(QLatin1String("network acceleration")));
    VERIFY_ACCEPTED(uhost().canUseInstanceType(uhostImage(false, false), instanceType(4), true));
}

void TestProductPolicy::parentTypeRestrictionsAreUHostOnly()
{
    Image windows = uhostImage(false, true);
    for (const ProductPolicy *policy : {&lighthouse(), &cvm(), &ecs()}) {
        windows.product = policy->product();
        QVERIFY(!policy->inheritsParentTypeRestrictions());
        VERIFY_ACCEPTED(policy->canUseInstanceType(windows, instanceType(1), true));
    }
}

void TestProductPolicy::ecsEmptyDefaultDataDiskIs5GiB()
{
    QCOMPARE(ecs().defaultEmptyDataDiskGiB(), 5);
    QCOMPARE(lighthouse().defaultEmptyDataDiskGiB(), 0);
    QCOMPARE(cvm().defaultEmptyDataDiskGiB(), 0);
    QCOMPARE(uhost().defaultEmptyDataDiskGiB(), 0);
}

void TestProductPolicy::ecsBillingIndependentOfSource()
{
    QVERIFY(ecs().billingIndependentOfSource());
}

void TestProductPolicy::launchNeedsUsableImageAndSaneCount()
{
    Image creating = uhostImage(false);
    creating.state = ImageState::Creating;
    VERIFY_REFUSED(uhost().validateLaunch(creating, launchIn(QStringLiteral("cn-bj2-04"))),
                   ErrorCode::ImageNotAvailable);
    LaunchRequest none = launchIn(QStringLiteral("cn-bj2-04"));
    none.count = 0;
    VERIFY_REFUSED(uhost().validateLaunch(uhostImage(false), none), ErrorCode::InvalidCount);
    LaunchRequest tooMany = launchIn(QStringLiteral("cn-bj2-04"));
    tooMany.count = uhost().maxLaunchCount() + 1;
    VERIFY_REFUSED(uhost().validateLaunch(uhostImage(false), tooMany), ErrorCode::InvalidCount);
    LaunchRequest most = launchIn(QStringLiteral("cn-bj2-04"));
    most.count = uhost().maxLaunchCount();
    VERIFY_ACCEPTED(uhost().validateLaunch(uhostImage(false), most));
}

// --- Delete ----------------------------------------------------------------------------------

void TestProductPolicy::lighthouseDeleteNeedsConfirmation()
{
    QVERIFY(lighthouse().deleteNeedsConfirmation());
}

void TestProductPolicy::uhostDeleteRemovesAssociatedSnapshots()
{
    QVERIFY(uhost().deleteRemovesAssociatedSnapshots());
    QVERIFY(!lighthouse().deleteRemovesAssociatedSnapshots());
    QVERIFY(!ecs().deleteRemovesAssociatedSnapshots());
}

void TestProductPolicy::uhostAssociatedSnapshotsCannotBeDeletedAlone()
{
    QVERIFY(!uhost().associatedSnapshotsDeletableAlone());
}

void TestProductPolicy::uhostSnapshotBillingContinuesAfterDelete()
{
    QVERIFY(uhost().snapshotBillingContinuesAfterDelete());
    QVERIFY(!lighthouse().snapshotBillingContinuesAfterDelete());
}

void TestProductPolicy::ecsImageSnapshotsCannotBeDeletedWhileImageExists()
{
    // Reference 2.3: DeleteSnapshot fails with SnapshotCreatedImage; delete the image first.
    QVERIFY(!ecs().associatedSnapshotsDeletableAlone());
}

// --- Edit ------------------------------------------------------------------------------------

void TestProductPolicy::uhostEditsNameAndRemarks()
{
    QCOMPARE(uhost().descriptionLabel(), QStringLiteral("Remarks"));
    VERIFY_ACCEPTED(uhost().validateName(QStringLiteral("web-server")));
    VERIFY_ACCEPTED(uhost().validateDescription(QString()));
    const QString tooLong = repeated(QStringLiteral("r"), uhost().maxDescriptionLength() + 1);
    VERIFY_REFUSED(uhost().validateDescription(tooLong), ErrorCode::InvalidDescription);
    QVERIFY(
        uhost().validateDescription(tooLong).error().message.contains(QLatin1String("remarks")));
}

void TestProductPolicy::ecsEditsNameAndDescription()
{
    QCOMPARE(ecs().descriptionLabel(), QStringLiteral("Description"));
    QCOMPARE(lighthouse().descriptionLabel(), QStringLiteral("Description"));
    QCOMPARE(cvm().descriptionLabel(), QStringLiteral("Description"));
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("web-server")));
    VERIFY_ACCEPTED(ecs().validateDescription(QStringLiteral("Nginx and the app")));
}

// --- Account overdue -------------------------------------------------------------------------

void TestProductPolicy::lighthouseOverdueDisablesCreation()
{
    QVERIFY(lighthouse().overdueRule().disablesCreation);
}

void TestProductPolicy::lighthouseOverdueRepossessesImages()
{
    QVERIFY(lighthouse().overdueRule().repossessesImages);
    // A repossessed image is unusable.
    Image image = uhostImage(false);
    image.product = Product::Lighthouse;
    image.state = ImageState::ToBeRepossessed;
    QVERIFY(!image.isUsable());
    VERIFY_REFUSED(lighthouse().validateLaunch(image, launchIn(QStringLiteral("ap-guangzhou-3"))),
                   ErrorCode::ImageNotAvailable);
}

void TestProductPolicy::lighthouseOverdueReleasesAfterSevenDays()
{
    QCOMPARE(lighthouse().overdueRule().releaseAfterDays, 7);
}

void TestProductPolicy::otherProductsUnaffectedByOverdue()
{
    // The CVM, UHost and ECS seeds say nothing about an overdue account.
    for (const ProductPolicy *policy : {&cvm(), &uhost(), &ecs()}) {
        const OverdueRule rule = policy->overdueRule();
        QVERIFY(!rule.disablesCreation);
        QVERIFY(!rule.repossessesImages);
        QCOMPARE(rule.releaseAfterDays, 0);
    }
}

// --- Duration --------------------------------------------------------------------------------

void TestProductPolicy::lighthouseCreationTakesTenMinutesOrMore()
{
    QCOMPARE(lighthouse().creationSeconds(0), qint64(600));
    QVERIFY(lighthouse().creationSeconds(1) > 600);
    QVERIFY(lighthouse().creationSeconds(80) > 600);
}

void TestProductPolicy::creationDurationGrowsWithDataSize_data()
{
    addProductRows();
}

void TestProductPolicy::creationDurationGrowsWithDataSize()
{
    QFETCH(Product, product);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    QVERIFY(policy.creationSeconds(0) > 0);
    QVERIFY(policy.creationSeconds(10) > policy.creationSeconds(0));
    QVERIFY(policy.creationSeconds(100) > policy.creationSeconds(10));
    QVERIFY(policy.creationSeconds(1000) > policy.creationSeconds(100));
    QCOMPARE(policy.creationSeconds(-5), policy.creationSeconds(0));
}

// --- Guidance --------------------------------------------------------------------------------

void TestProductPolicy::uhostGuidanceWarnsAboutNetworkConfig()
{
    for (OsType os : {OsType::Linux, OsType::Windows}) {
        const QString guidance = uhost().creationGuidance(os).join(QLatin1Char('\n'));
        QVERIFY(guidance.contains(QLatin1String("network settings")));
        QVERIFY(guidance.contains(QLatin1String("critical system configuration")));
    }
}

void TestProductPolicy::ecsLinuxGuidanceChecklist()
{
    const QStringList guidance = ecs().creationGuidance(OsType::Linux);
    const QString all = guidance.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("confidential data")));
    QVERIFY(all.contains(QLatin1String("/etc/fstab")));
    QVERIFY(all.contains(QLatin1String("Unmount all file systems")));
    QVERIFY(all.contains(QLatin1String("Do not upgrade the kernel")));
    QVERIFY(all.contains(QLatin1String("one root partition")));
    QVERIFY(all.contains(QLatin1String("free space")));
    QVERIFY(all.contains(QLatin1String("/sbin")));
    QVERIFY(all.contains(QLatin1String("/bin")));
    QVERIFY(all.contains(QLatin1String("/lib")));
    QVERIFY(all.contains(QLatin1String("login user root")));
    QCOMPARE(guidance.size(), 9); // 2 general items + 7 Linux precautions
    for (const QString &item : guidance)
        QVERIFY2(isSentence(item), qPrintable(item));
}

void TestProductPolicy::ecsWindowsGuidanceHasNoLinuxItems()
{
    const QStringList guidance = ecs().creationGuidance(OsType::Windows);
    const QString all = guidance.join(QLatin1Char('\n'));
    QCOMPARE(guidance.size(), 2);
    QVERIFY(all.contains(QLatin1String("confidential data")));
    QVERIFY(all.contains(QLatin1String("do not stop, start or restart")));
    for (const char *linuxOnly : {"fstab", "Unmount", "kernel", "root partition", "/sbin", "root."})
        QVERIFY2(!all.contains(QLatin1String(linuxOnly)), linuxOnly);
}

void TestProductPolicy::lighthouseGuidanceMentionsShutdownAndDuration()
{
    // The shut-down is the consent box's own sentence; the checklist does not say it again.
    QCOMPARE(lighthouse().shutdownRule(), ShutdownRule::ForcedShutdownConsent);
    const QString all = lighthouse().creationGuidance(OsType::Linux).join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1String("shut down")));
    QVERIFY(all.contains(QLatin1String("ten minutes or more")));
}

void TestProductPolicy::cvmGuidanceRecommendsShutdown()
{
    // The recommendation is the page's shut-down choice; the checklist neither repeats it nor
    // contradicts the data-disk page (its advice is about the disks left out).
    QCOMPARE(cvm().shutdownRule(), ShutdownRule::ShutdownRecommended);
    const QString all = cvm().creationGuidance(OsType::Linux).join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1String("Shut the instance down")));
    QVERIFY(all.contains(QLatin1String("you did not include")));
}

void TestProductPolicy::eachProductNamesDisksInItsOwnWords()
{
    QCOMPARE(diskKindName(Product::Ecs, DiskKind::CloudPremium),
             QStringLiteral("Enhanced SSD (ESSD)"));
    QCOMPARE(diskKindName(Product::Cvm, DiskKind::CloudPremium),
             QStringLiteral("Premium cloud disk"));
    QVERIFY(!ecs().launchDiskKinds(DiskRole::System).contains(DiskKind::Local));
    QVERIFY(uhost().offersNetworkAcceleration());
    for (const ProductPolicy *p : {&lighthouse(), &cvm(), &ecs()})
        QVERIFY(!p->offersNetworkAcceleration());
    // UHost's snapshot-zone rule is UHost's: an ECS image carrying snapshots has no such note.
    Image image;
    image.dataDisks = {{QStringLiteral("s-1"), 50}};
    image.snapshotZoneId = QStringLiteral("zone-a");
    QVERIFY(ecs().launchZoneNote(image).isEmpty());
    QVERIFY(uhost().launchZoneNote(image).contains(QLatin1String("zone-a")));
}

void TestProductPolicy::launchCountOutsideTheLimitNamesIt()
{
    QVERIFY(lighthouse().validateLaunchCount(30).ok());
    for (int count : {0, 31, 1000}) {
        const Status s = lighthouse().validateLaunchCount(count);
        QCOMPARE(s.error().code, ErrorCode::InvalidCount);
        QVERIFY(s.error().message.contains(QLatin1String("1 to 30")));
    }
}

void TestProductPolicy::tagsFollowEachProductsLimits()
{
    const QList<Tag> two{{QStringLiteral("env"), QStringLiteral("prod")},
                         {QStringLiteral("team"), {}}};
    QCOMPARE(TagText::parse(QStringLiteral(" env : prod ,, team")), two);
    QCOMPARE(TagText::format(two), QStringLiteral("env:prod, team"));
    QVERIFY(ecs().validateTags(two).ok());
    QVERIFY(cvm().validateTags(two).ok());
    QCOMPARE(uhost().validateTags(two).error().code, ErrorCode::Unsupported);
    QList<Tag> many;
    for (int i = 0; i < 21; ++i)
        many.append({QStringLiteral("k%1").arg(i), {}});
    QVERIFY(ecs().validateTags(many).error().message.contains(QLatin1String("at most 20")));
    QVERIFY(cvm().validateTags(many).ok()); // CVM's TagSpecification allows 50
    // Lighthouse's CreateBlueprint takes at most 10 (tencentcloud-api.md).
    QCOMPARE(lighthouse().maxImageTags(), 10);
    QVERIFY(lighthouse().validateTags(many.mid(0, 10)).ok());
    QVERIFY(lighthouse()
                .validateTags(many.mid(0, 11))
                .error()
                .message.contains(QLatin1String("at most 10")));
    QVERIFY(ecs()
                .validateTags({{QStringLiteral("env"), {}}, {QStringLiteral("env"), {}}})
                .error()
                .message.contains(QLatin1String("twice")));
    QVERIFY(ecs().validateTags({{QString(), QStringLiteral("prod")}}).error().isError());
    // ECS's TagResources reserves "aliyun" and "acs:" keys, "acs:" values and links anywhere;
    // checked here so that neither the simulator nor imprint-sim's client accepts what the
    // cloud refuses (InvalidTagKey/Value.Malformed). Tencent has no such rule.
    const QList<QList<Tag>> reserved{{{QStringLiteral("aliyun-owner"), {}}},
                                     {{QStringLiteral("ACS:team"), {}}},
                                     {{QStringLiteral("site"), QStringLiteral("acs:x")}},
                                     {{QStringLiteral("site"), QStringLiteral("see https://x")}},
                                     {{QStringLiteral("http://x"), {}}}};
    for (const QList<Tag> &tags : reserved) {
        const Status s = ecs().validateTags(tags);
        QVERIFY2(!s.ok() && s.error().code == ErrorCode::InvalidArgument,
                 qPrintable(tags.first().key));
        QVERIFY(cvm().validateTags(tags).ok());
    }
    QVERIFY(ecs().validateTags({{QStringLiteral("owner"), QStringLiteral("aliyun-team")}}).ok());
}

// --- Names and descriptions -------------------------------------------------------------------

void TestProductPolicy::lighthouseNameAndDescriptionLimitsAre60()
{
    QCOMPARE(lighthouse().maxNameLength(), 60);
    QCOMPARE(lighthouse().maxDescriptionLength(), 60);
    VERIFY_ACCEPTED(lighthouse().validateName(repeated(QStringLiteral("a"), 60)));
    VERIFY_REFUSED(lighthouse().validateName(repeated(QStringLiteral("a"), 61)),
                   ErrorCode::InvalidName);
    VERIFY_ACCEPTED(lighthouse().validateDescription(repeated(QStringLiteral("d"), 60)));
    VERIFY_REFUSED(lighthouse().validateDescription(repeated(QStringLiteral("d"), 61)),
                   ErrorCode::InvalidDescription);
    QVERIFY(lighthouse()
                .validateName(repeated(QStringLiteral("a"), 61))
                .error()
                .message.contains(QLatin1String("61 characters")));
}

void TestProductPolicy::cvmNameLimitIs60AndDescriptionLimitIs256()
{
    QCOMPARE(cvm().maxNameLength(), 60);
    QCOMPARE(cvm().maxDescriptionLength(), 256);
    VERIFY_ACCEPTED(cvm().validateName(repeated(QStringLiteral("a"), 60)));
    VERIFY_REFUSED(cvm().validateName(repeated(QStringLiteral("a"), 61)), ErrorCode::InvalidName);
    VERIFY_ACCEPTED(cvm().validateDescription(repeated(QStringLiteral("d"), 256)));
    VERIFY_REFUSED(cvm().validateDescription(repeated(QStringLiteral("d"), 257)),
                   ErrorCode::InvalidDescription);
}

void TestProductPolicy::nameLengthCountsCodePoints_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("limit");
    const QString cjk = QStringLiteral("镜");               // one UTF-16 unit, three UTF-8 bytes
    const QString emoji = QString::fromUcs4(U"\U0001F600"); // two UTF-16 units
    const QString extB = QString::fromUcs4(U"\U00020000");  // a Han ideograph outside the BMP
    QTest::newRow("lighthouse CJK") << Product::Lighthouse << cjk << 60;
    QTest::newRow("lighthouse emoji") << Product::Lighthouse << emoji << 60;
    QTest::newRow("cvm CJK") << Product::Cvm << cjk << 60;
    QTest::newRow("cvm emoji") << Product::Cvm << emoji << 60;
    QTest::newRow("uhost CJK") << Product::UHost << cjk << uhost().maxNameLength();
    QTest::newRow("uhost emoji") << Product::UHost << emoji << uhost().maxNameLength();
    QTest::newRow("ecs CJK") << Product::Ecs << cjk << 128;
    QTest::newRow("ecs CJK outside the BMP") << Product::Ecs << extB << 128;
}

void TestProductPolicy::nameLengthCountsCodePoints()
{
    QFETCH(Product, product);
    QFETCH(QString, unit);
    QFETCH(int, limit);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    QCOMPARE(policy.maxNameLength(), limit);
    const QString atLimit = repeated(unit, limit);
    VERIFY_ACCEPTED(policy.validateName(atLimit));
    const QString over = repeated(unit, limit + 1);
    VERIFY_REFUSED(policy.validateName(over), ErrorCode::InvalidName);
    QVERIFY(policy.validateName(over).error().message.contains(
        QStringLiteral("%1 characters").arg(limit + 1)));
}

void TestProductPolicy::cvmDescriptionCountsCodePoints()
{
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    VERIFY_ACCEPTED(cvm().validateDescription(repeated(emoji, 256)));
    VERIFY_REFUSED(cvm().validateDescription(repeated(emoji, 257)), ErrorCode::InvalidDescription);
    VERIFY_ACCEPTED(cvm().validateDescription(repeated(QStringLiteral("说"), 256)));
    VERIFY_ACCEPTED(lighthouse().validateDescription(repeated(emoji, 60)));
    VERIFY_REFUSED(lighthouse().validateDescription(repeated(emoji, 61)),
                   ErrorCode::InvalidDescription);
}

void TestProductPolicy::ecsNameIsTwoTo128Characters()
{
    QCOMPARE(ecs().maxNameLength(), 128);
    VERIFY_REFUSED(ecs().validateName(QStringLiteral("a")), ErrorCode::InvalidName);
    VERIFY_REFUSED(ecs().validateName(QStringLiteral("镜")), ErrorCode::InvalidName);
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("ab")));
    VERIFY_ACCEPTED(ecs().validateName(repeated(QStringLiteral("a"), 128)));
    VERIFY_REFUSED(ecs().validateName(repeated(QStringLiteral("a"), 129)), ErrorCode::InvalidName);
}

void TestProductPolicy::ecsNameMustStartWithLetter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("lower-case letter") << QStringLiteral("web01") << true;
    QTest::newRow("upper-case letter") << QStringLiteral("Web01") << true;
    QTest::newRow("Chinese character") << QStringLiteral("镜像01") << true;
    QTest::newRow("digit") << QStringLiteral("01web") << false;
    QTest::newRow("underscore") << QStringLiteral("_web") << false;
    QTest::newRow("hyphen") << QStringLiteral("-web") << false;
    QTest::newRow("colon") << QStringLiteral(":web") << false;
    QTest::newRow("period") << QStringLiteral(".web") << false;
    QTest::newRow("accented letter") << QStringLiteral("émile") << false;
}

void TestProductPolicy::ecsNameMustStartWithLetter()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    if (accepted)
        VERIFY_ACCEPTED(ecs().validateName(name));
    else
        VERIFY_REFUSED(ecs().validateName(name), ErrorCode::InvalidName);
}

void TestProductPolicy::ecsNameRefusesHttpPrefix()
{
    for (const char *name : {"http://web", "https://web", "HTTP://web", "Https://web"}) {
        const Status status = ecs().validateName(QLatin1String(name));
        VERIFY_REFUSED(status, ErrorCode::InvalidName);
        QVERIFY2(status.error().message.contains(QLatin1String("http://")), name);
    }
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("httpd-server")));
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("https-proxy")));
}

void TestProductPolicy::ecsNameRefusesReservedPrefixes()
{
    VERIFY_REFUSED(ecs().validateName(QStringLiteral("aliyun-base")), ErrorCode::InvalidName);
    VERIFY_REFUSED(ecs().validateName(QStringLiteral("acs:web")), ErrorCode::InvalidName);
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("ali-base")));
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("acs-web")));
}

void TestProductPolicy::ecsNameAllowedCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("every allowed punctuation") << QStringLiteral("web:v1.2_beta-3") << true;
    QTest::newRow("Chinese and ASCII") << QStringLiteral("镜像-web_1") << true;
    QTest::newRow("space") << QStringLiteral("web server") << false;
    QTest::newRow("slash") << QStringLiteral("web/1") << false;
    QTest::newRow("at sign") << QStringLiteral("web@1") << false;
    QTest::newRow("hash") << QStringLiteral("web#1") << false;
    QTest::newRow("emoji") << QStringLiteral("web") + QString::fromUcs4(U"\U0001F600") << false;
    QTest::newRow("accented letter") << QStringLiteral("café") << false;
    QTest::newRow("full-width colon") << QStringLiteral("web：1") << false;
}

void TestProductPolicy::ecsNameAllowedCharacters()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    if (accepted)
        VERIFY_ACCEPTED(ecs().validateName(name));
    else
        VERIFY_REFUSED(ecs().validateName(name), ErrorCode::InvalidName);
}

void TestProductPolicy::ecsNameAcceptsCjk()
{
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("中文镜像")));
    VERIFY_ACCEPTED(ecs().validateName(QStringLiteral("镜像v1.0")));
    VERIFY_ACCEPTED(ecs().validateName(QString::fromUcs4(U"\U00020000\U00020001")));
}

void TestProductPolicy::ecsDescriptionRules()
{
    QCOMPARE(ecs().maxDescriptionLength(), 256);
    VERIFY_ACCEPTED(ecs().validateDescription(QString())); // optional
    VERIFY_REFUSED(ecs().validateDescription(QStringLiteral("x")), ErrorCode::InvalidDescription);
    VERIFY_ACCEPTED(ecs().validateDescription(QStringLiteral("ok")));
    VERIFY_ACCEPTED(ecs().validateDescription(repeated(QStringLiteral("d"), 256)));
    VERIFY_REFUSED(ecs().validateDescription(repeated(QStringLiteral("d"), 257)),
                   ErrorCode::InvalidDescription);
    VERIFY_REFUSED(ecs().validateDescription(QStringLiteral("https://example.com/app")),
                   ErrorCode::InvalidDescription);
    VERIFY_ACCEPTED(ecs().validateDescription(QStringLiteral("see https://example.com/app")));
}

void TestProductPolicy::nameRefusesEmpty_data()
{
    addProductRows();
}

void TestProductPolicy::nameRefusesEmpty()
{
    QFETCH(Product, product);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    for (const QString &name : {QString(), QStringLiteral(""), QStringLiteral("   "),
                                QStringLiteral("\t"), QStringLiteral("\u3000")}) {
        VERIFY_REFUSED(policy.validateName(name), ErrorCode::InvalidName);
        QCOMPARE(policy.validateName(name).error().message,
                 QStringLiteral("Enter a name for the image."));
    }
}

void TestProductPolicy::nameRefusesLeadingOrTrailingSpaces_data()
{
    addProductRows();
}

void TestProductPolicy::nameRefusesLeadingOrTrailingSpaces()
{
    QFETCH(Product, product);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    for (const QString &name :
         {QStringLiteral(" web01"), QStringLiteral("web01 "), QStringLiteral("  web01  "),
          QStringLiteral("\u3000web01"), QStringLiteral("web01\u00a0")}) {
        VERIFY_REFUSED(policy.validateName(name), ErrorCode::InvalidName);
        QVERIFY(policy.validateName(name).error().message.contains(QLatin1String("space")));
    }
    VERIFY_ACCEPTED(policy.validateName(QStringLiteral("web01")));
}

void TestProductPolicy::nameRefusesControlCharacters_data()
{
    addProductRows();
}

void TestProductPolicy::nameRefusesControlCharacters()
{
    QFETCH(Product, product);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    const QList<QString> names{QStringLiteral("web\tone"),
                               QStringLiteral("web\none"),
                               QStringLiteral("web\r\none"),
                               QStringLiteral("web\x7fone"),
                               QStringLiteral("web\u0085one"),
                               QStringLiteral("web\u2028one"),
                               QStringLiteral("web01\n"),
                               QString(QStringLiteral("web")) + QChar(0) + QStringLiteral("x")};
    for (const QString &name : names) {
        VERIFY_REFUSED(policy.validateName(name), ErrorCode::InvalidName);
        QVERIFY(policy.validateName(name).error().message.contains(
            QLatin1String("control characters")));
    }
}

void TestProductPolicy::duplicateNameInRegionRefused_data()
{
    addProductRows();
}

void TestProductPolicy::duplicateNameInRegionRefused()
{
    QFETCH(Product, product);
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    const QStringList inRegion{QStringLiteral("web01"), QStringLiteral("db01")};
    VERIFY_REFUSED(policy.validateNewName(QStringLiteral("web01"), inRegion),
                   ErrorCode::DuplicateName);
    QVERIFY(policy.validateNewName(QStringLiteral("web01"), inRegion)
                .error()
                .message.contains(QLatin1String("\"web01\"")));
    VERIFY_ACCEPTED(policy.validateNewName(QStringLiteral("web02"), inRegion));
    VERIFY_ACCEPTED(policy.validateNewName(QStringLiteral("web01"), {}));
    // An invalid name is refused as invalid before it is compared.
    VERIFY_REFUSED(policy.validateNewName(QString(), inRegion), ErrorCode::InvalidName);
}

QTEST_APPLESS_MAIN(TestProductPolicy)
#include "tst_productpolicy.moc"
