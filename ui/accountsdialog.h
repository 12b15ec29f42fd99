#pragma once

#include "accountspec.h"
#include "connectionkind.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace imprint {

// File > Accounts: every saved account in the window's order, each with its kind, endpoint,
// enabled box and state; Add, Edit, Remove, Move up and Move down. Nothing is saved until OK:
// the caller saves accounts() and puts typedKeys() in the keyring. Kinds come from the
// composition root, so this dialog names no cloud.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(QList<ConnectionKind> kinds, QList<AccountSpec> accounts,
                   QWidget *parent = nullptr);

    // What each account is doing now ("Ready", "Failed: ..."), by account id.
    void setStates(const QHash<QString, QString> &states);

    QList<AccountSpec> accounts() const { return m_accounts; }
    // The keys typed in Add or Edit, by account id (secretId, secretKey, rememberInKeyring).
    QHash<QString, ConnectionChoice> typedKeys() const { return m_keys; }
    // Accounts removed here: their keyring entries go too.
    QSet<QString> removedIds() const { return m_removed; }

    // Test hooks: what Add and Edit would ask the editor, and the answer to Remove's question.
    void addAccount(const AccountSpec &account, const ConnectionChoice &key = {});
    void replaceAccount(int row, const AccountSpec &account, const ConnectionChoice &key = {});
    void removeAccount(int row);
    void moveAccount(int row, int by);
    int currentRow() const;
    void setCurrentRow(int row);

public slots:
    void accept() override;

private:
    const ConnectionKind *kindOf(const QString &id) const;
    QList<AccountSpec> othersThan(int row) const;
    void edit(int row);
    void confirmRemove();
    void refill(int current);
    void updateState();
    QString problem() const;

    QList<ConnectionKind> m_kinds;
    QList<AccountSpec> m_accounts;
    QHash<QString, ConnectionChoice> m_keys;
    QSet<QString> m_removed;
    QHash<QString, QString> m_states;
    bool m_filling = false;

    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace imprint
