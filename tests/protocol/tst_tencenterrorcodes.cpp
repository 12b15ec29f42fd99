// Domain ErrorCode <-> Tencent wire codes, per product and action (reference §1.4, §3-§5).

#include "cvmapimapper.h"
#include "lighthouseapimapper.h"
#include "tencenterrorcodes.h"

#include <QTest>

using namespace imprint;

namespace {

QList<ErrorCode> everyErrorCode()
{
    QList<ErrorCode> codes;
    for (int c = int(ErrorCode::NotFound); c <= int(ErrorCode::Cancelled); ++c)
        codes << ErrorCode(c);
    return codes;
}

// The documented common codes (§1.4) and every code the action tables name; a wire code
// imprint-sim sends must be one of the cloud's, never made up.
const QStringList kCommonCodes{
    QStringLiteral("FailedOperation"),       QStringLiteral("InternalError"),
    QStringLiteral("InvalidParameterValue"), QStringLiteral("LimitExceeded"),
    QStringLiteral("MissingParameter"),      QStringLiteral("ResourceInUse"),
    QStringLiteral("ResourceNotFound"),      QStringLiteral("ResourceUnavailable"),
    QStringLiteral("UnsupportedOperation")};

} // namespace

class TestTencentErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void documentedCodesBothWays_data();
    void documentedCodesBothWays();
    void collapses_data();
    void collapses();
    void receivedOnly_data();
    void receivedOnly();
    void everyCodeOfEveryActionIsStable();
    void noneIsNoCode();
};

