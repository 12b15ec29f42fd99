#include "connectiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace imprint;

// File > Connect: what the user picks, what is refused inline, and that a key stays in memory.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    static QPushButton *connectButton(ConnectionDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void choose(ConnectionDialog &dialog, ConnectionChoice::Kind kind)
    {
        dialog.findChild<QRadioButton *>(QStringLiteral("kind%1").arg(int(kind)))->click();
    }

private slots:
    void embeddedSimulatorNeedsNothing()
    {
        ConnectionDialog dialog({});
        dialog.show();
        QVERIFY(connectButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("endpointField"))->isEnabled());
        QCOMPARE(dialog.choice().kind, ConnectionChoice::Kind::EmbeddedSimulator);
        QVERIFY(dialog.choice().secretKey.isEmpty());
    }

    void imprintSimNeedsAValidAddress()
    {
        ConnectionDialog dialog({});
        dialog.show();
        choose(dialog, ConnectionChoice::Kind::LocalImprintSim);
        auto *endpoint = dialog.findChild<QLineEdit *>(QStringLiteral("endpointField"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("connectionError"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(error->isVisible());
        endpoint->setText(QStringLiteral("ftp://example"));
        QVERIFY(error->text().contains(QLatin1String("not an http")));
        QVERIFY(!connectButton(dialog)->isEnabled());
        endpoint->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!error->isVisible());
        QVERIFY(connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.choice().endpoint, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void keyNeedsBothHalves()
    {
        ConnectionDialog dialog({});
        dialog.show();
        choose(dialog, ConnectionChoice::Kind::TencentCloud);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretIdField"))
            ->setText(QStringLiteral("AKIDexample"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyField"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        key->setText(QStringLiteral("secret"));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ConnectionChoice choice = dialog.choice();
        QCOMPARE(choice.kind, ConnectionChoice::Kind::TencentCloud);
        QCOMPARE(choice.secretId, QStringLiteral("AKIDexample"));
        QCOMPARE(choice.secretKey, QStringLiteral("secret"));
        QVERIFY(choice.endpoint.isEmpty()); // the real cloud's own endpoints
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
