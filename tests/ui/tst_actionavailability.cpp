#include "actionavailability.h"
#include "uhostpolicy.h"

#include <QtTest>

using namespace imprint;

// Every disabled action must say why; these pin the reasons to the rules.
class TestActionAvailability : public QObject
{
    Q_OBJECT

private:
    static Instance instance(Product product, InstanceState state = InstanceState::Running)
    {
        Instance i;
        i.id = QStringLiteral("ins-1");
        i.name = QStringLiteral("web-1");
        i.product = product;
        i.regionId = QStringLiteral("r1");
        i.state = state;
        return i;
    }
    static Image image(Product product, ImageState state = ImageState::Available)
    {
        Image i;
        i.id = QStringLiteral("img-1");
        i.name = QStringLiteral("golden");
        i.product = product;
        i.regionId = QStringLiteral("r1");
        i.state = state;
        return i;
    }
    static ActionAvailability rules(int used = 0, Account account = {})
    {
        return ActionAvailability(
            [](Product p, const QString &) -> const ProductPolicy & {
                return ProductPolicy::forProduct(p);
            },
            [used](Product p, const QString &region) {
                const ProductPolicy &policy = ProductPolicy::forProduct(p);
                ImageQuota q;
                q.product = p;
                q.regionId = region;
                q.used = used;
                q.quota = policy.customImageQuota(region);
                q.freeTier = policy.freeImagesPerRegion();
                return q;
            },
            account);
    }
    static Account overdue()
    {
        Account a;
        a.balanceFen = -100;
        a.overdueSince = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        return a;
    }

private slots:
    void editImageSaysWhyWhenTheCloudCannotRename()
    {
        // A remote policy whose API cannot rename (UCloud): Edit is off, with the reason.
        const std::unique_ptr<ProductPolicy> noRename = ProductPolicy::create(Product::UHost);
        noRename->setImageEditUnavailableReason(
            QStringLiteral("Editing is unavailable over the API."));
        const ActionAvailability remote(
            [&noRename](Product p, const QString &) -> const ProductPolicy & {
                return p == Product::UHost ? *noRename : ProductPolicy::forProduct(p);
            },
            [](Product, const QString &) { return ImageQuota(); }, Account());
        const ActionState uhost = remote.editImage({image(Product::UHost)});
        QVERIFY(!uhost.enabled);
        QCOMPARE(uhost.reason, QStringLiteral("Editing is unavailable over the API."));
        QVERIFY(remote.editImage({image(Product::Cvm)}).enabled);
        QVERIFY(rules().editImage({image(Product::UHost)}).enabled);
    }

    void createImageNeedsExactlyOneInstance()
    {
        QVERIFY(!rules().createImage({}).enabled);
        QVERIFY(!rules().createImage({}).reason.isEmpty());
        QVERIFY(!rules().createImage({instance(Product::Cvm), instance(Product::Cvm)}).enabled);
        QVERIFY(rules().createImage({instance(Product::Cvm)}).enabled);
    }
    void createImageBlockedWhenQuotaIsFull()
    {
        const ActionState state = rules(20).createImage({instance(Product::Lighthouse)});
        QVERIFY(!state.enabled);
        QVERIFY(state.reason.contains(QLatin1String("20 of 20")));
        QVERIFY(rules(19).createImage({instance(Product::Lighthouse)}).enabled);
    }
    void lighthouseCreationDisabledWhileOverdue()
    {
        const ActionState state = rules(0, overdue()).createImage({instance(Product::Lighthouse)});
        QVERIFY(!state.enabled);
        QVERIFY(state.reason.contains(QLatin1String("overdue")));
        // The seeds give no overdue rule for the other products.
        QVERIFY(rules(0, overdue()).createImage({instance(Product::Ecs)}).enabled);
    }
    void createImageBlockedWhileInstanceIsTransitional()
    {
        QVERIFY(!rules().createImage({instance(Product::Cvm, InstanceState::Stopping)}).enabled);
        Instance busy = instance(Product::Ecs);
        busy.imagingOperationId = QStringLiteral("op-1");
        QVERIFY(!rules().createImage({busy}).enabled);
    }
    void lighthouseCopyDisabledWithReason()
    {
        const ActionState state = rules().copyImage({image(Product::Lighthouse)});
        QVERIFY(!state.enabled);
        QVERIFY(state.reason.contains(QLatin1String("Lighthouse")));
        QVERIFY(rules().copyImage({image(Product::UHost)}).enabled);
    }
    void launchNeedsAvailableImage()
    {
        QVERIFY(rules().launchInstances({image(Product::Cvm)}).enabled);
        QVERIFY(!rules().launchInstances({image(Product::Cvm, ImageState::Creating)}).enabled);
        const ActionState repossessed =
            rules().launchInstances({image(Product::Lighthouse, ImageState::ToBeRepossessed)});
        QVERIFY(!repossessed.enabled);
        QVERIFY(repossessed.reason.contains(QLatin1String("repossessed")));
    }
    void deleteAllowsMultiSelectButNotImagesInProgress()
    {
        QVERIFY(rules().deleteImages({image(Product::Ecs), image(Product::Ecs)}).enabled);
        QVERIFY(!rules()
                     .deleteImages({image(Product::Ecs), image(Product::Ecs, ImageState::Copying)})
                     .enabled);
    }
    void startAndStopFollowInstanceState()
    {
        QVERIFY(rules().stopInstances({instance(Product::Cvm)}).enabled);
        QVERIFY(!rules().startInstances({instance(Product::Cvm)}).enabled);
        QVERIFY(rules().startInstances({instance(Product::Cvm, InstanceState::Stopped)}).enabled);
        QVERIFY(!rules().stopInstances({instance(Product::Cvm, InstanceState::Stopped)}).enabled);
    }
    void ecsInstanceCannotBeStoppedWhileImaging()
    {
        Instance busy = instance(Product::Ecs);
        busy.imagingOperationId = QStringLiteral("op-1");
        const ActionState state = rules().stopInstances({busy});
        QVERIFY(!state.enabled);
        QVERIFY(state.reason.contains(QLatin1String("do not stop, start or restart")));
    }
    void noProductStartsAStoppedInstanceWhileItIsImaged()
    {
        // One rule for every product: CVM's stopped source stays stopped until the image is done.
        for (Product p : allProducts()) {
            Instance busy = instance(p, InstanceState::Stopped);
            busy.imagingOperationId = QStringLiteral("op-1");
            const ActionState start = rules().startInstances({busy});
            QVERIFY2(!start.enabled, qPrintable(productKey(p)));
            QVERIFY(start.reason.contains(QLatin1String("image is being made")));
            QVERIFY(!rules().stopInstances({busy}).enabled);
        }
    }
    void repossessedImagesCannotBeEditedOrDeleted()
    {
        const Image held = image(Product::Lighthouse, ImageState::ToBeRepossessed);
        const ActionState edit = rules().editImage({held});
        const ActionState del = rules().deleteImages({image(Product::Lighthouse), held});
        QVERIFY(!edit.enabled);
        QVERIFY(!del.enabled);
        QVERIFY(edit.reason.contains(QLatin1String("top up")));
        QVERIFY(del.reason.contains(QLatin1String("top up")));
    }
};

QTEST_GUILESS_MAIN(TestActionAvailability)
#include "tst_actionavailability.moc"
