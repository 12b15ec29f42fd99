// imprint-screenshots: walks the main window and every wizard page for each product on a fresh
// demo world and saves a PNG of each, so a change to the UI can be looked at page by page.
//   imprint-screenshots OUTPUT_DIR [--scale N]
#include "mainwindow.h"
#include "simfixture.h"
#include "translationloader.h"
#include "wizardtour.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
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

    WizardTour::walkAll(
        sim, [&dir](QWizard &wizard, const QString &pageName) { save(&wizard, dir, pageName); });
    return 0;
}