void TestTencentErrorCodes::documentedCodesBothWays_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("action");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("wire");
    using E = ErrorCode;
    auto cvm = [](const char *action, E code, const char *wire) {
        QTest::addRow("cvm %s %s", action, wire)
            << Product::Cvm << QString::fromLatin1(action) << code << QString::fromLatin1(wire);
    };
    auto lh = [](const char *action, E code, const char *wire) {
        QTest::addRow("lighthouse %s %s", action, wire)
            << Product::Lighthouse << QString::fromLatin1(action) << code
            << QString::fromLatin1(wire);
    };
    cvm("CreateImage", E::QuotaExceeded, "ImageQuotaLimitExceeded");
    cvm("CreateImage", E::DuplicateName, "InvalidImageName.Duplicate");
    cvm("CreateImage", E::InvalidName, "InvalidParameter.ValueTooLarge");
    cvm("CreateImage", E::InvalidDescription, "InvalidParameterValue.TooLarge");
    cvm("CreateImage", E::NotFound, "InvalidInstanceId.NotFound");
    cvm("CreateImage", E::InstanceBusy, "OperationDenied.InstanceOperationInProgress");
    cvm("CreateImage", E::AccountOverdue, "InvalidAccount.InsufficientBalance");
    cvm("CreateImage", E::SnapshotSelectionInvalid, "InvalidParameter.SystemSnapshotNotFound");
    cvm("CreateImage", E::DiskNotAssociable, "InvalidParameter.LocalDataDiskNotSupport");
    cvm("DeleteImages", E::NotFound, "InvalidImageId.NotFound");
    cvm("DeleteImages", E::ImageBusy, "InvalidImageId.IncorrectState");
    cvm("SyncImages", E::NotFound, "InvalidImageId.NotFound");
    cvm("SyncImages", E::QuotaExceeded, "ImageQuotaLimitExceeded");
    cvm("SyncImages", E::DuplicateName, "InvalidImageName.Duplicate");
    cvm("SyncImages", E::ImageBusy, "InvalidParameterValue.InvalidImageState");
    cvm("SyncImages", E::ImageNotAvailable, "InvalidImageId.IncorrectState");
    cvm("SyncImages", E::CrossRegionNotSupported, "InvalidRegion.Unavailable");
    cvm("SyncImages", E::RegionMismatch, "InvalidParameterValue.InvalidRegion");
    cvm("ModifyImageAttribute", E::NotFound, "InvalidImageId.NotFound");
    cvm("ModifyImageAttribute", E::DuplicateName, "InvalidImageName.Duplicate");
    cvm("ModifyImageAttribute", E::ImageBusy, "InvalidImageId.IncorrectState");
    cvm("ModifyImageAttribute", E::InvalidDescription, "InvalidParameterValue.TooLarge");
    cvm("RunInstances", E::NotFound, "InvalidImageId.NotFound");
    cvm("RunInstances", E::ImageNotAvailable, "InvalidParameterValue.InvalidImageState");
    cvm("RunInstances", E::QuotaExceeded, "LimitExceeded.InstanceQuota");
    cvm("RunInstances", E::ZoneNotAllowed, "InvalidParameterValue.ZoneNotSupported");
    cvm("RunInstances", E::RegionMismatch, "InvalidZone.MismatchRegion");
    cvm("RunInstances", E::InstanceTypeNotAllowed,
        "InvalidParameterValue.InvalidImageForGivenInstanceType");
    cvm("RunInstances", E::InvalidCount, "InvalidParameterValue.LimitExceeded");
    cvm("RunInstances", E::InvalidName, "InvalidInstanceName.TooLong");
    cvm("RunInstances", E::AccountOverdue, "InvalidAccount.InsufficientBalance");
    cvm("InquiryPriceRunInstances", E::ZoneNotAllowed, "InvalidParameterValue.ZoneNotSupported");
    cvm("StartInstances", E::NotFound, "InvalidInstanceId.NotFound");
    cvm("StartInstances", E::InvalidInstanceState, "UnsupportedOperation.InstanceStateRunning");
    cvm("StartInstances", E::InstanceBusy, "OperationDenied.InstanceOperationInProgress");
    cvm("StopInstances", E::InvalidInstanceState, "UnsupportedOperation.InstanceStateStopped");
    cvm("DescribeImages", E::InvalidArgument, "InvalidParameterValue");

    lh("CreateBlueprint", E::QuotaExceeded, "LimitExceeded.BlueprintQuotaLimitExceeded");
    lh("CreateBlueprint", E::InvalidName, "InvalidParameterValue.TooLong");
    lh("CreateBlueprint", E::NotFound, "ResourceNotFound.InstanceIdNotFound");
    lh("CreateBlueprint", E::InstanceBusy, "UnsupportedOperation.LatestOperationUnfinished");
    lh("CreateBlueprint", E::InvalidInstanceState, "UnsupportedOperation.InvalidInstanceState");
    lh("CreateBlueprint", E::AccountOverdue, "FailedOperation.InsufficientBalance");
    lh("CreateBlueprint", E::DuplicateName, "InvalidParameterValue.Duplicated");
    lh("DeleteBlueprints", E::NotFound, "ResourceNotFound.BlueprintIdNotFound");
    lh("DeleteBlueprints", E::ImageBusy, "UnsupportedOperation.BlueprintCurStateInvalid");
    lh("ModifyBlueprintAttribute", E::NotFound, "ResourceNotFound.BlueprintIdNotFound");
    lh("ModifyBlueprintAttribute", E::InvalidName, "InvalidParameterValue.TooLong");
    lh("ModifyBlueprintAttribute", E::ImageBusy, "UnsupportedOperation.BlueprintCurStateInvalid");
    lh("CreateInstances", E::NotFound, "ResourceNotFound.BlueprintIdNotFound");
    lh("CreateInstances", E::QuotaExceeded, "LimitExceeded.InstanceQuotaLimitExceeded");
    lh("CreateInstances", E::ZoneNotAllowed, "InvalidParameterValue.InvalidZone");
    lh("CreateInstances", E::InstanceTypeNotAllowed,
       "InvalidParameterValue.BundleAndBlueprintNotMatch");
    lh("CreateInstances", E::InvalidName, "InvalidParameterValue.InstanceNameTooLong");
    lh("CreateInstances", E::ImageNotAvailable, "InvalidParameterValue.InvalidBlueprintId");
    lh("StartInstances", E::NotFound, "ResourceNotFound.InstanceIdNotFound");
    lh("StartInstances", E::InvalidInstanceState, "UnsupportedOperation.InvalidInstanceState");
    lh("StopInstances", E::InstanceBusy, "UnsupportedOperation.LatestOperationUnfinished");
}

void TestTencentErrorCodes::documentedCodesBothWays()
{
    QFETCH(Product, product);
    QFETCH(QString, action);
    QFETCH(ErrorCode, code);
    QFETCH(QString, wire);
    QCOMPARE(TencentErrorCodes::toWire(product, action, code), wire);
    QCOMPARE(TencentErrorCodes::fromWire(product, action, wire), code);
}

