// The store problem dialog: the sentence as given, one button per remedy, the choice reported.

#include "storeproblemdialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QTest>

using namespace imprint;

class TestStoreProblemDialog : public QObject
{
    Q_OBJECT

private slots:
    void offersEveryRemedyAndReportsTheChoice()
    {
        const QString sentence = QStringLiteral(
            "The simulator's store /tmp/x/simulator.sqlite cannot be read (SQLite says: file is "
            "not a database). Nothing has been written to it.");
        StoreProblemDialog dialog(
            sentence, {{0, QStringLiteral("Keep it and quit"), QStringLiteral("a")},
                       {1, QStringLiteral("Try SQLite's recovery"), QStringLiteral("b")},
                       {3, QStringLiteral("Move it aside"), QStringLiteral("c")}});
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("storeProblem"))->text(), sentence);
        QCOMPARE(dialog.findChildren<QCommandLinkButton *>().size(), 3);
        QCOMPARE(dialog.chosen(), -1);
        dialog.show();
        auto *moveAside = dialog.findChild<QCommandLinkButton *>(QStringLiteral("remedy-3"));
        QVERIFY(moveAside);
        QCOMPARE(moveAside->text(), QStringLiteral("Move it aside"));
        QTest::mouseClick(moveAside, Qt::LeftButton);
        QCOMPARE(dialog.chosen(), 3);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void closingIsNoChoice()
    {
        StoreProblemDialog dialog(QStringLiteral("x."), {{0, QStringLiteral("Quit"), {}}});
        dialog.show();
        dialog.reject();
        QCOMPARE(dialog.chosen(), -1);
    }
};

QTEST_MAIN(TestStoreProblemDialog)
#include "tst_storeproblemdialog.moc"
