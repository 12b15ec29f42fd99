// imprint-screenshots: walks the main window and every wizard page for each product on a fresh
// demo world and saves a PNG of each, so a change to the UI can be looked at page by page.
//   [QT_SCALE_FACTOR=2] imprint-screenshots OUTPUT_DIR [--lang zh_CN|en] [--dark]
//   [--size WIDTHxHEIGHT]   (main window size, default 1600x1000)
#include "amountdialog.h"
#include "copyimagedialog.h"
#include "editimagedialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "simfixture.h"
#include "translationloader.h"
#include "wizardtour.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

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

// Saves the modal dialog that `open` brings up, then closes it with Esc (nothing is done).
void saveModal(const std::function<void()> &open, const QDir &dir, const QString &name)
{
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        save(dialog, dir, name);
        dialog->reject();
    });
    poll.start();
    open();
}

void selectByName(QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == name)
            table->selectRow(row);
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
    QSize size(1600, 1000);
    if (const qsizetype at = args.indexOf(QStringLiteral("--size"));
        at > 0 && at + 1 < args.size()) {
        const QStringList parts = args.at(at + 1).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    QDir dir(args.at(1));
    dir.mkpath(QStringLiteral("."));
    QStandardPaths::setTestModeEnabled(true);
    SimFixture sim;
    if (!sim.start())
        return 1;

    MainWindow window(sim.backend.get());
    window.resize(size);
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

    // The dialogs that list or edit user data.
    auto *images = window.findChild<QTableView *>(QStringLiteral("imageView"));
    auto *instances = window.findChild<QTableView *>(QStringLiteral("instanceView"));
    auto trigger = [&window](const char *action) {
        return [&window, action] { window.findChild<QAction *>(action)->trigger(); };
    };
    window.selectRegion(QStringLiteral("lighthouse"));
    window.showTab(MainWindow::Tab::Images);
    images->setFocus();
    images->selectAll();
    saveModal(trigger("deleteAction"), dir, QStringLiteral("dialog-delete-many"));
    window.selectRegion(QStringLiteral("uhost/cn-bj2"));
    window.showTab(MainWindow::Tab::Images);
    selectByName(images, QStringLiteral("web-with-data"));
    saveModal(trigger("deleteAction"), dir, QStringLiteral("dialog-delete-uhost"));
    window.selectRegion(QStringLiteral("cvm/ap-beijing"));
    window.showTab(MainWindow::Tab::Instances);
    selectByName(instances, QStringLiteral("ci-runner"));
    saveModal(trigger("stopAction"), dir, QStringLiteral("dialog-stop"));
    {
        const Image withData =
            sim.findImage([](const Image &i) { return i.name == QLatin1String("web-with-data"); });
        QList<Region> regions;
        QHash<QString, QStringList> names;
        for (const Region &r : SimFixture::wait(sim.backend->fetchRegions()).value())
            if (r.product == Product::UHost) {
                regions << r;
                names.insert(r.id, {withData.name});
            }
        CopyImageDialog copy(sim.backend.get(), withData, regions, names);
        copy.show();
        save(&copy, dir, QStringLiteral("dialog-copy-uhost"));
        const Image golden = sim.findImage(
            [](const Image &i) { return i.name == QLatin1String("web-golden-2025"); });
        EditImageDialog edit(sim.backend.get(), golden, {golden.name});
        edit.show();
        save(&edit, dir, QStringLiteral("dialog-edit-ecs"));
        // Input outside the limits, refused under the field.
        AmountDialog topUp(QStringLiteral("Top Up"), QStringLiteral("Amount (CNY):"), 10000, 1,
                           100'000'000);
        topUp.show();
        topUp.findChild<QLineEdit *>(QStringLiteral("amountField"))->setText(QStringLiteral("0"));
        save(&topUp, dir, QStringLiteral("dialog-topup-refused"));
        SettingsDialog settings;
        settings.show();
        settings.findChild<QLineEdit *>(QStringLiteral("simSpeedField"))
            ->setText(QStringLiteral("250000"));
        save(&settings, dir, QStringLiteral("dialog-settings-speed-refused"));
    }

    WizardTour::walkAll(
        sim, [&dir](QWizard &wizard, const QString &pageName) { save(&wizard, dir, pageName); });
    return 0;
}