void TestTencentErrorCodes::collapses_data()
{
    // Where the cloud has one code for two domain reasons, the second comes back as the first.
    // These are all of them within the action-specific and product tables.
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("action");
    QTest::addColumn<ErrorCode>("sent");
    QTest::addColumn<ErrorCode>("readBack");
    using E = ErrorCode;
    QTest::newRow("lighthouse: one TooLong for name and description")
        << Product::Lighthouse << "CreateBlueprint" << E::InvalidDescription << E::InvalidName;
    QTest::newRow("lighthouse: missing shutdown consent is an instance-state refusal")
        << Product::Lighthouse << "CreateBlueprint" << E::ShutdownConsentRequired
        << E::InvalidInstanceState;
    QTest::newRow("lighthouse: unusable and busy blueprint share CurStateInvalid")
        << Product::Lighthouse << "DeleteBlueprints" << E::ImageNotAvailable << E::ImageBusy;
    QTest::newRow("lighthouse: a zone of another region is an invalid zone")
        << Product::Lighthouse << "CreateInstances" << E::RegionMismatch << E::ZoneNotAllowed;
    QTest::newRow("cvm: unusable and busy image share IncorrectState")
        << Product::Cvm << "DeleteImages" << E::ImageNotAvailable << E::ImageBusy;
    QTest::newRow("cvm: a busy image cannot launch either")
        << Product::Cvm << "RunInstances" << E::ImageBusy << E::ImageNotAvailable;
    QTest::newRow("server-side failures read back as remote errors")
        << Product::Cvm << "CreateImage" << E::StorageFailure << E::RemoteError;
    QTest::newRow("client-only codes never come from a server")
        << Product::Lighthouse << "DescribeBlueprints" << E::Timeout << E::RemoteError;
    QTest::newRow("a domain code without a documented code collapses to the common one")
        << Product::Cvm << "DescribeImages" << E::ZoneNotAllowed << E::InvalidArgument;
}

void TestTencentErrorCodes::collapses()
{
    QFETCH(Product, product);
    QFETCH(QString, action);
    QFETCH(ErrorCode, sent);
    QFETCH(ErrorCode, readBack);
    const QString wire = TencentErrorCodes::toWire(product, action, sent);
    QCOMPARE(TencentErrorCodes::fromWire(product, action, wire), readBack);
}

void TestTencentErrorCodes::receivedOnly_data()
{
    // Codes the cloud may send that imprint-sim never chooses, and the families.
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ErrorCode>("code");
    using E = ErrorCode;
    auto row = [](Product p, const char *action, const char *wire, E code) {
        QTest::addRow("%s %s", action, wire)
            << p << QString::fromLatin1(action) << QString::fromLatin1(wire) << code;
    };
    row(Product::Cvm, "RunInstances", "ResourceInsufficient.AvailabilityZoneSoldOut",
        E::ZoneNotAllowed);
    row(Product::Cvm, "RunInstances", "ResourceInsufficient.SpecifiedInstanceType",
        E::InstanceTypeNotAllowed);
    row(Product::Cvm, "RunInstances", "LimitExceeded.CvmInstanceQuota", E::QuotaExceeded);
    row(Product::Cvm, "RunInstances", "InstancesQuotaLimitExceeded", E::QuotaExceeded);
    row(Product::Cvm, "CreateImage", "UnsupportedOperation.InstanceStateStopping",
        E::InvalidInstanceState);
    row(Product::Cvm, "CreateImage", "InvalidParameter.DuplicateSystemSnapshots",
        E::SnapshotSelectionInvalid);
    row(Product::Cvm, "CreateImage", "InvalidParameter.SnapshotNotFound", E::NotFound);
    row(Product::Cvm, "CreateImage", "MutexOperation.TaskRunning", E::InstanceBusy);
    row(Product::Cvm, "DeleteImages", "MutexOperation.TaskRunning", E::ImageBusy);
    row(Product::Cvm, "SyncImages", "UnsupportedOperation.Region", E::CrossRegionNotSupported);
    row(Product::Cvm, "SyncImages", "InvalidRegion.NotFound", E::NotFound);
    row(Product::Cvm, "DescribeImages", "InvalidParameterValue.LimitExceeded", E::InvalidArgument);
    row(Product::Cvm, "DescribeImages", "InvalidImageId.Malformed", E::InvalidArgument);
    row(Product::Cvm, "DescribeImages", "AuthFailure.SignatureFailure", E::RemoteError);
    row(Product::Cvm, "DescribeImages", "RequestLimitExceeded", E::RemoteError);
    row(Product::Cvm, "DescribeImages", "InvalidAction", E::Unsupported);
    row(Product::Cvm, "DescribeImages", "MissingParameter", E::InvalidArgument);
    row(Product::Cvm, "DescribeImages", "InternalError", E::RemoteError);
    row(Product::Cvm, "DescribeImages", "SomethingIntroducedNextYear", E::RemoteError);
    row(Product::Lighthouse, "DeleteBlueprints", "ResourceNotFound.BlueprintNotFound", E::NotFound);
    row(Product::Lighthouse, "DeleteBlueprints", "UnsupportedOperation.BlueprintOccupied",
        E::ImageBusy);
    row(Product::Lighthouse, "DeleteBlueprints", "InvalidParameterValue.Duplicated",
        E::InvalidArgument);
    row(Product::Lighthouse, "ModifyBlueprintAttribute",
        "ResourceNotFound.PrivateBlueprintNotFound", E::NotFound);
    row(Product::Lighthouse, "ModifyBlueprintAttribute",
        "InvalidParameter.MustSpecifyOneAttributeToModify", E::InvalidArgument);
    row(Product::Lighthouse, "StopInstances", "OperationDenied.InstanceCreating", E::InstanceBusy);
    row(Product::Lighthouse, "StopInstances", "ResourceNotFound.InstanceNotFound", E::NotFound);
    row(Product::Lighthouse, "CreateInstances", "ResourcesSoldOut.BundleSoldOut",
        E::InstanceTypeNotAllowed);
    row(Product::Lighthouse, "CreateInstances", "InvalidParameterValue.ClientTokenTooLong",
        E::InvalidArgument);
}

