#include "accountsdialog.h"

#include "accounteditdialog.h"
#include "appsettings.h"
#include "wizardwidgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imprint {

namespace {

enum Column { NameColumn, KindColumn, EndpointColumn, StateColumn, ColumnCount };

} // namespace

AccountsDialog::AccountsDialog(QList<ConnectionKind> kinds, QList<AccountSpec> accounts,
                               QWidget *parent)
    : QDialog(parent)
    , m_kinds(std::move(kinds))
    , m_accounts(std::move(accounts))
    // Made in reading order: Tab follows the order widgets join the dialog.
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_error(WizardWidgets::error(this, QStringLiteral("accountsError")))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setAccessibleDescription(
        tr("Tick an account to show it in the window; the window lists them in this order."));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Endpoint"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_up->setObjectName(QStringLiteral("moveAccountUpButton"));
    m_down->setObjectName(QStringLiteral("moveAccountDownButton"));
    m_up->setAccessibleDescription(tr("Move the selected account up in the window's order"));
    m_down->setAccessibleDescription(tr("Move the selected account down in the window's order"));

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttonColumn);
    auto *note = WizardWidgets::note(this, QStringLiteral("accountsNote"));
    note->setText(tr("Keys are kept in the system keyring or read from environment variables, "
                     "never in Imprint's settings."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AccountsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { edit(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(currentRow()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { edit(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::confirmRemove);
    connect(m_up, &QPushButton::clicked, this, [this] { moveAccount(currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveAccount(currentRow(), 1); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateState);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        const int row = m_list->indexOfTopLevelItem(item);
        m_accounts[row].enabled = item->checkState(NameColumn) == Qt::Checked;
        refill(row);
    });
    refill(0);
    resize(720, 380);
}

const ConnectionKind *AccountsDialog::kindOf(const QString &id) const
{
    for (const ConnectionKind &kind : m_kinds)
        if (kind.id == id)
            return &kind;
    return nullptr;
}

QList<AccountSpec> AccountsDialog::othersThan(int row) const
{
    QList<AccountSpec> others = m_accounts;
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    return others;
}

void AccountsDialog::setStates(const QHash<QString, QString> &states)
{
    m_states = states;
    refill(currentRow());
}

int AccountsDialog::currentRow() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void AccountsDialog::setCurrentRow(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void AccountsDialog::refill(int current)
{
    m_filling = true;
    m_list->clear();
    for (const AccountSpec &account : std::as_const(m_accounts)) {
        auto *item = new QTreeWidgetItem(m_list);
        const ConnectionKind *kind = kindOf(account.kindId);
        item->setText(NameColumn, account.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, account.enabled ? Qt::Checked : Qt::Unchecked);
        // A kind this build does not have (a newer version saved it) is named by its id.
        item->setText(KindColumn, kind ? kind->name : account.kindId);
        item->setText(EndpointColumn, account.endpoint.toString());
        QString state = account.enabled ? m_states.value(account.id) : tr("Off");
        if (!kind)
            state = tr("This version of Imprint cannot open this kind of account.");
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, state);
    }
    m_filling = false;
    for (int c = 0; c < StateColumn; ++c)
        m_list->resizeColumnToContents(c);
    setCurrentRow(qBound(0, current, int(m_accounts.size()) - 1));
    updateState();
}

QString AccountsDialog::problem() const
{
    bool anyEnabled = false;
    for (int row = 0; row < m_accounts.size(); ++row) {
        const AccountSpec &account = m_accounts.at(row);
        const ConnectionKind *kind = kindOf(account.kindId);
        if (!account.enabled)
            continue;
        anyEnabled = true;
        if (!kind)
            return tr("Imprint cannot open \"%1\": this version does not have its kind. Turn it "
                      "off or remove it.")
                .arg(account.name);
        const QString why = AccountSpec::problem(account, *kind, othersThan(row));
        if (!why.isEmpty())
            return tr("%1: %2", "an account's name, then what is wrong with it")
                .arg(account.name, why);
    }
    if (!anyEnabled)
        return tr("Tick at least one account: the window shows the ticked ones.");
    return {};
}

void AccountsDialog::updateState()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    m_edit->setEnabled(selected && kindOf(m_accounts.at(row).kindId));
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_accounts.size());
    const QString why = problem();
    WizardWidgets::setMessage(m_error, why);
    m_ok->setEnabled(why.isEmpty());
}

void AccountsDialog::edit(int row)
{
    AccountSpec account;
    if (row >= 0) {
        account = m_accounts.at(row);
    } else {
        account.id = AppSettings().newAccountId();
        // The simulator can be added once; a new account is a cloud's unless it is missing.
        for (const ConnectionKind &kind : std::as_const(m_kinds))
            if (kind.id != account.kindId) {
                account.kindId = kind.id;
                break;
            }
    }
    AccountEditDialog dialog(m_kinds, account, othersThan(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (row >= 0)
        replaceAccount(row, dialog.account(), dialog.choice());
    else
        addAccount(dialog.account(), dialog.choice());
}

void AccountsDialog::addAccount(const AccountSpec &account, const ConnectionChoice &key)
{
    m_accounts << account;
    if (!key.secretId.isEmpty())
        m_keys.insert(account.id, key);
    refill(int(m_accounts.size()) - 1);
}

void AccountsDialog::replaceAccount(int row, const AccountSpec &account,
                                    const ConnectionChoice &key)
{
    m_accounts[row] = account;
    if (!key.secretId.isEmpty())
        m_keys.insert(account.id, key);
    refill(row);
}

void AccountsDialog::confirmRemove()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Account"),
                    tr("Remove the account \"%1\" from Imprint?").arg(m_accounts.at(row).name),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRemoveAccount"));
    box.setInformativeText(tr("Its resources stay in the cloud; only Imprint forgets the account "
                              "and its key in the system keyring."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeAccount(row);
}

void AccountsDialog::removeAccount(int row)
{
    const AccountSpec account = m_accounts.takeAt(row);
    m_keys.remove(account.id);
    m_removed.insert(account.id);
    refill(row);
}

void AccountsDialog::moveAccount(int row, int by)
{
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_accounts.size())
        return;
    m_accounts.move(row, to);
    refill(to);
}

void AccountsDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace imprint
