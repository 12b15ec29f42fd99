#include "connectiondialog.h"

#include "themecolors.h"
#include "wizardwidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace imprint {

ConnectionDialog::ConnectionDialog(QList<ConnectionKind> kinds, const ConnectionChoice &current,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kindList(std::move(kinds))
    , m_kinds(new QButtonGroup(this))
    // The fields get their parent when the form takes them, after the radio buttons: Tab
    // follows the order widgets join the dialog (Qt 6.4's setTabOrder cannot move a widget
    // back in the chain).
    , m_endpoint(new QLineEdit)
    , m_secretId(new QLineEdit)
    , m_secretKey(new QLineEdit)
    , m_secretIdLabel(new QLabel)
    , m_secretKeyLabel(new QLabel)
    , m_remember(new QCheckBox(tr("Remember the key in the system keyring")))
    , m_credentialsNote(WizardWidgets::note(this, QStringLiteral("credentialsNote")))
    , m_error(WizardWidgets::error(this, QStringLiteral("connectionError")))
{
    Q_ASSERT(!m_kindList.isEmpty());
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    auto *layout = new QVBoxLayout(this);
    int checked = 0;
    for (int i = 0; i < m_kindList.size(); ++i) {
        const ConnectionKind &kind = m_kindList.at(i);
        auto *radio = new QRadioButton(kind.name, this);
        radio->setObjectName(QStringLiteral("kind-%1").arg(kind.id));
        m_kinds->addButton(radio, i);
        layout->addWidget(radio);
        auto *helpLabel = WizardWidgets::note(this, {});
        helpLabel->setText(kind.help);
        helpLabel->setContentsMargins(22, 0, 0, 6);
        ThemeColors::setMutedText(helpLabel);
        layout->addWidget(helpLabel);
        if (kind.id == current.kindId)
            checked = i;
    }
    m_kinds->button(checked)->setChecked(true);

    m_endpoint->setObjectName(QStringLiteral("endpointField"));
    m_endpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_endpoint->setText(current.endpoint.toString());
    m_secretId->setObjectName(QStringLiteral("secretIdField"));
    m_secretKey->setObjectName(QStringLiteral("secretKeyField"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretId->setText(current.secretId);
    m_remember->setObjectName(QStringLiteral("rememberKey"));
    m_secretIdLabel->setBuddy(m_secretId);
    m_secretKeyLabel->setBuddy(m_secretKey);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Endpoint:"), m_endpoint);
    m_form->addRow(m_secretIdLabel, m_secretId);
    m_form->addRow(m_secretKeyLabel, m_secretKey);
    m_form->addRow(QString(), m_remember);
    layout->addLayout(m_form);
    layout->addWidget(m_credentialsNote);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] {
        emit kindChosen();
        updateState();
    });
    for (QLineEdit *edit : {m_endpoint, m_secretId, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

const ConnectionKind &ConnectionDialog::chosenKind() const
{
    return m_kindList.at(qMax(0, m_kinds->checkedId()));
}

void ConnectionDialog::updateState()
{
    const ConnectionKind &kind = chosenKind();
    const bool needsEndpoint = kind.endpoint == ConnectionKind::Endpoint::Required;
    const bool typedHere = kind.needsKey && keyTypedHere();
    m_endpoint->setEnabled(needsEndpoint);
    m_secretId->setEnabled(typedHere);
    m_secretKey->setEnabled(typedHere);
    m_remember->setEnabled(typedHere);
    // The key's halves are called what the cloud calls them.
    m_secretIdLabel->setText(kind.needsKey ? tr("%1:").arg(kind.keyIdLabel) : tr("Key ID:"));
    m_secretKeyLabel->setText(kind.needsKey ? tr("%1:").arg(kind.secretLabel) : tr("Secret:"));
    QString error;
    if (needsEndpoint)
        error = ConnectionChoice::endpointProblem(m_endpoint->text());
    const bool typed = !m_secretId->text().isEmpty() || !m_secretKey->text().isEmpty();
    if (typedHere && typed && (m_secretId->text().isEmpty() || m_secretKey->text().isEmpty()))
        error = tr("Enter both the %1 and the %2, or leave both empty to use the environment or "
                   "the keyring.")
                    .arg(kind.keyIdLabel, kind.secretLabel);
    if (error.isEmpty())
        error = extraProblem();
    m_credentialsNote->setVisible(typedHere);
    m_credentialsNote->setText(
        kind.environmentHasKey()
            ? tr("Leave the key empty to use %1 from the environment.")
                  .arg(QLocale().createSeparatedList(kind.keyEnvironment))
            : tr("Leave the key empty to use the key remembered in the system keyring."));
    WizardWidgets::setMessage(m_error, error);
    m_connect->setEnabled(error.isEmpty());
}

ConnectionChoice ConnectionDialog::choice() const
{
    const ConnectionKind &kind = chosenKind();
    ConnectionChoice c;
    c.kindId = kind.id;
    if (kind.endpoint == ConnectionKind::Endpoint::Required)
        c.endpoint = QUrl::fromUserInput(m_endpoint->text().trimmed());
    if (kind.needsKey && keyTypedHere()) {
        c.secretId = m_secretId->text().trimmed();
        c.secretKey = m_secretKey->text();
        c.rememberInKeyring = m_remember->isChecked();
    }
    return c;
}

} // namespace imprint
