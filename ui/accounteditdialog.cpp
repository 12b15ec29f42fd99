#include "accounteditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace imprint {

namespace {

ConnectionChoice choiceOf(const AccountSpec &account)
{
    ConnectionChoice choice;
    choice.kindId = account.kindId;
    choice.endpoint = account.endpoint;
    return choice;
}

} // namespace

AccountEditDialog::AccountEditDialog(QList<ConnectionKind> kinds, const AccountSpec &account,
                                     QList<AccountSpec> others, QWidget *parent)
    : ConnectionDialog(std::move(kinds), choiceOf(account), parent)
    , m_account(account)
    , m_others(std::move(others))
    // After the base's fields: Tab follows the order widgets join the dialog, and these rows
    // come after the key's.
    , m_name(new QLineEdit(this))
    , m_keySource(new QComboBox(this))
    , m_idVariable(new QLineEdit(this))
    , m_secretVariable(new QLineEdit(this))
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(account.name.isEmpty() ? tr("Add Account") : tr("Edit Account"));
    okButton()->setText(tr("OK"));
    rememberBox()->setChecked(true);

    m_name->setObjectName(QStringLiteral("accountNameField"));
    m_keySource->setObjectName(QStringLiteral("keySourceField"));
    m_keySource->addItem(tr("The system keyring, or the key typed above"),
                         int(AccountSpec::KeySource::Keyring));
    m_keySource->addItem(tr("Two environment variables"), int(AccountSpec::KeySource::Environment));
    m_idVariable->setObjectName(QStringLiteral("keyIdVariableField"));
    m_idVariable->setAccessibleName(tr("Variable of the key's ID"));
    m_secretVariable->setObjectName(QStringLiteral("secretVariableField"));
    m_secretVariable->setAccessibleName(tr("Variable of the secret"));
    auto *variables = new QHBoxLayout;
    variables->addWidget(m_idVariable);
    variables->addWidget(m_secretVariable);
    form()->addRow(tr("&Key from:"), m_keySource);
    // A row of two fields has no buddy of its own: the label's mnemonic goes to the first.
    auto *variablesLabel = new QLabel(tr("&Variables:"), this);
    variablesLabel->setBuddy(m_idVariable);
    form()->addRow(variablesLabel, variables);
    form()->addRow(tr("Account &name:"), m_name);

    // These rows join the dialog after its buttons: put them after the key's fields in Tab.
    QWidget::setTabOrder(rememberBox(), m_keySource);
    QWidget::setTabOrder(m_keySource, m_idVariable);
    QWidget::setTabOrder(m_idVariable, m_secretVariable);
    QWidget::setTabOrder(m_secretVariable, m_name);

    m_keySource->setCurrentIndex(account.keySource == AccountSpec::KeySource::Environment ? 1 : 0);
    takeKindDefaults();
    if (!account.name.isEmpty())
        m_name->setText(account.name);
    if (account.keySource == AccountSpec::KeySource::Environment &&
        account.keyEnvironment.size() == 2) {
        m_idVariable->setText(account.keyEnvironment.at(0));
        m_secretVariable->setText(account.keyEnvironment.at(1));
    }
    connect(this, &ConnectionDialog::kindChosen, this, &AccountEditDialog::takeKindDefaults);
    connect(m_keySource, &QComboBox::currentIndexChanged, this,
            &AccountEditDialog::enableKeyFields);
    for (QLineEdit *edit : {m_name, m_idVariable, m_secretVariable})
        connect(edit, &QLineEdit::textChanged, this, &AccountEditDialog::updateState);
    updateState();
}

// A new kind brings its own name and its usual variables, unless the user typed others.
void AccountEditDialog::takeKindDefaults()
{
    const ConnectionKind &kind = chosenKind();
    const QString name = AccountSpec::freeName(kind, m_others);
    if (m_name->text().isEmpty() || m_name->text() == m_defaultName)
        m_name->setText(name);
    m_defaultName = name;
    m_idVariable->setText(kind.keyEnvironment.value(0));
    m_secretVariable->setText(kind.keyEnvironment.value(1));
    enableKeyFields();
}

bool AccountEditDialog::keyTypedHere() const
{
    return m_keySource->currentIndex() == 0;
}

AccountSpec AccountEditDialog::account() const
{
    AccountSpec account = m_account;
    const ConnectionChoice chosen = choice();
    account.kindId = chosen.kindId;
    account.endpoint = chosen.endpoint;
    account.name = m_name->text().trimmed();
    account.keySource = AccountSpec::KeySource::Keyring;
    account.keyEnvironment.clear();
    if (chosenKind().needsKey && !keyTypedHere()) {
        account.keySource = AccountSpec::KeySource::Environment;
        account.keyEnvironment = {m_idVariable->text().trimmed(),
                                  m_secretVariable->text().trimmed()};
    }
    return account;
}

void AccountEditDialog::enableKeyFields()
{
    const bool variables = chosenKind().needsKey && !keyTypedHere();
    m_keySource->setEnabled(chosenKind().needsKey);
    m_idVariable->setEnabled(variables);
    m_secretVariable->setEnabled(variables);
    updateState();
}

QString AccountEditDialog::extraProblem() const
{
    return AccountSpec::problem(account(), chosenKind(), m_others);
}

} // namespace imprint
