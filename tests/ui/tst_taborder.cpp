#include "connectiondialog.h"
#include "connectionkinds.h"
#include "dialogtour.h"
#include "settingsdialog.h"
#include "simfixture.h"
#include "taborder.h"
#include "translationloader.h"
#include "wizardtour.h"

#include <QtTest>

using namespace imprint;

// Tab moves through every wizard page and dialog in reading order: top to bottom, and left to
// right within a row, so keyboard users meet the fields in the order they read them.
class TestTabOrder : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations();
        QVERIFY(m_sim.start());
    }

    void everyWizardPageInReadingOrder()
    {
        int pages = 0;
        QStringList problems;
        WizardTour::walkAll(m_sim, [&](QWizard &wizard, const QString &pageName) {
            QCoreApplication::processEvents();
            QWidget *page = wizard.currentPage();
            if (!page) {
                problems << pageName + QStringLiteral(": no page");
                return;
            }
            ++pages;
            if (const QString problem = readingOrderProblem(page); !problem.isEmpty())
                problems << pageName + QStringLiteral(": ") + problem;
        });
        // Five create-image walks and five launch walks, each of several pages.
        QVERIFY2(pages >= 25, qPrintable(QString::number(pages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsDialogInReadingOrder()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> chain = tabChain(&dialog);
        QStringList names;
        for (QWidget *w : chain)
            if (!w->objectName().isEmpty())
                names << w->objectName();
        QCOMPARE(names.mid(0, 4),
                 (QStringList{QStringLiteral("simSpeedField"), QStringLiteral("dataDirField"),
                              QStringLiteral("browseButton"), QStringLiteral("languageField")}));
        QVERIFY2(readingOrderProblem(&dialog).isEmpty(), qPrintable(readingOrderProblem(&dialog)));
    }

    void everyDialogInReadingOrder()
    {
        QStringList problems;
        const int dialogs = DialogTour::walkAll(m_sim, [&](QDialog &dialog, const QString &name) {
            if (tabChain(&dialog).size() < 2)
                problems << name + QStringLiteral(": Tab reaches fewer than two controls");
            if (const QString problem = readingOrderProblem(&dialog); !problem.isEmpty())
                problems << name + QStringLiteral(": ") + problem;
        });
        QVERIFY(dialogs >= 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void connectionDialogInReadingOrder()
    {
        ConnectionChoice choice;
        choice.kindId = QStringLiteral("examplecloud");
        ConnectionDialog dialog(testConnectionKinds(), choice);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!tabChain(&dialog).isEmpty());
        QVERIFY2(readingOrderProblem(&dialog).isEmpty(), qPrintable(readingOrderProblem(&dialog)));
    }
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
