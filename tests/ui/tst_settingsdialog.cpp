#include "appsettings.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace imprint;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *field(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static void pressOk(QDialog &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    static QString error(QDialog &dialog)
    {
        auto *label = field<QLabel>(dialog, "settingsError");
        return label && !label->isHidden() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void init() { QSettings().clear(); }

    void defaultsBeforeAnythingIsSaved()
    {
        const AppSettings settings;
        QCOMPARE(settings.simSpeed(), AppSettings::DefaultSimSpeed);
        QCOMPARE(settings.dataDir(), AppSettings::defaultDataDir());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.connection().kindId, QStringLiteral("simulator"));
    }

    void savesEveryChoiceAndShowsItAgain()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            SettingsDialog dialog;
            field<QDoubleSpinBox>(dialog, "simSpeedField")->setValue(120);
            field<QLineEdit>(dialog, "dataDirField")->setText(data.path());
            auto *language = field<QComboBox>(dialog, "languageField");
            language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
            // What opens at start-up is File > Accounts', not a setting here.
            QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("connectionField")));
            pressOk(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const AppSettings settings;
        QCOMPARE(settings.simSpeed(), 120.0);
        QCOMPARE(settings.dataDir(), data.path());
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));

        SettingsDialog again;
        QCOMPARE(field<QDoubleSpinBox>(again, "simSpeedField")->value(), 120.0);
        QCOMPARE(field<QLineEdit>(again, "dataDirField")->text(), data.path());
        QCOMPARE(field<QComboBox>(again, "languageField")->currentData().toString(),
                 QStringLiteral("zh_CN"));
    }

    void aFileIsNotADataFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SettingsDialog dialog;
        field<QDoubleSpinBox>(dialog, "simSpeedField")->setValue(7);
        field<QLineEdit>(dialog, "dataDirField")->setText(file);
        pressOk(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(error(dialog).contains(file), qPrintable(error(dialog)));
        // Nothing was saved, and nothing typed was lost.
        QCOMPARE(AppSettings().simSpeed(), AppSettings::DefaultSimSpeed);
        QCOMPARE(field<QLineEdit>(dialog, "dataDirField")->text(), file);
    }

    void keysNeverReachTheSettingsFile()
    {
        ConnectionChoice choice;
        choice.kindId = QStringLiteral("examplecloud");
        choice.secretId = QStringLiteral("AKIDsettingsTest");
        choice.secretKey = QStringLiteral("settings-test-secret");
        {
            AppSettings settings;
            settings.setConnection(choice);
        }
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("connection"));
        QVERIFY(!contents.contains("AKIDsettingsTest"));
        QVERIFY(!contents.contains("settings-test-secret"));
        QCOMPARE(AppSettings().connection().secretKey, QString());
    }

    void nonsenseInTheFileFallsBackToDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("simulator/speed"), QStringLiteral("fast"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
        settings.setValue(QStringLiteral("connection/kind"), 42);
        const AppSettings app;
        QCOMPARE(app.simSpeed(), AppSettings::DefaultSimSpeed);
        QCOMPARE(app.language(), QString());
        QCOMPARE(app.connection().kindId, QStringLiteral("simulator"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
