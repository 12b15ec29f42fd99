#pragma once

// The real main window over one cloud's client talking to an imprint-sim child process, for the
// tests that walk a cloud's flows through the GUI (tst_uhostconsole, tst_ecsconsole). With
// IMPRINT_SHOTS=DIR, shot() saves each step as a PNG to look at.

#include "itemroles.h"
#include "mainwindow.h"
#include "remotebackend.h"
#include "simprocess.h"
#include "translationloader.h"
#include "windowhelpers.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

namespace imprint {

class RemoteConsole
{
public:
    // Starts imprint-sim, the cloud's client against it and the window over the client; the
    // caller waits for isLoaded(). Returns why not, or empty.
    template <typename CloudBackend> QString open(const QString &testName)
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
        if (!m_sim.start({QStringLiteral("--sim-speed"), QStringLiteral("600")}))
            return m_sim.error();
        typename CloudBackend::Options options;
        options.endpoint = m_sim.url();
        options.credentials = {SimProcess::secretId, SimProcess::secretKey, {}};
        options.pollIntervalMs = 200;
        m_backend = std::make_unique<CloudBackend>(options);
        m_window = std::make_unique<MainWindow>(m_backend.get());
        m_window->resize(1600, 1000);
        m_window->show();
        m_window->waitForBackend(
            m_backend->fetchRegions().then([](const Result<QList<Region>> &regions) {
                return regions ? Status() : Status(regions.error());
            }));
        return {};
    }

    void close()
    {
        m_window.reset();
        m_backend.reset();
        m_sim.stop();
    }

    MainWindow *window() const { return m_window.get(); }
    QTableView *view(const char *name) const { return m_window->findChild<QTableView *>(name); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(name); }

    template <typename Record> Record recordNamed(const char *viewName, const QString &name) const
    {
        QTableView *table = view(viewName);
        const int row = WindowHelpers::rowOf(table->model(), name);
        return row < 0 ? Record()
                       : table->model()->index(row, 0).data(ItemRoles::RecordRole).value<Record>();
    }
    Image imageNamed(const QString &name) const { return recordNamed<Image>("imageView", name); }

    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("IMPRINT_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private:
    SimProcess m_sim;
    std::unique_ptr<RemoteBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace imprint