void TestTencentErrorCodes::receivedOnly()
{
    QFETCH(Product, product);
    QFETCH(QString, action);
    QFETCH(QString, wire);
    QFETCH(ErrorCode, code);
    QCOMPARE(TencentErrorCodes::fromWire(product, action, wire), code);
}

void TestTencentErrorCodes::everyCodeOfEveryActionIsStable()
{
    // For every domain code of every action: there is a wire code, it is the cloud's (a common
    // one or one the tables name), and the code read back is a fixed point: sending it again
    // and reading that gives it back, so relaying an error never drifts.
    const QList<QPair<Product, QStringList>> services{
        {Product::Cvm, CvmApiMapper::actions()},
        {Product::Lighthouse, LighthouseApiMapper::actions()}};
    for (const auto &[product, actions] : services) {
        for (const QString &action : actions) {
            for (ErrorCode code : everyErrorCode()) {
                const QString wire = TencentErrorCodes::toWire(product, action, code);
                const QString where = QStringLiteral("%1 %2 code %3 -> %4")
                                          .arg(productKey(product), action)
                                          .arg(int(code))
                                          .arg(wire);
                QVERIFY2(!wire.isEmpty(), qPrintable(where));
                QVERIFY2(kCommonCodes.contains(wire) || wire.contains(QLatin1Char('.')) ||
                             wire == QLatin1String("ImageQuotaLimitExceeded") ||
                             wire == QLatin1String("InvalidInstanceState"),
                         qPrintable(where));
                const ErrorCode back = TencentErrorCodes::fromWire(product, action, wire);
                QVERIFY2(back != ErrorCode::None, qPrintable(where));
                const QString again = TencentErrorCodes::toWire(product, action, back);
                QVERIFY2(TencentErrorCodes::fromWire(product, action, again) == back,
                         qPrintable(where));
            }
        }
    }
}

void TestTencentErrorCodes::noneIsNoCode()
{
    QCOMPARE(
        TencentErrorCodes::toWire(Product::Cvm, QStringLiteral("CreateImage"), ErrorCode::None),
        QString());
    QCOMPARE(TencentErrorCodes::fromWire(Product::Cvm, QStringLiteral("CreateImage"), QString()),
             ErrorCode::None);
    QCOMPARE(TencentErrorCodes::fromWire(QString()), ErrorCode::None);
    QCOMPARE(TencentErrorCodes::fromWire(QStringLiteral("AuthFailure.SecretIdNotFound")),
             ErrorCode::RemoteError);
}

QTEST_GUILESS_MAIN(TestTencentErrorCodes)
#include "tst_tencenterrorcodes.moc"
