#include "appsettings.h"
#include "numberfield.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
    // Replaces what the field holds, key by key as a user types.
    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
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
            typeInto(field<QLineEdit>(dialog, "simSpeedField"), QStringLiteral("120"));
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
        QCOMPARE(field<NumberField>(again, "simSpeedField")->number(), 120.0);
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
        typeInto(field<QLineEdit>(dialog, "simSpeedField"), QStringLiteral("7"));
        field<QLineEdit>(dialog, "dataDirField")->setText(file);
        pressOk(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(error(dialog).contains(file), qPrintable(error(dialog)));
        // Nothing was saved, and nothing typed was lost.
        QCOMPARE(AppSettings().simSpeed(), AppSettings::DefaultSimSpeed);
        QCOMPARE(field<QLineEdit>(dialog, "dataDirField")->text(), file);
    }

    // Issue 13, item 3's rule: a speed outside the limits is refused inline, naming them, and
    // stays as typed; OK is disabled and nothing is saved.
    void aSpeedOutsideTheLimitsIsRefusedInlineNotClamped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("below the least") << QStringLiteral("0.05");
        QTest::newRow("above the most") << QStringLiteral("250000");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("not a number") << QStringLiteral("fast");
        QTest::newRow("empty") << QString();
    }
    void aSpeedOutsideTheLimitsIsRefusedInlineNotClamped()
    {
        QFETCH(QString, typed);
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *speed = field<QLineEdit>(dialog, "simSpeedField");
        auto *speedError = field<QLabel>(dialog, "simSpeedError");
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        typeInto(speed, QStringLiteral("120"));
        QVERIFY(speedError->isHidden());
        QVERIFY(ok->isEnabled());
        typeInto(speed, typed);
        QCOMPARE(speed->text(), typed);
        QVERIFY(speedError->isVisible());
        // Both limits, written as the user's locale writes numbers ("100,000" in English).
        for (double limit : {AppSettings::MinSimSpeed, AppSettings::MaxSimSpeed})
            QVERIFY2(speedError->text().contains(QLocale().toString(limit, 'f', limit < 1)),
                     qPrintable(speedError->text()));
        // Wholly shown: the dialog grew for the message.
        QVERIFY(dialog.rect().contains(speedError->geometry()));
        QVERIFY(speedError->height() >= speedError->heightForWidth(speedError->width()));
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // Enter in a field presses the default button even when it is disabled
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(speed->text(), typed);
        QCOMPARE(AppSettings().simSpeed(), AppSettings::DefaultSimSpeed);
        // Within the limits again: accepted as typed, the least and the most included.
        for (const QString &good : {QStringLiteral("0.1"), QStringLiteral("100000")}) {
            typeInto(speed, good);
            QVERIFY(speedError->isHidden());
            QVERIFY(ok->isEnabled());
        }
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings().simSpeed(), 100000.0);
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
