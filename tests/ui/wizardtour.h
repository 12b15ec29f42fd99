#pragma once

// Walks every page of the create-image and launch wizards, for each product, on the demo world
// and calls back on each page: the screenshot tour saves it, the tab-order test checks it.

#include "costestimator.h"
#include "createimagewizard.h"
#include "instancetypecatalog.h"
#include "launchwizard.h"
#include "simfixture.h"

#include <QCheckBox>
#include <QLineEdit>

#include <functional>

namespace imprint::WizardTour {

// Called once per page, with a name such as "create-uhost-3" or "launch-ecs-2".
using PageVisitor = std::function<void(QWizard &wizard, const QString &pageName)>;

inline CreateImageContext createContext(SimFixture &sim, Product product, const Instance &instance,
                                        const QString &regionId)
{
    CreateImageContext c;
    c.product = product;
    c.regionId = regionId;
    c.regionName = sim.region(product, regionId).name;
    c.instance = instance;
    const QString key = Region::regionKey(product, regionId);
    for (const Image &image : SimFixture::wait(sim.backend->fetchImages(key)).value())
        c.imageNamesInRegion << image.name;
    c.regionSnapshots = SimFixture::wait(sim.backend->fetchSnapshots(key)).value();
    const ProductPolicy &policy = ProductPolicy::forProduct(product);
    c.quota = {product,
               regionId,
               int(c.imageNamesInRegion.size()),
               policy.customImageQuota(regionId),
               policy.freeImagesPerRegion(),
               QString()};
    c.account = SimFixture::wait(sim.backend->fetchAccount()).value();
    Image prospective;
    prospective.product = product;
    prospective.systemDiskGiB = instance.systemDisk() ? instance.systemDisk()->sizeGiB : 40;
    prospective.systemSnapshotId = QStringLiteral("x");
    c.nextImageMonthlyFen = CostEstimator().nextImageMonthlyFen(c.quota, prospective);
    return c;
}

inline void walkCreate(SimFixture &sim, const QString &tag, const CreateImageContext &context,
                       const PageVisitor &visit)
{
    CreateImageWizard wizard(sim.backend.get(), context);
    wizard.show();
    for (int page = 1; page <= 8; ++page) {
        if (auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameField"));
            name && wizard.currentId() == CreateImageWizard::InfoPage && name->text().isEmpty())
            name->setText(tag + QStringLiteral("-golden"));
        visit(wizard, QStringLiteral("create-%1-%2").arg(tag).arg(page));
        if (wizard.currentId() == CreateImageWizard::ShutdownPage)
            if (auto *consent =
                    wizard.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"));
                consent && consent->isVisible())
                consent->setChecked(true);
        if (wizard.currentId() == CreateImageWizard::SummaryPage ||
            !wizard.button(QWizard::NextButton)->isEnabled())
            break;
        wizard.next();
    }
}

inline void walkLaunch(SimFixture &sim, const QString &tag, const Image &image,
                       const PageVisitor &visit)
{
    LaunchContext c;
    c.image = image;
    c.region = sim.region(image.product, image.regionId);
    c.instanceTypes = InstanceTypeCatalog::forProduct(image.product);
    LaunchWizard wizard(sim.backend.get(), c);
    wizard.show();
    for (int page = 1; page <= 5; ++page) {
        visit(wizard, QStringLiteral("launch-%1-%2").arg(tag).arg(page));
        if (!wizard.button(QWizard::NextButton)->isEnabled() ||
            wizard.currentId() == LaunchWizard::SummaryPage)
            break;
        wizard.next();
    }
}

// Both wizards for every product and every variant the demo world has (ECS from snapshots,
// UHost with data-disk snapshots and with a Windows parent).
inline void walkAll(SimFixture &sim, const PageVisitor &visit)
{
    auto instanceNamed = [&](const QString &name) {
        return sim.findInstance([&](const Instance &i) { return i.name == name; });
    };
    const Instance blog = instanceNamed(QStringLiteral("blog-server"));
    walkCreate(sim, QStringLiteral("lighthouse"),
               createContext(sim, Product::Lighthouse, blog, blog.regionId), visit);
    const Instance api = instanceNamed(QStringLiteral("api-gateway-01"));
    walkCreate(sim, QStringLiteral("cvm"), createContext(sim, Product::Cvm, api, api.regionId),
               visit);
    const Instance web = instanceNamed(QStringLiteral("web-01"));
    walkCreate(sim, QStringLiteral("uhost"), createContext(sim, Product::UHost, web, web.regionId),
               visit);
    const Instance ecs = instanceNamed(QStringLiteral("ecs-web-01"));
    walkCreate(sim, QStringLiteral("ecs"), createContext(sim, Product::Ecs, ecs, ecs.regionId),
               visit);
    CreateImageContext fromSnapshots =
        createContext(sim, Product::Ecs, Instance(), QStringLiteral("cn-hangzhou"));
    for (const Snapshot &s : fromSnapshots.regionSnapshots)
        if (s.role == DiskRole::Data)
            fromSnapshots.preselectedSnapshotId = s.id;
    walkCreate(sim, QStringLiteral("ecs-snapshots"), fromSnapshots, visit);

    walkLaunch(sim, QStringLiteral("uhost-data"), sim.findImage([](const Image &i) {
        return i.product == Product::UHost && !i.snapshotZoneId.isEmpty();
    }),
               visit);
    walkLaunch(sim, QStringLiteral("uhost-windows"), sim.findImage([](const Image &i) {
        return i.product == Product::UHost && i.parentIsWindows;
    }),
               visit);
    walkLaunch(sim, QStringLiteral("lighthouse"), sim.findImage([](const Image &i) {
        return i.product == Product::Lighthouse && i.isUsable();
    }),
               visit);
    walkLaunch(sim, QStringLiteral("ecs"), sim.findImage([](const Image &i) {
        return i.product == Product::Ecs && i.isUsable();
    }),
               visit);
    walkLaunch(sim, QStringLiteral("cvm"), sim.findImage([](const Image &i) {
        return i.product == Product::Cvm && i.isUsable();
    }),
               visit);
}

} // namespace imprint::WizardTour
