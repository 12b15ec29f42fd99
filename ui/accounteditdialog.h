#pragma once

#include "accountspec.h"
#include "connectiondialog.h"

class QComboBox;
class QLineEdit;

namespace imprint {

// File > Accounts > Add or Edit: the Connect dialog's kind, endpoint and key fields, plus what an
// account adds: its name, and whether its key comes from the system keyring (typed here, or
// remembered there earlier) or from two environment variables the user names.
class AccountEditDialog : public ConnectionDialog
{
    Q_OBJECT

public:
    // `account`: the account being edited (a new one has its id already); `others`: every
    // other account, so that names stay unique.
    AccountEditDialog(QList<ConnectionKind> kinds, const AccountSpec &account,
                      QList<AccountSpec> others, QWidget *parent = nullptr);

    AccountSpec account() const;

protected:
    QString extraProblem() const override;
    bool keyTypedHere() const override;

private:
    void takeKindDefaults();
    void enableKeyFields();

    AccountSpec m_account;
    QList<AccountSpec> m_others;
    QLineEdit *m_name;
    QComboBox *m_keySource;
    QLineEdit *m_idVariable;
    QLineEdit *m_secretVariable;
    QString m_defaultName; // the name given for the kind; follows the kind until the user types
};

} // namespace imprint
