#include "accounteditdialog.h"
#include "accountsdialog.h"
#include "connectionkinds.h"
#include "taborder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

AccountSpec account(const char *id, const char *kind, const char *name, bool enabled = true)
{
    AccountSpec a;
    a.id = s(id);
    a.kindId = s(kind);
    a.name = s(name);
    a.enabled = enabled;
    if (a.kindId == s("imprint-sim"))
        a.endpoint = QUrl(s("http://127.0.0.1:8080"));
    return a;
}

QList<AccountSpec> threeAccounts()
{
    return {account("a1", "simulator", "Embedded simulator"),
            account("a2", "imprint-sim", "Staging"),
            account("a3", "examplecloud", "Company", false)};
}

QPushButton *okOf(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// With IMPRINT_SHOTS=DIR the dialog is saved as a PNG to look at.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IMPRINT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString errorOf(QDialog &dialog, const char *name)
{
    auto *label = dialog.findChild<QLabel *>(s(name));
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

// File > Accounts: the list, its order and enabled boxes, and the editor's inline reasons.
class TestAccountsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(s("ImprintTest"));
        QCoreApplication::setApplicationName(s("tst_accountsdialog"));
    }

    void listsEveryAccountWithItsKindAndState()
    {
        AccountsDialog dialog(testConnectionKinds(), threeAccounts());
        dialog.setStates({{s("a2"), s("Failed: no key")}});
        auto *list = dialog.findChild<QTreeWidget *>(s("accountList"));
        QVERIFY(list);
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(1)->text(0), s("Staging"));
        QCOMPARE(list->topLevelItem(1)->text(1), s("Local imprint-sim")); // the kind's name
        QCOMPARE(list->topLevelItem(1)->text(2), s("http://127.0.0.1:8080"));
        QCOMPARE(list->topLevelItem(1)->text(3), s("Failed: no key"));
        QCOMPARE(list->topLevelItem(2)->checkState(0), Qt::Unchecked);
        QVERIFY(okOf(dialog)->isEnabled());
    }

    void tickingMovingAndRemovingChangeTheList()
    {
        AccountsDialog dialog(testConnectionKinds(), threeAccounts());
        auto *list = dialog.findChild<QTreeWidget *>(s("accountList"));
        list->topLevelItem(2)->setCheckState(0, Qt::Checked);
        QVERIFY(dialog.accounts().at(2).enabled);

        dialog.setCurrentRow(2);
        dialog.findChild<QPushButton *>(s("moveAccountUpButton"))->click();
        QCOMPARE(dialog.accounts().at(1).name, s("Company"));
        QCOMPARE(dialog.currentRow(), 1);
        dialog.setCurrentRow(0);
        QVERIFY(!dialog.findChild<QPushButton *>(s("moveAccountUpButton"))->isEnabled());

        dialog.removeAccount(1);
        QCOMPARE(dialog.accounts().size(), 2);
        QVERIFY(dialog.removedIds().contains(s("a3")));

        // Nothing ticked: the window would show nothing, so OK says why and stays off.
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            list->topLevelItem(row)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!okOf(dialog)->isEnabled());
        QVERIFY(errorOf(dialog, "accountsError").contains(s("Tick at least one")));
    }

    void addedAccountsKeepTheirTypedKeyOutOfTheList()
    {
        AccountsDialog dialog(testConnectionKinds(), threeAccounts());
        ConnectionChoice key;
        key.secretId = s("AKID1");
        key.secretKey = s("secret");
        key.rememberInKeyring = true;
        dialog.addAccount(account("a4", "imprint-sim", "Client"), key);
        QCOMPARE(dialog.accounts().size(), 4);
        QCOMPARE(dialog.typedKeys().value(s("a4")).secretKey, s("secret"));
        // A second "Staging" is refused with the reason, naming the account.
        dialog.addAccount(account("a5", "imprint-sim", "staging"));
        QVERIFY(!okOf(dialog)->isEnabled());
        QVERIFY2(errorOf(dialog, "accountsError").contains(s("already called")),
                 qPrintable(errorOf(dialog, "accountsError")));
    }

    void editorRefusesADuplicateNameAndASecondSimulator()
    {
        const QList<AccountSpec> others = threeAccounts();
        AccountEditDialog editor(testConnectionKinds(), account("a9", "imprint-sim", ""), others);
        auto *name = editor.findChild<QLineEdit *>(s("accountNameField"));
        QVERIFY(name);
        // A new account of a kind already present gets a name no other account has.
        QVERIFY(!name->text().isEmpty());
        QVERIFY(name->text() != s("Staging"));
        QVERIFY(okOf(editor)->isEnabled());
        name->setText(s("Staging"));
        QVERIFY(!okOf(editor)->isEnabled());
        QVERIFY(errorOf(editor, "connectionError").contains(s("already called")));
        name->setText(s("Client"));
        QVERIFY(okOf(editor)->isEnabled());
        editor.findChild<QRadioButton *>(s("kind-simulator"))->click();
        QVERIFY(!okOf(editor)->isEnabled());
        QVERIFY(errorOf(editor, "connectionError").contains(s("only once")));
    }

    void editorTakesTheKeyFromNamedVariables()
    {
        AccountEditDialog editor(testConnectionKinds(), account("a9", "imprint-sim", "Client"),
                                 threeAccounts());
        auto *source = editor.findChild<QComboBox *>(s("keySourceField"));
        auto *idVariable = editor.findChild<QLineEdit *>(s("keyIdVariableField"));
        auto *secretVariable = editor.findChild<QLineEdit *>(s("secretVariableField"));
        auto *secretKey = editor.findChild<QLineEdit *>(s("secretKeyField"));
        QVERIFY(source && idVariable && secretVariable && secretKey);
        QVERIFY(!idVariable->isEnabled());
        QVERIFY(secretKey->isEnabled());
        source->setCurrentIndex(1);
        QVERIFY(idVariable->isEnabled());
        QVERIFY(!secretKey->isEnabled());                         // the key is not typed here then
        QCOMPARE(idVariable->text(), s("IMPRINT_TEST_UNSET_ID")); // the kind's usual names
        idVariable->setText(s("CLIENT_ID"));
        secretVariable->setText(s("9KEY"));
        QVERIFY(!okOf(editor)->isEnabled());
        QVERIFY(errorOf(editor, "connectionError").contains(s("9KEY")));
        secretVariable->setText(s("CLIENT_KEY"));
        QVERIFY(okOf(editor)->isEnabled());
        const AccountSpec chosen = editor.account();
        QCOMPARE(chosen.id, s("a9"));
        QCOMPARE(chosen.keySource, AccountSpec::KeySource::Environment);
        QCOMPARE(chosen.keyEnvironment, QStringList({s("CLIENT_ID"), s("CLIENT_KEY")}));
        QVERIFY(editor.choice().secretKey.isEmpty());
    }

    void bothDialogsInReadingOrder()
    {
        AccountsDialog list(testConnectionKinds(), threeAccounts());
        list.setStates({{s("a1"), s("Connected")}, {s("a2"), s("Failed: connection refused")}});
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QCOMPARE(readingOrderProblem(&list), QString());
        shot(&list, s("accounts-dialog"));
        AccountEditDialog editor(testConnectionKinds(), account("a9", "imprint-sim", "Client"),
                                 threeAccounts());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(readingOrderProblem(&editor), QString());
        shot(&editor, s("account-editor"));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
