#include "connectiondialog.h"

#include "themecolors.h"
#include "wizardwidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace imprint {

QString ConnectionChoice::kindName(Kind kind)
{
    switch (kind) {
    case Kind::EmbeddedSimulator:
        return tr("Embedded simulator");
    case Kind::LocalImprintSim:
        return tr("Local imprint-sim");
    case Kind::TencentCloud:
        return tr("Tencent Cloud");
    }
    return {};
}

QString ConnectionChoice::endpointProblem(const QString &typed)
{
    const QString text = typed.trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty())
        return tr(
            "Enter the address imprint-sim printed when it started, e.g. http://127.0.0.1:8080.");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("\"%1\" is not an http:// or https:// address.").arg(typed);
    return {};
}

bool ConnectionDialog::environmentHasCredentials()
{
    return qEnvironmentVariableIsSet("TENCENTCLOUD_SECRET_ID") &&
           qEnvironmentVariableIsSet("TENCENTCLOUD_SECRET_KEY");
}

ConnectionDialog::ConnectionDialog(const ConnectionChoice &current, QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QButtonGroup(this))
    // The fields get their parent when the form takes them, after the radio buttons: Tab
    // follows the order widgets join the dialog (Qt 6.4's setTabOrder cannot move a widget
    // back in the chain).
    , m_endpoint(new QLineEdit)
    , m_secretId(new QLineEdit)
    , m_secretKey(new QLineEdit)
    , m_remember(new QCheckBox(tr("Remember the key in the system keyring")))
    , m_credentialsNote(WizardWidgets::note(this, QStringLiteral("credentialsNote")))
    , m_error(WizardWidgets::error(this, QStringLiteral("connectionError")))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    auto *layout = new QVBoxLayout(this);
    const QList<std::pair<ConnectionChoice::Kind, QString>> kinds{
        {ConnectionChoice::Kind::EmbeddedSimulator,
         tr("The embedded simulated cloud: all four products, no account, no network.")},
        {ConnectionChoice::Kind::LocalImprintSim,
         tr("imprint-sim: the simulator served over the Tencent Cloud API 3.0 protocol "
            "(CVM and Lighthouse).")},
        {ConnectionChoice::Kind::TencentCloud,
         tr("Tencent Cloud itself (CVM and Lighthouse), with your API key.")},
    };
    for (const auto &[kind, help] : kinds) {
        auto *radio = new QRadioButton(ConnectionChoice::kindName(kind), this);
        radio->setObjectName(QStringLiteral("kind%1").arg(int(kind)));
        m_kinds->addButton(radio, int(kind));
        layout->addWidget(radio);
        auto *helpLabel = WizardWidgets::note(this, {});
        helpLabel->setText(help);
        helpLabel->setContentsMargins(22, 0, 0, 6);
        ThemeColors::setMutedText(helpLabel);
        layout->addWidget(helpLabel);
    }
    m_kinds->button(int(current.kind))->setChecked(true);
    m_endpoint->setObjectName(QStringLiteral("endpointField"));
    m_endpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_endpoint->setText(current.endpoint.toString());
    m_secretId->setObjectName(QStringLiteral("secretIdField"));
    m_secretKey->setObjectName(QStringLiteral("secretKeyField"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretId->setText(current.secretId);
    m_remember->setObjectName(QStringLiteral("rememberKey"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("Secret&Id:"), m_secretId);
    form->addRow(tr("Secret&Key:"), m_secretKey);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    layout->addWidget(m_credentialsNote);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idClicked, this, &ConnectionDialog::updateState);
    for (QLineEdit *edit : {m_endpoint, m_secretId, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void ConnectionDialog::updateState()
{
    const auto kind = ConnectionChoice::Kind(m_kinds->checkedId());
    const bool remote = kind != ConnectionChoice::Kind::EmbeddedSimulator;
    m_endpoint->setEnabled(kind == ConnectionChoice::Kind::LocalImprintSim);
    m_secretId->setEnabled(remote);
    m_secretKey->setEnabled(remote);
    m_remember->setEnabled(remote);
    QString error;
    if (kind == ConnectionChoice::Kind::LocalImprintSim)
        error = ConnectionChoice::endpointProblem(m_endpoint->text());
    const bool typed = !m_secretId->text().isEmpty() || !m_secretKey->text().isEmpty();
    if (remote && typed && (m_secretId->text().isEmpty() || m_secretKey->text().isEmpty()))
        error = tr("Enter both the SecretId and the SecretKey, or leave both empty to use the "
                   "environment or the keyring.");
    m_credentialsNote->setVisible(remote);
    m_credentialsNote->setText(
        environmentHasCredentials()
            ? tr("Leave the key empty to use TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                 "from the environment.")
            : tr("Leave the key empty to use the key remembered in the system keyring."));
    WizardWidgets::setMessage(m_error, error);
    m_connect->setEnabled(error.isEmpty());
}

ConnectionChoice ConnectionDialog::choice() const
{
    ConnectionChoice c;
    c.kind = ConnectionChoice::Kind(m_kinds->checkedId());
    if (c.kind == ConnectionChoice::Kind::LocalImprintSim)
        c.endpoint = QUrl::fromUserInput(m_endpoint->text().trimmed());
    if (c.kind != ConnectionChoice::Kind::EmbeddedSimulator) {
        c.secretId = m_secretId->text().trimmed();
        c.secretKey = m_secretKey->text();
        c.rememberInKeyring = m_remember->isChecked();
    }
    return c;
}

} // namespace imprint
