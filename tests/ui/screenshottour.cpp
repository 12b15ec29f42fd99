// imprint-screenshots: walks the main window and every wizard page for each product on a fresh
// demo world and saves a PNG of each, so a change to the UI can be looked at page by page.
//   [QT_SCALE_FACTOR=2] imprint-screenshots OUTPUT_DIR [--lang zh_CN|en] [--dark]
#include "mainwindow.h"
#include "simfixture.h"
#include "translationloader.h"
#include "wizardtour.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
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

// A dark theme as desktops set it (Breeze Dark's colours) on the Fusion style.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x59));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x75));
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        qCritical("usage: imprint-screenshots OUTPUT_DIR [--lang zh_CN|en] [--dark]\n"
                  "(QT_SCALE_FACTOR=2 in the environment for 200 %%)");
        return 2;
    }
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    installTranslations(lang > 0 && lang + 1 < args.size() ? args.at(lang + 1) : QString());
    if (args.contains(QStringLiteral("--dark")))
        useDarkPalette();
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
