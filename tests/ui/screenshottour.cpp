// imprint-screenshots: walks the main window and every wizard page for each product on a fresh
// demo world and saves a PNG of each, so a change to the UI can be looked at page by page.
//   imprint-screenshots OUTPUT_DIR [--scale N]
#include "costestimator.h"
#include "createimagewizard.h"
#include "instancetypecatalog.h"
#include "launchwizard.h"
#include "mainwindow.h"
#include "simfixture.h"
#include "translationloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

using namespace imprint;

namespace {

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget *widget, const QDir &dir, const QString &name)
{
    settle(150);
    widget->grab().save(dir.filePath(name + QStringLiteral(".png")));
}

CreateImageContext createContext(SimFixture &sim, Product product, const Instance &instance,
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
    c.quota = {product, regionId, int(c.imageNamesInRegion.size()),
               policy.customImageQuota(regionId), policy.freeImagesPerRegion()};
    c.account = SimFixture::wait(sim.backend->fetchAccount()).value();
    Image prospective;
    prospective.product = product;
    prospective.systemDiskGiB = instance.systemDisk() ? instance.systemDisk()->sizeGiB : 40;
    prospective.systemSnapshotId = QStringLiteral("x");
    c.nextImageMonthlyFen = CostEstimator().nextImageMonthlyFen(c.quota, prospective);
    return c;
}

void tourCreate(SimFixture &sim, const QDir &dir, const QString &tag, CreateImageContext context)
{
    CreateImageWizard wizard(sim.backend.get(), context);
    wizard.show();
    int page = 0;
    while (true) {
        if (auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameField"));
            name && wizard.currentId() == CreateImageWizard::InfoPage && name->text().isEmpty())
            name->setText(tag + QStringLiteral("-golden"));
        save(&wizard, dir, QStringLiteral("create-%1-%2").arg(tag).arg(++page));
        if (wizard.currentId() == CreateImageWizard::ShutdownPage)
            if (auto *consent =
                    wizard.findChild<QCheckBox *>(QStringLiteral("forcedShutdownConsent"));
                consent && consent->isVisible()) {
                save(&wizard, dir, QStringLiteral("create-%1-%2-unticked").arg(tag).arg(page));
                consent->setChecked(true);
            }
        if (wizard.currentId() == CreateImageWizard::SummaryPage || page > 8)
            break;
        if (!wizard.button(QWizard::NextButton)->isEnabled())
            break;
        wizard.next();
    }
}

void tourLaunch(SimFixture &sim, const QDir &dir, const QString &tag, const Image &image)
{
    LaunchContext c;
    c.image = image;
    c.region = sim.region(image.product, image.regionId);
    c.instanceTypes = InstanceTypeCatalog::forProduct(image.product);
    LaunchWizard wizard(sim.backend.get(), c);
    wizard.show();
    for (int page = 1; page <= 5; ++page) {
        save(&wizard, dir, QStringLiteral("launch-%1-%2").arg(tag).arg(page));
        if (!wizard.button(QWizard::NextButton)->isEnabled() ||
            wizard.currentId() == LaunchWizard::SummaryPage)
            break;
        wizard.next();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations();
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qCritical("usage: imprint-screenshots OUTPUT_DIR");
        return 2;
    }
    QDir dir(args.at(1));
    dir.mkpath(QStringLiteral("."));
    QStandardPaths::setTestModeEnabled(true);
    SimFixture sim;
    if (!sim.start())
        return 1;

    MainWindow window(sim.backend.get());
    window.resize(1600, 1000);
    window.show();
    window.waitForBackend(QtFuture::makeReadyFuture(Status()));
    settle(1500);
    window.selectRegion(QStringLiteral("lighthouse/ap-guangzhou"));
    window.showTab(MainWindow::Tab::Images);
    settle();
    if (auto *images = window.findChild<QTableView *>(QStringLiteral("imageView")))
        images->selectRow(0);
    save(&window, dir, QStringLiteral("main-images"));
    window.selectRegion(QStringLiteral("uhost/cn-bj2"));
    window.showTab(MainWindow::Tab::Instances);
    if (auto *instances = window.findChild<QTableView *>(QStringLiteral("instanceView")))
        instances->selectRow(0);
    save(&window, dir, QStringLiteral("main-instances"));
    window.selectRegion(QStringLiteral("ecs/cn-hangzhou"));
    window.showTab(MainWindow::Tab::Snapshots);
    if (auto *snapshots = window.findChild<QTableView *>(QStringLiteral("snapshotView")))
        snapshots->selectRow(0);
    save(&window, dir, QStringLiteral("main-snapshots"));
    window.showTab(MainWindow::Tab::Dashboard);
    settle(600);
    save(&window, dir, QStringLiteral("main-dashboard"));
    window.selectRegion(QStringLiteral("cvm/ap-chengdu"));
    window.showTab(MainWindow::Tab::Images);
    window.showTab(MainWindow::Tab::Instances);
    save(&window, dir, QStringLiteral("main-empty-images-region"));

    auto instanceNamed = [&](const QString &name) {
        return sim.findInstance([&](const Instance &i) { return i.name == name; });
    };
    const Instance blog = instanceNamed(QStringLiteral("blog-server"));
    tourCreate(sim, dir, QStringLiteral("lighthouse"),
               createContext(sim, Product::Lighthouse, blog, blog.regionId));
    const Instance api = instanceNamed(QStringLiteral("api-gateway-01"));
    tourCreate(sim, dir, QStringLiteral("cvm"),
               createContext(sim, Product::Cvm, api, api.regionId));
    const Instance web = instanceNamed(QStringLiteral("web-01"));
    tourCreate(sim, dir, QStringLiteral("uhost"),
               createContext(sim, Product::UHost, web, web.regionId));
    const Instance ecs = instanceNamed(QStringLiteral("ecs-web-01"));
    tourCreate(sim, dir, QStringLiteral("ecs"),
               createContext(sim, Product::Ecs, ecs, ecs.regionId));
    CreateImageContext fromSnapshots =
        createContext(sim, Product::Ecs, Instance(), QStringLiteral("cn-hangzhou"));
    for (const Snapshot &s : fromSnapshots.regionSnapshots)
        if (s.role == DiskRole::Data)
            fromSnapshots.preselectedSnapshotId = s.id;
    tourCreate(sim, dir, QStringLiteral("ecs-snapshots"), fromSnapshots);

    tourLaunch(sim, dir, QStringLiteral("uhost-data"), sim.findImage([](const Image &i) {
        return i.product == Product::UHost && !i.snapshotZoneId.isEmpty();
    }));
    tourLaunch(sim, dir, QStringLiteral("uhost-windows"), sim.findImage([](const Image &i) {
        return i.product == Product::UHost && i.parentIsWindows;
    }));
    tourLaunch(sim, dir, QStringLiteral("lighthouse"), sim.findImage([](const Image &i) {
        return i.product == Product::Lighthouse && i.isUsable();
    }));
    tourLaunch(sim, dir, QStringLiteral("ecs"), sim.findImage([](const Image &i) {
        return i.product == Product::Ecs && i.isUsable();
    }));
    tourLaunch(sim, dir, QStringLiteral("cvm"), sim.findImage([](const Image &i) {
        return i.product == Product::Cvm && i.isUsable();
    }));
    return 0;
}
