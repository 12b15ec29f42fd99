#include "connectiondialog.h"
#include "connectionkinds.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

QList<ConnectionKind> offered()
{
    return testConnectionKinds();
}

} // namespace

// File > Connect: what the user picks, what is refused inline, and that a key stays in memory.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    static QPushButton *connectButton(ConnectionDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void choose(ConnectionDialog &dialog, const QString &kindId)
    {
        dialog.findChild<QRadioButton *>(s("kind-") + kindId)->click();
    }

private slots:
    void listsWhatItIsOffered()
    {
        ConnectionDialog dialog(offered(), {});
        const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 3);
        QCOMPARE(radios.at(2)->text(), s("Example Cloud"));
        ConnectionChoice current;
        current.kindId = s("examplecloud");
        ConnectionDialog again(offered(), current);
        QVERIFY(again.findChild<QRadioButton *>(s("kind-examplecloud"))->isChecked());
        QCOMPARE(again.choice().kindId, s("examplecloud"));
    }

    void embeddedSimulatorNeedsNothing()
    {
        ConnectionDialog dialog(offered(), {});
        dialog.show();
        QVERIFY(connectButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(s("endpointField"))->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(s("secretIdField"))->isEnabled());
        QCOMPARE(dialog.choice().kindId, s("simulator"));
        QVERIFY(dialog.choice().secretKey.isEmpty());
    }

    void imprintSimNeedsAValidAddress()
    {
        ConnectionDialog dialog(offered(), {});
        dialog.show();
        choose(dialog, s("imprint-sim"));
        auto *endpoint = dialog.findChild<QLineEdit *>(s("endpointField"));
        auto *error = dialog.findChild<QLabel *>(s("connectionError"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(error->isVisible());
        endpoint->setText(s("ftp://example"));
        QVERIFY(error->text().contains(QLatin1String("not an http")));
        QVERIFY(!connectButton(dialog)->isEnabled());
        // Plain HTTP to another computer: the key's requests would cross the network in clear.
        endpoint->setText(s("http://192.0.2.10:8080"));
        QVERIFY2(error->text().contains(QLatin1String("https://")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("192.0.2.10")));
        QVERIFY(!connectButton(dialog)->isEnabled());
        endpoint->setText(s("https://192.0.2.10:8443"));
        QVERIFY(!error->isVisible());
        endpoint->setText(s("http://127.0.0.1:8080"));
        QVERIFY(!error->isVisible());
        QVERIFY(connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.choice().endpoint, QUrl(s("http://127.0.0.1:8080")));
    }

    void keyNeedsBothHalves()
    {
        ConnectionDialog dialog(offered(), {});
        dialog.show();
        choose(dialog, s("examplecloud"));
        // The halves are called what this cloud calls them.
        auto *id = dialog.findChild<QLineEdit *>(s("secretIdField"));
        bool labelled = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == id && label->text() == s("AccessKey ID:"));
        QVERIFY(labelled);
        id->setText(s("AKIDexample"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        auto *error = dialog.findChild<QLabel *>(s("connectionError"));
        QVERIFY2(error->text().contains(s("AccessKey Secret")), qPrintable(error->text()));
        auto *key = dialog.findChild<QLineEdit *>(s("secretKeyField"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        key->setText(s("secret"));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ConnectionChoice choice = dialog.choice();
        QCOMPARE(choice.kindId, s("examplecloud"));
        QCOMPARE(choice.secretId, s("AKIDexample"));
        QCOMPARE(choice.secretKey, s("secret"));
        QVERIFY(choice.endpoint.isEmpty()); // the real cloud's own endpoints
    }

    void pointsToTheKindsOwnEnvironmentVariables()
    {
        qputenv("IMPRINT_TEST_UNSET_AK", "id");
        qputenv("IMPRINT_TEST_UNSET_SK", "key");
        ConnectionDialog dialog(offered(), {});
        dialog.show();
        choose(dialog, s("examplecloud"));
        const QString note = dialog.findChild<QLabel *>(s("credentialsNote"))->text();
        qunsetenv("IMPRINT_TEST_UNSET_AK");
        qunsetenv("IMPRINT_TEST_UNSET_SK");
        QVERIFY2(note.contains(s("IMPRINT_TEST_UNSET_AK")) &&
                     note.contains(s("IMPRINT_TEST_UNSET_SK")),
                 qPrintable(note));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
