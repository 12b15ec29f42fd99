#include "amountdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace imprint;

// Top Up and Set Balance (issue 13, item 3's rule): an amount outside the limits, or with more
// than two decimals, is refused under the field, naming the limits, and stays as typed; a spin
// box used to clamp it to the limit behind the user's back.
class TestAmountDialog : public QObject
{
    Q_OBJECT

private:
    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

private slots:
    void outsideTheLimitsIsRefusedInline_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("above the most") << QStringLiteral("2000000");
        QTest::newRow("three decimals") << QStringLiteral("12.345");
        QTest::newRow("not a number") << QStringLiteral("lots");
        QTest::newRow("empty") << QString();
    }
    void outsideTheLimitsIsRefusedInline()
    {
        QFETCH(QString, typed);
        AmountDialog dialog(QStringLiteral("Top Up"), QStringLiteral("Amount:"), 10000, 1,
                            100'000'000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("amountField"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("amountError"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(field->text(), QStringLiteral("100.00"));
        typeInto(field, typed);
        QCOMPARE(field->text(), typed);
        QVERIFY(error->isVisible());
        for (const char *limit : {"0.01", "1000000.00"})
            QVERIFY2(error->text().contains(QLatin1String(limit)), qPrintable(error->text()));
        QVERIFY(dialog.rect().contains(error->geometry()));
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(field->text(), typed);
        typeInto(field, QStringLiteral("12.5"));
        QVERIFY(error->isHidden());
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.amountFen(), 1250);
    }

    void aBalanceMayBeNegativeDownToItsLimit()
    {
        AmountDialog dialog(QStringLiteral("Set Balance"), QStringLiteral("Balance:"), 50000,
                            -100'000'000, 100'000'000);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("amountField"));
        QCOMPARE(field->text(), QStringLiteral("500.00"));
        typeInto(field, QStringLiteral("-1000000"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.amountFen(), -100'000'000);
        AmountDialog below(QStringLiteral("Set Balance"), QStringLiteral("Balance:"), 0,
                           -100'000'000, 100'000'000);
        typeInto(below.findChild<QLineEdit *>(QStringLiteral("amountField")),
                 QStringLiteral("-1000000.01"));
        below.accept();
        QVERIFY(below.result() != QDialog::Accepted);
        QVERIFY(below.findChild<QLabel *>(QStringLiteral("amountError"))
                    ->text()
                    .contains(QLatin1String("-1000000.00")));
    }
};

QTEST_MAIN(TestAmountDialog)
#include "tst_amountdialog.moc"
