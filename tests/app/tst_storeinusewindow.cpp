// Issue 16, defect 2, through the GUI's own startup path: a real imprint-sim holds the data
// folder's store, and Imprint is started on the embedded simulator with the same --data-dir.
// The embedded simulator must not open the store; the window's store-problem choice explains
// which process holds it and where it serves it (offering to connect there), quitting leaves
// the store byte for byte as it was, and imprint-sim keeps serving - and, restarted, reopens -
// its world.

#include "apiclient.h"
#include "commandlineoptions.h"
#include "consoleapplication.h"
#include "dialoganswerer.h"
#include "remotekindregistry.h"
#include "servertesthelpers.h"
#include "simprocess.h"
#include "storelock.h"
#include "translationloader.h"

#include <QCommandLinkButton>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <signal.h>

using namespace imprint;
using namespace servertest;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// The store and its SQLite companions (journal, WAL), each file's name and content hash: what
// "nothing was written to the store" compares.
QMap<QString, QByteArray> storeFiles(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QStringList names =
        QDir(dir).entryList({s("simulator.sqlite*")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(s(".lock")))
            continue; // the holder's lock: compared through StoreLock::holderOf
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QStringList instanceIds(ApiClient &client)
{
    QStringList ids;
    const ApiAnswer answer = client.call("cvm", "DescribeInstances", {{s("Limit"), 100}});
    for (const QJsonValue &instance : set(answer, "InstanceSet"))
        ids << instance.toObject().value(s("InstanceId")).toString();
    ids.sort();
    return ids;
}

// Linux: the state letter of /proc/<pid>/stat, after the parenthesised command name.
bool processStopped(qint64 pid)
{
    QFile stat(s("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.mid(close + 2, 1) == "T";
}

} // namespace

class TestStoreInUseWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(s("ImprintTest"));
        QCoreApplication::setApplicationName(s("tst_storeinusewindow"));
    }

    void embeddedSimulatorLeavesAHeldStoreAlone();
};

void TestStoreInUseWindow::embeddedSimulatorLeavesAHeldStoreAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    const QString store = QDir(dir.path()).filePath(s("simulator.sqlite"));
    const Credentials keys{SimProcess::secretId, SimProcess::secretKey, {}};

    // imprint-sim holds the store, with one acknowledged write of its own in it.
    SimProcess sim;
    QVERIFY2(sim.start({}, dir.path()), qPrintable(sim.error()));
    QString imageId;
    QStringList instancesBefore;
    {
        ApiClient client(sim.url(), keys);
        instancesBefore = instanceIds(client);
        QVERIFY(!instancesBefore.isEmpty());
        const ApiAnswer created = client.call("cvm", "CreateImage",
                                              {{s("ImageName"), s("held-by-imprint-sim")},
                                               {s("InstanceId"), instancesBefore.first()},
                                               {s("ForcePoweroff"), s("TRUE")}});
        QVERIFY2(created.ok(), created.describe());
        imageId = text(created.response, "ImageId");
        // Finished, so that imprint-sim has nothing left to write while the GUI starts.
        QVERIFY(waitFor([&] {
            const ApiAnswer a =
                client.call("cvm", "DescribeImages", {{s("ImageIds"), QJsonArray{imageId}}});
            return text(first(a, "ImageSet"), "ImageState") == s("NORMAL");
        }));
        QVERIFY(waitFor([&] {
            const ApiAnswer a =
                client.call("cvm", "DescribeInstances",
                            {{s("InstanceIds"), QJsonArray{instancesBefore.first()}}});
            return first(a, "InstanceSet").value(s("LatestOperation")).isNull();
        }));
    }
    const std::optional<StoreLock::Holder> holder = StoreLock::holderOf(store);
    QVERIFY(holder.has_value());
    QCOMPARE(holder->application, s("imprint-sim"));
    // The holder writes its own store as its clock runs (at --sim-speed 600, every tick), so
    // "nothing was written" is only Imprint's doing while imprint-sim is stopped. It still
    // holds the store (its process lives) and serves again once continued.
    QVERIFY(::kill(pid_t(sim.pid()), SIGSTOP) == 0);
    auto resume = qScopeGuard([&] { ::kill(pid_t(sim.pid()), SIGCONT); });
    QTRY_VERIFY(processStopped(sim.pid())); // not just signalled: no write still under way
    const QMap<QString, QByteArray> before = storeFiles(dir.path());
    QVERIFY(before.contains(s("simulator.sqlite")));

    // Imprint on the embedded simulator, on the same folder.
    CommandLineOptions options;
    int parseExit = -1;
    QVERIFY(CommandLineOptions::parse({s("imprint"), s("--data-dir"), dir.path()},
                                      RemoteKindRegistry::builtIn().connectionKinds(), &options,
                                      &parseExit));
    QCOMPARE(options.databasePath(), store);
    ConsoleApplication app(options);

    QString sentence;
    QMap<QString, QString> remedies; // button object name -> its text and description
    DialogAnswerer answerer(
        s("storeProblemDialog"),
        [&](QDialog *dialog) {
            sentence = dialog->findChild<QLabel *>(s("storeProblem"))->text();
            for (QCommandLinkButton *b : dialog->findChildren<QCommandLinkButton *>())
                remedies.insert(b->objectName(), b->text() + u'\n' + b->description());
        },
        [](QDialog *dialog) -> QAbstractButton * {
            // The last remedy: quit, changing nothing.
            const QList<QCommandLinkButton *> buttons =
                dialog->findChildren<QCommandLinkButton *>();
            return buttons.isEmpty() ? nullptr : buttons.last();
        });
    // Never a hang: a run the dialog does not end ends here, and the checks below say why.
    // Stopped once the run is over, so that it cannot end a later wait.
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
    deadline.start(60000);
    app.start();
    const int exitCode = QCoreApplication::exec();
    deadline.stop();

    QVERIFY2(answerer.answered(), "the store-problem choice was never shown");
    QCOMPARE(exitCode, 1); // "Quit": the run ends without a world
    QVERIFY2(sentence.contains(s("imprint-sim (process %1)").arg(sim.pid())), qPrintable(sentence));
    QVERIFY2(sentence.contains(sim.url().toString()), qPrintable(sentence));
    QVERIFY2(remedies.size() == 3, qPrintable(QStringList(remedies.values()).join(u'|')));
    QVERIFY2(remedies.value(s("remedy-0")).startsWith(s("Connect to that imprint-sim\n")) &&
                 remedies.value(s("remedy-0")).contains(sim.url().toString()),
             qPrintable(remedies.value(s("remedy-0"))));
    QVERIFY(remedies.value(s("remedy-1")).startsWith(s("Choose another folder\n")));
    QVERIFY(remedies.value(s("remedy-2")).startsWith(s("Quit\n")));

    // Nothing was written to the store, and imprint-sim still holds and serves it.
    QCOMPARE(storeFiles(dir.path()), before);
    const std::optional<StoreLock::Holder> still = StoreLock::holderOf(store);
    QVERIFY(still.has_value());
    QCOMPARE(still->pid, holder->pid);
    resume.dismiss();
    QVERIFY(::kill(pid_t(sim.pid()), SIGCONT) == 0);
    {
        ApiClient client(sim.url(), keys);
        QCOMPARE(instanceIds(client), instancesBefore);
        const ApiAnswer image =
            client.call("cvm", "DescribeImages", {{s("ImageIds"), QJsonArray{imageId}}});
        QCOMPARE(text(first(image, "ImageSet"), "ImageName"), s("held-by-imprint-sim"));
    }

    // Stopped and started again, imprint-sim opens its store cleanly with its world whole.
    sim.stop();
    SimProcess again;
    QVERIFY2(again.start({}, dir.path()), qPrintable(again.error()));
    ApiClient client(again.url(), keys);
    QCOMPARE(instanceIds(client), instancesBefore);
    const ApiAnswer image =
        client.call("cvm", "DescribeImages", {{s("ImageIds"), QJsonArray{imageId}}});
    QCOMPARE(set(image, "ImageSet").size(), 1);
    QCOMPARE(text(first(image, "ImageSet"), "ImageName"), s("held-by-imprint-sim"));
}

QTEST_MAIN(TestStoreInUseWindow)
#include "tst_storeinusewindow.moc"
